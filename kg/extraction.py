"""The model of one article's extraction, and the per-sentence view the rules work on.

An :class:`Extraction` holds an article's mentions (entity, offsets, rule) and events
(type, roles, date, place, claimants, evidence). A :class:`Sentence` is one sentence's
tokens and lexicon matches, with the lookups the rules need (by type, by token, clause
bounds). The word lists here are shared by the rule modules.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date

from kg.article import Article, Span
from kg.lexicon import TOKEN, Entry, Lexicon, Match

ACTOR_TYPES = {"Country", "Person", "Organization", "NewsOutlet", "Bloc"}
PLACE_TYPES = {"City", "Region"}
SPAN_TYPES = ACTOR_TYPES | PLACE_TYPES | {"Office", "Venue"}
TOPIC_WORDS = {"perang", "invasi", "konflik", "krisis", "war", "invasion", "conflict", "crisis", "situasi", "situation",
               "melawan", "against", "menginvasi", "invaded", "menyerang", "attacked", "sanksi", "sanctions", "terhadap",
               "atas", "tentang", "mengenai", "about", "regarding", "over", "ancaman", "threat", "bahaya", "danger",
               "serangan", "attacks"}
DIRECTIONS = {"eastern", "western", "northern", "southern", "central", "far", "north", "south", "east", "west", "the"}
SUPPLY_ROLES = {"supply", "use", "promise", "receive"}
ATTACK_WORDS = {"menghantam", "menyerang", "menargetkan", "menembak", "menembaki", "menghancurkan", "strike", "hit", "target",
                "attack", "destroy", "shoot", "against", "melawan", "terhadap"}
LOCATIVE_AT = {"di", "in", "at", "kota", "bertempat"}
LOCATIVE_ANY = LOCATIVE_AT | {"ke", "dari", "to", "from", "into", "menuju", "near", "dekat", "outside", "luar"}
SUBORDINATORS = {"sejak", "since", "sebelum", "before", "setelah", "sesudah", "after", "ketika", "when", "while", "saat",
                 "menyusul", "following", "usai", "seusai", "selagi", "sementara", "whereas", "meski", "meskipun", "although",
                 "though", "hingga", "until", "sehingga"}
RELATIVES = {"who", "which", "yang", "where", "tempat"}
QUANTITY_WORDS = {"beberapa", "puluhan", "ratusan", "ribuan", "jutaan", "sekitar", "lebih", "sejumlah", "seratus", "seribu"}
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
    # Modality: a planned or proposed meeting or call has not happened, and a denied one did not
    # happen; neither is an event. Planned ones are kept only while the article is read (later
    # sentences may refer back to them); denied ones are kept as claims (Extraction.denied).
    planned: bool = False
    denied: bool = False
    weak: bool = False  # from a headline-like line: kept only if the body does not report the event
    visit: bool = False  # a visit whose host is only the country visited ("a visit to Taiwan")
    nominal: bool = False  # named by a noun ("kunjungan Putin"), not told by a verb


@dataclass
class Extraction:
    article: Article
    lexicon: Lexicon
    events: list[Event] = field(default_factory=list)
    denied: list[Event] = field(default_factory=list)  # meetings and calls someone says did not happen
    mentions: list[Mention] = field(default_factory=list)
    discovered: dict[str, Entry] = field(default_factory=dict)
    reference_date: date | None = None
    reference_coarse: bool = False  # only the month of reference_date is known
    short_names: dict[str, str] = field(default_factory=dict)
    person_keys: dict[str, str] = field(default_factory=dict)  # discovered person: name without initials -> id
    pending_names: list = field(default_factory=list)  # one-word names after a title, decided after all full names
    # sentences that are not the article's text: items of link lists and the headlines that trail its last
    # paragraph ("Berita Terkait …", "Terpopuler …"); their names are not the article's persons and countries
    aside_spans: list = field(default_factory=list)

    def entry(self, eid: str | None) -> Entry | None:
        if eid is None:
            return None
        return self.discovered.get(eid) or self.lexicon.entities.get(eid)

    def name(self, eid: str | None) -> str | None:
        e = self.entry(eid)
        return e.name if e else None

    def names(self, ids) -> list[str]:
        return [self.name(i) for i in ids]

    def entity_ids(self, *types: str, text_only: bool = False) -> list[str]:
        """Ids of the mentioned entities of these types, in order of first mention (*text_only*: not
        counting mentions in the asides around the article: link lists, trailing headlines)."""
        seen: dict[str, None] = {}  # ordered, with constant-time membership
        aside = self.aside_spans if text_only else ()
        for m in self.mentions:
            if aside and any(a <= m.start < b for a, b in aside):
                continue
            if m.entity not in seen:
                e = self.entry(m.entity)
                if e and e.type in types:
                    seen[m.entity] = None
        return list(seen)

    def to_json(self) -> dict:
        """The gold schema of ``shared/gold/FORMAT.md``, plus evidence offsets, plus, when there are
        any, the meetings and calls someone denied (``denied_events``: they did not happen, so they
        are not events)."""
        events, denied = [], []
        for e in self.events + self.denied:
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
            # the gold schema has days and months only: a year alone ("pada 2016") is not a date there
            d["date"] = e.date if e.date and len(e.date) >= 7 else None
            d["claimed_by"] = self.names(e.claimed_by)
            if e.topics:
                d["topics"] = e.topics
            d["evidence"] = " ".join(ev.text for ev in e.evidence)
            d["evidence_spans"] = [{"start": ev.start, "end": ev.end, "rule": ev.rule} for ev in e.evidence]
            (denied if e.denied else events).append(d)
        countries = self.entity_ids("Country", text_only=True)
        for oid in self.entity_ids("Organization", text_only=True):
            o = self.entry(oid)
            # "the Pentagon", "Gedung Putih": a government body names its state
            if o.get("kind") in ("government", "military", "intelligence") and o.country and o.country not in countries:
                countries.append(o.country)
        out = {
            "persons": self.names(self.entity_ids("Person", text_only=True)),
            "countries": self.names(countries),
            "events": events,
        }
        if denied:
            out["denied_events"] = denied
        return out


@dataclass(slots=True)  # slots: a sentence makes one per token, and slotted objects are quicker to build
class Tok:
    start: int
    end: int
    text: str


class Sentence:
    """One sentence with its tokens and typed lexicon matches."""

    def __init__(self, span: Span, index: int, lex: Lexicon):
        self.span, self.index = span, index
        self.text = span.text
        base = span.start
        raw = [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(span.text)]
        self.toks = [Tok(a + base, b + base, t) for a, b, t in raw]
        self.lower = [t.lower() for _a, _b, t in raw]
        self.matches = lex.match(span.text, base, tokens=raw, lower=self.lower)
        self.tok_ends = [t[1] + base for t in raw]
        self.entity_toks: set[int] = set()  # tokens of a named thing (SPAN_TYPES)
        self.trigger_toks: set[int] = set()  # tokens of an event trigger
        self.known: set[int] = set()  # tokens of any lexicon match
        # Lookups by token, so rules that look next to a token do not scan every match of a long sentence.
        # Matches are in token order, so each list keeps the order of self.matches.
        self.at: dict[int, list[Match]] = {}  # first token -> matches starting there
        self.ending_at: dict[int, list[Match]] = {}  # end token -> matches ending there
        self._by_type: dict[str, list[Match]] = {}
        self._by_types: dict[tuple[str, ...], list[Match]] = {}
        self._by_cue: dict[str, list[Match]] = {}
        # one pass over the matches fills them all (in match order, as one pass per table did)
        for m in self.matches:
            kind = m.entry.type
            covered = range(m.tok_start, m.tok_end)
            if kind in SPAN_TYPES:
                self.entity_toks.update(covered)
            elif kind == "Trigger":
                self.trigger_toks.update(covered)
            self.known.update(covered)
            self.at.setdefault(m.tok_start, []).append(m)
            self.ending_at.setdefault(m.tok_end, []).append(m)
            self._by_type.setdefault(kind, []).append(m)
            if kind == "Cue":
                self._by_cue.setdefault(m.entry.data.get("cue"), []).append(m)
        self.spans: list[tuple[int, int]] | None = None  # attribution spans, filled on first use
        self.attributed: bytearray | None = None  # per token: inside an attribution span (with spans)
        self.speakers: list[str] | None = None  # _speakers, filled on first use
        # The mentions found in this sentence, in the order they were added to Extraction.mentions
        # (a mention never crosses a sentence boundary), so no rule scans the whole article's mentions.
        self.mentions: list[Mention] = []
        self.typed: list[tuple] | None = None  # _typed_mentions, filled on first use

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
            if w in CLAUSE_MARKERS or (w in SUBORDINATORS and not self._up_to(i)) or (w == "," and self._opens_clause(i + 1)):
                a = i + 1
                break
        for i in range(tok + 1, len(self.toks)):
            w = self.lower[i]
            if w in CLAUSE_MARKERS or (w in SUBORDINATORS and not self._up_to(i)) or (w == "," and self._opens_clause(i + 1)) \
                    or (w == "who" and self.toks[i - 1].text[:1].isupper()):
                b = i  # "... received the Speaker Marzouq Al-Ghanem who handed him a letter from ...": a relative clause
                break
        # a subordinate clause that starts a sentence ends at its comma: "Sebelum diterima Xi, Blinken ...",
        # also after a dateline: "REPUBLIKA.CO.ID, KAIRO -- Setelah menemui Trump ..., Raja Abdullah ..."
        first = self._after_dateline()
        if first < len(self.toks) and self.lower[first] in SUBORDINATORS:
            comma = next((i for i in range(first + 1, len(self.toks)) if self.toks[i].text == ","), None)
            if comma is not None:
                if tok < comma:
                    b = min(b, comma)
                else:
                    a = max(a, comma + 1)
        return a, b

    def _after_dateline(self) -> int:
        """The first token after a dateline that opens the sentence ("JAKARTA -", "REPUBLIKA.CO.ID, KAIRO --"), else 0."""
        cached = self.__dict__.get("_dateline_end")
        if cached is None:
            cached = self.__dict__["_dateline_end"] = self._find_dateline_end()
        return cached

    def _find_dateline_end(self) -> int:
        for i in range(min(len(self.toks), 10)):
            if self.toks[i].text in ("-", "--", "–", "—") and all(
                    not t.text[:1].islower() for t in self.toks[:i]):
                j = i + 1
                while j < len(self.toks) and self.toks[j].text in ("-", "–", "—"):
                    j += 1
                return j
        return 0

    def _up_to(self, i: int) -> bool:
        """"membeli hingga beberapa ratus drone": "hingga"/"sampai" before an amount means "up to"."""
        return self.lower[i] in ("hingga", "sampai") and i + 1 < len(self.toks) and (
            self.lower[i + 1][:1].isdigit() or self.lower[i + 1] in QUANTITY_WORDS)

    def _opens_clause(self, i: int) -> bool:
        return i < len(self.toks) and (self.lower[i] in SUBORDINATORS or self.lower[i] in RELATIVES
                                       or self.lower[i] in ("tidak", "not") and i + 2 < len(self.toks) and self.lower[i + 2] in SUBORDINATORS)


class EventLog:
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
        # "Prabowo menerima tamu negara ...": a host meeting several guests the text lists next
        # ("Mereka adalah ..."); the host's side of those meetings, with their place and date
        self.collective: Event | None = None
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


def slug(name: str) -> str:
    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


NAME_TOKEN = re.compile(r"^[A-ZÀ-Þ][\w'’-]*$")
NAME_PARTICLES = {"bin", "binti", "al", "al-", "el", "de", "da", "van", "von", "der", "di", "la", "le", "ibn", "abu", "Jr", "bin"}
ORG_WORDS = {"Kementerian", "Bidang", "Badan", "Dinas", "Kantor", "Direktur", "Direktorat", "Dewan", "Komisi", "Partai",
              "Universitas", "Provinsi", "Kabupaten", "Kota", "Statistik", "Distribusi", "Ministry", "Department",
              "Office", "Council", "Committee", "Agency", "Bureau", "University", "Party", "Luar", "Negeri", "Pertahanan",
              "Keamanan", "Nasional", "Republik", "Republic", "Federation", "Federasi", "Pusat", "Daerah", "Foreign",
              "Affairs", "Defence", "Defense", "State", "National", "Security", "General", "Staff", "Perdana", "Wakil"}
VENUE_WORDS = {"Istana", "Aula", "Wisma", "Gedung", "Hotel", "Kosmodrom", "Cosmodrome", "Palace", "Hall", "House", "Building",
                "Museum", "Bandara", "Airport", "Pangkalan", "Base", "Markas", "Kantor", "Kompleks", "Resort", "Villa",
                "Kedutaan", "Embassy", "Balai", "Graha", "Center", "Centre", "Stadium", "Stadion", "Universitas"}
NOT_NAMES = {"Presiden", "President", "Menteri", "Minister", "Dalam", "Pada", "Di", "The", "In", "On", "At", "Dan", "And",
              "Kata", "Said", "Kepala", "Juru", "Bicara", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu",
              "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Ia", "Dia", "He", "She", "It",
              "Namun", "However", "But", "Ketika", "When", "Sementara", "Meanwhile", "Itu", "Ini", "This", "That"}


def uniq(xs):
    seen, out = set(), []
    for x in xs:
        if x and x not in seen:
            seen.add(x)
            out.append(x)
    return out

