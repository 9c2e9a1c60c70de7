"""Same input, same graph, whatever happens: a command killed half-way is finished by the
next write command; `kg validate` sees what an interruption left; `kg resolve` repairs a
store edited by hand; the graph does not depend on the order articles came in."""

from __future__ import annotations

import random
import sys
from pathlib import Path

from conftest import EXAMPLES, ROOT, cli
from kg.reading import read_path
from kg.events import Extractor
from kg.pipeline import ingest, store_article
from kg.store import find_article, open_store, pending_graphs, release_locks, remove_graph
from kg.validate import validate_store

ARTICLES = sorted(EXAMPLES.glob("*.txt"))


def quads(store) -> list[str]:
    return sorted(map(str, store))


def clean_build(paths) -> list[str]:
    store = open_store(None)
    summary = ingest([str(p) for p in paths], store)
    assert summary.failed == 0 and summary.added == len(paths)
    return quads(store)


def reopen(path):
    import gc

    gc.collect()  # a failed command's traceback (a reference cycle) may still hold its store open
    release_locks()
    return open_store(path)


def run(runner, *args) -> tuple[int, str]:
    """A `kg` command in-process; only its exit code and output are kept."""
    r = cli(runner, *args)
    return r.exit_code, r.output


def test_killed_commands_are_finished_by_running_them_again(tmp_path):
    """The short version of benchmarks/kill_test.py: real `kg` processes killed with
    SIGKILL in each scenario (ingest, re-ingest of edited files, remove, import), re-run,
    and compared with a clean build, quad for quad, then validated."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import kill_test

    report = kill_test.run(kills=4, n=24, seed=3, work=tmp_path, log=lambda *a: None)
    assert report.kills == 4 and set(report.by_scenario) == set(kill_test.SCENARIOS)
    assert report.differences == []
    assert report.validate_failures == []


def test_articles_written_but_not_resolved_are_resolved_by_the_next_run(tmp_path, runner):
    """A crash after some articles were stored but before the resolution at the end of the
    batch (what a kill between the two leaves): validate says so, and re-running the same
    ingest, which finds every article unchanged, resolves them."""
    paths = ARTICLES[:6]
    store = open_store(tmp_path / "s")
    extractor = Extractor()
    for p in paths:  # what `kg ingest` does before its resolution
        (article,) = read_path(p)
        assert store_article(store, article, extractor)[0] == "added"
    assert len(pending_graphs(store)) == 6
    ok, report = validate_store(store)
    assert not ok
    assert "await resolution" in report and "must belong to a resolved event" in report
    del store
    release_locks()
    code, out = run(runner, "query", "timeline", "--store", tmp_path / "s")
    assert code == 0 and "kg: warning: 6 article change(s) await resolution" in out

    r = cli(runner, "ingest", "--store", tmp_path / "s", *paths)
    assert r.exit_code == 0, r.output
    assert "0 added, 0 replaced, 6 unchanged" in r.output
    store = reopen(tmp_path / "s")
    assert pending_graphs(store) == []
    assert quads(store) == clean_build(paths)
    assert validate_store(store)[0]


def test_a_removal_interrupted_before_its_resolution_is_finished_by_the_next_write(tmp_path, runner):
    paths = ARTICLES[:8]
    store = open_store(tmp_path / "s")
    ingest([str(p) for p in paths], store)
    gone = find_article(store, paths[0].stem)
    remove_graph(store, gone)  # the graph is gone and marked; the process dies before resolving
    assert pending_graphs(store) == [gone]
    del store
    release_locks()
    r = cli(runner, "stats", "--store", tmp_path / "s")
    assert "pending   1 article change(s) not resolved yet" in r.output
    code, out = run(runner, "remove", "--store", tmp_path / "s", paths[0].stem)  # the same command again
    assert code == 1 and "no such article in the store" in out
    store = reopen(tmp_path / "s")
    assert quads(store) == clean_build(paths[1:])


def test_validate_finds_a_dangling_report_link_and_resolve_repairs_it(tmp_path, runner):
    """An article graph dropped by hand (a SPARQL update, not `kg remove`) leaves resolved
    events pointing at reports that no longer exist."""
    paths = ARTICLES[:8]
    store = open_store(tmp_path / "s")
    ingest([str(p) for p in paths], store)
    store.update(f"DROP GRAPH {find_article(store, paths[1].stem)}")
    ok, report = validate_store(store)
    assert not ok and "dangling kg:hasReport" in report
    del store
    release_locks()
    code, out = run(runner, "validate", "--store", tmp_path / "s")
    assert code == 1 and "dangling kg:hasReport" in out
    r = cli(runner, "resolve", "--store", tmp_path / "s")
    assert r.exit_code == 0 and r.output.startswith("resolved ") and "from 7 articles" in r.output
    store = reopen(tmp_path / "s")
    assert quads(store) == clean_build([p for i, p in enumerate(paths) if i != 1])
    del store
    release_locks()
    assert cli(runner, "validate", "--store", tmp_path / "s").exit_code == 0


def test_resolve_refuses_a_store_built_without_entity_records(tmp_path, runner):
    store = open_store(tmp_path / "s")
    ingest([str(p) for p in ARTICLES[:3]], store)
    store.update("DELETE WHERE { GRAPH ?g { ?a <https://w3id.org/kg-news/ontology#describes> ?e } }")
    n = len(store)
    del store
    release_locks()
    code, out = run(runner, "resolve", "--store", tmp_path / "s")
    assert code == 1
    assert out.startswith("kg: error: ") and "older kg" in out and "Traceback" not in out
    assert len(reopen(tmp_path / "s")) == n  # nothing was touched


def test_ctrl_c_stops_reading_and_still_resolves_what_was_stored(tmp_path):
    store = open_store(tmp_path / "s")
    seen = []

    def progress(source, status):
        seen.append(source)
        if len(seen) == 3:
            raise KeyboardInterrupt

    summary = ingest([str(EXAMPLES)], store, on_item=progress)
    assert summary.interrupted and summary.added == 3
    assert pending_graphs(store) == [] and summary.resolution.articles == 3
    assert quads(store) == clean_build([Path(s) for s in seen])


def test_the_graph_does_not_depend_on_ingest_order_or_history():
    """Sorted, reversed, shuffled, one by one; and with articles added, removed and added
    again: the same N-Quads as a clean build."""
    reference = clean_build(ARTICLES)
    for order in (list(reversed(ARTICLES)), random.Random(5).sample(ARTICLES, len(ARTICLES))):
        store = open_store(None)
        for p in order:
            ingest([str(p)], store)
        assert quads(store) == reference
    store = open_store(None)
    ingest([str(p) for p in ARTICLES], store)
    from kg.resolve import resolve_pending

    for p in ARTICLES[::4]:
        remove_graph(store, find_article(store, p.stem))
    resolve_pending(store)
    assert quads(store) == clean_build([p for i, p in enumerate(ARTICLES) if i % 4])
    ingest([str(p) for p in ARTICLES[::4]], store)
    assert quads(store) == reference


def test_a_discovered_person_gets_one_label_whichever_articles_remain(tmp_path):
    """A person found by office in two articles, spelled with and without accents: one
    label, the same whichever article came first, and the remaining one's after a removal."""
    body = ("Judul {n}\nSenin, 3 Juli 2023 - 10:00 WIB\nJAKARTA - Menteri Luar Negeri Retno Marsudi bertemu "
            "Menteri Luar Negeri Slovakia {name} di Jakarta pada hari Senin. Keduanya membahas kerja sama.\n")
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(body.format(n=1, name="Juraj Blanár"), encoding="utf-8")
    b.write_text(body.format(n=2, name="Juraj Blanar"), encoding="utf-8")
    label_q = ("SELECT ?l WHERE { <https://w3id.org/kg-news/id/person/juraj-blanar-sk> "
               "<http://www.w3.org/2000/01/rdf-schema#label> ?l }")

    def labels(store):
        return sorted(r["l"].value for r in store.query(label_q, use_default_graph_as_union=True))

    for order in ([a, b], [b, a]):
        store = open_store(None)
        for p in order:
            ingest([str(p)], store)
        assert labels(store) == ["Juraj Blanár"]
    remove_graph(store, find_article(store, str(a)))
    from kg.resolve import resolve_pending

    resolve_pending(store)
    assert labels(store) == ["Juraj Blanar"]
    assert quads(store) == clean_build([b])


def test_import_replaces_the_article_of_the_same_name(tmp_path, runner):
    """An article graph in an imported file replaces the store's graph of that name (as a
    re-ingest would) instead of mixing with it, and the result is resolved."""
    paths = ARTICLES[:4]
    s = tmp_path / "s"
    assert cli(runner, "ingest", "--store", s, *paths).exit_code == 0
    assert cli(runner, "export", "--store", s, "--graph", paths[0], "-o", tmp_path / "a.trig").exit_code == 0
    store = reopen(s)
    g = find_article(store, paths[0].stem)
    store.update(f"INSERT DATA {{ GRAPH {g} {{ {g} <https://schema.org/headline> \"changed by hand\" }} }}")
    del store
    release_locks()
    r = cli(runner, "import", "--store", s, tmp_path / "a.trig")
    assert r.exit_code == 0 and "quads loaded" in r.output and "resolved " in r.output
    store = reopen(s)
    assert pending_graphs(store) == []
    assert quads(store) == clean_build(paths)
