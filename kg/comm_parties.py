"""Extraction stage 4a: who takes part in a meeting or phone call.

A meeting's parties are not every actor of its clause: the subject may be unnamed (the speaker,
"he", "saya"), one party may meet several counterparts in turn (several bilateral events), a
noun trigger in an adverbial names its own counterpart ("Dalam percakapan dengan X, Y ..."), a
talks verb needs "with" to have a counterpart, a country may be only a place (a region, a
diplomat's posting) or the host of a visit, and a denial has a denier, not participants.

The rules are methods of a mixin of :class:`kg.events.Extractor`; they share its
lexicon and the state of the article being extracted."""

from __future__ import annotations

from kg.extraction import ACTOR_TYPES, Event, Evidence, Sentence, uniq

# Words that keep a list of counterparts going after a trigger: "met with the King of Saudi
# Arabia Salman and Spain's Rajoy", "dengan Raja Yordania Abdullah II dan Presiden Mesir ...".
# Capitalised words (names, titles) and lexicon matches also keep it going; any other word ends it.
_OBJECT_GLUE = {"dengan", "with", "to", "kepada", "bersama", "and", "dan", "serta", ",", "lalu", "kemudian", "then", "the",
                "of", "'s", "’s", "his", "her", "their", "its", "counterpart", "counterparts", "mitra", "rekan", "sejawat",
                "&", "as", "well", "-", "(", ")", "also", "juga", "for", "untuk", "."}  # "." of "Mr.", "H.E."
_REOPEN = {"dengan", "with", "bersama", "kepada"}
_LIST_OPENERS = {"including", "termasuk", "antara", "lain", "yaitu", "yakni", "namely", "among", "them", "antaranya"}
_MID_PREPS = {"during", "at", "in", "dalam", "selama", "pada"}  # "... during his summit with Kim"
_COUNTERPART = {"mitra", "mitranya", "rekan", "rekannya", "sejawat", "sejawatnya", "counterpart", "counterparts"}
# Prepositions that make a noun trigger an adverbial about an event ("Dalam percakapan dengan X, Y ...",
# "In the meeting with X, Y ...", "During the call with X, Y ...").
_FRAME_PREPS = {"dalam", "in", "during", "pada", "at", "saat", "ketika", "selama", "lewat", "melalui", "via", "through"}
_PRONOUNS = {"ia", "dia", "beliau", "dirinya", "he", "she"}
_FIRST_PERSON = {"saya", "aku", "kami", "i", "we"}


class CommunicationParties:
    """The parties of a meeting or call: subject, counterparts, hosts, deniers."""

    _REPORTING_VERBS = {"said", "says", "told", "confirmed", "stated", "reported", "announced", "added", "mengatakan",
                        "menyatakan", "mengumumkan", "menegaskan", "menambahkan", "menjelaskan", "mengungkapkan",
                        "melaporkan"}

    def _recent_parties(self, ex, index: int, participants) -> list[str]:
        """The persons of the last sentences that name persons of two sides or more, with the
        participants already found: who "the two leaders" are when no event was told before."""
        for k in range(index, max(-1, index - 3), -1):
            persons = [m.entity for m in sorted(self._sents[k].mentions, key=lambda m: m.start)
                       if ex.entry(m.entity) and ex.entry(m.entity).type == "Person"]
            found = list(dict.fromkeys(persons + list(participants)))
            if len({self._side(p, ex) for p in found} - {None}) >= 2:  # two countries' leaders
                return found
        return []

    def _adjunct(self, s: Sentence, ex, comm, lo: int, hi: int) -> set[str] | None:
        """"Abe thanked Moon for raising the issue during last week's inter-Korean summit", "Moon
        raised it during his summit with Chairman Kim": a meeting named in an adjunct of another verb,
        with parties of its own. Those are its parties (its modifiers, its "with X", and for "his",
        the clause's subject), not whoever else the clause names. None for no such adjunct ("Erdogan
        told Putin in a telephone call": that call is the clause's)."""
        if not all(self._noun(t) for t in comm):
            return None
        t = comm[0]
        i = t.tok_start - 1
        while i > lo and t.tok_start - i <= 7 and s.lower[i] not in _MID_PREPS:
            i -= 1
        if i <= lo or s.lower[i] not in _MID_PREPS or s.toks[i - 1].text == ",":
            return None  # at the head of the clause: the event is the clause's (see _framed_end)
        modifiers = range(i + 1, t.tok_start)
        objects = {k for k in self._object_tokens(s, [t], t.tok_start, hi, reopen=False)
                   if k > t.tok_end and s.lower[t.tok_end] in _REOPEN}
        possessive = any(s.lower[k] in ("his", "her", "their", "its", "-nya") for k in modifiers)
        own = any(k in s.entity_toks or s.lower[k] == "inter" for k in modifiers) or any(k in s.entity_toks for k in objects)
        if not possessive and modifiers and s.lower[modifiers[0]] in ("a", "an") and \
                not any(k in s.entity_toks for k in modifiers):
            return None  # "Araghchi made the remark in a phone conversation with X": a call the subject took part in
        if not own and not possessive:
            return None
        verb = next((k for k in range(lo, i) if s.toks[k].text[:1].islower() and k not in s.entity_toks
                     and s.lower[k] not in _OBJECT_GLUE), i)
        return {eid for eid, t0, t1, etype, kind in self._typed_mentions(s, ex)
                if t0 in objects or t0 in modifiers or (possessive and lo <= t0 < verb)}

    def _counterpart_countries(self, s: Sentence, ex, participants: list, lo: int, hi: int) -> None:
        """"dengan mitranya dari Ukraina", "with his counterpart from Ukraine", "a delegation from Armenia": the
        country of unnamed counterparts or officials takes part (a country after "from" is otherwise a place)."""
        officials = {c.tok_end for c in s.cues("official")}  # "a delegation from Armenia", "pejabat dari Iran"
        if not officials and not any(w in _COUNTERPART for w in s.lower[lo:hi]):
            return
        for eid, t0, t1, etype, kind in self._typed_mentions(s, ex):
            if etype == "Country" and lo <= t0 < hi and t0 >= 2 and s.lower[t0 - 1] in ("dari", "from", "of") \
                    and (s.lower[t0 - 2] in _COUNTERPART or t0 - 1 in officials) and eid not in participants:
                participants.append(eid)

    def _talkers(self, s: Sentence, ex, comm, lo: int, hi: int, participants: list) -> list:
        """Who talks: "X dan Y membahas ...", "X berbicara dengan Y", "X spoke to Y". Without "dengan",
        "with", "to" after it, the verb is speaking in public ("berbicara dalam konferensi pers",
        "spoke to reporters ahead of talks with ...") or naming a topic ("discussed Taiwan"):
        only the subject takes part."""
        first = comm[0].tok_start
        zones = set()
        for t in comm:
            k = next((k for k in range(t.tok_end, min(t.tok_end + 3, hi)) if s.lower[k] in _REOPEN | {"to"}), None)
            if k is not None:
                zones |= {i for i in self._object_tokens(s, [t], t.tok_start, hi, reopen=False) if i >= k}
                zones |= self._names_after(s, k, hi)  # "held talks on Monday with Xi": past the day
                continue
            # "discussed cooperation in ... with the Prime Minister of Spain": a "with" further on,
            # when it names a person or an office (not "relations with China")
            for k in range(t.tok_end, hi):
                if s.lower[k] in _REOPEN:
                    zone = {i for i in self._object_tokens(s, [t], k, hi, reopen=False) if i > k}
                    if any(m.entry.type in ("Person", "Office") for i in zone for m in s.at.get(i, ())):
                        zones |= zone
                    break
        keep = set()
        for eid, t0, t1, etype, kind in self._typed_mentions(s, ex):
            if lo <= t0 < hi and (t0 < first or t0 in zones):
                keep.add(eid)
        return [p for p in participants if p in keep or not any(
            eid == p and lo <= t0 < hi for eid, t0, t1, etype, kind in self._typed_mentions(s, ex))]

    @staticmethod
    def _names_after(s: Sentence, k: int, hi: int) -> set[int]:
        """The tokens of the names listed right after token *k* ("with Xi Jinping and Modi")."""
        out, i = set(), k + 1
        while i < hi and (i in s.entity_toks or s.lower[i] in _OBJECT_GLUE or s.toks[i].text[:1].isupper()):
            out.add(i)
            i += 1
        return out

    def _between(self, s: Sentence, comm, hi: int) -> tuple[int, int] | None:
        """"talks between A and B", "pertemuan antara A dengan B": the tokens of the trigger and the two."""
        for t in comm:
            if t.tok_end < hi and s.lower[t.tok_end] in ("antara", "between"):
                i = t.tok_end + 1
                while i < hi and (i in s.entity_toks or s.lower[i] in _OBJECT_GLUE or s.toks[i].text[:1].isupper()):
                    i += 1
                return t.tok_start, i
        return None

    def _without_regions(self, s: Sentence, ex, participants: list, lo: int, hi: int) -> list:
        """"kunjungan Putin ke dua wilayah Ukraina", "Ukrainian regions": a country named for a region
        of it is a place, not a party; nor is the country a diplomat is posted to ("Duta Besar Rusia
        untuk Indonesia"). Unless the clause also names it as a party."""
        regions = s.cues("region")
        diplomats = [m.tok_end for m in s.of("Office") if m.entry.get("kind") == "diplomat"]
        if not regions and not diplomats:
            return participants
        inside: dict[str, bool] = {}
        for eid, t0, t1, etype, kind in self._typed_mentions(s, ex):
            if etype == "Country" and lo <= t0 < hi and eid in participants:
                region = any(c.tok_end in (t0, t0 - 1) or c.tok_start == t1 for c in regions)
                posting = t0 > 0 and s.lower[t0 - 1] in ("untuk", "to", "di", "in") and any(0 <= t0 - e <= 4 for e in diplomats)
                inside[eid] = inside.get(eid, True) and (region or posting)
        return [p for p in participants if not inside.get(p)]

    def _visit_host(self, s: Sentence, ex, comm, lo: int, hi: int, participants: list) -> bool:
        """"a visit to Taiwan by Speaker Nancy Pelosi", "kunjungan Raja Salman ke Indonesia": the
        country visited takes part. True if that added a party."""
        visits = [t for t in comm if t.entry.get("visit")]
        if not visits:
            return False
        for eid, t0, t1, etype, kind in self._typed_mentions(s, ex):
            if etype in ("Country", "City") and lo <= t0 < hi and t0 > visits[0].tok_start and t0 > 0 \
                    and s.lower[t0 - 1] in ("ke", "to", "into") and not self._attributed(s, t0):
                host = eid if etype == "Country" else (ex.entry(eid).country if ex.entry(eid) else None)
                if host and host not in participants:  # "kunjungan ... Florence Parly ke Jakarta": Indonesia
                    participants.append(host)
                    return True
                return False
        return False

    def _before_reporting_clause(self, s: Sentence, trig, hi: int) -> int:
        """"Trump spoke to Modi on Tuesday, press secretary Sean Spicer confirmed at the White House
        briefing": the event's clause ends where its reporter is named; the briefing's place is not the event's."""
        for c in s.cues("speech"):
            if c.tok_start > trig.tok_end and c.tok_start < hi and c.text.lower() in self._REPORTING_VERBS:
                start = self._speaker_start(s, c.tok_start)
                if trig.tok_end < start < c.tok_start and s.toks[start - 1].text == ",":
                    return start - 1
        return hi

    def _framed_end(self, s: Sentence, ex, comm, lo: int, hi: int) -> int | None:
        """"Dalam percakapan teleponnya dengan Safadi, Bagheri menekankan ...", "In the meeting with
        Erdoğan on Monday, Mr. Modi sought ...": a trigger in a fronted adverbial names the counterpart;
        the party is the main clause's subject, the first actor after the comma. The end of that actor
        (None when the main clause tells of an event of its own: "Selama lawatan itu, Marcos bertemu X")."""
        trig = comm[0]
        i = trig.tok_start - 1
        while i >= lo and s.lower[i] in ("the", "a", "an", "their", "his", "her", "its"):
            i -= 1
        if i < lo or s.lower[i] not in _FRAME_PREPS or (i > lo and s.toks[i - 1].text != ","):
            return None
        comma = next((k for k in range(trig.tok_end, hi) if s.toks[k].text == ","), None)
        if comma is None or any(t.tok_start > comma for t in comm):
            return None
        mentions = [(t0, t1) for eid, t0, t1, etype, kind in self._typed_mentions(s, ex)
                    if etype in ("Person", "Country") and not self._attributed(s, t0)]
        if not any(trig.tok_end <= t0 < comma for t0, t1 in mentions):
            return None  # "In a telephone conversation in March, Modi congratulated Putin": the main clause names both
        return next((t1 for t0, t1 in mentions if t0 > comma and t1 <= hi), None)

    def _add_subject(self, s: Sentence, ex, trig, lo: int, participants: list, claimers: list) -> None:
        """A clause whose subject is not named: "Retno mengatakan telah melakukan komunikasi dengan X"
        (the speaker), "... he had discussed ... with NATO defence ministers" (the speaker, or the
        previous sentence's subject), "Saya menelepon Presiden Zelensky," ujar Jokowi (the quoted speaker)."""
        words = s.lower[lo:trig.tok_start]
        if any(t0 < trig.tok_start and lo <= t0 and etype in ("Person", "Country")
               for eid, t0, t1, etype, kind in self._typed_mentions(s, ex) if not self._attributed(s, t0)):
            if not any(w in _FIRST_PERSON for w in words) and not (words and words[0] in _PRONOUNS and words[1:2] == ["dan"]):
                return  # the clause names its subject (but "ia dan Presiden Trump ...": "ia" is one more)
        first_person = any(w in _FIRST_PERSON for w in s.lower[lo:])
        speakers = [c for c in claimers if ex.entry(c) and ex.entry(c).type == "Person"]
        if first_person and not speakers:
            speakers = self._quote_speakers(ex, s)
        subject = None
        said = self._after_speech(s, lo) or any(
            lo <= c.tok_start and c.tok_end <= trig.tok_start and c.text.lower() in self._REPORTING_VERBS for c in s.cues("speech"))
        pronoun = any(w in _PRONOUNS for w in words)  # "Just upon his arrival, he had a meeting with ..."
        if first_person or pronoun or said:
            subject = speakers[0] if speakers else None
        if subject is None and pronoun and said:
            # "Presiden Filipina, Ferdinand Marcos Jr., mengatakan bahwa ia dan Trump membahas ...": "ia" is
            # the one who says it, named before the speech verb
            subject = next((eid for eid, t0, t1, etype, kind in self._typed_mentions(s, ex)
                            if etype == "Person" and t1 <= lo), None)
        if subject is None and (pronoun or (s.lower and s.lower[0] in _PRONOUNS)) and s.index > 0:
            subject = self._recent_subject(ex, s.index)
        if subject and subject not in participants:
            participants.insert(0, subject)

    def _recent_subject(self, ex, index: int) -> str | None:
        """Who "he"/"ia" is: the first person named as a subject in the nearest of the three previous
        sentences that names one (a person named after "with", "dengan", "kepada" is a counterpart)."""
        for k in range(index - 1, max(-1, index - 4), -1):
            t = self._sents[k]
            for eid, t0, t1, etype, kind in self._typed_mentions(t, ex):
                # the one who said the last sentence may be "he" ("Zelenskiy said ... He spoke by phone with
                # ..."), unless a spokesperson, who speaks for someone else
                if etype != "Person" or (self._attributed(t, t0) and (
                        self._spokesperson(ex, ex.entry(eid)) or t0 > 0 and t.lower[t0 - 1] in (",", "kata", "ujar"))):
                    continue
                j = t0 - 1
                while j >= 0 and (j in t.entity_toks or t.toks[j].text[:1].isupper() or t.lower[j] in ("the", "of", "'s", "’s")):
                    j -= 1
                if j >= 0 and t.lower[j] in _REOPEN | {"to"}:
                    continue
                return eid
        return None

    def _after_speech(self, s: Sentence, lo: int) -> bool:
        """The clause is what someone says: it follows "X mengatakan (bahwa)", "X said (that)"."""
        i = lo - 1
        if i >= 0 and s.lower[i] in ("bahwa", "that"):
            i -= 1
        return i >= 0 and any(c.tok_end == i + 1 for c in s.cues("speech"))

    def _quote_speakers(self, ex, s: Sentence) -> list[str]:
        """The speaker of a quotation that goes on past this sentence: '"Saya melakukan percakapan
        telepon dengan ...' then '..." kata Retno'."""
        if not s.text.lstrip().startswith(('"', "“")) or s.text.count('"') + s.text.count("“") + s.text.count("”") > 1:
            return []
        for t in self._sents[s.index + 1:s.index + 4]:
            if '"' in t.text or "”" in t.text:
                return [p for p in self._speakers(t, ex) if ex.entry(p) and ex.entry(p).type == "Person"]
        return []

    def _deniers(self, s: Sentence, ex, claimers: list, trig=None) -> list[str]:
        """Who denies: the subject of the denial ("Kremlin membantah laporan ...", "Peskov dismissed
        reports that ..."), then the speakers, but not the outlet whose report is denied."""
        out = []
        deny = [c for c in s.cues("deny") if trig is None or c.tok_end <= trig.tok_start]
        if deny:
            start = self._speaker_start(s, deny[0].tok_start)
            out = [eid for eid, t0, t1, etype, kind in self._typed_mentions(s, ex)
                   if start <= t0 < deny[0].tok_start and etype in ACTOR_TYPES]
        out += [c for c in claimers if c not in out and not (ex.entry(c) and ex.entry(c).type == "NewsOutlet")]
        return uniq(out) or list(claimers)

    def _split_counterparts(self, s: Sentence, ex, ev: Event, comm, lo: int, hi: int) -> list[Event]:
        """"Trump has spoken to Trudeau, Peña Nieto and Netanyahu", "held bilaterals with Australia,
        Spain and Turkey", "melakukan percakapan telepon dengan Raja Abdullah II dan Presiden Sisi":
        one party and several counterparts named after the trigger are several bilateral events.

        Calls are always split (a call has two ends); meetings only when the text says they
        were bilateral or separate, as a list of counterparts at one meeting is a multilateral one."""
        if ev.type != "PhoneCall" and not self._separate(s, comm, lo, hi) and not getattr(self, "_listed_guests_here", False):
            return self._titled_hosts(s, ex, ev, comm, lo, hi)
        objects = self._object_tokens(s, comm, lo, hi)
        last_trigger = max(t.tok_start for t in comm)
        mentioned, hub_sides, sides = set(), set(), {}
        for eid, t0, t1, etype, kind in self._typed_mentions(s, ex):
            if eid not in ev.participants or not (lo <= t0 < hi) or self._attributed(s, t0):
                continue
            mentioned.add(eid)
            side = self._side(eid, ex) or eid
            if t0 in objects:
                sides.setdefault(side, []).append(eid)
            elif t0 < last_trigger:
                hub_sides.add(side)  # the subject; what comes after the last trigger is what they talked about
        # a subject the clause does not name ("he", the speaker) is the hub too
        hub_sides.update(self._side(p, ex) or p for p in ev.participants if p not in mentioned)
        counterparts = {side: ids for side, ids in sides.items() if side not in hub_sides}
        if len(hub_sides) != 1 or len(counterparts) < 2:
            return [ev]
        hub_ids = [p for p in ev.participants if (self._side(p, ex) or p) in hub_sides]
        out = []
        for side, ids in counterparts.items():
            part = Event(ev.type, participants=hub_ids + [p for p in ev.participants if p in ids or p == side],
                         place=ev.place, date=ev.date, claimed_by=list(ev.claimed_by), sentence_index=ev.sentence_index,
                         venue=ev.venue, planned=ev.planned, denied=ev.denied, weak=ev.weak, visit=ev.visit,
                         nominal=ev.nominal)
            part.evidence = [Evidence(e.start, e.end, e.text, e.rule + ".split") for e in ev.evidence]
            out.append(part)
        return out

    def _titled_hosts(self, s: Sentence, ex, ev: Event, comm, lo: int, hi: int) -> list[Event]:
        """"Zarif met with President Maduro, Foreign Minister Arreaza, and Vice President Rodríguez": three
        or more counterparts of one country, each named with an office of their own, are received in turn —
        one meeting each. (Two — "met President Biden and Secretary Blinken" — are one meeting.)"""
        if sum(1 for p in ev.participants if p.startswith("person:")) < 3:
            return [ev]  # fewer than three persons: not three counterparts
        objects = self._object_tokens(s, comm, lo, hi)
        offices = {m.tok_end for m in s.of("Office")}
        titled = [eid for eid, t0, t1, etype, kind in self._typed_mentions(s, ex)
                  if etype == "Person" and t0 in objects and eid in ev.participants and any(
                      t0 - k in offices for k in range(0, 3))]
        titled = list(dict.fromkeys(titled))
        sides = {self._side(p, ex) for p in titled} - {None}  # (one found by an office alone has no country yet)
        hub = {self._side(p, ex) for p in ev.participants if p not in titled and ex.entry(p) and ex.entry(p).type == "Person"}
        if len(titled) < 3 or len(sides) != 1 or sides & hub:
            return [ev]
        rest = [p for p in ev.participants if p not in titled]
        side = next(iter(sides))
        out = []
        for p in titled:
            part = Event(ev.type, participants=rest + [p] + ([side] if side not in rest else []), place=ev.place, date=ev.date, claimed_by=list(ev.claimed_by),
                         sentence_index=ev.sentence_index, venue=ev.venue, planned=ev.planned, denied=ev.denied,
                         weak=ev.weak, visit=ev.visit, nominal=ev.nominal)
            part.evidence = [Evidence(e.start, e.end, e.text, e.rule + ".split") for e in ev.evidence]
            out.append(part)
        return out

    def _separate(self, s: Sentence, comm, lo: int, hi: int) -> bool:
        """The clause says the meetings were one-to-one: "secara terpisah", "separate meetings",
        "bilateral talks" or "bilaterals" next to the trigger."""
        for c in s.cues("separate"):
            if not (lo <= c.tok_start < hi):
                continue
            if not c.text.lower().startswith("bilateral"):
                return True
            if any(-2 <= c.tok_start - t.tok_end <= 0 or 0 <= t.tok_start - c.tok_end <= 1 for t in comm):
                return True
        return False

    def _object_tokens(self, s: Sentence, comm, lo: int, hi: int, reopen: bool = True) -> set[int]:
        """Tokens of the counterparts named after a trigger: from the trigger on, as long as the
        words are names, titles, lexicon matches or list glue ("dengan", "and", ","); "with" opens
        them again after other words ("held discussions in separate meetings here with A and B")."""
        starts = {t.tok_start: t for t in comm}
        out, inside, seen, found_since, i = set(), False, False, False, lo
        while i < hi:
            t = starts.get(i)
            if t is not None:
                inside = seen = True
                found_since = False
                i = t.tok_end
                continue
            w = s.lower[i]
            if seen and (w == ":" or w in _LIST_OPENERS) and not found_since:
                # "dengan pemimpin negara-negara: Australia, Jepang, India", "with leaders including Sunak and
                # Trudeau", "sejumlah pemimpin, antara lain ...": the list after the colon or "including"
                inside = True
            elif reopen and seen and w in _REOPEN and not found_since:
                inside = True  # "... in separate meetings here with A and B", not "antara Iran dengan Israel"
            elif inside and not (i in s.entity_toks or w in _OBJECT_GLUE or s.toks[i].text[:1].isupper()):
                inside = False
            if inside:
                out.add(i)
                found_since = found_since or i in s.entity_toks
            i += 1
        return out
