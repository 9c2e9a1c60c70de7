"""Build a large kg store (1M+ quads by default) for benchmarking `kg serve`.

How: synthetic variants of the bundled example articles are written to a temporary
folder and ingested through the real pipeline (kg.pipeline.ingest), so the store has
exactly the shape `kg ingest` produces: one named graph per article, evidence spans,
entity labels and the resolved-events graph. Each variant shifts every year in the
text by a different offset (so its events do not merge with the original's) and
replaces Ukraine with another country (so the actors vary a little).

    python benchmarks/make_big_store.py --out /tmp/kg-big-store          # ~1.1M quads
    python benchmarks/make_big_store.py --out /tmp/kg-big-store --quads 2000000

Takes two to three minutes for a million quads on a laptop-class CPU.
"""

from __future__ import annotations

import argparse
import math
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "articles"

# (English, Indonesian) names of countries in the lexicon, swapped in for Ukraine.
SWAPS = [("Ukraine", "Ukraina"), ("Poland", "Polandia"), ("Georgia", "Georgia"), ("Moldova", "Moldova"),
         ("Finland", "Finlandia"), ("Armenia", "Armenia"), ("Serbia", "Serbia"), ("Kazakhstan", "Kazakhstan")]
YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")


def variant(text: str, k: int) -> str:
    """The k-th synthetic variant of an article (k = 0 is the article itself)."""
    if k == 0:
        return text
    text = YEAR.sub(lambda m: str(int(m.group(1)) + k), text)
    en, ind = SWAPS[k % len(SWAPS)]
    text = re.sub(r"\bUkraine\b", en, text)
    text = re.sub(r"\bUkraina\b", ind, text)
    return text


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default="/tmp/kg-big-store", help="store folder to create (default /tmp/kg-big-store)")
    ap.add_argument("--quads", type=int, default=1_100_000, help="target number of quads (default 1.1M)")
    ap.add_argument("--force", action="store_true", help="delete --out first if it exists")
    args = ap.parse_args(argv)

    from kg.pipeline import ingest
    from kg.store import open_store

    out = Path(args.out)
    if out.exists():
        if not args.force:
            print(f"{out} exists (use --force to rebuild it)", file=sys.stderr)
            return 1
        shutil.rmtree(out)
    sources = sorted(EXAMPLES.glob("*.txt"))
    texts = {p.name: p.read_text(encoding="utf-8") for p in sources}

    def write_round(folder: Path, k: int) -> None:
        for name, text in texts.items():
            (folder / f"v{k:03d}_{name}").write_text(variant(text, k), encoding="utf-8")

    t0 = time.time()
    store = open_store(out)
    # One round (the examples as they are) tells how many quads a round adds; the rest
    # are ingested in one batch (one resolution pass), topped up if still short.
    with tempfile.TemporaryDirectory(prefix="kg-big-") as tmp:
        write_round(Path(tmp), 0)
        ingest([tmp], store)
    per_round = max(1, len(store))
    k = 1
    while len(store) < args.quads:
        todo = max(1, math.ceil((args.quads - len(store)) / per_round))
        with tempfile.TemporaryDirectory(prefix="kg-big-") as tmp:
            for j in range(k, k + todo):
                write_round(Path(tmp), j)
            print(f"ingesting {todo * len(texts)} articles (variants {k}..{k + todo - 1} of {len(texts)} examples)...",
                  file=sys.stderr)
            summary = ingest([tmp], store)
        if summary.failed:
            print("\n".join(summary.errors[:10]), file=sys.stderr)
        k += todo
    if hasattr(store, "optimize"):
        store.optimize()
    store.flush()
    n = len(store)
    print(f"{out}: {n:,} quads, {len(list(store.named_graphs())):,} graphs, {k * len(texts):,} articles; "
          f"{time.time() - t0:.0f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
