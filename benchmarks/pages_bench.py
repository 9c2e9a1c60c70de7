"""Time the data of the graph's pages (kg.views) on a store, e.g. the 1.1M-quad one of
benchmarks/make_big_store.py:

    python benchmarks/pages_bench.py /tmp/kg-big-store [--rounds 5]

Prints the median wall time of each call over the rounds, and the size of its JSON (what
/api/... sends). The HTTP layer adds only the transfer; the query worker runs these calls.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time

KGR = "https://w3id.org/kg-news/id/"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("store")
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    from kg import views
    from kg.store import open_store

    st = open_store(args.store, read_only=True)
    event = views.timeline(st, actor="Iran", event_type="WeaponSupplyAllegation")["events"][0]["iri"]
    calls = [
        ("timeline (all)", lambda: views.timeline(st)),
        ("timeline (actor=Iran)", lambda: views.timeline(st, actor="Iran")),
        ("network (all)", lambda: views.network(st)),
        ("network (type=PhoneCall)", lambda: views.network(st, event_type="PhoneCall")),
        ("event (2 reports)", lambda: views.event(st, event)),
        ("actor (Sergei Lavrov)", lambda: views.actor(st, KGR + "person/sergei-lavrov")),
        ("actor (Russia)", lambda: views.actor(st, KGR + "country/RU")),
        ("actors", lambda: views.actors(st)),
    ]
    print(f"{'call':<28} {'median ms':>10} {'JSON kB':>9}")
    for name, call in calls:
        times = []
        for _ in range(args.rounds):
            t0 = time.perf_counter()
            out = call()
            times.append(time.perf_counter() - t0)
        size = len(json.dumps(out, ensure_ascii=False).encode("utf-8")) / 1000
        print(f"{name:<28} {statistics.median(times) * 1000:>10.0f} {size:>9.0f}")


if __name__ == "__main__":
    main()
