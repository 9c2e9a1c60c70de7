"""Extraction stage 4b: weapon-supply claims and disputes.

A claim is one (supplier, recipient, weapon category, stance) said by someone. The rules
here decide, for a supply, use, receive or promise word with weapons in its clause, which
weapons are meant (:meth:`ClaimRules._claim_weapons`), what part of the clause a supply word
covers (:mod:`kg.claim_scope`), who supplies whom (:mod:`kg.claim_parties`), the stance, who
claims it (:mod:`kg.claim_sources`), and the claims that refer back to an earlier one ("Tuduhan
itu dibantah Kremlin", "The sale includes ...", "menyebut itu kebohongan").

The rules are methods of a mixin of :class:`kg.events.Extractor`; they share its
lexicon and the state of the article being extracted."""

from __future__ import annotations

from typing import NamedTuple

from kg.claim_links import ClaimLinks
from kg.claim_parties import PREPOSITIONS, ClaimParties, Party
from kg.claim_scope import ClaimScope
from kg.claim_sources import PRESENT_SPEECH, ClaimSources
from kg.extraction import ACTOR_TYPES, ATTACK_WORDS, SUPPLY_ROLES, Event, EventLog, Evidence, Extraction, Sentence, uniq
from kg.lexicon import Match

DEMONSTRATIVES = ("itu", "tersebut", "ini")


class Mood(NamedTuple):
    """How a supply clause is told (:meth:`ClaimRules._mood`)."""

    deny: bool
    negated: bool
    planned: bool
    pledged: bool
    sale: bool
    prospective: bool
    accuse: bool
    hearsay: bool
    rumour: bool  # the clause is what a rumour says ("menjawab isu bahwa AS tengah mempersiapkan ...")
    reported: bool
    announced: bool
    attributed: bool  # someone is said to say it, named or not ("according to experts")
    speakers: list[str]
    sides: list[str]


class ClaimRules(ClaimParties, ClaimLinks, ClaimScope, ClaimSources):
    """Weapon-supply claims: supplier, recipient, weapon, stance and who makes the claim; disputes."""

    def _claims_in(self, s: Sentence, ex: Extraction, dates, log: EventLog) -> None:
        """Add the claims of sentence *s* to *log*."""
        triggers = s.of("Trigger")
        supply = [t for t in triggers if t.entry.get("role") in SUPPLY_ROLES]
        made = len(log.claims)
        if supply and (s.of("WeaponCategory", "WeaponModel") or any(t.entry.get("implies") for t in supply)
                       or any(t.entry.get("nominal") for t in supply) and ("militer" in s.lower or "military" in s.lower)):
            self._supply_events(s, ex, dates, log, supply)
        elif not supply and s.cues("accuse") and s.of("WeaponCategory", "WeaponModel"):
            log.extend(self._accused_of_foreign_weapons(s, ex, dates))
        if len(log.claims) == made and s.cues("deny") and s.cues("claim-ref"):
            log.extend(self._denials_of_earlier_claims(s, ex, dates, log))
        if len(log.claims) == made and (supply or s.cues("claim-ref")):
            log.extend(self._restatements(s, ex, dates, log, supply))
        if s.cues("dispute") and (s.of("WeaponCategory", "WeaponModel") or self._anaphoric_ref(s) or any(
                w in ("bantahan", "denial", "pengakuan", "admission", "account", "klaim", "claim", "laporan", "report")
                for w in s.lower) or any(ex.entry(m.entity) and ex.entry(m.entity).type == "NewsOutlet" for m in s.mentions)):
            log.extend(self._dispute_events(s, ex, dates, log))

    # ---------------------------------------------------------------- weapons
    def _claim_weapons(self, s: Sentence, lo: int, hi: int) -> list[Match]:
        """The weapons named in tokens [lo, hi) that something could be supplied of.

        Not a weapon: the target of "anti-"/"counter-" ("radar anti-artileri"), a programme or
        test ("missile programmes", "uji coba rudal"), a phrase like "gencatan senjata"; and a
        category word that is only the head noun of a model next to it ("Stinger missiles",
        "rudal Harpoon") adds no category of its own."""
        ws = [w for w in s.of("WeaponCategory", "WeaponModel") if lo <= w.tok_start < hi]
        if not ws:
            return ws
        counter = {c.tok_end for c in s.cues("counter")}
        program = [c for c in s.cues("program")]
        # "drones equipped with guided missiles": what a weapon carries is part of it
        carried = [c for c in s.cues("equipped") if any(0 <= c.tok_start - w.tok_end <= 3 for w in ws)]
        models = [w for w in ws if w.entry.type == "WeaponModel"]
        served = self._served_systems(s, ws)
        # "HIMARS ammunition", "Patriot interceptors": munitions named by the system they are for
        fired = [m for m in models if m.entry.get("category") != "weapon:ammunition" and any(
            c.entry.id == "weapon:ammunition" and c.tok_start == m.tok_end for c in ws)]
        out = []
        for w in ws:
            if w in served or w in fired:
                continue
            if w.entry.id == "weapon:ammunition" and any(m.tok_end == w.tok_start for m in fired):
                out.append(w)
                continue
            if w.tok_start in counter or w.tok_start - 1 in counter and s.lower[w.tok_start - 1] in ("-", "‐"):
                continue
            if any(c.tok_start == w.tok_end or c.tok_end == w.tok_start for c in program):
                continue
            if any(0 <= w.tok_start - c.tok_end <= 3 for c in carried):
                continue
            if w.entry.type == "WeaponCategory" and any(m.tok_end == w.tok_start or m.tok_start == w.tok_end for m in models):
                continue
            out.append(w)
        return out

    @staticmethod
    def _served_systems(s: Sentence, ws: list[Match]) -> list[Match]:
        """"amunisi untuk Sistem Roket Artileri Mobilitas Tinggi (HIMARS)", "rockets for HIMARS": after
        munitions, "untuk"/"for" names the system they are for, which is not supplied itself (up to the
        next item of the list)."""
        out = []
        for w in ws:
            if w.entry.id not in ("weapon:ammunition", "weapon:missile") or w in out:
                continue
            if w.tok_end >= len(s.toks) or s.lower[w.tok_end] not in ("untuk", "for", "bagi"):
                continue
            stop = next((i for i in range(w.tok_end, len(s.toks)) if s.lower[i] in (",", ";", "dan", "and", "serta", "&")),
                        len(s.toks))
            out.extend(x for x in ws if w.tok_end < x.tok_start < stop)
        return out

    @staticmethod
    def _categories(s: Sentence, weapons: list[Match]) -> dict[str, str | None]:
        """Weapon category -> the first model named for it (None if only the category).
        Rockets for a launcher ("roket untuk sistem roket artileri (HIMARS)") are its ammunition."""
        starts = {w.tok_start for w in s.of("WeaponCategory", "WeaponModel")}
        cats: dict[str, str | None] = {}
        for w in weapons:
            cat = w.entry.get("category") if w.entry.type == "WeaponModel" else w.entry.id
            if cat == "weapon:missile" and w.entry.type == "WeaponCategory" and w.tok_end < len(s.toks) \
                    and s.lower[w.tok_end] in ("untuk", "for", "bagi") and starts & set(range(w.tok_end + 1, w.tok_end + 4)):
                cat = "weapon:ammunition"
            if cats.get(cat) is None:
                cats[cat] = w.entry.id if w.entry.type == "WeaponModel" else None
        if len(cats) > 1:
            cats.pop("weapon:weapons", None)  # "drones or weapons": the named category is the claim
        return cats

    # ---------------------------------------------------------------- WeaponSupplyAllegation
    def _supply_events(self, s: Sentence, ex: Extraction, dates, log: EventLog, triggers: list[Match]) -> None:
        """Claims that someone supplied, promised, admitted or denied weapons.

        For each supply/use/receive/promise word the weapons must be in its clause ("Kyiv gave
        assurances that the missiles ..." is no supply of missiles); one claim (per supplier and
        category) per clause. In a clause with a supply, use or receive word, a promise word
        ("menyetujui penjualan", "approved the sale") sets the stance, not the direction."""
        done: list[tuple[int, int]] = []  # clauses (or a supply noun's part of one) that already gave a claim
        for trig in triggers:
            if any(a <= trig.tok_start < b for a, b in done):
                continue
            lo, hi = s.clause_bounds(trig.tok_start)
            role = trig.entry.get("role")
            if role == "promise" and any(t is not trig and t.entry.get("role") != "promise" and lo <= t.tok_start < hi
                                         for t in triggers):
                continue
            if self._verb_of_other_object(s, trig, triggers, hi):
                continue
            colon = next((i for i in range(trig.tok_start - 1, lo, -1) if s.toks[i].text == ":"), None)
            if colon is not None:
                lo = colon + 1  # "Ilham ... said: “We know which countries are preparing to give weapons ...”"
            hi = self._with_listed_contents(s, trig, hi)
            lo = self._with_antecedent(s, trig, lo)
            wlo, hi = self._noun_segment(s, trig, triggers, lo, hi)
            weapons = self._claim_weapons(s, wlo, hi)
            if wlo == trig.tok_start > lo and weapons and weapons[0].tok_start - trig.tok_end > 4:
                continue  # a second supply noun names its weapons next to it ("the shipments would allow Moscow
                #           to save its own missiles": not the shipments' contents)
            implied = next((t.entry.get("implies") for t in triggers if lo <= t.tok_start < hi and t.entry.get("implies")), None)
            if not implied and trig.entry.get("nominal") and any(
                    w in ("militer", "military") for w in self._noun_phrase_words(s, trig, lo, hi)) \
                    and not any(trig.tok_end <= c.tok_start <= trig.tok_end + 5 for c in s.cues("non-weapon-goods")):
                # "penjualan besar-besaran militer AS", "military sales" (not "the sale of military grade radars")
                implied = "weapon:weapons"
            if not weapons and not implied:
                continue
            if role == "use":
                weapons = self._used_weapons(s, trig, weapons)
                if not weapons:
                    continue
            ref = self._package_ref(s, trig, weapons, log)
            if ref is None and trig.entry.get("nominal") and weapons and trig.tok_start < weapons[-1].tok_start \
                    and (any(w in DEMONSTRATIVES for w in s.lower[weapons[-1].tok_end:weapons[-1].tok_end + 2])
                         or s.lower[weapons[0].tok_start - 1] in ("these", "those", "this", "that", "such")):
                continue  # "pengiriman tank itu ...", "Iran's transfer of these weapons": a claim already made
            cats = self._categories(s, weapons) if weapons else {implied: None}
            evs = self._supply_claim(s, ex, dates, log, trig, lo, hi, weapons, cats, ref)
            if evs:
                done.append((wlo, hi))
                log.extend(evs)

    @staticmethod
    def _noun_phrase_words(s: Sentence, trig: Match, lo: int, hi: int) -> list[str]:
        """The words next to a supply noun: the one before it and the three after it (hyphens aside)."""
        words = [s.lower[i] for i in range(max(lo, trig.tok_start - 1), trig.tok_start)]
        i = trig.tok_end
        while i < hi and len(words) < 4:
            if s.lower[i] not in ("-", "‐"):
                words.append(s.lower[i])
            i += 1
        return words

    def _with_listed_contents(self, s: Sentence, trig: Match, hi: int) -> int:
        """"kemungkinan penjualan senjata, yang juga dapat mencakup amunisi ...": a relative clause
        listing what a sale or package contains belongs to the supply noun's clause."""
        if not trig.entry.get("nominal") or hi + 1 >= len(s.toks) or s.toks[hi].text != "," \
                or s.lower[hi + 1] not in ("yang", "which"):
            return hi
        _, end = s.clause_bounds(hi + 1)
        return end if any(hi < c.tok_start < end for c in s.cues("include")) else hi

    def _used_weapons(self, s: Sentence, trig: Match, weapons: list[Match]) -> list[Match]:
        """The used weapon is the object ("menggunakan drone X") or, passive, just before ("drone X
        digunakan"); weapons after "untuk menghantam"/"to strike" are targets; "drone itu" refers back."""
        used = [w for w in weapons if (0 <= w.tok_start - trig.tok_end <= 6 or 0 <= trig.tok_start - w.tok_end <= 3)
                and not any(x in ATTACK_WORDS for x in s.lower[trig.tok_end:w.tok_start])]
        if any(x in ("itu", "tersebut") for w in used for x in s.lower[w.tok_end:w.tok_end + 1]):
            return []
        return used

    def _package_ref(self, s: Sentence, trig: Match, weapons: list[Match], log: EventLog) -> Event | None:
        """"Bantuan militer tersebut mencakup ...", "The sale includes ...": a package or sale named
        again to list what is in it. Its contents belong to the last claim (supplier, recipient, stance)."""
        if not trig.entry.get("nominal") or not weapons or log.last_undisputed is None:
            return None
        t = trig.tok_start
        after = s.lower[trig.tok_end:trig.tok_end + 2]
        before = s.lower[max(0, t - 2):t]
        if not (any(w in DEMONSTRATIVES for w in after) or any(w in ("the", "this") for w in before)):
            return None
        first = weapons[0].tok_start
        if not any(trig.tok_end <= c.tok_start < first for c in s.cues("include")):
            return None
        return log.last_undisputed

    def _supply_claim(self, s, ex, dates, log: EventLog, trig, lo, hi, weapons, cats, ref) -> list[Event]:
        role = trig.entry.get("role")
        if any(lo <= c.tok_start < trig.tok_start for c in s.cues("hypothetical")):
            return []  # "jika bukti disajikan bahwa Rusia menggunakan drone Iran": a condition, not a claim
        if self._discussed(s, trig, lo):
            return []  # "membahas potensi penjualan rudal": talked about, not pledged
        if any(lo <= c.tok_start < trig.tok_start and trig.tok_start - c.tok_end <= 4 for c in s.cues("request")):
            return []  # "permintaan Taipei untuk penjualan senjata", "Ukraine requested tanks": asked for, not given
        first = min([trig.tok_start] + [w.tok_start for w in weapons if w.tok_end <= trig.tok_start])
        if any(lo <= c.tok_start < first and first - c.tok_end <= 2 for c in s.cues("block")):
            return []  # "accused of blocking arms supplies", "menangguhkan pengiriman senjata": no supply claimed
        if self._permitted_others(s, ex, trig, lo):
            return []  # "mengizinkan sekutunya mengekspor tank": the allies (unnamed) would supply
        mood = self._mood(s, ex, trig, lo, hi)
        if role == "use" and mood.planned:
            return []  # a use cannot be pledged: "akan ... jika ... menggunakan"
        pairs = self._claim_directions(s, ex, log, trig, lo, hi, weapons, mood.sides, ref, cats)
        if not pairs:
            return []
        if not mood.speakers:
            subject = self._nominal_subject(s, ex, trig, lo, pairs)
            if subject:
                # "Aliyev called India's supply of weapons to Armenia an unfriendly move": he claims it
                mood = mood._replace(speakers=subject, sides=self._speaker_sides(subject, ex))
        if mood.negated and not mood.deny and not mood.speakers and not any(p.kind == "self" for p, _ in pairs):
            return []  # "tidak menyebutkan pasokan senjata": nobody claims anything
        out: list[Event] = []
        when = self._claim_date(s, dates, trig)
        relative = self._relative_denial(s, trig)
        for supplier, recipient in pairs:
            stance = self._stance(role, mood, supplier, recipient, ref)
            if stance is None:
                continue
            claimers = list(mood.speakers)
            accusers = self._accusers_of(s, ex, lo, trig) if mood.accuse else []
            if accusers:
                claimers = accusers  # "Tuduhan AS terhadap Moskow ... tidak berdasar, kata Lavrov": the US accuses
            if relative is not None:
                # "AS tetap mengklaim bahwa Korut memasok peluru ..., klaim yang dibantah oleh Korea Utara"
                deniers = [eid for eid, t0, t1, etype, kind in self._typed_mentions(s, ex)
                           if t0 >= relative.tok_end and etype in ACTOR_TYPES]
                claimers = [c for c in claimers if c not in deniers]
                for cat, model in cats.items():
                    out.append(self._claim(s, supplier.side, recipient.side, cat, model, "denied", deniers, None,
                                           f"supply.{role}.denied"))
                stance = "alleged"
            earlier = ref or recipient.source
            if not claimers and earlier is not None:
                claimers = list(earlier.claimed_by)  # told as part of an earlier claim: by the same people
            if recipient.kind == "thanks" and not claimers:
                claimers = [recipient.eid]
            if stance in ("admitted", "denied", "promised") and not claimers and 0 <= supplier.t0 < trig.tok_start \
                    and supplier.kind not in ("self", "ref") \
                    and not (supplier.t0 > 0 and s.lower[supplier.t0 - 1] in PREPOSITIONS):
                # "The US State Department has decided to sell ...": the supplier named as its subject says so
                claimers = list(dict.fromkeys(x for x in (supplier.eid, supplier.side) if x))
            if stance in ("admitted", "denied") and not claimers:
                claimers = [supplier.side]
            for cat, model in cats.items():
                out.append(self._claim(s, supplier.side, recipient.side, cat, model, stance, claimers, when,
                                       f"supply.{role}.{stance}"))
            if stance == "denied" and relative is None and self._denies_an_accusation(s, lo, trig):
                # "Iran menolak tuduhan AS bahwa Teheran mengirim rudal": the accusation is a claim too,
                # even when nobody is named for it ("refuted statements about Iran's purported supplies")
                accusers = self._accusers(s, ex, lo) or [eid for eid, t0, t1, etype, kind in self._typed_mentions(s, ex)
                                                         if t0 > trig.tok_start and etype in ACTOR_TYPES
                                                         and self._attributed(s, t0)]  # "..., menyusul laporan Washington Post"
                for cat, model in cats.items():  # made before the denial: its date is not the denial's
                    out.append(self._claim(s, supplier.side, recipient.side, cat, model, "alleged", accusers, None,
                                           f"supply.{role}.alleged"))
        return out

    @staticmethod
    def _relative_denial(s: Sentence, trig: Match) -> Match | None:
        """"..., klaim yang dibantah oleh Korea Utara", "..., a claim which Pyongyang denied": a denial
        told after the claim, in a relative clause: the claim stands, and the denial is another one."""
        for c in s.cues("deny"):
            if c.tok_start > trig.tok_end and s.lower[c.tok_start - 1] in ("yang", "which", "that"):
                return c
        return None

    def _mood(self, s: Sentence, ex: Extraction, trig: Match, lo: int, hi: int) -> Mood:
        """What the clause of *trig* says about its supply: denied, negated, planned or pledged, a sale,
        announced, accused, rumoured; and who says it."""
        in_clause = [t for t in s.of("Trigger") if lo <= t.tok_start < hi]
        # a supply noun is pledged by a promise word in its clause, not by the "will" of another verb
        # ("will use every tool to counter the Iranian provision of weapons"); near it, not by "agreed to
        # step up cooperation ..., in light of increased exports"; and not by a relative clause about the
        # weapons ("jet tempur Su-30 Rusia yang dijanjikan tiba di Myanmar"). An order is a pledge.
        pledged = bool(trig.entry.get("order")) or any(
            t.entry.get("role") == "promise"
            and (t is trig or s.lower[t.tok_start - 1:t.tok_start] not in (["yang"], ["which"], ["that"]))
            and (not trig.entry.get("nominal") or -2 <= trig.tok_start - t.tok_end <= 6 or t.tok_start >= trig.tok_end)
            for t in in_clause)
        future = s.lower[max(0, trig.tok_start - 2):trig.tok_start] == ["to", "be"]  # "systems to be provided by"
        planned = pledged or future or (self._planned(s, trig) if not trig.entry.get("nominal") else any(
            0 <= trig.tok_start - c.tok_end <= 2 for c in s.cues("planned")))
        # a denial scopes over what follows it ("Iran menolak tuduhan ... bahwa Teheran mengirim ..."),
        # unless itself negated ("tidak membantah maupun membenarkan") or followed by another statement
        # (", noting that ...": what is noted is not denied)
        deny = any(c.tok_start < hi and not any(0 <= c.tok_start - n.tok_end <= 1 for n in s.cues("negation"))
                   and not (c.tok_start > trig.tok_end and s.lower[c.tok_start - 1] in ("yang", "which", "that"))
                   and not any(c.tok_end <= sp.tok_start < lo and sp.tok_start - c.tok_end > 2 for sp in s.cues("speech"))
                   for c in s.cues("deny"))  # ("denied reports that ...": the reports are what is denied)
        negated = any(0 <= trig.tok_start - c.tok_end <= 3 for c in s.cues("negation"))
        sale = any(t.entry.get("sale") for t in in_clause)
        speakers = self._without_dateline(s, ex, self._speakers(s, ex)) or self._apposed_speakers(s, ex)
        hearsay = any(c.tok_start < hi for c in s.cues("hearsay"))  # a rumour, an unnamed accusation
        # a package, a possible sale, a supply worth a sum: announced, not yet delivered
        prospective = (any(lo <= c.tok_start < hi for c in s.cues("money"))
                       and not s.cues("running-total")) or any(
            t.entry.get("sale") and t.entry.get("nominal") and t.text.lower() in ("paket", "package", "packages")
            for t in in_clause) or any(0 <= trig.tok_start - c.tok_end <= 2 for c in s.cues("prospective"))
        return Mood(
            deny=deny, negated=negated, planned=planned, pledged=pledged, sale=sale, prospective=prospective,
            # condemning a sale is no accusation that it happened: it is the sale's announcement that matters
            accuse=bool(s.cues("accuse")) or (bool(s.cues("condemn")) and not sale),
            hearsay=hearsay, rumour=any(0 <= lo - c.tok_end <= 1 for c in s.cues("hearsay")),
            reported=hearsay or any(c.tok_start < hi for c in s.cues("reported")), announced=bool(s.cues("announce")),
            attributed=bool(s.cues("unnamed-source")) and bool(s.cues("speech") or s.cues("speech-passive")),
            speakers=speakers, sides=self._speaker_sides(speakers, ex))

    def _stance(self, role: str, m: Mood, supplier: Party, recipient: Party, ref: Event | None) -> str | None:
        """alleged / admitted / denied / promised, or None when nobody claims anything."""
        if m.deny or (m.negated and (m.speakers or supplier.kind == "self")):
            return "denied"  # "membantah ...", "tidak akan mengirim", "we have never supplied"
        if m.negated:
            return None
        if m.planned and not (role == "receive" and not m.pledged):  # a buyer's plan is no pledge
            if (supplier.side in m.sides or recipient.side in m.sides) and not m.rumour:
                return "promised"  # the supplier's (or recipient's) own word: "Germany's spokesman said it will send"
            if m.hearsay and not m.pledged:
                return "alleged"  # "isu bahwa AS tengah mempersiapkan untuk mengirim rudal": a rumour
            if m.pledged or m.announced or not (m.speakers or m.hearsay):
                return "promised"  # "akan mengirim", "pledged", "approved the sale", "announced ... to be provided"
            return "alleged"  # "the Post said ... a plan to supply Russia with artillery": a third party's claim
        if ref is not None:
            return ref.stance  # "the sale includes ...": the package's own stance
        if role != "receive" and not m.accuse and (m.prospective or (m.sale and not m.speakers)):
            # an announced package, a possible sale, aid worth a sum; a sale the outlet reports ("AS Jual
            # Tank ke Taiwan"): agreed, not yet delivered. A sale its supplier describes is an admission.
            return "promised"
        if role == "receive" and m.prospective and not (m.speakers or m.accuse):
            return "promised"  # "Indonesia membeli 42 jet tempur Rafale ... senilai 8,1 miliar dolar": a purchase deal
        if supplier.kind == "self" and not m.accuse:
            return "admitted"  # "kami memberi Rusia sejumlah kecil drone"
        if recipient.kind == "thanks":
            return "admitted"  # "Zelensky berterima kasih kepada Jerman atas pengiriman ...": the recipient confirms
        if m.speakers and not m.accuse and role != "use":
            if supplier.side in m.sides:
                return "admitted"
            if recipient.side in m.sides:
                return "admitted"  # the recipient confirms the delivery ("Ukraine had received ...")
        if role == "use" and m.speakers and not m.accuse and recipient.side in m.sides:
            return "admitted"  # the user says it uses them: "Azerbaijan uses Israeli-made drones", its official said
        if m.accuse or m.speakers or role == "use" or m.reported:
            return "alleged"
        if recipient.source is not None:
            return recipient.source.stance  # a supply told as part of the claim just made ("... donated the batteries")
        if m.attributed:
            return "alleged"  # a source the text does not name: "according to experts"
        return None  # the reporter's own background sentence, not a claim anyone makes

    def _discussed(self, s: Sentence, trig: Match, lo: int) -> bool:
        """A supply that is only the topic of talks: "membahas potensi penjualan", "discussed weapons
        deliveries", "diskusi tentang ... menggunakan senjata Iran"."""
        talk = [t for t in s.of("Trigger") if t.entry.get("role") == "talks"] + s.cues("discuss")
        for t in talk:
            if not (lo <= t.tok_start < trig.tok_start):
                continue
            between = s.lower[t.tok_end:trig.tok_start]
            if len(between) <= 3 or any(w in ("tentang", "mengenai", "soal", "terkait", "about", "on", "regarding")
                                        for w in between):
                return True
        return False

    def _denies_an_accusation(self, s: Sentence, lo: int, trig: Match) -> bool:
        """What is denied was claimed by someone: "menolak tuduhan bahwa ...", "rejected allegations of ...",
        "refuted statements about Iran's purported drone supplies"."""
        return bool(s.cues("accuse") or s.cues("hearsay")) \
            or any(w in ("statements", "reports", "report", "laporan", "klaim", "claims") for w in s.lower)

    def _claim(self, s: Sentence, supplier, recipient, cat, model, stance, claimers, when, rule) -> Event:
        ev = Event("WeaponSupplyAllegation", supplier=supplier, recipient=recipient, weapon=cat, weapon_model=model,
                   stance=stance, date=when, claimed_by=list(claimers), sentence_index=s.index)
        ev.evidence.append(Evidence(s.span.start, s.span.end, s.text, rule))
        return ev

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

    def _claim_date(self, s: Sentence, dates, trig) -> str | None:
        """When the claim was made: the date of its statement ("Iran sent drones in August,
        Kirby said on Wednesday"), else the first date that is no temporal modifier."""
        dates = [d for d in dates if not self._temporal_modifier(s, d)]
        said = next((d for d in dates if self._statement_date(s, d)), None)
        best = said or (dates[0] if dates else None)
        if best is None and self._has_date_line and self._kinds[s.index] == "body" and any(
                c.text.lower() in PRESENT_SPEECH for c in s.cues("speech")):
            # "The Associated Press is reporting that ...", "Moscow says ...": said now, on the day of the report
            return self._published_day
        return best.value if best else None

    def _accused_of_foreign_weapons(self, s: Sentence, ex, dates) -> list[Event]:
        """"Para pejabat AS menuduh Rusia [menggunakan] rudal dan peluru artileri buatan Korut": an accused
        party next to weapons made by another is accused of using that party's weapons, even when the
        verb is left out."""
        out: list[Event] = []
        speakers = self._speakers(s, ex)
        for c in s.cues("accuse"):
            lo, hi = s.clause_bounds(c.tok_start)
            parties = [p for p in self._supply_parties(s, ex, EventLog(), lo, hi, []) if not p.topic]
            accused = next((p for p in parties if 0 <= p.t0 - c.tok_end <= 1), None)
            if accused is None:
                continue
            weapons = [w for w in self._claim_weapons(s, lo, hi) if 0 <= w.tok_start - accused.t1 <= 3]
            origin = self._origin(s, parties, weapons) if weapons else None
            if origin is None or origin.kind == "ref" or origin.side == accused.side:
                continue  # only an origin the text names ("buatan Korut", "Iranian-made"), not a model's maker
            when = self._claim_date(s, dates, None)
            for cat, model in self._categories(s, weapons).items():
                out.append(self._claim(s, origin.side, accused.side, cat, model, "alleged", speakers, when,
                                       "supply.accused-of-foreign-weapons"))
        return out
