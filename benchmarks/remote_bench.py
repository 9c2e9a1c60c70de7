"""The remote store (kg.remote, `--store http://…`) against the embedded one, side by side
with Oxigraph's own loading of the same quads.

    python benchmarks/remote_bench.py                     # the 30 example articles
    python benchmarks/remote_bench.py --synthetic 1000    # also 1,000 synthetic articles

For each corpus, each round (median of --rounds):
- `kg ingest` into an embedded on-disk store (kg.pipeline.ingest, with resolution);
- the same into a fresh `oxigraph serve` over HTTP (a RemoteStore), counting requests;
- the reference: the resulting N-Quads loaded by Oxigraph itself, embedded
  (`Store.bulk_load`) and over HTTP (`POST /store`, Oxigraph's own bulk route);
then one saved query's latency (phone-calls, person = Vladimir Putin, on the example
articles), median of --queries runs: kg on the embedded store, kg on the remote store
(`run_saved`, parameters sent as VALUES blocks, results parsed by pyoxigraph), and the same
text sent straight to Oxigraph's /query with httpx (the server's own time plus HTTP).

Needs the `oxigraph` command (`pip install oxigraph`) and httpx (`pip install 'kg[remote]'`).
"""

from __future__ import annotations

import argparse
import io
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

from kg.pipeline import ingest  # noqa: E402
from kg.store import open_store  # noqa: E402


class Oxigraph:
    """`oxigraph serve` on a free port with its own temporary store."""

    def __init__(self, exe: str, work: Path):
        import httpx

        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        self.folder = Path(tempfile.mkdtemp(prefix="oxi-", dir=work))
        self.proc = subprocess.Popen([exe, "serve", "--location", str(self.folder), "--bind", f"127.0.0.1:{port}"],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.url = f"http://127.0.0.1:{port}"
        for _ in range(400):
            try:
                httpx.get(self.url + "/query", params={"query": "ASK {}"})
                return
            except httpx.TransportError:
                time.sleep(0.05)
        raise SystemExit("oxigraph serve did not start")

    def stop(self):
        self.proc.terminate()
        self.proc.wait()
        shutil.rmtree(self.folder, ignore_errors=True)


def timed(fn):
    t0 = time.perf_counter()
    out = fn()
    return time.perf_counter() - t0, out


def ingest_round(paths, exe, work: Path) -> dict:
    from pyoxigraph import RdfFormat, Store

    import httpx

    row = {}
    folder = Path(tempfile.mkdtemp(prefix="emb-", dir=work))
    store = open_store(folder / "store")
    row["embedded"], s = timed(lambda: ingest(paths, store))
    row["articles"] = s.added
    row["quads"] = len(store)
    dump = io.BytesIO()
    store.dump(dump, RdfFormat.N_QUADS)
    del store
    shutil.rmtree(folder, ignore_errors=True)

    server = Oxigraph(exe, work)
    try:
        remote = open_store(server.url)
        before = remote.requests
        row["remote"], s = timed(lambda: ingest(paths, remote))
        row["requests"] = remote.requests - before
        assert len(remote) == row["quads"], "the remote store differs from the embedded one"
        remote.close()
    finally:
        server.stop()

    bulk = Store()
    row["bulk_load"], _ = timed(lambda: bulk.bulk_load(dump.getvalue(), RdfFormat.N_QUADS))
    server = Oxigraph(exe, work)
    try:
        row["post_store"], r = timed(lambda: httpx.post(server.url + "/store", content=dump.getvalue(), timeout=600,
                                                        headers={"Content-Type": "application/n-quads"}))
        assert r.status_code < 300, r.text
    finally:
        server.stop()
    return row


def query_latency(exe, work: Path, n: int) -> dict:
    import httpx
    from pyoxigraph import Variable

    from kg.queries import bind_params, load_library, run_saved
    from kg.remote import _prologue, with_values
    from kg.vocab import PREFIXES

    lib = load_library()
    params = {"person": "Vladimir Putin"}
    paths = [str(ROOT / "examples" / "articles")]
    folder = Path(tempfile.mkdtemp(prefix="emb-", dir=work))
    embedded = open_store(folder / "store")
    ingest(paths, embedded)
    server = Oxigraph(exe, work)
    try:
        remote = open_store(server.url)
        ingest(paths, remote)
        out = {}
        for name, store in (("embedded", embedded), ("remote", remote)):
            times = []
            for _ in range(n):
                t, rows = timed(lambda: list(run_saved(store, lib, "phone-calls", params)))
                times.append(t)
            out[name], out[name + "_rows"] = statistics.median(times), len(rows)
        subs = bind_params(lib["phone-calls"], params, embedded)
        text = _prologue(None, PREFIXES) + with_values(lib["phone-calls"].text, subs)
        assert Variable("person") in subs
        client, times = httpx.Client(), []
        for _ in range(n):
            t, r = timed(lambda: client.post(server.url + "/query", data={"query": text, "union-default-graph": ""},
                                             headers={"Accept": "application/sparql-results+json"}))
            times.append(t)
        out["oxigraph"] = statistics.median(times)
        return out
    finally:
        server.stop()
        shutil.rmtree(folder, ignore_errors=True)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--synthetic", type=int, default=0, help="also ingest this many synthetic articles")
    ap.add_argument("--rounds", type=int, default=3, help="rounds per corpus (median shown; default 3)")
    ap.add_argument("--queries", type=int, default=50, help="runs of the saved query (default 50)")
    ap.add_argument("--oxigraph", default=None, help="the oxigraph command (default: on PATH or next to python)")
    args = ap.parse_args(argv)
    exe = args.oxigraph or shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
    if not Path(exe).exists():
        raise SystemExit("needs the `oxigraph` command: pip install oxigraph")
    work = Path(tempfile.mkdtemp(prefix="kg-remote-bench-"))
    try:
        corpora = [("30 example articles", [str(ROOT / "examples" / "articles")])]
        if args.synthetic:
            from synth import make_corpus

            corpora.append((f"{args.synthetic} synthetic articles",
                            [str(p) for p in make_corpus(args.synthetic, work / "synthetic")]))
        print("ingest (wall seconds, median of rounds; resolution included for kg)")
        print(f"{'corpus':<26} {'quads':>7} {'embedded':>9} {'remote':>8} {'requests':>9} {'ratio':>6} "
              f"{'bulk_load':>9} {'POST /store':>11}")
        for label, paths in corpora:
            rounds = [ingest_round(paths, exe, work) for _ in range(args.rounds)]
            med = {k: statistics.median(r[k] for r in rounds) for k in ("embedded", "remote", "bulk_load", "post_store")}
            r0 = rounds[0]
            print(f"{label:<26} {r0['quads']:>7} {med['embedded']:>9.2f} {med['remote']:>8.2f} "
                  f"{r0['requests'] / r0['articles']:>6.1f}/a {med['remote'] / med['embedded']:>5.2f}x "
                  f"{med['bulk_load']:>9.3f} {med['post_store']:>11.3f}")
        q = query_latency(exe, work, args.queries)
        print(f"\nphone-calls (person=Vladimir Putin), {q['embedded_rows']} rows, median of {args.queries} runs:")
        print(f"  kg, embedded store          {q['embedded'] * 1000:7.2f} ms")
        print(f"  kg, remote store            {q['remote'] * 1000:7.2f} ms   ({q['remote_rows']} rows; label lookup + query = 2 requests)")
        print(f"  Oxigraph /query, same text  {q['oxigraph'] * 1000:7.2f} ms   (one request, no label lookup)")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
