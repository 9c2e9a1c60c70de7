"""Extraction stage 3: the clause-level context of a trigger (modality, subject, date).

The rules are methods of a mixin of :class:`kg.events.Extractor`; they share its
lexicon and the state of the article being extracted."""

from __future__ import annotations

from bisect import bisect_right

from kg.dates import DateMention
from kg.lexicon import Match
from kg.extraction import Extraction, Sentence


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
        in_window = [m for i in range(t.tok_end, min(t.tok_end + 5, len(s.toks))) for m in s.at.get(i, ())]
        if any(m.entry.get("cue") == "collective" for m in in_window):
            return True  # "menerima tamu negara", "received foreign leaders"
        persons = [m for m in in_window if m.entry.type in ("Person", "Office")]
        if not persons or any(m.entry.type in ("WeaponCategory", "WeaponModel") for m in in_window):
            return False
        # "Xi called Indonesia a good friend", "called the call a good thing": naming, not calling
        after = persons[-1].tok_end
        return not (after < len(s.toks) and s.lower[after] in ("a", "an", "the", "“", '"', "sebagai"))

    def _anaphoric_ref(self, s: Sentence) -> bool:
        return any(w in ("itu", "that", "this", "tersebut", "it") for w in s.lower)

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

    def _planned(self, s: Sentence, trig: Match, lo: int | None = None) -> bool:
        """A meeting or call that is planned, expected, proposed or called for has not happened."""
        if trig.tok_start > 0 and s.lower[trig.tok_start - 1] == "to" and trig.entry.get("role") != "promise":
            return True  # "pressed Xi to speak with Zelensky", "plans to visit"
        if lo is None:
            lo = s.clause_bounds(trig.tok_start)[0]
        for c in s.cues("planned"):
            if (c.text[:1].isupper() and c.tok_start > 0) or s.lower[c.tok_end:c.tok_end + 1] in (["itu"], ["tersebut"]):
                continue  # "by the end of May" (not "may"); "membantah rencana tersebut" (a plan spoken of)
            if lo <= c.tok_start < trig.tok_start or 0 <= c.tok_start - trig.tok_end <= 2 \
                    or c.text.lower() in ("next week", "next month", "mendatang", "upcoming"):
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
            if not any(s.lower[i] in self._CONTRAST or (s.lower[i] in (",", "dan", "and") and i + 1 < len(s.toks)
                                                        and s.lower[i + 1] not in ("yang", "which", "that", "bahwa"))
                       for i in between):
                return True
        return False

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
