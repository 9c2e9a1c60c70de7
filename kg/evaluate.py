"""Score extractions against gold files by the rules of ``shared/gold/FORMAT.md``.

>>> gold = {"persons": ["A"], "countries": ["X", "Y"], "events": [
...   {"type": "Meeting", "participants": ["A", "X", "Y"], "place": "P", "date": "2022-11-09", "claimed_by": []}]}
>>> pred = {"persons": ["A"], "countries": ["X"], "events": [
...   {"type": "Meeting", "participants": ["A", "X"], "place": "P", "date": "2022-11-09", "claimed_by": ["Z"]}]}
>>> r = score_article(gold, pred)
>>> r.tp, r.fp, r.fn, r.args["place"], r.args["date"]
(1, 0, 0, [1, 1], [1, 1])
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path


EVENT_TYPES = ("Meeting", "PhoneCall", "WeaponSupplyAllegation")


@dataclass
class ArticleScore:
    name: str = ""
    tp: int = 0
    fp: int = 0
    fn: int = 0
    args: dict = field(default_factory=lambda: {k: [0, 0] for k in ("participants", "place", "date", "claimed_by", "supplier", "recipient", "weapon", "stance")})
    participants_f1: list = field(default_factory=list)
    persons: tuple = (0, 0, 0)
    countries: tuple = (0, 0, 0)
    misses: list = field(default_factory=list)
    by_type: dict = field(default_factory=lambda: {t: [0, 0, 0] for t in EVENT_TYPES})  # type -> [tp, fp, fn]


def _jaccard(a, b) -> float:
    a, b = set(a or []), set(b or [])
    return len(a & b) / len(a | b) if a | b else 1.0


def _set_counts(gold, pred) -> tuple[int, int, int]:
    g, p = set(gold or []), set(pred or [])
    return len(g & p), len(p - g), len(g - p)


def _f1(tp, fp, fn) -> float:
    if tp == fp == fn == 0:
        return 1.0
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def _pair_score(g: dict, p: dict) -> float | None:
    if g["type"] != p["type"]:
        return None
    if g["type"] == "WeaponSupplyAllegation":
        same = all(g.get(k) == p.get(k) for k in ("supplier", "recipient", "weapon", "stance"))
        return 1.0 if same else None
    j = _jaccard(g.get("participants"), p.get("participants"))
    return j if j >= 0.5 else None


def match_events(gold: list[dict], pred: list[dict], tie_break=None) -> list[tuple[int, int]]:
    """One-to-one matching of same-type events, best score first."""
    cands = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            s = _pair_score(g, p)
            if s is not None:
                tb = tuple(-int(x) for x in tie_break(g, p)) if tie_break else ()
                cands.append((s, tb, i, j))
    cands.sort(key=lambda c: (-c[0], c[1], c[2], c[3]))
    used_g, used_p, pairs = set(), set(), []
    for s, _tb, i, j in cands:
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            pairs.append((i, j))
    return pairs


def score_article(gold: dict, pred: dict, name: str = "") -> ArticleScore:
    r = ArticleScore(name=name)
    ge, pe = gold.get("events", []), pred.get("events", [])
    pairs = match_events(ge, pe)
    r.tp = len(pairs)
    r.fp = len(pe) - len(pairs)
    r.fn = len(ge) - len(pairs)
    mg = {i for i, _ in pairs}
    mp = {j for _, j in pairs}
    for i, _ in pairs:
        r.by_type.setdefault(ge[i]["type"], [0, 0, 0])[0] += 1
    for i, g in enumerate(ge):
        if i not in mg:
            r.by_type.setdefault(g["type"], [0, 0, 0])[2] += 1
            r.misses.append(f"missed {describe(g)}")
    for j, p in enumerate(pe):
        if j not in mp:
            r.by_type.setdefault(p["type"], [0, 0, 0])[1] += 1
            r.misses.append(f"extra  {describe(p)}")
    for i, j in pairs:
        g, p = ge[i], pe[j]
        checks = {}
        if g["type"] == "WeaponSupplyAllegation":
            for k in ("supplier", "recipient", "weapon", "stance"):
                checks[k] = g.get(k) == p.get(k)
        else:
            tp, fp, fn = _set_counts(g.get("participants"), p.get("participants"))
            f1 = _f1(tp, fp, fn)
            r.participants_f1.append(f1)
            checks["participants"] = f1 == 1.0
            checks["place"] = g.get("place") == p.get("place")
        checks["date"] = _date_ok(g.get("date"), p.get("date"))
        if g.get("claimed_by"):
            checks["claimed_by"] = bool(set(g["claimed_by"]) & set(p.get("claimed_by") or []))
        for k, ok in checks.items():
            r.args[k][0] += int(ok)
            r.args[k][1] += 1
            if not ok:
                gv = g.get(k)
                pv = p.get(k)
                r.misses.append(f"{k} of {describe(g)}: gold {gv!r}, got {pv!r}")
    r.persons = _set_counts(gold.get("persons"), pred.get("persons"))
    r.countries = _set_counts(gold.get("countries"), pred.get("countries"))
    for label, (g, p) in {"person": (gold.get("persons"), pred.get("persons")),
                          "country": (gold.get("countries"), pred.get("countries"))}.items():
        for x in sorted(set(g or []) - set(p or [])):
            r.misses.append(f"missed {label} {x}")
        for x in sorted(set(p or []) - set(g or [])):
            r.misses.append(f"extra  {label} {x}")
    return r


def _date_ok(g, p) -> bool:
    """Exact at the gold's granularity; a null gold date must be predicted null."""
    if g is None:
        return p is None
    return p is not None and p[: len(g)] == g


def describe(e: dict) -> str:
    if e["type"] == "WeaponSupplyAllegation":
        return f"WSA {e.get('supplier')}->{e.get('recipient')} {e.get('weapon')} {e.get('stance')} ({e.get('date')})"
    return f"{e['type']} {sorted(e.get('participants') or [])} @{e.get('place')} ({e.get('date')})"


@dataclass
class Totals:
    articles: list[ArticleScore]

    def _sum(self, attr):
        return [sum(getattr(a, attr)[k] for a in self.articles) for k in range(3)]

    @property
    def event_prf(self):
        tp = sum(a.tp for a in self.articles)
        fp = sum(a.fp for a in self.articles)
        fn = sum(a.fn for a in self.articles)
        p = tp / (tp + fp) if tp + fp else 1.0
        rc = tp / (tp + fn) if tp + fn else 1.0
        return p, rc, _f1(tp, fp, fn)

    def entity_f1(self, attr):
        tp, fp, fn = self._sum(attr)
        return _f1(tp, fp, fn)

    def type_prf(self, t: str):
        tp, fp, fn = (sum(a.by_type.get(t, [0, 0, 0])[k] for a in self.articles) for k in range(3))
        p = tp / (tp + fp) if tp + fp else 1.0
        rc = tp / (tp + fn) if tp + fn else 1.0
        return p, rc, _f1(tp, fp, fn), (tp, fp, fn)

    def argument_accuracy(self) -> float:
        """All argument checks on matched events together (participants, place, date,
        claimed_by, supplier, recipient, weapon, stance): right / checked."""
        acc = self.arg_acc()
        n = sum(n for _, n in acc.values())
        return sum(ok for ok, _ in acc.values()) / n if n else 1.0

    def summary(self) -> dict:
        p, r, f1 = self.event_prf
        return {"articles": len(self.articles), "events": {"precision": p, "recall": r, "f1": f1},
                "by_type": {t: dict(zip(("precision", "recall", "f1"), self.type_prf(t)[:3]),
                                    **dict(zip(("tp", "fp", "fn"), self.type_prf(t)[3]))) for t in EVENT_TYPES},
                "argument_accuracy": self.argument_accuracy(),
                "arguments": {k: {"right": ok, "checked": n} for k, (ok, n) in self.arg_acc().items()},
                "persons_f1": self.entity_f1("persons"), "countries_f1": self.entity_f1("countries")}

    def arg_acc(self):
        out = {}
        for k in self.articles[0].args if self.articles else []:
            ok = sum(a.args[k][0] for a in self.articles)
            n = sum(a.args[k][1] for a in self.articles)
            if n:
                out[k] = (ok, n)
        return out


def load_gold_dir(gold_dir: Path) -> dict[str, dict]:
    return {f.stem: json.loads(f.read_text(encoding="utf-8")) for f in sorted(Path(gold_dir).glob("*.json"))
            if f.name != "corpus.json" and not f.name.startswith("_")}


def score_corpus(gold_corpus: dict, predicted: list[dict]) -> dict:
    """Corpus scoring: each predicted event has ``sources`` (article names).

    A gold event is *found* when a predicted event of the same kind matches it; it has
    *all sources* when one predicted event carries every gold source (and no other).
    Among equally good matches (the same leaders meeting twice), the one that agrees on
    sources, date and place is taken."""
    gold = gold_corpus.get("events", [])
    pairs = match_events(gold, predicted, tie_break=lambda g, p: (
        len(set(g.get("sources", [])) & set(p.get("sources", []))), g.get("date") == p.get("date"),
        g.get("place") == p.get("place")))
    found = len(pairs)
    with_sources = 0
    for i, j in pairs:
        if set(gold[i].get("sources", [])) == set(predicted[j].get("sources", [])):
            with_sources += 1
    return {"gold": len(gold), "found": found, "with_sources": with_sources, "extra": len(predicted) - found,
            "pairs": pairs}


def _find_article(articles_dir: Path, stem: str) -> Path | None:
    for suffix in (".txt", ".html", ".htm", ".text", ".md"):
        p = Path(articles_dir) / f"{stem}{suffix}"
        if p.exists():
            return p
    return None


def run_eval(gold_dir: Path, articles_dir: Path, lexicons: tuple = (), verbose: bool = True, echo=print,
             as_json: bool = False) -> bool:
    """`kg eval`: extract every gold-annotated article, score, print misses and totals
    (with *as_json*, only the totals, as one JSON object)."""
    from kg.article import ArticleError
    from kg.reading import read_path
    from kg.events import Extractor
    from kg.lexicon import load_lexicon

    extractor = Extractor(load_lexicon(lexicons))
    gold = load_gold_dir(gold_dir)
    if not gold:
        echo(f"kg: error: no gold files in {gold_dir}")
        return False
    scores, missing = [], []
    for stem, g in gold.items():
        path = _find_article(articles_dir, stem)
        if path is None:
            missing.append(stem)
            continue
        items = list(read_path(path))
        if not items or isinstance(items[0], ArticleError):  # skipped ones too: a gold file says it is an article
            echo(f"kg: error: {items[0] if items else path}")
            missing.append(stem)
            continue
        pred = extractor.extract(items[0]).to_json()
        r = score_article(g, pred, stem)
        scores.append(r)
        if verbose and r.misses and not as_json:
            echo(f"{stem}:")
            for m in r.misses:
                echo(f"  {m}")
    if missing:
        echo(f"no article for: {', '.join(missing)}")
    t = Totals(scores)
    if as_json:
        echo(json.dumps(t.summary(), indent=2))
        return not missing
    p, rc, f1 = t.event_prf
    echo(f"articles: {len(scores)}")
    echo(f"events:   P {p:.3f}  R {rc:.3f}  F1 {f1:.3f}  "
         f"(tp {sum(a.tp for a in scores)}, fp {sum(a.fp for a in scores)}, fn {sum(a.fn for a in scores)})")
    for ty in EVENT_TYPES:
        tp_, rc_, f_, (a, b, c) = t.type_prf(ty)
        echo(f"  {ty:<23} P {tp_:.3f}  R {rc_:.3f}  F1 {f_:.3f}  (tp {a}, fp {b}, fn {c})")
    args = t.arg_acc()
    echo(f"arguments: accuracy {t.argument_accuracy():.3f} — " + ", ".join(f"{k} {ok}/{n}" for k, (ok, n) in args.items()))
    pf = [x for a in scores for x in a.participants_f1]
    if pf:
        echo(f"participants set F1 (mean over matched events): {sum(pf) / len(pf):.3f}")
    echo(f"persons F1 {t.entity_f1('persons'):.3f}   countries F1 {t.entity_f1('countries'):.3f}")
    corpus = Path(gold_dir) / "corpus.json"
    if corpus.exists():
        res = corpus_eval(json.loads(corpus.read_text(encoding="utf-8")), articles_dir, gold.keys(), lexicons, echo if verbose else None)
        echo(f"corpus: {res['found']}/{res['gold']} events found, {res['with_sources']}/{res['gold']} with all sources, "
             f"{res['extra']} extra")
    return not missing


def corpus_eval(gold_corpus: dict, articles_dir: Path, stems, lexicons: tuple = (), echo=None) -> dict:
    """Build the merged graph of the articles in a throw-away store and score it."""
    from kg.pipeline import ingest
    from kg.resolve import resolved_events_json
    from kg.store import open_store

    store = open_store(None)
    paths = [str(p) for s in stems if (p := _find_article(articles_dir, s))]
    ingest(paths, store, lexicons=lexicons)
    predicted = resolved_events_json(store)
    res = score_corpus(gold_corpus, predicted)
    if echo:
        matched = {i for i, _ in res["pairs"]}
        for i, g in enumerate(gold_corpus.get("events", [])):
            if i not in matched:
                echo(f"corpus: missed {describe(g)} from {g.get('sources')}")
        for i, j in res["pairs"]:
            g, p = gold_corpus["events"][i], predicted[j]
            if set(g.get("sources", [])) != set(p.get("sources", [])):
                echo(f"corpus: sources of {describe(g)}: gold {sorted(g['sources'])}, got {sorted(p['sources'])}")
        for j, p in enumerate(predicted):
            if j not in {jj for _, jj in res["pairs"]}:
                echo(f"corpus: extra {describe(p)} from {p.get('sources')}")
    return res
