"""Extraction stage 4a: meetings and phone calls.

The rules are methods of a mixin of :class:`kg.events.Extractor`; they share its
lexicon and the state of the article being extracted."""

from __future__ import annotations

from datetime import date

from kg.dates import compatible, more_specific
from kg.extraction import PLACE_TYPES, RELATIVES, SUBORDINATORS, Event, EventLog, Evidence, Extraction, Sentence


class CommunicationRules:
    """Meetings and phone calls: a trigger with its parties, place, date and claimants."""

    _SAME_DAY = ("pada hari yang sama", "the same day", "on the same day", "hari yang sama")
    _DAY_BEFORE = ("a day earlier", "the day before", "sehari sebelumnya", "sehari sebelum", "the previous day")
    _DAY_AFTER = ("a day later", "the next day", "the following day", "keesokan harinya", "sehari kemudian", "sehari setelahnya")

    # ---------------------------------------------------------------- Meeting / PhoneCall
    def _communication_event(self, s, sents, ex, comm, dates, log: EventLog, title_phone, lo, hi) -> Event | None:
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
        when = self._nearest_date(s, self._clause_dates(s, dates, trig, lo, hi), trig, "Meeting")
        if when is not None and self._future(ex, when):
            # "Xi would travel to the United States from Nov 14": after publication, so planned; a later
            # date elsewhere in the clause ("... to attend the summit from September 9") is not the event's
            return None
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
            new_date = self._event_date(s, self._clause_dates(s, dates, trig, lo, hi), trig, "Meeting")
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
        ev.date = self._event_date(s, self._clause_dates(s, dates, trig, own_lo, hi), trig, etype)
        if ev.date is None:
            ev.date, inherited_place = self._relative_to_previous(s, log, participants, own_lo, hi)
            if etype == "Meeting" and ev.place is None:
                ev.place = inherited_place
        return ev

    def _relative_to_previous(self, s: Sentence, log: EventLog, participants, lo, hi):
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

    def _phone_nearby(self, sents, i) -> bool:
        for t in sents[i + 1:i + 4]:
            if any(m.entry.get("role") == "phone" for m in t.of("Trigger")):
                return True
        return False

    def _continuation(self, s: Sentence, ex: Extraction, dates, log: EventLog) -> None:
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
            # the words that name the event: a meeting or call trigger or an anaphor ("serangan Hamas
            # pada 7 Oktober" names an attack, and dates it, not the meeting)
            anchors = [m.tok_start for m in s.matches if m.entry.get("cue") == "anaphor" or (
                m.entry.type == "Trigger" and m.entry.get("role") in ("phone", "meeting", "talks"))]
            ref = ex.reference_date.isoformat() if ex.reference_date else None
            for d in dates:
                if self._temporal_modifier(s, d):
                    continue
                # beside the trigger or the anaphor, or in its clause ("The meeting took place at the
                # ministry in Jakarta on Friday", "Last night, Tillerson phoned me"), but not past a comma
                # that closes the phrase it stands in ("In a statement at the start of the meeting, Biden
                # mourned the victims of the attack of 7 October")
                at = self._tok_at(s, d.start)
                near = any(abs(at - a) <= 6 or (s.clause_bounds(a)[0] <= at < s.clause_bounds(a)[1] and not (
                    a < at and "," in s.lower[a:at])) for a in anchors)
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
