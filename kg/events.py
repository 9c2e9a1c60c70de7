"""Extract Meetings, PhoneCalls and WeaponSupplyAllegations from a cleaned article.

Rule-based and lexicon-driven: triggers, cue words, offices and entities are data
(``kg/lexicons/*.jsonl``); this module holds the rules that combine them. Every event
and every actor mention carries its evidence (sentence text, character offsets into
the original article, and the id of the rule that produced it).

>>> from kg.article import parse_text
>>> art = parse_text("Judul\\nSenin, 3 Juli 2023 - 10:00 WIB\\n"
...     "JAKARTA - Menteri Luar Negeri Retno Marsudi bertemu Menteri Luar Negeri Rusia "
...     "Sergei Lavrov di Jakarta pada hari Kamis.", "demo.txt")
>>> ex = extract(art)
>>> e = ex.events[0]
>>> e.type, sorted(ex.names(e.participants)), ex.name(e.place), e.date
('Meeting', ['Indonesia', 'Retno Marsudi', 'Russia', 'Sergei Lavrov'], 'Jakarta', '2023-06-29')
>>> e.evidence[0].rule
'meeting.trigger'
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date

from kg.article import Article, Span
from kg.dates import DateMention, compatible, find_dates, more_specific
from kg.lexicon import TOKEN, Entry, Lexicon, Match, load_lexicon

ACTOR_TYPES = {"Country", "Person", "Organization", "NewsOutlet", "Bloc"}
PLACE_TYPES = {"City", "Region"}
_SPAN_TYPES = ACTOR_TYPES | PLACE_TYPES | {"Office"}
TOPIC_WORDS = {"perang", "invasi", "konflik", "krisis", "war", "invasion", "conflict", "crisis", "situasi", "situation",
               "melawan", "against", "menginvasi", "invaded", "menyerang", "attacked", "sanksi", "sanctions", "terhadap",
               "atas", "tentang", "mengenai", "about", "regarding", "over", "ancaman", "threat", "bahaya", "danger",
               "serangan", "attacks"}
_DIRECTIONS = {"eastern", "western", "northern", "southern", "central", "far", "north", "south", "east", "west", "the"}
SUPPLY_ROLES = {"supply", "use", "promise", "receive"}
ATTACK_WORDS = {"menghantam", "menyerang", "menargetkan", "menembak", "menembaki", "menghancurkan", "strike", "hit", "target",
                "attack", "destroy", "shoot", "against", "melawan", "terhadap"}
LOCATIVE_AT = {"di", "in", "at", "kota", "bertempat"}
LOCATIVE_ANY = LOCATIVE_AT | {"ke", "dari", "to", "from", "into", "menuju", "near", "dekat", "outside", "luar"}
SUBORDINATORS = {"sejak", "since", "sebelum", "before", "setelah", "sesudah", "after", "ketika", "when", "while", "saat",
                 "menyusul", "following", "usai", "seusai", "selagi", "sementara", "whereas", "meski", "meskipun", "although",
                 "though", "hingga", "until", "sehingga"}
RELATIVES = {"who", "which", "yang", "where", "tempat"}
CLAUSE_MARKERS = {"bahwa", "that", ";", "sementara", "while", "whereas", "namun", "but", "tetapi", "however"}


@dataclass
class Evidence:
    start: int
    end: int
    text: str
    rule: str


@dataclass
class Mention:
    """An entity (or place) found in the article, with where and how."""

    entity: str  # lexicon id, or person:<slug> for persons found by their office
    start: int
    end: int
    text: str
    rule: str


@dataclass
class Event:
    type: str
    participants: list[str] = field(default_factory=list)
    place: str | None = None
    date: str | None = None
    date_unknown: bool = False
    claimed_by: list[str] = field(default_factory=list)
    supplier: str | None = None
    recipient: str | None = None
    weapon: str | None = None  # category id, e.g. weapon:drone
    weapon_model: str | None = None
    stance: str | None = None
    topics: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    sentence_index: int = 0
    venue: bool = False  # the text names a venue we could not place (no dateline fallback then)


@dataclass
class Extraction:
    article: Article
    lexicon: Lexicon
    events: list[Event] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    discovered: dict[str, Entry] = field(default_factory=dict)
    reference_date: date | None = None
    short_names: dict[str, str] = field(default_factory=dict)

    def entry(self, eid: str | None) -> Entry | None:
        if eid is None:
            return None
        return self.discovered.get(eid) or self.lexicon.entities.get(eid)

    def name(self, eid: str | None) -> str | None:
        e = self.entry(eid)
        return e.name if e else None

    def names(self, ids) -> list[str]:
        return [self.name(i) for i in ids]

    def entity_ids(self, *types: str) -> list[str]:
        """Ids of the mentioned entities of these types, in order of first mention."""
        seen: dict[str, None] = {}  # ordered, with constant-time membership
        for m in self.mentions:
            if m.entity not in seen:
                e = self.entry(m.entity)
                if e and e.type in types:
                    seen[m.entity] = None
        return list(seen)

    def to_json(self) -> dict:
        """The gold schema of ``shared/gold/FORMAT.md``, plus evidence offsets."""
        events = []
        for e in self.events:
            d: dict = {"type": e.type}
            if e.type == "WeaponSupplyAllegation":
                d.update(supplier=self.name(e.supplier), recipient=self.name(e.recipient),
                         weapon=self.name(e.weapon))
                if e.weapon_model:
                    d["weapon_name"] = self.name(e.weapon_model)
                d["stance"] = e.stance
            else:
                d["participants"] = self.names(e.participants)
                d["place"] = self.name(e.place)
            d["date"] = e.date
            d["claimed_by"] = self.names(e.claimed_by)
            if e.topics:
                d["topics"] = e.topics
            d["evidence"] = " ".join(ev.text for ev in e.evidence)
            d["evidence_spans"] = [{"start": ev.start, "end": ev.end, "rule": ev.rule} for ev in e.evidence]
            events.append(d)
        countries = self.entity_ids("Country")
        for oid in self.entity_ids("Organization"):
            o = self.entry(oid)
            # "the Pentagon", "Gedung Putih": a government body names its state
            if o.get("kind") in ("government", "military", "intelligence") and o.country and o.country not in countries:
                countries.append(o.country)
        return {
            "persons": self.names(self.entity_ids("Person")),
            "countries": self.names(countries),
            "events": events,
        }


# ============================================================================ sentence analysis


@dataclass
class Tok:
    start: int
    end: int
    text: str


class Sentence:
    """One sentence with its tokens and typed lexicon matches."""

    def __init__(self, span: Span, index: int, lex: Lexicon):
        self.span, self.index = span, index
        self.text = span.text
        raw = [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(span.text)]
        self.toks = [Tok(a + span.start, b + span.start, t) for a, b, t in raw]
        self.matches = lex.match(span.text, span.start, tokens=raw)
        self.lower = [t.text.lower() for t in self.toks]
        self.entity_toks = {i for m in self.matches if m.entry.type in _SPAN_TYPES for i in range(m.tok_start, m.tok_end)}
        self.trigger_toks = {i for m in self.matches if m.entry.type == "Trigger" for i in range(m.tok_start, m.tok_end)}
        self.known = {i for m in self.matches for i in range(m.tok_start, m.tok_end)}  # tokens of any lexicon match
        self.tok_ends = [t.end for t in self.toks]
        # Lookups by token, so rules that look next to a token do not scan every match of a long sentence.
        # Matches are in token order, so each list keeps the order of self.matches.
        self.at: dict[int, list[Match]] = {}  # first token -> matches starting there
        self.ending_at: dict[int, list[Match]] = {}  # end token -> matches ending there
        for m in self.matches:
            self.at.setdefault(m.tok_start, []).append(m)
            self.ending_at.setdefault(m.tok_end, []).append(m)
        self.spans: list[tuple[int, int]] | None = None  # attribution spans, filled on first use
        self.attributed: bytearray | None = None  # per token: inside an attribution span (with spans)
        self.speakers: list[str] | None = None  # _speakers, filled on first use
        # The mentions found in this sentence, in the order they were added to Extraction.mentions
        # (a mention never crosses a sentence boundary), so no rule scans the whole article's mentions.
        self.mentions: list[Mention] = []
        self.typed: list[tuple] | None = None  # _typed_mentions, filled on first use
        self._by_type: dict[str, list[Match]] = {}
        self._by_types: dict[tuple[str, ...], list[Match]] = {}
        self._by_cue: dict[str, list[Match]] = {}
        for m in self.matches:
            self._by_type.setdefault(m.entry.type, []).append(m)
            if m.entry.type == "Cue":
                self._by_cue.setdefault(m.entry.data.get("cue"), []).append(m)

    def of(self, *types: str) -> list[Match]:
        """The matches of these types, in order (a shared list: do not modify it)."""
        if len(types) == 1:
            return self._by_type.get(types[0], [])
        if types not in self._by_types:
            self._by_types[types] = [m for m in self.matches if m.entry.type in types]
        return self._by_types[types]

    def cues(self, kind: str) -> list[Match]:
        return self._by_cue.get(kind, [])

    def clause_bounds(self, tok: int) -> tuple[int, int]:
        """Token range of the clause holding token *tok*.

        Clauses split at complementisers ('bahwa'/'that'), ';', 'but', at subordinators
        ('sejak'/'since', 'setelah'/'after', 'ketika'/'when', ...) and at a comma that opens a
        subordinate or relative clause (", who held talks ...", ", setelah ...")."""
        a, b = 0, len(self.toks)
        for i in range(tok - 1, -1, -1):
            w = self.lower[i]
            if w in CLAUSE_MARKERS or w in SUBORDINATORS or (w == "," and self._opens_clause(i + 1)):
                a = i + 1
                break
        for i in range(tok + 1, len(self.toks)):
            w = self.lower[i]
            if w in CLAUSE_MARKERS or w in SUBORDINATORS or (w == "," and self._opens_clause(i + 1)):
                b = i
                break
        # a subordinate clause that starts a sentence ends at its comma: "Sebelum diterima Xi, Blinken ..."
        if self.lower and self.lower[0] in SUBORDINATORS:
            comma = next((i for i in range(1, len(self.toks)) if self.toks[i].text == ","), None)
            if comma is not None:
                if tok < comma:
                    b = min(b, comma)
                else:
                    a = max(a, comma + 1)
        return a, b

    def _opens_clause(self, i: int) -> bool:
        return i < len(self.toks) and (self.lower[i] in SUBORDINATORS or self.lower[i] in RELATIVES
                                       or self.lower[i] in ("tidak", "not") and i + 2 < len(self.toks) and self.lower[i + 2] in SUBORDINATORS)


def _slug(name: str) -> str:
    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


_NAME_TOKEN = re.compile(r"^[A-ZÀ-Þ][\w'’-]*$")
_NAME_PARTICLES = {"bin", "binti", "al", "al-", "el", "de", "da", "van", "von", "der", "di", "la", "le", "ibn", "abu", "Jr", "bin"}
_ORG_WORDS = {"Kementerian", "Bidang", "Badan", "Dinas", "Kantor", "Direktur", "Direktorat", "Dewan", "Komisi", "Partai",
              "Universitas", "Provinsi", "Kabupaten", "Kota", "Statistik", "Distribusi", "Ministry", "Department",
              "Office", "Council", "Committee", "Agency", "Bureau", "University", "Party", "Luar", "Negeri", "Pertahanan",
              "Keamanan", "Nasional", "Republik", "Republic", "Federation", "Federasi", "Pusat", "Daerah", "Foreign",
              "Affairs", "Defence", "Defense", "State", "National", "Security", "General", "Staff", "Perdana", "Wakil"}
_VENUE_WORDS = {"Istana", "Aula", "Wisma", "Gedung", "Hotel", "Kosmodrom", "Cosmodrome", "Palace", "Hall", "House", "Building",
                "Museum", "Bandara", "Airport", "Pangkalan", "Base", "Markas", "Kantor", "Kompleks", "Resort", "Villa",
                "Kedutaan", "Embassy", "Balai", "Graha", "Center", "Centre", "Stadium", "Stadion", "Universitas"}
_NOT_NAMES = {"Presiden", "President", "Menteri", "Minister", "Dalam", "Pada", "Di", "The", "In", "On", "At", "Dan", "And",
              "Kata", "Said", "Kepala", "Juru", "Bicara", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu",
              "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Ia", "Dia", "He", "She", "It",
              "Namun", "However", "But", "Ketika", "When", "Sementara", "Meanwhile", "Itu", "Ini", "This", "That"}


class _EventLog:
    """The events found so far in an article, in order of discovery.

    Rules look back at earlier events ("keduanya", "the call", "it supplied ..."). The lists
    and lookups they need are kept up to date as events are added, so a sentence at the end
    of a long article costs no more than one at its start (no rescan of every earlier event)."""

    def __init__(self):
        self.events: list[Event] = []
        self.comm: list[Event] = []  # Meetings and PhoneCalls
        self.calls: list[Event] = []  # PhoneCalls
        self.claims: list[Event] = []  # WeaponSupplyAllegations, disputes included
        self.last_undisputed: Event | None = None  # the last claim that is not a dispute
        self._last_by_supplier: dict[str, Event] = {}
        self._last_by_stance: dict[str, tuple[int, Event]] = {}  # stance -> (position in events, last claim)

    def add(self, ev: Event) -> None:
        self.events.append(ev)
        if ev.type == "WeaponSupplyAllegation":
            # supplier and stance are never changed once a claim is made, so these stay valid
            self.claims.append(ev)
            self._last_by_supplier[ev.supplier] = ev
            self._last_by_stance[ev.stance] = (len(self.events), ev)
            if ev.stance != "disputed":
                self.last_undisputed = ev
        else:
            self.comm.append(ev)
            if ev.type == "PhoneCall":
                self.calls.append(ev)

    def extend(self, evs: list[Event]) -> None:
        for ev in evs:
            self.add(ev)

    def retype_as_call(self, ev: Event) -> None:
        """Talks found to have been a phone call. Only done while no call is known yet,
        so *ev* is the first call and ``calls`` stays in order."""
        ev.type = "PhoneCall"
        self.calls.append(ev)

    def last_recipient_of(self, supplier: str | None) -> str | None:
        ev = self._last_by_supplier.get(supplier)
        return ev.recipient if ev else None

    def last_with_stance(self, *stances: str) -> Event | None:
        """The most recent claim with one of *stances*."""
        found = [self._last_by_stance[s] for s in stances if s in self._last_by_stance]
        return max(found, key=lambda pe: pe[0])[1] if found else None


class Extractor:
    def __init__(self, lexicon: Lexicon | None = None):
        self.lex = lexicon or load_lexicon()

    # ------------------------------------------------------------------ entry point
    def extract(self, article: Article) -> Extraction:
        ex = Extraction(article, self.lex)
        sents = [Sentence(s, i, self.lex) for i, s in enumerate(article.sentences())]
        ex.reference_date = self._reference_date(article, sents)
        # Without a date line, the date a report gives is the most reliable date there is.
        self._has_date_line = article.published is not None
        title_phone = bool(article.title and re.search(r"(?i)telepon|telpon|phone|call", article.title))
        self._sents = sents  # of the article being extracted, as _has_date_line
        for s in sents:
            first = len(ex.mentions)
            self._discover_persons(s, ex)
            self._discover_places(s, ex)
            s.mentions = ex.mentions[first:]
        self._short_names(sents, ex)
        for s in sents:
            self._entity_mentions(s, ex)
        log = _EventLog()
        for s in sents:
            self._events_in(s, sents, ex, log, title_phone)
        ex.events = self._merge_within(log.events, ex)
        return ex

    def _reference_date(self, article: Article, sents: list[Sentence]) -> date | None:
        if article.published:
            return article.published.date()
        # No date line: the most reliable date in the text is the first full explicit date.
        for s in sents:
            for d in find_dates(s.text, None):
                if d.granularity == "day":
                    return date.fromisoformat(d.value)
        return None

    # ------------------------------------------------------------------ persons found by office
    def _discover_persons(self, s: Sentence, ex: Extraction) -> None:
        """'Menteri Luar Negeri Hongaria Péter Szijjártó', 'Hungarian Foreign Minister Peter Szijjarto',
        'Péter Szijjártó, Menteri Luar Negeri Hongaria': a name next to an office becomes a person."""
        offices = s.of("Office")
        if not offices:
            return
        known = s.known
        for off in offices:
            # forward: Office [Country|Demonym|Org|of|'s]* Name
            i, country = off.tok_end, self._office_country_before(s, off)
            while i < len(s.toks):
                here = s.at.get(i)
                if here and here[0].entry.type in ("Country", "Organization", "Office", "Bloc"):
                    country = country or self._country_of(here[0].entry)
                    i = here[0].tok_end
                elif s.lower[i] in ("of", "for", "'s", "’s", "luar", "negeri") or (
                        s.lower[i] in ("untuk", "to", "di", "in") and any(m.entry.type == "Country" for m in s.at.get(i + 1, ()))):
                    i += 1  # "Duta Besar Palestina untuk Indonesia Zuhair Al-Shun"
                else:
                    break
            name_toks = self._name_at(s, i, known)
            if name_toks:
                self._add_person(s, ex, name_toks, country, "person.office-before")
                continue
            # backward apposition: Name , Office Country
            j = off.tok_start - 1
            if j >= 1 and s.toks[j].text == ",":
                end = j
                k = end - 1
                while k >= 0 and _NAME_TOKEN.match(s.toks[k].text) and k not in known:
                    k -= 1
                cand = list(range(k + 1, end))
                if 2 <= len(cand) <= 4:
                    after_country = None
                    near = (m for i in range(off.tok_end, off.tok_end + 5) for m in s.at.get(i, ()))
                    for m in near:
                        if m.entry.type in ("Country", "Organization"):
                            after_country = self._country_of(m.entry)
                            break
                    self._add_person(s, ex, cand, after_country, "person.office-after")

    def _discover_places(self, s: Sentence, ex: Extraction) -> None:
        """A place not in the lexicon: "in Samarkand, Uzbekistan", "di kota Woodside", "in Woodside, California"."""
        known = s.known
        for i, w in enumerate(s.lower[:-1]):
            if w not in ("di", "in", "at", "kota", "of") or (w == "of" and (i == 0 or s.lower[i - 1] not in ("city", "town", "port"))):
                continue
            j = i + 1
            toks = []
            while j < len(s.toks) and len(toks) < 3 and j not in known and _NAME_TOKEN.match(s.toks[j].text) \
                    and s.toks[j].text not in _NOT_NAMES and s.toks[j].text not in _ORG_WORDS and not s.toks[j].text.isupper():
                toks.append(j)
                j += 1
            if not toks or j >= len(s.toks):
                continue
            country = None
            if s.toks[j].text == ",":
                nxt = next(iter(s.at.get(j + 1, ())), None)
                if nxt and nxt.entry.type == "Country":
                    country = nxt.entry.id
                elif not (j + 1 < len(s.toks) and _NAME_TOKEN.match(s.toks[j + 1].text) and j + 1 not in known):
                    continue
            elif w != "kota" and not (i > 0 and s.lower[i - 1] in ("city", "town", "port")):
                continue
            if s.toks[toks[0]].text in _VENUE_WORDS or s.toks[toks[-1]].text in _VENUE_WORDS:
                continue  # "di Istana Merdeka, Jakarta": a venue, the city is the place
            a, b = s.toks[toks[0]].start, s.toks[toks[-1]].end
            name = ex.article.text[a:b]
            pid = f"place:{_slug(name)}" + (f"-{country.split(':')[1].lower()}" if country else "")
            if pid not in ex.discovered and not self.lex.entities.get(pid):
                ex.discovered[pid] = Entry(pid, "City", name, {}, [], {"country": country, "discovered": True})
            ex.mentions.append(Mention(pid, a, b, name, "place.after-preposition"))

    def _short_names(self, sents: list[Sentence], ex: Extraction) -> None:
        """Within one article, the first or last word of a person named in full refers to
        that person ("Kim", "Xi", "Szijjártó"), unless two persons share it."""
        # dicts, not sets: ordered by first mention, so nothing here depends on string hashing
        owners: dict[str, dict[str, None]] = {}
        persons = {m.entry.id: m.entry for s in sents for m in s.matches if m.entry.type == "Person"}
        persons.update(ex.discovered)
        for pid, e in persons.items():
            parts = e.name.split()
            if len(parts) < 2:
                continue
            for w in dict.fromkeys((parts[0], parts[-1])):
                if len(w) >= 2 and w[0].isupper() and w not in _NOT_NAMES and not self.lex.lookup(w):
                    owners.setdefault(w, {})[pid] = None
        ex.short_names = {w: next(iter(p)) for w, p in owners.items() if len(p) == 1}

    def _office_country_before(self, s: Sentence, off: Match) -> str | None:
        """"Menteri Luar Negeri" after "Rusia", "Foreign Minister" after "Russia's": the office's country."""
        # the first such match in sentence order: one ending before "'s" comes before one ending at the office
        for m in s.ending_at.get(off.tok_start - 1, ()):
            if m.entry.type == "Country" and s.lower[off.tok_start - 1] in ("'s", "’s"):
                return m.entry.id
        for m in s.ending_at.get(off.tok_start, ()):
            if m.entry.type == "Country":
                return m.entry.id
        return None

    def _name_at(self, s: Sentence, i: int, known: set[int]) -> list[int]:
        toks = []
        while i < len(s.toks) and len(toks) < 5:
            t = s.toks[i].text
            if i in known or t in _NOT_NAMES or t in _ORG_WORDS or (len(t) > 1 and t.isupper()):
                break
            if _NAME_TOKEN.match(t) or (toks and t in _NAME_PARTICLES):
                toks.append(i)
                i += 1
            elif toks and t in ("-", "‐") and i + 1 < len(s.toks) and _NAME_TOKEN.match(s.toks[i + 1].text):
                i += 1  # "Zuhair Al-Shun": the hyphen joins one name
            else:
                break
        while toks and s.toks[toks[-1]].text in _NAME_PARTICLES:
            toks.pop()
        return toks if len(toks) >= 2 else []

    def _add_person(self, s: Sentence, ex: Extraction, toks: list[int], country: str | None, rule: str) -> None:
        a, b = s.toks[toks[0]].start, s.toks[toks[-1]].end
        name = ex.article.text[a:b]
        pid = f"person:{_slug(name)}" + (f"-{country.split(':')[1].lower()}" if country else "")
        if pid not in ex.discovered:
            ex.discovered[pid] = Entry(pid, "Person", name, {}, [], {"country": country, "discovered": True})
            # Later mentions of the surname alone are the same person (within this article).
            surname = name.split()[-1]
            ex.discovered[pid].data["surname"] = surname
        ex.mentions.append(Mention(pid, a, b, name, rule))

    # ------------------------------------------------------------------ entity mentions
    def _entity_mentions(self, s: Sentence, ex: Extraction) -> None:
        by_span: dict[tuple[int, int], list[Match]] = {}
        for m in s.matches:
            if m.entry.type in ACTOR_TYPES | PLACE_TYPES:
                by_span.setdefault((m.start, m.end), []).append(m)
        for (a, b), ms in by_span.items():
            # One reading per span: a capital after "di"/"in" is the city, otherwise the state
            # ("Moskow membantah ..."); a person or country reading beats an organisation's.
            m = self._pick_reading(s, ms)
            eid = self._actor_id(s, m)
            self._add_mention(s, ex, Mention(eid, m.start, m.end, m.text, f"lexicon.{m.kind}"))
        if not ex.short_names:
            return
        # Tokens inside a mention of this sentence (only its own mentions can cover its tokens);
        # a short-name mention covers just its own token, so it never hides a later one.
        starts = [t.start for t in s.toks]
        covered = bytearray(len(s.toks))
        for mm in s.mentions:
            for i in range(bisect_right(starts, mm.start - 1), bisect_right(starts, mm.end - 1)):
                covered[i] = 1
        for i, tok in enumerate(s.toks):
            pid = ex.short_names.get(tok.text)
            if pid and not covered[i]:
                self._add_mention(s, ex, Mention(pid, tok.start, tok.end, tok.text, "person.short-name"))

    @staticmethod
    def _add_mention(s: Sentence, ex: Extraction, m: Mention) -> None:
        ex.mentions.append(m)
        s.mentions.append(m)

    def _pick_reading(self, s: Sentence, ms: list[Match]) -> Match:
        if len(ms) == 1:
            return ms[0]
        loc = self._locative(s, ms[0])
        places = [m for m in ms if m.entry.type in PLACE_TYPES]
        metonyms = [m for m in ms if m.entry.type == "Country" and m.kind == "metonym"]
        if places and metonyms:
            return places[0] if loc else metonyms[0]
        rank = {"Person": 0, "Country": 1, "City": 2, "Region": 3, "Organization": 4, "NewsOutlet": 5, "Bloc": 6}
        return sorted(ms, key=lambda m: (rank.get(m.entry.type, 9), m.kind != "label"))[0]

    def _actor_id(self, s: Sentence, m: Match) -> str:
        """A city used as an actor stands for its state ('Moskow membantah...')."""
        if m.entry.type in PLACE_TYPES and m.entry.get("capital") and not self._locative(s, m):
            return m.entry.country or m.entry.id
        return m.entry.id

    def _locative(self, s: Sentence, m: Match) -> bool:
        return self._after_preposition(s, m.tok_start, LOCATIVE_ANY)

    @staticmethod
    def _after_preposition(s: Sentence, t0: int, preps) -> bool:
        """Token t0 follows a preposition, directly or after a venue and a comma
        ("di Aula Besar Rakyat, Beijing"; "at the Great Hall of the People in Beijing")."""
        i = t0 - 1
        while i > 0 and s.lower[i] in _DIRECTIONS:
            i -= 1  # "in eastern Russia", "in the far east of"
        if i < 0:
            return False
        if s.lower[i] in preps:
            return True
        if s.toks[i].text != ",":
            return False
        j, steps = i - 1, 0
        while j >= 0 and steps < 8 and (s.toks[j].text[:1].isupper() or s.lower[j] in ("of", "the", "de", "la")):
            j, steps = j - 1, steps + 1
        return steps > 0 and j >= 0 and s.lower[j] in preps

    @staticmethod
    def _country_of(e: Entry) -> str | None:
        if e.type == "Country":
            return e.id
        return e.get("country")

    # ------------------------------------------------------------------ actors of a sentence
    def _actors(self, s: Sentence, ex: Extraction, lo: int = 0, hi: int | None = None):
        """(participants, place, claimers) within tokens [lo, hi) of *s*."""
        hi = len(s.toks) if hi is None else hi
        rel = {m.tok_end for m in s.cues("relation")}
        participants, claimers, place, clause_cities = [], [], None, []
        for eid, t0, t1, etype, kind in self._typed_mentions(s, ex):
            if self._attributed(s, t0):  # who says it, wherever in the sentence
                if etype in ACTOR_TYPES:
                    claimers.append(eid)
                continue
            if not (lo <= t0 and t1 <= hi):
                continue
            if etype in PLACE_TYPES and lo <= t0 < hi:
                clause_cities.append(eid)
            if etype in PLACE_TYPES or (etype == "Country" and self._locative_tok(s, t0)):
                if self._meeting_place_tok(s, t0) and lo <= t0 < hi:
                    # the most specific place named: a city beats a country
                    if place is None or (etype in PLACE_TYPES and (ex.entry(place) and ex.entry(place).type == "Country")):
                        place = eid
                continue
            if etype == "NewsOutlet":
                claimers.append(eid)
                continue
            if etype == "Organization" and self._meeting_place_tok(s, t0):
                seat = ex.entry(eid).get("seat") if ex.entry(eid) else None
                if seat and place is None:
                    place = seat  # "di Gedung Putih": in Washington
                continue
            if etype == "Person" and any(t0 - d in rel for d in range(4)):
                continue  # "sekutu dekat Presiden Vladimir Putin": an apposition, not a participant
            if self._topic(s, t0):
                continue
            if etype in ("Person", "Country", "Bloc"):
                participants.append(eid)
            elif etype == "Organization":
                e = ex.entry(eid)
                if e and e.get("country") and kind != "metonym":
                    participants.append(e.get("country"))
        if place and ex.entry(place) and ex.entry(place).type == "Country":
            # "di sela-sela Konferensi Keamanan Munich di Jerman": the city named in the clause is the place
            place = next((c for c in clause_cities if ex.entry(c) and ex.entry(c).country == place), place)
        return _uniq(participants), place, _uniq(claimers)

    def _typed_mentions(self, s: Sentence, ex: Extraction):
        """(entity, first token, end token, type, kind) of the sentence's token-aligned mentions.

        Computed once per sentence, when all mentions are known (the event rules run last)."""
        if s.typed is None:
            tokpos = {t.start: i for i, t in enumerate(s.toks)}
            tokend = {t.end: i + 1 for i, t in enumerate(s.toks)}
            s.typed = []
            for mm in s.mentions:
                if mm.start in tokpos and mm.end in tokend:
                    e = ex.entry(mm.entity)
                    if e:
                        s.typed.append((mm.entity, tokpos[mm.start], tokend[mm.end], e.type, mm.rule.split(".")[-1]))
        return s.typed

    def _locative_tok(self, s: Sentence, t0: int) -> bool:
        return self._after_preposition(s, t0, LOCATIVE_ANY)

    def _meeting_place_tok(self, s: Sentence, t0: int) -> bool:
        return self._after_preposition(s, t0, LOCATIVE_AT)

    def _topic(self, s: Sentence, t0: int) -> bool:
        """An entity talked about ("perang di Ukraina", "sanctions on Russia"), not taking part."""
        return any(s.lower[i] in TOPIC_WORDS for i in range(max(0, t0 - 3), t0))

    def _attribution_spans(self, s: Sentence) -> list[tuple[int, int]]:
        """Token ranges naming who says or reports something (computed once per sentence)."""
        if s.spans is None:
            s.spans = self._find_attribution_spans(s)
            s.attributed = bytearray(len(s.toks))
            for a, b in s.spans:
                for i in range(max(a, 0), min(b, len(s.toks))):
                    s.attributed[i] = 1
        return s.spans

    def _attributed(self, s: Sentence, t: int) -> bool:
        """Token *t* is inside an attribution span: ``any(a <= t < b for a, b in spans)`` in constant time."""
        self._attribution_spans(s)
        return 0 <= t < len(s.toks) and s.attributed[t] == 1

    def _find_attribution_spans(self, s: Sentence) -> list[tuple[int, int]]:
        spans = []
        comm = any(m.entry.get("role") in ("phone", "meeting", "talks") for m in s.of("Trigger"))
        for c in s.cues("speech") + s.cues("accuse") + s.cues("admit") + s.cues("deny"):
            w = c.text.lower()
            if comm and w in ("told", "memberi tahu", "memberitahu"):
                continue  # "Erdogan told Putin in a telephone call": both take part
            if comm and any(t in s.trigger_toks for t in range(c.tok_end + 1, c.tok_end + 4)) and w not in ("kata", "ujar", "menurut"):
                continue  # "X said in a phone call with Y" / "X mengatakan dalam percakapan telepon"
            if w in ("kata", "ujar", "ucap", "tutur", "menurut", "according to", "seperti dikutip", "seperti dikutip dari",
                     "dikutip", "mengutip", "seperti dilansir", "dilansir", "melansir", "said", "says", "seperti laporan",
                     "laporan", "pernyataan", "statement", "told", "reported", "quoted", "cited", "readout", "pembacaan") \
                    or s.lower[c.tok_end:c.tok_end + 1] in (["oleh"], ["by"], ["kepada"], ["to"]):
                # forward: up to the end of the clause
                end = c.tok_end
                # a noun ("pernyataan Kremlin", "laporan RIA Novosti") names its source right after it;
                # a verb ("kata kantor berita negara Rusia") up to the end of the clause
                if w in ("pernyataan", "statement", "laporan", "readout", "pembacaan", "seperti laporan", "laporan media"):
                    while end < len(s.toks) and (end in s.entity_toks or s.lower[end] in ("dari", "of", "from", "media", "pemerintah")):
                        end += 1
                while end < min(c.tok_end + 10, len(s.toks)) and s.toks[end].text not in (",", ".", ";", "”", "“", '"') \
                        and s.lower[end] not in ("bahwa", "that", "untuk", "on", "pada") and end not in s.trigger_toks \
                        and w not in ("pernyataan", "statement", "laporan", "readout", "pembacaan", "seperti laporan", "laporan media"):
                    end += 1
                if w in ("said", "says", "reported", "told") and not (c.tok_end < len(s.toks) and s.lower[c.tok_end] in ("by",)):
                    # English "X said": the speaker comes before; "said X" after a comma/quote
                    if c.tok_start > 0 and s.toks[c.tok_start - 1].text in (",", "”", '"', "’"):
                        spans.append((c.tok_end, end))
                    if w == "told":  # "told reporters", "told Reuters" (within the sentence: "…, an official told.")
                        spans.append((c.tok_end, min(c.tok_end + 3, len(s.toks))))
                else:
                    spans.append((c.tok_end, end))
            # backward: "X mengatakan", "X said", "Kiev dan Barat mengatakan"
            if w in ("mengatakan", "menyatakan", "said", "says", "told", "melaporkan", "reported", "mengklaim", "claimed",
                     "menuduh", "accused", "mengumumkan", "announced", "menegaskan", "menyebut", "menambahkan", "menjelaskan",
                     "mengungkapkan", "stated", "memberitahu", "memberi tahu", "alleged", "accuses", "menuding", "confirmed",
                     "mengakui", "admitted", "membantah", "denied", "menyangkal", "menepis", "acknowledged"):
                spans.append((self._speaker_start(s, c.tok_start), c.tok_start))
        return spans

    def _speaker_start(self, s: Sentence, end: int) -> int:
        """Where the speaker before a speech verb begins: back to the clause start, jumping
        over a parenthetical attribution (", seperti dikutip Straits Times,")."""
        start = end
        while start > 0:
            t = s.toks[start - 1].text
            if start - 1 in s.trigger_toks or end - start >= 12:
                break  # the speaker is a short noun phrase, never across an event word
            if s.lower[start - 1] in ("dan", "and", ",") and start >= 3 and s.toks[start - 2].text == "," \
                    and start - 3 in s.entity_toks:
                start -= 2  # "Inggris, Prancis, dan Jerman": an Oxford comma inside a list of speakers
                continue
            if s.lower[start - 1] in ("dan", "and") and not (
                    (start - 2 in s.entity_toks or s.lower[start - 2] in ("pejabat", "diplomat", "officials", "diplomats", "leaders", "pemimpin"))
                    and (start in s.entity_toks or start < end and s.lower[start] in ("dua", "two", "para", "the", "sejumlah", "several", "beberapa", "negara"))):
                break  # "... pada hari Sabtu dan menyatakan": a second verb of the same subject, not "Kiev dan Barat"
            if t == "," and start - 2 in s.entity_toks and start in s.entity_toks:
                start -= 1  # "Inggris, Prancis, dan Jerman mengatakan": a list of speakers
                continue
            if t in (",", ";", "”", '"', "“") or s.lower[start - 1] in ("bahwa", "that"):
                if t == ",":
                    k = start - 2
                    while k >= 0 and s.toks[k].text != ",":
                        k -= 1
                    if k >= 0 and s.lower[k + 1] in ("seperti", "as", "menurut", "according", "kata", "mengutip", "citing",
                                                     "yang", "who", "which", "rabu", "selasa", "senin", "kamis", "jumat", "sabtu",
                                                     "minggu", "in", "dalam", "on", "pada"):
                        start = k
                        continue
                break
            start -= 1
        return start

    # ------------------------------------------------------------------ events
    def _events_in(self, s: Sentence, sents: list[Sentence], ex: Extraction, log: _EventLog, title_phone: bool) -> None:
        """Add the events of sentence *s* to *log* (which holds every earlier event: the rules look back)."""
        triggers = s.of("Trigger")
        dates = find_dates(s.text, ex.reference_date, s.span.start)
        roles = {t.entry.get("role") for t in triggers}
        weapons = s.of("WeaponCategory", "WeaponModel")
        if roles & SUPPLY_ROLES and weapons:
            self._supply_events(s, ex, dates, log)
        if s.cues("dispute") and (weapons or self._anaphoric_ref(s) or any(
                w in ("bantahan", "denial", "pengakuan", "admission", "account", "klaim", "claim") for w in s.lower)):
            log.extend(self._dispute_events(s, ex, dates, log))
        comm = [t for t in triggers if t.entry.get("role") in ("phone", "meeting", "talks") and self._object_ok(s, t)]
        if not comm:
            self._continuation(s, ex, dates, log)
            return
        by_clause: dict[tuple[int, int], list[Match]] = {}
        for t in comm:
            by_clause.setdefault(s.clause_bounds(t.tok_start), []).append(t)
        for (lo, hi), ts in by_clause.items():
            ev = self._communication_event(s, sents, ex, ts, dates, log, title_phone, lo, hi)
            if ev:
                log.add(ev)

    _NOUN_TRIGGERS = {"meeting", "meetings", "summit", "talks", "call", "visit", "conversation", "phone call", "trip"}

    def _definite_reference(self, s: Sentence, t: Match) -> bool:
        """'the Biden-Xi meeting', "the leaders' summit": a noun trigger whose participants
        are only its modifiers, after 'the'."""
        if t.text.lower() not in self._NOUN_TRIGGERS:
            return False
        i = t.tok_start - 1
        between = 0
        while i >= 0 and (i in s.entity_toks or s.toks[i].text in ("-", "‐", "'s", "’s")):
            i, between = i - 1, between + 1
        return between > 0 and i >= 0 and s.lower[i] == "the"

    def _object_ok(self, s: Sentence, t: Match) -> bool:
        """'menerima'/'received' is a meeting only with a person as its object ("Xi menerima Blinken")."""
        if t.entry.get("object") != "person":
            return True
        in_window = [m for i in range(t.tok_end, min(t.tok_end + 5, len(s.toks))) for m in s.at.get(i, ())]
        persons = [m for m in in_window if m.entry.type in ("Person", "Office")]
        if not persons or any(m.entry.type in ("WeaponCategory", "WeaponModel") for m in in_window):
            return False
        # "Xi called Indonesia a good friend", "called the call a good thing": naming, not calling
        after = persons[-1].tok_end
        return not (after < len(s.toks) and s.lower[after] in ("a", "an", "the", "“", '"', "sebagai"))

    def _anaphoric_ref(self, s: Sentence) -> bool:
        return any(w in ("itu", "that", "this", "tersebut", "it") for w in s.lower)

    # ---------------------------------------------------------------- Meeting / PhoneCall
    def _communication_event(self, s, sents, ex, comm, dates, log: _EventLog, title_phone, lo, hi) -> Event | None:
        trig = comm[0]
        role_set = {t.entry.get("role") for t in comm}
        relative_place = None
        own_lo = lo
        if any(lo <= c.tok_start < hi for c in s.cues("collective")):
            return None  # "berbicara dengan dua pemimpin negara ...": a summary of several events
        if self._definite_reference(s, trig):
            self._continuation(s, ex, dates, log)
            return None  # "The venue for the Biden-Xi meeting ...": an event already spoken of
        opener = s.lower[lo] if lo < len(s.toks) else ""
        if lo > 0 and s.lower[lo - 1] == "," and opener in RELATIVES:
            # ", who held talks with Xi in Beijing earlier this month,": the relative clause ends at its comma
            hi = next((i for i in range(trig.tok_end, hi) if s.toks[i].text == ","), hi)
            if opener in ("where", "tempat"):
                relative_place = next((m.entry.id for m in s.of("City", "Region") if m.tok_end == lo - 1), None)
        if lo > 0 and (s.lower[lo - 1] in SUBORDINATORS or s.lower[lo - 1] in RELATIVES or opener in RELATIVES) and \
                not any(m.entry.type == "Person" for i in range(lo, trig.tok_start) for m in s.at.get(i, ())):
            # "Jokowi mengatakan usai bertemu Xi", "Macron, who held talks with Xi": the subject
            # stands before the subordinate clause
            lo = self._main_clause_start(s, lo - 1 if s.lower[lo - 1] != "," else lo - 1)
        if self._planned(s, trig, lo) or self._negated(s, trig):
            return None
        if any(self._future(ex, d) for d in dates if lo <= self._tok_at(s, d.start) < hi):
            return None  # "Xi would travel to the United States from Nov 14": after publication, so planned
        participants, place, claimers = self._actors(s, ex, lo, hi)
        place = place or relative_place
        if any(w in ("saya", "aku", "kami", "i", "we") for w in s.lower[lo:hi]):
            # "Pada hari Rabu, saya menelepon Presiden Zelensky," ujar Jokowi: the quoted speaker takes part
            for c in claimers:
                if ex.entry(c) and ex.entry(c).type == "Person" and c not in participants:
                    participants.insert(0, c)
        if s.lower and s.lower[0] in ("ia", "dia", "beliau", "he", "she") and s.index > 0:
            # "Ia mengatakan telah melakukan percakapan telepon dengan Scholz": he = the previous subject
            subj = self._previous_subject(ex, s.index)
            if subj and subj not in participants:
                participants.insert(0, subj)
        parties = self._parties(participants, ex)
        anaphor = s.cues("anaphor")
        talks_only = role_set == {"talks"}
        if len(parties) < 2 or (talks_only and anaphor):
            prev_comm = log.comm
            new_date = self._event_date(s, [d for d in dates if lo <= self._tok_at(s, d.start) < hi], trig, "Meeting")
            if prev_comm and anaphor and new_date and not compatible(new_date, prev_comm[-1].date) \
                    and not any(c.text.lower().endswith(("itu", "ini", "tersebut")) for c in anaphor):
                # "Keduanya pertama kali bertemu di Vladivostok pada April 2019": the same pair, another meeting
                base = prev_comm[-1]
                etype = "PhoneCall" if "phone" in role_set else "Meeting"
                ev = Event(etype, participants=list(base.participants), place=place if etype == "Meeting" else None,
                           date=new_date, claimed_by=claimers, sentence_index=s.index)
                ev.evidence.append(Evidence(s.span.start, s.span.end, s.text, f"{etype.lower()}.anaphor"))
                return ev
            if prev_comm and (anaphor or len(parties) < 2):
                # A continuation of an earlier event ("Pertemuan itu ...", "the call"): dates, claimers.
                target = prev_comm[-1]
                if "phone" in role_set:
                    if log.calls:
                        target = log.calls[-1]
                    elif target.evidence[0].rule == "talks.trigger" and target.place is None and anaphor:
                        # "... melakukan pembicaraan dengan ..." then "panggilan telepon itu": the talks were a call
                        log.retype_as_call(target)
                        target.evidence[0].rule = "talks.phone-anaphor"
                self._attach(target, s, ex, dates, claimers, place if target.type == "Meeting" else None)
            return None
        # Type: explicit phone words win; 'talks' are typed by place and context.
        if "phone" in role_set:
            etype, rule = "PhoneCall", "phone.trigger"
        elif "meeting" in role_set:
            etype, rule = "Meeting", "meeting.trigger"
        else:
            etype, rule = "Meeting", "talks.trigger"
            if place is None and (title_phone or self._phone_nearby(sents, s.index)):
                etype, rule = "PhoneCall", "talks.phone-context"
        ev = Event(etype, participants=participants, place=place if etype == "Meeting" else None,
                   claimed_by=claimers, sentence_index=s.index)
        ev.venue = any(s.lower[i] in ("di", "at", "in") and i + 1 < hi and s.toks[i + 1].text[:1].isupper()
                       and i + 1 not in s.known for i in range(own_lo, hi - 1))
        ev.evidence.append(Evidence(s.span.start, s.span.end, s.text, rule))
        ev.date = self._event_date(s, [d for d in dates if own_lo <= self._tok_at(s, d.start) < hi], trig, etype)
        if ev.date is None:
            ev.date, inherited_place = self._relative_to_previous(s, log, participants, own_lo, hi)
            if etype == "Meeting" and ev.place is None:
                ev.place = inherited_place
        return ev

    _SAME_DAY = ("pada hari yang sama", "the same day", "on the same day", "hari yang sama")
    _DAY_BEFORE = ("a day earlier", "the day before", "sehari sebelumnya", "sehari sebelum", "the previous day")
    _DAY_AFTER = ("a day later", "the next day", "the following day", "keesokan harinya", "sehari kemudian", "sehari setelahnya")

    def _relative_to_previous(self, s: Sentence, log: _EventLog, participants, lo, hi):
        """"pada hari yang sama" / "a day earlier": a date relative to the previous event; it also
        shares that event's place when a participant is shared."""
        text = " ".join(s.lower)
        shift = 0 if any(p in text for p in self._SAME_DAY) else -1 if any(p in text for p in self._DAY_BEFORE) \
            else 1 if any(p in text for p in self._DAY_AFTER) else None
        if shift is None:
            return None, None
        base = next((e for e in reversed(log.comm) if e.date and len(e.date) == 10), None)
        if base is None:
            return None, None
        from datetime import timedelta

        d = (date.fromisoformat(base.date) + timedelta(days=shift)).isoformat()
        shared = {p for p in participants if p.startswith("person:")} & set(base.participants)
        return d, (base.place if shared else None)

    def _future(self, ex: Extraction, d: DateMention) -> bool:
        ref = ex.reference_date
        return ref is not None and d.granularity == "day" and d.value > ref.isoformat()

    def _main_clause_start(self, s: Sentence, i: int) -> int:
        """Start of the clause that a subordinate clause at token *i* hangs from."""
        j = i - 1
        while j >= 0 and s.lower[j] in (",",):
            j -= 1
        if j < 0:
            return i + 1
        a, _ = s.clause_bounds(j)
        return a

    def _previous_subject(self, ex: Extraction, index: int) -> str | None:
        """The first person named in the previous sentence."""
        for m in sorted(self._sents[index - 1].mentions, key=lambda m: m.start):
            if ex.entry(m.entity) and ex.entry(m.entity).type == "Person":
                return m.entity
        return None

    @staticmethod
    def _side(eid: str, ex: Extraction) -> str | None:
        """The party an actor stands for: a country or bloc itself, else its country."""
        e = ex.entry(eid)
        if e is None:
            return None
        return eid if e.type in ("Country", "Bloc") else e.country

    def _parties(self, participants, ex) -> set[str]:
        """The distinct parties of an event (a person without a known country counts alone).

        A set: callers use its size and inclusion only, never its order."""
        return {self._side(p, ex) or p for p in participants}

    def _phone_nearby(self, sents, i) -> bool:
        for t in sents[i + 1:i + 4]:
            if any(m.entry.get("role") == "phone" for m in t.of("Trigger")):
                return True
        return False

    def _planned(self, s: Sentence, trig: Match, lo: int | None = None) -> bool:
        """A meeting or call that is planned, expected, proposed or called for has not happened."""
        if trig.tok_start > 0 and s.lower[trig.tok_start - 1] == "to" and trig.entry.get("role") != "promise":
            return True  # "pressed Xi to speak with Zelensky", "plans to visit"
        if lo is None:
            lo = s.clause_bounds(trig.tok_start)[0]
        for c in s.cues("planned"):
            if lo <= c.tok_start < trig.tok_start or 0 <= c.tok_start - trig.tok_end <= 2 \
                    or c.text.lower() in ("next week", "next month", "mendatang", "upcoming"):
                return True
        return False

    def _negated(self, s: Sentence, trig: Match) -> bool:
        return any(0 <= trig.tok_start - c.tok_end <= 2 for c in s.cues("negation"))

    def _event_date(self, s: Sentence, dates: list[DateMention], trig: Match, etype: str) -> str | None:
        best = None
        for d in dates:
            if self._temporal_modifier(s, d):
                continue
            if etype != "WeaponSupplyAllegation" and self._statement_date(s, d) and self._has_date_line:
                continue
            if best is None or abs(self._tok_at(s, d.start) - trig.tok_start) < abs(self._tok_at(s, best.start) - trig.tok_start):
                best = d
        return best.value if best else None

    def _tok_at(self, s: Sentence, pos: int) -> int:
        """The first token ending after character *pos* (len(toks) if none)."""
        return bisect_right(s.tok_ends, pos)

    def _temporal_modifier(self, s: Sentence, d: DateMention) -> bool:
        i = self._tok_at(s, d.start)
        return any(s.lower[j] in ("sejak", "since", "sebelum", "before", "setelah", "after", "hingga", "until", "sampai",
                                  "menjelang", "selama", "during") for j in range(max(0, i - 3), min(i + 1, len(s.toks))))

    def _statement_date(self, s: Sentence, d: DateMention) -> bool:
        """'kata Kremlin dalam sebuah pernyataan, Sabtu (12/11/2022)' / 'said on Monday'."""
        i = self._tok_at(s, d.start)
        window = s.lower[max(0, i - 6):i]
        return any(w in window for w in ("pernyataan", "statement", "said", "says", "kata", "mengatakan", "laporan",
                                         "reported", "melaporkan", "told", "announced", "mengumumkan", "tambahnya", "added"))

    def _continuation(self, s: Sentence, ex: Extraction, dates, log: _EventLog) -> None:
        """Sentences that refer back to an event ('Kedua pemimpin ...', 'The call ...') add dates and sources."""
        if not log.events or log.events[-1].sentence_index < s.index - 3:
            return
        if s.cues("anaphor") or s.cues("unknown-date"):
            _, _, claimers = self._actors(s, ex)
            comm = log.comm
            if comm and comm[-1].sentence_index >= s.index - 3:
                self._attach(comm[-1], s, ex, dates, claimers, None)

    def _attach(self, ev: Event, s: Sentence, ex, dates, claimers, place) -> None:
        """A sentence that refers back to *ev* adds its date, claimers, place and evidence."""
        if s.cues("unknown-date"):
            ev.date_unknown = True
            ev.date = None
        elif not ev.date_unknown:
            anchors = [m.tok_start for m in s.matches if m.entry.type == "Trigger" or m.entry.get("cue") == "anaphor"]
            ref = ex.reference_date.isoformat() if ex.reference_date else None
            for d in dates:
                if self._temporal_modifier(s, d):
                    continue
                near = any(abs(self._tok_at(s, d.start) - a) <= 6 for a in anchors)
                # without a date line, the date a report carries is the best date there is (seed 004)
                undated_ref = ex.article.published is None and d.value == ref
                if (near and not self._statement_date(s, d)) or undated_ref:
                    ev.date = more_specific(ev.date, d.value) if compatible(ev.date, d.value) else ev.date
                    break
        for c in claimers:
            if c not in ev.claimed_by:
                ev.claimed_by.append(c)
        if place and ev.type == "Meeting" and ev.place is None and \
                any(m.entry.get("role") in ("meeting", "talks") for m in s.of("Trigger")):
            ev.place = place
        ev.evidence.append(Evidence(s.span.start, s.span.end, s.text, "continuation"))

    # ---------------------------------------------------------------- WeaponSupplyAllegation
    def _supply_events(self, s: Sentence, ex: Extraction, dates, log: _EventLog) -> None:
        """Claims that someone supplied, promised, admitted or denied weapons.

        For each supply/use/promise trigger the weapons must be in the trigger's clause
        ("Kyiv gave assurances that the missiles ..." is no supply of missiles)."""
        done: list[tuple[int, int]] = []  # clauses that already gave a claim
        for trig in [t for t in s.of("Trigger") if t.entry.get("role") in SUPPLY_ROLES]:
            lo, hi = s.clause_bounds(trig.tok_start)
            weapons = [w for w in s.of("WeaponCategory", "WeaponModel") if lo <= w.tok_start < hi]
            if not weapons or any(a <= trig.tok_start < b for a, b in done):
                continue
            last = max(w.tok_end for w in weapons)
            if trig.entry.get("nominal") and trig.tok_start < last and any(w in ("itu", "tersebut", "ini") for w in s.lower[last:last + 2]):
                continue  # "pengiriman tank itu ...": a reference back to a claim already made
            if trig.entry.get("role") == "use":
                # the used weapon is the object ("menggunakan drone X") or, passive, just before ("drone X digunakan");
                # weapons after "untuk menghantam"/"to strike" are targets
                weapons = [w for w in weapons if (0 <= w.tok_start - trig.tok_end <= 6 or 0 <= trig.tok_start - w.tok_end <= 3)
                           and not any(x in ATTACK_WORDS for x in s.lower[trig.tok_end:w.tok_start])]
                if not weapons or any(x in ("itu", "tersebut") for w in weapons for x in s.lower[w.tok_end:w.tok_end + 1]):
                    continue
            ev = self._supply_claim(s, ex, dates, log, trig, lo, hi, weapons)
            if ev:
                done.append((lo, hi))
                log.extend(ev)

    def _supply_claim(self, s, ex, dates, log: _EventLog, trig, lo, hi, weapons) -> list[Event]:
        role = trig.entry.get("role")
        promise = role == "promise" or self._planned(s, trig) or any(
            t.entry.get("role") == "promise" and lo <= t.tok_start < hi for t in s.of("Trigger"))
        use = role == "use"
        # a denial scopes over what follows it ("Iran menolak tuduhan ... bahwa Teheran mengirim ..."),
        # unless itself negated ("tidak membantah maupun membenarkan")
        deny = any(c.tok_start < hi and not any(0 <= c.tok_start - n.tok_end <= 1 for n in s.cues("negation"))
                   for c in s.cues("deny"))
        negated = any(0 <= trig.tok_start - c.tok_end <= 3 for c in s.cues("negation"))
        speakers = self._speakers(s, ex)
        if negated and not deny and not speakers:
            return []  # "tidak menyebutkan pasokan senjata": nobody claims anything
        actors = []  # (token, country-or-bloc id, kind)
        for eid, t0, t1, etype, kind in self._typed_mentions(s, ex):
            if not (lo <= t0 < hi) or self._attributed(s, t0) or self._topic(s, t0):
                continue
            e = ex.entry(eid)
            c = eid if etype in ("Country", "Bloc") else (e.country if e else None)
            if c and etype in ("Country", "Person", "Organization", "Bloc"):
                actors.append((t0, c, kind))
        supplier = recipient = None
        source = [c for t, c, k in actors if t > 0 and s.lower[t - 1] in ("dari", "from")]
        if role == "receive" or (source and role != "promise"):
            # "Rusia telah menerima kiriman rudal ... dari Iran"; "missiles from Iran"
            before = [c for t, c, k in actors if t < trig.tok_start]
            supplier = source[0] if source else None
            recipient = before[-1] if before and before[-1] != supplier else None
            if recipient is None and role != "receive":
                recipient = next((c for t, c, k in actors if t >= trig.tok_end and c != supplier and c not in source), None)
        elif use:
            # "Rusia menggunakan drone Shahed-136 Iran" / "Russia used Iranian drones"
            before = [c for t, c, k in actors if t < trig.tok_start]
            recipient = before[-1] if before else None
            origin = [c for t, c, k in actors if t > trig.tok_start and any(abs(t - w.tok_end) <= 1 for w in weapons)]
            origin += [c for t, c, k in actors if k == "demonym" and any(0 < w.tok_start - t <= 2 for w in weapons)]
            supplier = origin[0] if origin else next((w.entry.get("maker") for w in weapons if w.entry.get("maker")), None)
        if supplier is None and recipient is None and not use:
            before = [c for t, c, k in actors if t < trig.tok_start]
            after = [c for t, c, k in actors if t >= trig.tok_end]
            supplier = before[-1] if before else None
            if supplier is None:  # "Germany said ... it had sent", "Iran mengakui memasok ..."
                sp = [c for c in self._countries(speakers, ex) if c]
                supplier = sp[0] if sp else None
            if supplier is None and self._pronoun_before(s, lo, trig.tok_start):
                supplier = log.claims[-1].supplier if log.claims else None  # "it", "they": the last claim's supplier
            recipient = next((c for c in after if c != supplier), None)
            if recipient is None and len(before) >= 2 and before[-2] != before[-1]:
                supplier, recipient = before[-2], before[-1]
            if recipient is None:
                recipient = log.last_recipient_of(supplier)
        if not supplier or not recipient or supplier == recipient:
            return []
        accuse = bool(s.cues("accuse"))
        speaker_countries = self._countries(speakers, ex)
        if deny or (negated and speakers):
            stance = "denied"
        elif promise:
            stance = "promised"
        elif (s.cues("admit") or speakers) and supplier in speaker_countries and not accuse:
            stance = "admitted"
        elif accuse or speakers or use:
            stance = "alleged"
        else:
            return []  # the reporter's own background sentence, not a claim anyone makes
        claimers = list(speakers)
        if stance in ("admitted", "denied") and not claimers:
            claimers = [supplier]
        when = self._claim_date(s, dates, trig)
        claims = self._make_claims(s, weapons, supplier, recipient, stance, claimers, when, role, use)
        accusers = self._accusers(s, ex, lo)
        if stance == "denied" and accusers:
            # "Iran menolak tuduhan AS bahwa Teheran mengirim rudal": the accusation is a claim too
            claims += self._make_claims(s, weapons, supplier, recipient, "alleged", accusers, when, role, use)
        return claims

    def _accusers(self, s: Sentence, ex: Extraction, lo: int) -> list[str]:
        """Who makes the accusation in "tuduhan AS dan negara Eropa bahwa ..." / "US accusations that"."""
        cues = [c for c in s.cues("accuse") if c.tok_start < lo]  # in sentence order
        if not cues:
            return []
        actors = [m for m in self._typed_mentions(s, ex) if m[3] in ACTOR_TYPES]
        # the actors after the first accusation word (up to the clause) or just before it ("tuduhan AS" / "US accusations")
        first = cues[0]
        out = [eid for eid, t0, t1, etype, kind in actors
               if first.tok_end <= t0 < lo or (t1 == first.tok_start and etype != "Person")]
        # The actors after a later accusation word are after the first one too (already taken):
        # a later one only adds the actors just before it.
        ending_at: dict[int, list[str]] = {}
        for eid, t0, t1, etype, kind in actors:
            if etype != "Person":
                ending_at.setdefault(t1, []).append(eid)
        for c in cues[1:]:
            out.extend(ending_at.get(c.tok_start, ()))
        return _uniq(out)

    def _make_claims(self, s, weapons, supplier, recipient, stance, claimers, date_, role, use) -> list[Event]:
        cats: dict[str, str | None] = {}
        for w in weapons:
            cat = w.entry.get("category") if w.entry.type == "WeaponModel" else w.entry.id
            if cats.get(cat) is None:
                cats[cat] = w.entry.id if w.entry.type == "WeaponModel" else None
        if len(cats) > 1:
            cats.pop("weapon:weapons", None)
        out = []
        for cat, model in cats.items():
            ev = Event("WeaponSupplyAllegation", supplier=supplier, recipient=recipient, weapon=cat, weapon_model=model,
                       stance=stance, date=date_, claimed_by=list(claimers), sentence_index=s.index)
            ev.evidence.append(Evidence(s.span.start, s.span.end, s.text, f"supply.{'use' if use else role}.{stance}"))
            out.append(ev)
        return out

    def _pronoun_before(self, s: Sentence, lo: int, t: int) -> bool:
        return any(w in ("it", "they", "ia", "pihaknya", "mereka", "negara itu", "negaranya") for w in s.lower[lo:t])

    def _claim_date(self, s: Sentence, dates, trig) -> str | None:
        for d in dates:
            if self._temporal_modifier(s, d):
                continue
            return d.value
        return None

    def _countries(self, ids, ex) -> list[str]:
        """The sides of *ids*, each once, in the order of *ids*: the first one is used as a
        supplier, so the order must not depend on string hashing (a set's order does)."""
        return list(dict.fromkeys(c for c in (self._side(i, ex) for i in ids) if c))

    def _speakers(self, s: Sentence, ex: Extraction) -> list[str]:
        """Who says what the sentence reports (computed once per sentence; a shared list)."""
        if s.speakers is not None:
            return s.speakers
        spans = self._attribution_spans(s)
        out = [eid for eid, t0, t1, etype, kind in self._typed_mentions(s, ex)
               if etype in ACTOR_TYPES and self._attributed(s, t0)]
        if not out and s.index > 0 and any(s.lower[i] in ("he", "she", "ia", "dia", "beliau")
                                          for a, b in spans for i in range(a, b)):
            # "In a post on X, he said Iran had not delivered ...": he = the previous sentence's subject
            subj = self._previous_subject(ex, s.index)
            if subj:
                out.append(subj)
        s.speakers = _uniq(out)
        return s.speakers

    def _dispute_events(self, s: Sentence, ex, dates, log: _EventLog) -> list[Event]:
        """"Zelensky menyebut itu kebohongan", "menyebut bantahan Teheran sebagai kebohongan":
        someone calls an earlier claim (an admission, a denial, an account) false."""
        if log.last_undisputed is None:
            return []
        wanted = None
        if any(w in ("bantahan", "denial", "denials", "penyangkalan") for w in s.lower):
            wanted = "denied"
        elif any(w in ("pengakuan", "admission", "account", "klaim", "claim", "claims") for w in s.lower):
            wanted = "admitted"
        # the last denial or admission asked for, else the last of either, else the last claim
        ref = log.last_with_stance(wanted) if wanted else None
        ref = ref or log.last_with_stance("admitted", "denied") or log.last_undisputed
        speakers = [eid for eid, t0, t1, etype, kind in self._typed_mentions(s, ex)
                    if etype in ("Person", "Country", "Organization", "Bloc") and t0 < (s.cues("dispute")[0].tok_start)]
        ev = Event("WeaponSupplyAllegation", supplier=ref.supplier, recipient=ref.recipient, weapon=ref.weapon,
                   weapon_model=ref.weapon_model, stance="disputed", date=self._claim_date(s, dates, None),
                   claimed_by=[p for p in speakers if ex.entry(p) and ex.entry(p).type == "Person"] or speakers,
                   sentence_index=s.index)
        ev.evidence.append(Evidence(s.span.start, s.span.end, s.text, "supply.dispute"))
        return [ev]

    # ---------------------------------------------------------------- within-article merge
    def _dateline_place(self, ev: Event, ex: Extraction) -> None:
        """A meeting with no place takes the dateline city only where the text supports it:
        the city's country takes part, and the first report of the meeting is in the lead paragraph."""
        art = ex.article
        if ev.type != "Meeting" or ev.place or not art.dateline or ev.date_unknown or ev.venue:
            return  # "at the Vostochny Cosmodrome": somewhere the dateline city is not
        hits = [e for e, _ in self.lex.lookup(art.dateline) if e.type in PLACE_TYPES]
        if not hits or not ev.evidence:
            return
        city = hits[0]
        first_para = art.paragraphs[0] if art.paragraphs else None
        in_lead = first_para is not None and ev.evidence[0].start < first_para.end + 400
        ref = ex.reference_date
        recent = ev.date is None or (ref is not None and len(ev.date) == 10
                                     and 0 <= (ref - date.fromisoformat(ev.date)).days <= 7)
        if city.country in ev.participants and in_lead and recent:
            ev.place = city.id

    def _merge_within(self, raw: list[Event], ex: Extraction) -> list[Event]:
        """Reports of one event within the article become one: each report merges into the
        first earlier event that is the same (:meth:`_same`), else it is a new event.

        The earlier events that can be the same are looked up, not compared one by one (which
        was quadratic in a long article): a claim can only be the same as the one with its
        supplier, recipient, weapon and stance; a meeting or call is looked up in a
        :class:`_SameEventIndex`."""
        out: list[Event] = []
        claim_at: dict[tuple, int] = {}  # (supplier, recipient, weapon, stance) -> position in out
        index = _SameEventIndex()
        members: list[tuple[set[str], set[str]]] = []  # per position: its participants and claimers, as sets
        for ev in raw:
            if ev.type == "WeaponSupplyAllegation":
                at = claim_at.get((ev.supplier, ev.recipient, ev.weapon, ev.stance))
            else:
                parties = self._parties(ev.participants, ex)
                at = next((i for i in index.candidates(ev, parties) if self._same(out[i], ev, ex)), None)
            if at is None:
                at = len(out)
                out.append(ev)
                members.append((set(ev.participants), set(ev.claimed_by)))
                if ev.type == "WeaponSupplyAllegation":
                    claim_at[(ev.supplier, ev.recipient, ev.weapon, ev.stance)] = at
                else:
                    index.add(at, ev, parties)
                continue
            target = out[at]
            participants, claimers = members[at]
            for p in ev.participants:
                if p not in participants:
                    participants.add(p)
                    target.participants.append(p)
            for c in ev.claimed_by:
                if c not in claimers:
                    claimers.add(c)
                    target.claimed_by.append(c)
            target.place = target.place or ev.place
            if target.date_unknown or ev.date_unknown:
                target.date, target.date_unknown = None, True
            else:
                target.date = more_specific(target.date, ev.date)
            target.weapon_model = target.weapon_model or ev.weapon_model
            target.evidence.extend(ev.evidence)
            if target.type != "WeaponSupplyAllegation":
                index.update(at, target, self._parties(target.participants, ex))
        for ev in out:
            ev.participants = self._with_countries(ev.participants, ex)
            self._dateline_place(ev, ex)
        return out

    def _same(self, a: Event, b: Event, ex) -> bool:
        if a.type != b.type:
            return False
        if a.type == "WeaponSupplyAllegation":
            return (a.supplier, a.recipient, a.weapon, a.stance) == (b.supplier, b.recipient, b.weapon, b.stance)
        if not compatible(a.date, b.date) or (a.place and b.place and a.place != b.place):
            return False
        pa = {p for p in a.participants if ex.entry(p) and ex.entry(p).type == "Person"}
        pb = {p for p in b.participants if ex.entry(p) and ex.entry(p).type == "Person"}
        if pa and pb and not (pa <= pb or pb <= pa):
            return False
        ca, cb = self._parties(a.participants, ex), self._parties(b.participants, ex)
        return ca <= cb or cb <= ca

    def _with_countries(self, participants, ex) -> list[str]:
        out = list(participants)
        for p in participants:
            e = ex.entry(p)
            if e and e.type == "Person" and e.country and e.country not in out:
                out.append(e.country)
        return out


class _SameEventIndex:
    """Where to look for the earlier meeting or call that a report may be the same as
    (:meth:`Extractor._merge_within`), without comparing it with every one.

    Two reports are the same only if one's parties include the other's, so they share a party
    (unless one has none), and if their dates are compatible, so one's month, or year, is the
    other's. Events are filed under (type, party) and (type, party, month) — the year for a
    year-only date — and filed again when a merge gives them a party or a more specific date.
    Old entries stay: a lookup gives a superset, in order, and each candidate is then checked."""

    def __init__(self):
        self._of_type: dict[str, list[int]] = {}  # type -> positions
        self._partyless: dict[str, list[int]] = {}  # type -> positions of events with no party
        self._by_party: dict[tuple[str, str], list[int]] = {}  # (type, party) -> positions
        self._by_bucket: dict[tuple[str, str, str | None], list[int]] = {}  # (type, party, date bucket) -> positions
        self._filed: dict[int, set] = {}  # position -> the parties and (party, bucket) pairs it is filed under

    @staticmethod
    def _bucket(d: str | None) -> str | None:
        if d is None:
            return None
        if len(d) == 4:
            return d  # a year alone
        return d[:7] if len(d) in (7, 10) else "?"  # the month of a month or day date

    @staticmethod
    def _compatible_buckets(d: str) -> list[str | None] | None:
        """The buckets of every date compatible with *d* (None: cannot tell, look everywhere)."""
        if len(d) == 4:
            return [None, "?", d] + [f"{d}-{m:02d}" for m in range(1, 13)]
        if len(d) in (7, 10):
            return [None, "?", d[:4], d[:7]]
        return None

    def add(self, pos: int, ev: Event, parties: set[str]) -> None:
        self._of_type.setdefault(ev.type, []).append(pos)
        if not parties:
            self._partyless.setdefault(ev.type, []).append(pos)
        self._filed[pos] = set()
        self.update(pos, ev, parties)

    def update(self, pos: int, ev: Event, parties: set[str]) -> None:
        """File the event at *pos* under its parties and date as they are now."""
        filed, bucket = self._filed[pos], self._bucket(ev.date)
        for party in sorted(parties):
            if party not in filed:
                filed.add(party)
                self._by_party.setdefault((ev.type, party), []).append(pos)
            if (party, bucket) not in filed:
                filed.add((party, bucket))
                self._by_bucket.setdefault((ev.type, party, bucket), []).append(pos)

    def candidates(self, ev: Event, parties: set[str]) -> list[int]:
        """Positions of the events *ev* may be the same as, earliest first."""
        if not parties:
            return self._of_type.get(ev.type, [])
        found = set(self._partyless.get(ev.type, ()))
        buckets = self._compatible_buckets(ev.date) if ev.date is not None else None
        for party in parties:
            if buckets is None:
                found.update(self._by_party.get((ev.type, party), ()))
            else:
                for b in buckets:
                    found.update(self._by_bucket.get((ev.type, party, b), ()))
        return sorted(found)


def _uniq(xs):
    seen, out = set(), []
    for x in xs:
        if x and x not in seen:
            seen.add(x)
            out.append(x)
    return out


_DEFAULT: Extractor | None = None


def extract(article: Article, lexicon: Lexicon | None = None) -> Extraction:
    """Extract events and mentions from one article (the shipped lexicons by default)."""
    global _DEFAULT
    if lexicon is not None:
        return Extractor(lexicon).extract(article)
    if _DEFAULT is None:
        _DEFAULT = Extractor()
    return _DEFAULT.extract(article)
