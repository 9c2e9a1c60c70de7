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

import io
import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable

from pyoxigraph import Literal, NamedNode, Variable

from kg.resources import queries_dir
from kg.vocab import KG_NS, KGR_NS, PREFIXES

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


@lru_cache(maxsize=1)
def _subclasses() -> dict[str, set[str]]:
    """Each ontology class -> itself and every class below it (kg:Actor -> Person, Country, ...)."""
    from pyoxigraph import RdfFormat, parse

    from kg.resources import ontology_dir

    sub = NamedNode(PREFIXES["rdfs"] + "subClassOf")
    below: dict[str, set[str]] = {}
    with open(ontology_dir() / "kg.ttl", "rb") as fh:
        for t in parse(fh, RdfFormat.TURTLE):
            if t.predicate == sub and isinstance(t.subject, NamedNode) and isinstance(t.object, NamedNode):
                below.setdefault(t.object.value, set()).add(t.subject.value)
    closure: dict[str, set[str]] = {}
    for top in below:
        seen, todo = {top}, [top]
        while todo:
            for c in below.get(todo.pop(), ()):
                if c not in seen:
                    seen.add(c)
                    todo.append(c)
        closure[top] = seen
    return closure

# lexicon entry types -> ontology classes, as kg.rdf writes them
_LEXICON_CLASS = {"Country": "Country", "Person": "Person", "Organization": "Organization", "NewsOutlet": "NewsOutlet",
                  "Bloc": "Bloc", "City": "City", "Region": "Place", "WeaponModel": "WeaponModel", "Office": "Office"}


def _short_class(iri: str) -> str:
    return iri[len(KG_NS):] if iri.startswith(KG_NS) else iri


def _lexicon_hits(value: str) -> dict[str, set[str]]:
    """Entities whose lexicon name, label (any language) or alias is *value*, ignoring case:
    'USA', 'America', 'Amerika Serikat' -> country:US, whether or not an article spelled it so."""
    from kg.lexicon import load_lexicon
    from kg.vocab import entity_iri

    index = _lexicon_index(load_lexicon())
    return {entity_iri(eid).value: {KG_NS + cls} for eid, cls in index.get(_fold(value), ())}


def _fold(s: str) -> str:
    return " ".join(s.split()).casefold()


@lru_cache(maxsize=4)
def _lexicon_index(lex) -> dict[str, set[tuple[str, str]]]:
    """Folded name, label or alias -> (entity id, class) of the lexicon's entities."""
    index: dict[str, set[tuple[str, str]]] = {}
    for e in lex.entities.values():
        cls = _LEXICON_CLASS.get(e.type)
        if cls is None:
            continue
        for s in [e.name, *e.aliases, *(x for vals in e.labels.values() for x in vals)]:
            index.setdefault(_fold(s), set()).add((e.id, cls))
    return index


def _store_types(store, iri: NamedNode) -> set[str]:
    q = "SELECT DISTINCT ?c ?e WHERE { ?e a ?c }"
    return {r["c"].value for r in store.query(q, substitutions={Variable("e"): iri}, use_default_graph_as_union=True)}


def _check_class(p: Param, value: str, iri: NamedNode, store, cls: str | None) -> NamedNode:
    """An IRI given for a class-typed parameter must not be known as something else."""
    if cls is None or store is None:
        return iri
    types = _store_types(store, iri)
    if types and not types & _subclasses().get(cls, {cls}):
        raise QueryError(f"parameter {p.name!r}: {value!r} is {_names(types)}, not {_a(_short_class(cls))}")
    return iri


def _names(classes) -> str:
    return _a(" / ".join(sorted(_short_class(c) for c in classes)))


def _a(noun: str) -> str:
    return ("an " if noun[:1].lower() in "aeiou" else "a ") + noun


def _label_lookup(store, p: Param, value: str, cls: str | None) -> NamedNode:
    """Resolve a label ('Iran', 'Putin', 'USA') to an entity IRI of the parameter's class,
    from the store's labels and the lexicons' labels and aliases; refuse an entity of another
    class ('Iran' for a person) and say when a label is ambiguous.

    The class is checked here, in Python: a class bound with substitutions= could only be
    tested in SPARQL with BOUND(), which is false for a substituted variable."""
    q = """SELECT DISTINCT ?e ?c ?v WHERE {
  { ?e <http://www.w3.org/2000/01/rdf-schema#label> ?l } UNION { ?e <http://www.w3.org/2004/02/skos/core#altLabel> ?l }
  FILTER(LCASE(STR(?l)) = LCASE(STR(?v)))
  OPTIONAL { ?e a ?c }
}"""
    found: dict[str, set[str]] = {}
    for r in store.query(q, substitutions={Variable("v"): Literal(value)}, use_default_graph_as_union=True):
        if isinstance(r["e"], NamedNode):
            found.setdefault(r["e"].value, set()).update({r["c"].value} if r["c"] is not None else ())
    for iri, classes in _lexicon_hits(value).items():
        found.setdefault(iri, set()).update(classes)
    if not found:
        raise QueryError(f"parameter {p.name!r}: no entity labelled {value!r} in the store or the lexicons")
    wanted = _subclasses().get(cls, {cls}) if cls else None
    hits = sorted(iri for iri, classes in found.items() if wanted is None or classes & wanted)
    if not hits:
        other = set().union(*found.values())
        raise QueryError(f"parameter {p.name!r}: {value!r} is {_names(other) if other else 'an entity of no known class'}, not {_a(_short_class(cls))}")
    if len(hits) == 1:
        return NamedNode(hits[0])
    raise QueryError(f"parameter {p.name!r}: {value!r} is ambiguous: " + ", ".join(hits[:10]))


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
    cls = KG_NS + t[3:] if t.startswith("kg:") else None
    if value.startswith(("http://", "https://", "urn:")):
        try:
            return _check_class(p, value, NamedNode(value), store, cls)
        except ValueError as e:
            raise QueryError(f"parameter {p.name!r}: {value!r} is not a valid IRI ({e})") from None
    if value.startswith("kgr:"):
        return _check_class(p, value, NamedNode(KGR_NS + value[4:]), store, cls)
    if re.match(r"^[a-z]+:[\w./-]+$", value) and value.split(":")[0] in ("country", "person", "org", "place", "bloc", "weapon", "event"):
        return _check_class(p, value, NamedNode(KGR_NS + value.replace(":", "/", 1)), store, cls)
    if store is None:
        raise QueryError(f"parameter {p.name!r}: {value!r} is not an IRI")
    return _label_lookup(store, p, value, cls)


def resolve_value(store, name: str, value: str, type: str):
    """One value as a saved query's parameter of *type* would take it: an IRI, a short form
    (``country:RU``) or a label of the store or the lexicons, checked against the class
    (``kg:Country``); a date or an event type checked likewise. Raises QueryError."""
    return _term(Param(name, type), value, store)


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
    """Run a saved query with its parameters bound as terms. A SELECT's answer leaves out the
    parameter variables: pyoxigraph binds only projected variables, so a query must project
    them, but a timeline that repeats ``actor``, ``type``, ``from`` and ``to`` on every row
    answers more than it was asked."""
    results, hidden = run_saved_raw(store, library, name, params)
    return without_columns(results, hidden)


def run_saved_raw(store, library: dict[str, SavedQuery], name: str, params: dict[str, str]):
    """(results with every column, the parameter variables to leave out): for a caller that
    drops the columns itself, faster than row by row (kg serve cuts them out of Oxigraph's TSV)."""
    if name not in library:
        raise QueryError(f"no saved query {name!r} (see `kg queries`)")
    q = library[name]
    subs = bind_params(q, params, store)
    results = store.query(q.text, prefixes=PREFIXES, use_default_graph_as_union=True, substitutions=subs or None)
    return results, {p.name for p in q.params}


def without_columns(results, hidden: set[str]):
    """SELECT results without the variables in *hidden*, still as pyoxigraph ``QuerySolutions``
    (so every caller serialises them as before) and still lazy: the rows are streamed through
    Oxigraph's TSV results parser as they are read.

    >>> from pyoxigraph import Store
    >>> r = without_columns(Store().query("SELECT ?a ?b WHERE { VALUES (?a ?b) { (1 2) } }"), {"b"})
    >>> [v.value for v in r.variables], [s["a"].value for s in r]
    (['a'], ['1'])
    """
    from pyoxigraph import QueryResultsFormat, QuerySolutions, parse_query_results

    if not isinstance(results, QuerySolutions) or not hidden & {v.value for v in results.variables}:
        return results
    return parse_query_results(_TsvRows(results, hidden), QueryResultsFormat.TSV)


class _TsvRows(io.RawIOBase):
    """A readable byte stream of SPARQL TSV made row by row from query solutions. A term's
    ``str()`` is its SPARQL/N-Triples form with tabs and newlines escaped, as TSV wants."""

    def __init__(self, results, hidden: set[str]):
        super().__init__()
        self._keep = [i for i, v in enumerate(results.variables) if v.value not in hidden]
        self._rows = iter(results)
        self._buf = ("\t".join(str(results.variables[i]) for i in self._keep) + "\n").encode("utf-8")

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:
        lines = []
        size, want = len(self._buf), len(b)
        while size < want and self._rows is not None:
            sol = next(self._rows, None)
            if sol is None:
                self._rows = None
                break
            terms = list(sol)
            line = "\t".join("" if terms[i] is None else str(terms[i]) for i in self._keep) + "\n"
            lines.append(line)
            size += len(line)
        if lines:
            self._buf += "".join(lines).encode("utf-8")
        n = min(len(b), len(self._buf))
        b[:n] = self._buf[:n]
        self._buf = self._buf[n:]
        return n
