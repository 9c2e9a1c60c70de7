"""Extraction stage 4a: meetings and phone calls.

A meeting or call is a trigger (``kg/lexicons/triggers.jsonl``) with at least two parties in its
clause. The rules here decide whether it happened (planned, proposed and denied ones did not),
its type (talks are a call where the text speaks of the telephone; a mere "contact" only then),
and when a sentence without two parties of its own refers back to an event or tells another
occasion of the same pair. Who takes part is :mod:`kg.comm_parties`.

The rules are methods of a mixin of :class:`kg.events.Extractor`; they share its
lexicon and the state of the article being extracted."""

from __future__ import annotations

from datetime import date, timedelta

from kg.dates import compatible, find_dates, more_specific
from kg.extraction import PLACE_TYPES, RELATIVES, SUBORDINATORS, Event, EventLog, Evidence, Extraction, Sentence, uniq

# Words between a meeting noun heading its clause and the modal ("Lawatan Presiden Joko Widodo atau
# Jokowi ke Amerika Serikat (AS) sangat dinantikan ..."); English past-tense light verbs that tell an event
# as having happened ("Moon and Kim held the summit"); conjunctions of a "when" clause.
_BEFORE_MODAL = {"juga", "pun", "masih", "baru", "kemungkinan", "sangat", "telah", "sudah", "is", "was", "are", "were",
                 "atau", "or", "(", ")"}
_TOLD = {"held", "had", "hosted", "conducted", "attended", "concluded", "wrapped"}
_WHEN = {"when", "saat", "ketika", "as", "sewaktu", "tatkala"}


class CommunicationRules:
    """Meetings and phone calls: a trigger with its parties, place, date and claimants."""

    _SAME_DAY = ("pada hari yang sama", "the same day", "on the same day", "hari yang sama")
    _DAY_BEFORE = ("a day earlier", "the day before", "sehari sebelumnya", "sehari sebelum", "the previous day")
    _DAY_AFTER = ("a day later", "the next day", "the following day", "keesokan harinya", "sehari kemudian", "sehari setelahnya")

    # ---------------------------------------------------------------- Meeting / PhoneCall
    def _communication_event(self, s, sents, ex, comm, dates, log: EventLog, title_phone, lo, hi) -> list[Event]:
        """The meeting(s) or call(s) of the triggers *comm* of one clause [lo, hi) of *s*.

        Several when one party met or called several others in turn ("spoke separately with
        A and B", "held bilaterals with A, B and C"). Planned and denied ones are returned
        too, flagged: later sentences may refer back to them, and denied ones are kept as claims."""
        trig = comm[0]
        role_set = {t.entry.get("role") for t in comm}
        relative_place = None
        own_lo = lo
        # "Pada pertemuan dengan PM Australia, Anthony Albanese, dua pemimpin sepakat ...": "the two leaders"
        # after the adverbial that names the meeting are its pair, not guests of a host
        framed_pair = any(lo <= c.tok_start < hi and c.tok_start > trig.tok_end and "," in s.lower[trig.tok_end:c.tok_start]
                          for c in s.cues("collective")) and self._noun(trig)
        # "bertemu dengan pemimpin negara-negara: Australia, Jepang, India": the leaders are listed right there
        listed_here = any(lo <= c.tok_start < hi and c.tok_end < hi and (
            ":" in s.lower[c.tok_end:c.tok_end + 4] or any(w in ("including", "termasuk", "antara", "among", "antaranya")
                                                            for w in s.lower[c.tok_end:c.tok_end + 4]))
                          for c in s.cues("collective"))
        self._listed_guests_here = listed_here  # each leader listed is a meeting of its own (_split_counterparts)
        if not framed_pair and not listed_here and any(lo <= c.tok_start < hi for c in s.cues("collective")):
            # "berbicara dengan dua pemimpin negara ...": a summary of several events, which the next
            # sentences may list ("Mereka adalah ...")
            self._collective_host(s, ex, comm, dates, log, lo, hi)
            return []
        if self._virtual(s, comm):
            return []  # "bertemu secara virtual", "berkomunikasi atau bertukar pesan": no call or meeting
        if self._facility_visit(s, ex, comm):
            return []  # "Austin mengunjungi Komando Barat militer Filipina": a tour, not a meeting with the Philippines
        if self._ceremonial_welcome(s, ex, comm, hi):
            self._ceremony_at = s.index
            return []  # "tiba di Halim dan disambut oleh Menteri Perdagangan": an arrival ceremony, not talks
        if self._ceremony_at is not None and s.index - self._ceremony_at <= 2 and all(self._noun(t) for t in comm) and any(
                s.lower[t.tok_end:t.tok_end + 1] in (["tersebut"], ["itu"]) or (t.tok_start > 0 and s.lower[t.tok_start - 1] in (
                    "the", "prosesi", "upacara")) for t in comm):
            return []  # "Turut hadir dalam penyambutan tersebut ...": the same ceremony
        if self._the_call_again(s, comm, log):
            self._attach(log.calls[-1], s, ex, dates, [], None)
            return []  # "..., Abe told reporters after the phone conversation": the call told before
        if self._definite_reference(s, trig):
            self._continuation(s, ex, dates, log)
            return []  # "The venue for the Biden-Xi meeting ...": an event already spoken of
        opener = s.lower[lo] if lo < len(s.toks) else ""
        if lo > 0 and s.lower[lo - 1] == "," and opener in RELATIVES:
            # ", who held talks with Xi in Beijing earlier this month,": the relative clause ends at its comma
            hi = next((i for i in range(trig.tok_end, hi) if s.toks[i].text == ","), hi)
            if opener in ("where", "tempat"):
                relative_place = next((m.entry.id for m in s.of("City", "Region") if m.tok_end == lo - 1), None)
        fronted = None
        if lo > 0 and s.lower[lo - 1] in SUBORDINATORS and lo - 1 == s._after_dateline() and \
                not any(m.entry.type == "Person" for i in range(lo, trig.tok_start) for m in s.at.get(i, ())):
            # "Setelah menemui Trump beberapa waktu lalu, Raja Abdullah membangun ...": the subject of a clause
            # that opens the sentence is the main clause's, after its comma
            fronted = next((eid for eid, t0, t1, etype, kind in self._typed_mentions(s, ex)
                            if etype in ("Person", "Country") and t0 >= hi and not self._attributed(s, t0)), None)
        elif lo > 0 and (s.lower[lo - 1] in SUBORDINATORS or s.lower[lo - 1] in RELATIVES or opener in RELATIVES) and \
                not any(m.entry.type == "Person" for i in range(lo, trig.tok_start) for m in s.at.get(i, ())):
            # "Jokowi mengatakan usai bertemu Xi", "Macron, who held talks with Xi": the subject
            # stands before the subordinate clause
            lo = self._main_clause_start(s, lo - 1 if s.lower[lo - 1] != "," else lo - 1)
        hi = self._before_reporting_clause(s, trig, hi)
        framed = self._framed_end(s, ex, comm, lo, hi)
        if framed is not None:
            hi = framed  # "Dalam percakapan dengan Safadi, Bagheri menekankan ...": Safadi and Bagheri only
        planned, denied = self._modality(s, ex, comm, dates, lo, hi)
        between = self._between(s, comm, hi)
        if between is not None:
            lo, hi = between  # "percakapan antara Sisi dan pejabat militer Mesir": those two only
        planned = planned or self._planned_subject(s, trig, lo, hi)
        participants, place, claimers, visit_host = self._clause_parties(s, ex, comm, lo, hi)
        if any(t.entry.get("letter") for t in comm):
            participants = self._without_authors(s, ex, comm, participants, hi)
        if fronted and fronted not in participants:
            participants.insert(0, fronted)
        when = self._nearest_date(s, self._clause_dates(s, dates, trig, lo, hi), trig, "Meeting")
        if self._has_date_line and when is not None and self._future(ex, when):
            # "Xi would travel to the United States from Nov 14": after publication, so planned; a later
            # date elsewhere in the clause ("... to attend the summit from September 9") is not the event's
            planned = True
        place = place or relative_place or self._visited_city(s, comm, hi)
        parties = self._parties(participants, ex)
        if len(parties) < 2 and self._guest_object(s, trig) is not None:
            # "Prabowo menyambut langsung kehadiran tamunya": the visitor named in the last meeting told
            guest = next((p for e in reversed(log.comm) if not (e.planned or e.denied) and e.type == "Meeting"
                          for p in e.participants if ex.entry(p) and ex.entry(p).type == "Person"
                          and self._side(p, ex) not in parties), None)
            if guest is not None:
                participants = participants + [guest]
                parties = self._parties(participants, ex)
        if framed_pair and len(parties) < 2 and s.index > 0:
            subject = self._recent_subject(ex, s.index)  # the one the article is about, who met the counterpart
            if subject and subject not in participants:
                participants.insert(0, subject)
                parties = self._parties(participants, ex)
        anaphor = [c for c in s.cues("anaphor") if c.tok_start < hi]
        # (an anaphor after the talks verb is what they talked about: "membahas aliansi negara mereka")
        if len(parties) < 2 or (role_set <= {"talks", "contact"} and any(c.tok_start < trig.tok_start for c in anaphor)):
            return self._refer_back(s, sents, ex, comm, dates, log, role_set, anaphor, participants, place, claimers,
                                    lo, hi, planned, denied)
        typed = self._event_type(s, sents, role_set, place, title_phone)
        if typed is None:
            return []
        etype, rule = typed
        ev = Event(etype, participants=participants, place=place if etype == "Meeting" else None,
                   claimed_by=self._deniers(s, ex, claimers, trig) if denied else claimers, sentence_index=s.index,
                   planned=planned, denied=denied, visit=visit_host)
        # named by a noun ("kunjungan Putin ke Indonesia"), not told by a verb ("Moon and Kim held the
        # summit") nor set in a "when" clause: it may be the name of a plan told before
        ev.nominal = all(self._noun(t) for t in comm) and not (lo > 0 and s.lower[lo - 1] in _WHEN) and not any(
            s.lower[k] in _TOLD for t in comm for k in range(lo, t.tok_start)) or any(
            # "terhormat menerima Jokowi karena lawatan ini ...": the clause names an event already spoken of
            self._noun(t) and s.lower[t.tok_end:t.tok_end + 1] in (["ini"], ["itu"], ["tersebut"]) for t in comm)
        ev.venue = any(s.lower[i] in ("di", "at", "in") and i + 1 < hi and s.toks[i + 1].text[:1].isupper()
                       and i + 1 not in s.known for i in range(own_lo, hi - 1))
        ev.evidence.append(Evidence(s.span.start, s.span.end, s.text, rule))
        ev.date = self._event_date(s, self._clause_dates(s, dates, trig, own_lo, hi), trig, etype)
        if ev.date is None and own_lo > 0 and s.lower[own_lo - 1] in _WHEN | {"while", "selagi"}:
            # "... at Zhongnanhai in November 2014 while Obama paid a state visit to China": the time of the clause it hangs from
            ev.date = self._event_date(s, [d for d in dates if self._tok_at(s, d.start) < hi], trig, etype)
        if ev.date is None:
            ev.date, inherited_place = self._relative_to_previous(s, log, participants, own_lo, hi)
            if etype == "Meeting" and ev.place is None:
                ev.place = inherited_place
        return self._split_counterparts(s, ex, ev, comm, lo, hi)

    def _modality(self, s: Sentence, ex, comm, dates, lo: int, hi: int) -> tuple[bool, bool]:
        """(planned, denied) for the event of the triggers *comm* in the clause [lo, hi)."""
        trig = comm[0]
        # "(met X) to discuss a summit between A and B": a purpose is yet to happen, unless dated in the
        # past or told as held ("to discuss the result of the summit ... held Friday")
        clause_dates = [d for d in dates if lo <= self._tok_at(s, d.start) < hi]
        purpose = s.lower[lo] in ("to", "untuk", "guna") and self._purpose_start(s, trig, lo) == lo and not any(
            not self._future(ex, d) and d.granularity in ("day", "month") for d in clause_dates) \
            and not any(w in _TOLD for w in s.lower[trig.tok_end:hi])
        # (a date of the event after publication makes it a plan too: _communication_event, from the
        # event's own, nearest date, not any later date of the clause: "held talks ... for the summit
        # on September 9-10")
        planned = self._planned(s, trig, lo) or purpose
        denied = not planned and (self._negated(s, trig, hi) or self._denied(s, trig))
        return planned, denied

    def _clause_parties(self, s: Sentence, ex, comm, lo: int, hi: int):
        """(participants, place, claimers, visit host added) of the event in the clause [lo, hi)."""
        adjunct = self._adjunct(s, ex, comm, lo, hi)
        participants, place, claimers = self._actors(s, ex, lo, hi)
        if adjunct is not None:
            participants = [p for p in participants if p in adjunct]
        participants = self._without_regions(s, ex, participants, lo, hi)
        self._counterpart_countries(s, ex, participants, lo, hi)
        if {t.entry.get("role") for t in comm} == {"talks"} and not any(self._noun(t) for t in comm):
            participants = self._talkers(s, ex, comm, lo, hi, participants)
        visit_host = self._visit_host(s, ex, comm, lo, hi, participants)
        self._add_subject(s, ex, comm[0], lo, participants, claimers)
        return participants, place, claimers, visit_host

    def _event_type(self, s: Sentence, sents, role_set, place, title_phone) -> tuple[str, str] | None:
        """(type, rule): explicit phone words win; talks are a call where the text speaks of the
        telephone and no place is named; a mere contact ("menghubungi", "berkomunikasi dengan") is a
        call only there, and no event otherwise."""
        if "phone" in role_set:
            return "PhoneCall", "phone.trigger"
        if "meeting" in role_set:
            return "Meeting", "meeting.trigger"
        phone_context = title_phone or self._phone_nearby(sents, s.index)
        if "talks" in role_set:
            return ("PhoneCall", "talks.phone-context") if place is None and phone_context else ("Meeting", "talks.trigger")
        # a mere contact only right beside the telephone (a call told six sentences earlier says nothing of how
        # the ministry later "berkomunikasi dengan Dubes Saudi")
        headline_phone = any(self._kinds[k] == "heading" and any(m.entry.get("role") == "phone" for m in t.of("Trigger"))
                             for k, t in enumerate(sents[max(0, s.index - 6):s.index], max(0, s.index - 6)))
        return ("PhoneCall", "contact.phone-context") if title_phone or headline_phone or self._phone_nearby(
            sents, s.index, 3) else None

    def _collective_host(self, s: Sentence, ex, comm, dates, log: EventLog, lo: int, hi: int) -> None:
        """"Prabowo Subianto menerima tamu negara di Istana Merdeka, Jakarta": remember the host (the
        clause's person, else the previous subject), place and date for the guests listed next."""
        trig = comm[0]
        if self._planned(s, trig, lo) or self._negated(s, trig, hi) or "phone" in {t.entry.get("role") for t in comm}:
            return
        participants, place, claimers = self._actors(s, ex, lo, hi)
        hosts = [p for p in participants if ex.entry(p) and ex.entry(p).type == "Person"]
        if not hosts and s.index > 0:
            subject = self._recent_subject(ex, s.index)
            hosts = [subject] if subject else []
        if not hosts:
            return
        previous = log.collective
        if previous is not None and previous.sentence_index >= s.index - 3 and hosts[0] in previous.participants:
            previous.place = previous.place or place  # the same reception told again
            previous.claimed_by = uniq(previous.claimed_by + claimers)
            previous.evidence.append(Evidence(s.span.start, s.span.end, s.text, "meeting.collective"))
            return
        ev = self._new_event(s, "Meeting", hosts[:1], place, self._event_date(
            s, [d for d in dates if lo <= self._tok_at(s, d.start) < hi], trig, "Meeting"), claimers, "meeting.collective")
        log.collective = ev

    def _listed_guests(self, s: Sentence, ex, log: EventLog) -> list[Event]:
        """"Mereka adalah Wakil PM Australia Richard Marles, Menlu Inggris David Lammy ...": after a host
        received several guests, a list of them gives one meeting per guest."""
        host = log.collective
        if host is None or host.sentence_index < s.index - 3 or not any(c.tok_start <= 3 for c in s.cues("list")):
            return []
        host_side = self._side(host.participants[0], ex)
        out = []
        for eid, t0, t1, etype, kind in self._typed_mentions(s, ex):
            if etype != "Person" or self._attributed(s, t0) or self._side(eid, ex) == host_side:
                continue
            if any(eid in e.participants for e in out):
                continue
            ev = Event("Meeting", participants=list(host.participants) + [eid], place=host.place, date=host.date,
                       claimed_by=list(host.claimed_by), sentence_index=s.index)
            ev.evidence = [Evidence(s.span.start, s.span.end, s.text, "meeting.listed-guest")] + list(host.evidence)
            out.append(ev)
        host.sentence_index = s.index  # the list may go on in the next sentence ("Selain itu, ada ...")
        return out

    def _refer_back(self, s, sents, ex, comm, dates, log, role_set, anaphor, participants, place, claimers, lo, hi,
                    planned, denied) -> list[Event]:
        """A trigger without two parties of its own: "Pertemuan itu ...", "the call", "Keduanya
        bertemu ...", "The two leaders held a telephone conversation". It adds to the event it
        refers to, or, when it tells of another occasion of the same pair, is a new event."""
        trig = comm[0]
        prev_comm = log.comm
        etype = "PhoneCall" if "phone" in role_set else "Meeting"
        new_date = self._event_date(s, self._clause_dates(s, dates, trig, lo, hi), trig, etype)
        base = prev_comm[-1] if prev_comm else None
        demonstrative = any(c.text.lower().endswith(("itu", "ini", "tersebut")) for c in anaphor)
        # "Keduanya", "the two leaders", "mereka" as the subject of the trigger: the pair of an event told before
        pair = [c for c in anaphor if lo <= c.tok_start < trig.tok_start and not c.text.lower().endswith(
            ("itu", "ini", "tersebut")) and not c.text.lower().startswith(("the meeting", "the talks", "the call", "the phone",
                                                                            "the visit", "the conv"))]
        if planned or denied:
            if denied and base is not None and base.denied:
                self._attach(base, s, ex, dates, self._deniers(s, ex, claimers), None)
            if planned and pair and base is not None and role_set & {"phone", "meeting"}:
                # "Kedua pemimpin sepakat untuk bertemu langsung": a plan of the pair, which later
                # sentences may refer to ("kunjungan Putin ke Turki")
                ev = self._new_event(s, etype, base.participants, place, new_date, claimers, f"{etype.lower()}.planned")
                ev.planned = True
                return [ev]
            return []  # "Keduanya akan bertemu lagi", "Tidak ada percakapan": nothing happened
        if base is None and pair and role_set & {"phone", "meeting", "talks"}:
            # "The two leaders held a telephone conversation on Friday." with no event before it:
            # the two are the leaders the text has just named
            recent = self._recent_parties(ex, s.index, participants)
            if recent:
                return [self._new_event(s, etype, recent, place, new_date, claimers, f"{etype.lower()}.anaphor")]
        if base is None:
            return []
        if any(c.entry.get("role") in ("phone", "meeting") and c.tok_start > 0 and s.lower[c.tok_start - 1] in ("a", "an")
               for c in comm) and not demonstrative and not self._parties(participants, ex):
            # "Meanwhile, Erdogan congratulated his Kosovar counterpart ... the leaders discussed ... in a phone
            # call": a call told as new ("a call"), of leaders just named who are not the last event's pair
            recent = self._recent_parties(ex, s.index, participants)
            sides = self._parties(recent, ex)
            if recent and not sides <= self._parties(base.participants, ex):
                if new_date is None and s.index > 0:
                    # "Meanwhile, Erdogan on Monday congratulated his Kosovar counterpart ...": the day told of the pair
                    before = self._sents[s.index - 1]
                    told = [d for d in find_dates(before.text, ex.reference_date, before.span.start, ex.reference_coarse)
                            if not self._temporal_modifier(before, d)]
                    new_date = told[0].value if len(told) == 1 else None
                return [self._new_event(s, etype, recent, place, new_date, claimers, f"{etype.lower()}.new-pair")]
        explicit_other = (etype == "PhoneCall" and base.type == "Meeting" and "meeting" not in role_set) or \
                         (etype == "Meeting" and "meeting" in role_set and base.type == "PhoneCall")
        settled = (base.planned or base.denied) and role_set & {"phone", "meeting"}
        base_sides = self._parties(base.participants, ex)
        newcomer = [p for p in participants if p not in base.participants and ex.entry(p) and ex.entry(p).type == "Person"
                    and self._side(p, ex) in base_sides]
        if pair and newcomer and role_set & {"meeting", "phone"}:
            # "Setelah disambut Gubernur Jenderal, mereka melakukan pertemuan dengan PM Turnbull": the pair's
            # guest side meets another person of the host side
            host = self._side(newcomer[0], ex)
            guests = [p for p in base.participants if (self._side(p, ex) or p) != host]
            return [self._new_event(s, etype, guests + newcomer, place, new_date, claimers, f"{etype.lower()}.anaphor")]
        if (pair and (settled or explicit_other)) or (
                anaphor and not demonstrative and new_date and not compatible(new_date, base.date)):
            # "Keduanya pertama kali bertemu di Vladivostok pada April 2019": the same pair, another
            # occasion (another date, a meeting after a call, or what happened after a planned one)
            parts = list(base.participants) + [p for p in participants if p not in base.participants]
            return [self._new_event(s, etype, parts, place, new_date, claimers, f"{etype.lower()}.anaphor")]
        target = self._target(log, ex, participants) or base
        if "phone" in role_set:
            if log.calls and not (log.calls[-1].planned or log.calls[-1].denied):
                target = log.calls[-1]
            elif target.evidence[0].rule == "talks.trigger" and target.place is None and anaphor:
                # "... melakukan pembicaraan dengan ..." then "panggilan telepon itu": the talks were a call
                log.retype_as_call(target)
                target.evidence[0].rule = "talks.phone-anaphor"
        if not (target.planned or target.denied):
            self._attach(target, s, ex, dates, claimers, place if target.type == "Meeting" else None)
        return []

    def _target(self, log: EventLog, ex, actors, index: int | None = None) -> Event | None:
        """The event a sentence refers back to: of the last events that happened (planned and
        denied ones are not), the one sharing most parties with the sentence, else the last one
        (with *index*, only if it is told in the last three sentences)."""
        real = [e for e in log.comm[-8:] if not (e.planned or e.denied)]
        if not real:
            return None
        sides = self._parties(actors, ex)
        if sides:
            best = max(reversed(real), key=lambda e: len(sides & self._parties(e.participants, ex)))
            if sides & self._parties(best.participants, ex):
                return best  # "In the meeting with President of Turkey Erdoğan, ...": the meeting with Turkey
        return None if index is not None and real[-1].sentence_index < index - 3 else real[-1]

    def _new_event(self, s, etype, participants, place, when, claimers, rule) -> Event:
        ev = Event(etype, participants=list(participants), place=place if etype == "Meeting" else None,
                   date=when, claimed_by=list(claimers), sentence_index=s.index)
        ev.evidence.append(Evidence(s.span.start, s.span.end, s.text, rule))
        return ev

    def _planned_subject(self, s: Sentence, trig, lo: int, hi: int) -> bool:
        """"Pertemuan Presiden Jokowi dan Perdana Menteri Mahathir akan dilakukan di Istana Bogor":
        a meeting word heading its clause, its parties, then the modal."""
        dash = next((i for i in range(trig.tok_start - 1, max(lo, trig.tok_start - 2) - 1, -1)
                     if s.toks[i].text in ("-", "–", "—")), None)
        if dash is not None:
            lo = dash + 1  # "Liputan6.com, Jakarta - Lawatan Presiden Joko Widodo ...": after the dateline
        if trig.tok_start - lo > 1 or not self._noun(trig):
            return False
        zone = self._object_tokens(s, [trig], trig.tok_start, hi)
        k = trig.tok_end
        # "Kunjungan Putin ke RI masih menunggu waktu yang tepat", "Lawatan Presiden Joko Widodo atau Jokowi
        # ke Amerika Serikat (AS) sangat dinantikan": past the parties and adverbs to the modal
        while k < hi and (k in zone or k in s.entity_toks or (s.lower[k] in ("ke", "to") and k + 1 in s.entity_toks)
                          or s.lower[k] in _BEFORE_MODAL or s.toks[k].text[:1].isupper()):
            k += 1
        return any(c.tok_start == k and c.text.lower() not in ("gagal", "failed to") for c in s.cues("planned"))

    def _noun(self, t) -> bool:
        """The trigger is a noun ("pertemuan", "kunjungan", "the visit"): the trigger entry lists its nouns."""
        cache = self.__dict__.setdefault("_noun_sets", {})  # per extractor: a user lexicon may add nouns
        nouns = cache.get(id(t.entry))
        if nouns is None:
            nouns = cache[id(t.entry)] = {w.lower() for w in t.entry.get("nouns", ())}
        return t.text.lower() in nouns

    def _virtual(self, s: Sentence, comm) -> bool:
        """A video conference or an exchange of messages said of the trigger ("bertemu secara virtual"), or
        calls spied on ("menyadap percakapan telepon Presiden ...")."""
        return any(t.tok_end <= c.tok_start <= t.tok_end + 4 for t in comm for c in s.cues("virtual")) or any(
            0 <= t.tok_start - c.tok_end <= 3 for t in comm for c in s.cues("surveillance"))  # "menyadap percakapan telepon"

    # ---------------------------------------------------------------- context
    def _relative_to_previous(self, s: Sentence, log: EventLog, participants, lo, hi):
        """"pada hari yang sama" / "a day earlier": a date relative to the previous event; it also
        shares that event's place when a participant is shared."""
        text = " ".join(s.lower)
        shift = 0 if any(p in text for p in self._SAME_DAY) else -1 if any(p in text for p in self._DAY_BEFORE) \
            else 1 if any(p in text for p in self._DAY_AFTER) else None
        if shift is None:
            return None, None
        base = next((e for e in reversed(log.comm) if e.date and len(e.date) == 10 and not e.planned), None)
        if base is None:
            return None, None
        d = (date.fromisoformat(base.date) + timedelta(days=shift)).isoformat()
        shared = {p for p in participants if p.startswith("person:")} & set(base.participants)
        return d, (base.place if shared else None)

    def _phone_nearby(self, sents, i, before: int = 6) -> bool:
        """The text around sentence *i* speaks of the telephone: talks there were a call."""
        for t in sents[max(0, i - before):i] + sents[i + 1:i + 4]:
            if any(m.entry.get("role") == "phone" for m in t.of("Trigger")):
                return True
        return False

    def _continuation(self, s: Sentence, ex: Extraction, dates, log: EventLog) -> None:
        """Sentences that refer back to an event ('Kedua pemimpin ...', 'The call ...') add dates and sources."""
        if not log.comm:
            return
        if s.cues("anaphor") or s.cues("unknown-date"):
            participants, _, claimers = self._actors(s, ex)
            target = self._target(log, ex, participants, s.index)
            if target is not None:
                self._attach(target, s, ex, dates, claimers, None)
                self._add_missing_persons(target, participants, ex)

    def _add_missing_persons(self, ev: Event, participants, ex) -> None:
        """"In the meeting with Turkish President Erdoğan, ...": the person a later sentence names
        for a side of the event that had no person yet took part."""
        sides = self._parties(ev.participants, ex)
        staffed = {self._side(p, ex) for p in ev.participants if ex.entry(p) and ex.entry(p).type == "Person"}
        for p in participants:
            e = ex.entry(p)
            side = self._side(p, ex)
            if e is not None and e.type == "Person" and side in sides and side not in staffed and p not in ev.participants:
                ev.participants.append(p)
                staffed.add(side)

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
                if self._temporal_modifier(s, d) or self._date_of_modifier(s, d, anchors) or self._quoted_relative(s, d):
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
