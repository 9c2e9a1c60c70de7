"""Extraction cost against article size: is it linear?

    python benchmarks/extract_scale.py                    # 100 KB, 1 MB, 5 MB; both shapes
    python benchmarks/extract_scale.py --sizes 100k,1m    # a quicker run
    python benchmarks/extract_scale.py --no-quads         # skip kg.rdf.article_quads

Builds synthetic articles from the paragraphs of ``examples/articles`` (shuffled with a
fixed seed; each copy of a paragraph has its dates moved and its people renamed, so the
article is not one paragraph repeated and the cleaner's duplicate-paragraph rule does not
drop it), in two shapes: paragraphs (one per line, under a title and a date line) and the
same text as one single line. For each it times ``parse_text``, ``Extractor.extract`` and,
separately, ``kg.rdf.article_quads``, and prints seconds and seconds per MB: a flat
"s/MB" column from 100 KB to 5 MB means the cost grows linearly with the article.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synth import shift_dates  # noqa: E402

from kg.article import parse_text  # noqa: E402
from kg.events import Extractor  # noqa: E402

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "articles"
MB = 1_000_000  # 5 MB stays under kg's 5 MiB limit for one article

# Invented people, so renamed copies add new persons (found by their office) to the article.
_FIRST = ["Andras", "Marek", "Lucia", "Tomas", "Ingrid", "Farid", "Kenji", "Amara", "Diego", "Sofia",
          "Rahim", "Elena", "Pavel", "Noura", "Jonas", "Mei", "Oskar", "Lina", "Hamid", "Petra"]
_LAST = ["Kovacs", "Novak", "Horvath", "Lindqvist", "Haddad", "Tanaka", "Okafor", "Moreno", "Rossi", "Karimi",
         "Petrov", "Nasser", "Berg", "Zhou", "Falk", "Varga", "Costa", "Mendez", "Sato", "Dvorak"]


def _paragraphs(extractor: Extractor) -> list[tuple[str, list[str]]]:
    """Body paragraphs of the example articles, each with the names of the people in it
    that the extractor found by their office (the ones a copy may rename)."""
    out = []
    for path in sorted(EXAMPLES.glob("*.txt")):
        art = parse_text(path.read_text(encoding="utf-8"), str(path))
        ex = extractor.extract(art)
        # longest first, so "Péter Szijjártó" is renamed before a shorter name inside it; then by name, so
        # the order (and the text built) does not depend on string hashing
        names = sorted({e.name for e in ex.discovered.values() if e.type == "Person"}, key=lambda n: (-len(n), n))
        for p in art.paragraphs:
            out.append((p.text, [n for n in names if n in p.text]))
    return out


def _vary(text: str, names: list[str], rng: random.Random) -> str:
    """One copy of a paragraph: dates moved by up to two years, discovered people renamed
    (full name and surname alike)."""
    text = shift_dates(text, rng.randint(-730, 730))
    for name in names:
        new = f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"
        old_last, new_last = name.split()[-1], new.split()[-1]
        text = text.replace(name, new)
        text = re.sub(rf"\b{re.escape(old_last)}\b", new_last, text)
    return text


def build(size: int, material: list[tuple[str, list[str]]], seed: int = 7) -> list[str]:
    """Paragraphs adding up to about *size* bytes (UTF-8), in a fixed shuffled order."""
    rng = random.Random(seed)
    paras, seen, total, n = [], set(), 0, 0
    order: list[int] = []
    while total < size:
        if not order:
            order = list(range(len(material)))
            rng.shuffle(order)
        text, names = material[order.pop()]
        p = _vary(text, names, rng)
        n += 1
        if p in seen:  # the cleaner drops a repeated paragraph: make every copy distinct
            p += f" Kode arsip {n}."
        seen.add(p)
        paras.append(p)
        total += len(p.encode("utf-8")) + 1
    return paras


def article_text(paras: list[str], shape: str) -> str:
    if shape == "paragraphs":
        return "Laporan gabungan diplomasi dan militer\nSenin, 3 Juli 2023 - 10:00 WIB\n" + "\n".join(paras) + "\n"
    return " ".join(paras)  # one single line: no title, no date line, no paragraph breaks


def _size(spec: str) -> int:
    spec = spec.strip().lower()
    mult = {"k": 1000, "m": MB}.get(spec[-1], 1)
    return int(float(spec.rstrip("km")) * mult)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="100k,1m,5m", help="comma-separated sizes (k = 1,000 bytes, m = 1,000,000)")
    ap.add_argument("--shapes", default="paragraphs,line", help="paragraphs, line or both (default)")
    ap.add_argument("--no-quads", action="store_true", help="do not time kg.rdf.article_quads")
    args = ap.parse_args(argv)

    extractor = Extractor()
    material = _paragraphs(extractor)
    print(f"material: {len(material)} paragraphs from {EXAMPLES}")
    header = f"{'size':>9}  {'shape':<10}  {'parse s':>8}  {'extract s':>9}  {'extract s/MB':>12}  {'events':>6}  {'quads s':>8}  {'quads s/MB':>10}"
    print(header)
    print("-" * len(header))
    for spec in args.sizes.split(","):
        paras = build(_size(spec), material)
        for shape in args.shapes.split(","):
            text = article_text(paras, shape)
            mb = len(text.encode("utf-8")) / MB
            t0 = time.perf_counter()
            art = parse_text(text, f"synthetic-{spec}-{shape}.txt")
            t1 = time.perf_counter()
            ex = extractor.extract(art)
            t2 = time.perf_counter()
            quads = "-"
            if not args.no_quads:
                from kg.rdf import article_quads

                article_quads(art, ex)
                quads = time.perf_counter() - t2
            q = f"{quads:8.2f}  {quads / mb:10.2f}" if quads != "-" else f"{'-':>8}  {'-':>10}"
            print(f"{mb:7.2f}MB  {shape:<10}  {t1 - t0:8.2f}  {t2 - t1:9.2f}  {(t2 - t1) / mb:12.2f}  {len(ex.events):6d}  {q}",
                  flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
