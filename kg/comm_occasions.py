"""Extraction stage 4a: what a meeting or call word is in its context.

Not every meeting word tells a meeting between its parties: a guest welcomed on arrival by a
minister is received by protocol, a visit to a naval base is a tour, "after the phone
conversation" is the call told before, and a date inside a quotation or of a participle ("the
partnership established last year") is not the event's. A visit verb's object city is where the
visit's meetings are. These predicates feed :mod:`kg.communication`.

The rules are methods of a mixin of :class:`kg.events.Extractor`; they share its
lexicon and the state of the article being extracted."""

from __future__ import annotations

from kg.extraction import EventLog, Sentence


class CommunicationOccasions:
    """Ceremonies, tours, the call told before, a visit's city, dates that are not the event's."""

    def _the_call_again(self, s: Sentence, comm, log: EventLog) -> bool:
        """"after the phone conversation", "during the call": a phone noun after "the" that names no party
        of its own ("with", "between" do not follow) is the call the article has told of."""
        if len(comm) != 1 or comm[0].entry.get("role") != "phone" or not self._noun(comm[0]):
            return False
        t = comm[0]
        if not log.calls or log.calls[-1].planned or log.calls[-1].denied or t.tok_start == 0:
            return False
        if s.lower[t.tok_start - 1] not in ("the", "that", "this"):
            return False
        return t.tok_end >= len(s.toks) or s.lower[t.tok_end] not in ("with", "between", "to", "from", "dengan", "antara")

    _ceremony_at: int | None = None
    _LEADER_KINDS = ("head_of_state", "head_of_government")

    def _ceremonial_welcome(self, s: Sentence, ex, comm, hi: int) -> bool:
        """"Ramaphosa tiba di Halim dan disambut oleh Menteri Perdagangan ...", "Obama, greeted by Foreign
        Minister Wang Yi on landing": a guest welcomed on arrival (this or the previous sentence tells it) by
        someone other than a head of state or government is received by protocol, not met. The host
        leader's own welcome ("disambut langsung oleh Presiden Jokowi") is a meeting."""
        trig = comm[0]
        if trig.entry.get("object") != "person" or len(comm) > 1:
            return False
        passive = trig.text.lower().startswith(("di", "was ", "were ")) or (
            trig.tok_end < len(s.toks) and s.lower[trig.tok_end] in ("by", "oleh"))
        arrival = s.cues("arrival") or (s.index > 0 and self._sents[s.index - 1].cues("arrival"))
        if not passive or not arrival:
            return False
        agents = [eid for eid, t0, t1, etype, kind in self._typed_mentions(s, ex)
                  if etype == "Person" and trig.tok_end <= t0 < hi]
        if not agents:
            return False
        offices = [m.entry for m in s.of("Office") if trig.tok_end <= m.tok_start < hi]
        for eid in agents:
            e = ex.entry(eid)
            offices += [self.lex.entities.get(p.get("office")) for p in (e.get("positions") or ()) if e is not None]
        return not any(o is not None and o.get("kind") in self._LEADER_KINDS for o in offices)

    def _facility_visit(self, s: Sentence, ex, comm) -> bool:
        """The only trigger is a visit by one side whose object is a facility ("visited a naval base",
        "mengunjungi pabrik"); two leaders touring a market together did meet."""
        if len(comm) != 1 or not comm[0].entry.get("visit"):
            return False
        t = comm[0]
        k = t.tok_end
        while k < len(s.toks) and k - t.tok_end < 3 and s.lower[k] in ("a", "an", "the", "sebuah", "to", "ke", "its", "his", "her"):
            k += 1
        if not any(c.tok_start == k for c in s.cues("facility")):
            return False
        return len({self._side(eid, ex) or eid for eid, t0, t1, etype, kind in self._typed_mentions(s, ex)
                    if etype == "Person" and t0 < t.tok_start}) < 2

    def _visited_city(self, s: Sentence, comm, hi: int) -> str | None:
        """"Kishida visited Kyiv and met Zelensky", "mengunjungi Beijing": the city a visit verb takes as its
        object is where the meetings of the visit are."""
        for t in comm:
            if t.entry.get("visit") and not self._noun(t) and t.tok_end < hi:
                city = next((m.entry.id for m in s.at.get(t.tok_end, ()) if m.entry.type == "City"), None)
                if city:
                    return city
        return None

    def _without_authors(self, s: Sentence, ex, comm, participants: list, hi: int) -> list:
        """"memberikan surat titipan dari Jokowi kepada Xi": who wrote the letter handed over is no party."""
        start = min(t.tok_end for t in comm)
        frm = next((k for k in range(start, min(hi, start + 4)) if s.lower[k] in ("dari", "from")), None)
        if frm is None:
            return participants
        end = next((k for k in range(frm + 1, hi) if s.lower[k] in ("kepada", "to", "untuk", ",")), hi)
        authors = {eid for eid, t0, t1, etype, kind in self._typed_mentions(s, ex) if frm < t0 < end}
        return [p for p in participants if p not in authors]

    # ---------------------------------------------------------------- dates that are not the event's
    @staticmethod
    def _quoted_relative(s: Sentence, d) -> bool:
        """'"I think the summit today and tomorrow will ...," Putin said': "today" inside a quotation is the
        speaker's day, which the article does not date."""
        if not any(w in d.text.lower() for w in ("today", "tomorrow", "hari ini", "besok", "this week", "pekan ini")):
            return False  # "Last night, Tillerson phoned me": the speaker's past day is the call's
        before = s.text[:max(0, d.start - s.span.start)]
        return (before.count('"') % 2 == 1) or before.count("“") > before.count("”")

    _AUX = {"was", "were", "is", "are", "been", "be", "had", "has", "have", "being"}

    def _date_of_modifier(self, s: Sentence, d, anchors) -> bool:
        """"under the partnership established last year", "perjanjian yang ditandatangani tahun lalu": the
        date of a participle that modifies a noun, not of the event the sentence refers back to."""
        at = self._tok_at(s, d.start)
        if at < 2 or at - 1 in anchors:
            return False
        verb, before = s.lower[at - 1], s.lower[at - 2]
        english = verb.endswith("ed") and before not in self._AUX and before.isalpha() and at - 2 not in anchors
        indonesian = verb.startswith("di") and before == "yang"
        return english or indonesian
