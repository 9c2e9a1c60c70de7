"""Claims that refer back to claims already made in the article.

"Tuduhan itu dibantah Kremlin" denies them, "Kanselir Scholz mengumumkan keputusan itu ...,
Rabu (25/1/2023)" tells them again with a speaker and a date, "Zelensky menyebut itu
kebohongan" disputes them; and, once the article is read, a claim about "weapons" in general
joins the claims that name the category.

A mixin of :class:`kg.events.Extractor` (through :class:`kg.claims.ClaimRules`); it uses the
claim helpers of that class (``_claim``, ``_claim_date``, ``_speakers`` ...)."""

from __future__ import annotations

from kg.dates import more_specific
from kg.extraction import ACTOR_TYPES, Event, EventLog, Evidence, Sentence
from kg.lexicon import Match

DEMONSTRATIVES = ("itu", "tersebut", "ini")


class ClaimLinks:
    """Denials, restatements and disputes of earlier claims; generic claims folded into named ones."""

    def _fold_generic_claims(self, events: list[Event], ex) -> list[Event]:
        """A claim about "weapons" in general joins the claims that name the category for the same
        supplier, recipient and stance in the article: "never had any arms dealings with Russia ...
        supplying artillery shells" is one denial about ammunition; "sale of military equipment"
        then "the package includes missiles" is one pledge of missiles (FORMAT: `weapons` only when
        the text names none). Events are those of one article, merged (:meth:`_merge_within`)."""
        named: dict[tuple, list[Event]] = {}
        for e in events:
            if e.type == "WeaponSupplyAllegation" and e.weapon != "weapon:weapons":
                named.setdefault((e.supplier, e.recipient, e.stance), []).append(e)
        out = []
        for e in events:
            targets = named.get((e.supplier, e.recipient, e.stance)) if e.type == "WeaponSupplyAllegation" \
                and e.weapon == "weapon:weapons" else None
            if targets and e.stance != "promised":
                # A pledge is one package, its contents named anywhere ("sale of military equipment" ... "the
                # package includes missiles"). An accusation, admission or denial of "weapons" joins the named
                # one when told in the same sentence, or right next to it by the same parties ("Washington has
                # also accused Iran of supplying Russia with drones. ... Price: the Iranian provision of
                # weapons"); told elsewhere, or by others, it is a claim of its own.
                targets = [t for t in targets if self._same_sentence(e, t) or self._restated_next_to(e, t, ex)]
            if not targets:
                out.append(e)
                continue
            for t in targets:
                t.claimed_by.extend(c for c in e.claimed_by if c not in t.claimed_by)
                t.evidence.extend(ev for ev in e.evidence if all(ev.start != x.start for x in t.evidence))
                t.date = more_specific(t.date, e.date)
        return out

    @staticmethod
    def _names_earlier_statement(s: Sentence) -> bool:
        """"Pernyataan Kedubes Rusia tersebut diungkapkan Minggu (24/4/2022)": a sentence that opens by naming
        a statement already told (a statement noun with a demonstrative a few words on)."""
        return bool(s.lower) and s.lower[0] in ("pernyataan", "bantahan", "tuduhan", "klaim", "pengumuman", "statement",
                                                "denial", "accusation", "announcement") \
            and any(w in DEMONSTRATIVES for w in s.lower[1:6])

    def _restated_next_to(self, generic: Event, named: Event, ex) -> bool:
        """The generic claim is told in the sentence next to the named one, by parties (their sides) that
        all make the named claim too."""
        at = {s.span.start: s.index for s in self._sents}
        g = {at.get(ev.start) for ev in generic.evidence}
        n = {at.get(ev.start) for ev in named.evidence}
        if not any(a is not None and b is not None and abs(a - b) == 1 for a in g for b in n):
            return False
        def sides(ids):
            return {self._claim_side(i, ex) or i for i in ids}
        return bool(generic.claimed_by) and sides(generic.claimed_by) <= sides(named.claimed_by)

    @staticmethod
    def _same_sentence(generic: Event, named: Event) -> bool:
        """Some sentence of the generic claim is a sentence of the named one."""
        starts = {ev.start for ev in named.evidence}
        return any(ev.start in starts for ev in generic.evidence)

    def _denials_of_earlier_claims(self, s: Sentence, ex, dates, log: EventLog) -> list[Event]:
        """"Tuduhan itu dibantah Kremlin.", "Four of the five countries named, including the U.S.,
        denied this.", "X membantah rencana tersebut": the claims of the sentence before are denied."""
        if not log.claims:
            return []
        last = log.claims[-1].sentence_index
        if s.index - last > 2:
            return []
        ref_near = any(abs(r.tok_start - c.tok_end) <= 3 or abs(c.tok_start - r.tok_end) <= 3
                       for r in s.cues("claim-ref") for c in s.cues("deny"))
        if not ref_near:
            return []
        earlier = [e for e in log.claims if e.sentence_index == last and e.stance in ("alleged", "promised", "admitted")]
        deniers = [eid for eid, t0, t1, etype, kind in self._typed_mentions(s, ex) if etype in ACTOR_TYPES]
        sides = [self._claim_side(d, ex) for d in deniers]
        when = self._claim_date(s, dates, None)
        out, seen = [], set()
        for e in earlier:
            supplier = e.supplier
            if ex.entry(supplier) and ex.entry(supplier).type in ("Bloc", "Organization") and sides \
                    and sides[0] not in (e.supplier, e.recipient) and ex.entry(sides[0]) \
                    and ex.entry(sides[0]).type == "Country":
                supplier = sides[0]  # "NATO members ...; the U.S. denied this": the member denies its own part
            key = (supplier, e.recipient, e.weapon)
            if key in seen:
                continue
            seen.add(key)
            ev = self._claim(s, supplier, e.recipient, e.weapon, e.weapon_model, "denied", deniers or [supplier], when,
                             "supply.denial-of-claim")
            out.append(ev)
        return out

    def _restatements(self, s: Sentence, ex, dates, log: EventLog, triggers: list[Match]) -> list[Event]:
        """"Kanselir Scholz mengumumkan keputusan itu di Berlin, Rabu (25/1/2023).", "Pentagon mengatakan
        bahwa tambahan pengiriman ini merupakan bagian dari paket bantuan": the claims just made, told
        again with who says them and when."""
        if not log.claims or s.cues("deny") or s.cues("dispute") or s.cues("negation"):
            return []
        last = log.claims[-1].sentence_index
        if s.index - last > 2:
            return []
        refers = any(t.entry.get("nominal") or t.entry.get("role") == "promise" for t in triggers
                     if any(w in DEMONSTRATIVES for w in s.lower[t.tok_end:t.tok_end + 2])
                     or any(w in ("the", "this") for w in s.lower[max(0, t.tok_start - 2):t.tok_start])) \
            or (s.index - last == 1 and any(c.tok_start == 0 and c.tok_end > 1 for c in s.cues("claim-ref")))  # "Hal itu ..."
        speakers = self._speakers(s, ex)
        when = self._claim_date(s, dates, None)
        if not refers or not (speakers or when):
            return []
        return [self._claim(s, e.supplier, e.recipient, e.weapon, e.weapon_model, e.stance, speakers, when,
                            "supply.restated")
                for e in log.claims if e.sentence_index == last and e.stance != "disputed"]

    def _dispute_events(self, s: Sentence, ex, dates, log: EventLog) -> list[Event]:
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
        # who says it is false: the quoted speaker ("'Tuduhan AS ... tidak berdasar,' kata Lavrov"), else
        # whoever is named before the word ("Zelensky menyebut itu kebohongan"), else the last subject ("Dia ...")
        quoted = [eid for eid in self._speakers(s, ex) if ex.entry(eid) and ex.entry(eid).type != "NewsOutlet"]
        first_cue = s.cues("dispute")[0].tok_start
        speakers = quoted if quoted and s.toks[0].text in ('"', "“", "'", "‘") else [
            eid for eid, t0, t1, etype, kind in self._typed_mentions(s, ex)
            if etype in ("Person", "Country", "Organization", "Bloc") and t0 < first_cue]
        speakers = speakers or list(self._speakers(s, ex))
        sides = self._speaker_sides(speakers, ex)
        if sides and sides[0] in (ref.supplier, ref.recipient):
            # the supplier (or recipient) calls the accusation absurd: it denies every allegation against it
            when = self._claim_date(s, dates, None)
            return [self._claim(s, e.supplier, e.recipient, e.weapon, e.weapon_model, "denied", speakers, when,
                                "supply.dispute.denied")
                    for e in log.claims if e.stance == "alleged" and (e.supplier, e.recipient) == (ref.supplier, ref.recipient)]
        ev = Event("WeaponSupplyAllegation", supplier=ref.supplier, recipient=ref.recipient, weapon=ref.weapon,
                   weapon_model=ref.weapon_model, stance="disputed", date=self._claim_date(s, dates, None),
                   claimed_by=[p for p in speakers if ex.entry(p) and ex.entry(p).type == "Person"] or speakers,
                   sentence_index=s.index)
        ev.evidence.append(Evidence(s.span.start, s.span.end, s.text, "supply.dispute"))
        return [ev]
