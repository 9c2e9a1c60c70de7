"""Extraction stage 3: the clause-level context of a trigger (modality, subject, date).

The rules are methods of a mixin of :class:`kg.events.Extractor`; they share its
lexicon and the state of the article being extracted."""

from __future__ import annotations

from bisect import bisect_right

from kg.dates import DateMention
from kg.lexicon import Match
from kg.extraction import RELATIVES, Extraction, Sentence


# Words before "wishes" that make it a greeting ("his best wishes to X"), not a wish to do something.
_GREETING = {"good", "best", "warm", "warmest", "kind", "his", "her", "their", "sincere", "heartfelt"}


# Verbs of setting off on a trip: what the trip is for ("untuk berkunjung ke AS") has not happened yet.
_DEPART = {"meninggalkan", "bertolak", "berangkat", "terbang", "left", "departed", "leaves", "departs", "flew", "flies"}


# Agreements reached: made at the meeting the sentence names, which therefore took place.
_AGREED = {"agreed to", "agree to", "sepakat", "sepakat untuk", "setuju untuk", "bersepakat", "menyepakati"}


class ClauseRules:
    """Where an event stands in its sentence: its main clause and subject, modality (planned, negated, future), its date."""

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
        start = self._past_adverbial(s, t.tok_end)  # "received on Monday his Somali counterpart ..."
        if start < len(s.toks) and s.lower[start] in ("a", "an") and start + 1 < len(s.toks) and \
                s.toks[start + 1].text[:1].islower() and start + 1 not in s.entity_toks:
            return False  # "received a cable from ...", "received a message from ...": a thing, not a guest
        in_window = [m for i in range(start, min(start + 5, len(s.toks))) for m in s.at.get(i, ())]
        if any(m.entry.get("cue") == "collective" for m in in_window):
            return True  # "menerima tamu negara", "received foreign leaders"
        if self._guest_object(s, t) is not None:
            return True  # "menyambut langsung kehadiran tamunya": the visitor the article tells of
        # (a person, an office, "his counterpart", "an Iranian delegation")
        persons = [m for m in in_window if m.entry.type in ("Person", "Office") or m.entry.get("cue") in ("counterpart", "official")]
        if not persons or any(m.entry.type in ("WeaponCategory", "WeaponModel") for m in in_window):
            return False
        # "Xi called Indonesia a good friend", "called the call a good thing": naming, not calling
        after = persons[-1].tok_end
        if t.entry.get("urge_to") and any(s.lower[k] == "to" and k + 1 < len(s.toks) and s.toks[k + 1].text[:1].islower()
                                          for k in range(after, min(after + 4, len(s.toks)))):
            return False  # "called on Xi to rein in North Korea": urging, not a courtesy call
        return not (after < len(s.toks) and s.lower[after] in ("a", "an", "the", "“", '"', "sebagai"))

    _DAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "senin", "selasa", "rabu",
             "kamis", "jumat", "sabtu", "minggu", "(", ")", "/", ","}

    def _past_adverbial(self, s: Sentence, i: int) -> int:
        """The first token from *i* past a time adverbial ("on Monday", "kemarin", "Senin (15/1)")."""
        j = i
        while j < len(s.toks) and j - i < 6 and (s.lower[j] in self._DAYS or s.lower[j].isdigit() or s.lower[j] in (
                "on", "pada", "hari", "yesterday", "today", "kemarin", "here", "this", "last", "morning", "afternoon",
                "evening", "pagi", "siang", "sore", "malam", "ini")):
            j += 1
        return j

    _GUEST = {"tamunya", "tamu", "kedatangannya", "kehadirannya", "kedatangan", "kehadiran", "guest", "guests",
              "visitor", "visitors"}

    def _guest_object(self, s: Sentence, t: Match) -> int | None:
        """The token of a word for the visitor right after a welcome ("menyambut langsung kehadiran tamunya",
        "welcomed his guest"), naming no one: the guest is the visitor told before. None if there is none."""
        if t.entry.get("object") != "person":
            return None
        for i in range(t.tok_end, min(t.tok_end + 4, len(s.toks))):
            if s.lower[i] in self._GUEST:
                nxt = i + 1
                if nxt < len(s.toks) and (nxt in s.entity_toks or s.toks[nxt].text[:1].isupper()):
                    return None  # "kedatangan Presiden Ramaphosa": the guest is named
                return i
            if i in s.entity_toks or s.lower[i] not in ("langsung", "secara", "resmi", "the", "his", "her", "their", "sang"):
                return None
        return None

    def _anaphoric_ref(self, s: Sentence) -> bool:
        return any(w in ("itu", "that", "this", "tersebut", "it") for w in s.lower)

    def _future(self, ex: Extraction, d: DateMention) -> bool:
        """*d* lies after the article's date (at the day, or at the month when only that is known)."""
        ref = ex.reference_date
        if ref is None or d.granularity != "day":
            return False
        if ex.reference_coarse:
            return d.value[:7] > ref.isoformat()[:7]
        return d.value > ref.isoformat()

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

    def _in_adjunct(self, s: Sentence, trig: Match) -> bool:
        """The trigger is a noun in an adverbial of time or place: "during their summit", "dalam pertemuan itu"."""
        if not self._noun_trigger(trig):
            return False
        i = trig.tok_start - 1
        while i >= 0 and s.lower[i] in ("their", "his", "her", "the", "a", "an", "its", "mereka", "keduanya", "bilateral"):
            i -= 1
        return i >= 0 and s.lower[i] in ("during", "at", "in", "dalam", "pada", "saat", "ketika", "selama", "di")

    def _noun_trigger(self, t: Match) -> bool:
        noun = getattr(self, "_noun", None)  # kg.communication knows a trigger's nouns
        return bool(noun and noun(t))

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

    def _planned(self, s: Sentence, trig: Match, lo: int | None = None) -> bool:
        """A meeting or call that is planned, expected, proposed or called for has not happened."""
        if trig.tok_start > 0 and s.lower[trig.tok_start - 1] == "to" and trig.entry.get("role") != "promise":
            return True  # "pressed Xi to speak with Zelensky", "plans to visit"
        if trig.tok_start > 0 and s.lower[trig.tok_start - 1] in ("untuk", "guna") and trig.entry.get("role") != "promise" \
                and not self._noun(trig) and any(w in _DEPART for w in s.lower[max(0, trig.tok_start - 8):trig.tok_start]):
            # "meninggalkan Manila untuk berkunjung ke AS": what a departure is for has yet to happen (but "berada
            # di Teheran untuk berkonsultasi dengan ..." is under way)
            return True
        if lo is None:
            lo = s.clause_bounds(trig.tok_start)[0]
        # in a headline every word is capitalised: "Jokowi Akan Bertemu Obama" ("May" there is still a month)
        title_case = self._kinds[s.index] == "heading" if getattr(self, "_kinds", None) else False
        for c in s.cues("planned"):
            if (c.text[:1].isupper() and c.tok_start > 0 and not (title_case and c.text.lower() != "may")) \
                    or s.lower[c.tok_end:c.tok_end + 1] in (["itu"], ["tersebut"]):
                continue  # "by the end of May" (not "may"); "membantah rencana tersebut" (a plan spoken of)
            if c.text.lower().startswith("wish") and c.tok_start > 0 and s.lower[c.tok_start - 1] in _GREETING:
                continue  # "expressed his good wishes to the newly elected ...": a greeting, not a wish to meet
            if c.text.lower() in _AGREED and self._in_adjunct(s, trig):
                continue  # "agreed to resume talks during their summit in Tokyo": agreed at a summit held
            # "told X in a call that Y would ...": the modal of what was said; "visited India to meet ...": the
            # purpose of the visit, which happened
            after = 0 <= c.tok_start - trig.tok_end <= 2 and not any(
                w in ("that", "bahwa") for w in s.lower[trig.tok_end:c.tok_start]) and not c.text.lower().startswith(
                ("to ", "untuk ")) and c.text.lower() not in ("gagal", "failed to")  # "the talks failed to ..." were held
            if lo <= c.tok_start < trig.tok_start or after \
                    or c.text.lower() in ("next week", "next month", "mendatang", "upcoming"):
                return True
        # "berada di Washington untuk membahas kunjungan ke Gedung Putih", "to discuss a visit": the event that
        # a purpose is about has yet to happen
        if self._noun_trigger(trig) and any(0 <= trig.tok_start - c.tok_end <= 2 and (
                c.text.lower().split()[0] in ("untuk", "to", "guna") and c.tok_end - c.tok_start > 1
                or c.tok_start > 0 and s.lower[c.tok_start - 1] in ("untuk", "to", "guna"))
                for c in s.cues("discuss") + s.cues("topic")):
            return True
        # "ahead of talks with ...", "a possible meeting", "menjelang kunjungan": only right before the trigger
        return any(0 <= trig.tok_start - c.tok_end <= 2 for c in s.cues("planned-near"))

    @staticmethod
    def _purpose_start(s: Sentence, t: Match, lo: int) -> int | None:
        """"met X on Tuesday to discuss a summit between Trump and Kim", "bertemu X untuk membahas
        rencana KTT": the purpose clause a trigger stands in (where its "to"/"untuk" is)."""
        for i in range(t.tok_start - 1, max(lo, t.tok_start - 8) - 1, -1):
            if s.lower[i] == "," or i in s.trigger_toks:
                return None  # "to discuss the result of the summit": up to the trigger, not past another one
            if s.lower[i] in ("to", "untuk", "guna") and i + 1 < len(s.toks) and s.toks[i + 1].text[:1].islower():
                return i
        return None

    def _negated(self, s: Sentence, trig: Match, hi: int | None = None) -> bool:
        """"tidak bertemu", "could not hold any structured meeting", "There was no conversation",
        "a bilateral meeting ... has not happened" (a negation after the trigger, in its clause)."""
        if any(0 <= trig.tok_start - c.tok_end <= 3 for c in s.cues("negation")):
            return True
        hi = len(s.toks) if hi is None else hi
        return any(trig.tok_end <= c.tok_start < hi for c in s.cues("negated-after"))

    _CONTRAST = {";", "namun", "but", "tetapi", "however", "sementara", "while", "meanwhile", "whereas"}

    def _denied(self, s: Sentence, trig: Match) -> bool:
        """Someone denies the event: "Kremlin membantah laporan yang menyebut Trump sudah melakukan
        panggilan telepon dengan Putin", "Peskov dismissed reports that Putin had spoken with Trump".
        The denial comes first and governs what follows, up to a contrast ("but", "namun")."""
        i = trig.tok_start - 1
        while i >= 0 and s.lower[i] in ("the", "a", "an", "his", "her", "their", "sebuah"):
            i -= 1
        if i >= 0 and s.lower[i] in ("dalam", "in", "during", "saat", "ketika", "selama", "lewat", "melalui", "via"):
            return False  # "membantah rencana itu dalam panggilan telepon dengan ...": where the denial was made
        for c in s.cues("deny"):
            if c.tok_end > trig.tok_start or any(0 <= c.tok_start - n.tok_end <= 1 for n in s.cues("negation")):
                continue  # after the trigger, or itself negated ("tidak membantah")
            between = range(c.tok_end, trig.tok_start)
            # (", and" or "dan" before a new clause ends the denial's reach; between names it does not: "denied
            # that Putin and Trump had spoken")
            if not any(s.lower[i] in self._CONTRAST or (s.lower[i] in (",", "dan", "and") and i + 1 < len(s.toks)
                                                        and s.lower[i + 1] not in ("yang", "which", "that", "bahwa")
                                                        and not (s.lower[i] != "," and s.toks[i + 1].text[:1].isupper()))
                       for i in between):
                return True
        return False

    # A year alone is the event's date only right beside its trigger ("bertemu pada 2016");
    # further away it dates something else ("territory seized by Soviet troops in 1945").
    _YEAR_REACH = 6

    def _clause_dates(self, s: Sentence, dates: list[DateMention], trig: Match, lo: int, hi: int) -> list[DateMention]:
        """The date expressions that may date the event of *trig*, whose clause is [lo, hi).

        Not those of a relative clause about someone else ("Obama, who arrived on Monday",
        "rakyat Indonesia yang terdampak banjir pada 25 November"). The main clause goes on
        after an apposition ("menelepon MBS, yang juga Perdana Menteri, Rabu malam, 10 Desember
        2025"), and a when-clause takes the date it hangs from ("made public on June 14, when
        Putin had a meeting with ...")."""
        n = len(s.toks)
        out = [d for d in dates if lo <= self._tok_at(s, d.start) < hi]
        if hi + 1 < n and s.lower[hi] == "," and s.lower[hi + 1] in RELATIVES:
            close = next((i for i in range(hi + 2, n) if s.toks[i].text == ","), None)
            if close is not None:
                a, b = close + 1, s.clause_bounds(close + 1)[1]
                out += [d for d in dates if a <= self._tok_at(s, d.start) < b]
        out = [d for d in out if not self._in_relative_clause(s, trig, self._tok_at(s, d.start))]
        if not out and lo >= 3 and s.lower[lo - 1] in self._WHEN and s.lower[lo - 2] == ",":
            out = [d for d in dates if self._tok_at(s, d.end - 1) == lo - 3]
        return out

    _WHEN = ("when", "ketika", "saat", "tatkala")

    def _in_relative_clause(self, s: Sentence, trig: Match, at: int) -> bool:
        """Token *at* stands in a relative clause, after the trigger, about an entity ("Obama,
        who arrived on Monday"), not about the event ("pertemuan yang digelar Senin", "talks
        with Lavrov which took place on Tuesday": an event-predicate cue opens the clause)."""
        for r in range(trig.tok_end, at):
            if s.lower[r] in RELATIVES:
                before = r - 2 if r >= 2 and s.lower[r - 1] == "," else r - 1
                if before in s.entity_toks and not any(s.toks[i].text == "," for i in range(r + 1, at)) \
                        and not any(c.tok_start == r + 1 for c in s.cues("event-predicate")):
                    return True
        return False

    def _event_date(self, s: Sentence, dates: list[DateMention], trig: Match, etype: str) -> str | None:
        best = self._nearest_date(s, dates, trig, etype)
        return best.value if best else None

    def _nearest_date(self, s: Sentence, dates: list[DateMention], trig: Match, etype: str) -> DateMention | None:
        """The date expression of the trigger's clause that dates the event: the nearest one,
        leaving out temporal modifiers ("sejak 2014") and, where the article has its own
        date, the date a statement was made ("kata Kremlin, Sabtu (12/11)")."""
        best, best_dist = None, None
        for d in dates:
            if self._temporal_modifier(s, d):
                continue
            if etype != "WeaponSupplyAllegation" and self._statement_date(s, d, trig) and self._has_date_line:
                continue
            dist = abs(self._tok_at(s, d.start) - trig.tok_start)
            if d.granularity == "year" and dist > self._YEAR_REACH:
                continue
            if best is None or dist < best_dist:
                best, best_dist = d, dist
        return best

    def _tok_at(self, s: Sentence, pos: int) -> int:
        """The first token ending after character *pos* (len(toks) if none)."""
        return bisect_right(s.tok_ends, pos)

    def _temporal_modifier(self, s: Sentence, d: DateMention) -> bool:
        """*d* dates something else the event is placed against: "sejak 2014", "before the
        summit on Monday", "ahead of talks on Friday" (the temporal-modifier cues, up to three
        tokens before the date)."""
        i = self._tok_at(s, d.start)
        return any(i - 3 <= c.tok_end - 1 and c.tok_start <= i for c in s.cues("temporal-modifier"))

    def _statement_date(self, s: Sentence, d: DateMention, trig: Match | None = None) -> bool:
        """'kata Kremlin dalam sebuah pernyataan, Sabtu (12/11/2022)' / 'said on Monday' /
        'kata juru bicara Gedung Putih John Kirby pada Rabu (13/3)': a speech cue among the six
        words before the date, not counting the names and offices of the speaker. Not when the
        trigger stands between them: "Erdogan told Putin in a telephone call on Saturday"."""
        i = self._tok_at(s, d.start)
        ends = {c.tok_end for c in s.cues("speech")}
        words, j = 0, i
        while j > 0 and words < 6 and j not in ends:
            j -= 1
            if j not in s.known:
                words += 1
        if j not in ends:
            return False
        return trig is None or not (j <= trig.tok_start < i)
