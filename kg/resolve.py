"""Cross-article resolution: one event node per real event, with recorded merges.

Entities need little: every mention of a known person, country, place or organisation
already has the lexicon's IRI, and persons found by their office get an IRI from their
normalised name and country, so all articles share them. Resolution only keeps the shared
entities graph equal to what the articles still describe (``kg.entities``).

Events: each article graph holds that article's *reports* (``kg:EventReport``) with a
``kg:blockKey`` (event type + the countries involved; for claims supplier, recipient,
weapon and stance). Reports are only compared within a block, so resolution work grows
with the block, not with the store. An article added, replaced or removed is marked
as pending in the same transaction (``kgr:graph/pending``); the resolution that follows
clusters every block it touches (before and after) again from the reports now in the
store, rewrites their resolved events in the ``kgr:graph/events`` graph and deletes the
marks, in one transaction. A crash in between leaves the marks, and the next write
command resolves them. Clustering is a deterministic function of the block's reports, so
the merged graph is the same whatever order the articles came in.

>>> from kg.store import open_store
>>> from kg.pipeline import ingest
>>> from kg.resources import examples_dir
>>> store = open_store(None)
>>> _ = ingest([str(examples_dir() / "r04_erdogan_putin_wagner.txt"), str(examples_dir() / "r05_erdogan_telepon_putin.txt")], store)
>>> [(e["type"], len(e["sources"])) for e in resolved_events_json(store) if e["type"] == "PhoneCall"]
[('PhoneCall', 2)]
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from pyoxigraph import Literal, NamedNode, Quad, Store

from kg.dates import compatible, more_specific
from kg.entities import all_entity_subjects, entity_changes
from kg.rdf import block_key, date_literal  # noqa: F401 (block_key is part of this module's story)
from kg.store import delete_data, insert_data, pending_graphs
from kg.vocab import (ARTICLE_PREFIX, KG, KG_NS, KGR, KGR_NS, MERGED_GRAPH, PENDING_GRAPH, PROV, RDF_TYPE, RDFS,
                      SEM, SPARQL_PREFIXES, XSD)

PERSON_PREFIX = KGR_NS + "person/"
EVENT_CLASSES = {KG_NS + t: t for t in ("Meeting", "PhoneCall", "WeaponSupplyAllegation")}
_NAMES = {"Drone": "drone", "Missile": "missile", "Ammunition": "ammunition", "Artillery": "artillery",
          "Aircraft": "aircraft", "Tank": "tank", "AirDefence": "air defence", "Weapons": "weapons",
          "Alleged": "alleged", "Admitted": "admitted", "Denied": "denied", "Promised": "promised", "Disputed": "disputed"}


@dataclass
class Report:
    iri: NamedNode
    graph: NamedNode
    type: str
    key: str
    date: str | None = None
    place: NamedNode | None = None
    place_country: NamedNode | None = None
    participants: set = field(default_factory=set)
    persons: set = field(default_factory=set)
    claimed_by: set = field(default_factory=set)
    no_merge: bool = False
    quads: list = field(default_factory=list)


def _load_report(store: Store, r: NamedNode, g: NamedNode) -> Report:
    quads = list(store.quads_for_pattern(r, None, None, g))
    rep = Report(r, g, "", "", quads=quads)
    for q in quads:
        p, o = q.predicate.value, q.object
        if p == RDF_TYPE.value and o.value in EVENT_CLASSES:
            rep.type = EVENT_CLASSES[o.value]
        elif p == KG_NS + "blockKey":
            rep.key = o.value
        elif p == KG_NS + "date":
            rep.date = o.value
        elif p == SEM("hasPlace").value:
            rep.place = o
        elif p == KG_NS + "participant":
            rep.participants.add(o)
            if o.value.startswith(PERSON_PREFIX):
                rep.persons.add(o)
        elif p in (KG_NS + "claimedBy", KG_NS + "reportedBy"):
            rep.claimed_by.add(o)
        elif p == KG_NS + "noMerge":
            rep.no_merge = o.value == "true"
    if rep.place is not None:
        for q in store.quads_for_pattern(rep.place, KG("country"), None, None):
            rep.place_country = q.object
            break
    return rep


def _places_compatible(a: Report, b: Report) -> bool:
    if a.place is None or b.place is None or a.place == b.place:
        return True
    return a.place_country == b.place or b.place_country == a.place


def compatible_reports(a: Report, b: Report) -> tuple[bool, str]:
    """Can two reports of the same block be the same event? Returns (yes, why)."""
    if a.no_merge or b.no_merge:
        return False, "merging disabled"
    if not compatible(a.date, b.date) and not (a.type == "WeaponSupplyAllegation" and _within_days(a.date, b.date, 14)):
        # a claim repeated within two weeks by the same sides is the same claim; a meeting or a
        # call on another day is another event
        return False, f"dates {a.date} and {b.date} differ"
    if a.type != "WeaponSupplyAllegation":
        if not _places_compatible(a, b):
            return False, "places differ"
        if a.persons and b.persons and not (a.persons <= b.persons or b.persons <= a.persons):
            return False, "different persons"
    return True, "compatible"


def _within_days(a: str | None, b: str | None, days: int) -> bool:
    from datetime import date

    if not a or not b or len(a) != 10 or len(b) != 10:
        return False
    return abs((date.fromisoformat(a) - date.fromisoformat(b)).days) <= days


def _cluster(reports: list[Report]) -> list[list[Report]]:
    """Greedy clustering in a deterministic order (most specific reports first, then by
    IRI), so the result depends on the set of reports, never on the order of ingest.
    Each report is compared with a cluster's summary, not with every member: linear in
    the block's size."""
    order = sorted(reports, key=lambda r: (-len(r.persons), -len(r.date or ""), r.place is None, r.iri.value))
    clusters: list[tuple[Report, list[Report]]] = []  # (summary, members)
    for r in order:
        for summary, members in clusters:
            if compatible_reports(r, summary)[0]:
                members.append(r)
                summary.date = more_specific(summary.date, r.date)
                summary.place = summary.place or r.place
                summary.place_country = summary.place_country or r.place_country
                summary.persons |= r.persons
                summary.no_merge = summary.no_merge or r.no_merge
                break
        else:
            clusters.append((Report(r.iri, r.graph, r.type, r.key, r.date, r.place, r.place_country,
                                    set(r.participants), set(r.persons), set(), r.no_merge), [r]))
    return [members for _, members in clusters]


def _score(c: list[Report]) -> float:
    """Mean pairwise agreement on participants, date and place (1.0 = identical reports)."""
    if len(c) < 2:
        return 1.0
    total, n = 0.0, 0
    for i in range(len(c)):
        for j in range(i + 1, len(c)):
            a, b = c[i], c[j]
            pa, pb = a.participants, b.participants
            jac = len(pa & pb) / len(pa | pb) if pa | pb else 1.0
            d = 1.0 if a.date == b.date else (0.5 if compatible(a.date, b.date) else 0.0)
            pl = 1.0 if a.place == b.place else 0.5
            total += (jac + d + pl) / 3
            n += 1
    return round(total / n, 3)


def _event_quads(key: str, c: list[Report]) -> list[Quad]:
    c = sorted(c, key=lambda r: r.iri.value)
    anchor = c[0].iri.value
    eid = hashlib.sha256(f"{key}|{anchor}".encode()).hexdigest()[:16]
    e = KGR(f"event/{eid}")
    g = MERGED_GRAPH
    out = []

    def add(s, p, o):
        out.append(Quad(s, p, o, g))

    add(e, RDF_TYPE, KG(c[0].type))
    add(e, RDF_TYPE, KG("ResolvedEvent"))
    add(e, KG("blockKey"), Literal(key))
    date = None
    for r in c:
        date = more_specific(date, r.date)
    if date:
        add(e, KG("date"), date_literal(date))
    places = [r.place for r in c if r.place is not None]
    if places and c[0].type != "WeaponSupplyAllegation":
        # The most specific place: a city over a country; then the most reported.
        cities = [p for p in places if not p.value.startswith(KGR_NS + "country/")]
        pool = cities or places
        best = sorted(set(pool), key=lambda p: (-pool.count(p), p.value))[0]
        add(e, SEM("hasPlace"), best)
    copy_preds = {KG_NS + x for x in ("participant", "supplier", "recipient", "weaponCategory", "weaponModel", "stance",
                                       "claimedBy", "reportedBy", "topic")}
    seen = set()
    for r in c:
        add(e, KG("hasReport"), r.iri)
        add(e, PROV("wasDerivedFrom"), r.graph)
        for q in r.quads:
            if q.predicate.value in copy_preds or q.predicate.value == KG_NS + "evidence":
                t = (q.predicate.value, q.object)
                if t not in seen:
                    seen.add(t)
                    add(e, q.predicate, q.object)
    if len(c) > 1:
        m = KGR(f"merge/{eid}")
        add(m, RDF_TYPE, KG("MergeDecision"))
        add(m, KG("resolvedEvent"), e)
        for r in c:
            add(m, KG("mergedReport"), r.iri)
        add(m, KG("score"), Literal(f"{_score(c):.3f}", datatype=XSD("decimal")))
        add(m, KG("basis"), Literal(_basis(key, c)))
    return out


def _basis(key: str, c: list[Report]) -> str:
    parts = key.split("|")
    parts = parts[:1] + parts[2:]  # drop the date bucket: the dates are listed below
    what = f"same type {parts[0]}"
    if parts[0] == "WeaponSupplyAllegation":
        what += f"; supplier {parts[1].rsplit('/', 1)[-1]}, recipient {parts[2].rsplit('/', 1)[-1]}, weapon {parts[3].rsplit('#', 1)[-1]}, stance {parts[4].rsplit('#', 1)[-1]}"
    else:
        what += "; countries " + ", ".join(p.rsplit("/", 1)[-1] for p in parts[1:])
        persons = set().union(*(r.persons for r in c))
        if persons:
            what += "; persons " + ", ".join(sorted(p.value.rsplit("/", 1)[-1] for p in persons))
        places = {r.place.value.rsplit("/", 1)[-1] for r in c if r.place is not None}
        if places:
            what += "; places " + ", ".join(sorted(places))
    dates = sorted({r.date or "?" for r in c})
    what += "; dates compatible (" + ", ".join(dates) + ")"
    return what


def _blocks_of_graphs(store: Store, graphs: list[NamedNode]) -> set[str]:
    keys = set()
    for g in graphs:
        for q in store.quads_for_pattern(None, KG("blockKey"), None, g):
            keys.add(q.object.value)
        # resolved events that had a report from this article (the article may be gone now)
        for q in store.quads_for_pattern(None, PROV("wasDerivedFrom"), g, MERGED_GRAPH):
            for k in store.quads_for_pattern(q.subject, KG("blockKey"), None, MERGED_GRAPH):
                keys.add(k.object.value)
    return keys


def _reports_in_block(store: Store, key: str) -> list[Report]:
    out = []
    for q in store.quads_for_pattern(None, KG("blockKey"), Literal(key), None):
        if q.graph_name != MERGED_GRAPH and isinstance(q.graph_name, NamedNode):
            out.append(_load_report(store, q.subject, q.graph_name))
    return out


def resolve_block(block: tuple[str, list[Report]]) -> list[list[Quad]]:
    """The resolution of one block, a pure function of its key and its reports (no store):
    one list of resolved-event quads per event. Blocks are independent, so they can be
    mapped over processes or a cluster (see *map_blocks* below)."""
    key, reports = block
    return [_event_quads(key, c) for c in _cluster(reports)]


def map_locally(fn, items):
    return list(map(fn, items))


def _resolved_groups(store: Store, keys, map_blocks, group: int = 2000):
    """(new resolved-event quads, number of events) for these blocks, *group* blocks at a
    time, so memory stays bounded however many blocks there are; the reports are read here
    (the store stays with its process), the clustering is *map_blocks*' work."""
    keys = sorted(keys)
    for i in range(0, len(keys), group):
        blocks = [(key, _reports_in_block(store, key)) for key in keys[i:i + group]]
        add: list[Quad] = []
        events = 0
        for block_events in map_blocks(resolve_block, blocks):
            for quads in block_events:
                add.extend(quads)
                events += 1
        yield add, events


def _resolved_blocks(store: Store, keys, map_blocks) -> tuple[list[Quad], int]:
    add: list[Quad] = []
    events = 0
    for quads, n in _resolved_groups(store, keys, map_blocks):
        add.extend(quads)
        events += n
    return add, events


def _block_changes(store: Store, keys, map_blocks=map_locally) -> tuple[list[Quad], list[Quad], int]:
    """Re-cluster these blocks from the reports now in the store: (old resolved-event quads
    to delete, new ones to insert, number of resolved events written)."""
    remove: list[Quad] = []
    for key in sorted(keys):
        for e in [q.subject for q in store.quads_for_pattern(None, KG("blockKey"), Literal(key), MERGED_GRAPH)]:
            remove.extend(store.quads_for_pattern(e, None, None, MERGED_GRAPH))
            for mq in store.quads_for_pattern(None, KG("resolvedEvent"), e, MERGED_GRAPH):
                remove.extend(store.quads_for_pattern(mq.subject, None, None, MERGED_GRAPH))
    add, written = _resolved_blocks(store, keys, map_blocks)
    return remove, add, written


@dataclass
class Resolution:
    """What one resolution did."""

    articles: int = 0   # article graphs it covered (written, replaced or removed since the last one)
    events: int = 0     # resolved events written for the blocks those articles touch
    entities_dropped: int = 0  # resources no article describes any more

    def line(self) -> str:
        return (f"resolved {self.events} events from {self.articles} changed article(s)"
                + (f"; {self.entities_dropped} entities no article describes were dropped" if self.entities_dropped else ""))


def resolve_pending(store: Store, map_blocks=map_locally) -> Resolution:
    """Resolve every article written or removed since the last resolution (the marks in
    the pending graph), in one transaction that also deletes the marks it covers.

    Every write command ends with this, so a command killed half-way is finished by the
    next one: the marks it left are still there. Only the blocks the changed articles
    touch (before and after) are re-clustered, and only the entities they describe (or
    described) are checked, so the cost does not grow with the store.

    *map_blocks(fn, blocks)* maps :func:`resolve_block` over the blocks (``map`` here; a
    Dask client's map in :mod:`kg.distributed`)."""
    pending = pending_graphs(store)
    if not pending:
        return Resolution()
    remove, add, events = _block_changes(store, _blocks_of_graphs(store, pending), map_blocks)
    subjects = set()
    for g in pending:
        subjects.update(q.object for q in store.quads_for_pattern(g, KG("describes"), None, g))
        subjects.update(q.object for q in store.quads_for_pattern(g, KG("describedBefore"), None, PENDING_GRAPH))
    ent_remove, ent_add = entity_changes(store, subjects)
    # the marks go in the same transaction; this covers them all (the store is locked for
    # writing), so the whole pending graph is dropped rather than left empty
    _apply(store, [*remove, *ent_remove], [*add, *ent_add], f"DROP SILENT GRAPH {PENDING_GRAPH}")
    return Resolution(len(pending), events, len({q.subject for q in ent_remove if q.predicate == RDF_TYPE}))


def resolve_all(store: Store, map_blocks=map_locally, bulk: bool = False) -> Resolution:
    """Resolve the whole store again from its article graphs, in one transaction: the
    resolved events of every block, the entities graph, and no pending marks left.
    The repair of last resort (`kg resolve`); the result equals a clean build's.

    *bulk* (for ``kg load``, itself not transactional): the resolved events are written by
    Oxigraph's bulk writer, several times faster than a SPARQL update, and the pending
    marks dropped last, so a kill in between leaves them for the next write command."""
    graphs = [g for g in store.named_graphs() if isinstance(g, NamedNode) and g.value.startswith(ARTICLE_PREFIX)]
    if graphs and not any(True for _ in store.quads_for_pattern(None, KG("describes"), None, None)):
        raise ResolveError("this store was built by an older kg that did not record which article describes which "
                           "entity; build it again with `kg ingest` (into a new store)")
    keys = {q.object.value for q in store.quads_for_pattern(None, KG("blockKey"), None, None)
            if q.graph_name != MERGED_GRAPH and isinstance(q.graph_name, NamedNode)}
    if bulk:  # streamed: written group by group, never all in memory
        ent_remove, ent_add = entity_changes(store, all_entity_subjects(store))
        store.update(" ;\n".join([f"DROP SILENT GRAPH {MERGED_GRAPH}", *([delete_data(ent_remove)] if ent_remove else [])]))
        events = 0
        for quads, n in _resolved_groups(store, keys, map_blocks):
            store.bulk_extend(quads)
            events += n
        store.bulk_extend(ent_add)
        store.update(f"DROP SILENT GRAPH {PENDING_GRAPH}")
        return Resolution(len(graphs), events, len({q.subject for q in ent_remove if q.predicate == RDF_TYPE}))
    # the events graph is dropped whole below, so nothing to delete block by block
    add, events = _resolved_blocks(store, keys, map_blocks)
    ent_remove, ent_add = entity_changes(store, all_entity_subjects(store))
    store.update(" ;\n".join([f"DROP SILENT GRAPH {MERGED_GRAPH}", f"DROP SILENT GRAPH {PENDING_GRAPH}",
                               *([delete_data(ent_remove)] if ent_remove else []),
                               *([insert_data([*add, *ent_add])] if add or ent_add else [])]))
    return Resolution(len(graphs), events, len({q.subject for q in ent_remove if q.predicate == RDF_TYPE}))


class ResolveError(Exception):
    """A store that cannot be resolved; the message says why in one line."""


def _apply(store: Store, remove: list[Quad], add: list[Quad], *more: str) -> None:
    """Delete and insert (and run *more* update operations) in one transaction, one SPARQL
    update: cheaper than one per block, and readers never see a block half rewritten."""
    ops = [*more, *([delete_data(remove)] if remove else []), *([insert_data(add)] if add else [])]
    if ops:
        store.update(" ;\n".join(ops))


# ----------------------------------------------------------------------------- reading the merged view


def _label(store: Store, iri) -> str:
    if iri is None:
        return None
    local = iri.value.rsplit("#", 1)[-1]
    if iri.value.startswith(KG_NS) and local in _NAMES:
        return _NAMES[local]
    for q in store.quads_for_pattern(iri, RDFS("label"), None, None):
        if getattr(q.object, "language", None) == "en":
            return q.object.value
    return iri.value.rsplit("/", 1)[-1]


def resolved_events_json(store: Store) -> list[dict]:
    """The merged events in the corpus format of FORMAT.md (with article names as sources)."""
    names = {}
    for q in store.quads_for_pattern(None, KG("sourceName"), None, None):
        names[q.subject.value] = q.object.value
    out = []
    events = sorted({q.subject for q in store.quads_for_pattern(None, RDF_TYPE, KG("ResolvedEvent"), MERGED_GRAPH)},
                    key=lambda n: n.value)
    for e in events:
        d: dict = {"iri": e.value, "participants": [], "claimed_by": [], "sources": []}
        for q in store.quads_for_pattern(e, None, None, MERGED_GRAPH):
            p, o = q.predicate.value, q.object
            if p == RDF_TYPE.value and o.value in EVENT_CLASSES:
                d["type"] = EVENT_CLASSES[o.value]
            elif p == KG_NS + "participant":
                d["participants"].append(_label(store, o))
            elif p == SEM("hasPlace").value:
                d["place"] = _label(store, o)
            elif p == KG_NS + "date":
                d["date"] = o.value
            elif p in (KG_NS + "supplier", KG_NS + "recipient", KG_NS + "stance"):
                d[p[len(KG_NS):]] = _label(store, o)
            elif p == KG_NS + "weaponCategory":
                d["weapon"] = _label(store, o)
            elif p in (KG_NS + "claimedBy", KG_NS + "reportedBy"):
                d["claimed_by"].append(_label(store, o))
            elif p == PROV("wasDerivedFrom").value:
                d["sources"].append(names.get(o.value, o.value))
        d.setdefault("place", None)
        d.setdefault("date", None)
        d["sources"].sort()
        d["participants"].sort()
        out.append(d)
    return out


def list_merges(store: Store) -> str:
    rows = list(store.query(SPARQL_PREFIXES + """
SELECT ?e ?type ?score ?basis (COUNT(DISTINCT ?r) AS ?n) WHERE { GRAPH <https://w3id.org/kg-news/id/graph/events> {
  ?d a kg:MergeDecision ; kg:resolvedEvent ?e ; kg:score ?score ; kg:basis ?basis ; kg:mergedReport ?r .
  ?e a ?type . FILTER(?type != kg:ResolvedEvent) } }
GROUP BY ?e ?type ?score ?basis ORDER BY ?type ?e"""))
    if not rows:
        return "no merges: every event is reported by one article only (or ingest ran with --no-merge)"
    lines = [f"{len(rows)} merged event(s):"]
    for r in rows:
        lines.append(f"{r['e'].value.rsplit('/', 1)[-1]}  {r['type'].value.rsplit('#', 1)[-1]:<22} "
                     f"{r['n'].value} reports  score {r['score'].value}  {r['basis'].value}")
    lines.append("(kg merges --explain ID shows the reports side by side)")
    return "\n".join(lines)


def explain_event(store: Store, ref: str) -> str:
    e = NamedNode(ref if ref.startswith("http") else KGR_NS + "event/" + ref.rsplit("/", 1)[-1])
    reports = [q.object for q in store.quads_for_pattern(e, KG("hasReport"), None, MERGED_GRAPH)]
    if not reports:
        return f"no resolved event {ref}"
    lines = [f"event {e.value}"]
    for q in store.quads_for_pattern(None, KG("resolvedEvent"), e, MERGED_GRAPH):
        for b in store.quads_for_pattern(q.subject, KG("basis"), None, MERGED_GRAPH):
            lines.append(f"merged because: {b.object.value}")
        for s in store.quads_for_pattern(q.subject, KG("score"), None, MERGED_GRAPH):
            lines.append(f"score: {s.object.value}")
    for r in sorted(reports, key=lambda x: x.value):
        graphs = [q.graph_name for q in store.quads_for_pattern(r, RDF_TYPE, KG("EventReport"), None)]
        if not graphs:
            continue
        rep = _load_report(store, r, graphs[0])
        name = next((q.object.value for q in store.quads_for_pattern(None, KG("sourceName"), None, graphs[0])), graphs[0].value)
        lines.append(f"\n-- report {r.value.rsplit('/', 1)[-1]} from {name}")
        lines.append(f"   participants: {', '.join(sorted(_label(store, p) for p in rep.participants)) or '-'}")
        lines.append(f"   place: {_label(store, rep.place) or '-'}   date: {rep.date or '-'}")
        lines.append(f"   claimed by: {', '.join(sorted(_label(store, c) for c in rep.claimed_by)) or '-'}")
        for q in rep.quads:
            if q.predicate == KG("evidence"):
                for a in store.quads_for_pattern(q.object, NamedNode("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#anchorOf"), None, graphs[0]):
                    lines.append(f"   evidence: {a.object.value}")
    return "\n".join(lines)
