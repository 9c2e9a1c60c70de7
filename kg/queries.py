"""Saved SPARQL queries: one ``.rq`` file per query, metadata in a comment header.

The header is a block of ``#+ key: value`` lines (as in grlc), for example::

    #+ title: Phone calls of a person
    #+ description: Every phone call a person took part in, with its evidence.
    #+ param: person | kg:Person | required | | The person (IRI or name)
    #+ param: from | xsd:date | optional | 2000-01-01 | Earliest date
    #+ param: type | kg:EventClass | optional | | Event type | Meeting,PhoneCall,WeaponSupplyAllegation
    #+ example: kg query phone-calls --param person="Vladimir Putin"

Parameters are SPARQL variables (``?person``) bound as RDF terms through pyoxigraph's
``substitutions=``; their values are never pasted into the query text. Two rules of
pyoxigraph's substitution that query authors must know: a substituted variable must be
in the SELECT projection (and of every subquery that uses it), and ``BOUND(?x)`` stays
false for it, so an optional parameter is tested with ``COALESCE(STR(?x), "") = ""``
(true when not given). And one for speed: pyoxigraph plans a query before it sees the
substituted values, so a query should start from its parameter's pattern and fill in the
rest per match with ``LATERAL { ... }`` (Oxigraph's SEP-0006), as ``phone-calls.rq`` does;
written as one flat group, the planner may evaluate the rest for every event first.

>>> lib = load_library()
>>> "timeline" in lib
True
>>> bind_params(lib["phone-calls"], {"person": "https://w3id.org/kg-news/id/person/vladimir-putin"}, None)
{<Variable value=person>: <NamedNode value=https://w3id.org/kg-news/id/person/vladimir-putin>}
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Callable, Iterable

from pyoxigraph import Literal, NamedNode, Variable

from kg.resources import queries_dir
from kg.vocab import KG_NS, KGR_NS, PREFIXES, SPARQL_PREFIXES

XSD = PREFIXES["xsd"]
NAME_RX = re.compile(r"^[a-z0-9][a-z0-9_-]*$")


class QueryError(Exception):
    """A saved query that is malformed, unknown, or called with bad parameters."""


@dataclass
class Param:
    name: str
    type: str  # IRI | xsd:date | xsd:string | xsd:integer | kg:<Class>
    required: bool = False
    default: str | None = None
    description: str = ""
    values: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"name": self.name, "type": self.type, "required": self.required, "default": self.default,
                "description": self.description, "values": self.values or None}


@dataclass
class SavedQuery:
    name: str
    path: Path
    text: str
    title: str = ""
    description: str = ""
    params: list[Param] = field(default_factory=list)
    examples: list[str] = field(default_factory=list)

    def metadata(self) -> dict:
        return {"name": self.name, "title": self.title, "description": self.description,
                "parameters": [p.to_dict() for p in self.params], "examples": self.examples}


def parse_query_file(path: Path) -> SavedQuery:
    text = path.read_text(encoding="utf-8")
    name = path.stem
    if not NAME_RX.match(name):
        raise QueryError(f"{path}: a saved query's file name must be lower-case letters, digits, - or _")
    q = SavedQuery(name=name, path=path, text=text)
    for n, line in enumerate(text.splitlines(), 1):
        if not line.startswith("#+"):
            continue
        key, _, value = line[2:].partition(":")
        key, value = key.strip().lower(), value.strip()
        if key == "title":
            q.title = value
        elif key == "description":
            q.description = (q.description + " " + value).strip()
        elif key == "example":
            q.examples.append(value)
        elif key == "param":
            parts = [p.strip() for p in value.split("|")]
            if len(parts) < 2 or not re.match(r"^\w+$", parts[0]):
                raise QueryError(f"{path}:{n}: a param line is 'name | type | required/optional | default | description | allowed,values'")
            parts += [""] * (6 - len(parts))
            if parts[2] not in ("required", "optional", ""):
                raise QueryError(f"{path}:{n}: parameter {parts[0]!r}: third field must be 'required' or 'optional'")
            q.params.append(Param(parts[0], parts[1], parts[2] == "required", parts[3] or None, parts[4],
                                  [v.strip() for v in parts[5].split(",") if v.strip()]))
        else:
            raise QueryError(f"{path}:{n}: unknown header key {key!r} (title, description, param, example)")
    if not q.title:
        raise QueryError(f"{path}: missing '#+ title:' header line")
    try:
        from pyoxigraph import Store

        Store().query(text, prefixes=PREFIXES)  # syntax check on an empty store
    except SyntaxError as e:
        raise QueryError(f"{path}: SPARQL syntax error: {str(e).splitlines()[0]}") from None
    for p in q.params:
        if f"?{p.name}" not in text and f"${p.name}" not in text:
            raise QueryError(f"{path}: parameter {p.name!r} is not used as ?{p.name} in the query")
    return q


def load_library(extra_dirs: Iterable[str | Path] = (), warn: Callable[[str], None] | None = None) -> dict[str, SavedQuery]:
    """The shipped saved queries plus the user's folders; a malformed file is reported
    through *warn* and skipped, the others still load."""
    lib: dict[str, SavedQuery] = {}
    for d in [queries_dir(), *map(Path, extra_dirs)]:
        if not d.is_dir():
            if warn:
                warn(f"{d}: queries folder not found")
            continue
        for f in sorted(d.glob("*.rq")):
            try:
                lib[f.stem] = parse_query_file(f)
            except (QueryError, UnicodeDecodeError, OSError) as e:
                if warn:
                    warn(str(e))
    return lib


def _label_lookup(store, value: str, cls: str | None) -> NamedNode:
    """Resolve a label ('Iran', 'Putin') to an entity IRI, or say it is ambiguous."""
    from pyoxigraph import Variable as V

    # The class only picks among several entities of that label, and is checked here, not in
    # the query: the entities carry their own class (kg:Country), not the parameter's
    # superclass (kg:Actor); and a FILTER on BOUND(?cls) is not portable (pyoxigraph's
    # substitutions= leave BOUND() false, a VALUES block on a remote store makes it true).
    q = SPARQL_PREFIXES + """
SELECT ?e ?v (GROUP_CONCAT(DISTINCT STR(?c); separator=" ") AS ?classes) WHERE {
  { ?e rdfs:label ?l } UNION { ?e skos:altLabel ?l }
  FILTER(LCASE(STR(?l)) = LCASE(STR(?v)))
  OPTIONAL { ?e a ?c }
} GROUP BY ?e ?v ORDER BY ?e LIMIT 10"""
    rows = [(r["e"], r["classes"].value.split()) for r in store.query(q, substitutions={V("v"): Literal(value)},
                                                                        use_default_graph_as_union=True)]
    hits = [e for e, classes in rows if cls and cls in classes] or [e for e, _ in rows]
    if not hits and " " in value:  # "Putin" for "Vladimir Putin" and the like
        pass
    if len(hits) == 1:
        return hits[0]
    if not hits:
        raise QueryError(f"no entity labelled {value!r} in the store")
    raise QueryError(f"{value!r} is ambiguous: " + ", ".join(h.value for h in hits))


def _term(p: Param, value: str, store) -> NamedNode | Literal:
    t = p.type
    if p.values and value not in p.values:
        raise QueryError(f"parameter {p.name!r}: {value!r} is not one of {', '.join(p.values)}")
    if t in ("xsd:date",):
        try:
            date.fromisoformat(value)
        except ValueError:
            raise QueryError(f"parameter {p.name!r}: {value!r} is not a date (YYYY-MM-DD)") from None
        return Literal(value, datatype=NamedNode(XSD + "date"))
    if t in ("xsd:integer", "xsd:int"):
        if not re.match(r"^-?\d+$", value):
            raise QueryError(f"parameter {p.name!r}: {value!r} is not an integer")
        return Literal(value, datatype=NamedNode(XSD + "integer"))
    if t == "xsd:string":
        return Literal(value)
    if t == "kg:EventClass":
        return NamedNode(KG_NS + value)
    # IRI or an ontology class: an IRI, a kgr: short form, or a label
    if value.startswith(("http://", "https://", "urn:")):
        try:
            return NamedNode(value)
        except ValueError as e:
            raise QueryError(f"parameter {p.name!r}: {value!r} is not a valid IRI ({e})") from None
    if value.startswith("kgr:"):
        return NamedNode(KGR_NS + value[4:])
    if re.match(r"^[a-z]+:[\w./-]+$", value) and value.split(":")[0] in ("country", "person", "org", "place", "bloc", "weapon", "event"):
        return NamedNode(KGR_NS + value.replace(":", "/", 1))
    if store is None:
        raise QueryError(f"parameter {p.name!r}: {value!r} is not an IRI")
    cls = KG_NS + t[3:] if t.startswith("kg:") else None
    return _label_lookup(store, value, cls)


def bind_params(q: SavedQuery, given: dict[str, str], store) -> dict:
    """Check and convert parameters to RDF terms keyed by SPARQL variable."""
    known = {p.name for p in q.params}
    for k in given:
        if k not in known:
            raise QueryError(f"{q.name}: unknown parameter {k!r} (has: {', '.join(sorted(known)) or 'none'})")
    subs = {}
    for p in q.params:
        value = given.get(p.name, p.default)
        if value is None or value == "":
            if p.required:
                raise QueryError(f"{q.name}: missing required parameter {p.name!r} ({p.type}): {p.description}")
            continue
        subs[Variable(p.name)] = _term(p, value, store)
    return subs


def run_saved(store, library: dict[str, SavedQuery], name: str, params: dict[str, str]):
    if name not in library:
        raise QueryError(f"no saved query {name!r} (see `kg queries`)")
    q = library[name]
    subs = bind_params(q, params, store)
    return store.query(q.text, prefixes=PREFIXES, use_default_graph_as_union=True, substitutions=subs or None)
