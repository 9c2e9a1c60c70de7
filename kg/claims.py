"""Extraction stage 4b: weapon-supply claims and disputes.

The rules are methods of a mixin of :class:`kg.events.Extractor`; they share its
lexicon and the state of the article being extracted."""

from __future__ import annotations

from kg.extraction import (ACTOR_TYPES, ATTACK_WORDS, SUPPLY_ROLES, Event, EventLog, Evidence, Extraction, Sentence,
                           uniq)


class ClaimRules:
    """Weapon-supply claims: supplier, recipient, weapon, stance and who makes the claim; disputes."""

    # ---------------------------------------------------------------- WeaponSupplyAllegation
    def _supply_events(self, s: Sentence, ex: Extraction, dates, log: EventLog) -> None:
        """Claims that someone supplied, promised, admitted or denied weapons.

        For each supply/use/promise trigger the weapons must be in the trigger's clause
        ("Kyiv gave assurances that the missiles ..." is no supply of missiles)."""
        done: list[tuple[int, int]] = []  # clauses that already gave a claim
        for trig in [t for t in s.of("Trigger") if t.entry.get("role") in SUPPLY_ROLES]:
            lo, hi = s.clause_bounds(trig.tok_start)
            weapons = [w for w in s.of("WeaponCategory", "WeaponModel") if lo <= w.tok_start < hi]
            if not weapons or any(a <= trig.tok_start < b for a, b in done):
                continue
            last = max(w.tok_end for w in weapons)
            if trig.entry.get("nominal") and trig.tok_start < last and any(w in ("itu", "tersebut", "ini") for w in s.lower[last:last + 2]):
                continue  # "pengiriman tank itu ...": a reference back to a claim already made
            if trig.entry.get("role") == "use":
                # the used weapon is the object ("menggunakan drone X") or, passive, just before ("drone X digunakan");
                # weapons after "untuk menghantam"/"to strike" are targets
                weapons = [w for w in weapons if (0 <= w.tok_start - trig.tok_end <= 6 or 0 <= trig.tok_start - w.tok_end <= 3)
                           and not any(x in ATTACK_WORDS for x in s.lower[trig.tok_end:w.tok_start])]
                if not weapons or any(x in ("itu", "tersebut") for w in weapons for x in s.lower[w.tok_end:w.tok_end + 1]):
                    continue
            ev = self._supply_claim(s, ex, dates, log, trig, lo, hi, weapons)
            if ev:
                done.append((lo, hi))
                log.extend(ev)

    def _supply_claim(self, s, ex, dates, log: EventLog, trig, lo, hi, weapons) -> list[Event]:
        role = trig.entry.get("role")
        promise = role == "promise" or self._planned(s, trig) or any(
            t.entry.get("role") == "promise" and lo <= t.tok_start < hi for t in s.of("Trigger"))
        use = role == "use"
        # a denial scopes over what follows it ("Iran menolak tuduhan ... bahwa Teheran mengirim ..."),
        # unless itself negated ("tidak membantah maupun membenarkan")
        deny = any(c.tok_start < hi and not any(0 <= c.tok_start - n.tok_end <= 1 for n in s.cues("negation"))
                   for c in s.cues("deny"))
        negated = any(0 <= trig.tok_start - c.tok_end <= 3 for c in s.cues("negation"))
        speakers = self._speakers(s, ex)
        if negated and not deny and not speakers:
            return []  # "tidak menyebutkan pasokan senjata": nobody claims anything
        actors = []  # (token, country-or-bloc id, kind)
        for eid, t0, t1, etype, kind in self._typed_mentions(s, ex):
            if not (lo <= t0 < hi) or self._attributed(s, t0) or self._topic(s, t0):
                continue
            e = ex.entry(eid)
            c = eid if etype in ("Country", "Bloc") else (e.country if e else None)
            if c and etype in ("Country", "Person", "Organization", "Bloc"):
                actors.append((t0, c, kind))
        supplier = recipient = None
        source = [c for t, c, k in actors if t > 0 and s.lower[t - 1] in ("dari", "from")]
        if role == "receive" or (source and role != "promise"):
            # "Rusia telah menerima kiriman rudal ... dari Iran"; "missiles from Iran"
            before = [c for t, c, k in actors if t < trig.tok_start]
            supplier = source[0] if source else None
            recipient = before[-1] if before and before[-1] != supplier else None
            if recipient is None and role != "receive":
                recipient = next((c for t, c, k in actors if t >= trig.tok_end and c != supplier and c not in source), None)
        elif use:
            # "Rusia menggunakan drone Shahed-136 Iran" / "Russia used Iranian drones"
            before = [c for t, c, k in actors if t < trig.tok_start]
            recipient = before[-1] if before else None
            origin = [c for t, c, k in actors if t > trig.tok_start and any(abs(t - w.tok_end) <= 1 for w in weapons)]
            origin += [c for t, c, k in actors if k == "demonym" and any(0 < w.tok_start - t <= 2 for w in weapons)]
            supplier = origin[0] if origin else next((w.entry.get("maker") for w in weapons if w.entry.get("maker")), None)
        if supplier is None and recipient is None and not use:
            before = [c for t, c, k in actors if t < trig.tok_start]
            after = [c for t, c, k in actors if t >= trig.tok_end]
            supplier = before[-1] if before else None
            if supplier is None:  # "Germany said ... it had sent", "Iran mengakui memasok ..."
                sp = [c for c in self._countries(speakers, ex) if c]
                supplier = sp[0] if sp else None
            if supplier is None and self._pronoun_before(s, lo, trig.tok_start):
                supplier = log.claims[-1].supplier if log.claims else None  # "it", "they": the last claim's supplier
            recipient = next((c for c in after if c != supplier), None)
            if recipient is None and len(before) >= 2 and before[-2] != before[-1]:
                supplier, recipient = before[-2], before[-1]
            if recipient is None:
                recipient = log.last_recipient_of(supplier)
        if not supplier or not recipient or supplier == recipient:
            return []
        accuse = bool(s.cues("accuse"))
        speaker_countries = self._countries(speakers, ex)
        if deny or (negated and speakers):
            stance = "denied"
        elif promise:
            stance = "promised"
        elif (s.cues("admit") or speakers) and supplier in speaker_countries and not accuse:
            stance = "admitted"
        elif accuse or speakers or use:
            stance = "alleged"
        else:
            return []  # the reporter's own background sentence, not a claim anyone makes
        claimers = list(speakers)
        if stance in ("admitted", "denied") and not claimers:
            claimers = [supplier]
        when = self._claim_date(s, dates, trig)
        claims = self._make_claims(s, weapons, supplier, recipient, stance, claimers, when, role, use)
        accusers = self._accusers(s, ex, lo)
        if stance == "denied" and accusers:
            # "Iran menolak tuduhan AS bahwa Teheran mengirim rudal": the accusation is a claim too
            # the accusation is only referred to: when it was made is not this sentence's date
            claims += self._make_claims(s, weapons, supplier, recipient, "alleged", accusers, None, role, use)
        return claims

    def _accusers(self, s: Sentence, ex: Extraction, lo: int) -> list[str]:
        """Who makes the accusation in "tuduhan AS dan negara Eropa bahwa ..." / "US accusations that"."""
        cues = [c for c in s.cues("accuse") if c.tok_start < lo]  # in sentence order
        if not cues:
            return []
        actors = [m for m in self._typed_mentions(s, ex) if m[3] in ACTOR_TYPES]
        # the actors after the first accusation word (up to the clause) or just before it ("tuduhan AS" / "US accusations")
        first = cues[0]
        out = [eid for eid, t0, t1, etype, kind in actors
               if first.tok_end <= t0 < lo or (t1 == first.tok_start and etype != "Person")]
        # The actors after a later accusation word are after the first one too (already taken):
        # a later one only adds the actors just before it.
        ending_at: dict[int, list[str]] = {}
        for eid, t0, t1, etype, kind in actors:
            if etype != "Person":
                ending_at.setdefault(t1, []).append(eid)
        for c in cues[1:]:
            out.extend(ending_at.get(c.tok_start, ()))
        return uniq(out)

    def _make_claims(self, s, weapons, supplier, recipient, stance, claimers, date_, role, use) -> list[Event]:
        cats: dict[str, str | None] = {}
        for w in weapons:
            cat = w.entry.get("category") if w.entry.type == "WeaponModel" else w.entry.id
            if cats.get(cat) is None:
                cats[cat] = w.entry.id if w.entry.type == "WeaponModel" else None
        if len(cats) > 1:
            cats.pop("weapon:weapons", None)
        out = []
        for cat, model in cats.items():
            ev = Event("WeaponSupplyAllegation", supplier=supplier, recipient=recipient, weapon=cat, weapon_model=model,
                       stance=stance, date=date_, claimed_by=list(claimers), sentence_index=s.index)
            ev.evidence.append(Evidence(s.span.start, s.span.end, s.text, f"supply.{'use' if use else role}.{stance}"))
            out.append(ev)
        return out

    def _pronoun_before(self, s: Sentence, lo: int, t: int) -> bool:
        return any(w in ("it", "they", "ia", "pihaknya", "mereka", "negara itu", "negaranya") for w in s.lower[lo:t])

    def _claim_date(self, s: Sentence, dates, trig) -> str | None:
        """When the claim was made: the date of its statement ("Iran sent drones in August,
        Kirby said on Wednesday"), else the first date that is no temporal modifier."""
        dates = [d for d in dates if not self._temporal_modifier(s, d)]
        said = next((d for d in dates if self._statement_date(s, d)), None)
        best = said or (dates[0] if dates else None)
        return best.value if best else None

    def _countries(self, ids, ex) -> list[str]:
        """The sides of *ids*, each once, in the order of *ids*: the first one is used as a
        supplier, so the order must not depend on string hashing (a set's order does)."""
        return list(dict.fromkeys(c for c in (self._side(i, ex) for i in ids) if c))

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
        speakers = [eid for eid, t0, t1, etype, kind in self._typed_mentions(s, ex)
                    if etype in ("Person", "Country", "Organization", "Bloc") and t0 < (s.cues("dispute")[0].tok_start)]
        ev = Event("WeaponSupplyAllegation", supplier=ref.supplier, recipient=ref.recipient, weapon=ref.weapon,
                   weapon_model=ref.weapon_model, stance="disputed", date=self._claim_date(s, dates, None),
                   claimed_by=[p for p in speakers if ex.entry(p) and ex.entry(p).type == "Person"] or speakers,
                   sentence_index=s.index)
        ev.evidence.append(Evidence(s.span.start, s.span.end, s.text, "supply.dispute"))
        return [ev]
