"""Throughput of `kg serve` against `oxigraph serve-read-only` on the same store.

For every saved query (with realistic parameters) it measures queries per second at
1 and 8 concurrent clients, over loopback, for three targets:

  oxigraph      `oxigraph serve-read-only --union-default-graph`, GET /query with the
                saved query's text, the kg prefixes and the parameters as a VALUES
                block (a client of a plain SPARQL server has to inline them)
  kg /sparql    `kg serve`, GET /sparql with exactly the same query text
                (the HTTP layer's cost against Oxigraph's own server)
  kg /queries   `kg serve`, GET /queries/{name}?param=... (parameters bound with
                pyoxigraph substitutions=, as kg does)

The servers run one after the other (never both at once); kg serve with --processes
(default: one per CPU, as Oxigraph's server uses every core). The load generator is a
small raw-socket HTTP/1.1 keep-alive client. Each cell runs for --seconds (requests still
in flight at the end are waited for and counted); with --rounds R the servers take turns
R times and the table shows each cell's median round, which evens out a machine whose
speed drifts. A query slower than --timeout on Oxigraph is reported and not load-tested.

    python benchmarks/make_big_store.py --out /tmp/kg-big-store
    python benchmarks/serve_bench.py --store /tmp/kg-big-store --rounds 3

Needs the `oxigraph` command (`pip install oxigraph`); without it only kg is measured.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import quote, urlencode

ROOT = Path(__file__).resolve().parent.parent
KGR = "https://w3id.org/kg-news/id/"
ACCEPT = "application/sparql-results+json"

# Realistic parameters: the entities the example articles are about.
CASES = [
    ("actor-profile", {"actor": KGR + "person/sergei-lavrov"}),
    ("contradictions", {}),
    ("country-relations", {"type": "Meeting"}),
    ("event-sources", {"event": None}),  # filled in from the store: an event Iran took part in
    ("meetings-between", {"a": KGR + "country/RU", "b": KGR + "country/IR"}),
    ("phone-calls", {"person": KGR + "person/vladimir-putin"}),
    ("timeline", {"actor": KGR + "country/IR", "type": "Meeting"}),
    ("timeline", {}),
    ("weapon-claims", {"supplier": KGR + "country/IR"}),
]


# ----------------------------------------------------------------------------- a small HTTP client
class Conn:
    """One keep-alive HTTP/1.1 connection; GET only; reads Content-Length or chunked bodies."""

    def __init__(self, host: str, port: int, timeout: float):
        self.addr, self.timeout = (host, port), timeout
        self.sock = None
        self.buf = b""

    def _connect(self):
        self.sock = socket.create_connection(self.addr, timeout=self.timeout)
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.buf = b""

    def close(self):
        if self.sock:
            self.sock.close()
        self.sock = None

    def _fill(self):
        chunk = self.sock.recv(262144)
        if not chunk:
            raise ConnectionError("connection closed")
        self.buf += chunk

    def _line(self) -> bytes:
        while b"\r\n" not in self.buf:
            self._fill()
        line, _, self.buf = self.buf.partition(b"\r\n")
        return line

    def _take(self, n: int) -> bytes:
        while len(self.buf) < n:
            self._fill()
        data, self.buf = self.buf[:n], self.buf[n:]
        return data

    def get(self, request: bytes) -> tuple[int, bytes]:
        if self.sock is None:
            self._connect()
        try:
            self.sock.sendall(request)
            while b"\r\n\r\n" not in self.buf:
                self._fill()
        except (ConnectionError, OSError):
            # a keep-alive connection the server closed: once more on a fresh one
            self.close()
            self._connect()
            self.sock.sendall(request)
            while b"\r\n\r\n" not in self.buf:
                self._fill()
        head, _, self.buf = self.buf.partition(b"\r\n\r\n")
        lines = head.split(b"\r\n")
        status = int(lines[0].split()[1])
        headers = {}
        for ln in lines[1:]:
            k, _, v = ln.partition(b":")
            headers[k.strip().lower()] = v.strip()
        if headers.get(b"transfer-encoding", b"").lower() == b"chunked":
            parts = []
            while True:
                size = int(self._line().split(b";")[0], 16)
                if size == 0:
                    while self._line():  # trailers
                        pass
                    break
                parts.append(self._take(size))
                self._take(2)
            body = b"".join(parts)
        else:
            body = self._take(int(headers.get(b"content-length", b"0")))
        if headers.get(b"connection", b"").lower() == b"close":
            self.close()
        return status, body


def request(host: str, port: int, path: str) -> bytes:
    return (f"GET {path} HTTP/1.1\r\nHost: {host}:{port}\r\nAccept: {ACCEPT}\r\n"
            f"User-Agent: kg-serve-bench\r\n\r\n").encode("ascii")


def load(host: str, port: int, path: str, clients: int, seconds: float, timeout: float) -> dict:
    """Run *clients* loops of GET *path* for *seconds*; returns qps, latency and errors."""
    req = request(host, port, path)
    stop_at = time.perf_counter() + seconds
    lat: list[float] = []
    errors: list[str] = []
    last_done = [0.0]
    lock = threading.Lock()

    def client():
        c = Conn(host, port, timeout)
        try:
            while time.perf_counter() < stop_at:
                t = time.perf_counter()
                try:
                    status, body = c.get(req)
                except Exception as e:  # noqa: BLE001 - counted, not raised
                    with lock:
                        errors.append(f"{type(e).__name__}: {e}")
                    c.close()
                    continue
                done = time.perf_counter()
                with lock:
                    if status == 200:
                        lat.append(done - t)
                    else:
                        errors.append(f"HTTP {status}: {body[:120]!r}")
                    last_done[0] = max(last_done[0], done)
        finally:
            c.close()

    start = time.perf_counter()
    threads = [threading.Thread(target=client, daemon=True) for _ in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = max(last_done[0], stop_at) - start
    return {"qps": len(lat) / elapsed if lat else 0.0, "n": len(lat), "p50": statistics.median(lat) if lat else None,
            "errors": errors}


# ----------------------------------------------------------------------------- servers
def wait_ready(host: str, port: int, proc: subprocess.Popen, seconds: float = 60) -> None:
    end = time.time() + seconds
    while time.time() < end:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited with status {proc.returncode}")
        try:
            with socket.create_connection((host, port), timeout=1):
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"server on port {port} did not start within {seconds} s")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_kg(store: str, port: int, timeout: float, processes: int = 1, slots: int | None = None) -> subprocess.Popen:
    cmd = [sys.executable, "-m", "kg", "serve", "--store", store, "--host", "127.0.0.1", "--port", str(port),
           "--timeout", str(timeout), "--max-rows", "100000", "--processes", str(processes)]
    cmd += ["--slots", str(slots)] if slots else []
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wait_ready("127.0.0.1", port, p)
    return p


def start_oxigraph(binary: str, store: str, port: int, timeout: float) -> subprocess.Popen:
    # No --timeout-s: Oxigraph 0.5 starts one thread per query that sleeps for the whole
    # timeout, so at ~1,500 queries/s tens of thousands of threads pile up and the server
    # dies ("Resource temporarily unavailable", then a panic). The client enforces the limit.
    cmd = [binary, "serve-read-only", "--location", store, "--bind", f"127.0.0.1:{port}", "--union-default-graph"]
    log = open(os.path.join(tempfile.gettempdir(), f"serve_bench-oxigraph-{port}.log"), "wb")
    p = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT)
    wait_ready("127.0.0.1", port, p)
    return p


def stop(p: subprocess.Popen | None) -> None:
    if p is not None and p.poll() is None:
        p.terminate()
        try:
            p.wait(10)
        except subprocess.TimeoutExpired:
            p.kill()
            p.wait()


def find_oxigraph() -> str | None:
    cand = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
    return cand if cand and os.access(cand, os.X_OK) else None


# ----------------------------------------------------------------------------- queries
def inline_text(text: str, params: dict[str, str]) -> str:
    """The saved query with the kg prefixes and the parameters as a VALUES block at the
    start of every WHERE (what a client of a plain SPARQL server would send). Every group,
    not only the outer one, so that Oxigraph's planner sees the values inside subqueries too
    (the saved queries project their parameters out of every subquery that uses them, so the
    extra blocks do not change the answer). Not inside a LATERAL block: its variables come
    bound from the left already, and Oxigraph's parser rejects a VALUES block there."""
    from kg.vocab import SPARQL_PREFIXES

    if params:
        names = " ".join(f"?{k}" for k in params)
        terms = " ".join(f"<{v}>" if v.startswith("http") else '"' + v.replace('"', '\\"') + '"' for v in params.values())
        values = f"VALUES ({names}) {{ ({terms}) }}"
        lateral = re.search(r"\bLATERAL\b", text)
        head, tail = (text[:lateral.start()], text[lateral.start():]) if lateral else (text, "")
        text = re.sub(r"WHERE\s*\{", lambda m: m.group(0) + "\n  " + values + "\n", head) + tail
    return SPARQL_PREFIXES + text


def term_params(lib, name: str, params: dict[str, str]) -> dict[str, str]:
    """Parameter values as the IRIs / literals kg would bind (EventClass names become IRIs)."""
    from kg.vocab import KG_NS

    out = {}
    types = {p.name: p.type for p in lib[name].params}
    for k, v in params.items():
        out[k] = KG_NS + v if types.get(k) == "kg:EventClass" else v
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="Compare kg serve with oxigraph serve-read-only (queries per second).")
    ap.add_argument("--store", required=True, help="store folder (e.g. from benchmarks/make_big_store.py)")
    ap.add_argument("--seconds", type=float, default=5.0, help="duration of each measurement (default 5)")
    ap.add_argument("--clients", default="1,8", help="concurrency levels (default 1,8)")
    ap.add_argument("--timeout", type=float, default=30.0, help="per-query time limit for both servers (default 30)")
    ap.add_argument("--only", default=None, help="comma-separated saved query names to run")
    ap.add_argument("--oxigraph", default=None, help="path of the oxigraph binary (default: on PATH or next to python)")
    ap.add_argument("--processes", type=int, default=0,
                    help="kg serve --processes (default 0: one per CPU, as Oxigraph uses every core)")
    ap.add_argument("--slots", type=int, default=None, help="kg serve --slots (query workers per process; default its own)")
    ap.add_argument("--rounds", type=int, default=1,
                    help="measure every cell this many times, the servers taking turns; the table shows "
                         "the median (default 1)")
    args = ap.parse_args(argv)

    from kg.queries import load_library

    lib = load_library()
    levels = [int(x) for x in args.clients.split(",")]
    cases = [(n, dict(p)) for n, p in CASES if not args.only or n in args.only.split(",")]
    binary = args.oxigraph or find_oxigraph()
    if not binary:
        print("serve_bench: `oxigraph` not found (pip install oxigraph); measuring kg serve only", file=sys.stderr)
    host = "127.0.0.1"
    results: dict[tuple[str, str, int], dict] = {}
    rows_seen: dict[tuple[str, str], int] = {}
    skipped: dict[str, str] = {}
    t_start = time.time()

    def label(name, params):
        return name + ("(" + ",".join(f"{k}={v.rsplit('/', 1)[-1]}" for k, v in params.items()) + ")" if params else "")

    def find_event(port, path_prefix) -> str:
        q = inline_text("SELECT ?e WHERE { ?e a kg:ResolvedEvent ; kg:participant country:IR ; kg:evidence ?ev } LIMIT 1", {})
        st, body = Conn(host, port, 60).get(request(host, port, path_prefix + quote(q)))
        m = re.search(rb'"value"\s*:\s*"([^"]+)"', body)
        if st != 200 or not m:
            raise RuntimeError(f"cannot find an event for event-sources: HTTP {st} {body[:200]!r}")
        return m.group(1).decode()

    def measure(target: str, port: int, proc: subprocess.Popen, paths: dict[str, str]) -> str | None:
        """Measure every path; stop early ("restart") when the server died or kg abandoned a
        query past its time limit (its worker would keep a core busy)."""
        for lbl, path in paths.items():
            if lbl in skipped or any((lbl, target, n) in results for n in [0, *levels]):
                continue
            c = Conn(host, port, args.timeout + 10)
            t = time.perf_counter()
            try:
                st, body = c.get(request(host, port, path))
            except Exception as e:  # noqa: BLE001
                st, body = 0, str(e).encode()
            took = time.perf_counter() - t
            c.close()
            if st != 200:
                reason = f"{target}: HTTP {st} after {took:.1f} s ({body[:100].decode('utf-8', 'replace').strip()})"
                print(f"  {lbl:40} {target:12} {reason}", file=sys.stderr)
                results[(lbl, target, 0)] = {"error": reason}
                timed_out = took >= args.timeout * 0.9 or b"timeout" in body.lower() or b"time limit" in body.lower()
                if timed_out and target == "oxigraph":
                    skipped[lbl] = reason  # the same engine: kg would time out too
                if timed_out or st == 0 or proc.poll() is not None:
                    # gone, or still busy with an abandoned query: a fresh server for the rest
                    return "restart"
                continue
            try:
                rows_seen[(lbl, target)] = len(json.loads(body)["results"]["bindings"])
            except (ValueError, KeyError):
                rows_seen[(lbl, target)] = -1
            for n in levels:
                r = load(host, port, path, n, args.seconds, args.timeout + 10)
                results[(lbl, target, n)] = r
                errs = r["errors"]
                print(f"  {lbl:40} {target:12} c={n}: {r['qps']:8.1f} q/s  p50 {1000 * (r['p50'] or 0):8.1f} ms"
                      f"{'  errors: ' + str(len(errs)) + ' ' + errs[0] if errs else ''}", file=sys.stderr)
                if proc.poll() is not None:
                    print(f"  {target} exited during the run", file=sys.stderr)
                    return "restart"
        return None

    def run_target(target: str, start, paths: dict[str, str]) -> None:
        nonlocal ev_iri
        for _attempt in range(len(paths) + 2):
            port = free_port()
            print(f"{target} on :{port}", file=sys.stderr)
            p = start(port)
            try:
                if ev_iri is None:
                    ev_iri = find_event(port, "/query?query=" if target == "oxigraph" else "/sparql?query=")
                    build_paths()  # fills the three dicts of paths in place
                status = measure(target, port, p, paths)
            finally:
                stop(p)
            if status != "restart":
                return

    # one set of URL paths per target
    ev_iri = None
    ox_paths: dict[str, str] = {}
    kg_sparql_paths: dict[str, str] = {}
    kg_saved_paths: dict[str, str] = {}

    def build_paths():
        for name, params in cases:
            if name == "event-sources":
                params = {"event": ev_iri}
            lbl = label(name, params)
            text = inline_text(lib[name].text, term_params(lib, name, params))
            ox_paths[lbl] = "/query?query=" + quote(text)
            kg_sparql_paths[lbl] = "/sparql?query=" + quote(text)
            kg_saved_paths[lbl] = f"/queries/{name}" + ("?" + urlencode(params) if params else "")

    all_results: dict[tuple[str, str, int], list[dict]] = {}
    for rnd in range(args.rounds):
        if args.rounds > 1:
            print(f"round {rnd + 1} of {args.rounds}", file=sys.stderr)
        results.clear()
        if binary:
            run_target("oxigraph", lambda port: start_oxigraph(binary, args.store, port, args.timeout), ox_paths)
        run_target("kg /sparql", lambda port: start_kg(args.store, port, args.timeout, args.processes, args.slots), kg_sparql_paths)
        run_target("kg /queries", lambda port: start_kg(args.store, port, args.timeout, args.processes, args.slots), kg_saved_paths)
        for key, r in results.items():
            all_results.setdefault(key, []).append(r)
    # the median round of every cell (by queries per second); errors of any round are kept
    results.clear()
    for key, rs in all_results.items():
        ok = sorted((r for r in rs if "qps" in r), key=lambda r: r["qps"])
        results[key] = dict(ok[(len(ok) - 1) // 2], errors=[e for r in ok for e in r["errors"]],
                            n=sum(r["n"] for r in ok)) if ok else rs[0]

    # ------------------------------------------------------------------------- the table
    labels = list(dict.fromkeys(label(n, ({"event": ev_iri} if n == "event-sources" else p)) for n, p in cases))
    targets = (["oxigraph"] if binary else []) + ["kg /sparql", "kg /queries"]

    def cell(lbl, target, n):
        r = results.get((lbl, target, n))
        if r is None:
            r0 = results.get((lbl, target, 0)) or (results.get((lbl, "oxigraph", 0)) if lbl in skipped else None)
            return "timeout" if r0 and ("503" in r0["error"] or "504" in r0["error"] or "timed out" in r0["error"]
                                        or "HTTP 0" in r0["error"] or lbl in skipped) else "-"
        bad = len(r["errors"]) > 0.01 * max(1, r["n"])
        return f"{r['qps']:.1f}" + ("*" if bad else "")

    def ratio(lbl, target, n):
        a, b = results.get((lbl, target, n)), results.get((lbl, "oxigraph", n))
        if not a or not b or not b.get("qps"):
            return "-"
        return f"{a['qps'] / b['qps']:.2f}x"

    head = ["query (params)"]
    for n in levels:
        for t in targets:
            head.append(f"{t} c={n}")
            if t != "oxigraph" and binary:
                head.append("ratio")
    table = [head]
    for lbl in labels:
        row = [lbl.replace(KGR, "")]
        for n in levels:
            for t in targets:
                row.append(cell(lbl, t, n))
                if t != "oxigraph" and binary:
                    row.append(ratio(lbl, t, n))
        table.append(row)
    widths = [max(len(r[i]) for r in table) for i in range(len(head))]
    print()
    print(f"store {args.store}; {args.seconds:g} s per cell, median of {args.rounds} round(s); queries per second "
          f"(higher is better); ratio = kg / oxigraph; kg serve --processes {args.processes} --slots {args.slots or 'default'}; "
          f"{os.cpu_count()} CPUs; "
          f"total {time.time() - t_start:.0f} s")
    for i, r in enumerate(table):
        print(" | ".join(c.ljust(w) if j == 0 else c.rjust(w) for j, (c, w) in enumerate(zip(r, widths))))
        if i == 0:
            print("-|-".join("-" * w for w in widths))
    mism = [lbl for lbl in labels if len({v for (l2, _), v in rows_seen.items() if l2 == lbl}) > 1]
    if mism:
        print("note: result sizes differ between targets for: " + ", ".join(mism) +
              " (SAMPLE/GROUP_CONCAT may pick different values; compare row counts with format=csv)")
    for lbl, why in skipped.items():
        print(f"not load-tested: {lbl}: {why}")
    if any(len(r.get("errors", [])) > 0.01 * max(1, r.get("n", 0)) for r in results.values() if "qps" in r):
        print("* more than 1% of the requests failed (see the log above)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
