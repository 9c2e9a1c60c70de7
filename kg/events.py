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
from kg.comm_occasions import CommunicationOccasions
from kg.comm_parties import CommunicationParties
from kg.communication import CommunicationRules
from kg.extraction import RELATIVES, Event, EventLog, Extraction, Sentence
from kg.mentions import MentionRules


# Words inside the name of a summit or a list of them: "KTT ke-44 dan ke-45 ASEAN dan KTT terkait".
_SUMMIT_GLUE = {"ke", "-", "dan", "and", "(", ")", "the", "of", "ke-", "th", "st", "nd", "rd", "serta", "'s", "’s"}


# Words that tell an event as someone's report or claim, not as fact.
_REPORTED = re.compile(r"(?i)\b(reports? (of|that)|reportedly|claim(s|ed)?|alleged(ly)?|rumou?rs?|laporan|kabar|"
                       r"dikabarkan|klaim|mengklaim|diklaim|isu|rumor)\b")  # not "..., state media reported"


class Extractor(MentionRules, AttributionRules, ClauseRules, CommunicationParties, CommunicationOccasions,
                CommunicationRules, ClaimRules):
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
        self._published_day = article.published.date().isoformat() if article.published else None  # (claims said now)
        title_phone = bool(article.title and re.search(r"(?i)telepon|telpon|phone|call", article.title))
        self._sents = sents  # of the article being extracted, as _has_date_line
        self._sent_starts = [s.span.start for s in sents]
        self._travel_sents = None  # the sentences that tell of a trip (kg.mentions._visit_place, on first use)
        self._ceremony_at = None  # the sentence of the last arrival ceremony (kg.communication)
        self._title_phone = title_phone
        self._kinds = self._sentence_kinds(article, sents)
        last_body = max((i for i, k in enumerate(self._kinds) if k == "body"), default=len(sents))
        ex.aside_spans = [(s.span.start, s.span.end) for s, k in zip(sents, self._kinds)
                          if k == "nav" or (k == "heading" and last_body < s.index < len(sents) - 1
                                            and sum(t.text[:1].isalpha() for t in s.toks) <= 14)]
        for s in sents:
            first = len(ex.mentions)
            self._discover_persons(s, ex)
            self._discover_places(s, ex)
            s.mentions = ex.mentions[first:]
        self._short_names(sents, ex)
        self._home_ministers(ex)
        for s in sents:
            self._entity_mentions(s, ex)
        log = EventLog()
        for s in sents:
            self._events_in(s, sents, ex, log, title_phone)
        self._refers_to_plan(log.events, ex)
        # the plans and denials the body tells: a headline of the same pair names them, not a meeting held
        self._untold = [e for e in log.events if (e.planned or e.denied) and not e.weak and e.type != "WeaponSupplyAllegation"]
        merged = self._merge_within([e for e in log.events if not e.planned], ex)
        self._article_claimants(merged, ex)
        ex.denied = [e for e in merged if e.denied]
        ex.events = [e for e in merged if not e.denied and not self._denied_report(e, ex.denied, ex)]
        return ex

    _CLOSING = tuple('.!?…"”’\')»')

    def _sentence_kinds(self, article: Article, sents: list[Sentence]) -> list[str]:
        """Per sentence: "body"; "heading", a paragraph of one sentence without closing punctuation
        (a headline, a section title, a teaser); "nav", such a line as an item of a list of links
        ("- Jokowi Dipecat PDIP ..."); or "caption", a photo caption ("FILE PHOTO: ...", "(kiri)")."""
        paragraphs = set()
        for p in article.paragraphs:
            a, b = p.start, p.end
            while a < b and article.text[a].isspace():
                a += 1
            while b > a and article.text[b - 1].isspace():
                b -= 1
            paragraphs.add((a, b))
        # a related-link label alone on its line ("Baca juga:") makes the next line a link, not a headline
        labels = [r.end for r in article.removed if r.reason == "related link" and r.text.rstrip().endswith(":")]
        kinds = []
        for s in sents:
            if s.cues("caption"):
                kinds.append("caption")
            elif (s.span.start, s.span.end) in paragraphs and not s.text.endswith(self._CLOSING):
                linked = any(0 <= s.span.start - end and not article.text[end:s.span.start].strip() for end in labels)
                if linked:
                    labels.append(s.span.end)  # the links listed under the label, one a line
                kinds.append("nav" if s.text[:1] in "-•–—*·" or linked else "heading")
            else:
                kinds.append("body")
        for i in range(len(sents) - 1):
            # "Putin and Xi shake hands at the Kremlin, March 21, 2023. (AP Photo/...)": the credit that closes
            # a caption makes the sentence before it on the same line a caption too
            nxt = sents[i + 1]
            if kinds[i + 1] == "caption" and len(nxt.toks) <= 10 and nxt.cues("caption") and \
                    "\n" not in article.text[sents[i].span.end:nxt.span.start]:
                kinds[i] = "caption"
        return kinds

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
        if dates and (s.cues("claim-anaphor") or self._names_earlier_statement(s)) and (s.cues("speech") or s.cues("speech-passive")):
            self._date_previous_claims(s, dates, log)
        kind = self._kinds[s.index]
        if kind in ("caption", "nav"):
            if log.collective is not None and log.collective.sentence_index == s.index - 1:
                log.collective.sentence_index = s.index  # links between a list of guests and its sequel
            return  # a photo caption shows an event, often an old one; a list of links is not the article
        if log.collective is not None and s.cues("list"):
            listed = self._listed_guests(s, ex, log)
            if listed:
                log.extend(listed)
                return
        comm = [t for t in triggers if t.entry.get("role") in ("phone", "meeting", "talks", "contact")
                and self._object_ok(s, t) and not self._sideline(s, t) and not self._talks_about(s, t)]
        if not comm:
            self._continuation(s, ex, dates, log)
            self._attribute_back(s, ex, log, first_new)
            return
        by_clause: dict[tuple, list[Match]] = {}
        for t in comm:
            lo, hi = s.clause_bounds(t.tok_start)
            if 0 < lo and s.lower[lo - 1] == "," and s.lower[lo] in RELATIVES:
                # "The two leaders, who first met in 2010, held an informal dinner on Monday": past the comma
                # that closes the relative clause, the trigger is the main clause's
                close = next((k for k in range(lo + 1, t.tok_start) if s.toks[k].text == ","), None)
                if close is not None:
                    lo = self._main_clause_start(s, lo - 1)
            own = None
            if any(lo <= o.tok_start < t.tok_start for o in comm):
                # "Keduanya membahas ... rencana kunjungan Putin ke Indonesia": a planned meeting named inside
                # the clause of another event is an event of its own (the topic of the talks) ...
                cue = next((c.tok_start for c in s.cues("planned") + s.cues("planned-near")
                            if 0 <= t.tok_start - c.tok_end <= 1), None)
                if cue is None:
                    cue = self._purpose_start(s, t, lo)  # ... and so is "to discuss a summit" after "met"
                own = cue if cue is not None and any(lo <= o.tok_start < cue for o in comm) else None
            by_clause.setdefault((lo, hi, own), []).append(t)
        found: list[Event] = []
        for (lo, hi, own), ts in by_clause.items():
            if own is None:  # the clause ends where a planned event of its own begins
                hi = min([o for (a, b, o) in by_clause if o is not None and (a, b) == (lo, hi)] + [hi])
            found.extend(self._communication_event(s, sents, ex, ts, dates, log, title_phone, own or lo, hi))
        for ev in found:
            ev.weak = kind == "heading"
            log.add(ev)

    def _talks_about(self, s: Sentence, t: Match) -> bool:
        """"Moon talked about North Korea's abductions", "berbicara tentang ...": speaking of a topic,
        not talking with someone."""
        if t.entry.get("role") != "talks" or self._noun(t) or t.tok_end >= len(s.toks) or t.text.lower().startswith("held"):
            return False  # "held talks on Ukraine": talks held, whatever they were on
        if s.lower[t.tok_end] == "on" and self._past_adverbial(s, t.tok_end) > t.tok_end + 1:
            return False  # "spoke on Tuesday with Netanyahu": a day, not a topic
        return s.lower[t.tok_end] in ("about", "of", "on", "tentang", "mengenai", "soal", "perihal", "terkait")

    def _sideline(self, s: Sentence, t: Match) -> bool:
        """"di sela-sela KTT G20", "on the sidelines of the summit": the summit or visit is the occasion
        of another event, not a meeting of its own."""
        if any(0 <= t.tok_start - c.tok_end <= 3 for c in s.cues("sidelines")):
            return True
        # "menghadiri KTT G20", "attended the summit": a gathering attended is an occasion, not a meeting
        # between whoever attends it
        if not any(c.tok_start <= t.tok_start < c.tok_end for c in s.cues("occasion")):
            return False
        # ... also its second name in a list ("menghadiri KTT ke-44 dan ke-45 ASEAN dan KTT terkait"): only
        # names, numbers and list glue between the verb and the summit word
        return any(0 <= t.tok_start - c.tok_end <= 3 or (0 <= t.tok_start - c.tok_end <= 16 and all(
            s.toks[k].text[:1].isupper() or s.toks[k].text[:1].isdigit() or s.lower[k] in _SUMMIT_GLUE
            for k in range(c.tok_end, t.tok_start))) for c in s.cues("attend"))

    def _date_previous_claims(self, s: Sentence, dates, log: EventLog) -> None:
        """"Hal itu diungkap Departemen Luar Negeri AS, Kamis (24/8)", "The announcement was made
        on Monday": the undated claims of the sentence before were made on that date."""
        when = self._claim_date(s, dates, None)
        previous = []
        for ev in reversed(log.claims):  # the claims of the sentence before, without a scan of every claim
            if ev.sentence_index != s.index - 1:
                break
            previous.append(ev)
        # a denial with the accusation it denies: the statement is the denial (the accusation was made before)
        denial = any(ev.stance == "denied" for ev in previous)
        for ev in previous:
            if ev.date is None and when and not (denial and ev.stance == "alleged"):
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
        self._talks_as_calls(raw, ex)
        # Headline-like lines only confirm what the body reports: they come last, add no party,
        # and stand alone only in an article whose body reports no meeting or call at all.
        strong = [e for e in raw if not e.weak]
        body_comm = any(e.type != "WeaponSupplyAllegation" and not e.denied for e in strong)
        for ev in strong + [e for e in raw if e.weak]:
            if ev.type == "WeaponSupplyAllegation":
                at = claim_at.get((ev.supplier, ev.recipient, ev.weapon, ev.stance))
            else:
                parties = self._parties(ev.participants, ex)
                at = next((i for i in index.candidates(ev, parties) if self._same(out[i], ev, ex)), None)
            if ev.weak and at is not None:
                out[at].evidence.extend(ev.evidence)
                continue
            if ev.weak and (body_comm or not any(ex.entry(p) and ex.entry(p).type == "Person" for p in ev.participants)
                            or ev.type != "WeaponSupplyAllegation" and any(
                                len(parties & self._parties(u.participants, ex)) >= 2 for u in self._untold)):
                continue
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
        out = self._fold_generic_claims(out, ex)
        out = self._visits_absorbed(out, ex)
        for ev in out:
            ev.participants = self._with_countries(ev.participants, ex)
            self._visit_place(ev, ex)
            self._dateline_place(ev, ex)
        return out

    def _visits_absorbed(self, out: list[Event], ex: Extraction) -> list[Event]:
        """A visit to a country ("Kunjungan Blinken merupakan lawatan pertama ... ke China") is the
        occasion of the meetings the visitor held there: told beside such a meeting, it is part of it,
        whatever day of the visit it is dated to."""
        visits = [e for e in out if e.visit and e.type == "Meeting"]
        if not visits:
            return out
        others = [e for e in out if not e.visit and e.type == "Meeting" and not e.denied]
        keep = []
        for ev in out:
            if ev in visits:
                parties = self._parties(ev.participants, ex)
                persons = {p for p in ev.participants if ex.entry(p) and ex.entry(p).type == "Person"}
                host = next((o for o in others if parties <= self._parties(o.participants, ex)
                             and persons <= set(o.participants)), None)
                if host is not None:
                    host.evidence.extend(ev.evidence)
                    continue
            keep.append(ev)
        return keep

    def _refers_to_plan(self, events: list[Event], ex: Extraction) -> None:
        """A meeting or call the article first tells as planned, then names again by a noun with no
        date of its own ("Mahathir akan tiba ... dijemput Presiden Jokowi" ... "Jokowi melakukan
        penjemputan langsung di bandara"; "kunjungan Putin ke Turki"), is still that plan."""
        plans = _SameEventIndex()
        found = False
        referring: dict[int, list[Event]] = {}  # sentence -> the plans named again in it
        for i, ev in enumerate(events):
            if ev.type == "WeaponSupplyAllegation" or ev.denied:
                continue
            if ev.planned:
                if not ev.weak:  # a headline is no plan the body refers to
                    plans.add(i, ev, self._parties(ev.participants, ex))
                    found = True
            elif found and ev.date is None and not ev.date_unknown:
                earlier = [events[j] for j in plans.candidates(ev, self._parties(ev.participants, ex))
                           if events[j].sentence_index < ev.sentence_index and self._same(events[j], ev, ex)]
                if earlier and (ev.nominal or any(self._same(e, ev, ex) for e in referring.get(ev.sentence_index, ()))):
                    ev.planned = True  # ... and the rest of that sentence about it ("sehingga menjemput ...")
                    referring.setdefault(ev.sentence_index, []).append(ev)

    def _talks_as_calls(self, raw: list[Event], ex: Extraction) -> None:
        """Talks that no meeting word, no place and no other date set apart from a phone call between
        the same parties in the article were that call ("Trump spoke to Modi on Tuesday" ... "Trump's
        phone conversation with Modi"): they are retyped, and then merge with it."""
        calls = _SameEventIndex()
        found = False
        for i, ev in enumerate(raw):
            if ev.type == "PhoneCall":
                calls.add(i, ev, self._parties(ev.participants, ex))
                found = True
        if not found:
            return
        for ev in raw:
            if ev.type != "Meeting" or ev.place or not ev.evidence or ev.evidence[0].rule.split(".")[0] != "talks":
                continue
            ev.type = "PhoneCall"  # looked up as a call, and kept as one if it is the same as one
            if not any(self._same(raw[i], ev, ex) for i in calls.candidates(ev, self._parties(ev.participants, ex))):
                ev.type = "Meeting"

    def _denied_report(self, ev: Event, denied: list[Event], ex) -> bool:
        """"the spokesman termed the reports of a secret meeting between A and B baseless", "the paper had
        claimed the two leaders held a secret meeting": in an article that tells a denial of a meeting or
        call, another undated report of the same one is the claim denied, not a meeting held."""
        if ev.type == "WeaponSupplyAllegation" or not denied:
            return False
        if ev.date is not None and not (ev.evidence and _REPORTED.search(ev.evidence[0].text)):
            return False  # "... but the two did speak on 5 January": a dated event told as fact
        place, ev.place, ev.denied = ev.place, None, True  # where a denial is made is no place of the meeting
        try:
            twin = next((d for d in denied if self._same(d, ev, ex)), None)
        finally:
            ev.place, ev.denied = place, False
        if twin is not None:
            twin.evidence.extend(ev.evidence)
        return twin is not None

    def _same(self, a: Event, b: Event, ex) -> bool:
        if a.type != b.type:
            return False
        if a.type == "WeaponSupplyAllegation":
            return (a.supplier, a.recipient, a.weapon, a.stance) == (b.supplier, b.recipient, b.weapon, b.stance)
        if a.denied != b.denied or not compatible(a.date, b.date) or not self._places_compatible(a.place, b.place, ex):
            return False
        pa = {p for p in a.participants if ex.entry(p) and ex.entry(p).type == "Person"}
        pb = {p for p in b.participants if ex.entry(p) and ex.entry(p).type == "Person"}
        if pa and pb and not (pa <= pb or pb <= pa):
            return False
        ca, cb = self._parties(a.participants, ex), self._parties(b.participants, ex)
        return ca <= cb or cb <= ca

    @staticmethod
    def _places_compatible(a: str | None, b: str | None, ex) -> bool:
        """The same place, or a city and its country ("di Washington" and "di Amerika Serikat")."""
        if a is None or b is None or a == b:
            return True
        ea, eb = ex.entry(a), ex.entry(b)
        return (ea is not None and ea.country == b) or (eb is not None and eb.country == a)

    def _with_countries(self, participants, ex) -> list[str]:
        out = list(participants)
        for p in participants:
            e = ex.entry(p)
            if e and e.type == "Person" and e.country and e.country not in out and not self._serves_organisation(e, ex):
                out.append(e.country)
        return out

    @staticmethod
    def _serves_organisation(e, ex) -> bool:
        """At the article's date the person holds only posts of an international organisation (the
        UN Secretary-General takes part for the UN, not for Portugal)."""
        ref = ex.reference_date.isoformat() if ex.reference_date else None
        current = [p for p in e.get("positions") or () if (ref is None and p.get("end") is None) or (
            ref is not None and (p.get("start") or "")[:len(ref)] <= ref and (p.get("end") is None or ref[:len(p["end"])] <= p["end"]))]
        return bool(current) and all(p.get("org") and not p.get("country") for p in current)


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
