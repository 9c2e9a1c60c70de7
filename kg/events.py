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
from datetime import date

from kg.article import Article
from kg.dates import compatible, find_dates, more_specific
from kg.lexicon import Lexicon, Match, load_lexicon
from kg.attribution import AttributionRules
from kg.claims import ClaimRules
from kg.clauses import ClauseRules
from kg.communication import CommunicationRules
from kg.extraction import Event, EventLog, Extraction, Sentence
from kg.mentions import MentionRules


class Extractor(MentionRules, AttributionRules, ClauseRules, CommunicationRules, ClaimRules):
    """The rule-based extractor: one article in, an :class:`Extraction` out."""

    def __init__(self, lexicon: Lexicon | None = None):
        self.lex = lexicon or load_lexicon()

    # ------------------------------------------------------------------ entry point
    def extract(self, article: Article) -> Extraction:
        ex = Extraction(article, self.lex)
        sents = [Sentence(s, i, self.lex) for i, s in enumerate(article.sentences())]
        ex.reference_date, ex.reference_coarse = self._reference_date(article, sents)
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
        log = EventLog()
        for s in sents:
            self._events_in(s, sents, ex, log, title_phone)
        ex.events = self._merge_within(log.events, ex)
        return ex

    def _reference_date(self, article: Article, sents: list[Sentence]) -> tuple[date | None, bool]:
        """The date relative dates are resolved against, and whether only its month is known.

        Never today: an article with no date of its own leaves relative dates unresolved."""
        if article.published:
            return article.published.date(), False
        # No date line: the most reliable date in the text is the first full explicit date ...
        anchor = next((date.fromisoformat(d.value) for s in sents for d in find_dates(s.text, None)
                       if d.granularity == "day"), None)
        coarse = False
        if article.published_month and (anchor is None or anchor.isoformat()[:7] != article.published_month):
            # ... unless it is not in the month the page gives (" date 2023-10"): then months and
            # years can be resolved, days cannot
            anchor, coarse = date.fromisoformat(article.published_month + "-01"), True
        if anchor and article.dateline_day:
            # "BEIJING, March 15 (Xinhua) -": the day of the report, in the year that puts it nearest the anchor
            month, day = article.dateline_day
            days = [d for y in (anchor.year - 1, anchor.year, anchor.year + 1) if (d := _day_or_none(y, month, day))]
            if days:
                return min(days, key=lambda d: abs((d - anchor).days)), False
        return anchor, coarse

    # ------------------------------------------------------------------ events
    def _events_in(self, s: Sentence, sents: list[Sentence], ex: Extraction, log: EventLog, title_phone: bool) -> None:
        """Add the events of sentence *s* to *log* (which holds every earlier event: the rules look back)."""
        triggers = s.of("Trigger")
        first_new = len(log.events)
        dates = find_dates(s.text, ex.reference_date, s.span.start, ex.reference_coarse)
        self._claims_in(s, ex, dates, log)
        if dates and s.cues("claim-anaphor") and s.cues("speech"):
            self._date_previous_claims(s, dates, log)
        comm = [t for t in triggers if t.entry.get("role") in ("phone", "meeting", "talks") and self._object_ok(s, t)]
        if not comm:
            self._continuation(s, ex, dates, log)
            self._attribute_back(s, ex, log, first_new)
            return
        by_clause: dict[tuple[int, int], list[Match]] = {}
        for t in comm:
            by_clause.setdefault(s.clause_bounds(t.tok_start), []).append(t)
        for (lo, hi), ts in by_clause.items():
            ev = self._communication_event(s, sents, ex, ts, dates, log, title_phone, lo, hi)
            if ev:
                log.add(ev)

    def _date_previous_claims(self, s: Sentence, dates, log: EventLog) -> None:
        """"Hal itu diungkap Departemen Luar Negeri AS, Kamis (24/8)", "The announcement was made
        on Monday": the undated claims of the sentence before were made on that date."""
        when = self._claim_date(s, dates, None)
        for ev in reversed(log.claims):
            if ev.sentence_index != s.index - 1:
                break
            if ev.date is None and when:
                ev.date = when

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
        out = self._fold_generic_claims(out)
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


def _day_or_none(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:  # "February 30"
        return None


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


_DEFAULT: Extractor | None = None


def extract(article: Article, lexicon: Lexicon | None = None) -> Extraction:
    """Extract events and mentions from one article (the shipped lexicons by default)."""
    global _DEFAULT
    if lexicon is not None:
        return Extractor(lexicon).extract(article)
    if _DEFAULT is None:
        _DEFAULT = Extractor()
    return _DEFAULT.extract(article)
