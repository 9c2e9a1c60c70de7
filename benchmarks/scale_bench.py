"""Scaling, side by side in one run: ingest at --jobs 1 and --jobs 2, the same quads through
pyoxigraph's bulk loader, and the distributed path on a 2-worker Dask LocalCluster.

    python benchmarks/scale_bench.py                 # 10,000 synthetic articles (~6 minutes)
    python benchmarks/scale_bench.py -n 2000         # a quicker run
    python benchmarks/scale_bench.py --real /work/main/dev/articles   # also CPU ms/article on real texts

Every path writes an on-disk store with resolution on. For each it prints wall time,
articles/s, the ratio to the bulk load, and where the time went: the time to every
1,000th article (flat steps = linear while the store grows), the final resolution, and
the CPU of this process against that of its workers. Needs ``pip install '.[distributed]'``.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synth import make_corpus  # noqa: E402

from kg.store import open_store  # noqa: E402


def cpu(who) -> float:
    r = resource.getrusage(who)
    return r.ru_utime + r.ru_stime


class Clock:
    """Timestamps of every 1,000th article (through on_item) and the end."""

    def __init__(self):
        self.t0 = time.perf_counter()
        self.marks: list[float] = []
        self.n = 0

    def item(self, source, status):
        self.n += 1
        if self.n % 1000 == 0:
            self.marks.append(time.perf_counter() - self.t0)

    def steps(self) -> str:
        prev, out = 0.0, []
        for m in self.marks:
            out.append(f"{m - prev:.1f}")
            prev = m
        return " ".join(out)


class Spent:
    """CPU seconds this process spends in a few functions (wrapped for the run)."""

    def __init__(self):
        self.cpu: dict[str, float] = {}

    def wrap(self, owner, name, label):
        real = getattr(owner, name)

        def timed(*a, **kw):
            t0 = time.process_time()
            try:
                return real(*a, **kw)
            finally:
                self.cpu[label] = self.cpu.get(label, 0.0) + time.process_time() - t0
        setattr(owner, name, timed)
        return lambda: setattr(owner, name, real)


def run_ingest(paths, store_path, jobs) -> dict:
    import kg.pipeline
    from kg.pipeline import ingest

    spent = Spent()
    undo = [spent.wrap(kg.pipeline.BatchWriter, "take", "write"), spent.wrap(kg.pipeline.BatchWriter, "flush", "write"),
            spent.wrap(kg.pipeline, "resolve_pending", "resolve")]
    if jobs == 1:  # one process: store_article extracts and calls write_graph
        undo += [spent.wrap(kg.pipeline, "store_article", "extract+quads+write"),
                 spent.wrap(kg.pipeline, "write_graph", "of which write")]
    store = open_store(store_path)
    clock = Clock()
    c0 = cpu(resource.RUSAGE_SELF)
    s = ingest(paths, store, jobs=jobs, on_item=clock.item)
    wall = time.perf_counter() - clock.t0
    last = clock.marks[-1] if clock.marks and clock.n % 1000 == 0 else None
    out = dict(wall=wall, articles=s.added, quads=len(store), steps=clock.steps(),
               resolve=(wall - last) if last is not None else None,
               cpu_self=cpu(resource.RUSAGE_SELF) - c0, spent=spent.cpu)
    for u in undo:
        u()
    del store
    return out


def run_bulk(src_store, dump: Path, store_path) -> dict:
    from pyoxigraph import RdfFormat

    store = open_store(src_store)
    with dump.open("wb") as fh:
        store.dump(fh, RdfFormat.N_QUADS)
    del store
    store = open_store(store_path)
    t0 = time.perf_counter()
    store.bulk_load(path=str(dump), format=RdfFormat.N_QUADS)
    store.flush()
    wall = time.perf_counter() - t0
    return dict(wall=wall, quads=len(store), mb=dump.stat().st_size / 1e6)


def run_cluster(paths, work: Path, store_path) -> dict:
    from kg.distributed import cluster_map, connect, extract_to_shards, load_shards

    t0 = time.perf_counter()
    with connect("local:2") as client:
        start = time.perf_counter() - t0
        store = open_store(store_path)
        clock = Clock()
        shards = extract_to_shards(paths, work / "shards", client, on_result=lambda r: clock.item(r.source, r.status))
        t_extract = time.perf_counter() - clock.t0
        t1 = time.perf_counter()
        loaded = load_shards(store, shards.shards, cluster_map(client))
        t_load = time.perf_counter() - t1
        wall = time.perf_counter() - clock.t0
        out = dict(wall=wall, start=start, extract=t_extract, load=t_load, articles=len(shards.results),
                   quads=len(store), shards=len(shards.shards), events=loaded.resolution.events, steps=clock.steps())
    del store
    return out


def real_cpu(folder: Path) -> dict:
    """CPU per real article: the per-article function (read, clean, extract, quads) and the
    extraction alone, after start-up (each article once before timing)."""
    from kg.reading import read_path
    from kg.work import article_result, extractor_for

    files = sorted(p for p in folder.rglob("*") if p.suffix.lower() in (".txt", ".jsonl", ".html"))
    ex = extractor_for(())
    arts = [a for f in files for a in read_path(f) if hasattr(a, "text")]
    for a in arts:
        ex.extract(a)
    t0 = time.process_time()
    for a in arts:
        ex.extract(a)
    extract = (time.process_time() - t0) / len(arts) * 1000
    t0 = time.process_time()
    for f in files:
        for a in read_path(f):
            if hasattr(a, "text"):
                article_result(a, ex)
    whole = (time.process_time() - t0) / len(arts) * 1000
    words = sum(len(a.text.split()) for a in arts) / len(arts)
    return dict(n=len(arts), extract=extract, whole=whole, words=words)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-n", type=int, default=10000, help="synthetic articles (default 10,000)")
    ap.add_argument("--real", help="a folder of real articles: CPU ms per article of the per-article function")
    ap.add_argument("--skip", default="", help="comma-separated paths to leave out: jobs1,jobs2,cluster")
    ap.add_argument("--keep", help="keep the corpus and stores in this folder")
    args = ap.parse_args(argv)
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="kg-scale-"))
    skip = set(filter(None, args.skip.split(",")))
    print(f"{os.cpu_count()} CPUs; {args.n} synthetic articles", flush=True)
    try:
        corpus = make_corpus(args.n, work / "articles")
        paths = [str(work / "articles")]
        rows = {}
        for jobs in (1, 2):
            if f"jobs{jobs}" in skip:
                continue
            r = rows[f"jobs{jobs}"] = run_ingest(paths, work / f"store-j{jobs}", jobs)
            print(f"ingest --jobs {jobs}: {r['wall']:.1f} s, {r['articles'] / r['wall']:.0f} articles/s, "
                  f"{r['quads']} quads; per 1,000 articles (s): {r['steps']}; final resolution "
                  f"{r['resolve'] or 0:.1f} s; CPU of this process {r['cpu_self']:.1f} s, of which "
                  + ", ".join(f"{k} {v:.1f} s" for k, v in sorted(r["spent"].items())),
                  flush=True)
        src = work / ("store-j1" if "jobs1" in rows else "store-j2")
        b = rows["bulk"] = run_bulk(src, work / "all.nq", work / "store-bulk")
        print(f"bulk_load of the same quads: {b['wall']:.1f} s, {args.n / b['wall']:.0f} articles/s "
              f"({b['quads']} quads, {b['mb']:.0f} MB of N-Quads)", flush=True)
        if "cluster" not in skip:
            c = rows["cluster"] = run_cluster(paths, work, work / "store-cluster")
            print(f"distributed, LocalCluster of 2 workers: {c['wall']:.1f} s, {c['articles'] / c['wall']:.0f} "
                  f"articles/s, {c['quads']} quads (cluster start {c['start']:.1f} s, not counted); extraction into "
                  f"{c['shards']} shards {c['extract']:.1f} s, bulk load + resolution {c['load']:.1f} s; per 1,000 "
                  f"articles (s): {c['steps']}", flush=True)
        print("\nratio to the bulk load (its time / the path's time):")
        for k in ("jobs1", "jobs2", "cluster"):
            if k in rows:
                print(f"  {k:<8} {b['wall'] / rows[k]['wall']:.2f}x")
        if args.real and Path(args.real).is_dir():
            r = real_cpu(Path(args.real))
            print(f"\nreal articles ({r['n']}, {r['words']:.0f} words on average): extraction {r['extract']:.2f} ms "
                  f"CPU per article; read + clean + extract + quads {r['whole']:.2f} ms")
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
