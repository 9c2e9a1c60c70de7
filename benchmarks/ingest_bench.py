"""Ingest and extraction speed, and how ingest time grows with the store's size.

    python benchmarks/ingest_bench.py                 # 1,000 articles
    python benchmarks/ingest_bench.py --scale 10000   # also the growth curve up to 10,000

Measures (numbers go in the README):
- extraction CPU time per article (after start-up), over the synthetic corpus;
- ingest throughput (articles/s) into an on-disk store, with cross-article resolution;
- with --scale N: the time of each successive batch of 1,000 articles while the store
  grows to N articles. Flat batch times mean resolution is not quadratic.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synth import make_corpus  # noqa: E402

from kg.reading import read_path  # noqa: E402
from kg.events import Extractor  # noqa: E402
from kg.pipeline import ingest  # noqa: E402
from kg.store import open_store  # noqa: E402


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-n", type=int, default=1000, help="articles for the throughput run (default 1000)")
    ap.add_argument("--scale", type=int, default=0, help="also ingest this many articles in batches of 1,000")
    ap.add_argument("--keep", help="keep the generated corpus and stores in this folder")
    args = ap.parse_args(argv)
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="kg-bench-"))
    try:
        corpus = make_corpus(max(args.n, args.scale), work / "articles")
        arts = [a for p in corpus[: args.n] for a in read_path(p)]
        ext = Extractor()
        ext.extract(arts[0])  # start-up: lexicons, dateparser
        t0 = time.process_time()
        events = sum(len(ext.extract(a).events) for a in arts)
        cpu = time.process_time() - t0
        print(f"extraction: {len(arts)} articles, {events} events, {cpu / len(arts) * 1000:.2f} ms CPU per article")

        store = open_store(work / "store-1k")
        t0 = time.perf_counter()
        s = ingest([str(p) for p in corpus[: args.n]], store)
        wall = time.perf_counter() - t0
        print(f"ingest:     {s.added} articles in {wall:.1f} s = {s.added / wall:.0f} articles/s "
              f"({s.triples} triples, {len(store)} quads in store)")
        del store

        if args.scale:
            store = open_store(work / "store-scale")
            print(f"growth:     batches of 1,000 articles up to {args.scale}")
            for start in range(0, args.scale, 1000):
                batch = corpus[start:start + 1000]
                t0 = time.perf_counter()
                ingest([str(p) for p in batch], store)
                wall = time.perf_counter() - t0
                print(f"  articles {start + 1:>6}-{start + len(batch):<6} {wall:6.1f} s  "
                      f"{len(batch) / wall:5.0f} articles/s  store {len(store):>9} quads", flush=True)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
