"""Extraction stage 2: attribution, the speakers and sources a sentence cites.

The rules are methods of a mixin of :class:`kg.events.Extractor`; they share its
lexicon and the state of the article being extracted."""

from __future__ import annotations

import re
from bisect import bisect_right

from kg.extraction import ACTOR_TYPES, Extraction, Sentence, uniq


class AttributionRules:
    """Who says what: attribution spans ("kata ...", "according to ...") and the speakers of a sentence."""

    def _attribution_spans(self, s: Sentence) -> list[tuple[int, int]]:
        """Token ranges naming who says or reports something (computed once per sentence)."""
        if s.spans is None:
            s.spans = self._find_attribution_spans(s)
            s.attributed = bytearray(len(s.toks))
            for a, b in s.spans:
                for i in range(max(a, 0), min(b, len(s.toks))):
                    s.attributed[i] = 1
        return s.spans

    def _attributed(self, s: Sentence, t: int) -> bool:
        """Token *t* is inside an attribution span: ``any(a <= t < b for a, b in spans)`` in constant time."""
        self._attribution_spans(s)
        return 0 <= t < len(s.toks) and s.attributed[t] == 1

    def _find_attribution_spans(self, s: Sentence) -> list[tuple[int, int]]:
        spans = []
        # (a "received" that receives weapons, not a person, is no meeting: _object_ok)
        comm = any(m.entry.get("role") in ("phone", "meeting", "talks") and self._object_ok(s, m) for m in s.of("Trigger"))
        # a quote tag stands after the quote or a comma ("…,” lanjut Yuri"; "Selain itu, imbuhnya, …");
        # elsewhere the same word is an adverb ("membantah tegas laporan …")
        tags = [c for c in s.cues("quote-tag") if c.tok_start > 0 and s.toks[c.tok_start - 1].text in (",", "”", '"', "’")]
        for c in s.cues("speech") + s.cues("accuse") + s.cues("admit") + s.cues("deny") + tags + s.cues("speech-passive"):
            w = c.text.lower()
            tag = c.entry.get("cue") in ("quote-tag", "speech-passive")
            audience = s.lower[c.tok_end] in self._AUDIENCE if c.tok_end < len(s.toks) else False
            if comm and w in ("told", "memberi tahu", "memberitahu") and not audience:
                continue  # "Erdogan told Putin in a telephone call": both take part ("told reporters" does not)
            if comm and not tag and not audience and w not in ("kata", "ujar", "menurut") and any(
                    t in s.trigger_toks and not self._between_after(s, t) for t in range(c.tok_end + 1, c.tok_end + 4)):
                # "X said in a phone call with Y" / "X mengatakan dalam percakapan telepon"; but in "X
                # mengungkapkan isi percakapan antara A dengan B" X reports the call; and a ministry or an
                # outlet that says so ("Kementerian Luar Negeri Malaysia menyebutkan dalam lawatan …")
                # takes no part: it is the source
                ending = s.ending_at.get(c.tok_start, ())
                if ending and all(m.entry.type in ("Organization", "NewsOutlet") for m in ending):
                    spans.append((ending[0].tok_start, c.tok_start))
                continue
            if tag or w in ("kata", "ujar", "ucap", "tutur", "menurut", "according to", "seperti dikutip", "seperti dikutip dari",
                            "dikutip", "mengutip", "seperti dilansir", "dilansir", "melansir", "said", "says", "seperti laporan",
                            "laporan", "pernyataan", "statement", "told", "reported", "quoted", "cited", "readout", "pembacaan") \
                    or s.lower[c.tok_end:c.tok_end + 1] in (["oleh"], ["by"], ["kepada"], ["to"]):
                # forward: up to the end of the clause
                end = c.tok_end
                # a noun ("pernyataan Kremlin", "laporan RIA Novosti") names its source right after it;
                # a verb ("kata kantor berita negara Rusia") up to the end of the clause
                if w in ("pernyataan", "statement", "laporan", "readout", "pembacaan", "seperti laporan", "laporan media"):
                    while end < len(s.toks) and (end in s.entity_toks or s.lower[end] in ("dari", "of", "from", "media", "pemerintah")):
                        end += 1
                free = 0  # words of the clause; a title ("Menteri Luar Negeri (Menlu) RI Retno LP Marsudi") counts as one
                while end < len(s.toks) and free < 10 and s.toks[end].text not in (",", ".", ";", "”", "“", '"') \
                        and s.lower[end] not in ("bahwa", "that", "untuk", "on", "pada") and end not in s.trigger_toks \
                        and w not in ("pernyataan", "statement", "laporan", "readout", "pembacaan", "seperti laporan", "laporan media"):
                    free += 0 if end in s.entity_toks or s.toks[end].text in ("(", ")") else 1
                    end += 1
                if w in ("said", "says", "reported", "told") and not (c.tok_end < len(s.toks) and s.lower[c.tok_end] in ("by",)):
                    # English "X said": the speaker comes before; "said X" after a comma/quote
                    if c.tok_start > 0 and s.toks[c.tok_start - 1].text in (",", "”", '"', "’"):
                        spans.append((c.tok_end, end))
                    if w == "told":  # "told reporters", "told Reuters" (within the sentence: "…, an official told.")
                        spans.append((c.tok_end, min(c.tok_end + 3, len(s.toks))))
                else:
                    spans.append((c.tok_end, end))
            # backward: "X mengatakan", "X said", "Kiev dan Barat mengatakan"
            if w in ("mengatakan", "menyatakan", "said", "says", "told", "melaporkan", "reported", "mengklaim", "claimed",
                     "menuduh", "accused", "mengumumkan", "announced", "menegaskan", "menyebut", "menambahkan", "menjelaskan",
                     "mengungkapkan", "stated", "memberitahu", "memberi tahu", "alleged", "accuses", "menuding", "confirmed",
                     "mengakui", "admitted", "membantah", "denied", "menyangkal", "menepis", "acknowledged", "membenarkan",
                     "mengonfirmasi", "mengkonfirmasi", "menuturkan", "mengungkap", "menyampaikan", "wrote", "added") \
                    or c.entry.get("speaker_before"):  # lexicon data: a verb whose subject is the speaker
                spans.append((self._speaker_start(s, c.tok_start), c.tok_start))
        for t in s.of("Trigger"):
            # "Kalin spoke to Anadolu Agency about the call", "kata X kepada Kompas": speaking to a news
            # outlet makes the speaker a source
            if t.entry.get("role") == "talks" and t.tok_end + 1 < len(s.toks) and s.lower[t.tok_end] in ("to", "kepada", "with") \
                    and any(m.entry.type == "NewsOutlet" for m in s.at.get(t.tok_end + 1, ())):
                spans.append((self._speaker_start(s, t.tok_start), t.tok_start))
        return spans

    # who is told: "told reporters", "told a news conference" name no party to a call
    _AUDIENCE = {"reporters", "journalists", "wartawan", "media", "a", "the", "state", "awak", "para"}

    @staticmethod
    def _between_after(s: Sentence, t: int) -> bool:
        """The trigger at token *t* names its parties next ("percakapan antara A dengan B")."""
        return any(w in ("antara", "between") for w in s.lower[t + 1:t + 3])

    def _speaker_start(self, s: Sentence, end: int) -> int:
        """Where the speaker before a speech verb begins: back to the clause start, jumping
        over a parenthetical attribution (", seperti dikutip Straits Times,") and an apposition
        ("Yoon Young-chan, the newly appointed senior presidential secretary, said")."""
        start, skipped = end, 0
        while start > 0:
            t = s.toks[start - 1].text
            if start - 1 in s.trigger_toks or end - start - skipped >= 12:
                break  # the speaker is a short noun phrase, never across an event word
            if s.lower[start - 1] in ("dan", "and", ",") and start >= 3 and s.toks[start - 2].text == "," \
                    and start - 3 in s.entity_toks:
                start -= 2  # "Inggris, Prancis, dan Jerman": an Oxford comma inside a list of speakers
                continue
            if s.lower[start - 1] in ("dan", "and") and not (
                    (start - 2 in s.entity_toks or s.lower[start - 2] in ("pejabat", "diplomat", "officials", "diplomats", "leaders", "pemimpin"))
                    and (start in s.entity_toks or start < end and s.lower[start] in ("dua", "two", "para", "the", "sejumlah", "several", "beberapa", "negara"))):
                break  # "... pada hari Sabtu dan menyatakan": a second verb of the same subject, not "Kiev dan Barat"
            if t == "," and start - 2 in s.entity_toks and start in s.entity_toks \
                    and any(w in ("dan", "and", "serta") for w in s.lower[start:end]):
                start -= 1  # "Inggris, Prancis, dan Jerman mengatakan": a list of speakers (not "... to Russia, Reuters reported")
                continue
            if t in (",", ";", "”", '"', "“") or s.lower[start - 1] in ("bahwa", "that"):
                if t == ",":
                    k = start - 2
                    while k >= 0 and s.toks[k].text != ",":
                        k -= 1
                    if k >= 0 and s.lower[k + 1] in ("seperti", "as", "menurut", "according", "kata", "mengutip", "citing",
                                                     "yang", "who", "which", "rabu", "selasa", "senin", "kamis", "jumat", "sabtu",
                                                     "minggu", "in", "dalam", "on", "pada"):
                        start = k
                        continue
                    if k >= 1 and s.lower[k + 1] in ("the", "a", "an", "seorang") \
                            and (s.toks[k - 1].text[:1].isupper() or k - 1 in s.entity_toks) \
                            and not any(i in s.trigger_toks for i in range(k + 1, start)):
                        # "Yoon Young-chan, the newly appointed senior presidential secretary, said": an
                        # apposition after the speaker's name (not "Last week, an Indonesian delegation met …")
                        skipped += start - k
                        start = k
                        continue
                break
            start -= 1
        return start

    def _speakers(self, s: Sentence, ex: Extraction) -> list[str]:
        """Who says what the sentence reports (computed once per sentence; a shared list)."""
        if s.speakers is not None:
            return s.speakers
        spans = self._attribution_spans(s)
        out = [eid for eid, t0, t1, etype, kind in self._typed_mentions(s, ex)
               if etype in ACTOR_TYPES and self._attributed(s, t0)]
        if not out and s.index > 0 and any(s.lower[i] in ("he", "she", "ia", "dia", "beliau")
                                          for a, b in spans for i in range(a, b)):
            # "In a post on X, he said Iran had not delivered ...": he = the previous sentence's subject
            subj = self._previous_subject(ex, s.index)
            if subj:
                out.append(subj)
        if not any(ex.entry(e) and ex.entry(e).type == "Person" for e in out):
            holder = self._titled_speaker(s, ex)
            if holder:
                out.append(holder)
        s.speakers = uniq(out)
        return s.speakers

    def _titled_speaker(self, s: Sentence, ex: Extraction) -> str | None:
        """"…, the spokesman said", "kata juru bicara itu": a title with no name refers to the one
        person of the article who holds that office (named elsewhere in it), if there is one."""
        for off in s.of("Office"):
            if not self._attributed(s, off.tok_start):
                continue
            definite = (off.tok_start > 0 and s.lower[off.tok_start - 1] == "the") or \
                (off.tok_end < len(s.toks) and s.lower[off.tok_end] in ("itu", "tersebut", "tadi"))
            if not definite:
                continue
            holders = [pid for pid in ex.entity_ids("Person") if self._holds(ex.entry(pid), off.entry.id)]
            if len(holders) == 1:
                return holders[0]
        return None

    @staticmethod
    def _holds(e, office: str) -> bool:
        if e is None:
            return False
        return e.get("office") == office or any(p.get("office") == office for p in e.get("positions") or ())

    # ------------------------------------------------------------------ credits and claimants of the whole article
    _CREDIT_BEFORE = (".", "–", "—", "-", "”", '"', "!", "?", "|")

    def _credited_agencies(self, ex: Extraction) -> list[str]:
        """News agencies the article credits as the source of its report: in its dateline
        ("TOKYO (Reuters) -", "/TASS/."), right after it ("ANKARA- Anadolu Agency"), at the end of
        a paragraph ("… setback. – KUNA", "… in a briefing. (Yonhap)", a last line "Yonhap") or in a
        source line ("Sumber: Antara"). A photo credit ("Photograph: …/Reuters", "(Photo: PTI)") and
        the publisher's own name ("Jakarta, CNN Indonesia -") are no such credit."""
        art = ex.article

        found: list[str] = []
        for name in ([art.outlet] if art.outlet else []) + list(art.cited_sources):
            found += [e.id for e, _ in self.lex.lookup(name) if e.type == "NewsOutlet" and e.get("kind") == "news_agency"][:1]
        names, by_length = self._agency_names()

        def at_start(text: str) -> tuple[str, str] | None:
            """The agency name *text* begins with, and the two characters after it."""
            if not text.startswith(by_length):
                return None
            n = next(n for n in by_length if text.startswith(n))
            return n, text[len(n):len(n) + 2]

        if art.published_span is not None:  # the date line names the agency: "Xinhua, September 26, 2015"
            hit = at_start(art.published_span.text.strip())
            if hit and (hit[1][:1] in ",-–—:\n" or hit[1] in ("  ", " ,")):
                found.append(names[hit[0]])
        for i, p in enumerate(art.paragraphs):
            text = p.text.rstrip()
            # at the end of a paragraph, after a sentence's end, a dash or a bracket: "… setback. – KUNA",
            # "… in a briefing. (Yonhap)", "…2017.Yonhap", or alone on its line
            bracketed = text.endswith(")")
            core = text[:-1].rstrip() if bracketed else text
            if core.endswith(by_length):
                n = next(n for n in by_length if core.endswith(n))
                before = core[:-len(n)]
                if bracketed:  # "(Yonhap)", but not "(Photo: PTI)"
                    n, before = (n, before[:-1]) if before.endswith("(") else (None, before)
                before = before.rstrip()
                if n and (not before or before.endswith(self._CREDIT_BEFORE)):
                    found.append(names[n])
            if i < 4:
                hit = at_start(text[:60])
                if hit:
                    comma = hit[1].strip()[:1] == ","
                    opener = hit[1] == "  " or hit[1][:1] == "\n" or hit[1].strip()[:1] in ("-", "–", "—", ":")
                    if (i == 0 and (opener or comma and len(text) <= 60)) or (comma and len(text) <= 60):
                        # "ANKARA- Anadolu Agency  Turkish President ..." opening the body; a credit line
                        # "Xinhua, September 26, 2015"
                        found.append(names[hit[0]])
                for m in self._DATELINE_AGENCY.finditer(text[:60]):
                    if m.group(1) in names:  # a dateline after a photo caption: "TOKYO (Reuters) - Japan said"
                        found.append(names[m.group(1)])
        return uniq(found)

    # verbs whose subject tells what it did itself: "Turnbull mengatakan telah menelepon Jokowi"
    _SELF_REPORT = {"mengatakan", "menyatakan", "mengaku", "mengakui", "menyebut", "menyebutkan", "mengungkapkan",
                    "menuturkan", "menjelaskan", "menceritakan", "bercerita", "said", "says", "told", "recalled",
                    "wrote", "tweeted", "posted", "announced", "mengumumkan", "menulis", "mencuit"}
    _SELF_TAGS = {"kata", "ujar", "tutur", "ucap", "katanya", "ujarnya", "said", "says"}

    def _participant_speakers(self, ev, ex: Extraction) -> list[str]:
        """A person of a meeting or call who tells of it ("Jokowi mengaku berdiskusi lewat telepon
        dengan ...", "Turnbull said he had called Jokowi", "“… saya berbicara dengan Kanselir Scholz,”
        kata Jokowi") asserts it: a claimant as well as a party."""
        persons = {p for p in ev.participants if ex.entry(p) is not None and ex.entry(p).type == "Person"}
        if not persons:
            return []
        out: list[str] = []
        for e in ev.evidence:
            s = self._sentence_at(e.start)
            if s is None:
                continue
            if s.text[:1] in '"“' and not any(q in s.text[1:] for q in '"”'):
                # a quote that goes on for sentences: its speaker is named where it closes
                for later in self._sents[s.index + 1:s.index + 5]:
                    if any(q in later.text for q in '"”'):
                        s = later
                        break
            typed = self._typed_mentions(s, ex)
            for i, w in enumerate(s.lower):
                if w in self._SELF_REPORT and i > 0:
                    lo, hi = self._speaker_start(s, i), i
                elif w in self._SELF_TAGS and i > 0 and s.toks[i - 1].text in (",", "”", '"', "’"):
                    lo, hi = i + 1, min(i + 5, len(s.toks))
                else:
                    continue
                out += [eid for eid, t0, t1, et, _ in typed if et == "Person" and eid in persons and lo <= t0 < hi]
        return uniq(out)

    def _sentence_at(self, pos: int):
        """The sentence of the article being extracted that holds character *pos* (or None)."""
        sents = self._sents
        i = bisect_right(self._sent_starts, pos) - 1
        return sents[i] if 0 <= i < len(sents) and pos < sents[i].span.end else None

    _STATEMENT_WORDS = frozenset({"keterangan", "pernyataan", "rilis", "siaran", "statement", "readout", "release"})
    _THAT_STATEMENT = re.compile(r"(?i)\b(?:menurut|dalam|sesuai)\s+(?:keterangan|pernyataan|rilis|siaran pers)\s+(?:tersebut|itu)\b"
                                 r"|\baccording to the (?:statement|readout|release)\b|\bthe (?:statement|readout) (?:said|added)\b")

    def _statement_referred_to(self, ev, ex: Extraction) -> list[str]:
        """"Menurut keterangan tersebut, Anwar juga bertemu …", "According to the statement, …": the
        sources of the statement the article told of before (the nearest earlier sentence that names one)."""
        out: list[str] = []
        for e in ev.evidence:
            s = self._sentence_at(e.start)
            if s is None or self._STATEMENT_WORDS.isdisjoint(s.lower) or not self._THAT_STATEMENT.search(s.text):
                continue
            for prev in reversed(self._sents[max(0, s.index - 5):s.index]):
                found = self._speakers(prev, ex)
                if found:
                    out += found
                    break
        return uniq(out)

    _DATELINE_AGENCY = re.compile(r"\(([^()]{2,30})\)\s*[-–—]")

    def _agency_names(self) -> tuple[dict[str, str], tuple[str, ...]]:
        """The names of the lexicon's news agencies (capitalised spellings) -> id, and the names
        longest first, for str.startswith/endswith (built once per lexicon)."""
        cached = getattr(self.lex, "_agency_names", None)
        if cached is None:
            names: dict[str, str] = {}
            for e in self.lex.entities.values():
                if e.type == "NewsOutlet" and e.get("kind") == "news_agency":
                    for n in [e.name] + e.aliases + [x for v in e.labels.values() for x in v]:
                        if n[:1].isupper():
                            names.setdefault(n, e.id)
            cached = (names, tuple(sorted(names, key=lambda n: (-len(n), n))))
            self.lex._agency_names = cached
        return cached

    def _article_claimants(self, events, ex: Extraction) -> None:
        """Claimants that hold for every event of the article: the news agency it credits reports
        each of them (kg:reportedBy); and a ministry or other government body that claims an event
        claims it for its state ("Kementerian Luar Negeri Malaysia menyebutkan" — Malaysia says so)."""
        agencies = self._credited_agencies(ex)
        for ev in events:
            if ev.type != "WeaponSupplyAllegation":
                for p in self._participant_speakers(ev, ex) + self._statement_referred_to(ev, ex):
                    if p not in ev.claimed_by:
                        ev.claimed_by.append(p)
            for c in list(ev.claimed_by):
                e = ex.entry(c)
                if e is not None and e.type == "Organization" and e.get("kind") in ("government", "military") \
                        and e.country and e.country not in ev.claimed_by:
                    ev.claimed_by.append(e.country)
            for a in agencies:
                if a not in ev.claimed_by:
                    ev.claimed_by.append(a)

    def _attribute_back(self, s: Sentence, ex: Extraction, log, first_new: int) -> None:
        """"Hal itu diungkap oleh Departemen Luar Negeri AS, seperti dimuat Toronto Star": a sentence
        that only says who said what the previous sentence reports adds its sources to the events
        of that sentence."""
        if len(log.events) > first_new or s.index == 0 or not any(c.tok_start <= 2 for c in s.cues("back-reference")):
            return
        sources = [e for e in self._speakers(s, ex)]
        sources += [eid for eid, t0, t1, etype, kind in self._typed_mentions(s, ex) if etype == "NewsOutlet"]
        if not sources:
            return
        prev = self._sents[s.index - 1].span
        for ev in log.events:
            if any(prev.start <= e.start and e.end <= prev.end for e in ev.evidence):
                for c in uniq(sources):
                    if c not in ev.claimed_by:
                        ev.claimed_by.append(c)
