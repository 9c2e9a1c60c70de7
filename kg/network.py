"""The actor network: who met, called or armed whom, as nodes and weighted edges.

Countries and persons are the nodes; resolved events are the edges, one edge per pair of
actors and event type, weighted by the number of events:

- a Meeting or PhoneCall joins every two participants of the same kind (person–person,
  country–country; a person's own country is a node attribute, not an edge), undirected;
- a WeaponSupplyAllegation goes from the supplier to the recipient, directed, with the
  claims' stances counted ("alleged 2, denied 1").

The filters are the ``timeline`` query's (actor, type, date range) plus a country: the
events in which the country takes part itself or through one of its people. ``kg export
--format graphml|csv-network`` writes the network for Gephi, Cytoscape and Neo4j; a web
page can draw it from :func:`actor_network` too.

>>> from kg.store import open_store
>>> net = actor_network(open_store(None))
>>> (len(net.nodes), len(net.edges))
(0, 0)
"""

from __future__ import annotations

import csv
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from kg.vocab import KG_NS, MERGED_GRAPH, entity_id

EVENT_TYPES = ("Meeting", "PhoneCall", "WeaponSupplyAllegation")
NODE_KINDS = ("Country", "Person")


class NetworkError(Exception):
    """A filter that cannot be applied (the message says which and why)."""


@dataclass
class Node:
    id: str  # the actor's IRI
    label: str
    kind: str  # Country | Person
    label_id: str = ""  # the Indonesian label (the store's, else the lexicon's)
    country: str = ""  # a person's country (IRI)
    events: int = 0  # events of the network the actor takes part in


@dataclass
class Edge:
    source: str
    target: str
    type: str  # Meeting | PhoneCall | WeaponSupplyAllegation
    directed: bool  # a supply goes from the supplier to the recipient
    events: list[str] = field(default_factory=list)  # the events' IRIs, sorted
    first: str = ""  # earliest and latest known date of its events
    last: str = ""
    stances: str = ""  # supplies: "alleged 2, denied 1"

    @property
    def weight(self) -> int:
        return len(self.events)


@dataclass
class Network:
    nodes: list[Node]
    edges: list[Edge]
    events: list[str] = field(default_factory=list)  # every event that passed the filters, sorted

    def to_networkx(self):
        """A networkx ``MultiDiGraph`` (one edge per pair and event type; a meeting or call is
        written once, from the lower IRI, with ``directed=False``)."""
        import networkx as nx

        g = nx.MultiDiGraph(name="kg actor network")
        for n in self.nodes:
            g.add_node(n.id, label=n.label, label_id=n.label_id, kind=n.kind, country=n.country, events=n.events)
        for e in self.edges:
            g.add_edge(e.source, e.target, key=e.type, type=e.type, directed=e.directed, weight=e.weight,
                       event_iris=" ".join(e.events), first=e.first, last=e.last, stances=e.stances)
        return g


_ROWS = f"""
SELECT ?event ?type ?date ?stance ?role ?actor ?kind WHERE {{
  GRAPH <{MERGED_GRAPH.value}> {{
    ?event a ?type ; ?role ?actor .
    FILTER(?type IN (<{KG_NS}Meeting>, <{KG_NS}PhoneCall>, <{KG_NS}WeaponSupplyAllegation>))
    FILTER(?role IN (<{KG_NS}participant>, <{KG_NS}supplier>, <{KG_NS}recipient>))
    OPTIONAL {{ ?event <{KG_NS}date> ?date }}
    OPTIONAL {{ ?event <{KG_NS}stance> ?stance }}
  }}
  OPTIONAL {{ ?actor a ?kind }}
}}"""

_LABELS = f"""
SELECT ?actor ?label ?country WHERE {{
  ?actor <http://www.w3.org/2000/01/rdf-schema#label> ?label .
  OPTIONAL {{ ?actor <{KG_NS}country> ?country }}
}}"""


def actor_network(store, actor: str | None = None, country: str | None = None, event_type: str | None = None,
                  date_from: str | None = None, date_to: str | None = None,
                  kinds: tuple[str, ...] = NODE_KINDS) -> Network:
    """The network of the resolved events that pass the filters. *actor* and *country* are
    IRIs; *event_type* one of EVENT_TYPES; *date_from*/*date_to* ``YYYY[-MM[-DD]]`` (an event
    of unknown date is left out when either is given; a month-precise date is compared by its
    own precision, as in the ``timeline`` query)."""
    if event_type is not None and event_type not in EVENT_TYPES:
        raise NetworkError(f"event type {event_type!r} is not one of {', '.join(EVENT_TYPES)}")
    events: dict[str, dict] = {}
    kind_of: dict[str, str] = {}
    for r in store.query(_ROWS, use_default_graph_as_union=True):
        ev = events.setdefault(r["event"].value, {"type": r["type"].value[len(KG_NS):], "date": "", "stance": "",
                                                  "participant": set(), "supplier": set(), "recipient": set()})
        if r["date"] is not None:
            ev["date"] = r["date"].value
        if r["stance"] is not None:
            ev["stance"] = r["stance"].value[len(KG_NS):].lower()
        ev[r["role"].value[len(KG_NS):]].add(r["actor"].value)
        if r["kind"] is not None and r["kind"].value.startswith(KG_NS):
            kind_of[r["actor"].value] = r["kind"].value[len(KG_NS):]
    labels: dict[str, dict[str, str]] = defaultdict(dict)
    country_of: dict[str, str] = {}
    for r in store.query(_LABELS, use_default_graph_as_union=True):
        a = r["actor"].value
        if a in kind_of:
            labels[a].setdefault(r["label"].language or "", r["label"].value)
            if r["country"] is not None:
                country_of[a] = r["country"].value

    def actors(ev):
        return ev["participant"] | ev["supplier"] | ev["recipient"]

    def keep(ev) -> bool:
        if event_type and ev["type"] != event_type:
            return False
        if actor and actor not in actors(ev):
            return False
        if country and country not in actors(ev) and not any(country_of.get(a) == country for a in actors(ev)):
            return False
        d = ev["date"]
        if date_from and not (d and d >= date_from):
            return False
        if date_to and not (d and d[:len(date_to)] <= date_to):
            return False
        return True

    chosen = {iri: ev for iri, ev in sorted(events.items()) if keep(ev)}
    edges: dict[tuple[str, str, str], Edge] = {}
    stances: dict[tuple[str, str, str], Counter] = defaultdict(Counter)
    involved: Counter = Counter()
    for iri, ev in chosen.items():
        nodes = sorted(a for a in actors(ev) if kind_of.get(a) in kinds)
        involved.update(nodes)
        if ev["type"] == "WeaponSupplyAllegation":
            pairs = [(s, r, True) for s in sorted(ev["supplier"]) for r in sorted(ev["recipient"])
                     if kind_of.get(s) in kinds and kind_of.get(r) in kinds and s != r]
        else:
            pairs = [(a, b, False) for i, a in enumerate(nodes) for b in nodes[i + 1:] if kind_of[a] == kind_of[b]]
        for a, b, directed in pairs:
            key = (a, b, ev["type"])
            e = edges.setdefault(key, Edge(a, b, ev["type"], directed))
            e.events.append(iri)
            if ev["stance"]:
                stances[key][ev["stance"]] += 1
            if ev["date"]:
                e.first = min(e.first or ev["date"], ev["date"])
                e.last = max(e.last, ev["date"])
    for key, e in edges.items():
        if stances.get(key):
            e.stances = ", ".join(f"{s} {n}" for s, n in sorted(stances[key].items()))
    nodes = [Node(a, labels[a].get("en") or next(iter(labels[a].values()), a.rsplit("/", 1)[-1]), kind_of[a],
                  labels[a].get("id") or _lexicon_label(a, "id"), country_of.get(a, "") if kind_of[a] != "Country" else "", n)
             for a, n in sorted(involved.items())]
    return Network(nodes, [edges[k] for k in sorted(edges)], list(chosen))


def _lexicon_label(iri: str, lang: str) -> str:
    """The lexicon's first label in *lang* for an entity IRI (``kgr:country/RU`` -> "Rusia")."""
    from kg.lexicon import load_lexicon

    eid = entity_id(iri)
    entry = load_lexicon().entities.get(eid) if eid else None
    return next(iter(entry.labels.get(lang, [])), "") if entry else ""


# ----------------------------------------------------------------------------- writing
def write_graphml(net: Network, output) -> None:
    """GraphML (a path or a binary file) through networkx: Gephi, Cytoscape desktop, yEd and
    Neo4j's APOC read it. Nodes carry label, label_id, kind, country and events; edges type,
    directed, weight, first, last, stances and event_iris."""
    import io

    try:
        import networkx as nx
    except ImportError:
        raise NetworkError("GraphML is written with networkx: pip install 'kg[graph]' (or pip install networkx)") from None
    buf = io.BytesIO()
    # networkx's ElementTree writer: its lxml one writes nothing to a stream such as stdout
    nx.write_graphml_xml(net.to_networkx(), buf, encoding="utf-8", prettyprint=True, named_key_ids=False)
    if isinstance(output, (str, Path)):
        Path(output).write_bytes(buf.getvalue())
    else:
        output.write(buf.getvalue())


NODE_COLUMNS = ["Id", "Label", "Label_id", "Kind", "Country", "Events"]
EDGE_COLUMNS = ["Source", "Target", "Type", "Relation", "Weight", "First", "Last", "Stances", "Events"]


def write_csv(net: Network, folder: str | Path) -> tuple[Path, Path]:
    """``nodes.csv`` and ``edges.csv`` in *folder*, with the column names Gephi's spreadsheet
    import recognises (Id, Label; Source, Target, Type = Directed/Undirected, Weight); the
    event type is ``Relation``. Neo4j reads them with LOAD CSV, Cytoscape as a network table."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    nodes_path, edges_path = folder / "nodes.csv", folder / "edges.csv"
    with nodes_path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(NODE_COLUMNS)
        for n in net.nodes:
            w.writerow([n.id, n.label, n.label_id, n.kind, n.country, n.events])
    with edges_path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(EDGE_COLUMNS)
        for e in net.edges:
            w.writerow([e.source, e.target, "Directed" if e.directed else "Undirected", e.type, e.weight,
                        e.first, e.last, e.stances, " ".join(e.events)])
    return nodes_path, edges_path
