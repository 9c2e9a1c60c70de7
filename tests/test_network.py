"""The actor network (kg/network.py) and its exports: GraphML read back with networkx and a
nodes.csv/edges.csv pair, counted against the store; the filters select the same events as
the `timeline` query."""

from __future__ import annotations

import csv

import networkx as nx
import pytest

from conftest import cli
from kg.network import NetworkError, actor_network, write_csv, write_graphml
from kg.queries import load_library, run_saved
from kg.store import open_store

KG = "https://w3id.org/kg-news/ontology#"
IRAN = "https://w3id.org/kg-news/id/country/IR"
PREFIXES = {"kg": KG}
EVENTS = "<https://w3id.org/kg-news/id/graph/events>"


@pytest.fixture(scope="module")
def store(example_store):
    return open_store(example_store, read_only=True)


def _expected(store) -> tuple[set, set]:
    """Nodes and edges counted by SPARQL, independently of kg/network.py."""
    nodes = {r["a"].value for r in store.query(f"""
        SELECT DISTINCT ?a WHERE {{ GRAPH {EVENTS} {{ ?e a ?t ; ?role ?a .
          FILTER(?t IN (kg:Meeting, kg:PhoneCall, kg:WeaponSupplyAllegation))
          FILTER(?role IN (kg:participant, kg:supplier, kg:recipient)) }}
          ?a a ?k . FILTER(?k IN (kg:Country, kg:Person)) }}""", prefixes=PREFIXES, use_default_graph_as_union=True)}
    edges = {(r["a"].value, r["b"].value, r["t"].value[len(KG):]) for r in store.query(f"""
        SELECT DISTINCT ?a ?b ?t WHERE {{
          {{ GRAPH {EVENTS} {{ ?e a ?t ; kg:participant ?a , ?b . FILTER(?t IN (kg:Meeting, kg:PhoneCall)) }}
             ?a a ?k . ?b a ?k . FILTER(?k IN (kg:Country, kg:Person) && STR(?a) < STR(?b)) }}
          UNION
          {{ GRAPH {EVENTS} {{ ?e a ?t ; kg:supplier ?a ; kg:recipient ?b . FILTER(?t = kg:WeaponSupplyAllegation) }}
             ?a a ?ka . ?b a ?kb . FILTER(?ka IN (kg:Country, kg:Person) && ?kb IN (kg:Country, kg:Person) && ?a != ?b) }}
        }}""", prefixes=PREFIXES, use_default_graph_as_union=True)}
    return nodes, edges


def test_graphml_parses_with_networkx_and_matches_the_store(store, tmp_path):
    net = actor_network(store)
    out = tmp_path / "net.graphml"
    write_graphml(net, out)
    g = nx.read_graphml(out)
    nodes, edges = _expected(store)
    assert g.number_of_nodes() == len(nodes) > 20
    assert g.number_of_edges() == len(edges) > 30
    assert set(g.nodes) == nodes
    assert {(a, b, d["type"]) for a, b, d in g.edges(data=True)} == edges
    assert g.nodes[IRAN] == {"label": "Iran", "label_id": "Iran", "kind": "Country", "country": "", "events": 5}
    assert g.nodes["https://w3id.org/kg-news/id/country/US"]["label_id"] == "Amerika Serikat"
    assert g.nodes["https://w3id.org/kg-news/id/person/vladimir-putin"]["country"] == "https://w3id.org/kg-news/id/country/RU"
    supply = g.get_edge_data(IRAN, "https://w3id.org/kg-news/id/country/RU")
    supplies = next(d for d in supply.values() if d["type"] == "WeaponSupplyAllegation")  # missiles and drones
    assert supplies["directed"] is True and supplies["weight"] == 4
    assert supplies["stances"] == "alleged 2, denied 1, disputed 1"
    # a weight is the number of events behind the edge
    assert all(d["weight"] == len(d["event_iris"].split()) for _, _, d in g.edges(data=True))
    assert max(d["weight"] for _, _, d in g.edges(data=True)) >= 3


def test_csv_pair_has_the_same_network(store, tmp_path):
    net = actor_network(store)
    nodes_csv, edges_csv = write_csv(net, tmp_path / "out")
    nodes = list(csv.DictReader(nodes_csv.open(encoding="utf-8")))
    edges = list(csv.DictReader(edges_csv.open(encoding="utf-8")))
    want_nodes, want_edges = _expected(store)
    assert {n["Id"] for n in nodes} == want_nodes and len(nodes) == len(want_nodes)
    assert {(e["Source"], e["Target"], e["Relation"]) for e in edges} == want_edges and len(edges) == len(want_edges)
    assert {e["Type"] for e in edges} == {"Directed", "Undirected"}
    assert all((e["Type"] == "Directed") == (e["Relation"] == "WeaponSupplyAllegation") for e in edges)
    assert all(int(e["Weight"]) == len(e["Events"].split()) for e in edges)
    assert next(n for n in nodes if n["Id"] == IRAN)["Label"] == "Iran"


@pytest.mark.parametrize("filters, params", [
    ({}, {}),
    ({"actor": IRAN}, {"actor": "Iran"}),
    ({"event_type": "Meeting"}, {"type": "Meeting"}),
    ({"date_from": "2023-01-01", "date_to": "2023-12-31"}, {"from": "2023-01-01", "to": "2023-12-31"}),
    ({"actor": "https://w3id.org/kg-news/id/person/vladimir-putin", "event_type": "PhoneCall", "date_to": "2023-12-31"},
     {"actor": "Vladimir Putin", "type": "PhoneCall", "to": "2023-12-31"}),
])
def test_filters_select_the_timeline_events(store, filters, params):
    net = actor_network(store, **filters)
    timeline = {r["event"].value for r in run_saved(store, load_library(), "timeline", params)}
    assert set(net.events) == timeline and timeline
    edge_events = {e for edge in net.edges for e in edge.events}
    assert edge_events <= timeline


def test_country_filter_takes_its_people_too(store):
    net = actor_network(store, country="https://w3id.org/kg-news/id/country/RU")
    putin = {r["event"].value for r in run_saved(store, load_library(), "timeline", {"actor": "Vladimir Putin"})}
    russia = {r["event"].value for r in run_saved(store, load_library(), "timeline", {"actor": "Russia"})}
    assert set(net.events) == putin | russia and putin
    only_iran = actor_network(store, country=IRAN)
    assert {n.label for n in only_iran.nodes} >= {"Iran", "Russia"}
    with pytest.raises(NetworkError, match="not one of"):
        actor_network(store, event_type="Lunch")


def test_cli_network_exports(runner, example_store, tmp_path):
    out = tmp_path / "n.graphml"
    r = cli(runner, "export", "--store", example_store, "-o", out, "--country", "Iran", "--type", "WeaponSupplyAllegation")
    assert r.exit_code == 0, r.stderr
    g = nx.read_graphml(out)
    assert set(g.nodes) == {IRAN, "https://w3id.org/kg-news/id/country/RU"} and g.number_of_edges() == 1
    assert "2 nodes, 1 edges" in r.stderr
    r2 = cli(runner, "export", "--store", example_store, "-f", "graphml", "--country", "Iran", "--type", "WeaponSupplyAllegation")
    assert r2.stdout_bytes == out.read_bytes()  # stdout, and the same bytes every time
    r = cli(runner, "export", "--store", example_store, "-f", "csv-network", "-o", tmp_path / "csv", "--from", "2024-01-01")
    assert r.exit_code == 0 and (tmp_path / "csv" / "nodes.csv").is_file() and (tmp_path / "csv" / "edges.csv").is_file()
    for args, message in [
        (["-f", "csv-network"], "give a folder with -o"),
        (["-f", "ttl", "--country", "Iran"], "--country: a filter of the actor network only"),
        (["-f", "graphml", "--country", "Sergei Lavrov"], "'--country': 'Sergei Lavrov' is a Person, not a Country"),
        (["-f", "graphml", "--from", "last week"], "'--from': 'last week' is not a date"),
        (["-f", "graphml", "--type", "Lunch"], "event type 'Lunch' is not one of"),
    ]:
        r = cli(runner, "export", "--store", example_store, *args)
        assert r.exit_code == 1 and message in r.stderr and len(r.stderr.strip().splitlines()) == 1, (args, r.stderr)
