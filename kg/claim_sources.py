"""Who claims a supply, when attribution alone does not say.

The speakers of a sentence come from :mod:`kg.attribution`; a claim adds what is particular to
claims: a dateline's place does not speak ("Bisnis.com, JAKARTA - ..."), a name set off by commas
before the verb does ("ajudan presiden Azerbaijan, Hikmat Hajiyev, mengatakan"), a third party who
speaks of a supply claims it ("Aliyev called India's supply of weapons ... an unfriendly move"), and
an accusation named by a noun is its accuser's ("Tuduhan AS terhadap Moskow ...").

A mixin of :class:`kg.events.Extractor` (through :class:`kg.claims.ClaimRules`)."""

from __future__ import annotations

from kg.extraction import ACTOR_TYPES, Extraction, Sentence, uniq
from kg.lexicon import Match

# speech verbs whose subject is the speaker (as kg.attribution reads them)
SPEAKER_BEFORE = {"mengatakan", "menyatakan", "said", "says", "told", "mengklaim", "claimed", "mengumumkan", "announced",
                  "menegaskan", "menyebut", "menambahkan", "menjelaskan", "mengungkapkan", "stated", "confirmed",
                  "mengakui", "admitted", "membantah", "denied", "membenarkan", "mengonfirmasi", "mengkonfirmasi",
                  "menuturkan", "mengungkap", "menyampaikan", "added", "acknowledged"}
# speech verbs in the present tense: the claim is made as the article is written
PRESENT_SPEECH = {"says", "say", "is reporting", "are reporting", "claims", "insists", "maintains", "alleges", "accuses"}


class ClaimSources:
    """The claimants of a supply claim beyond the sentence's attributed speakers."""

    def _apposed_speakers(self, s: Sentence, ex: Extraction) -> list[str]:
        """"ajudan presiden Azerbaijan, Hikmat Hajiyev, mengatakan ...", "..., John Kirby, juga mengonfirmasi":
        a person named between commas right before a speech verb is its speaker (with the country of the
        title before the name)."""
        out = []
        for c in s.cues("speech") + s.cues("admit") + s.cues("deny"):
            if not (c.entry.get("speaker_before") or c.text.lower() in SPEAKER_BEFORE):
                continue
            k = c.tok_start - 1
            if k >= 0 and s.lower[k] in ("juga", "also", "pun", "kemudian", "then"):
                k -= 1
            if k < 1 or s.toks[k].text != ",":
                continue
            for eid, t0, t1, etype, kind in self._typed_mentions(s, ex):
                if etype == "Person" and t1 == k and t0 > 0 and s.toks[t0 - 1].text == ",":
                    out.append(eid)
        return uniq(out)

    def _without_dateline(self, s: Sentence, ex: Extraction, speakers: list[str]) -> list[str]:
        """"Bisnis.com, JAKARTA - Presiden Korea Selatan ... membantah ...": the place of a dateline is where
        the report was filed, not who speaks."""
        dash = next((i for i in range(1, min(len(s.toks) - 1, 10)) if s.toks[i].text in ("-", "–", "—")
                     and s.toks[i - 1].end < s.toks[i].start < s.toks[i].end < s.toks[i + 1].start), None)  # " - ", not "kali-kali"
        if dash is None:
            return speakers
        dateline = {eid for eid, t0, t1, etype, kind in self._typed_mentions(s, ex)
                    if dash - 4 <= t1 <= dash and etype in ("Country", "City")}  # "JAKARTA -", "Jakarta (ANTARA) -"
        if not dateline:
            return speakers
        later = {eid for eid, t0, t1, etype, kind in self._typed_mentions(s, ex) if t0 > dash}
        return [e for e in speakers if e not in dateline or e in later]

    def _nominal_subject(self, s: Sentence, ex: Extraction, trig: Match, lo: int, pairs) -> list[str]:
        """The subject of a clause whose object is a supply noun, when it is a third party: "Azerbaijan
        President Ilham Aliyev called India's supply of weapons ... an unfriendly move"."""
        if not trig.entry.get("nominal") or trig.entry.get("sale"):
            return []  # (a sale is announced, whoever condemns it: "China mengecam penjualan rudal AS ke Taiwan")
        sides = {p.side for pair in pairs for p in pair}
        named = {p.t0 for pair in pairs for p in pair}
        out = []
        for eid, t0, t1, etype, kind in self._typed_mentions(s, ex):
            if not (lo <= t0 < trig.tok_start) or t0 in named or etype not in ("Person", "Country", "Organization", "Bloc"):
                continue
            if t0 > lo and s.lower[t0 - 1] in ("ke", "to", "dari", "from", "di", "in", "of", "oleh", "by", "untuk", "for"):
                continue
            side = self._claim_side(eid, ex)
            if side in sides:
                return []  # the supplier or the recipient speaks of its own supply: not a third party's claim
            out.append(eid)
        return out

    def _accusers_of(self, s: Sentence, ex: Extraction, lo: int, trig: Match) -> list[str]:
        """Who makes an accusation named by a noun in the clause: "Tuduhan AS terhadap Moskow", "US accusations"."""
        out = []
        for c in s.cues("accuse"):
            if not (lo <= c.tok_start < trig.tok_start):
                continue
            for eid, t0, t1, etype, kind in self._typed_mentions(s, ex):
                if etype in ACTOR_TYPES and (t0 == c.tok_end or (t1 == c.tok_start and etype != "Person")) \
                        and not (t0 == c.tok_end and c.text.lower() in ("menuduh", "accused", "accuses", "accusing", "menuding")):
                    out.append(eid)
        return uniq(out)
