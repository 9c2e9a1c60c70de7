"""Lexicons as data: entities, offices, weapons, event triggers and cue words.

Every lexicon is a JSON Lines file; an entry has an ``id``, a ``type`` and the
strings that mention it (``labels`` by language and language-neutral ``aliases``).
Many strings map to one id, as in spaCy's EntityRuler. Users add their own entries
with ``--lexicon FILE.jsonl`` (same schema; an entry with an existing id extends it).

>>> lex = load_lexicon()
>>> lex.entities["country:RU"].name
'Russia'
>>> [(m.text, m.entry.id) for m in lex.match("Presiden Rusia Vladimir Putin tiba di Teheran.")][:3]
[('Presiden', 'office:president'), ('Rusia', 'country:RU'), ('Vladimir Putin', 'person:vladimir-putin')]
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from kg.resources import lexicons_dir

# Types whose strings are ordinary words: matched without regard to case.
CASELESS_TYPES = {"WeaponCategory", "Trigger", "Cue"}

# Hyphens and possessives are tokens of their own ("Indonesia-China" -> "Indonesia", "-",
# "China"; "Germany's" -> "Germany", "'s"); lexicon strings are split the same way, so
# "Shahed-136" still matches as a whole.
TOKEN = re.compile(r"\w+|['’]\w+|[^\w\s]")


@dataclass
class Entry:
    id: str
    type: str
    name: str
    labels: dict = field(default_factory=dict)
    aliases: list = field(default_factory=list)
    data: dict = field(default_factory=dict)

    @property
    def country(self) -> str | None:
        return self.data.get("country")

    def get(self, key, default=None):
        return self.data.get(key, default)


@dataclass(frozen=True)
class Match:
    """One lexicon string found in a text: character offsets relative to the text given."""

    start: int
    end: int
    text: str
    entry: Entry
    kind: str  # label | alias | demonym | metonym
    tok_start: int
    tok_end: int


class LexiconError(Exception):
    pass


class Lexicon:
    def __init__(self):
        self.entities: dict[str, Entry] = {}
        self._exact: dict[str, list[tuple[Entry, str]]] = {}
        self._folded: dict[str, list[tuple[Entry, str]]] = {}
        self._first: dict[str, list[int]] = {}  # first token (folded) -> key lengths in tokens, longest first
        self._pairs: set[tuple[str, str]] = set()  # first two tokens (folded) of every key of two tokens or more

    # ---------------------------------------------------------------- building
    def add(self, rec: dict, source: str = "") -> None:
        if not isinstance(rec, dict) or "id" not in rec or "type" not in rec:
            raise LexiconError(f"{source}: an entry needs 'id' and 'type'")
        eid = rec["id"]
        old = self.entities.get(eid)
        labels = {k: list(v) for k, v in (rec.get("labels") or {}).items()}
        data = {k: v for k, v in rec.items() if k not in ("id", "type", "name", "labels", "aliases")}
        if old:  # a user entry extends the shipped one
            for lang, vals in labels.items():
                old.labels.setdefault(lang, []).extend(v for v in vals if v not in old.labels.get(lang, []))
            old.aliases.extend(a for a in rec.get("aliases", []) if a not in old.aliases)
            old.data.update(data)
            if rec.get("name"):
                old.name = rec["name"]
            entry = old
        else:
            name = rec.get("name") or next(iter(labels.get("en", [])), None) or eid
            entry = Entry(eid, rec["type"], name, labels, list(rec.get("aliases", [])), data)
            self.entities[eid] = entry
        strings = [(entry.name, "label")] if entry.type not in ("Trigger", "Cue") else []
        strings += [(s, "label") for vals in labels.values() for s in vals]
        strings += [(s, "alias") for s in rec.get("aliases", [])]
        for vals in (rec.get("demonyms") or {}).values():
            strings += [(s, "demonym") for s in vals]
        strings += [(s, "metonym") for s in rec.get("metonyms", [])]
        caseless = entry.type in CASELESS_TYPES or rec.get("case_insensitive")
        for s, kind in strings:
            self._index(s, entry, kind, caseless)

    def _index(self, s: str, entry: Entry, kind: str, caseless: bool) -> None:
        toks = TOKEN.findall(s)
        if not toks:
            return
        key = " ".join(toks)
        targets = [(self._folded, key.lower())] if caseless else [(self._exact, key)]
        if not caseless and len(key) > 3 and key.upper() != key:
            targets.append((self._exact, key.upper()))  # ALL-CAPS headlines and datelines
        for table, k in targets:
            lst = table.setdefault(k, [])
            if not any(e is entry and kd == kind for e, kd in lst):
                lst.append((entry, kind))
        first = toks[0].lower()
        if len(toks) > 1:
            self._pairs.add((first, toks[1].lower()))
        lengths = self._first.setdefault(first, [])
        if len(toks) not in lengths:
            lengths.append(len(toks))
            lengths.sort(reverse=True)

    def load_file(self, path: str | Path) -> None:
        path = Path(path)
        try:
            fh = path.open(encoding="utf-8")
        except OSError as e:
            raise LexiconError(f"{path}: cannot read lexicon ({e.strerror})") from None
        with fh:
            for n, line in enumerate(fh, 1):
                if not line.strip() or line.lstrip().startswith("//"):
                    continue
                try:
                    rec = json.loads(line)
                except json.JSONDecodeError as e:
                    raise LexiconError(f"{path}:{n}: not valid JSON ({e.msg})") from None
                self.add(rec, f"{path}:{n}")

    # ---------------------------------------------------------------- lookup
    def lookup(self, text: str) -> list[tuple[Entry, str]]:
        key = " ".join(TOKEN.findall(text))
        return self._exact.get(key, []) + self._folded.get(key.lower(), [])

    def match(self, text: str, offset: int = 0, tokens: list | None = None, lower: list[str] | None = None) -> list[Match]:
        """All longest, left-to-right matches of lexicon strings in *text*.

        A string that is both a caseless word and a proper name yields both readings;
        callers pick by type. *tokens* may pass ``TOKEN`` matches of *text* already made, and *lower*
        their lower-case texts."""
        toks = tokens if tokens is not None else [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text)]
        out: list[Match] = []
        i, n = 0, len(toks)
        exact, folded, first_lengths, pairs = self._exact, self._folded, self._first, self._pairs
        if lower is None:
            lower = [t[2].lower() for t in toks]
        while i < n:
            found = None
            lengths = first_lengths.get(lower[i], ())
            # a key of two tokens or more starts here only if its first two tokens do: most words that
            # begin some long name ("Russia", "Kementerian") are followed by anything else
            multi = i + 1 < n and (lower[i], lower[i + 1]) in pairs
            for length in lengths:
                if length > n - i or (length > 1 and not multi):
                    continue
                if length == 1:
                    key, folded_key = toks[i][2], lower[i]
                else:  # tokens are joined by spaces, so lowering each token is lowering the key
                    key, folded_key = " ".join(t[2] for t in toks[i:i + length]), " ".join(lower[i:i + length])
                hits = exact.get(key)
                low = folded.get(folded_key)
                if hits or low:
                    found = (length, (hits or []) + (low or []))
                    break
            if found:
                length, hits = found
                a, b = toks[i][0], toks[i + length - 1][1]
                # a bloc's ambiguous label ("Barat") is not the bloc as the tail of a longer name: "Jawa Barat",
                # "Komando Barat", "Tepi Barat" are not the West
                for entry, kind in hits:
                    if entry.type == "Bloc" and i > 0 and toks[i - 1][2][:1].isupper() and toks[i - 1][2][-1:].isalpha() \
                            and text[a:b] in entry.data.get("ambiguous_labels", ()):
                        continue
                    out.append(Match(a + offset, b + offset, text[a:b], entry, kind, i, i + length))
                i += length
            else:
                i += 1
        return out


def _default_files() -> list[Path]:
    return sorted(lexicons_dir().glob("*.jsonl"))


@lru_cache(maxsize=8)
def _load(extra: tuple[str, ...]) -> Lexicon:
    lex = Lexicon()
    for f in _default_files():
        if f.name == "boilerplate.jsonl":
            continue
        lex.load_file(f)
    for f in extra:
        lex.load_file(f)
    return lex


def load_lexicon(extra: tuple[str, ...] | list[str] = ()) -> Lexicon:
    """The shipped lexicons plus the user's files (cached per combination)."""
    return _load(tuple(str(x) for x in extra))
