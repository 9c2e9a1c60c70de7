"""Clean article text into :class:`Article` objects.

Cleaning never rewrites the text: an :class:`Article` keeps the original text and
records which character spans are the title, the date line, the dateline, the body
paragraphs, and what was removed and why (boilerplate, repeated paragraphs). Every
later fact points at offsets into :attr:`Article.text`. The one exception is a control
character that XML cannot carry: it becomes a space, so every offset stays valid, and
the span is recorded as removed.

Reading files, folders and stdin (and decoding their bytes) is :mod:`kg.reading`;
``read_path``, ``decode_bytes`` and the suffix sets are importable from here too.

>>> a = parse_text("Judul Berita\\nMinggu, 13 November 2022 - 19:40 WIB\\n"
...                "MOSKOW - Presiden Rusia bertemu Presiden Iran di Teheran.\\n"
...                "Baca Juga: Berita lain\\n(esn)", source="demo.txt")
>>> a.title, a.lang, a.dateline
('Judul Berita', 'id', 'MOSKOW')
>>> a.published.isoformat()
'2022-11-13T19:40:00+07:00'
>>> [s.text for s in a.sentences()]
['Presiden Rusia bertemu Presiden Iran di Teheran.']
>>> sorted({r.reason for r in a.removed})
['editor initials', 'related link']
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from functools import lru_cache

from kg.resources import lexicons_dir

class ArticleError(Exception):
    """An article that cannot be read; the message names the source and the cause,
    on one line: ``PATH[:LINE]: cause in words``."""

    def __init__(self, source: str, problem: str):
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem


class ArticleSkipped(ArticleError):
    """Not an article (an HTML page with no article text, a language kg does not read):
    left out on purpose. Callers report it as a warning, not as a failure."""


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Removed:
    """A span left out of the body, and why. For a "control character" span, *text* holds
    the characters that were replaced by spaces in :attr:`Article.text`."""

    start: int
    end: int
    reason: str
    text: str


@dataclass
class Article:
    """A cleaned article. Offsets are character offsets into :attr:`text`.

    :attr:`warnings` are problems that did not stop the article from being read, each a
    full one-line message ``SOURCE: cause`` (a repaired encoding, an impossible date line,
    control characters replaced)."""

    text: str
    source: str
    paragraphs: list[Span] = field(default_factory=list)
    removed: list[Removed] = field(default_factory=list)
    title: str | None = None
    title_span: Span | None = None
    published: datetime | None = None
    published_span: Span | None = None
    published_month: str | None = None  # "YYYY-MM" when only the month of publication is known
    dateline: str | None = None
    dateline_span: Span | None = None
    dateline_day: tuple[int, int] | None = None  # (month, day) of "BEIJING, March 15 (Xinhua) -"
    outlet: str | None = None
    url: str | None = None
    lang: str = "id"
    cited_sources: list[str] = field(default_factory=list)
    encoding: str = "utf-8"
    source_path: str | None = None
    warnings: list[str] = field(default_factory=list)
    _sentences: tuple | None = field(default=None, repr=False, compare=False)
    _hashed: dict = field(default_factory=dict, repr=False, compare=False)

    @property
    def content_hash(self) -> str:
        return self._sha256(self.text)

    @property
    def key(self) -> str:
        """Stable identity: from the URL when known, else from the content."""
        return self._sha256(self.url.strip() if self.url else self.text)[:16]

    def _sha256(self, s: str) -> str:
        # memoised: every evidence IRI carries the key, and hashing a 5 MB text per
        # evidence node would make the RDF mapping quadratic in the article's length
        h = self._hashed.get(s)  # a str caches its own hash: the lookup is cheap
        if h is None:
            h = self._hashed[s] = hashlib.sha256(s.encode("utf-8")).hexdigest()
        return h

    @property
    def name(self) -> str:
        r"""A short name: the file stem (or ``file.jsonl:LINE``).

        Only the platform's own separators split the path: on POSIX a backslash is part of
        a name, e.g. of an undecodable byte shown escaped.

        >>> Article("x", "news/caf\\xe9.txt").name
        'caf\\xe9'
        """
        base = re.split("[" + re.escape(os.sep + (os.altsep or "")) + "]", self.source)[-1]
        stem, _, line = base.partition(":")  # "feed.jsonl:3" -> "feed:3"
        stem = stem.rsplit(".", 1)[0] if "." in stem else stem
        return f"{stem}:{line}" if line else stem

    def sentences(self) -> list[Span]:
        """Sentences of the kept body paragraphs, with their offsets (split once: the
        extractor and the RDF mapping both walk them)."""
        key = (len(self.paragraphs), self.paragraphs[-1] if self.paragraphs else None)
        if self._sentences is None or self._sentences[0] != key:
            out: list[Span] = []
            for p in self.paragraphs:
                out.extend(split_sentences(self.text, p.start, p.end))
            self._sentences = (key, out)
        return self._sentences[1]

    def body(self) -> str:
        return "\n".join(p.text for p in self.paragraphs)


def quoted(value: str, limit: int = 80) -> str:
    r"""*value* for a one-line message: whitespace runs collapsed, control characters
    escaped, cut at *limit* characters, in single quotes.

    >>> quoted("Kamis, 31 Februari\n2024\x00")
    "'Kamis, 31 Februari 2024\\x00'"
    """
    s = " ".join(value.split())
    s = XML_INVALID.sub(lambda m: "".join(f"\\x{ord(c):02x}" if ord(c) < 0x100 else f"\\u{ord(c):04x}"
                                           for c in m.group()), s)
    return "'" + (s if len(s) <= limit else s[: limit - 1] + "…") + "'"


# --------------------------------------------------------------------------- cleaning


@lru_cache(maxsize=1)
def boilerplate_rules() -> list[tuple[str, re.Pattern, str]]:
    """(id, regex, reason) from ``lexicons/boilerplate.jsonl``: data, not code."""
    rules = []
    with (lexicons_dir() / "boilerplate.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                r = json.loads(line)
                rules.append((r["id"], re.compile(r["pattern"], re.I if r.get("ignore_case") else 0), r["reason"]))
    return rules


_MONTHS = (r"jan(?:uari|uary)?|feb(?:ruari|ruary)?|mar(?:et|ch)?|apr(?:il)?|mei|may|jun(?:i|e)?|jul(?:i|y)?|"
           r"agu(?:stus)?|agt|aug(?:ust)?|sep(?:t|tember)?|okt(?:ober)?|oct(?:ober)?|nov(?:ember)?|des(?:ember)?|dec(?:ember)?")
# The stored-page format's metadata prefix on the first line: " date 2023-03-03 ", " date 2023-10 ".
_META_DATE = re.compile(r"^\s*date\s+(\d{4}-(?:0[1-9]|1[0-2])(?:-(?P<d>[0-3]\d))?)(?=\s|$)\s*")
_TZ = {"WIB": 7, "WITA": 8, "WIT": 9, "UTC": 0, "GMT": 0, "BST": 1, "CET": 1, "CEST": 2, "EST": -5, "EDT": -4, "SGT": 8, "MSK": 3,
       "IST": 5.5}  # IST: India's, the one news pages in kg's languages mean
_TZ_NAMES = "|".join(sorted(_TZ, key=lambda z: (-len(z), z)))
_DATE_LINE = re.compile(
    rf"^(?:(?:published|updated|diterbitkan|diperbarui)\s*:?\s*)?(?:[A-Za-z]+,?\s+)?"
    rf"(?:\d{{1,2}}\s+(?:{_MONTHS})\.?\s+\d{{4}}|(?:{_MONTHS})\.?\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}/\d{{1,2}}/\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})"
    rf"[\s,|/•·–—-]*(?:(?:pukul\s+)?\d{{1,2}}[:.]\d{{2}}(?:[:.]\d{{2}})?\s*(?:am|pm)?)?\s*(?:{_TZ_NAMES}|[A-Z]{{3,4}})?\s*(?:[+-]\d{{1,2}}(?::?\d{{2}})?)?\s*$",
    re.I,
)

# A dateline opens the first paragraph: "MOSKOW - ", "TEHERAN, KOMPAS.TV - ",
# "Jakarta (ANTARA) - ", "BEIJING, June 19 (Reuters) -", "KOMPAS.com - ", "DUBAI: ",
# "Washington, June 22: ", "TOKYO, August 7. /TASS/. ", "VLADIVOSTOK, Russia, Sept. 2 -".
# (Not "Jakarta: ": a headline "Jokowi: Kita ..." has that shape too.)
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’ -]{1,40}?|[A-Z][a-z]+(?: [A-Z][a-z]+)?(?= \(|,\s*[A-Z][a-z]+\.? \d{1,2}\b))"
    r"(?:,\s*(?P<outlet1>[A-Z][A-Za-z]*\.[A-Za-z]+|[A-Z]{2,}[A-Za-z.]*)|(?:,\s*[A-Z][a-z]+)?,\s*(?P<day>[A-Z][a-z]+\.? \d{1,2}))?"
    r"(?:(?:\s*\((?P<outlet2>[^)]{2,30})\))?\s*(?:[-–—]{1,2}|:)\s+|\.\s*/(?P<outlet3>[A-Za-z-]{2,20})/\.?\s+)"
)
_OUTLET_ONLY = re.compile(r"^(?P<outlet>[A-Z][A-Za-z]*\.(?:com|co\.id|id|tv|TV|net)|KOMPAS\.com)\s*[-–—]\s+")


# Characters XML 1.0 cannot carry (RDF/XML export, and many RDF tools, break on them).
XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]+")

LANGUAGES = {"id": "Indonesian", "en": "English"}
# BCP 47 primary subtags and ISO 639-2 codes of the languages kg reads ("in" is the
# withdrawn code for Indonesian that Java still emits).
_LANG_CODES = {"id": "id", "in": "id", "ind": "id", "en": "en", "eng": "en"}


def parse_text(text: str, source: str, *, title: str | None = None, url: str | None = None,
               published: str | datetime | None = None, outlet: str | None = None,
               lang: str | None = None, encoding: str = "utf-8") -> Article:
    """Clean one article's text. Raises :class:`ArticleError` if nothing is left, and
    :class:`ArticleSkipped` for a *lang* kg does not read.

    >>> a = parse_text("JAKARTA - Menteri bertemu\\x00 menteri lain.", "x.txt")
    >>> a.text, a.removed[0].reason, a.warnings
    ('JAKARTA - Menteri bertemu  menteri lain.', 'control character', ['x.txt: 1 control character (U+0000) replaced by a space: XML cannot carry it'])
    >>> parse_text("Isi.", "feed.jsonl:2", lang="fr")
    Traceback (most recent call last):
    kg.article.ArticleSkipped: feed.jsonl:2: language 'fr' is not one kg reads ("id" Indonesian, "en" English); article skipped
    """
    code = _language_code(lang, source)
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text, blanked = _blank_controls(text)
    art = Article(text=text, source=source, url=_clean_meta(url), outlet=_clean_meta(outlet), encoding=encoding)
    if blanked:
        art.removed.extend(Removed(m.start(), m.end(), "control character", m.group()) for m in blanked)
        n = sum(m.end() - m.start() for m in blanked)
        codes = ", ".join(sorted({f"U+{ord(c):04X}" for m in blanked for c in m.group()})[:3])
        art.warnings.append(f"{source}: {n} control character{'s' if n > 1 else ''} ({codes}) replaced by "
                            f"{'spaces' if n > 1 else 'a space'}: XML cannot carry {'them' if n > 1 else 'it'}")
    lines = _lines(text)
    if not any(s.text.strip() for s in lines):
        raise ArticleError(source, "empty article text")

    idx = 0
    meta = _META_DATE.match(lines[0].text)
    if meta:
        # The stored-page format opens the first line with " date 2023-03-03 " (or a month,
        # " date 2023-10"): the publication date, as metadata; the rest of the line is text.
        first = lines[0]
        art.published_span = Span(first.start + meta.start(1), first.start + meta.end(1), meta.group(1))
        if meta.group("d"):
            try:
                art.published = datetime.fromisoformat(meta.group(1))
            except ValueError:  # "2023-02-31"
                art.warnings.append(f"{source}: date {quoted(meta.group(1))} is not a valid date; publication date unknown")
        else:
            art.published_month = meta.group(1)
        lines[0] = Span(first.start + meta.end(), first.end, first.text[meta.end():])
    # Title line and date line (both optional, in the layout of Indonesian portals).
    if title and title.strip():
        art.title = _clean_meta(title).strip()
    elif len(lines) > 1 and _looks_like_title(lines[0].text, lines[1].text):
        art.title, art.title_span = lines[0].text.strip(), lines[0]
        idx = 1
    bad_date_line = None
    chosen, extra = _date_lines(lines, idx)
    skip = set(extra)
    for j in extra:
        art.removed.append(Removed(lines[j].start, lines[j].end, "date line", lines[j].text))
    if chosen is not None:
        skip.add(chosen)
        if meta and meta.group("d"):  # the metadata date stands; the page's own date line is metadata too
            art.removed.append(Removed(lines[chosen].start, lines[chosen].end, "date line", lines[chosen].text))
        else:
            art.published_span = lines[chosen]
            art.published = parse_published(lines[chosen].text)
            if art.published is None:  # "31 Februari": a date line, but no date
                bad_date_line = lines[chosen].text
    art.removed.sort(key=lambda r: r.start)
    if published and art.published is None:
        art.published = published if isinstance(published, datetime) else _published_field(str(published), source, art)
    if bad_date_line is not None:
        outcome = "the published field is used" if art.published else "publication date unknown"
        art.warnings.append(f"{source}: date line {quoted(bad_date_line.strip())} is not a valid date; {outcome}")

    seen: set[str] = set()
    first = True
    for j in range(idx, len(lines)):
        line = lines[j]
        raw = line.text
        if not raw.strip() or j in skip:
            continue
        stripped = raw.strip()
        if _is_date_line(stripped):
            # a date line further down dates something else (a related article, a sidebar item):
            # metadata, not text, and never the date relative dates are read against
            art.removed.append(Removed(line.start, line.end, "date line", raw))
            continue
        rule = _match_boilerplate(stripped)
        if rule:
            rid, reason = rule
            art.removed.append(Removed(line.start, line.end, reason, raw))
            if rid == "source-line":
                art.cited_sources.extend(s.strip() for s in re.split(r"[/,;]| dan ", stripped.split(":", 1)[1]) if s.strip())
            continue
        norm = " ".join(stripped.lower().split())
        if len(norm) > 30 and norm in seen:
            art.removed.append(Removed(line.start, line.end, "duplicate paragraph", raw))
            continue
        seen.add(norm)
        start, end = line.start + (len(raw) - len(raw.lstrip())), line.end - (len(raw) - len(raw.rstrip()))
        if first:
            m = _DATELINE.match(text[start:end]) or _OUTLET_ONLY.match(text[start:end])
            if m:
                gd = m.groupdict()
                place = (gd.get("place") or "").strip()
                if place and not _OUTLET_ONLY.match(text[start:end]):
                    art.dateline = place
                    art.dateline_span = Span(start, start + len(place), place)
                    art.dateline_day = _month_day(gd.get("day"))
                out = gd.get("outlet1") or gd.get("outlet2") or gd.get("outlet3") or gd.get("outlet")
                if out and not art.outlet:
                    art.outlet = out.strip()
                start += m.end()
            first = False
        # Editor initials glued to the end of the last paragraph: "... dimulai. (esn)"
        tail = re.search(r"\s\((?:[a-z]{2,5})(?:/[a-z]{2,5})?\)\s*$", text[start:end])
        if tail:
            art.removed.append(Removed(start + tail.start() + 1, end, "editor initials", text[start + tail.start() + 1:end]))
            end = start + tail.start()
        if end > start:
            art.paragraphs.append(Span(start, end, text[start:end]))
    if not art.paragraphs:
        raise ArticleError(source, "no article text left after removing title, date line and boilerplate")
    art.lang = code or detect_language(art.body())
    return art


def _blank_controls(text: str) -> tuple[str, list[re.Match]]:
    """*text* with each character XML cannot carry replaced by a space (offsets stay
    valid), and the runs that were replaced."""
    runs = list(XML_INVALID.finditer(text))
    if not runs:
        return text, runs
    return XML_INVALID.sub(lambda m: " " * len(m.group()), text), runs


def _clean_meta(value: str | None) -> str | None:
    """A metadata string (title, URL, outlet) without characters XML cannot carry."""
    if value is None or not value.strip():
        return None
    return XML_INVALID.sub(lambda m: " " * len(m.group()), value)


def _language_code(lang: str | None, source: str) -> str | None:
    """'id', 'en' or None (detect it) for a declared language; any other language skips
    the article: kg's lexicons and rules read only these two.

    >>> _language_code("en-GB", "x"), _language_code("ID", "x"), _language_code("", "x")
    ('en', 'id', None)
    """
    if lang is None or not lang.strip():
        return None
    code = _LANG_CODES.get(re.split(r"[-_]", lang.strip().lower(), maxsplit=1)[0])
    if code is None:
        known = ", ".join(f'"{c}" {name}' for c, name in LANGUAGES.items())
        raise ArticleSkipped(source, f"language {quoted(lang, 20)} is not one kg reads ({known}); article skipped")
    return code


def _published_field(value: str, source: str, art: Article) -> datetime | None:
    """The ``published`` metadata (JSON Lines, HTML): ISO 8601 first (exact, with its
    zone), else a date line's layouts. A value that is not a date is a warning."""
    s = value.strip()
    if not s:
        return None
    dt = None
    if len(s) <= 100:  # longer is no date, and dateparser gets slow on long strings
        try:
            dt = datetime.fromisoformat(s)
        except ValueError:
            dt = parse_published(s)
    if dt is None:
        art.warnings.append(f"{source}: published value {quoted(s)} is not a valid date; publication date unknown")
    return dt


def _lines(text: str) -> list[Span]:
    out, pos = [], 0
    for raw in text.split("\n"):
        out.append(Span(pos, pos + len(raw), raw))
        pos += len(raw) + 1
    return out


# A month name starts a word, or a word glued to the one before ("ReutersJune 21, 2019").
_MONTH_START = r"(?:(?<![^\W\d_])|(?-i:(?<=[a-z])(?=[A-Z])))"
_DATE_IN_LINE = re.compile(
    rf"((?<!\d)\d{{1,2}}\s+(?:{_MONTHS})\.?,?\s+\d{{4}}|{_MONTH_START}(?:{_MONTHS})\.?\s+\d{{1,2}},?\s+\d{{4}}"
    rf"|(?<!\d)\d{{1,2}}/\d{{1,2}}/\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})"
    rf"(?:[\s,|/•·–—-]*(?:(?:pukul\s+)?\d{{1,2}}[:.]\d{{2}}(?:[:.]\d{{2}})?\s*(?:am|pm)?)?\s*(?:(?:{_TZ_NAMES})(?-i:(?![a-z])))?\s*(?:[+-]\d{{1,2}}(?::?\d{{2}})?)?)?",
    re.I,
)
# The labels of a date line: "First Published:", "Diterbitkan", "Updated", "Diperbarui" (also glued
# to what comes before: "13:39 WIBDiterbitkan 22 Sep 2015").
_LABEL_START = r"(?:(?<![^\W\d_])|(?-i:(?<=[A-Z])(?=[A-Z][a-z])))"
_PUBLISHED_LABEL = re.compile(_LABEL_START + r"(?:published|diterbitkan|dipublikasikan|terbit)\b", re.I)
_DATE_LABEL = re.compile(_LABEL_START + r"(?:published|diterbitkan|dipublikasikan|terbit|updated|diperbarui|diperbaharui)\b", re.I)
# The lower-case words a date line may carry besides the date: labels, reading time, view
# counts ("15 April 2024 22:01 WIB / waktu baca 2 menit", "Published / Updated 22 minutes ago").
# Any other lower-case word makes the line a sentence, not a date line.
_DATE_LINE_WORDS = frozenset(
    "published updated first last diterbitkan diperbarui diperbaharui dipublikasikan terbit pukul oleh by laporan "
    "wartawan reporter penulis editor waktu baca menit min mins read views dibaca kali ago lalu hour hours minutes "
    "jam hari day days am pm adjust font size text posted on at admin".split())
# Date lines are looked for among the first lines of a page: navigation, captions and the
# title may come before the date line, the body after it.
_HEAD_LINES = 12


def _is_date_line(line: str) -> bool:
    """A short line that is only a publication date, in any of the outlets' layouts:
    "Minggu, 13 November 2022 - 19:40 WIB", "Published Apr 3, 2024, 07:05 AM",
    "Jakarta   ●   Sat, November 4, 2023", "KAMIS, 24 AGUSTUS 2023 | 17:28 WIB | LAPORAN: NAME",
    "Name, Okezone · Rabu 23 Agustus 2017 13:42 WIB".

    >>> _is_date_line("ReutersJune 21, 2019"), _is_date_line("Rabu, 15 Desember 2021 – 23:54 WIB")
    (True, True)
    >>> _is_date_line("Jokowi bertemu Xi di Beijing, Selasa (26/7/2022)")
    False
    """
    t = line.strip()
    if not t or len(t) > 100 or len(t.split()) > 16 or t.endswith("."):
        return False
    if _DATE_LINE.match(t):
        return True
    dates = list(_DATE_IN_LINE.finditer(t))
    if not dates:
        return False
    rest, pos = [], 0
    for m in dates:
        rest.append(t[pos:m.start()])
        pos = m.end()
    rest.append(t[pos:])
    # what is left is a weekday, a place, a byline, "Published"/"Updated" and separators, not a sentence
    words = [w.strip("()[],:;|/•·●–—-") for w in " ".join(rest).split()]
    words = [w for w in words if any(c.isalpha() for c in w)]
    return len(words) <= 5 and all(not w.islower() or "." in w or w in _DATE_LINE_WORDS for w in words)


def _month_day(text: str | None) -> tuple[int, int] | None:
    """(month, day) of a dateline's "March 15" / "Sept. 2", or None.

    >>> _month_day("Sept. 2"), _month_day("Agustus 17"), _month_day("Ramadan 5")
    ((9, 2), (8, 17), None)
    """
    if not text:
        return None
    from kg.dates import MONTHS  # the month names of both languages

    name, _, day = text.replace(".", "").rpartition(" ")
    month = MONTHS.get(name.lower())
    return (month, int(day)) if month and 1 <= int(day) <= 31 else None


def _date_lines(lines: list[Span], start: int) -> tuple[int | None, list[int]]:
    """The publication date line among *lines* from *start* (its index, or None) and the
    other date lines of the page's head, which are metadata as well.

    A line labelled "Published"/"Diterbitkan" (else "Updated"/"Diperbarui") is the date line
    wherever it stands ("First Published: Sep 08 2023" may close the page). Otherwise the
    date lines are looked for in the page's head, its first lines up to the body proper (a
    paragraph that opens with a dateline, or the second paragraph of prose): the first one,
    except that a date on the page's very first line, followed by another date line, is the
    site's header (the day the page was viewed: "Monday, December 29, 2025" above "IANS,
    09 Jan, 2019 01:49 AM")."""
    head, seen, prose = [], 0, 0
    for j in range(start, len(lines)):
        t = lines[j].text.strip()
        if not t:
            continue
        seen += 1
        if seen > _HEAD_LINES or _DATELINE.match(t) or _OUTLET_ONLY.match(t):
            break
        if _is_date_line(t):
            head.append(j)
        elif len(t.split()) >= 15 and t.endswith((".", '"', "”")):
            prose += 1
            if prose == 2:
                break
    labelled = [j for j in range(start, len(lines)) if _DATE_LABEL.search(lines[j].text) and _is_date_line(lines[j].text)]
    published = [j for j in labelled if _PUBLISHED_LABEL.search(lines[j].text)]
    if labelled:
        chosen = (published or labelled)[0]
    elif not head:
        return None, []
    else:
        page_top = next(j for j, s in enumerate(lines) if s.text.strip())
        chosen = head[1] if len(head) > 1 and head[0] == page_top else head[0]
    return chosen, [j for j in head if j != chosen]


def _looks_like_title(first: str, second: str) -> bool:
    first = first.strip()
    if not first or len(first) > 200 or _DATELINE.match(first) or _OUTLET_ONLY.match(first) or _is_date_line(first):
        return False
    if _is_date_line(second):
        return True
    return not first.endswith((".", "”", '"')) and len(first.split()) <= 20 and len(second.strip()) > len(first)


def _match_boilerplate(line: str) -> tuple[str, str] | None:
    for rid, rx, reason in boilerplate_rules():
        if rx.search(line):
            return rid, reason
    return None


def parse_published(line: str) -> datetime | None:
    """Parse a date line, with Indonesian time zones (WIB = UTC+7, WITA +8, WIT +9).

    >>> parse_published("Minggu, 13 November 2022 - 19:40 WIB").isoformat()
    '2022-11-13T19:40:00+07:00'
    >>> parse_published("Tue 20 Jun 2023 09.12 BST").isoformat()
    '2023-06-20T09:12:00+01:00'
    >>> parse_published("March 2, 2023 7:41 AM GMT+7").isoformat()
    '2023-03-02T07:41:00+07:00'
    """
    s = line.strip()
    if not _DATE_LINE.match(s):
        m = _DATE_IN_LINE.search(s)
        if m:
            s = m.group(0)  # "Jakarta ● Sat, November 4, 2023" -> "November 4, 2023"
    s = re.sub(r"^(first\s+)?(published|updated|diterbitkan|diperbarui)\s*:?\s*", "", s, flags=re.I)
    offset = None
    m = re.search(rf"\b({_TZ_NAMES})\b\s*([+-]\d{{1,2}})?(?::?(\d{{2}}))?\s*$", s)
    if m:
        hours = _TZ[m.group(1)] + (int(m.group(2)) if m.group(2) else 0)
        try:
            offset = timezone(timedelta(hours=hours, minutes=int(m.group(3) or 0) * (1 if hours >= 0 else -1)))
        except ValueError:  # "WIB+20" is UTC+27: no such time zone, so no such date
            return None
        s = s[: m.start()]
    s = re.sub(r"(\d{1,2})\.(\d{2})(?=\s*(?:am|pm)?\s*$)", r"\1:\2", s.strip(), flags=re.I)
    s = re.sub(r"\s+[-/]\s+|\s*[|•·–—]\s*", " ", s).replace("pukul", "").strip(" ,|-")
    dt = _dateparse(s)
    if dt is None:
        return None
    if offset is not None:
        dt = dt.replace(tzinfo=offset)
    return dt


@lru_cache(maxsize=4096)
def _dateparse(s: str) -> datetime | None:
    import dateparser  # slow to import: only when a date is parsed

    try:
        return dateparser.parse(s, languages=["id", "en"], settings={"DATE_ORDER": "DMY", "PREFER_DAY_OF_MONTH": "first"})
    except Exception:  # noqa: BLE001 -- dateparser raises on some odd strings; for us that is "no date"
        return None


_ID_WORDS = set("yang dan di dengan untuk dari ini itu pada telah kata tidak akan ke dalam bahwa juga oleh sebagai mereka kedua para atau tersebut".split())
_EN_WORDS = set("the and of to in that is was said with for on by as its his their were has have from at an be which".split())


def detect_language(text: str) -> str:
    """'id' or 'en' by function-word counts (enough for news prose; no library needed).

    >>> detect_language("Presiden Rusia telah melakukan pembicaraan dengan Presiden Iran")
    'id'
    >>> detect_language("The president said that the two leaders spoke by phone")
    'en'
    """
    words = re.findall(r"[a-z]+", text.lower())
    ind = sum(w in _ID_WORDS for w in words)
    eng = sum(w in _EN_WORDS for w in words)
    return "en" if eng > ind else "id"


# --------------------------------------------------------------------------- sentences

_ABBREV = {"u.s", "u.k", "u.n", "mr", "mrs", "ms", "dr", "jr", "sr", "st", "no", "gen", "lt", "col", "prof",
           "sen", "rep", "gov", "vs", "etc", "e.g", "i.e", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
           "sept", "oct", "nov", "dec", "h", "hj", "ir", "drs", "a.s", "m", "s",
           "h.e", "adm", "brig", "maj", "capt", "hon", "rev"}  # "H.E. Rut Kruger Giverin": an honorific, no sentence end
# A sentence ends before a space and a capital, or, in text whose spaces were lost when it was
# copied ("... ke Rusia.Juru Bicara Pentagon ..."), right before a capitalised word after a word
# of three lower-case letters or more (not "A.S.", "U.S.Army", "e.g.").
_SENT_END = re.compile(r"[.!?]+[\"”’')\]]*(?=\s+[\"“‘(\[]?[A-Z0-9À-Ý])"
                       r"|(?<=[a-z]{3})[.!?]+[\"”’')\]]*(?=[\"“‘]?[A-Z][a-z])")


def split_sentences(text: str, start: int, end: int) -> list[Span]:
    """Split text[start:end] into sentences, keeping offsets.

    >>> t = "Presiden A.S. Joe Biden tiba. Ia bertemu Xi. “Baik,” katanya."
    >>> [s.text for s in split_sentences(t, 0, len(t))]
    ['Presiden A.S. Joe Biden tiba.', 'Ia bertemu Xi.', '“Baik,” katanya.']
    >>> t = "Korea Utara membantah klaim itu.Juru bicara Pentagon mengulanginya."
    >>> [s.text for s in split_sentences(t, 0, len(t))]
    ['Korea Utara membantah klaim itu.', 'Juru bicara Pentagon mengulanginya.']
    """
    last_word, word_char = re.compile(r"[\w.]+$"), re.compile(r"[\w.]")

    def word_before(pos: int, stop: int) -> str:
        # The run of word characters and dots that ends chunk[pos:stop] once its final '.!?'
        # are stripped: what re.search(r"([\w.]+)$", chunk[pos:stop].rstrip(".!?")) finds,
        # without copying or scanning from pos. After an abbreviation the sentence goes on
        # and pos stays put, so rescanning from it made long texts quadratic.
        while stop > pos and chunk[stop - 1] in ".!?":
            stop -= 1
        window = max(pos, stop - 64)  # words are short: look at the end only ...
        m = last_word.search(chunk, window, stop)
        if m is None:
            return ""
        a = m.start()
        if a == window:  # ... unless the run reaches the window's start
            while a > pos and word_char.match(chunk, a - 1):
                a -= 1
        return chunk[a:m.end()]

    out: list[Span] = []
    chunk = text[start:end]
    pos = 0
    for m in _SENT_END.finditer(chunk):
        if chunk[m.start()] == ".":
            w = word_before(pos, m.start() + 1).lower().strip(".")
            if w in _ABBREV or (len(w) == 1 and w.isalpha()):
                continue  # "A.S. Joe Biden", "Mr. Xi": not the end of a sentence
        s_end = m.end()
        _add(out, text, start + pos, start + s_end)
        pos = s_end
    _add(out, text, start + pos, end)
    return out


def _add(out: list[Span], text: str, a: int, b: int) -> None:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    if b > a:
        out.append(Span(a, b, text[a:b]))
