"""Extraction stage 1: the mentions of an article (who and where), before any event is read.

The rules are methods of a mixin of :class:`kg.events.Extractor`; they share its
lexicon and the state of the article being extracted."""

from __future__ import annotations

from bisect import bisect_right

from kg.dates import compatible, find_dates
from kg.lexicon import Entry, Match
from kg.extraction import (ACTOR_TYPES, Extraction, LOCATIVE_ANY, LOCATIVE_AT, Mention, PLACE_TYPES,
                           Sentence, TOPIC_WORDS, DIRECTIONS, NAME_PARTICLES, NAME_TOKEN, NOT_NAMES,
                           ORG_WORDS, VENUE_WORDS, slug, uniq)


_BUILDING_NOUNS = frozenset({"kantor", "gedung", "markas", "kompleks", "office", "offices", "headquarters", "building",
                             "premises", "compound"})
# the types whose lexicon matches are mentions of the article (venues too: they place meetings)
_MENTION_TYPES = frozenset(ACTOR_TYPES | PLACE_TYPES | {"Venue"})
# Words after "to"/"untuk" that do not start a purpose: "a visit to the island", "untuk kedua kalinya".
_NOT_VERBS = {"the", "a", "an", "his", "her", "its", "their", "this", "that", "these", "those", "kedua", "pertama",
              "ketiga", "itu", "ini", "sekitar", "pekan", "hari", "tahun", "bulan"}


class MentionRules:
    """Mentions: entities from the lexicon, persons found next to an office, places after a preposition, short names."""

    # ------------------------------------------------------------------ persons found by office
    def _discover_persons(self, s: Sentence, ex: Extraction) -> None:
        """'Menteri Luar Negeri Hongaria Péter Szijjártó', 'Hungarian Foreign Minister Peter Szijjarto',
        'Péter Szijjártó, Menteri Luar Negeri Hongaria': a name next to an office becomes a person.

        Between the office and the name may stand what belongs to the title: the country or
        organisation, a portfolio ("Menteri Sekretaris Negara"), an honorific or rank ("H.E.",
        "Sir", "Letkol"), an abbreviation in brackets ("(Mensesneg)") and one comma ("US
        Ambassador to Indonesia, Joseph R. Donovan"). A kinship word ("istrinya", "her
        daughter") introduces a name the same way, without an office."""
        # a kinship word in lower case: "Mata Sang Istri Berkaca-kaca" is a headline, not a wife's name
        # a rank or honorific in capitals introduces a name of two words or more: "Kolonel Pnb Beny Aprianto",
        # "Maj Gen Ahmed Saleh Aboud" (a lone "Mr Modi" is left to the lexicon)
        ranks = [c for c in s.cues("honorific") if c.text[:1].isupper() and c.tok_end + 1 < len(s.toks)
                 and s.toks[c.tok_end].text[:1].isupper()
                 and not s.at.get(c.tok_start, [c])[0].entry.type == "Office"]
        intros = s.of("Office") + [c for c in s.cues("kin") if c.text.islower()] + s.cues("counterpart") + ranks
        if not intros:
            return
        known = s.known
        if self._title_case_heading(s):
            return  # "Menlu Retno Telepon Menlu Iran, Bahas Konflik ...": every word of a headline is capitalised
        for off in intros:
            i, country = self._title_end(s, off)
            if any(m.entry.type == "Person" for m in s.at.get(i, ())):
                continue  # a known person holds the title
            kin = off.entry.get("cue") == "kin"
            name_toks = self._name_at(s, i, known)
            rank = off.entry.type == "Cue" and off.entry.get("cue") == "honorific"
            if name_toks and self._known_surname_after(s, name_toks[-1] + 1):
                if rank:
                    continue  # "Dato' Seri Zambry": the rest of an honorific before a known name
                known_p = next(m for m in s.at[name_toks[-1] + 1] if m.entry.type == "Person")
                if known_p.tok_end - known_p.tok_start > 1 or self._given_names_of(known_p.entry, [s.toks[t].text for t in name_toks]):
                    continue  # "President Rodrigo Roa Duterte", "Menlu Adel Al Jubeir": the given names of a known person
                # "ibu negara Imelda Marcos": another person of that family name
                name_toks = name_toks + list(range(known_p.tok_start, known_p.tok_end))
            if rank:
                if len(name_toks) >= 2 and not any(m.tok_end == off.tok_start and m.entry.type == "Office"
                                                   for m in s.ending_at.get(off.tok_start, ())):
                    self._add_person(s, ex, name_toks, country, "person.rank", None)
                continue  # after an office, the office's own rule reads the name
            if len(name_toks) >= 2:
                rule = "person.kin" if kin else "person.counterpart" if off.entry.type == "Cue" else "person.office-before"
                self._add_person(s, ex, name_toks, country, rule, off, kin)
                continue
            if name_toks:
                if off.entry.type == "Office" and off.entry.id not in self._GENERIC_TITLES \
                        and self._single_name_ok(s, name_toks[0]):
                    # "Gubernur Jenderal Hurley", "Menteri Sekretaris Negara Pratikno": decided once the
                    # article's full names are known ("Menlu Wang" is Wang Yi when he is named in full)
                    ex.pending_names.append((s, name_toks[0], country, off))
                continue
            if not kin:
                self._apposition_before(s, ex, off, known)

    @staticmethod
    def _given_names_of(e: Entry, given: list[str]) -> bool:
        """The words before a known surname are that person's given names: one of them is a word of
        the person's names in the lexicon ("Rodrigo" of "Rodrigo Duterte", "Cyril" of "Matamela Cyril
        Ramaphosa"), or spelled alike ("Nicholas" for "Nicolás"); "Imelda" is no name of Ferdinand Marcos."""
        words = {slug(w) for n in [e.name] + [x for v in e.labels.values() for x in v] for w in n.split()}
        return any(slug(g) in words or any(len(w) >= 3 and slug(g)[:3] == w[:3] for w in words) for g in given)

    @staticmethod
    def _known_surname_after(s: Sentence, i: int) -> bool:
        """A person of the lexicon starts at token *i*, right after the name before it."""
        return any(m.entry.type == "Person" for m in s.at.get(i, ())) and i > 0 and s.toks[i - 1].end + 1 >= s.toks[i].start

    def _title_case_heading(self, s: Sentence) -> bool:
        """A headline or section title in Title Case: its capitalised words tell no names apart."""
        kinds = getattr(self, "_kinds", None)
        if not kinds or s.index >= len(kinds) or kinds[s.index] not in ("heading", "nav"):
            return False
        words = [t.text for t in s.toks if t.text[:1].isalpha() and len(t.text) > 3]
        return 4 <= len(words) <= 16 and sum(w[:1].isupper() for w in words) >= 0.8 * len(words)

    def _title_end(self, s: Sentence, off: Match) -> tuple[int, str | None]:
        """The token after an office's title (country, organisation, portfolio, honorifics,
        bracketed abbreviation, one comma before a name), and the country the title names."""
        i, country = off.tok_end, self._office_country_before(s, off)
        n, comma = len(s.toks), False
        while i < n:
            here = s.at.get(i)
            # of several readings of the same words ("pemerintah": an official's word and a portfolio) the title's
            m = next((x for x in here if x.entry.type in ("Country", "Organization", "Office", "Bloc")
                      or x.entry.get("cue") in ("honorific", "portfolio")), here[0]) if here else None
            if m and m.entry.type in ("Country", "Organization", "Office", "Bloc"):
                country = country or self._country_of(m.entry)
                i = m.tok_end
            elif m and m.entry.type == "Cue" and m.entry.get("cue") in ("honorific", "portfolio"):
                i = m.tok_end
            elif s.lower[i] in ("dan", "and", "&") and i >= off.tok_end and i + 1 < n and any(
                    x.entry.get("cue") == "portfolio" for x in s.at.get(i + 1, ())) and any(
                    x.entry.get("cue") == "portfolio" or x.entry.type == "Office" for x in s.ending_at.get(i, ())):
                i += 1  # "Menteri Investasi dan Hilirisasi Rosan Roeslani": two portfolios of one title
            elif m and m.entry.type in PLACE_TYPES and s.lower[i - 1] in ("di", "in", "at"):
                i = m.tok_end  # "Juru Bicara Kedutaan Besar China di Washington DC Liu Pengyu"
            elif s.lower[i] in ("of", "for", "'s", "’s", "luar", "negeri") or (
                    s.lower[i] in ("untuk", "to", "di", "in", "at")
                    and any(x.entry.type in ("Country", "City", "Region") for x in s.at.get(i + 1, ()))):
                i += 1  # "Duta Besar Palestina untuk Indonesia Zuhair Al-Shun"
            elif s.toks[i].text == "(" and i + 2 < n and s.toks[i + 2].text == ")" and s.toks[i + 1].text[:1].isupper():
                i += 3  # "Menteri Sekretaris Negara (Mensesneg) Prasetyo Hadi"
            elif s.toks[i].text == "," and not comma and len(self._name_at(s, self._after_honorifics(s, i + 1), s.known)) >= 2:
                comma, i = True, i + 1  # "Gubernur Jenderal Australia, Sir Peter Cosgrove"
            else:
                break
        return i, country

    @staticmethod
    def _after_honorifics(s: Sentence, i: int) -> int:
        while i < len(s.toks):
            m = next((m for m in s.at.get(i, ()) if m.entry.type == "Cue" and m.entry.get("cue") == "honorific"), None)
            if m is None:
                break
            i = m.tok_end
        return i

    def _apposition_before(self, s: Sentence, ex: Extraction, off: Match, known: set[int]) -> None:
        """"Name, Office [of] Country" and "Name, Russia's foreign minister": the name before the comma."""
        j = off.tok_start - 1
        while j >= 1 and (s.lower[j] in ("the", "'s", "’s") or any(
                m.entry.type == "Country" for m in s.ending_at.get(j + 1, ()))):
            j -= 1  # "Fulan, the Malaysian foreign minister", "Fulan, Russia's foreign minister"
        if not (j >= 1 and s.toks[j].text == ","):
            return
        end = k = j
        k = end - 1
        while k >= 0 and (NAME_TOKEN.match(s.toks[k].text) or s.toks[k].text in NAME_PARTICLES) and k not in known:
            k -= 1
        cand = list(range(k + 1, end))
        while cand and s.toks[cand[0]].text in NAME_PARTICLES:
            cand.pop(0)
        if not 2 <= len(cand) <= 6:
            return
        if k >= 0 and (k in known or s.lower[k] in LOCATIVE_ANY or s.lower[k] in ("the", "a", "an")):
            return  # the end of a longer name the lexicon knows, or a venue ("at the Merdeka Palace, PM ...")
        if any(s.toks[c].text in VENUE_WORDS or s.toks[c].text in ORG_WORDS or s.toks[c].text in NOT_NAMES for c in cand):
            return
        after_country = None
        near = (m for i in range(off.tok_end, off.tok_end + 5) for m in s.at.get(i, ()))
        for m in near:
            if m.entry.type in ("Country", "Organization"):
                if s.lower[m.tok_start - 1] in ("to", "untuk", "in", "di", "at", "ke"):
                    continue  # "Armenia's ambassador to Israel": where the envoy is posted, not whose
                after_country = self._country_of(m.entry)
                break
        # "Fulan, Armenia's ambassador to Israel": the state before the title is the holder's
        before = self._office_country_before(s, off)
        self._add_person(s, ex, cand, before or after_country, "person.office-after", off)

    # "Jenderal Bintang Empat" is a four-star general: a name has no number words
    _NUMBER_WORDS = {"Satu", "Dua", "Tiga", "Empat", "Lima", "One", "Two", "Three", "Four", "Five"}

    # titles too general to vouch for a one-word name after them ("General Election", "pemimpin Asia")
    _GENERIC_TITLES = {"office:general", "office:leader", "office:head", "office:aide", "office:commander", "office:minister",
                       "office:secretary"}
    # capitalised words of titles and headlines that are no names
    _NOT_SINGLE_NAMES = {"Asia", "Eropa", "Europe", "Afrika", "Africa", "Pasifik", "Pacific", "Amerika", "America", "Timur",
                         "Barat", "Tengah", "Selatan", "Utara", "Tenggara", "Asing", "Terpilih", "Baru", "Interim", "Sementara",
                         "Election", "Assembly", "Elect"}

    def _single_name_ok(self, s: Sentence, t: int) -> bool:
        """A one-word name after a title ("Menteri Sekretaris Negara Pratikno") is a name only when it
        cannot be a word of the sentence: capitalised mid-sentence, not a title, day, venue or organisation,
        and not followed by another capitalised word ("Presiden Terpilih AS", "Barrack Obama")."""
        w = s.toks[t].text
        nxt = s.toks[t + 1].text if t + 1 < len(s.toks) else ""
        return (len(w) >= 3 and not w.isupper() and w not in NOT_NAMES and w not in ORG_WORDS and w not in VENUE_WORDS
                and w not in self._NOT_SINGLE_NAMES and t > 0 and not self.lex.lookup(w)
                and not nxt[:1].isupper() and nxt not in ("-", "‐") and t + 1 < len(s.toks))

    def _discover_places(self, s: Sentence, ex: Extraction) -> None:
        """A place not in the lexicon: "in Samarkand, Uzbekistan", "di kota Woodside", "in Woodside, California"."""
        known = s.known
        for i, w in enumerate(s.lower[:-1]):
            if w not in ("di", "in", "at", "kota", "of") or (w == "of" and (i == 0 or s.lower[i - 1] not in ("city", "town", "port"))):
                continue
            j = i + 1
            toks = []
            while j < len(s.toks) and len(toks) < 3 and j not in known and NAME_TOKEN.match(s.toks[j].text) \
                    and s.toks[j].text not in NOT_NAMES and s.toks[j].text not in ORG_WORDS and not s.toks[j].text.isupper():
                toks.append(j)
                j += 1
            if not toks or j >= len(s.toks):
                continue
            country = None
            if s.toks[j].text == ",":
                nxt = next(iter(s.at.get(j + 1, ())), None)
                if nxt and nxt.entry.type == "Country":
                    country = nxt.entry.id
                elif not (j + 1 < len(s.toks) and NAME_TOKEN.match(s.toks[j + 1].text) and j + 1 not in known):
                    continue
            elif w != "kota" and not (i > 0 and s.lower[i - 1] in ("city", "town", "port")):
                continue
            if s.toks[toks[0]].text in VENUE_WORDS or s.toks[toks[-1]].text in VENUE_WORDS:
                continue  # "di Istana Merdeka, Jakarta": a venue, the city is the place
            a, b = s.toks[toks[0]].start, s.toks[toks[-1]].end
            name = ex.article.text[a:b]
            pid = f"place:{slug(name)}" + (f"-{country.split(':')[1].lower()}" if country else "")
            if pid not in ex.discovered and not self.lex.entities.get(pid):
                ex.discovered[pid] = Entry(pid, "City", name, {}, [], {"country": country, "discovered": True})
            ex.mentions.append(Mention(pid, a, b, name, "place.after-preposition"))

    def _short_names(self, sents: list[Sentence], ex: Extraction) -> None:
        """Within one article, the first or last word of a person named in full refers to
        that person ("Kim", "Xi", "Szijjártó"), unless two persons share it. A one-word name
        after a title ("Gubernur Jenderal Hurley") that is no such short name is a person."""
        # dicts, not sets: ordered by first mention, so nothing here depends on string hashing
        owners: dict[str, dict[str, None]] = {}
        persons = {m.entry.id: m.entry for s in sents for m in s.matches if m.entry.type == "Person"}
        persons.update(ex.discovered)
        # the names as the article spells them too: "Pham Minh Chinh" for the lexicon's "Phạm Minh Chính"
        spellings: dict[str, dict[str, None]] = {pid: {e.name: None} for pid, e in persons.items()}
        for s in sents:
            for m in s.matches:
                if m.entry.type == "Person":
                    spellings[m.entry.id][m.text] = None
        for pid, names in spellings.items():
            for name in names:
                parts = name.split()
                if len(parts) < 2:
                    continue
                for w in dict.fromkeys((parts[0], parts[-1])):
                    if len(w) >= 2 and w[0].isupper() and w not in NOT_NAMES and not self.lex.lookup(w):
                        owners.setdefault(w, {})[pid] = None
        parts_seen = {w for names in spellings.values() for name in names for w in name.split()}
        ex.short_names = {w: next(iter(p)) for w, p in owners.items() if len(p) == 1}
        for s, t, country, off in ex.pending_names:
            w = s.toks[t].text
            if w in parts_seen:
                continue  # "Menlu Wang": part of a name the article gives in full (a short name, or ambiguous)
            self._add_person(s, ex, [t], country, "person.office-before", off)
            s.mentions.append(ex.mentions[-1])
            pid = ex.mentions[-1].entity
            parts_seen.add(w)
            ex.short_names[w] = pid  # its later mentions ("kata Pratikno") are the same person

    def _home_ministers(self, ex: Extraction) -> None:
        """A minister named with no state ("Defense Minister Ahn Gyu-back", "Menteri Perdagangan Budi
        Santoso") is, as the press writes, a minister of the outlet's own state: the state of the news
        agency the article credits, or of the outlet its dateline names."""
        todo = [e for e in ex.discovered.values() if e.type == "Person" and not e.country and e.get("office")
                and (self.lex.entities.get(e.get("office")) or e).get("kind") == "minister"]
        if not todo:
            return
        home = None
        for eid in self._credited_agencies(ex):
            home = self.lex.entities[eid].country
            if home:
                break
        if home is None and ex.article.outlet:
            home = next((o.country for o, _ in self.lex.lookup(ex.article.outlet) if o.type == "NewsOutlet" and o.country), None)
        if home:
            for e in todo:
                e.data["country"] = home

    def _office_country_before(self, s: Sentence, off: Match) -> str | None:
        """"Menteri Luar Negeri" after "Rusia", "Foreign Minister" after "Russia's": the office's country."""
        # the first such match in sentence order: one ending before "'s" comes before one ending at the office
        for m in s.ending_at.get(off.tok_start - 1, ()):
            if m.entry.type == "Country" and s.lower[off.tok_start - 1] in ("'s", "’s"):
                return m.entry.id
        for m in s.ending_at.get(off.tok_start, ()):
            if m.entry.type == "Country":
                return m.entry.id
            if m.entry.type == "Organization" and m.entry.country and m.entry.get("kind") in ("government", "military", "intelligence"):
                return m.entry.country  # "Russia's Foreign Ministry spokeswoman", "Kemlu RI juru bicara"
        return None

    def _name_at(self, s: Sentence, i: int, known: set[int]) -> list[int]:
        """The tokens of a personal name starting at token *i* (empty if none): capitalised words,
        particles inside ("bin", "al"), initials ("Joseph R. Donovan", "Retno LP Marsudi"),
        hyphenated parts ("Karine Jean-pierre"); at most six words besides the particles."""
        toks, words, n = [], 0, len(s.toks)
        while i < n and words < 6:
            t = s.toks[i].text
            if toks and i in known and t[:1].isupper() and any(
                    m.entry.get("cue") == "honorific" and m.tok_end == i + 1 for m in s.at.get(i, ())) \
                    and i + 1 < n and NAME_TOKEN.match(s.toks[i + 1].text) and i + 1 not in known:
                toks.append(i)  # "Hassan Sheikh Mahmoud": a one-word honorific inside a name is part of it
                words += 1
                i += 1
                continue
            if i in known or t in NOT_NAMES or t in ORG_WORDS or t in VENUE_WORDS or t in self._NUMBER_WORDS:
                break
            nxt = s.toks[i + 1].text if i + 1 < n else ""
            if t.isupper() and len(t) <= 3 and t.isalpha():
                # an initial: "R." or "LP" inside a name, followed by the rest of the name
                if nxt == "." and i + 2 < n and NAME_TOKEN.match(s.toks[i + 2].text) and not s.toks[i + 2].text.isupper() \
                        and i + 2 not in known:
                    toks.append(i)
                    i += 2
                    continue
                if toks and NAME_TOKEN.match(nxt) and not nxt.isupper() and i + 1 not in known:
                    toks.append(i)
                    i += 1
                    continue
                break
            if NAME_TOKEN.match(t):
                toks.append(i)
                words += 1
                i += 1
            elif toks and t in NAME_PARTICLES:
                toks.append(i)
                i += 1
            elif toks and t[:1] in "'’" and len(t) > 1 and s.toks[i].start == s.toks[i - 1].end and t[1:].islower() \
                    and s.lower[i] not in ("'s", "’s"):
                toks.append(i)  # "Khalid Al-A’isir": the apostrophe is inside the name
                i += 1
            elif toks and t in ("-", "‐") and i + 1 < n and s.toks[i + 1].start == s.toks[i].end and nxt.isalpha():
                toks.append(i + 1)  # "Zuhair Al-Shun", "Karine Jean-pierre": the hyphen joins one name
                i += 2
            else:
                break
        while toks and (s.toks[toks[-1]].text in NAME_PARTICLES or s.toks[toks[-1]].text.isupper()):
            toks.pop()
        return toks

    def _add_person(self, s: Sentence, ex: Extraction, toks: list[int], country: str | None, rule: str,
                    title: Match | None = None, kin: bool = False) -> None:
        """A person named in the text. The id comes from the name without its initials and the
        country, so "Joseph R. Donovan" and "Joseph Donovan" are one person; a name the lexicon
        knows without its initials ("Retno LP Marsudi") is the lexicon's person."""
        a, b = s.toks[toks[0]].start, s.toks[toks[-1]].end
        name = ex.article.text[a:b]
        plain = " ".join(s.toks[t].text for t in toks if not self._initial(s, t))
        if plain != " ".join(s.toks[t].text for t in toks):
            hit = next((e for e, _ in self.lex.lookup(plain) if e.type == "Person"), None)
            if hit:
                ex.mentions.append(Mention(hit.id, a, b, name, rule))
                return
        key = slug(plain)
        pid = ex.person_keys.get(key) or f"person:{key}" + (f"-{country.split(':')[1].lower()}" if country else "")
        e = ex.discovered.get(pid)
        if e is None:
            data = {"country": country, "discovered": True, "surname": plain.split()[-1]}
            if title is not None and title.entry.type == "Office":
                data["office"] = title.entry.id  # kept with the person: rdf writes the position it names
            if kin:
                data["companion"] = True  # a spouse or child named beside a leader: not a party to talks
            ex.discovered[pid] = Entry(pid, "Person", name, {}, [], data)
            ex.person_keys[key] = pid
        elif len(name) > len(e.name):
            e.name = name  # the fullest spelling: "Joseph R. Donovan" over "Joseph Donovan"
        ex.mentions.append(Mention(pid, a, b, name, rule))

    @staticmethod
    def _initial(s: Sentence, t: int) -> bool:
        w = s.toks[t].text
        return w.isupper() and len(w) <= 3 and w.isalpha()

    # ------------------------------------------------------------------ entity mentions
    def _entity_mentions(self, s: Sentence, ex: Extraction) -> None:
        by_span: dict[tuple[int, int], list[Match]] = {}
        for m in s.matches:
            if m.entry.type in _MENTION_TYPES:
                by_span.setdefault((m.start, m.end), []).append(m)
        found = [(mm.start, mm.end) for mm in s.mentions if mm.rule.startswith("person.")]
        for (a, b), ms in by_span.items():
            if found and any(x <= a and b <= y and (x, y) != (a, b) for x, y in found):
                continue  # "Imelda Marcos": the known "Marcos" inside a name found in full is not that person
            # One reading per span: a capital after "di"/"in" is the city, otherwise the state
            # ("Moskow membantah ..."); a person or country reading beats an organisation's.
            m = self._pick_reading(s, ms)
            eid = self._actor_id(s, m)
            self._add_mention(s, ex, Mention(eid, m.start, m.end, m.text, f"lexicon.{m.kind}"))
        if not ex.short_names:
            return
        # Tokens inside a mention of this sentence (only its own mentions can cover its tokens);
        # a short-name mention covers just its own token, so it never hides a later one.
        starts = [t.start for t in s.toks]
        covered = bytearray(len(s.toks))
        for mm in s.mentions:
            for i in range(bisect_right(starts, mm.start - 1), bisect_right(starts, mm.end - 1)):
                covered[i] = 1
        for i, tok in enumerate(s.toks):
            pid = ex.short_names.get(tok.text)
            if pid and not covered[i]:
                self._add_mention(s, ex, Mention(pid, tok.start, tok.end, tok.text, "person.short-name"))

    @staticmethod
    def _add_mention(s: Sentence, ex: Extraction, m: Mention) -> None:
        ex.mentions.append(m)
        s.mentions.append(m)

    def _pick_reading(self, s: Sentence, ms: list[Match]) -> Match:
        if len(ms) == 1:
            return ms[0]
        loc = self._locative(s, ms[0])
        places = [m for m in ms if m.entry.type in PLACE_TYPES]
        metonyms = [m for m in ms if m.entry.type == "Country" and m.kind == "metonym"]
        if places and metonyms:
            return places[0] if loc or self._dateline_at(s, ms[0]) else metonyms[0]
        rank = {"Person": 0, "Country": 1, "City": 2, "Region": 3, "Organization": 4, "NewsOutlet": 5, "Bloc": 6}
        return sorted(ms, key=lambda m: (rank.get(m.entry.type, 9), m.kind != "label"))[0]

    def _actor_id(self, s: Sentence, m: Match) -> str:
        """A city used as an actor stands for its state ('Moskow membantah...'), but not in a dateline."""
        if m.entry.type in PLACE_TYPES and m.entry.get("capital") and not self._locative(s, m) \
                and not self._dateline_at(s, m):
            return m.entry.country or m.entry.id
        return m.entry.id

    _DATELINE_DASHES = ("-", "–", "—", ":")

    def _dateline_at(self, s: Sentence, m: Match) -> bool:
        """*m* is the city of a dateline the article parser left in the text ("JAKARTA - …",
        "Jakarta, IDN Times - …", "Bisnis.com, JAKARTA - …", "KABUL: (Middle East Press) …"):
        where the report was filed, not a state that acts."""
        if s.index > 3 or m.tok_start > 5 or m.tok_end >= len(s.toks):
            return False
        nxt = s.toks[m.tok_end].text
        if nxt in self._DATELINE_DASHES:
            return True
        return nxt == "," and any(t.text in self._DATELINE_DASHES for t in s.toks[m.tok_end + 1:m.tok_end + 5])

    def _locative(self, s: Sentence, m: Match) -> bool:
        return self._after_preposition(s, m.tok_start, LOCATIVE_ANY)

    @staticmethod
    def _after_preposition(s: Sentence, t0: int, preps) -> bool:
        """Token t0 follows a preposition, directly or after a venue and a comma
        ("di Aula Besar Rakyat, Beijing"; "at the Great Hall of the People in Beijing")."""
        i = t0 - 1
        while i > 0 and s.lower[i] in DIRECTIONS:
            i -= 1  # "in eastern Russia", "in the far east of"
        if i < 0:
            return False
        if s.lower[i] in preps:
            return True
        if i > 0 and s.lower[i] in _BUILDING_NOUNS:
            # "di kantor Kemenhan", "at the headquarters of": a building of the body named next
            j = i - 1
            while j > 0 and s.lower[j] in ("the", "its", "their"):
                j -= 1
            return s.lower[j] in preps
        if s.toks[i].text != ",":
            return False
        j, steps, commas = i - 1, 0, 0
        # "di Hotel Westin, Beijing, Tiongkok": a venue, its city, its country (a city before the comma; not a
        # list of countries: "leaders from China, Russia, Tokyo"); "di Villa 14, Diaoyutai State Guesthouse,
        # Beijing": a venue may have a number and a second part
        city = any(m.entry.type in ("City", "Region") for m in s.at.get(i - 1, ()))
        while j >= 0 and steps < 10 and (s.toks[j].text[:1].isupper() or s.toks[j].text.isdigit()
                                         or s.lower[j] in ("of", "the", "de", "la")
                                         or (s.toks[j].text == "," and commas < 1 and steps > 0
                                             and (city or (j > 0 and s.toks[j - 1].text.isdigit())))):
            commas += s.toks[j].text == ","
            j, steps = j - 1, steps + 1
        return steps > 0 and j >= 0 and s.lower[j] in preps

    @staticmethod
    def _country_of(e: Entry) -> str | None:
        if e.type == "Country":
            return e.id
        return e.get("country")

    # ------------------------------------------------------------------ actors of a sentence
    def _actors(self, s: Sentence, ex: Extraction, lo: int = 0, hi: int | None = None):
        """(participants, place, claimers) within tokens [lo, hi) of *s*."""
        hi = len(s.toks) if hi is None else hi
        rel = {m.tok_end for m in s.cues("relation")}
        topic_from = self._topic_start(s, lo, hi)
        participants, claimers, place, clause_cities = [], [], None, []
        for eid, t0, t1, etype, kind in self._typed_mentions(s, ex):
            if self._attributed(s, t0):  # who says it, wherever in the sentence
                if etype in ACTOR_TYPES:
                    claimers.append(eid)
                continue
            if not (lo <= t0 and t1 <= hi):
                continue
            if etype == "Person" and self._spokesperson(ex, ex.entry(eid)):
                claimers.append(eid)  # "spokesman Ibrahim Kalin spoke to Anadolu about the call": a source
                continue
            if etype in ACTOR_TYPES and (t0 >= topic_from and not self._partner(s, t0) or self._topic_after(s, t1)):
                continue  # "… to discuss a summit between Trump and Kim", "the Qatar crisis": what is talked about
            if etype in PLACE_TYPES and lo <= t0 < hi:
                clause_cities.append(eid)
            if etype in PLACE_TYPES or (etype == "Country" and self._locative_tok(s, t0)):
                if self._meeting_place_tok(s, t0) and lo <= t0 < hi:
                    # the most specific place named: a city beats a country
                    if place is None or (etype in PLACE_TYPES and (ex.entry(place) and ex.entry(place).type == "Country")):
                        place = eid
                continue
            if etype == "Venue":
                # "di Istana Merdeka", "at the Great Hall of the People": a meeting there is held in its city
                city = ex.entry(eid).get("city") if ex.entry(eid) else None
                if city and lo <= t0 < hi and self._meeting_place_tok(s, t0) and (
                        place is None or (ex.entry(place) and ex.entry(place).type == "Country")):
                    place = city
                continue
            if etype == "NewsOutlet":
                claimers.append(eid)
                continue
            if etype == "Organization" and self._meeting_place_tok(s, t0):
                seat = ex.entry(eid).get("seat") if ex.entry(eid) else None
                if seat and place is None:
                    place = seat  # "di Gedung Putih": in Washington
                continue
            if etype == "Person" and any(t0 - d in rel for d in range(4)):
                continue  # "sekutu dekat Presiden Vladimir Putin": an apposition, not a participant
            if self._bystander(ex.entry(eid)):
                continue  # "Jokowi bersama Ibu Negara Iriana", "seized by Soviet troops": not a party
            if self._topic(s, t0):
                continue
            if etype in ("Person", "Country", "Bloc"):
                participants.append(eid)
            elif etype == "Organization":
                e = ex.entry(eid)
                if e and e.get("country") and kind != "metonym":
                    participants.append(e.get("country"))
        if not any(ex.entry(c) and ex.entry(c).type == "Person" for c in claimers):
            holder = self._titled_speaker(s, ex)  # "…, the spokesman said": the spokesman the article names
            if holder:
                claimers.append(holder)
        if place and ex.entry(place) and ex.entry(place).type == "Country":
            # "di sela-sela Konferensi Keamanan Munich di Jerman": the city named in the clause is the place
            place = next((c for c in clause_cities if ex.entry(c) and ex.entry(c).country == place), place)
        return uniq(participants), place, uniq(claimers)

    def _topic_start(self, s: Sentence, lo: int, hi: int) -> int:
        """The first token of what the talks are about: after a topic word ("to discuss", "membahas",
        "about", "mengenai") at or after the clause's first event word; len(s.toks) if none."""
        first = min((t for t in s.trigger_toks if lo <= t < hi), default=None)
        if first is None:
            return len(s.toks)
        start = min((c.tok_end for c in s.cues("topic") if first <= c.tok_start < hi and not (
            # "KTT terkait di Vientiane", "pertemuan terkait, ...": "related", after its noun, opens no topic
            c.text.lower() == "terkait" and (c.tok_end >= len(s.toks) or s.lower[c.tok_end] in ("di", "pada", ",", ".", "yang", "dan")))),
            default=len(s.toks))
        # "bertemu dengan Iran untuk menyerahkan surat dari Jokowi", "met Xi to deliver a letter from Biden": a
        # purpose with no event word of its own names what the meeting was for, not who took part
        purpose = next((i for i in range(first + 1, min(hi, start)) if s.lower[i] in ("untuk", "guna", "to")
                        and i + 1 < len(s.toks) and s.toks[i + 1].text[:1].islower() and not any(
                            m.entry.get("role") in ("phone", "meeting", "talks", "contact") or m.entry.type != "Trigger"
                            for m in s.at.get(i + 1, ())) and not any(m.entry.get("cue") == "planned" for m in s.at.get(i, ()))
                        and i > 0 and s.lower[i - 1] not in ("datang", "came", "back")
                        and s.lower[i + 1] not in _NOT_VERBS), None)
        if purpose is not None:
            start = purpose + 1
        comm = [m for m in s.of("Trigger") if lo <= m.tok_start < hi and m.entry.get("role") in ("phone", "meeting", "talks")]
        if comm and all(m.entry.get("role") == "talks" for m in comm if m.tok_start < start) and any(
                s.lower[i] in ("between", "antara") and s.lower[i - 1] in self._EVENT_NOUNS for i in range(start, hi)):
            # "Kalin spoke to Anadolu about the phone discussion between Erdogan and Trump": after a mere
            # "spoke", the event talked about is the one reported, and its parties are no topic
            return len(s.toks)
        return start

    _EVENT_NOUNS = {"discussion", "conversation", "call", "talks", "meeting", "summit", "pembicaraan", "percakapan",
                    "pertemuan", "perbincangan", "diskusi"}

    @staticmethod
    def _partner(s: Sentence, t0: int) -> bool:
        """The entity at *t0* is named as a partner ("membahas … dengan Presiden Xi", "discussed … with Erdogan")."""
        i = t0 - 1
        while i >= 0 and (i in s.entity_toks or s.lower[i] in ("'s", "’s", "the", "his", "her", "its")):
            i -= 1
        # (not "situasi antara Iran dengan Israel": the two sides of what is talked about)
        return i >= 0 and s.lower[i] in ("dengan", "with", "bersama") and not any(
            s.lower[k] in ("antara", "between") for k in range(max(0, i - 4), i))

    _TOPIC_NOUNS = {"crisis", "conflict", "war", "issue", "issues", "policy", "situation", "problem", "dispute", "question",
                    "affairs", "nuclear", "programme", "program", "sanctions"}

    def _topic_after(self, s: Sentence, t1: int) -> bool:
        """"the Qatar crisis", "Putin's Syria policy": an entity that modifies what is talked about."""
        i = t1
        while i < len(s.toks) and (s.lower[i] in ("'s", "’s") or i in s.entity_toks):
            i += 1
        return i > t1 - 1 and i < len(s.toks) and s.lower[i] in self._TOPIC_NOUNS and s.toks[t1 - 1].text[:1].isupper()

    def _spokesperson(self, ex: Extraction, e: Entry | None) -> bool:
        """A person who speaks for a government at the article's date is a source of what they report."""
        if e is None:
            return False
        if e.get("office") == "office:spokesperson":
            return True
        ref = ex.reference_date.isoformat() if ex.reference_date else None
        for p in e.get("positions") or ():
            if p.get("office") == "office:spokesperson" and (
                    ref is None and p.get("end") is None
                    or ref is not None and (p.get("start") or "")[:len(ref)] <= ref and (p.get("end") is None or ref[:len(p["end"])] <= p["end"])):
                return True
        return False

    @staticmethod
    def _bystander(e: Entry | None) -> bool:
        """An entity that is never a party to a meeting or call: a leader's spouse or child (they
        accompany the leader), a state that no longer exists."""
        if e is None:
            return False
        if e.type == "Person":
            positions = e.get("positions") or ()
            return bool(e.get("companion")) or bool(positions) and all(p.get("office") == "office:first-lady" for p in positions)
        return bool(e.get("historic"))

    def _typed_mentions(self, s: Sentence, ex: Extraction):
        """(entity, first token, end token, type, kind) of the sentence's token-aligned mentions.

        Computed once per sentence, when all mentions are known (the event rules run last)."""
        if s.typed is None:
            tokpos = {t.start: i for i, t in enumerate(s.toks)}
            tokend = {t.end: i + 1 for i, t in enumerate(s.toks)}
            s.typed = []
            for mm in s.mentions:
                if mm.start in tokpos and mm.end in tokend:
                    e = ex.entry(mm.entity)
                    if e:
                        s.typed.append((mm.entity, tokpos[mm.start], tokend[mm.end], e.type, mm.rule.split(".")[-1]))
        return s.typed

    def _locative_tok(self, s: Sentence, t0: int) -> bool:
        return self._after_preposition(s, t0, LOCATIVE_ANY)

    # a place after these is where a statement was issued, not where the event was held
    _ISSUED = {"dikeluarkan", "diterbitkan", "dirilis", "dipublikasikan", "issued", "released", "published"}

    def _meeting_place_tok(self, s: Sentence, t0: int) -> bool:
        i = t0 - 1
        while i > 0 and s.lower[i] in ("the",):
            i -= 1
        if i >= 1 and s.lower[i] in LOCATIVE_AT and s.lower[i - 1] in self._ISSUED:
            return False  # "keterangan media yang dikeluarkan di Putrajaya": the statement's place
        return self._after_preposition(s, t0, LOCATIVE_AT)

    # words of travel before the destination: "lawatan kerja resmi ke Hanoi", "arrived in Beijing", "visit to Taipei"
    _TRAVEL = {"kunjungan", "lawatan", "berkunjung", "melawat", "tiba", "datang", "bertolak", "terbang", "visit", "visits",
               "visited", "visiting", "trip", "tour", "arrived", "arrives", "arriving", "travelled", "traveled", "flew"}
    _TRAVELLER_ANAPHORS = {"leaders", "leader", "he", "she", "they", "both", "kedua", "ia", "dia", "beliau", "mereka"}
    _TRAVEL_DIRECT = {"mengunjungi", "kunjungi", "menyambangi", "visited", "visiting", "visit", "toured"}

    def _visit_place(self, ev, ex: Extraction) -> None:
        """A meeting with no place in its own sentences was held where its visitor travelled: the
        destination of a visit, a trip or an arrival the article tells ("melakukan lawatan kerja resmi
        ke Hanoi, Vietnam", "arrived in Beijing", "Pelosi's visit to Taipei"), when the destination's
        state takes part in the meeting and someone else of the meeting is named as the traveller."""
        if ev.type != "Meeting" or ev.place or not ev.evidence:
            return
        parts = set(ev.participants)
        states = {p if ex.entry(p).type == "Country" else ex.entry(p).country for p in parts if ex.entry(p)}
        sents = self._sents
        own = {x.index for x in (self._sentence_at(e.start) for e in ev.evidence) if x is not None}
        if self._travel_sents is None:
            travel = self._TRAVEL | self._TRAVEL_DIRECT
            self._travel_sents = [s for s in sents if self._kinds[s.index] not in ("nav", "caption")
                                  and not travel.isdisjoint(s.lower)]
        order = [s for s in self._travel_sents if s.index in own] + [s for s in self._travel_sents if s.index not in own]
        for s in order:
            typed = self._typed_mentions(s, ex)
            for eid, t0, t1, etype, kind in typed:
                e = ex.entry(eid)
                if e is None or etype not in ("City", "Region", "Country") or t0 < 1:
                    continue
                dest_state = eid if etype == "Country" else e.country
                if dest_state not in states:
                    continue
                j = t0 - 1
                if s.lower[j] == "the" and j > 0:
                    j -= 1  # "arrived at the New Delhi airport"
                if s.lower[j] in ("ke", "to", "in", "di", "into", "at"):
                    travel = any(s.lower[k] in self._TRAVEL for k in range(max(0, j - 5), j))
                else:
                    travel = s.lower[j] in self._TRAVEL_DIRECT
                if not travel:
                    continue
                # the traveller: a person of the meeting named before the destination (a state of the
                # meeting only when no person is named: "Lavrov's visit to Pyongyang" places no other meeting)
                before = [(x, et) for x, a, b, et, _ in typed if a < t0 and et in ("Person", "Country")]
                named = [x for x, et in before if et == "Person"]
                travellers = [x for x in named if x in parts and (ex.entry(x).country or "") != dest_state] if named else \
                    [x for x, et in before if x in parts and x != dest_state]
                if not travellers and not before and (s.index - 1 in own or s.index - 2 in own) and any(
                        w in self._TRAVELLER_ANAPHORS for w in s.lower[:t0]):
                    travellers = ["anaphor"]  # "Both foreign leaders arrived at the New Delhi airport", right after the meeting
                if not travellers:
                    continue
                if ev.date and not all(compatible(ev.date[:7], d.value[:7])
                                       for d in find_dates(s.text, ex.reference_date, coarse=ex.reference_coarse)):
                    break  # "Obama's visit to China last November": another trip than this meeting's (a trip lasts days)
                if etype == "Country":
                    # "state visit to the United States culminated in Washington"; "kunjungan ke Indonesia"
                    # with a dateline "JAKARTA": the city of that state the sentence or the dateline names
                    city = next((x for x, a, b, et, _ in typed if et == "City" and ex.entry(x).country == eid), None)
                    hits = [h for h, _ in self.lex.lookup(ex.article.dateline) if h.type == "City"] if ex.article.dateline else []
                    ev.place = city or (hits[0].id if hits and hits[0].country == eid else eid)
                else:
                    ev.place = eid
                return
        self._summit_place(ev, ex, own)

    _SIDELINES = {"sidelines", "margins", "sela", "sela-sela", "summit", "ktt"}
    _GATHERINGS = {"summit", "ktt", "konferensi", "conference", "forum", "dialogue", "meeting", "pertemuan", "sidang",
                   "assembly", "majelis"}

    def _summit_place(self, ev, ex: Extraction, own: set[int]) -> None:
        """A meeting held on the sidelines of a summit, with no place of its own, was held where the
        summit was, as the article names it anywhere ("On the sidelines of the G20 Summit in Antalya";
        "KTT ASEAN di Vientiane")."""
        sents = self._sents
        if not any(w in self._SIDELINES for i in own for w in sents[i].lower):
            return
        for s in [sents[i] for i in sorted(own)] + [x for x in sents if x.index not in own]:
            if self._kinds[s.index] in ("nav", "caption") or not any(w in self._GATHERINGS for w in s.lower):
                continue
            for eid, t0, t1, etype, kind in self._typed_mentions(s, ex):
                if etype != "City" or t0 < 2 or s.lower[t0 - 1] not in ("in", "di"):
                    continue
                if any(w in self._GATHERINGS for w in s.lower[max(0, t0 - 8):t0 - 1]):
                    ev.place = eid
                    return

    def _topic(self, s: Sentence, t0: int) -> bool:
        """An entity talked about ("perang di Ukraina", "sanctions on Russia"), not taking part."""
        if any(s.lower[i] in TOPIC_WORDS for i in range(max(0, t0 - 3), t0)):
            return True
        if t0 > 0 and any(c.tok_end == t0 for c in s.cues("discuss")):
            return True  # "Trump, MBS Discuss Iran Over Phone": the country discussed
        # "... has spoken over phone with the Crown Prince on Iran.": "on" and a country closing the clause
        return t0 > 1 and s.lower[t0 - 1] == "on" and any(i < t0 - 1 for i in s.trigger_toks) and (
            t0 + 1 >= len(s.toks) or s.lower[t0 + 1] in (".", ",", ";")) and not s.toks[t0].text[:1].isdigit()
