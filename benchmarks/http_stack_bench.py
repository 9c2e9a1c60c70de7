"""Which HTTP server under kg's ASGI application: Granian (what `kg serve` uses) or uvicorn.

Both serve exactly the same application (kg.web.serve:app_from_env, one server process, its
query workers) on the same store; the load is the raw-socket keep-alive client of
serve_bench.py at 1 and 8 clients, on three requests:

  /queries          the saved-query list: no query worker, only HTTP + the application
  ASK {}            the smallest query: one round trip to a query worker
  event-sources     a sub-millisecond saved query (needs an event; found in the store)

    python benchmarks/http_stack_bench.py --store /tmp/kg-big-store

Needs uvicorn (`pip install uvicorn`), which kg itself does not depend on.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import quote, urlencode

sys.path.insert(0, str(Path(__file__).resolve().parent))
from serve_bench import Conn, free_port, load, request, stop, wait_ready  # noqa: E402


def start(server: str, store: str, port: int) -> subprocess.Popen:
    config = {"store": store, "host": "127.0.0.1", "port": port, "timeout": 30.0, "max_rows": 100000,
              "slots": max(2, os.cpu_count() or 2), "processes": 1}
    env = dict(os.environ, KG_SERVE_CONFIG=json.dumps(config))
    if server == "granian":
        cmd = [sys.executable, "-m", "granian", "--interface", "asgi", "--factory", "--host", "127.0.0.1",
               "--port", str(port), "--http", "1", "--no-ws", "--log-level", "warning", "kg.web.serve:app_from_env"]
    else:
        cmd = [sys.executable, "-m", "uvicorn", "--factory", "--host", "127.0.0.1", "--port", str(port),
               "--log-level", "warning", "--no-access-log", "kg.web.serve:app_from_env"]
    p = subprocess.Popen(cmd, env=env)
    wait_ready("127.0.0.1", port, p)
    return p


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="Granian against uvicorn under kg's ASGI application.")
    ap.add_argument("--store", required=True)
    ap.add_argument("--seconds", type=float, default=5.0)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args(argv)
    host = "127.0.0.1"
    paths = {"/queries": "/queries", "ASK {}": "/sparql?query=" + quote("ASK {}")}
    best: dict[tuple[str, str, int], list[float]] = {}
    for _ in range(args.rounds):
        for server in ("granian", "uvicorn"):
            port = free_port()
            p = start(server, args.store, port)
            try:
                if "event-sources" not in paths:
                    q = ("SELECT ?e WHERE { ?e a kg:ResolvedEvent ; kg:participant country:IR ; kg:evidence ?ev } LIMIT 1")
                    st, body = Conn(host, port, 60).get(request(host, port, "/sparql?query=" + quote(q)))
                    ev = re.search(rb'"value"\s*:\s*"([^"]+)"', body).group(1).decode()
                    paths["event-sources"] = "/queries/event-sources?" + urlencode({"event": ev})
                for lbl, path in paths.items():
                    Conn(host, port, 60).get(request(host, port, path))  # warm up
                    for n in (1, 8):
                        r = load(host, port, path, n, args.seconds, 30)
                        best.setdefault((lbl, server, n), []).append(r["qps"])
                        print(f"  {server:8} {lbl:14} c={n}: {r['qps']:8.1f} q/s  errors {len(r['errors'])}", file=sys.stderr)
            finally:
                stop(p)
            time.sleep(1)
    print(f"\nrequests/s, median of {args.rounds} rounds, {args.seconds:g} s each; one server process; {os.cpu_count()} CPUs")
    print("| request | granian c=1 | uvicorn c=1 | granian c=8 | uvicorn c=8 |")
    print("|---|---:|---:|---:|---:|")
    for lbl in paths:
        cells = []
        for n in (1, 8):
            for server in ("granian", "uvicorn"):
                v = sorted(best[(lbl, server, n)])
                cells.append(f"{v[(len(v) - 1) // 2]:.0f}")
        print(f"| {lbl} | {cells[0]} | {cells[1]} | {cells[2]} | {cells[3]} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
