"""Who supplies whom: the parties of a weapon-supply clause and the direction of the supply.

Word order carries the direction: the supplier is the subject of a supply verb ("X memasok
Y"), the agent of a passive one ("dipasok Korut", "donated by Italy"), the possessor of a
supply noun ("penjualan senjata AS ke Taiwan", "Iran's drone supplies"), the source of a
receipt ("Y menerima ... dari X") or the origin of a used weapon ("drone buatan Iran",
"Iranian drones"); the recipient is after "ke"/"kepada"/"to"/"for" or the object of the verb.
"Negaranya", "his country", "kami", "we" stand for the speaker's side; "kedua negara" for
the two parties of the last claim.

A mixin of :class:`kg.events.Extractor` (through :class:`kg.claims.ClaimRules`)."""

from __future__ import annotations

from typing import NamedTuple

from kg.extraction import DIRECTIONS, LOCATIVE_ANY, EventLog, Extraction, Sentence
from kg.lexicon import Match

RECIPIENT_PREPS = {"ke", "kepada", "untuk", "bagi", "to", "for"}
SOURCE_PREPS = {"dari", "from"}
AGENT_PREPS = {"oleh", "by"}
INTO = {"into"}  # "sent troops and tanks into eastern Ukraine": a place entered, not a recipient
ROUTE_WORDS = {"melalui", "via", "through", "lewat", "transit"}  # "melalui Bandara Beirut": the way, not the recipient
FLOW_WORDS = {"mengalir", "flowing", "flow", "flows", "flowed", "pouring", "poured"}  # "mengalir ke Ukraina": a territory
# between a weapon and its origin: "Shahed-136 buatan Iran", "rudal yang dipasok Korut", "supplied by Iran"
ORIGIN_WORDS = {"buatan", "produksi", "asal", "made", "-", "yang", "dipasok", "dikirim", "disediakan", "diberikan",
                "supplied", "provided", "sent", "by", "oleh", "dari", "from"}
LIST_JOINERS = {",", "dan", "and", "serta", "&", "the"}
PREPOSITIONS = LOCATIVE_ANY | RECIPIENT_PREPS | SOURCE_PREPS | AGENT_PREPS | {"dengan", "with", "of", "on", "atas", "terhadap"}
# "hubungan China dengan AS", "relations between": the parties of a relationship, not of a supply
RELATION_WORDS = {"hubungan", "relations", "relationship", "ties"}
SUBJECT_PRONOUNS = {"it", "they", "ia", "dia", "pihaknya", "mereka", "negaranya"}
COUNTRY_ANAPHORS = {"negara itu", "negara tersebut", "negara ini", "this country", "the country"}
TOPIC_NOUNS = {"conflict", "war", "crisis", "invasion", "konflik", "perang", "krisis", "invasi"}
# words that may stand between a supply noun, its weapons and their possessor ("penjualan besar-besaran
# militer AS", "penjualan senjata terbaru AS"), and words that end the noun phrase
NOUN_PHRASE_GAP = 3
NOT_IN_NOUN_PHRASE = RECIPIENT_PREPS | SOURCE_PREPS | AGENT_PREPS | INTO | {
    "yang", "which", "that", "di", "in", "dengan", "with", "of", "on", "atas", "pada", "bahwa", "dan", "and"}


class Party(NamedTuple):
    """A party of a claim as named in the clause."""

    t0: int
    t1: int
    side: str  # a country, a bloc, an armed group or an international organisation
    kind: str  # how it is named: label, alias, demonym, metonym; "self" ("negaranya", "we"); "ref" (an earlier claim)
    topic: bool  # named as a topic ("about Iran's ...", "perang di Ukraina"): a possessor at most
    source: object = None  # the earlier claim (an Event) this party was taken from, told as part of it
    eid: str | None = None  # the entity named, when it is not the side itself (a person)


def _prep(s: Sentence, p: Party) -> str:
    """The word before a party, over an article or a direction ("to the Netherlands", "into eastern Ukraine")."""
    i = p.t0 - 1
    while i > 0 and s.lower[i] in DIRECTIONS:
        i -= 1
    return s.lower[i] if i >= 0 else ""


def _from(s: Sentence, p: Party) -> bool:
    """A source: "dari Iran", "from several members of the alliance" (a short noun phrase, no verb between)."""
    i = p.t0 - 1
    while i >= max(0, p.t0 - 6):
        w = s.lower[i]
        if w in SOURCE_PREPS:
            return True
        if not w.isalpha() or i in s.trigger_toks or w in LOCATIVE_ANY | RECIPIENT_PREPS | AGENT_PREPS:
            return False  # "dari wilayahnya menuju Israel": Israel is where it went
        i -= 1
    return False


def _passive_pronoun(words: list[str]) -> bool:
    """A pronoun that is the subject of a passive verb ("dia diberitahu", "it was told"): not an agent."""
    for k, w in enumerate(words[:-1]):
        if w not in SUBJECT_PRONOUNS:
            continue
        nxt = words[k + 1]
        if nxt.startswith("di") and len(nxt) > 4:  # "dia diberitahu" (not "dia di Jakarta")
            return True
        if nxt in ("was", "were", "is", "are") and k + 2 < len(words) and not words[k + 2].endswith("ing"):
            return True  # "it was told that ..." (not "it is supplying")
    return False


def _ref(side: str) -> Party:
    return Party(-1, -1, side, "ref", False)


class ClaimParties:
    """Supplier and recipient of a supply, use, receive or promise word."""

    def _claim_side(self, eid: str, ex: Extraction) -> str | None:
        """The party an actor stands for in a claim: a country, a bloc, an armed group ("Hizbullah")
        or an international organisation without a country ("NATO"); else the actor's country."""
        e = ex.entry(eid)
        if e is None:
            return None
        if e.type in ("Country", "Bloc"):
            return eid
        if e.type == "Organization" and (e.get("kind") == "armed_group" or (e.get("kind") == "international" and not e.country)):
            return eid
        return e.country if e.type in ("Person", "Organization") else None

    def _speaker_sides(self, speakers: list[str], ex: Extraction) -> list[str]:
        """The parties who speak, in order (a news outlet reports a claim; it is not a party to it)."""
        return list(dict.fromkeys(c for c in (self._claim_side(i, ex) for i in speakers
                                              if ex.entry(i) and ex.entry(i).type != "NewsOutlet") if c))

    def _supply_parties(self, s: Sentence, ex: Extraction, log: EventLog, lo: int, hi: int, sides: list[str]) -> list[Party]:
        out = []
        currency = {c.tok_start for c in s.cues("currency")} | {c.tok_end for c in s.cues("currency")}
        rebels = [c for c in s.cues("rebels") if lo <= c.tok_start < hi and not self._attributed(s, c.tok_start)]
        for eid, t0, t1, etype, kind in self._typed_mentions(s, ex):
            if not (lo <= t0 < hi) or self._attributed(s, t0):
                continue
            if etype == "Country" and (t0 in currency or t1 in currency or s.lower[t1:t1 + 1] == ["$"]):
                continue  # "senilai 23 miliar dolar AS", "US$ 776 million": a currency, not a party
            if etype == "Country" and any(c.tok_start == t1 or c.tok_end == t0 for c in rebels):
                continue  # "Yemeni rebels", "milisi Irak": an armed group of the country (below), not the state
            if etype == "City" and ex.entry(eid).get("capital") and t0 > 0 and s.lower[t0 - 1] in RECIPIENT_PREPS | SOURCE_PREPS:
                etype, eid = "Country", ex.entry(eid).country  # "mengirim rudal ke Kiev": to Ukraine
                if not eid:
                    continue
            elif etype not in ("Country", "Person", "Organization", "Bloc"):
                continue
            side = self._claim_side(eid, ex)
            if side and not any(w in RELATION_WORDS for w in s.lower[max(lo, t0 - 3):t0]):
                # "the Ukrainian conflict", "Russia's war": the party names what is talked about
                topic = self._topic(s, t0) or (t1 < len(s.toks) and s.lower[t1] in TOPIC_NOUNS) \
                    or (t1 + 1 < len(s.toks) and s.lower[t1] in ("'s", "’s") and s.lower[t1 + 1] in TOPIC_NOUNS)
                out.append(Party(t0, t1, side, kind, topic, None, eid))
        for c in s.cues("self"):
            if lo <= c.tok_start < hi and not self._attributed(s, c.tok_start):
                # "kami memberi Rusia ..." in a quote whose speaker is not named here: the supplier who
                # was speaking in the claim before
                last = log.claims[-1] if log.claims else None
                side = sides[0] if sides else self._side_of_previous_subject(s, ex) or (
                    last.supplier if last and last.stance in ("admitted", "denied") else None)
                if side:
                    out.append(Party(c.tok_start, c.tok_end, side, "self", False))
        for c in rebels:
            group = self._rebel_group(s, ex, c)
            if group:
                out.append(Party(c.tok_start, c.tok_end, group, "rebels", self._topic(s, c.tok_start), None, group))
        out.sort(key=lambda p: p.t0)
        return out

    def _rebel_group(self, s: Sentence, ex: Extraction, c: Match) -> str | None:
        """"Yemeni rebels", "gerilyawan", "the insurgents": the armed group the article names (of the country
        named with the word, if one is), when it names exactly one; else nobody we can name."""
        country = None
        for eid, t0, t1, etype, kind in self._typed_mentions(s, ex):
            if etype == "Country" and (t1 == c.tok_start or t0 == c.tok_end):
                country = eid
        if any(t1 == c.tok_start or t0 == c.tok_end for eid, t0, t1, etype, kind in self._typed_mentions(s, ex)
               if etype == "Organization" and ex.entry(eid).get("kind") == "armed_group"):
            return None  # "Houthi rebels": the group is named right there
        groups = [g for g in ex.entity_ids("Organization") if ex.entry(g).get("kind") == "armed_group"
                  and (country is None or ex.entry(g).country == country)]
        return groups[0] if len(groups) == 1 else None

    def _side_of_previous_subject(self, s: Sentence, ex: Extraction) -> str | None:
        """"... the NHK channel quoted him as saying": the quote is by the person the last sentence was about."""
        subj = self._previous_subject(ex, s.index) if s.index > 0 else None
        return self._claim_side(subj, ex) if subj else None

    def _claim_directions(self, s: Sentence, ex: Extraction, log: EventLog, trig: Match, lo: int, hi: int,
                          weapons: list[Match], sides: list[str], ref, cats) -> list[tuple[Party, Party]]:
        """(supplier, recipient) pairs of the supply at *trig*: one per supplier ("the United States,
        Germany, and Romania donated ..."); empty when either side is unknown."""
        parties = self._supply_parties(s, ex, log, lo, hi, sides)
        role = trig.entry.get("role")
        prep = lambda p: _prep(s, p)  # noqa: E731
        live = [p for p in parties if not p.topic]
        before = [p for p in live if p.t0 < trig.tok_start]
        after = [p for p in live if p.t0 >= trig.tok_end and prep(p) not in INTO and not self._flows_into(s, p)
                 and not self._route(s, p)]
        if ref is not None:
            # the contents of a package named again; an item "donated by the Netherlands" has its own supplier
            suppliers = [p for p in after if prep(p) in AGENT_PREPS] or [_ref(ref.supplier)]
            return self._pairs(suppliers, _ref(ref.recipient))
        if not before and log.claims and any(c.tok_start == lo for c in s.cues("anaphor")) \
                and any(w in ("kedua", "both", "two") for w in s.lower[lo:lo + 2]):
            last = log.claims[-1]  # "Kedua negara juga membantah ...": the two parties of the last claim
            return self._pairs([_ref(last.supplier)], _ref(last.recipient))
        sources = self._listed_after(s, [p for p in live if _from(s, p)])
        if trig.entry.get("arrive"):
            # "jet tempur Su-30 Rusia ... tiba di Myanmar": delivered where they arrived, by where they come from
            supplier = sources[0] if sources else self._origin(s, live, weapons)
            recipient = next((p for p in after if prep(p) in LOCATIVE_ANY and p.side != (supplier.side if supplier else None)),
                             None)
            return self._pairs([supplier] if supplier else [], recipient)
        if role == "receive" or (sources and role not in ("promise", "use")):
            # "Rusia telah menerima kiriman rudal ... dari Iran"; "missiles from Iran"; "dari Iran dan Irak ke Rusia"
            suppliers = sources or ([self._origin(s, live, weapons)] if role == "receive" else [])
            suppliers = [p for p in suppliers if p is not None]
            taken = {p.side for p in suppliers}
            recipient = None
            if role != "receive":
                recipient = next((p for p in after if prep(p) in RECIPIENT_PREPS and p.side not in taken), None)
            if recipient is None and before and before[-1].side not in taken:
                recipient = before[-1]
            if recipient is None and role == "receive" and sides and self._speaker_is_subject(s, lo, trig, parties):
                # "Ukraine said ... it had received Patriot missiles from Germany", "Rusia membantah menerima
                # rudal dari Korea Utara": the speaker receives
                near = [self._claim_side(eid, ex) for eid, t0, t1, etype, kind in self._typed_mentions(s, ex)
                        if t1 <= trig.tok_start and self._attributed(s, t0) and self._claim_side(eid, ex) in sides]
                side = near[-1] if near else sides[0]
                recipient = _ref(side) if side not in taken else None
            if recipient is None and role != "receive":
                recipient = next((p for p in after if p.side not in taken and p not in sources), None)
            return self._pairs(suppliers, recipient)
        if role == "use":
            # "Rusia menggunakan drone Shahed-136 Iran" / "Russia used Iranian drones"
            recipient = before[-1] if before else None
            supplier = self._origin(s, live, weapons, after_only=[p for p in parties if p.t0 > trig.tok_start])
            return self._pairs([supplier] if supplier else [], recipient)
        thanked = self._thanked(s, trig, lo, live)
        if thanked:
            return [thanked]
        suppliers = self._agents(s, trig, after)
        passive = bool(suppliers)
        if not suppliers:
            suppliers = self._relative_subject(s, trig, [p for p in parties if p.t0 < trig.tok_start])
        if not suppliers and (trig.entry.get("nominal") or s.lower[trig.tok_end:trig.tok_end + 1] == ["of"]):
            # a supply noun, or a word that is one here ("exports of South Korean howitzers")
            possessor = self._possessor(s, trig, weapons, parties)
            suppliers = [possessor] if possessor else []
        subjects = [p for p in before if prep(p) not in PREPOSITIONS  # "ke Lebanon untuk mentransfer": no subject
                    and not (p.kind == "self" and any(w in ("which", "what", "who", "mana", "siapa")
                                                      for w in s.lower[p.t1:trig.tok_start]))]  # "we know which countries ..."
        if not suppliers and subjects:
            suppliers = self._listed_before(s, subjects)
        if not suppliers:
            suppliers = self._main_clause_subject(s, ex, log, trig, lo, sides)
        if not suppliers and sides and self._speaker_is_subject(s, lo, trig, parties):
            # "Germany said ... it had sent", "Iran mengakui memasok ...": the speaker nearest the verb
            near = [self._claim_side(eid, ex) for eid, t0, t1, etype, kind in self._typed_mentions(s, ex)
                    if t1 <= trig.tok_start and self._attributed(s, t0) and self._claim_side(eid, ex) in sides]
            suppliers = [_ref(near[-1] if near else sides[0])]
        if not suppliers:
            suppliers = self._pronoun_supplier(s, ex, log, lo, trig.tok_start)
        if not suppliers and role == "supply" and not any(prep(p) in AGENT_PREPS for p in after):
            # "... menyediakan sistem rudal Bavar 373 buatan Iran ke Moskow" (a subject we cannot name): the origin
            origin = self._origin(s, [p for p in live if prep(p) not in RECIPIENT_PREPS], weapons, named_only=True)
            suppliers = [origin] if origin else []
        if not suppliers:
            return []
        taken = {p.side for p in suppliers}
        to = [p for p in after if prep(p) in RECIPIENT_PREPS and p.side not in taken]
        if trig.entry.get("needs_for"):
            # "memproduksi 40.000 roket untuk Rusia": making weapons is a supply only for someone
            return self._pairs(suppliers, to[0]) if to else []
        recipient = to[0] if to else next((p for p in after if p.side not in taken and p not in suppliers), None)
        if recipient is None:
            # "a boost to Ukraine's air defence, with systems to be provided by NATO allies"
            recipient = next((p for p in before if prep(p) in RECIPIENT_PREPS and p.side not in taken), None)
        if recipient is None and len(before) >= 2 and before[-2].side != before[-1].side and len(suppliers) == 1 \
                and suppliers[0] is before[-1]:
            suppliers, recipient = [before[-2]], before[-1]
        if recipient is None and passive:
            # "Azerbaijan's offensive involved artillery ..., which were supplied by Israel and Turkey"
            recipient = next((p for p in reversed(before) if p.side not in taken), None)
        if recipient is None:
            last = log.last_recipient_of(suppliers[0].side)
            recipient = _ref(last) if last else None
        if recipient is None:
            recipient = self._continued_recipient(s, log, cats, taken)
        return self._pairs(suppliers, recipient)

    @staticmethod
    def _route(s: Sentence, p: Party) -> bool:
        """"menyelundupkan senjata melalui Bandara Internasional Beirut", "via Chad": the way, not the recipient."""
        words = s.lower[max(0, p.t0 - 3):p.t0]
        if not any(w in ROUTE_WORDS for w in words):
            return False
        k = max(i for i, w in enumerate(words) if w in ROUTE_WORDS)
        return not any(w in RECIPIENT_PREPS for w in words[k + 1:])

    @staticmethod
    def _flows_into(s: Sentence, p: Party) -> bool:
        """"bantuan militer Rusia yang mengalir ke Ukraina", "weapons flowing into Ukraine": a territory the
        supply enters, not who receives it."""
        return p.t0 >= 2 and s.lower[p.t0 - 1] in ("ke", "to", "into", "menuju") and s.lower[p.t0 - 2] in FLOW_WORDS

    def _thanked(self, s: Sentence, trig: Match, lo: int, parties: list[Party]) -> tuple[Party, Party] | None:
        """"Zelensky berterima kasih kepada Jerman atas pengiriman IRIS-T", "thanked Germany for the
        howitzers": the one thanked supplied the one who thanks."""
        for c in s.cues("thank"):
            if not (lo <= c.tok_start < trig.tok_start):
                continue
            thanker = next((p for p in reversed(parties) if p.t1 <= c.tok_start), None)
            thanked = next((p for p in parties if c.tok_end <= p.t0 < trig.tok_start
                            and p.t0 - c.tok_end <= 2), None)
            if thanker and thanked and thanker.side != thanked.side:
                return thanked, thanker._replace(kind="thanks")
        return None

    def _continued_recipient(self, s: Sentence, log: EventLog, cats, taken) -> Party | None:
        """A supply of the same weapons as a claim just made (this sentence or the two before), with no
        recipient of its own, goes to that claim's recipient, as told there: "... air defence systems to
        be provided by NATO allies. ... the United States, Germany, and Romania donated the Patriot
        batteries." """
        for e in reversed(log.claims):
            if s.index - e.sentence_index > 2:
                break
            if e.weapon in cats and e.recipient not in taken and e.stance != "disputed":
                return Party(-1, -1, e.recipient, "ref", False, e)
        return None

    def _main_clause_subject(self, s: Sentence, ex: Extraction, log: EventLog, trig: Match, lo: int,
                             sides: list[str]) -> list[Party]:
        """"Teheran telah menggunakan maskapai Meraj, yang ... , untuk mentransfer senjata ke Hizbullah":
        the purpose of the main clause's subject, after a relative clause."""
        if lo < 2 or s.lower[lo] not in ("yang", "which", "who") or s.lower[trig.tok_start - 1] not in ("untuk", "to") \
                or s.toks[lo - 1].text != ",":
            return []  # ("We see and know which countries are preparing to give ...": no relative clause)
        mlo, _ = s.clause_bounds(lo - 2)
        main = [p for p in self._supply_parties(s, ex, log, mlo, lo - 1, sides)
                if not p.topic and _prep(s, p) not in PREPOSITIONS]
        return main[:1]

    def _speaker_is_subject(self, s: Sentence, lo: int, trig: Match, parties: list[Party]) -> bool:
        """The speaker is the one who supplies: "Germany said on Monday it had sent ...", "Iran mengakui
        memasok ...", "The United States announced a $400 million military aid package" (a pronoun
        subject, or the supply told shortly after the speech verb of its clause) - not "..., while
        obfuscating the destination of the arms shipments"."""
        words = s.lower[lo:trig.tok_start]
        if any(w in ("being", "been", "are", "is", "were", "was") for w in words[-2:]) and \
                any(w.tok_end <= trig.tok_start for w in s.of("WeaponCategory", "WeaponModel") if w.tok_start >= lo):
            return False  # "weapons are being shipped to Ukraine": the weapons are the subject, the supplier untold
        if _passive_pronoun(words):
            return False  # "dia diberitahu tentang ...": he is told, he does not supply
        if any(w in SUBJECT_PRONOUNS for w in words) or any(
                " ".join(words[i:i + 2]) in COUNTRY_ANAPHORS for i in range(len(words) - 1)):
            return True
        verbs = s.cues("speech") + s.cues("admit") + s.cues("deny")
        return any(lo - 2 <= c.tok_start and 0 <= trig.tok_start - c.tok_end <= 8
                   and not any(c.tok_end <= p.t0 < trig.tok_start for p in parties) for c in verbs)

    def _pronoun_supplier(self, s: Sentence, ex: Extraction, log: EventLog, lo: int, t: int) -> list[Party]:
        """"negara ini sedang mengekspor ...": the country the last sentence was about; "it", "they",
        "mereka": the supplier of the last claim."""
        words = s.lower[lo:t]
        pairs = {" ".join(words[i:i + 2]) for i in range(len(words) - 1)}
        if pairs & COUNTRY_ANAPHORS and s.index > 0:
            country = next((m.entity for m in sorted(self._sents[s.index - 1].mentions, key=lambda m: m.start)
                            if ex.entry(m.entity) and ex.entry(m.entity).type == "Country"), None)
            if country:
                return [_ref(country)]
        if log.claims and any(w in SUBJECT_PRONOUNS for w in words) and not _passive_pronoun(words):
            return [_ref(log.claims[-1].supplier)]
        return []

    @staticmethod
    def _pairs(suppliers: list[Party], recipient: Party | None) -> list[tuple[Party, Party]]:
        if recipient is None:
            return []
        seen, out = set(), []
        for p in suppliers:
            if p.side != recipient.side and p.side not in seen:
                seen.add(p.side)
                out.append((p, recipient))
        return out

    def _agents(self, s: Sentence, trig: Match, after: list[Party]) -> list[Party]:
        """The agents of a passive supply: "supplied by North Korea", "dipasok oleh Korut", "dipasok Korut",
        "donated by the Netherlands and Italy"."""
        passive_id = s.lower[trig.tok_start].startswith("di")
        out: list[Party] = []
        end = trig.tok_end
        for p in after:
            gap = [w for w in s.lower[end:p.t0] if w != "the"]
            if out and gap and all(w in LIST_JOINERS for w in gap):
                out.append(p)
            elif out:
                break
            elif gap in (["oleh"], ["by"]) or (passive_id and not gap) or self._agent_list(s, end, p.t0):
                out.append(p)  # "supplied by Iran"; "dipasok Korut"; "supplies by Europe and the US"
            else:
                break
            end = p.t1
        return out

    @staticmethod
    def _agent_list(s: Sentence, a: int, b: int) -> bool:
        """Tokens [a, b) are "by" and the first names of a list whose last one is at *b*: "by Europe and the"."""
        words = s.lower[a:b]
        if not (2 <= len(words) <= 5 and words[0] in AGENT_PREPS and words[-1] in LIST_JOINERS):
            return False
        return all(w in LIST_JOINERS or s.toks[a + k].text[:1].isupper() for k, w in enumerate(words) if k > 0)

    def _possessor(self, s: Sentence, trig: Match, weapons: list[Match], parties: list[Party]) -> Party | None:
        """The supplier named with a supply noun: "penjualan senjata AS ke Taiwan", "pengiriman senjata
        Iran", "Iran's purported drone supplies", "US arms sales" (a topic is allowed here: "statements
        about Iran's drone supplies")."""
        weapon_toks = {i for w in weapons for i in range(w.tok_start, w.tok_end)}
        trig_toks = {i for t in s.of("Trigger") if t.entry.get("nominal") for i in range(t.tok_start, t.tok_end)}
        starts = {p.t0: p for p in parties}
        ends = {p.t1: p for p in parties}
        # after the noun: its weapons and a few words, then the possessor ("senjata terbaru AS")
        i, gap = trig.tok_end, 0
        while i < len(s.toks):
            if i in starts:
                return starts[i]
            if i in weapon_toks or i in trig_toks:
                i += 1
                continue
            w = s.lower[i]
            if w in ("-", "‐"):
                i += 1  # "besar-besaran"
                continue
            if w in LIST_JOINERS and i + 1 in weapon_toks:
                i += 1  # "pasokan senjata dan peralatan militer Korut"
                continue
            if w == "of" and gap == 0:
                # "exports of South Korean K9 howitzers": a demonym before the weapons
                p = next((starts[j] for j in range(i + 1, min(i + 3, len(s.toks))) if j in starts
                          and starts[j].kind == "demonym" and starts[j].t1 in weapon_toks), None)
                if p is not None:
                    return p
            if gap >= NOUN_PHRASE_GAP or not w.isalpha() or w in NOT_IN_NOUN_PHRASE:
                break
            gap += 1
            i += 1
        # before the noun: "Iran's purported drone supplies", "US arms sales"
        i, gap = trig.tok_start, 0
        while i > 0:
            if i in ends:
                return ends[i]
            j = i - 1
            if j in weapon_toks or j in trig_toks or s.lower[j] in ("'s", "’s"):
                i = j
                continue
            if gap >= 1 or not s.lower[j].isalpha() or s.lower[j] in NOT_IN_NOUN_PHRASE | {"the", "a", "an"}:
                break
            gap += 1
            i = j
        return None

    def _listed_after(self, s: Sentence, sources: list[Party]) -> list[Party]:
        """The first source with the sources listed with it ("dari Iran dan Irak")."""
        out = sources[:1]
        for p in sources[1:]:
            gap = s.lower[out[-1].t1:p.t0]
            if gap and all(w in LIST_JOINERS for w in gap):
                out.append(p)
            else:
                break
        return out

    @staticmethod
    def _relative_subject(s: Sentence, trig: Match, before: list[Party]) -> list[Party]:
        """"Tuduhan AS terhadap Moskow yang memasok senjata ...", "Iran, which supplied ...": the party a
        relative clause is about is who supplies."""
        i = trig.tok_start - 1
        while i > 0 and s.lower[i] in ("telah", "sudah", "has", "had", "have", "diduga", "allegedly", "reportedly"):
            i -= 1
        if i <= 0 or s.lower[i] not in ("yang", "which", "who"):
            return []
        j = i - 1 if s.toks[i - 1].text != "," else i - 2
        return [p for p in before if p.t1 == j + 1][:1]

    def _listed_before(self, s: Sentence, before: list[Party]) -> list[Party]:
        """The subject before the verb, with the parties listed with it ("AS, Jerman, dan Rumania")."""
        out = [before[-1]]
        for p in reversed(before[:-1]):
            gap = s.lower[p.t1:out[-1].t0]
            if gap and all(w in LIST_JOINERS for w in gap):
                out.append(p)
            else:
                break
        return list(reversed(out))

    def _origin(self, s: Sentence, parties: list[Party], weapons: list[Match], after_only=None,
                named_only: bool = False) -> Party | None:
        """Where a used or received weapon comes from: "drone Iran", "Shahed-136 buatan Iran", "rudal yang
        dipasok Korut", "Iranian drones", "Iranian-made drones"; else the maker of a named model."""
        pool = after_only if after_only is not None else parties
        for w in weapons:
            for p in pool:
                gap = s.lower[w.tok_end:p.t0]
                if p.t0 < w.tok_end or len(gap) > 6:
                    continue
                if gap[-2:] == ["made", "in"]:
                    gap = [x for x in gap[:-1] if x != ","]  # "the drones, made in Iran"
                # "drone Iran"; "Shahed-136 buatan Iran"; "rudal balistik jarak pendek yang dipasok Korut"
                modifiers = [x for x in gap if x not in ORIGIN_WORDS]
                if named_only and not (gap and gap[-1] in ("buatan", "produksi", "made", "asal")):
                    continue  # only an origin the text states ("buatan Iran"), not any country after a weapon
                if not gap or (gap[-1] in ORIGIN_WORDS - {"yang", "-"} and len(modifiers) <= 2
                               and all(x.isalpha() and x not in NOT_IN_NOUN_PHRASE for x in modifiers)):
                    return p
            for p in parties:
                gap = s.lower[p.t1:w.tok_start]
                if p.kind == "demonym" and 0 <= w.tok_start - p.t1 <= 2 and all(
                        x in ("-", "made", "provided", "supplied", "built", "manufactured") for x in gap) \
                        and not (named_only and not any(x.isalpha() for x in gap)):
                    return p  # "Iranian drones", "Iranian-made", "Iranian-provided weapons"
        if named_only:
            return None
        for w in weapons:
            maker = w.entry.get("maker")
            if maker:
                return _ref(maker)
        return None
