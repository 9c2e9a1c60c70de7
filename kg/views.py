"""The data of the pages ``kg serve`` draws: the timeline, the actor network, one event,
one actor. Each is a function of the store that returns plain dicts (JSON as it is
served at ``/api/...``); the pages' HTML and JavaScript only lay them out.

The timeline and the network share :func:`kg.network.actor_network`'s filters (actor,
country, event type, date range), so they always show the same events.

>>> from kg.store import open_store
>>> timeline(open_store(None))["events"]
[]
>>> event(open_store(None), "https://w3id.org/kg-news/id/event/0") is None
True
"""

from __future__ import annotations

from collections import Counter, defaultdict

from kg.network import EVENT_TYPES, NetworkError, actor_network
from kg.vocab import KG_NS, KGR_NS, MERGED_GRAPH, PREFIXES, entity_id, entity_iri

RDFS_LABEL = PREFIXES["rdfs"] + "label"
ROLES = ("participant", "supplier", "recipient")
TYPE_LABELS = {"Meeting": "Meeting", "PhoneCall": "Phone call", "WeaponSupplyAllegation": "Weapon supply"}


class ViewError(Exception):
    """A filter value that cannot be used (the message says which and why)."""


# ----------------------------------------------------------------------------- paths
def page_path(iri: str) -> str | None:
    """The page of an event or actor IRI: ``kgr:event/ab12`` -> ``/event/ab12``,
    ``kgr:country/RU`` -> ``/actor/country/RU``; None for anything else.

    >>> page_path(KGR_NS + "person/vladimir-putin")
    '/actor/person/vladimir-putin'
    """
    if not iri.startswith(KGR_NS):
        return None
    local = iri[len(KGR_NS):]
    kind, _, rest = local.partition("/")
    if not rest or "/" in rest:
        return None
    if kind == "event":
        return f"/event/{rest}"
    if kind in ("person", "country", "org", "bloc"):
        return f"/actor/{kind}/{rest}"
    return None


def _short(iri: str) -> str:
    return iri[len(KG_NS):] if iri.startswith(KG_NS) else iri.rsplit("/", 1)[-1]


# ----------------------------------------------------------------------------- filters
def resolve_filters(store, actor=None, country=None, event_type=None, date_from=None, date_to=None) -> dict:
    """The filters as :func:`actor_network` takes them: *actor* and *country* may be an IRI,
    a short form (``country:IR``) or a name from the store or the lexicons, as the saved
    queries take them; dates ``YYYY[-MM[-DD]]``. Raises ViewError."""
    import re

    from kg.queries import QueryError, resolve_value

    out = {}
    for key, value, typ in (("actor", actor, "kg:Actor"), ("country", country, "kg:Country")):
        if value:
            try:
                out[key] = resolve_value(store, key, value, typ).value
            except QueryError as e:
                raise ViewError(str(e)) from None
    if event_type:
        if event_type not in EVENT_TYPES:
            raise ViewError(f"type: {event_type!r} is not one of {', '.join(EVENT_TYPES)}")
        out["event_type"] = event_type
    for key, value in (("date_from", date_from), ("date_to", date_to)):
        if value:
            if not re.fullmatch(r"\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?", value):
                raise ViewError(f"{'from' if key == 'date_from' else 'to'}: {value!r} is not a date (YYYY-MM-DD)")
            out[key] = value
    return out


def _network(store, filters: dict):
    try:
        return actor_network(store, **filters)
    except NetworkError as e:
        raise ViewError(str(e)) from None


# ----------------------------------------------------------------------------- events in bulk
_EVENTS = f"""
SELECT ?event ?type ?date ?stance ?place ?weapon {{extra}} (COUNT(DISTINCT ?report) AS ?reports) WHERE {{{{
  GRAPH <{MERGED_GRAPH.value}> {{{{
    ?event a <{KG_NS}ResolvedEvent> , ?type . {{pattern}}
    FILTER(?type IN (<{KG_NS}Meeting>, <{KG_NS}PhoneCall>, <{KG_NS}WeaponSupplyAllegation>))
    OPTIONAL {{{{ ?event <{KG_NS}date> ?date }}}}
    OPTIONAL {{{{ ?event <{KG_NS}stance> ?stance }}}}
    OPTIONAL {{{{ ?event <{KG_NS}place> ?place }}}}
    OPTIONAL {{{{ ?event <{KG_NS}weaponCategory> ?weapon }}}}
    OPTIONAL {{{{ ?event <{KG_NS}hasReport> ?report }}}}
  }}}}
}}}} GROUP BY ?event ?type ?date ?stance ?place ?weapon {{extra}}"""

_ROLES = f"""
SELECT ?event ?role ?x {{extra}} WHERE {{{{
  GRAPH <{MERGED_GRAPH.value}> {{{{
    ?event a <{KG_NS}ResolvedEvent> ; ?role ?x . {{pattern}}
    FILTER(?role IN (<{KG_NS}participant>, <{KG_NS}supplier>, <{KG_NS}recipient>, <{KG_NS}claimedBy>))
  }}}}
}}}}"""
# the events of one actor: ?actor is bound (substitutions), in any role
_OF_ACTOR = {"extra": "?actor", "pattern": "?event ?anyRole ?actor ."}
_ALL = {"extra": "", "pattern": ""}


class _Labels:
    """English labels of IRIs, looked up once each (the store's, else the lexicon's)."""

    def __init__(self, store):
        self.store, self.cache = store, {}

    def __call__(self, iri: str) -> str:
        if iri not in self.cache:
            self.cache[iri] = self._lookup(iri)
        return self.cache[iri]

    def _lookup(self, iri: str) -> str:
        from pyoxigraph import NamedNode

        found = {}
        for q in self.store.quads_for_pattern(NamedNode(iri), NamedNode(RDFS_LABEL), None, None):
            found.setdefault(q.object.language or "", q.object.value)
        if found:
            return found.get("en") or sorted(found.items())[0][1]
        return _lexicon_labels(iri).get("en", [None])[0] or _short(iri).replace("-", " ")


def _lexicon_entry(iri: str):
    from kg.lexicon import load_lexicon

    eid = entity_id(iri)
    return load_lexicon().entities.get(eid) if eid else None


def _lexicon_labels(iri: str) -> dict[str, list[str]]:
    entry = _lexicon_entry(iri)
    return {k: list(v) for k, v in entry.labels.items()} if entry else {}


def _events(store, keep: set[str] | None = None, event: str | None = None, actor: str | None = None) -> dict[str, dict]:
    """The resolved events -- all, those in *keep*, the one *event*, or those *actor* takes
    part in (in any role) -- with type, date, stance, place, weapon, report count and actors
    by role: {iri: dict}, in date order."""
    from pyoxigraph import NamedNode, Variable

    label = _Labels(store)
    shape, subs = _ALL, None
    if event is not None:
        subs = {Variable("event"): NamedNode(event)}
    elif actor is not None:
        shape, subs = _OF_ACTOR, {Variable("actor"): NamedNode(actor)}
    out: dict[str, dict] = {}
    for r in store.query(_EVENTS.format(**shape), substitutions=subs):
        iri = r["event"].value
        if keep is not None and iri not in keep:
            continue
        out[iri] = {"iri": iri, "id": iri.rsplit("/", 1)[-1], "href": page_path(iri), "type": _short(r["type"].value),
                    "date": r["date"].value if r["date"] else "", "stance": _short(r["stance"].value) if r["stance"] else "",
                    "place": _actor_ref(r["place"].value, label) if r["place"] else None,
                    "weapon": _short(r["weapon"].value) if r["weapon"] else "", "reports": int(r["reports"].value),
                    "participant": [], "supplier": [], "recipient": [], "claimedBy": []}
    for r in store.query(_ROLES.format(**shape), substitutions=subs):
        ev = out.get(r["event"].value)
        role = _short(r["role"].value)
        if ev is not None and not any(a["iri"] == r["x"].value for a in ev[role]):
            ev[role].append(_actor_ref(r["x"].value, label))
    for ev in out.values():
        for role in ("participant", "supplier", "recipient", "claimedBy"):
            ev[role].sort(key=lambda a: (a["label"], a["iri"]))
        ev["label"] = _event_label(ev)
    return dict(sorted(out.items(), key=lambda kv: (kv[1]["date"] or "9999", kv[0])))


def _actor_ref(iri: str, label) -> dict:
    return {"iri": iri, "label": label(iri), "kind": iri[len(KGR_NS):].split("/", 1)[0] if iri.startswith(KGR_NS) else "",
            "href": page_path(iri)}


def _event_label(ev: dict) -> str:
    """'Weapon supply: Iran → Russia (missile, denied)', 'Meeting: Prabowo Subianto, Xi Jinping'."""
    names = lambda xs: ", ".join(a["label"] for a in xs)  # noqa: E731
    if ev["type"] == "WeaponSupplyAllegation":
        what = ", ".join(x.lower() for x in (ev["weapon"], ev["stance"]) if x)
        return (f"Weapon supply: {names(ev['supplier']) or '?'} → {names(ev['recipient']) or '?'}"
                + (f" ({what})" if what else ""))
    people = [a for a in ev["participant"] if a["kind"] == "person"] or ev["participant"]
    return f"{TYPE_LABELS.get(ev['type'], ev['type'])}: {names(people) or '?'}"


# ----------------------------------------------------------------------------- timeline and network
def timeline(store, actor=None, country=None, event_type=None, date_from=None, date_to=None) -> dict:
    """The events that pass the filters, in date order, with the counts per type; an event
    of unknown date is listed under ``undated`` (the chart cannot place it)."""
    filters = resolve_filters(store, actor, country, event_type, date_from, date_to)
    net = _network(store, filters)
    # what the chart and its list show (the event's page has the rest)
    keys = ("iri", "id", "href", "type", "date", "label", "stance", "reports")
    events = [{k: e[k] for k in keys} for e in _events(store, set(net.events), actor=filters.get("actor")).values()]
    dated = [e for e in events if e["date"]]
    return {"filters": filters, "types": list(EVENT_TYPES), "type_labels": TYPE_LABELS,
            "counts": {t: sum(1 for e in events if e["type"] == t) for t in EVENT_TYPES},
            "events": dated, "undated": [e for e in events if not e["date"]]}


def network(store, actor=None, country=None, event_type=None, date_from=None, date_to=None) -> dict:
    """The actor network (:func:`kg.network.actor_network`) as nodes and edges for drawing."""
    filters = resolve_filters(store, actor, country, event_type, date_from, date_to)
    net = _network(store, filters)
    nodes = [{"iri": n.id, "label": n.label, "label_id": n.label_id, "kind": n.kind, "country": n.country,
              "events": n.events, "href": page_path(n.id)} for n in net.nodes]
    edges = [{"source": e.source, "target": e.target, "type": e.type, "directed": e.directed, "weight": e.weight,
              "events": e.events, "first": e.first, "last": e.last, "stances": e.stances} for e in net.edges]
    return {"filters": filters, "types": list(EVENT_TYPES), "type_labels": TYPE_LABELS, "nodes": nodes,
            "edges": edges, "events": len(net.events)}


def actors(store) -> list[dict]:
    """Every actor of a resolved event (for the filter forms): iri, label, kind."""
    label = _Labels(store)
    seen = sorted({r["x"].value for r in store.query(_ROLES.format(**_ALL)) if _short(r["role"].value) in ROLES})
    return sorted((_actor_ref(a, label) for a in seen), key=lambda a: (a["kind"], a["label"]))


# ----------------------------------------------------------------------------- one event
_ARTICLE = f"""
SELECT ?article ?name ?headline ?published ?outlet ?url WHERE {{
  GRAPH ?article {{ ?article a <https://schema.org/NewsArticle> ; <{KG_NS}sourceName> ?name .
    OPTIONAL {{ ?article <https://schema.org/headline> ?headline }}
    OPTIONAL {{ ?article <https://schema.org/datePublished> ?published }}
    OPTIONAL {{ ?article <https://schema.org/url> ?url }}
    OPTIONAL {{ ?article <https://schema.org/publisher> ?pub }} }}
  OPTIONAL {{ GRAPH <{KGR_NS}graph/entities> {{ ?pub <{RDFS_LABEL}> ?outlet }} }}
}} LIMIT 1"""

_EVIDENCE = f"""
SELECT ?event ?report ?text ?b ?e WHERE {{
  GRAPH <{MERGED_GRAPH.value}> {{ ?event <{KG_NS}hasReport> ?report }}
  GRAPH ?g {{ ?report <{KG_NS}evidence> ?ev . ?ev <{PREFIXES['nif']}anchorOf> ?text ;
    <{PREFIXES['nif']}beginIndex> ?b ; <{PREFIXES['nif']}endIndex> ?e }}
}} ORDER BY ?report ?b"""

_MERGES = f"""
SELECT ?event ?merge ?score ?basis ?report WHERE {{ GRAPH <{MERGED_GRAPH.value}> {{
  ?merge a <{KG_NS}MergeDecision> ; <{KG_NS}resolvedEvent> ?event .
  OPTIONAL {{ ?merge <{KG_NS}score> ?score }} OPTIONAL {{ ?merge <{KG_NS}basis> ?basis }}
  OPTIONAL {{ ?merge <{KG_NS}mergedReport> ?report }} }} }} ORDER BY ?merge ?report"""

_BODY = "SELECT ?a ?body WHERE { GRAPH ?a { ?a <https://schema.org/articleBody> ?body } }"


def event(store, iri: str) -> dict | None:
    """One resolved event: what it is, who took part (or supplied whom), when and where,
    the claim's stance and claimants, every report with its article and evidence (each
    paragraph with the sentences marked), and the merge decisions that joined the reports.
    None when *iri* is no resolved event."""
    from pyoxigraph import NamedNode, Variable

    try:
        node = NamedNode(iri)
    except ValueError:
        return None
    subs = {Variable("event"): node}
    ev = _events_one(store, iri)
    if ev is None:
        return None
    reports: dict[str, dict] = {}
    # the reports, each in its article's graph (looked up one by one: a join over every
    # article graph is slow on a large store)
    report_iris = sorted(q.object.value for q in store.quads_for_pattern(node, NamedNode(KG_NS + "hasReport"), None,
                                                                         MERGED_GRAPH))
    for rep in report_iris:
        graphs = [q.graph_name for q in store.quads_for_pattern(NamedNode(rep), NamedNode(PREFIXES["rdf"] + "type"),
                                                                NamedNode(KG_NS + "EventReport"), None)]
        if not graphs:
            continue
        date = next((q.object.value for q in store.quads_for_pattern(NamedNode(rep), NamedNode(KG_NS + "date"), None,
                                                                      graphs[0])), "")
        for r in store.query(_ARTICLE, substitutions={Variable("article"): graphs[0]}):
            reports[rep] = {"iri": rep, "article": r["article"].value, "name": r["name"].value,
                            "headline": r["headline"].value if r["headline"] else r["name"].value,
                            "published": r["published"].value if r["published"] else "",
                            "outlet": r["outlet"].value if r["outlet"] else "",
                            "url": r["url"].value if r["url"] and r["url"].value.startswith(("http://", "https://")) else "",
                            "date": date, "evidence": []}
    reports = dict(sorted(reports.items(), key=lambda kv: (kv[1]["published"], kv[1]["name"], kv[0])))
    bodies: dict[str, str] = {}
    for r in store.query(_EVIDENCE, substitutions=subs):
        rep = reports.get(r["report"].value)
        if rep is None:
            continue
        art = rep["article"]
        if art not in bodies:
            bodies[art] = next((x["body"].value for x in store.query(_BODY, substitutions={Variable("a"): NamedNode(art)})), "")
        b, e = int(r["b"].value), int(r["e"].value)
        if any(x["begin"] == b and x["end"] == e for x in rep["evidence"]):
            continue  # the same sentence, evidence of two facts
        rep["evidence"].append({"text": r["text"].value, "begin": b, "end": e})
    for rep in reports.values():
        rep["paragraphs"] = paragraphs(bodies.get(rep["article"], ""), [(x["begin"], x["end"]) for x in rep["evidence"]])
    merges: dict[str, dict] = {}
    for r in store.query(_MERGES, substitutions=subs):
        m = merges.setdefault(r["merge"].value, {"iri": r["merge"].value, "score": r["score"].value if r["score"] else "",
                                                  "basis": r["basis"].value if r["basis"] else "", "reports": []})
        if r["report"] is not None and r["report"].value not in m["reports"]:
            m["reports"].append(r["report"].value)
    ev["reports_detail"] = list(reports.values())
    ev["merges"] = list(merges.values())
    return ev


def _events_one(store, iri: str) -> dict | None:
    return _events(store, event=iri).get(iri)


def paragraphs(body: str, spans: list[tuple[int, int]]) -> list[dict]:
    """The paragraphs (lines) of *body* that hold the evidence *spans*, each once, as parts
    to lay out: [{"begin", "end", "parts": [{"text", "evidence", "begin", "end"}]}]. A span
    that overlaps an earlier one is not marked twice.

    >>> [[(p["text"], p["evidence"]) for p in para["parts"]] for para in paragraphs("A b. C d.\\nE f.", [(5, 9), (0, 4)])]
    [[('A b.', True), (' ', False), ('C d.', True)]]
    """
    by_para: dict[tuple[int, int], list[tuple[int, int]]] = defaultdict(list)
    for b, e in sorted(spans):
        if not (0 <= b < e <= len(body)):
            continue
        start = body.rfind("\n", 0, b) + 1
        stop = body.find("\n", e)
        by_para[(start, len(body) if stop < 0 else stop)].append((b, e))
    out = []
    for (start, stop), marks in sorted(by_para.items()):
        if out and start < out[-1]["end"]:  # a span across lines: already shown
            continue
        parts, pos = [], start
        for b, e in marks:
            if b < pos:
                continue
            if b > pos:
                parts.append({"text": body[pos:b], "evidence": False, "begin": pos, "end": b})
            parts.append({"text": body[b:e], "evidence": True, "begin": b, "end": e})
            pos = e
        if pos < stop:
            parts.append({"text": body[pos:stop], "evidence": False, "begin": pos, "end": stop})
        out.append({"begin": start, "end": stop, "parts": parts})
    return out


# ----------------------------------------------------------------------------- one actor
_ACTOR = f"""
SELECT ?actor ?p ?o WHERE {{ GRAPH <{KGR_NS}graph/entities> {{ ?actor ?p ?o }} }}"""

_POSITIONS = f"""
SELECT ?actor ?position ?label ?office ?country WHERE {{ GRAPH <{KGR_NS}graph/entities> {{
  ?actor <{KG_NS}holdsPosition> ?position .
  OPTIONAL {{ ?position <http://www.w3.org/2000/01/rdf-schema#label> ?label }}
  OPTIONAL {{ ?position <{KG_NS}office> ?office }}
  OPTIONAL {{ ?position <{KG_NS}ofCountry> ?country }} }} }} ORDER BY ?position"""


def actor(store, iri: str) -> dict | None:
    """One actor (person, country, organisation, bloc): its labels in English and
    Indonesian (the store's and the lexicon's), the Wikidata link where known, its offices
    (kg:holdsPosition), its events by role and type, and its counterparts (the actors it
    met, called, supplied or was supplied by, with how often). None for an unknown IRI."""
    from pyoxigraph import NamedNode, Variable

    try:
        node = NamedNode(iri)
    except ValueError:
        return None
    subs = {Variable("actor"): node}
    kinds, labels, wikidata, country = [], defaultdict(list), "", ""
    for r in store.query(_ACTOR, substitutions=subs):
        p, o = r["p"].value, r["o"]
        if p == PREFIXES["rdf"] + "type":
            kinds.append(_short(o.value))
        elif p in (RDFS_LABEL, PREFIXES["skos"] + "altLabel", PREFIXES["skos"] + "prefLabel"):
            if o.value not in labels[o.language or ""]:
                labels[o.language or ""].append(o.value)
        elif p == "https://schema.org/sameAs" and "wikidata.org" in o.value:
            wikidata = o.value
        elif p == KG_NS + "country":
            country = o.value
    entry = _lexicon_entry(iri)
    if not kinds and entry is None:
        return None
    for lang, values in _lexicon_labels(iri).items():
        for v in values:
            if v not in labels[lang]:
                labels[lang].append(v)
    if entry is not None:
        if not wikidata and entry.get("wikidata"):
            wikidata = f"http://www.wikidata.org/entity/{entry.get('wikidata')}"
        if not country and entry.country:
            country = entity_iri(entry.country).value
    label = _Labels(store)
    offices = [{"iri": r["position"].value,
                "label": r["label"].value if r["label"] else _short(r["position"].value).replace("-", " "),
                "office": _short(r["office"].value) if r["office"] else "",
                "country": _actor_ref(r["country"].value, label) if r["country"] else None}
               for r in store.query(_POSITIONS, substitutions=subs)]
    for o in offices:  # the term of office, where the lexicon knows it
        for pos in (entry.get("positions") or []) if entry is not None else []:
            if (pos.get("office") == "office:" + o["office"] and o["country"]
                    and entity_iri(pos.get("country") or "").value == o["country"]["iri"]):
                o["start"], o["end"] = pos.get("start") or "", pos.get("end") or ""
    events = []
    by_role: dict[str, Counter] = defaultdict(Counter)
    counterparts: dict[str, dict] = {}
    own_kind = iri[len(KGR_NS):].split("/", 1)[0]

    def meet(other: dict, relation: str) -> None:
        c = counterparts.setdefault(other["iri"], {**other, "events": 0, "types": Counter()})
        c["events"] += 1
        c["types"][relation] += 1

    for ev in _events(store, actor=iri).values():
        roles = [role for role in ("participant", "supplier", "recipient", "claimedBy")
                 if any(a["iri"] == iri for a in ev[role])]
        for role in roles:
            by_role[role][ev["type"]] += 1
        events.append({k: ev[k] for k in ("iri", "id", "href", "type", "date", "label", "stance", "reports")}
                      | {"roles": roles})
        # counterparts as the network joins them: met or called someone of the same kind
        # (person-person, country-country), supplied or was supplied by
        if "participant" in roles and ev["type"] != "WeaponSupplyAllegation":
            for a in ev["participant"]:
                if a["iri"] != iri and a["kind"] == own_kind:
                    meet(a, ev["type"])
        for mine, theirs, relation in (("supplier", "recipient", "supplies"), ("recipient", "supplier", "supplied by")):
            if mine in roles:
                for a in ev[theirs]:
                    if a["iri"] != iri:
                        meet(a, relation)
    counterparts_list = sorted(({**c, "types": dict(sorted(c["types"].items()))} for c in counterparts.values()),
                               key=lambda c: (-c["events"], c["label"]))
    return {"iri": iri, "href": page_path(iri), "label": label(iri), "kind": (kinds or [entry.type if entry else ""])[0],
            "labels": {k: v for k, v in sorted(labels.items()) if v}, "wikidata": wikidata,
            "country": _actor_ref(country, label) if country else None, "offices": offices,
            "roles": {role: dict(sorted(by_role[role].items())) for role in (*ROLES, "claimedBy") if role in by_role},
            "events": events, "counterparts": counterparts_list}
