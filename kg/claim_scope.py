"""How much of a sentence a supply word speaks for.

A clause is the unit of a claim (:meth:`kg.extraction.Sentence.clause_bounds`), but real news packs more
into one: two sales in one clause ("penjualan F-16 ke Turki, bersamaan dengan penjualan F-35 ke
Yunani"), a supply verb whose object is a notice about a sale, a relative clause whose weapons stand
before it ("howitzers and drones, which were supplied by Israel"), or a permit for others to supply
("mengizinkan sekutunya mengekspor tank").

A mixin of :class:`kg.events.Extractor` (through :class:`kg.claims.ClaimRules`)."""

from __future__ import annotations

from kg.extraction import ACTOR_TYPES, Extraction, Sentence
from kg.lexicon import Match


class ClaimScope:
    """The weapons and parties a supply word covers within its clause."""

    @staticmethod
    def _verb_of_other_object(s: Sentence, trig: Match, triggers: list[Match], hi: int) -> bool:
        """"mengirim pemberitahuan resmi kepada Kongres tentang persetujuannya atas penjualan F-16 ...": a supply
        verb whose object is something else, with the weapons after a supply noun of their own: the noun tells
        the supply."""
        if trig.entry.get("nominal") or trig.entry.get("role") not in ("supply", "receive"):
            return False
        first = next((w.tok_start for w in s.of("WeaponCategory", "WeaponModel") if trig.tok_end <= w.tok_start < hi), None)
        if first is None or first - trig.tok_end <= 3:
            return False
        return any(t.entry.get("nominal") and t.entry.get("role") == "supply" and trig.tok_end < t.tok_start < first
                   for t in triggers)

    def _noun_segment(self, s: Sentence, trig: Match, triggers: list[Match], lo: int, hi: int) -> tuple[int, int]:
        """"penjualan F-16 ... ke Turki, bersamaan dengan penjualan jet tempur F-35 ke Yunani": several supply
        nouns in one clause, each with its weapons after it, are several supplies; each has the weapons and
        recipient up to the next one. Returns where its weapons begin and where its part ends."""
        if not trig.entry.get("nominal"):
            return lo, hi
        nouns = [t for t in triggers if t.entry.get("nominal") and lo <= t.tok_start < hi]
        starts = {i for w in s.of("WeaponCategory", "WeaponModel") for i in (w.tok_start,)}
        wlo = lo
        for t in nouns:
            if t.tok_start >= trig.tok_start:
                continue
            if any(t.tok_end <= i < trig.tok_start for i in starts) and trig.tok_start - t.tok_end > 2:
                wlo = trig.tok_start  # an earlier noun has its own weapons
        for t in nouns:
            if t.tok_start > trig.tok_end + 2 and any(trig.tok_end <= i < t.tok_start for i in starts) \
                    and any(t.tok_end <= i < hi for i in starts):
                return wlo, t.tok_start
        return wlo, hi

    @staticmethod
    def _with_antecedent(s: Sentence, trig: Match, lo: int) -> int:
        """"heavy artillery, rocket launchers, and drones, which ... were largely supplied by Israel", "RPG, rudal
        anti-tank ... yang dirancang Brasil telah diangkut dari Irak ke Rusia": a passive supply in a relative
        clause is of the weapons it is attached to, in the clause before."""
        if lo < 2 or s.lower[lo] not in ("which", "yang", "that"):
            return lo
        passive = s.lower[trig.tok_start].startswith("di") or "by" in s.lower[trig.tok_end:trig.tok_end + 2] \
            or any(w in ("were", "was", "been", "be") for w in s.lower[max(lo, trig.tok_start - 3):trig.tok_start])
        if not passive:
            return lo
        j = lo - 1 if s.toks[lo - 1].text != "," else lo - 2
        if not any(w.tok_end == j + 1 for w in s.of("WeaponCategory", "WeaponModel")):
            return lo
        return s.clause_bounds(j)[0]

    def _permitted_others(self, s: Sentence, ex: Extraction, trig: Match, lo: int) -> bool:
        """"Jerman juga akan mengizinkan sekutunya mengekspor tank", "allowing partner countries to supply":
        those allowed supply, and none of them is named."""
        for c in s.cues("permit"):
            if lo <= c.tok_start < trig.tok_start and trig.tok_start - c.tok_end <= 6 and trig.tok_start > c.tok_end \
                    and not any(c.tok_end <= t0 < trig.tok_start for eid, t0, t1, etype, kind in self._typed_mentions(s, ex)
                                if etype in ACTOR_TYPES):
                return True
        return False
