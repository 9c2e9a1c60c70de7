"""The Oxigraph store: one named graph per article, plus the resolved-events graph.

>>> s = open_store(None)                     # in memory
>>> from pyoxigraph import Quad, Literal
>>> g = article_iri("abc")
>>> write_graph(s, g, [Quad(g, SCHEMA("headline"), Literal("Hi"), g)])
'added'
>>> pending_graphs(s) == [g]         # the article awaits resolution (kg.resolve.resolve_pending)
True
>>> remove_graph(s, g); s.contains_named_graph(g)
False
"""

from __future__ import annotations

import os
from itertools import chain
from pathlib import Path
from typing import Iterable

from pyoxigraph import DefaultGraph, NamedNode, Quad, QueryResultsFormat, RdfFormat, Store

from kg.vocab import (ARTICLE_PREFIX, DERIVED_GRAPHS, ENTITIES_GRAPH, KG, MERGED_GRAPH, PENDING_GRAPH, PREFIXES, RDF_TYPE,
                      SCHEMA, SPARQL_PREFIXES)
from kg.vocab import article_iri  # noqa: F401 (part of this module's doctest)

DEFAULT_STORE = "kg-store"


class StoreError(Exception):
    """A store that cannot be opened or written; the message says why in one line."""


def default_store_path() -> str:
    """$KG_STORE or ./kg-store: a folder, or the URL of a SPARQL server (http://...)."""
    return os.environ.get("KG_STORE") or DEFAULT_STORE


def is_remote(location) -> bool:
    """True for a store given as an http(s) URL: a SPARQL server (kg.remote), not a folder."""
    return isinstance(location, str) and location.lower().startswith(("http://", "https://"))


def check_store(path: str | os.PathLike) -> None:
    """StoreError unless *path* holds a store (without opening it); a URL is checked when
    it is opened (each process of `kg serve` asks the server itself)."""
    if is_remote(path):
        return
    if not (Path(path) / "CURRENT").exists():
        raise StoreError(f"{path}: no kg store here (run `kg ingest` first, or pass --store)")


def open_store(path: str | os.PathLike | None, read_only: bool = False) -> Store:
    """Open (or create) an on-disk store, an in-memory one when *path* is None, or a SPARQL
    server when *path* is an http(s) URL (a kg.remote.RemoteStore, with the same methods;
    the server is asked an empty question first, and an empty update for a writer, so an
    unreachable or refusing server is one StoreError here). The one place that decides."""
    if path is None:
        return Store()
    if is_remote(path):
        try:
            import httpx  # noqa: F401
            from kg.remote import RemoteStore
        except ImportError:
            raise StoreError(f"{path}: a remote store needs httpx: pip install 'kg[remote]'") from None
        remote = RemoteStore.from_env(path)
        remote.check(write=not read_only)
        return remote
    p = Path(path)
    try:
        if read_only:
            check_store(p)
            return Store.read_only(str(p))
        if p.exists() and not p.is_dir():
            raise StoreError(f"{p}: exists and is not a folder")
        p.mkdir(parents=True, exist_ok=True)
        if not os.access(p, os.W_OK):
            raise StoreError(f"{p}: store folder is not writable (permission denied)")
        return Store(str(p))
    except PermissionError:
        raise StoreError(f"{p}: store folder is not writable (permission denied)") from None
    except (OSError, RuntimeError) as e:  # pyoxigraph raises RuntimeError for a store it cannot read
        msg = str(e)
        if "column family not found" in msg.lower():
            raise StoreError(f"{p}: the store is incomplete (a command creating it was interrupted); run the same "
                             "write command again, or `kg resolve`, to finish it") from None
        if "lock" in msg.lower() or "temporarily unavailable" in msg.lower():
            raise StoreError(f"{p}: the store is in use by another process (is `kg serve` running on it?); "
                             "stop it, or query it over HTTP") from None
        if any(w in msg.lower() for w in ("permission", "read-only file system", "operation not permitted")):
            raise StoreError(f"{p}: store folder is not writable (permission denied)") from None
        raise StoreError(f"{p}: cannot open the store ({msg.splitlines()[0]})") from None


LOCK_FILE = "kg.lock"
_held_locks: dict[str, list] = {}  # folder -> [fd, exclusive, users]: one lock per folder per process


def lock_store(path: str | os.PathLike, exclusive: bool):
    """Take kg's advisory lock on a store folder: shared for readers (``kg serve``, ``kg query``),
    exclusive for writers (``kg ingest``, ``kg remove``, ``kg import``, ``kg serve --allow-update``).
    Returns a function that releases it (the lock also ends with the process), or None where
    nothing was locked.

    Needed because Oxigraph opens a store read-only without locking it, so a writer could
    change the files under a reader (undefined behaviour in pyoxigraph; a read-only server would
    not see the change anyway). The lock is a file ``kg.lock`` in the folder, which Oxigraph
    ignores. Within one process the lock is shared by its users (the process coordinates its own
    handles). Nothing is done where ``flock`` does not exist or the folder cannot be written (no
    writer can change it then)."""
    if is_remote(path):  # the server coordinates its own writers
        return None
    try:
        import fcntl
    except ImportError:  # Windows: no advisory locks here
        return None
    p = Path(path)
    key = os.path.realpath(p)
    held = _held_locks.get(key)
    if held is None:
        try:
            fd = os.open(p / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError:
            return None
        held = [fd, False, 0]
    fd = held[0]
    if held[2] == 0 or (exclusive and not held[1]):
        want = exclusive or held[1]
        try:
            fcntl.flock(fd, (fcntl.LOCK_EX if want else fcntl.LOCK_SH) | fcntl.LOCK_NB)
        except OSError:
            if held[2] == 0:
                os.close(fd)
            if exclusive:
                raise StoreError(f"{p}: the store is in use by another process (is `kg serve` running on it?); "
                                 "stop it, or query it over HTTP") from None
            raise StoreError(f"{p}: the store is being written by another process (`kg ingest`, `kg remove`, "
                             "`kg import` or `kg serve --allow-update`); try again when it is done, or query "
                             "that server over HTTP") from None
        held[1] = want
    held[2] += 1
    _held_locks[key] = held

    def release():
        if held[2] <= 0:
            return
        held[2] -= 1
        if held[2] == 0:
            _held_locks.pop(key, None)
            os.close(held[0])  # closing the file releases the lock

    return release


def release_locks() -> None:
    """Release every store lock this process holds (what its end would do): for running
    CLI commands in-process, one after the other, as the tests do."""
    for held in list(_held_locks.values()):
        held[2] = 0
        os.close(held[0])
    _held_locks.clear()


def graph_hash(store: Store, graph: NamedNode) -> str | None:
    """The content hash recorded for an article graph, or None if absent."""
    for q in store.quads_for_pattern(graph, KG("contentHash"), None, graph):
        return q.object.value
    return None


def graphs_from_source(store: Store, source_path: str) -> list[NamedNode]:
    """Article graphs previously read from the same file (so an edited file replaces them)."""
    from pyoxigraph import Literal

    return [q.graph_name for q in store.quads_for_pattern(None, KG("sourceFile"), Literal(source_path), None)
            if isinstance(q.graph_name, NamedNode)]


def pending_marks(store: Store, graphs: Iterable[NamedNode]) -> list[Quad]:
    """The quads that say these article graphs changed and their events and entities are
    not resolved yet: each graph is typed ``kg:PendingResolution`` in the pending graph, and
    the resources its present version describes are listed (``kg:describedBefore``), as they
    may lose their last describer when it is dropped. Written in the same transaction as the
    change itself, so no crash can separate an article change from its mark."""
    out = []
    for g in dict.fromkeys(graphs):
        out.append(Quad(g, RDF_TYPE, KG("PendingResolution"), PENDING_GRAPH))
        out.extend(Quad(g, KG("describedBefore"), q.object, PENDING_GRAPH)
                   for q in store.quads_for_pattern(g, KG("describes"), None, g))
    return out


def write_graph(store: Store, graph: NamedNode, quads: Iterable[Quad], replace: Iterable[NamedNode] = ()) -> str:
    """Write one article graph (and its entities' shared facts) in a single transaction,
    marked as awaiting resolution; returns added/replaced.

    Any graph in *replace* (and *graph* itself) is dropped in the same transaction,
    so a reader never sees half an article. Entities the old version alone described are
    removed by the resolution that follows (``kg.resolve.resolve_pending``)."""
    existing = sorted((g for g in {graph, *replace} if store.contains_named_graph(g)), key=lambda g: g.value)
    marks = pending_marks(store, [graph, *existing])
    if not existing:
        store.extend(chain(quads, marks))
        return "added"
    # One SPARQL update is one transaction: drop and insert together.
    ops = [f"DROP SILENT GRAPH {g}" for g in existing]
    ops.append(insert_data(chain(quads, marks)))
    store.update(" ;\n".join(ops))
    return "replaced"


def remove_graph(store: Store, graph: NamedNode) -> None:
    """Delete an article's graph, marked as awaiting resolution (in one transaction); the
    resolution that follows updates its events and drops the entities no article describes now."""
    marks = pending_marks(store, [graph])
    store.update(f"DROP SILENT GRAPH {graph} ;\n" + insert_data(marks))


def insert_data(quads: Iterable[Quad]) -> str:
    """A SPARQL ``INSERT DATA`` of *quads*, grouped by graph (terms print as N-Triples)."""
    return "INSERT DATA { " + _graph_blocks(quads) + " }"


def delete_data(quads: Iterable[Quad]) -> str:
    return "DELETE DATA { " + _graph_blocks(quads) + " }"


def _graph_blocks(quads: Iterable[Quad]) -> str:
    by_graph: dict = {}
    for q in quads:
        by_graph.setdefault(q.graph_name, []).append(f"{q.subject} {q.predicate} {q.object}")
    return "\n".join(f"GRAPH {g} {{\n" + " .\n".join(body) + " }" if isinstance(g, NamedNode)
                     else " .\n".join(body) + " ." for g, body in by_graph.items())


def pending_graphs(store: Store) -> list[NamedNode]:
    """Article graphs written or removed since the last resolution, in IRI order."""
    return sorted({q.subject for q in store.quads_for_pattern(None, RDF_TYPE, KG("PendingResolution"), PENDING_GRAPH)},
                  key=lambda g: g.value)


def find_article(store: Store, ref: str) -> NamedNode | None:
    """An article graph by IRI, key, URL, source file or file name."""
    if ref.startswith("<") and ref.endswith(">"):
        ref = ref[1:-1]
    for cand in (ref, ARTICLE_PREFIX + ref):
        if cand.startswith(("http://", "https://")) and store.contains_named_graph(NamedNode(cand)):
            return NamedNode(cand)
    q = SPARQL_PREFIXES + """
SELECT DISTINCT ?g ?ref WHERE { GRAPH ?g { ?a a schema:NewsArticle .
  { ?a schema:url ?v } UNION { ?a kg:sourceFile ?v } UNION { ?a kg:sourceName ?v } } FILTER(STR(?v) = ?ref) }"""
    from pyoxigraph import Literal, Variable

    ref_abs = str(Path(ref).resolve()) if Path(ref).exists() else ref
    for r in {ref, ref_abs}:
        rows = list(store.query(q, substitutions={Variable("ref"): Literal(r)}))
        if rows:
            return rows[0]["g"]
    return None


def article_graphs(store: Store) -> list[NamedNode]:
    return [g for g in store.named_graphs() if isinstance(g, NamedNode) and g.value.startswith(ARTICLE_PREFIX)]


def count_quads(store: Store) -> int:
    return len(store)


def stats(store: Store) -> dict:
    """Articles, graphs, triples and instances per class (over the union of graphs)."""
    per_class = {}
    q = SPARQL_PREFIXES + "SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { ?s a ?c } } GROUP BY ?c ORDER BY DESC(?n) ?c"
    for row in store.query(q):
        per_class[_short(row["c"].value)] = int(row["n"].value)
    graphs = list(store.named_graphs())
    return {
        "articles": len(article_graphs(store)),
        "graphs": len(graphs),
        "triples": len(store),
        "pending": len(pending_graphs(store)),
        "classes": per_class,
    }


def _short(iri: str) -> str:
    for p, ns in PREFIXES.items():
        if iri.startswith(ns):
            return f"{p}:{iri[len(ns):]}"
    return iri


EXPORT_FORMATS = {
    "ttl": RdfFormat.TURTLE, "turtle": RdfFormat.TURTLE,
    "trig": RdfFormat.TRIG,
    "nt": RdfFormat.N_TRIPLES, "ntriples": RdfFormat.N_TRIPLES,
    "nq": RdfFormat.N_QUADS, "nquads": RdfFormat.N_QUADS,
    "jsonld": RdfFormat.JSON_LD, "json-ld": RdfFormat.JSON_LD,
    "xml": RdfFormat.RDF_XML, "rdf": RdfFormat.RDF_XML, "owl": RdfFormat.RDF_XML,
}


def rdf_format(name: str | None, filename: str | None = None) -> RdfFormat:
    """Resolve a format name (or guess it from a file name).

    >>> rdf_format(None, "dump.trig").name
    'TriG'
    """
    if name:
        fmt = EXPORT_FORMATS.get(name.lower().lstrip("."))
        if fmt is None:
            raise StoreError(f"unknown RDF format {name!r} (use one of: ttl, trig, nt, nq, jsonld, xml)")
        return fmt
    if filename:
        ext = Path(filename).suffix.lstrip(".").lower()
        fmt = EXPORT_FORMATS.get(ext) or RdfFormat.from_extension(ext)
        if fmt is None:
            raise StoreError(f"{filename}: cannot tell the RDF format from the extension (give --format)")
        return fmt
    return RdfFormat.TURTLE


def export(store: Store, fmt: RdfFormat, output, graph: NamedNode | None = None) -> None:
    """Serialise the store (or one graph) to *output* (a binary file object).

    Dataset formats (TriG, N-Quads, JSON-LD) keep the graphs; triple formats
    (Turtle, N-Triples, RDF/XML) get the union of all graphs unless *graph* is given.
    One article's graph comes with the shared facts of the entities it describes."""
    from pyoxigraph import serialize

    if graph is not None:
        if not store.contains_named_graph(graph):
            raise StoreError(f"no graph {graph} in the store")
        # the graph plus the shared facts of the entities it describes: a self-contained article
        quads = list(store.quads_for_pattern(None, None, None, graph))
        for e in sorted({q.object for q in quads if q.predicate == KG("describes")}, key=lambda n: n.value):
            quads.extend(store.quads_for_pattern(e, None, None, ENTITIES_GRAPH))
        if fmt.supports_datasets:
            serialize(quads, output, fmt, prefixes=PREFIXES)
        else:
            serialize(sorted({q.triple for q in quads}, key=_triple_order), output, fmt, prefixes=PREFIXES)
    elif fmt.supports_datasets:
        store.dump(output, fmt, prefixes=PREFIXES)
    else:
        serialize(_union_by_subject(store), output, fmt, prefixes=PREFIXES)


def _union_by_subject(store: Store):
    """The union of the graphs, subject by subject, each triple once. A serialiser writes one
    block per run of equal subjects: in graph order an entity described by eight articles got
    eight blocks. One index lookup per subject keeps memory to one subject's triples (sorting
    the whole union in SPARQL, ORDER BY ?s ?p ?o, took 8x the CPU on a 1.1M-quad store)."""
    subjects = [r["s"] for r in store.query("SELECT DISTINCT ?s WHERE { ?s ?p ?o }", use_default_graph_as_union=True)]
    for s in sorted(subjects, key=str):
        yield from sorted({q.triple for q in store.quads_for_pattern(s, None, None, None)}, key=_triple_order)


def _triple_order(t) -> tuple:
    return (str(t.subject), str(t.predicate), str(t.object))


def import_file(store: Store, path: str, fmt: RdfFormat | None = None, graph: NamedNode | None = None) -> tuple[int, int]:
    """Load an RDF file in one transaction; returns (quads loaded, quads of derived graphs skipped).

    An article graph in the file replaces the store's graph of the same name (as a
    re-ingest would) and is marked as awaiting resolution in the same transaction. The
    resolved-events and pending graphs are derived data: a file's copies are skipped, and
    the resolution that follows (``kg.resolve.resolve_pending``) recomputes them."""
    from pyoxigraph import parse

    fmt = fmt or rdf_format(None, path)
    to_graph = graph if graph is not None and not fmt.supports_datasets else None
    try:
        quads = []
        skipped = 0
        for q in parse(path=path, format=fmt):
            if to_graph is not None:
                q = Quad(q.subject, q.predicate, q.object, to_graph)
            if q.graph_name in DERIVED_GRAPHS:
                skipped += 1
            else:
                quads.append(q)
    except SyntaxError as e:
        raise StoreError(f"{path}: not valid {fmt.name} ({str(e).splitlines()[0]})") from None
    except OSError as e:
        raise StoreError(f"{path}: {e.strerror or str(e).splitlines()[0]}") from None
    articles = sorted({q.graph_name for q in quads if isinstance(q.graph_name, NamedNode)
                       and q.graph_name.value.startswith(ARTICLE_PREFIX)}, key=lambda g: g.value)
    existing = [g for g in articles if store.contains_named_graph(g)]
    marks = pending_marks(store, articles)
    if not existing:
        store.extend(chain(quads, marks))
    else:
        store.update(" ;\n".join([f"DROP SILENT GRAPH {g}" for g in existing] + [insert_data(chain(quads, marks))]))
    return len(quads), skipped


RESULT_FORMATS = {"csv": QueryResultsFormat.CSV, "tsv": QueryResultsFormat.TSV,
                  "json": QueryResultsFormat.JSON, "xml": QueryResultsFormat.XML}


def run_query(store: Store, sparql: str, substitutions: dict | None = None, union: bool = True):
    """Run SPARQL with the kg prefixes predeclared; the default graph is the union of all
    graphs, unless the query names its own with FROM (which pyoxigraph would then ignore)."""
    from kg.sparql import uses_keyword

    union = union and not uses_keyword(sparql, "FROM")
    return store.query(sparql, prefixes=PREFIXES, use_default_graph_as_union=union,
                       substitutions=substitutions or None)


__all__ = ["open_store", "write_graph", "remove_graph", "pending_graphs", "stats", "export", "import_file", "run_query",
           "find_article", "graph_hash", "article_graphs", "StoreError", "default_store_path", "DefaultGraph",
           "MERGED_GRAPH", "RDF_TYPE"]
