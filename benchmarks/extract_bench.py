"""Extraction CPU per real article, best of N, after a warm-up.

    python benchmarks/extract_bench.py                          # dev/articles (not in git), best of 10
    python benchmarks/extract_bench.py FOLDER --rounds 20
    python benchmarks/extract_bench.py --against /tmp/kg-old    # side by side with another checkout
    python benchmarks/extract_bench.py --profile                # cProfile's top items instead

Articles are read and cleaned once (``kg.pipeline.iter_articles``), then ``Extractor.extract``
runs over all of them ``--rounds`` times; each round's CPU time (``time.process_time``) is
divided by the number of articles and the best round is reported, because on a shared machine
the best round is the one least disturbed by other work. One round first warms the caches
(lexicon indexes, compiled patterns, dateparser's own start-up), which a long ingest pays once;
caches of date strings are emptied before every round, so each round reads the folder's dates as
new ones, as an ingest of new articles does (repeats within the folder still hit them).

``--against DIR`` runs the same measurement on the ``kg`` package of another checkout (say, a
``git worktree`` of the commit before a change), alternating the two in separate processes
``--pairs`` times, so both see the same machine load.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_FOLDER = HERE.parent / "dev" / "articles"


def _articles(folder: str) -> list:
    from kg.article import Article
    from kg.pipeline import iter_articles

    articles = [a for a in iter_articles([folder]) if isinstance(a, Article)]
    if not articles:
        sys.exit(f"extract_bench: no articles in {folder} (dev/articles is not in git; give a folder)")
    return articles


def _forget_dates() -> None:
    """Empty the caches of parsed date strings (the checkout measured may have them or not)."""
    import kg.dates

    for value in vars(kg.dates).values():
        if hasattr(value, "cache_clear"):
            value.cache_clear()


def measure(folder: str, rounds: int) -> tuple[float, int]:
    """Best CPU milliseconds per article over *rounds* rounds, and the number of articles."""
    from kg.events import Extractor

    articles = _articles(folder)
    ext = Extractor()
    for a in articles:  # warm-up
        ext.extract(a)
    best = float("inf")
    for _ in range(rounds):
        _forget_dates()
        start = time.process_time()
        for a in articles:
            ext.extract(a)
        best = min(best, time.process_time() - start)
    return best * 1000 / len(articles), len(articles)


def profile(folder: str, rounds: int, top: int) -> None:
    from kg.events import Extractor

    articles = _articles(folder)
    ext = Extractor()
    for a in articles:
        ext.extract(a)
    prof = cProfile.Profile()
    prof.enable()
    for _ in range(rounds):
        _forget_dates()
        for a in articles:
            ext.extract(a)
    prof.disable()
    stats = pstats.Stats(prof)
    stats.sort_stats("tottime").print_stats(top)
    stats.sort_stats("cumulative").print_stats(top)


def _run_in(checkout: str | None, folder: str, rounds: int) -> float:
    """One measurement in a fresh process importing ``kg`` from *checkout* (None: this one)."""
    env = dict(os.environ)
    root = checkout or str(HERE.parent)
    env["PYTHONPATH"] = root + os.pathsep + env.get("PYTHONPATH", "")
    out = subprocess.run([sys.executable, str(Path(__file__).resolve()), folder, "--rounds", str(rounds), "--raw"],
                         env=env, cwd=root, capture_output=True, text=True, check=True).stdout
    return float(out.split()[0])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", nargs="?", default=str(DEFAULT_FOLDER), help="folder of article files")
    ap.add_argument("--rounds", type=int, default=10, help="timed rounds over the folder (the best is kept)")
    ap.add_argument("--against", metavar="DIR", help="another checkout to measure side by side")
    ap.add_argument("--pairs", type=int, default=3, help="with --against: alternations of the two")
    ap.add_argument("--profile", action="store_true", help="print cProfile's top items instead")
    ap.add_argument("--top", type=int, default=30, help="with --profile: how many items")
    ap.add_argument("--raw", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()

    if args.profile:
        profile(args.folder, args.rounds, args.top)
        return
    if args.raw:
        ms, n = measure(args.folder, args.rounds)
        print(f"{ms:.4f} {n}")
        return
    if not args.against:
        ms, n = measure(args.folder, args.rounds)
        print(f"{n} articles in {args.folder}: {ms:.2f} ms CPU per article (best of {args.rounds})")
        return
    this, other = [], []
    for i in range(args.pairs):
        other.append(_run_in(args.against, args.folder, args.rounds))
        this.append(_run_in(None, args.folder, args.rounds))
        print(f"pair {i + 1}: {args.against} {other[-1]:.2f} ms, this checkout {this[-1]:.2f} ms", flush=True)
    print(f"best: {args.against} {min(other):.2f} ms/article, this checkout {min(this):.2f} ms/article "
          f"({min(this) / min(other):.2f}x)")


if __name__ == "__main__":
    main()
