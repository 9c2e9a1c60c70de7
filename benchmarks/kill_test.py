"""Crash consistency: kill `kg` write commands at random points, re-run them, and compare
the store with a clean build of the same articles.

    python benchmarks/kill_test.py                 # 50 kills over the four scenarios
    python benchmarks/kill_test.py --kills 8 -n 40 # a short run (what the tests do)

Scenarios, taken in turn:
- ingest:   `kg ingest FOLDER` into an empty store;
- reingest: `kg ingest FOLDER` after every file was edited (each replaces its old graph);
- remove:   `kg remove A B C ...` of a third of the articles;
- import:   `kg import` of one TriG file per article into an empty store.

Each run is killed with SIGKILL at a random moment of its measured duration (after
start-up, when it could have written something), then the
same command is run again to the end; the store's sorted N-Quads must equal those of a
clean build of the same articles, and `kg validate` must pass. The report counts the kills
that left work half done (pending resolution marks) and every difference found.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synth import make_corpus  # noqa: E402

SCENARIOS = ("ingest", "reingest", "remove", "import")


def kg(*args, check: bool = True) -> subprocess.CompletedProcess:
    """Run the real `kg` command in a fresh process (as a user would)."""
    p = subprocess.run([sys.executable, "-m", "kg.cli", *map(str, args)], capture_output=True, text=True)
    if check and p.returncode not in (0,):
        raise RuntimeError(f"kg {' '.join(map(str, args))} failed ({p.returncode}): {p.stderr.strip()[-500:]}")
    return p


def nquads(store: Path) -> list[str]:
    out = kg("export", "--store", store, "-f", "nq").stdout
    return sorted(line for line in out.splitlines() if line.strip())


def pending(store: Path) -> int:
    """Article changes the kill left unresolved (-1: the store itself was killed while being
    created and cannot be opened read-only; the re-run creates it)."""
    p = kg("stats", "--store", store, "--json", check=False)
    if p.returncode:
        return -1 if (store / "CURRENT").exists() or store.exists() else 0
    return json.loads(p.stdout)["pending"]


@dataclass
class Scenario:
    name: str
    command: list            # the kg arguments, without --store
    reference: list[str]     # sorted N-Quads of a clean build
    prepare: object          # () -> None: set the files and the store up before a run
    store: Path
    duration: float = 0.0


@dataclass
class Report:
    kills: int = 0
    mid_run: int = 0             # killed while still running (not after it had finished)
    left_pending: int = 0        # the kill left article changes unresolved
    differences: list = field(default_factory=list)
    validate_failures: list = field(default_factory=list)
    by_scenario: dict = field(default_factory=dict)

    def lines(self) -> list[str]:
        out = [f"{self.kills} kills: {self.mid_run} mid-run, {self.left_pending} left unresolved work; "
               f"{len(self.differences)} differences from a clean build, {len(self.validate_failures)} validate failures"]
        for name, (k, p) in sorted(self.by_scenario.items()):
            out.append(f"  {name:<9} {k:3d} kills, {p:3d} left unresolved work")
        out.extend(f"  DIFFERENCE {d}" for d in self.differences)
        out.extend(f"  VALIDATE   {v}" for v in self.validate_failures)
        return out


def edit(text: str) -> str:
    """An edited version of an article: another date line and a changed closing line, so
    its content hash, key, reports and events change."""
    return text.replace("Kode arsip", "Nomor arsip").replace("2023", "2024", 1)


def setup(work: Path, n: int, log=print) -> list[Scenario]:
    folder = work / "articles"
    files = make_corpus(n, folder)
    v1 = {f: f.read_text(encoding="utf-8") for f in files}
    v2 = {f: edit(t) for f, t in v1.items()}

    def write(texts):
        for f, t in texts.items():
            f.write_text(t, encoding="utf-8")

    def build(name, paths, texts=v1) -> Path:
        write(texts)
        store = work / name
        shutil.rmtree(store, ignore_errors=True)
        kg("ingest", "--store", store, "-q", *paths)
        return store

    log(f"clean builds of {n} articles ...")
    base = build("clean-v1", [folder])
    ref_v1 = nquads(base)
    ref_v2 = nquads(build("clean-v2", [folder], v2))
    removed = files[::3]
    kept = [f for f in files if f not in removed]
    ref_removed = nquads(build("clean-removed", kept))
    for name in ("clean-v1", "clean-v2", "clean-removed"):
        v = kg("validate", "--store", work / name, check=False)
        if v.returncode:
            raise RuntimeError(f"the clean build {name} does not validate: {v.stdout[-500:]}")
    write(v1)

    exports = work / "exports"
    exports.mkdir(exist_ok=True)
    for f in files:
        kg("export", "--store", base, "--graph", f, "-o", exports / (f.stem + ".trig"))
    export_files = sorted(exports.glob("*.trig"))

    trial = work / "trial"

    def fresh():
        write(v1)
        shutil.rmtree(trial, ignore_errors=True)

    def from_v1(texts):
        def go():
            write(texts)
            shutil.rmtree(trial, ignore_errors=True)
            shutil.copytree(base, trial)
        return go

    return [
        Scenario("ingest", ["ingest", "-q", folder], ref_v1, fresh, trial),
        Scenario("reingest", ["ingest", "-q", folder], ref_v2, from_v1(v2), trial),
        Scenario("remove", ["remove", *removed], ref_removed, from_v1(v1), trial),
        Scenario("import", ["import", *export_files], ref_v1, fresh, trial),
    ]


def run(kills: int = 50, n: int = 60, seed: int = 1, work: Path | None = None, validate: bool = True,
        scenarios=SCENARIOS, log=print) -> Report:
    rng = random.Random(seed)
    own = work is None
    work = Path(tempfile.mkdtemp(prefix="kg-kill-")) if own else work
    work.mkdir(parents=True, exist_ok=True)
    report = Report()
    try:
        chosen = [s for s in setup(work, n, log) if s.name in scenarios]
        # Kills are drawn between the moment a command could first write (after Python, kg
        # and the extractor have started and the store is open: an ingest of nothing) and
        # the end of an uninterrupted run.
        t = time.perf_counter()
        kg("ingest", "--store", work / "startup-store", work / "no-such-file", check=False)
        startup = time.perf_counter() - t
        log(f"start-up takes {startup:.2f} s")
        for s in chosen:
            s.prepare()
            t = time.perf_counter()
            kg(*s.command, "--store", s.store, check=False)
            s.duration = time.perf_counter() - t
            log(f"{s.name}: an uninterrupted run takes {s.duration:.2f} s")
        for i in range(kills):
            s = chosen[i % len(chosen)]
            s.prepare()
            at = rng.uniform(min(startup, s.duration / 2), s.duration)
            proc = subprocess.Popen([sys.executable, "-m", "kg.cli", *map(str, s.command), "--store", str(s.store)],
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(at)
            still_running = proc.poll() is None
            if still_running:
                os.kill(proc.pid, signal.SIGKILL)
            proc.wait()
            left = pending(s.store)
            report.kills += 1
            report.mid_run += still_running
            report.left_pending += left > 0
            k, p = report.by_scenario.get(s.name, (0, 0))
            report.by_scenario[s.name] = (k + 1, p + (left > 0))
            kg(*s.command, "--store", s.store, check=False)  # the same command again, to the end
            got = nquads(s.store)
            if got != s.reference:
                missing = len(set(s.reference) - set(got))
                extra = len(set(got) - set(s.reference))
                report.differences.append(f"{s.name} killed at {at:.2f} s: {missing} quads missing, {extra} extra")
            if validate:
                v = kg("validate", "--store", s.store, check=False)
                if v.returncode:
                    report.validate_failures.append(f"{s.name} killed at {at:.2f} s: {v.stdout.strip()[:300]}")
            log(f"kill {i + 1:3d}/{kills}: {s.name:<9} at {at:5.2f} s  "
                f"{'mid-run' if still_running else 'after the end'}, {left:3d} pending, "
                f"{'same as a clean build' if got == s.reference else 'DIFFERENT'}")
    finally:
        if own:
            shutil.rmtree(work, ignore_errors=True)
    return report


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--kills", type=int, default=50, help="kills in all, taken in turn over the scenarios (default 50)")
    ap.add_argument("-n", type=int, default=60, help="articles in the corpus (default 60)")
    ap.add_argument("--seed", type=int, default=1, help="seed of the kill times (default 1)")
    ap.add_argument("--scenario", action="append", choices=SCENARIOS, help="only these scenarios (repeatable)")
    ap.add_argument("--no-validate", action="store_true", help="skip `kg validate` after each re-run")
    ap.add_argument("--keep", help="work in this folder and keep it")
    args = ap.parse_args(argv)
    t = time.perf_counter()
    report = run(args.kills, args.n, args.seed, Path(args.keep) if args.keep else None, not args.no_validate,
                 tuple(args.scenario or SCENARIOS))
    print("\n".join(report.lines()))
    print(f"({time.perf_counter() - t:.0f} s)")
    return 1 if report.differences or report.validate_failures else 0


if __name__ == "__main__":
    sys.exit(main())
