"""Beyond one process: `kg ingest --jobs N` (worker processes), `kg ingest --cluster`
(Dask, on a real LocalCluster of 2 worker processes) and `kg load` of shards all give the
store that `kg ingest` in one process gives, quad for quad."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time

import pytest

from conftest import EXAMPLES, ROOT, SEEDS, cli
from kg.pipeline import ingest
from kg.store import article_graphs, open_store, pending_graphs, release_locks
from kg.validate import validate_store


def corpus() -> list[str]:
    return [str(EXAMPLES), *([str(SEEDS)] if SEEDS.is_dir() else [])]


def quads(store) -> list[str]:
    return sorted(map(str, store))


@pytest.fixture(scope="module")
def serial():
    """The reference: one process, one transaction per article."""
    store = open_store(None)
    s = ingest(corpus(), store, jobs=1)
    assert s.failed == 0 and s.added >= 30 and s.events > 50
    return quads(store)


@pytest.fixture(scope="module")
def client():
    pytest.importorskip("dask.distributed")
    from kg.distributed import connect

    with connect("local:2") as c:
        assert len(c.scheduler_info()["workers"]) == 2
        yield c


def reopen(path):
    release_locks()
    return open_store(path)


def test_jobs_2_gives_the_serial_store(serial):
    store = open_store(None)
    seen = []
    s = ingest(corpus(), store, jobs=2, on_item=lambda src, status: seen.append(status))
    assert quads(store) == serial
    assert s.added == len(seen) == s.read and set(seen) == {"added"}
    assert pending_graphs(store) == [] and s.resolution.events > 40


def test_jobs_through_the_cli_then_again_unchanged(tmp_path, runner, serial):
    r = cli(runner, "ingest", "--store", tmp_path / "s", "--jobs", "2", *corpus())
    assert r.exit_code == 0, r.output
    n = r.stdout.split(" articles read")[0]
    assert int(n) >= 30
    assert f"{n} added, 0 replaced, 0 unchanged, 0 failed" in r.stdout
    assert quads(reopen(tmp_path / "s")) == serial
    r = cli(runner, "ingest", "--store", tmp_path / "s", "-j", "2", *corpus())
    assert f"0 added, 0 replaced, {n} unchanged, 0 failed" in r.stdout
    assert quads(reopen(tmp_path / "s")) == serial


def test_jobs_replace_an_edited_file_as_a_serial_run_does(tmp_path):
    d = tmp_path / "in"
    shutil.copytree(EXAMPLES, d)
    stores = {}
    for jobs in (1, 2):
        store = open_store(None)
        ingest([str(d)], store, jobs=jobs)
        f = sorted(d.glob("*.txt"))[3]
        original = f.read_text(encoding="utf-8")
        f.write_text(original.replace("Putin", "Vladimir Putin", 1) + "\nTambahan.\n", encoding="utf-8")
        s = ingest([str(d)], store, jobs=jobs)
        f.write_text(original, encoding="utf-8")
        assert (s.added, s.replaced, s.unchanged) == (0, 1, len(list(d.glob("*.txt"))) - 1)
        stores[jobs] = quads(store)
    assert stores[1] == stores[2]


def test_jobs_report_bad_input_as_a_serial_run_does(tmp_path):
    d = tmp_path / "in"
    shutil.copytree(EXAMPLES, d)
    (d / "empty.txt").write_bytes(b"")
    (d / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (d / "feed.jsonl").write_text('{"text": "JAKARTA - Menlu Retno Marsudi bertemu Menlu Rusia Sergei Lavrov."}\n'
                                  'not json\n{"text": 5}\n', encoding="utf-8")
    out = {}
    for jobs in (1, 2):
        store = open_store(None)
        s = ingest([str(d)], store, jobs=jobs)
        out[jobs] = (s.line(), s.errors, s.warnings, quads(store))
    assert out[1] == out[2]
    assert "4 failed" in out[1][0] and any("empty file" in e for e in out[1][1])


def test_ctrl_c_with_workers_stores_and_resolves_what_was_counted(tmp_path):
    store = open_store(tmp_path / "s")
    seen = []

    def progress(source, status):
        seen.append(source)
        if len(seen) == 5:
            raise KeyboardInterrupt

    s = ingest([str(EXAMPLES)], store, jobs=2, on_item=progress)
    assert s.interrupted and s.added == 5
    assert pending_graphs(store) == [] and s.resolution.articles == 5
    assert validate_store(store)[0]


def test_cluster_gives_the_serial_store_and_kg_load_the_same(tmp_path, runner, serial, client):
    """The distributed path through the library (on the fixture's cluster), then the
    shards it wrote loaded again by `kg load` into a new store."""
    from kg.distributed import ingest_on_cluster

    store = open_store(tmp_path / "s")
    s = ingest_on_cluster(corpus(), store, client, tmp_path / "shards", files_per_task=5)
    assert quads(store) == serial
    assert s.failed == 0 and s.added == len(article_graphs(store)) >= 30
    shards = sorted(map(str, (tmp_path / "shards").glob("*.nq")))
    assert len(shards) >= 4
    del store
    r = cli(runner, "load", "--store", tmp_path / "loaded", *shards)
    assert r.exit_code == 0, r.output
    assert f"{len(shards)} shards loaded" in r.stdout and "resolved " in r.stdout
    assert quads(reopen(tmp_path / "loaded")) == serial


def test_kg_load_into_a_store_with_articles_replaces_and_resolves(tmp_path, serial, client):
    """Half the corpus ingested, then shards of the whole corpus loaded on top: the same
    store as one serial ingest (the shards' articles replace the stored ones)."""
    from kg.distributed import cluster_map, extract_to_shards, load_shards

    files = sorted(EXAMPLES.glob("*.txt"))
    store = open_store(None)
    ingest([str(f) for f in files[: len(files) // 2]], store)
    shards = extract_to_shards(corpus(), tmp_path / "shards", client, files_per_task=7)
    loaded = load_shards(store, shards.shards, cluster_map(client))
    assert loaded.replaced == len(files) // 2
    assert pending_graphs(store) == []
    assert quads(store) == serial


def test_cluster_over_json_lines_equals_ingest(tmp_path, client):
    feed = tmp_path / "feed.jsonl"
    with feed.open("w", encoding="utf-8") as fh:
        for i, f in enumerate(sorted(EXAMPLES.glob("*.txt"))):
            fh.write(json.dumps({"text": f.read_text(encoding="utf-8"), "url": f"https://example.org/{i}"}) + "\n")
        fh.write("{broken\n")
    from kg.distributed import ingest_on_cluster

    ref = open_store(None)
    s1 = ingest([str(feed)], ref)
    store = open_store(None)
    s2 = ingest_on_cluster([str(feed)], store, client, tmp_path / "shards")
    assert quads(store) == quads(ref) and len(ref) > 1000
    assert s1.errors == s2.errors and len(s2.errors) == 1 and "feed.jsonl:" in s2.errors[0]


def test_cluster_through_the_cli(tmp_path, runner, serial):
    pytest.importorskip("dask.distributed")
    r = cli(runner, "ingest", "--store", tmp_path / "s", "--cluster", "local:2", "--shards", tmp_path / "shards",
            *corpus())
    assert r.exit_code == 0, r.output
    assert " 0 failed" in r.stdout and list((tmp_path / "shards").glob("part-*.nq"))
    assert quads(reopen(tmp_path / "s")) == serial


def test_cluster_and_load_problems_are_one_line(tmp_path, runner):
    pytest.importorskip("dask.distributed")
    from kg.distributed import ClusterError, connect

    r = cli(runner, "ingest", "--store", tmp_path / "s", "--cluster", "local:two", str(EXAMPLES))
    assert r.exit_code == 1
    assert r.stderr.strip() == "kg: error: local:two: give local:N with N a number of worker processes, e.g. local:2"
    with pytest.raises(ClusterError, match=r"^tcp://127\.0\.0\.1:1: no Dask scheduler answers there"):
        with connect("tcp://127.0.0.1:1", timeout=1):
            pass
    r = cli(runner, "load", "--store", tmp_path / "s", tmp_path / "missing.nq")
    assert r.exit_code == 1 and r.stderr.strip() == f"kg: error: {tmp_path / 'missing.nq'}: no such shard file"
    (tmp_path / "bad.nq").write_text("<a> <b> .\n")
    r = cli(runner, "load", "--store", tmp_path / "s2", tmp_path / "bad.nq")
    assert r.exit_code == 1 and r.stderr.startswith(f"kg: error: {tmp_path / 'bad.nq'}: not valid N-Quads (")
    assert "Traceback" not in r.output


def test_kg_load_killed_half_way_is_finished_by_running_it_again(tmp_path, runner, serial):
    """Shards written by the per-shard task (here in this process, no cluster needed); a
    bulk load killed half-way (half of the first shard loaded) is finished by running
    `kg load` again with the same shards."""
    from pyoxigraph import RdfFormat

    from kg.distributed import write_shard
    from kg.work import iter_units

    units = list(iter_units(corpus()))
    shards = []
    for i in range(3):
        shards.append(str(tmp_path / f"part-{i}.nq"))
        results = write_shard(units[i::3], shards[-1])
        assert all(r.status == "article" and r.nquads == b"" for r in results)
    lines = (tmp_path / "part-0.nq").read_bytes().splitlines(keepends=True)
    store = open_store(tmp_path / "s")
    store.bulk_load(b"".join(lines[: len(lines) // 2]), format=RdfFormat.N_QUADS)
    del store
    r = cli(runner, "load", "--store", tmp_path / "s", *shards)
    assert r.exit_code == 0, r.output
    assert "3 shards loaded" in r.stdout and "article graphs replaced" in r.stdout
    assert quads(reopen(tmp_path / "s")) == serial


def _children(pid: int) -> list[int]:
    out = []
    for d in os.listdir("/proc"):
        if d.isdigit():
            try:
                with open(f"/proc/{d}/stat") as fh:
                    if int(fh.read().rsplit(")", 1)[1].split()[1]) == pid:
                        out.append(int(d))
            except OSError:
                pass
    return out


@pytest.mark.skipif(not os.path.isdir("/proc"), reason="reads /proc to find the worker processes")
def test_workers_end_when_kg_is_killed(tmp_path):
    """kill -9 of `kg ingest --jobs 2` leaves no worker process behind."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from synth import make_corpus

    make_corpus(400, tmp_path / "articles")
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "ingest", "-q", "--jobs", "2", "--store",
                             str(tmp_path / "s"), str(tmp_path / "articles")],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    workers: list[int] = []
    deadline = time.monotonic() + 30
    while len(workers) < 2 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.1)
        workers = [w for server in _children(proc.pid) for w in _children(server)]
    assert len(workers) == 2, "the workers did not start"
    proc.kill()
    proc.wait()
    deadline = time.monotonic() + 10
    while any(os.path.exists(f"/proc/{w}") for w in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    left = [w for w in workers if os.path.exists(f"/proc/{w}") and "Z" not in open(f"/proc/{w}/stat").read().split()[2]]
    assert left == []
