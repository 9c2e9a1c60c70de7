"""The store and the CLI: ingest, stats, re-ingest, export/import round trip, remove, query."""

import json
import subprocess
import sys
import time

import pytest
import rdflib
from pyoxigraph import Dataset, RdfFormat, parse

from conftest import EXAMPLES, SEEDS, cli, need_shared
from kg.store import article_graphs, find_article, open_store, stats


def _quads(path, fmt):
    return {(str(q.subject), str(q.predicate), str(q.object), str(q.graph_name)) for q in parse(path=str(path), format=fmt)}


def test_ingest_examples_then_stats(runner, store_dir):
    r = cli(runner, "ingest", "--store", store_dir, EXAMPLES)
    assert r.exit_code == 0, r.stderr
    n = len(list(EXAMPLES.glob("*.txt")))
    assert f"{n} articles read: {n} added" in r.stdout
    s = stats(open_store(store_dir, read_only=True))
    assert s["articles"] == n
    assert s["classes"]["kg:Meeting"] > 5 and s["classes"]["kg:PhoneCall"] > 3
    assert s["classes"]["kg:WeaponSupplyAllegation"] > 5
    r = cli(runner, "stats", "--store", store_dir, "--json")
    assert json.loads(r.stdout)["articles"] == n


def test_reingest_is_a_no_op_and_edit_replaces(runner, tmp_path):
    d = tmp_path / "arts"
    d.mkdir()
    for f in sorted(EXAMPLES.glob("a0*.txt"))[:3]:
        (d / f.name).write_text(f.read_text(encoding="utf-8"), encoding="utf-8")
    store = tmp_path / "s"
    cli(runner, "ingest", "--store", store, d)
    dump1 = tmp_path / "1.nq"
    cli(runner, "export", "--store", store, "-o", dump1)
    r = cli(runner, "ingest", "--store", store, d)
    assert "0 added, 0 replaced, 3 unchanged" in r.stdout
    dump2 = tmp_path / "2.nq"
    cli(runner, "export", "--store", store, "-o", dump2)
    assert _quads(dump1, RdfFormat.N_QUADS) == _quads(dump2, RdfFormat.N_QUADS)
    # an edited file replaces its old graph; the article count stays
    f = sorted(d.glob("*.txt"))[0]
    f.write_text(f.read_text(encoding="utf-8") + "\nParagraf tambahan tentang kerja sama ekonomi kedua negara.\n", encoding="utf-8")
    r = cli(runner, "ingest", "--store", store, d)
    assert "0 added, 1 replaced, 2 unchanged" in r.stdout
    assert stats(open_store(store, read_only=True))["articles"] == 3


def test_export_import_round_trip_is_isomorphic(runner, example_store, tmp_path):
    for fmt in ("trig", "nq", "jsonld"):
        out1 = tmp_path / f"dump1.{fmt}"
        r = cli(runner, "export", "--store", example_store, "-o", out1)
        assert r.exit_code == 0, r.stderr
        empty = tmp_path / f"empty-{fmt}"
        r = cli(runner, "import", "--store", empty, out1)
        assert r.exit_code == 0, r.stderr
        out2 = tmp_path / f"dump2.{fmt}"
        cli(runner, "export", "--store", empty, "-o", out2)
        g1, g2 = rdflib.Dataset(), rdflib.Dataset()
        g1.parse(out1)
        g2.parse(out2)
        assert len(g1) > 1000
        assert len(g1) == len(g2)
        # no blank nodes anywhere, so equal quad sets means isomorphic datasets
        assert _quads(out1, RdfFormat.from_extension(fmt)) == _quads(out2, RdfFormat.from_extension(fmt))


def test_turtle_export_parses_with_two_parsers(runner, example_store, tmp_path):
    out = tmp_path / "all.ttl"
    r = cli(runner, "export", "--store", example_store, "-f", "ttl", "-o", out)
    assert r.exit_code == 0
    text = out.read_text(encoding="utf-8")
    assert "@prefix kg: <https://w3id.org/kg-news/ontology#>" in text
    g = rdflib.Graph().parse(out, format="turtle")          # rdflib
    triples = list(parse(path=str(out), format=RdfFormat.TURTLE))  # Oxigraph's own parser
    assert len(g) == len(set(triples)) > 1000


def _subject_blocks(text: str) -> int:
    """Turtle statements start at the line's first column; the rest of a block is indented."""
    return sum(1 for line in text.split("\n") if line and not line[0].isspace() and not line.startswith("@prefix"))


@pytest.mark.parametrize("graph", [None, "a09_iran_bantah_kirim_rudal_rusia"])
def test_turtle_export_writes_each_subject_once(runner, example_store, tmp_path, graph):
    """Issue 13: `country:ID` came in 8 blocks (one per graph that described it). Each subject
    is one block now, and the file parses back to the same graph."""
    out = tmp_path / "all.ttl"
    r = cli(runner, "export", "--store", example_store, "-f", "ttl", "-o", out, *(["--graph", graph] if graph else []))
    assert r.exit_code == 0, r.stderr
    text = out.read_text(encoding="utf-8")
    triples = {q.triple for q in parse(path=str(out), format=RdfFormat.TURTLE)}
    st = open_store(example_store, read_only=True)
    if graph is None:
        want = {q.triple for q in st.quads_for_pattern(None, None, None)}
        assert sum(1 for line in text.split("\n") if line.startswith("country:ID ")) == 1
    else:
        want = {q.triple for q in parse(cli(runner, "export", "--store", example_store, "-f", "nt", "--graph", graph)
                                        .stdout_bytes, RdfFormat.N_TRIPLES)}
    assert triples == want and len(want) > 300
    assert _subject_blocks(text) == len({t.subject for t in triples})


@pytest.mark.parametrize("fmt,ext", [("xml", "rdf"), ("nt", "nt"), ("jsonld", "jsonld")])
def test_other_export_formats(runner, example_store, tmp_path, fmt, ext):
    out = tmp_path / f"x.{ext}"
    r = cli(runner, "export", "--store", example_store, "-f", fmt, "-o", out)
    assert r.exit_code == 0, r.stderr
    g = rdflib.Dataset() if fmt == "jsonld" else rdflib.Graph()
    g.parse(out, format={"xml": "xml", "nt": "nt", "jsonld": "json-ld"}[fmt])
    assert len(g) > 1000


def test_export_one_graph(runner, example_store):
    r = cli(runner, "export", "--store", example_store, "--graph", "a02_retno_terima_lavrov_jakarta", "-f", "nt")
    assert r.exit_code == 0, r.stderr
    assert "Retno" in r.stdout and "Prabowo" not in r.stdout


def test_remove_article(runner, tmp_path):
    store = tmp_path / "s"
    cli(runner, "ingest", "--store", store, EXAMPLES / "a02_retno_terima_lavrov_jakarta.txt", EXAMPLES / "a08_ekspor_nikel_sulsel_china.txt")
    r = cli(runner, "remove", "--store", store, "a08_ekspor_nikel_sulsel_china")
    assert r.exit_code == 0 and "removed" in r.stdout
    st = open_store(store, read_only=True)
    assert len(article_graphs(st)) == 1
    r = cli(runner, "remove", "--store", store, "nope")
    assert r.exit_code == 1 and "nope: no such article" in r.stderr


@pytest.mark.parametrize("fmt,check", [("csv", "n\n"), ("tsv", "?n\n"), ("json", '"vars"'), ("xml", "<sparql")])
def test_query_result_formats(runner, example_store, fmt, check):
    r = cli(runner, "query", "--store", example_store, "-e", "SELECT (COUNT(*) AS ?n) WHERE { ?s a kg:Meeting }", "-f", fmt)
    assert r.exit_code == 0, r.stderr
    assert check in r.stdout


def test_query_construct_and_errors(runner, example_store, tmp_path):
    r = cli(runner, "query", "--store", example_store, "-e", "CONSTRUCT { ?s a kg:Meeting } WHERE { ?s a kg:Meeting }", "-f", "nt")
    assert r.exit_code == 0 and "ontology#Meeting>" in r.stdout
    r = cli(runner, "query", "--store", example_store, "-e", "SELEC nonsense")
    assert r.exit_code == 1 and r.stderr.startswith("kg: error: SPARQL syntax error")
    rq = tmp_path / "q.rq"
    rq.write_text("SELECT (COUNT(*) AS ?n) WHERE { ?s a schema:NewsArticle }")
    r = cli(runner, "query", "--store", example_store, rq, "-f", "csv")
    assert r.stdout.splitlines()[1].strip() == str(len(list(EXAMPLES.glob("*.txt"))))


def test_missing_store_for_query(runner, tmp_path):
    r = cli(runner, "query", "--store", tmp_path / "none", "-e", "ASK {}")
    assert r.exit_code == 1 and "no kg store here" in r.stderr


def test_store_in_use_by_another_process(tmp_path):
    """A store held open by another process (as `kg serve` does) gives a clear error."""
    store = tmp_path / "busy"
    open_store(store).flush()
    holder = subprocess.Popen([sys.executable, "-c", f"import pyoxigraph, time; s = pyoxigraph.Store({str(store)!r}); print('ok', flush=True); time.sleep(30)"],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ok"
        r = subprocess.run([sys.executable, "-m", "kg", "ingest", "--store", str(store), str(EXAMPLES / "a02_retno_terima_lavrov_jakarta.txt")],
                           capture_output=True, text=True)
        assert r.returncode == 1
        assert "in use by another process" in r.stderr and "Traceback" not in r.stderr
    finally:
        holder.kill()


def test_memory_store_and_stdin(runner):
    r = cli(runner, "ingest", "--memory", "-", input="BEIJING - Menteri Luar Negeri Wang Yi bertemu Menteri Luar Negeri Rusia Sergei Lavrov di Beijing.")
    assert r.exit_code == 0 and "1 added" in r.stdout


def test_seeds_ingest_twice(runner, tmp_path):
    need_shared()
    store = tmp_path / "s"
    r = cli(runner, "ingest", "--store", store, SEEDS)
    assert "2 added" in r.stdout
    before = stats(open_store(store, read_only=True))
    r = cli(runner, "ingest", "--store", store, SEEDS)
    assert "2 unchanged" in r.stdout
    after = stats(open_store(store, read_only=True))
    assert before == after and after["articles"] == 2


def test_version_help_and_module(runner):
    from kg import __version__

    assert cli(runner, "--version").stdout.strip() == f"kg {__version__}"
    r = subprocess.run([sys.executable, "-m", "kg", "--help"], capture_output=True, text=True)
    assert r.returncode == 0 and "ingest" in r.stdout and "Typical use" in r.stdout


def test_query_with_its_own_from_clause(runner, example_store):
    """A query naming its default graph with FROM gets that graph, not the union."""
    st = open_store(example_store, read_only=True)
    g = find_article(st, "a02_retno_terima_lavrov_jakarta")
    del st
    q = f"SELECT (COUNT(DISTINCT ?a) AS ?n) FROM <{g.value}> WHERE {{ ?a a schema:NewsArticle }}"
    r = cli(runner, "query", "--store", example_store, "-e", q, "-f", "csv")
    assert r.stdout.splitlines()[1] == "1"
    r = cli(runner, "query", "--store", example_store, "-e", q.replace(f"FROM <{g.value}> ", ""), "-f", "csv")
    assert int(r.stdout.splitlines()[1]) > 1


def test_one_article_exported_and_imported_elsewhere(runner, example_store, tmp_path):
    """One article's TriG carries its graph and its entities; imported into an empty store its
    events are resolved and the saved queries find them."""
    out = tmp_path / "one.trig"
    cli(runner, "export", "--store", example_store, "--graph", "a02_retno_terima_lavrov_jakarta", "-o", out)
    r = cli(runner, "import", "--store", tmp_path / "s", out)
    assert r.exit_code == 0 and "resolved 2 events" in r.stdout
    r = cli(runner, "query", "--store", tmp_path / "s", "meetings-between", "-p", "a=Indonesia", "-p", "b=Russia", "-f", "csv")
    assert "Jakarta" in r.stdout and "Retno Marsudi" in r.stdout


def _serve(store, *extra, env=None):
    """`kg serve` on a free port, as a real process; returns it once it accepts connections."""
    import os
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    p = subprocess.Popen([sys.executable, "-m", "kg", "serve", "--store", str(store), "--port", str(port), *extra],
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                         env={**os.environ, **(env or {})})
    for _ in range(300):
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return p
        except OSError:
            if p.poll() is not None:
                pytest.fail(p.stderr.read())
            time.sleep(0.1)
    pytest.fail("kg serve did not start")


def test_a_served_store_is_not_written_under_the_server(tmp_path):
    """kg serve opens the store read-only, which Oxigraph does not lock: kg's own lock keeps
    writers out while it runs (and lets other readers in)."""
    store = tmp_path / "served"
    one = EXAMPLES / "a02_retno_terima_lavrov_jakarta.txt"
    two = EXAMPLES / "a01_jokowi_telepon_zelensky_putin.txt"
    assert subprocess.run([sys.executable, "-m", "kg", "ingest", "-q", "--store", str(store), str(one)]).returncode == 0
    server = _serve(store)
    try:
        r = subprocess.run([sys.executable, "-m", "kg", "ingest", "--store", str(store), str(two)],
                           capture_output=True, text=True)
        assert r.returncode == 1 and "in use by another process" in r.stderr and "kg serve" in r.stderr
        assert r.stderr.count("\n") == 1 and "Traceback" not in r.stderr
        r = subprocess.run([sys.executable, "-m", "kg", "query", "--store", str(store), "-e",
                            "SELECT (COUNT(*) AS ?n) WHERE { ?a a schema:NewsArticle }", "--format", "csv"],
                           capture_output=True, text=True)
        assert r.returncode == 0 and r.stdout.split() == ["n", "1"]  # readers share the store
    finally:
        server.terminate()
        server.wait(10)
    r = subprocess.run([sys.executable, "-m", "kg", "ingest", "--store", str(store), str(two)], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert len(article_graphs(open_store(store, read_only=True))) == 2


def test_a_store_being_written_is_not_read(tmp_path):
    store = tmp_path / "written"
    assert subprocess.run([sys.executable, "-m", "kg", "ingest", "-q", "--store", str(store),
                           str(EXAMPLES / "a02_retno_terima_lavrov_jakarta.txt")]).returncode == 0
    writer = _serve(store, "--allow-update", env={"KG_TOKEN": "t0ken"})
    try:
        r = subprocess.run([sys.executable, "-m", "kg", "query", "--store", str(store), "-e", "ASK {}"],
                           capture_output=True, text=True)
        assert r.returncode == 1 and "being written by another process" in r.stderr and "Traceback" not in r.stderr
    finally:
        writer.terminate()
        writer.wait(10)
    r = subprocess.run([sys.executable, "-m", "kg", "query", "--store", str(store), "-e", "ASK {}"], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr


def test_store_lock_within_one_process(tmp_path):
    """One process shares its lock among its own users; another process is kept out."""
    from kg.store import StoreError, lock_store, release_locks

    store = tmp_path / "s"
    store.mkdir()
    release_w = lock_store(store, exclusive=True)
    release_r = lock_store(store, exclusive=False)  # the same process: fine
    probe = [sys.executable, "-c", f"from kg.store import lock_store; lock_store({str(store)!r}, exclusive=False)"]
    r = subprocess.run(probe, capture_output=True, text=True)
    assert r.returncode != 0 and "being written by another process" in r.stderr
    release_r()
    release_w()
    assert subprocess.run(probe, capture_output=True, text=True).returncode == 0
    lock_store(store, exclusive=False)
    release_locks()
    with pytest.raises(StoreError):
        holder = subprocess.Popen([sys.executable, "-c", "import sys, time; from kg.store import lock_store; "
                                   f"lock_store({str(store)!r}, exclusive=False); print('ok', flush=True); time.sleep(30)"],
                                  stdout=subprocess.PIPE, text=True)
        try:
            assert holder.stdout.readline().strip() == "ok"
            lock_store(store, exclusive=True)
        finally:
            holder.kill()
