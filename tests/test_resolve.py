"""Cross-article resolution: one node per real event and entity, order-independent,
updated when articles are removed or re-ingested, with merges recorded as data."""

import random

import pytest
from pyoxigraph import NamedNode

from conftest import EXAMPLES, GOLD, SEEDS, cli, need_shared
from kg.article import parse_text
from kg.pipeline import ingest
from kg.resolve import resolved_events_json
from kg.store import find_article, open_store, remove_graph
from kg.vocab import MERGED_GRAPH

R_ARTICLES = sorted(EXAMPLES.glob("r*.txt"))


def merged_quads(store):
    return sorted(str(q) for q in store.quads_for_pattern(None, None, None, MERGED_GRAPH))


def events_by_sources(store):
    return {(e["type"], tuple(e["sources"])): e for e in resolved_events_json(store)}


def test_corpus_resolves_as_the_gold_says():
    store = open_store(None)
    ingest([str(p) for p in R_ARTICLES], store)
    ev = resolved_events_json(store)
    srcs = lambda t, pred: [e["sources"] for e in ev if e["type"] == t and pred(e)]
    # one meeting reported by three articles in two languages
    assert srcs("Meeting", lambda e: {"Antony Blinken", "Xi Jinping"} <= set(e["participants"])) == \
        [["r01_blinken_temui_xi", "r02_xi_terima_blinken", "r03_china_biden_dictator"]]
    # the same leaders' meeting with another minister, a day earlier, stays distinct
    assert srcs("Meeting", lambda e: "Qin Gang" in e["participants"]) == [["r01_blinken_temui_xi", "r03_china_biden_dictator"]]
    # two calls between the same leaders a month apart: two events, two sources each
    calls = sorted((e["date"], e["sources"]) for e in ev if e["type"] == "PhoneCall")
    assert calls == [("2023-06-24", ["r04_erdogan_putin_wagner", "r05_erdogan_telepon_putin"]),
                     ("2023-08-02", ["r06_putin_erdogan_gandum", "r07_putin_erdogan_grain"])]
    # an accusation and a denial of the same supply: two claims
    nk = {e["stance"]: e["sources"] for e in ev if e["type"] == "WeaponSupplyAllegation" and e["supplier"] == "North Korea"}
    assert nk == {"alleged": ["r08_kirby_nk_shells", "r09_korut_bantah_kompastv", "r10_korut_bantah_antara"],
                  "denied": ["r09_korut_bantah_kompastv", "r10_korut_bantah_antara"]}
    # the merged event takes the most specific values
    kim = [e for e in ev if e["type"] == "Meeting" and e.get("date") == "2023-09-13"]
    assert len(kim) == 1 and "Kim Jong Un" in kim[0]["participants"] and kim[0]["sources"] == ["r11_putin_sambut_kim", "r12_kim_putin_summit"]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_any_order_any_batching_gives_the_same_graph(seed):
    reference = open_store(None)
    ingest([str(p) for p in R_ARTICLES], reference)
    order = R_ARTICLES[:]
    random.Random(seed).shuffle(order)
    one_by_one = open_store(None)
    for p in order:
        ingest([str(p)], one_by_one)
    assert merged_quads(one_by_one) == merged_quads(reference)
    assert len(merged_quads(reference)) > 100


def test_removing_and_reingesting_an_article(tmp_path, runner):
    store_dir = tmp_path / "s"
    cli(runner, "ingest", "--store", store_dir, *R_ARTICLES)
    st = open_store(store_dir)
    before = merged_quads(st)
    del st
    r = cli(runner, "remove", "--store", store_dir, "r03_china_biden_dictator")
    assert r.exit_code == 0
    st = open_store(store_dir)
    ev = resolved_events_json(st)
    xi = [e for e in ev if e["type"] == "Meeting" and {"Antony Blinken", "Xi Jinping"} <= set(e["participants"])]
    assert xi[0]["sources"] == ["r01_blinken_temui_xi", "r02_xi_terima_blinken"]          # a source disappears
    assert not [e for e in ev if "r03_china_biden_dictator" in e["sources"]]               # r03-only events are gone
    assert not [e for e in ev if e["type"] == "Meeting" and e.get("place") == "Indonesia"]
    del st
    cli(runner, "ingest", "--store", store_dir, EXAMPLES / "r03_china_biden_dictator.txt")
    assert merged_quads(open_store(store_dir)) == before


def test_removal_in_any_order_matches_a_fresh_build():
    keep = [p for p in R_ARTICLES if p.stem != "r10_korut_bantah_antara"]
    fresh = open_store(None)
    ingest([str(p) for p in keep], fresh)
    store = open_store(None)
    for p in reversed(R_ARTICLES):
        ingest([str(p)], store)
    remove_graph(store, find_article(store, "r10_korut_bantah_antara"))
    from kg.resolve import resolve_pending

    assert resolve_pending(store).articles == 1
    assert merged_quads(store) == merged_quads(fresh)
    assert sorted(map(str, store)) == sorted(map(str, fresh))  # the whole dataset, entities included


def test_no_merge_keeps_reports_separate(runner, tmp_path):
    store_dir = tmp_path / "s"
    r = cli(runner, "ingest", "--no-merge", "--store", store_dir, *R_ARTICLES[:3])
    assert r.exit_code == 0
    ev = resolved_events_json(open_store(store_dir, read_only=True))
    assert ev and all(len(e["sources"]) == 1 for e in ev)
    assert "no merges" in cli(runner, "merges", "--store", store_dir).stdout


def test_merges_listing_and_explain(runner, tmp_path):
    store_dir = tmp_path / "s"
    cli(runner, "ingest", "--store", store_dir, *R_ARTICLES[:3])
    out = cli(runner, "merges", "--store", store_dir).stdout
    assert "merged event(s)" in out and "3 reports" in out and "Antony Blinken".replace(" ", "-").lower() in out
    event_id = [l.split()[0] for l in out.splitlines() if "3 reports" in l][0]
    exp = cli(runner, "merges", "--store", store_dir, "--explain", event_id).stdout
    assert exp.count("-- report") == 3
    assert "r02_xi_terima_blinken" in exp and "evidence: " in exp and "merged because: same type Meeting" in exp


def test_entities_are_one_node_however_spelt(tmp_path):
    store = open_store(None)
    a = "MOSKOW - Menteri Luar Negeri Rusia Sergei Lavrov bertemu Menteri Luar Negeri Slovakia Juraj Blanár di Moskow pada hari Senin."
    b = "BRATISLAVA - Menlu Lavrov menerima Menlu Slovakia Juraj Blanár di Moskow pada Senin, kata Kremlin."
    c = "MOSCOW, May 6 (Reuters) - Russian Foreign Minister Sergey Lavrov met Slovak Foreign Minister Juraj Blanár in Moscow on Monday."
    for i, t in enumerate((a, b, c)):
        (tmp_path / f"{i}.txt").write_text("Judul\nSelasa, 7 Mei 2024 - 10:00 WIB\n" + t, encoding="utf-8")
        ingest([str(tmp_path / f"{i}.txt")], store)
    persons = {r["p"].value for r in store.query(
        "SELECT DISTINCT ?p WHERE { ?e a <https://w3id.org/kg-news/ontology#EventReport> ; "
        "<https://w3id.org/kg-news/ontology#participant> ?p . ?p a <https://w3id.org/kg-news/ontology#Person> }",
        use_default_graph_as_union=True)}
    assert persons == {"https://w3id.org/kg-news/id/person/sergei-lavrov", "https://w3id.org/kg-news/id/person/juraj-blanar-sk"}
    labels = {(r["l"].value, r["l"].language) for r in store.query(
        "SELECT ?l WHERE { <https://w3id.org/kg-news/id/person/sergei-lavrov> <http://www.w3.org/2004/02/skos/core#altLabel> ?l }",
        use_default_graph_as_union=True)}
    assert ("Lavrov", "id") in labels and ("Sergey Lavrov", "en") in labels
    meetings = [e for e in resolved_events_json(store) if e["type"] == "Meeting"]
    assert len(meetings) == 1 and len(meetings[0]["sources"]) == 3


def test_seed_corpus_after_ingest(runner, tmp_path):
    need_shared()
    from kg.evaluate import score_corpus
    import json

    store_dir = tmp_path / "s"
    cli(runner, "ingest", "--store", store_dir, SEEDS)
    gold = json.loads((SEEDS.parent / "gold" / "corpus.json").read_text())
    res = score_corpus(gold, resolved_events_json(open_store(store_dir, read_only=True)))
    assert (res["found"], res["with_sources"], res["extra"]) == (7, 7, 0)


def test_entity_facts_are_stored_once_and_pruned():
    """Canonical facts live once in the entities graph (the union default graph would
    otherwise return them once per article); an entity no article mentions is removed."""
    store = open_store(None)
    ingest([str(p) for p in R_ARTICLES], store)
    n = lambda q: int(next(iter(store.query(q, use_default_graph_as_union=True)))["n"].value)
    assert n('SELECT (COUNT(*) AS ?n) WHERE { <https://w3id.org/kg-news/id/country/RU> '
             '<http://www.w3.org/2000/01/rdf-schema#label> ?l }') == 1
    trump = "https://w3id.org/kg-news/id/person/donald-trump"
    assert n(f"SELECT (COUNT(*) AS ?n) WHERE {{ <{trump}> ?p ?o }}") > 0
    remove_graph(store, find_article(store, "r11_putin_sambut_kim"))  # the only article naming Trump
    from kg.resolve import resolve_pending

    resolve_pending(store)  # what `kg remove` runs after removing
    assert not list(store.quads_for_pattern(None, None, NamedNode(trump), None))
    assert n(f"SELECT (COUNT(*) AS ?n) WHERE {{ <{trump}> ?p ?o }}") == 0
    assert n('SELECT (COUNT(*) AS ?n) WHERE { <https://w3id.org/kg-news/id/country/RU> a ?c }') == 1
