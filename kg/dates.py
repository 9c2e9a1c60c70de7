"""Date expressions in Indonesian and English text, resolved against a reference date.

Values keep their granularity: ``YYYY-MM-DD`` (day), ``YYYY-MM`` (month), ``YYYY`` (year).

>>> from datetime import date
>>> ref = date(2022, 11, 13)                    # a Sunday
>>> [(d.text, d.value) for d in find_dates("bertemu pada hari Rabu di Teheran", ref)]
[('pada hari Rabu', '2022-11-09')]
>>> [(d.text, d.value) for d in find_dates("Bulan lalu, dua pejabat mengatakan", ref)]
[('Bulan lalu', '2022-10')]
>>> [(d.value, d.granularity) for d in find_dates("kata Kremlin, Sabtu (12/11/2022).", ref)]
[('2022-11-12', 'day')]
>>> [d.value for d in find_dates("sejak menginvasi Ukraina pada 24 Februari", ref)]
['2022-02-24']
>>> [d.value for d in find_dates("They met on Tuesday in Beijing", date(2023, 6, 21))]
['2023-06-20']
>>> [d.value for d in find_dates("kata Kirby pada Rabu pekan lalu", date(2022, 11, 9))]
['2022-11-02']
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

MONTHS = {
    "januari": 1, "january": 1, "jan": 1, "februari": 2, "february": 2, "feb": 2, "pebruari": 2,
    "maret": 3, "march": 3, "mar": 3, "april": 4, "apr": 4, "mei": 5, "may": 5,
    "juni": 6, "june": 6, "jun": 6, "juli": 7, "july": 7, "jul": 7,
    "agustus": 8, "august": 8, "aug": 8, "agu": 8, "agt": 8, "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "october": 10, "okt": 10, "oct": 10, "november": 11, "nov": 11, "nopember": 11,
    "desember": 12, "december": 12, "des": 12, "dec": 12,
}
WEEKDAYS = {"senin": 0, "monday": 0, "selasa": 1, "tuesday": 1, "rabu": 2, "wednesday": 2, "kamis": 3,
            "thursday": 3, "jumat": 4, "jum'at": 4, "friday": 4, "sabtu": 5, "saturday": 5, "minggu": 6, "ahad": 6,
            "sunday": 6}

# Longest first (regex alternation takes the first that fits), then alphabetical: built from a
# set, the pattern must not depend on its hash-randomised order.
_MC = "|".join(sorted({m.capitalize() for m in MONTHS}, key=lambda m: (-len(m), m)))
_WD_ID = "Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu|Ahad"
_WD_EN = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"

# Number words of "dua hari lalu", "three weeks ago" ("se-" is "one": "sepekan lalu").
NUMBERS = {"satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8,
           "sembilan": 9, "sepuluh": 10, "one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5,
           "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_NUM = "|".join(sorted(NUMBERS, key=lambda w: (-len(w), w)))
# A part of the day may stand between a weekday and its date: "Senin malam (15/4)".
_DAYPART = r"(?:\s+(?i:pagi|siang|sore|malam|dini\s+hari|morning|afternoon|evening|night))?"
_WD = rf"(?:{_WD_ID}|{_WD_EN})"
_ORD = r"(?:st|nd|rd|th)?"  # "April 13th", "the 3rd of May"

_PATTERNS = [
    # dari 20 hingga 21 Juli 2023 ; 20-21 Juli 2023 ; 10 to 12 June ; July 20-21, 2023: a span of days,
    # dated by its month (the meetings in it fall on days the text does not tell apart)
    ("day_range", rf"(?:(?i:dari|from|pada|on|tanggal|between)\s+)?(?P<d1>\d{{1,2}}){_ORD}\s*(?:[-–]|(?i:hingga|sampai|s/d|to|and|dan))\s*"
                  rf"(?P<d>\d{{1,2}}){_ORD}\s+(?:of\s+)?(?P<mon>{_MC})\.?(?:,?\s+(?P<y>\d{{4}}))?"),
    ("day_range", rf"(?:(?i:on|from|between)\s+)?(?P<mon>{_MC})\.?\s+(?P<d1>\d{{1,2}}){_ORD}\s*(?:[-–]|to|and)\s*(?P<d>\d{{1,2}}){_ORD}(?:,?\s+(?P<y>\d{{4}}))?"),
    # Sabtu (12/11/2022) ; Rabu, (9/11/2022) ; Jumat (05/02/2021) ; 12/11/2022
    ("dmy_num", rf"(?:{_WD}{_DAYPART},?\s*)?\(?(?P<d>\d{{1,2}})/(?P<m>\d{{1,2}})/(?P<y>\d{{4}})\)?"),
    # Senin (15/1) ; Sabtu malam (13/4) ; (26/6): day and month in brackets, the year from the reference date
    ("dm_num", rf"(?:{_WD}{_DAYPART},?\s*)?\((?P<d>\d{{1,2}})/(?P<m>\d{{1,2}})\)"),
    # Jumat pagi (11 Oktober) ; Senin (15 Januari 2024): a day and month name in brackets
    ("dm_paren", rf"(?:(?i:pada|on)\s+)?(?:{_WD}{_DAYPART},?\s*)?\((?P<d>\d{{1,2}})\s+(?P<mon>{_MC})\.?(?:\s+(?P<y>\d{{4}}))?\)"),
    # 19 Juni 2023 ; on 19 June 2023 ; pada 24 Februari 2022 ; Rabu 6 Januari 2016
    ("dmy", rf"(?:(?i:pada|on|tanggal|tgl\.?)\s+)?(?:{_WD}{_DAYPART},?\s*)?(?P<d>\d{{1,2}}){_ORD}\s+(?:of\s+)?(?P<mon>{_MC})\.?,?\s+(?P<y>\d{{4}})"),
    # June 19, 2023
    ("mdy", rf"(?:on\s+)?(?:(?:{_WD_EN}),?\s*)?(?P<mon>{_MC})\.?\s+(?P<d>\d{{1,2}}){_ORD},?\s+(?P<y>\d{{4}})"),
    # 24 Februari ; 19 June  (year from the reference date)
    ("dm", rf"(?:(?i:pada|on|tanggal)\s+)?(?:{_WD}{_DAYPART},?\s*)?(?P<d>\d{{1,2}}){_ORD}\s+(?:of\s+)?(?P<mon>{_MC})\b"),
    # June 19
    ("md", rf"(?:on\s+)?(?P<mon>{_MC})\.?\s+(?P<d>\d{{1,2}}){_ORD}\b(?!\s*(?:,\s*)?\d{{4}})"),
    # (pada) bulan Oktober (2022) ; in October 2022 ; Oktober 2022
    ("month", rf"(?:(?P<prep>(?i:pada|sejak|in|since|during|selama|bulan))\s+)?(?:(?i:bulan)\s+)?(?P<mon>{_MC})(?:\s+(?P<y>\d{{4}}))?\b"),
    # in 2023 ; pada (tahun) 2023 ; tahun 2023: the year alone
    ("year", r"(?i:\b(?:(?:in|pada|during|selama)\s+(?:tahun\s+)?|tahun\s+)(?P<y>(?:19|20)\d\d)\b(?![-/.]\d))"),
    # kemarin lusa: the day before yesterday (before "kemarin")
    ("ago", r"(?i:\b(?P<twodays>kemarin\s+lusa)\b)"),
    # dua hari lalu ; 3 days ago ; sepekan lalu ; two weeks ago ; tiga bulan yang lalu ; a year ago
    ("ago", rf"(?i:\b(?:(?P<n>\d{{1,2}}|{_NUM})\s+(?P<unit>hari|pekan|minggu|bulan|tahun|days?|weeks?|months?|years?)"
            r"|se(?P<unit1>hari|pekan|minggu|bulan|tahun))\s+(?:yang\s+)?(?:lalu|ago)\b)"),
    # akhir pekan lalu ; last weekend: the Saturday and Sunday before the reference date
    ("weekend", r"(?i:\b(?:akhir\s+pekan\s+lalu|akhir\s+minggu\s+lalu|last\s+weekend|(?:over\s+)?the\s+weekend)\b)"),
    # pekan lalu ; minggu lalu ; last week ; (earlier) this week ; pekan ini
    ("week", r"(?i:\b(?:(?P<last>pekan\s+lalu|minggu\s+lalu|last\s+week)|(?:awal\s+)?pekan\s+ini|(?:awal\s+)?minggu\s+ini|(?:earlier\s+)?this\s+week)\b)"),
    ("rel_month", r"(?i:\b(?:pada\s+)?bulan\s+lalu\b|\blast\s+month\b|\bbulan\s+kemarin\b)"),
    ("this_month", r"(?i:\b(?:awal\s+|akhir\s+)?bulan\s+ini\b|\b(?:earlier|later)\s+this\s+month\b|\bthis\s+month\b)"),
    ("rel_year", r"(?i:\btahun\s+lalu\b|\blast\s+year\b)"),
    # (awal) tahun ini ; (earlier) this year
    ("this_year", r"(?i:\b(?:awal\s+)?tahun\s+ini\b|\b(?:earlier\s+)?this\s+year\b)"),
    # kemarin ; yesterday ; last night ; tadi malam ; semalam: the day before the reference date
    ("yesterday", r"(?i:\bkemarin\b(?!\s+(?:sore|malam|pagi)?\s*(?:bulan|pekan|minggu))|\byesterday\b|\blast\s+(?:night|evening)\b"
                  r"|\btadi\s+malam\b|\bsemalam\b)"),
    # hari ini ; today ; earlier today ; earlier in the day ; tadi pagi
    ("today", r"(?i:\bhari\s+ini\b|\btoday\b|\bearlier\s+in\s+the\s+day\b|\btadi\s+(?:pagi|siang|sore)\b"
              r"|\b(?:pagi|siang|sore|malam)\s+(?:ini|tadi)\b|\bthis\s+(?:morning|afternoon|evening)\b|\btonight\b)"),
    # pada hari Rabu ; Rabu lalu ; Jumat kemarin ; on Wednesday ; last Wednesday
    ("weekday", rf"(?:(?:(?i:pada)\s+)?(?:(?i:hari)\s+)?(?P<wd>{_WD_ID})(?P<lastweek>\s+(?:pekan|minggu)\s+lalu)?(?:\s+(?:lalu|kemarin))?\b(?!\s*,?\s*\(?\d)|(?:on\s+|last\s+)?(?P<wde>{_WD_EN})(?P<lastweeke>\s+last\s+week)?\b(?!\s*,?\s*(?:\(?\d|{_MC})))"),
]
_COMPILED = [(name, re.compile(rx)) for name, rx in _PATTERNS]
_CAPWORD = re.compile(r"[A-Z][a-z']+")
_MONTH_WORDS = {m.capitalize() for m in MONTHS}
_WEEKDAY_WORDS = {w.capitalize() for w in WEEKDAYS} | {"Jum'at"}
_YEAR_DIGITS = re.compile(r"(?:19|20)\d\d")
# The words each relative kind needs (one of them): a kind is tried only on a sentence that
# has one, which keeps date finding cheap on the many sentences with no date at all.
_KEY_WORDS = {
    "year": {"in", "pada", "during", "selama", "tahun"},
    "ago": {"lalu", "ago", "lusa"},
    "weekend": {"akhir", "weekend"},
    "week": {"pekan", "minggu", "week"},
    "rel_month": {"bulan", "month"},
    "this_month": {"bulan", "month"},
    "rel_year": {"tahun", "year"},
    "this_year": {"tahun", "year"},
    "yesterday": {"kemarin", "yesterday", "last", "tadi", "semalam"},
    "today": {"hari", "today", "earlier", "tadi", "pagi", "siang", "sore", "malam", "morning", "afternoon", "evening", "tonight"},
}
_KINDS_OF: dict[str, tuple[str, ...]] = {}
for _kind, _words in _KEY_WORDS.items():
    for _w in _words:
        _KINDS_OF[_w] = _KINDS_OF.get(_w, ()) + (_kind,)
_KEY_WORD = re.compile(r"(?i)\b(?:" + "|".join(sorted(set().union(*_KEY_WORDS.values()), key=lambda w: (-len(w), w))) + r")\b")


# Cheap tests that a span of days or a bracketed day and month name can be in a text at all.
_RANGE_HINT = re.compile(r"\d\s*(?:[-–]|hingga|sampai|s/d|to|and|dan)\s*\d")
_PAREN_HINT = re.compile(r"\(\d{1,2}\s+[A-Z]")

# Kinds resolved against the day of the reference date (not with a month-only reference).
_DAY_RELATIVE = frozenset({"dm_num", "weekday", "yesterday", "today", "ago", "weekend", "week"})


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    value: str
    granularity: str  # day | month | year
    kind: str


def find_dates(text: str, ref: date | None, offset: int = 0, coarse: bool = False) -> list[DateMention]:
    """Date expressions in *text*; relative ones need *ref* (else they are skipped).

    *coarse*: only the month of *ref* is known (its day is the 1st): expressions relative to
    a day ("kemarin", "on Monday", "(15/1)") are skipped, those relative to a month or year
    are resolved."""
    out, taken = [], -1
    for start, kind, m, g in _candidates(text):
        if start < taken:
            continue  # overlaps an earlier, higher-priority expression
        val = _resolve(kind, g, None if coarse and kind in _DAY_RELATIVE else ref)
        if val:
            value, gran = val
            out.append(DateMention(m.start() + offset, m.end() + offset, m.group(), value, gran, kind))
            taken = m.end()
    return out


@lru_cache(maxsize=1024)
def _candidates(text: str) -> tuple[tuple[int, str, re.Match, dict], ...]:
    """Every pattern's matches in *text*, in the order find_dates takes them (by start, then
    the patterns' priority, then longest first), each with its named groups. They do not depend
    on the reference date, and the extractor looks for the dates of a sentence more than once
    (the reference date, the events, the mentions): cached by text."""
    words = set(_CAPWORD.findall(text))
    has_month, has_weekday = bool(words & _MONTH_WORDS), bool(words & _WEEKDAY_WORDS)
    wanted = set()
    for w in _KEY_WORD.findall(text):
        wanted.update(_KINDS_OF[w.lower()])
    if "year" in wanted and not _YEAR_DIGITS.search(text):
        wanted.discard("year")
    if "/" in text:
        wanted.update(("dmy_num", "dm_num"))
    if has_month:
        wanted.update(("dmy", "mdy", "dm", "md", "month"))
        if _RANGE_HINT.search(text):
            wanted.add("day_range")
        if _PAREN_HINT.search(text):
            wanted.add("dm_paren")
    if has_weekday:
        wanted.add("weekday")
    found = []  # (start, -length, priority, kind, match): cheap checks first, each pattern only where it can match
    for prio, (kind, rx) in enumerate(_COMPILED):
        if kind in wanted:
            for m in rx.finditer(text):
                if m.end() > m.start():
                    found.append((m.start(), -(m.end() - m.start()), prio, kind, m))
    found.sort(key=lambda f: (f[0], f[2], f[1]))
    return tuple((start, kind, m, {k: v for k, v in m.groupdict().items() if v is not None})
                 for start, _neg, _prio, kind, m in found)


def _resolve(kind: str, g: dict, ref: date | None) -> tuple[str, str] | None:
    try:
        if kind == "dmy_num":
            return date(int(g["y"]), int(g["m"]), int(g["d"])).isoformat(), "day"
        if kind in ("dmy", "mdy"):
            d = _absolute(g["d"], g["mon"], g["y"])
            return (d.isoformat(), "day") if d else None
        if kind == "dm_paren":
            kind = "dm" if not g.get("y") else kind
            if g.get("y"):
                d = _absolute(g["d"], g["mon"], g["y"])
                return (d.isoformat(), "day") if d else None
        if kind == "day_range":
            if int(g["d1"]) >= int(g["d"]) or int(g["d"]) > 31:
                return None
            mon = MONTHS[g["mon"].lower()]
            if g.get("y"):
                return f"{int(g['y']):04d}-{mon:02d}", "month"
            if ref is None:
                return None
            return f"{ref.year if mon <= ref.month + 2 else ref.year - 1:04d}-{mon:02d}", "month"
        if kind == "month" and g.get("y"):  # "November 2014": no reference date needed
            return f"{int(g['y']):04d}-{MONTHS[g['mon'].lower()]:02d}", "month"
        if kind == "year":
            return g["y"], "year"
        if ref is None:
            return None
        if kind in ("dm", "md", "dm_num"):
            mon = int(g["m"]) if kind == "dm_num" else MONTHS[g["mon"].lower()]
            d = date(ref.year, mon, int(g["d"]))
            if d > ref + timedelta(days=60):
                d = date(ref.year - 1, mon, int(g["d"]))  # "24 Februari" in a November article: the last one
            elif d < ref - timedelta(days=300):
                d = date(ref.year + 1, mon, int(g["d"]))  # "Jan 5" in a late-December article: the next one
            return d.isoformat(), "day"
        if kind == "month":
            mon = MONTHS[g["mon"].lower()]
            if len(g["mon"]) <= 3 and not g.get("y") and not g.get("prep"):
                return None  # "Mar", "May" alone are too ambiguous ("in May" is not)
            year = int(g["y"]) if g.get("y") else (ref.year if mon <= ref.month else ref.year - 1)
            return f"{year:04d}-{mon:02d}", "month"
        if kind == "ago":
            return _ago(g, ref)
        if kind == "weekend":
            sunday = ref - timedelta(days=ref.weekday() + 1)
            return _span_month(sunday - timedelta(days=1), sunday)
        if kind == "week":
            monday = ref - timedelta(days=ref.weekday())
            if g.get("last"):
                return _span_month(monday - timedelta(days=7), monday - timedelta(days=1))
            return _span_month(monday, ref)
        if kind == "this_year":
            return f"{ref.year:04d}", "year"
        if kind == "rel_month":
            y, mo = (ref.year, ref.month - 1) if ref.month > 1 else (ref.year - 1, 12)
            return f"{y:04d}-{mo:02d}", "month"
        if kind == "this_month":
            return f"{ref.year:04d}-{ref.month:02d}", "month"
        if kind == "rel_year":
            return f"{ref.year - 1:04d}", "year"
        if kind == "yesterday":
            return (ref - timedelta(days=1)).isoformat(), "day"
        if kind == "today":
            return ref.isoformat(), "day"
        if kind == "weekday":
            wd = WEEKDAYS[(g.get("wd") or g.get("wde")).lower()]
            back = (ref.weekday() - wd) % 7
            if g.get("lastweek") or g.get("lastweeke"):  # "Rabu pekan lalu", "Wednesday last week"
                back += 7 if back < 7 and ref.weekday() >= wd else 0
            return (ref - timedelta(days=back)).isoformat(), "day"
    except (ValueError, KeyError):
        return None
    return None


def _ago(g: dict, ref: date) -> tuple[str, str] | None:
    """"dua hari lalu", "three weeks ago", "sebulan lalu", "kemarin lusa": counted back from *ref*."""
    if g.get("twodays"):
        return (ref - timedelta(days=2)).isoformat(), "day"
    n = 1 if g.get("unit1") else int(g["n"]) if g["n"].isdigit() else NUMBERS[g["n"].lower()]
    unit = (g.get("unit1") or g["unit"]).lower().rstrip("s")
    if unit in ("hari", "day"):
        return (ref - timedelta(days=n)).isoformat(), "day"
    if unit in ("pekan", "minggu", "week"):
        # "two weeks ago" names a week, not a day: its month, when the whole week lies in one
        back = ref - timedelta(days=7 * n)
        return _span_month(back - timedelta(days=3), back + timedelta(days=3))
    if unit in ("bulan", "month"):
        y, m = divmod(ref.year * 12 + ref.month - 1 - n, 12)
        return f"{y:04d}-{m + 1:02d}", "month"
    return f"{ref.year - n:04d}", "year"


def _span_month(first: date, last: date) -> tuple[str, str] | None:
    """The month of a span of days (a week, a weekend), or None when it straddles two."""
    if (first.year, first.month) != (last.year, last.month):
        return None
    return f"{first.year:04d}-{first.month:02d}", "month"


def _absolute(day: str, month_word: str, year: str) -> date | None:
    """The day date of a day number, a month word of ``MONTHS`` and a four-digit year; None
    when there is no such day ("31 Juni 2023", "0 May 2020").

    This is what ``dateparser.parse(f"{day} {month_word} {year}", languages=["id", "en"],
    settings={"DATE_ORDER": "DMY", "STRICT_PARSING": True})`` gives, computed directly: dateparser
    took about a millisecond per new date string, a third of an article's extraction.
    tests/test_dates_real.py checks the two agree (the identity was checked on every month word
    x every one- and two-digit day x 60 years, 0000 to 8888)."""
    try:
        return date(int(year), MONTHS[month_word.lower()], int(day))
    except (ValueError, KeyError):
        return None


def compatible(a: str | None, b: str | None) -> bool:
    """Two dates at their granularity do not contradict each other.

    >>> compatible("2022-11-09", "2022-11"), compatible("2022-11-09", "2022-11-10"), compatible(None, "2022")
    (True, False, True)
    """
    if not a or not b:
        return True
    n = min(len(a), len(b))
    return a[:n] == b[:n]


def more_specific(a: str | None, b: str | None) -> str | None:
    if not a:
        return b
    if not b:
        return a
    return a if len(a) >= len(b) else b
