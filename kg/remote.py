"""A SPARQL 1.1 server as kg's store: ``--store http://host:7878`` (or ``KG_STORE=http…``).

:class:`RemoteStore` offers the part of pyoxigraph's ``Store`` that kg uses (``query``,
``update``, ``quads_for_pattern``, ``extend``, ``named_graphs``, ``dump``, ``len()``, ...)
over the standard protocols, so the rest of kg does not know which store it has:

- reads go through the SPARQL 1.1 Query protocol, answers are parsed by pyoxigraph's own
  parsers (``parse_query_results``, ``parse``): callers get the same term types back;
- writes are SPARQL 1.1 Update requests, one request per kg transaction (an article graph
  with its pending-resolution marks, a removal, a resolution), which the server applies
  atomically, as the embedded store does: the crash protocol holds over HTTP too;
- whole graphs are read with the Graph Store HTTP Protocol (GET ``?graph=``).

Endpoint layout: Oxigraph's by default (``BASE/query``, ``BASE/update``, ``BASE/store``);
``KG_STORE_QUERY_URL``, ``KG_STORE_UPDATE_URL``, ``KG_STORE_GRAPH_URL`` set them one by one
(Fuseki: ``…/ds/query``, ``…/ds/update``, ``…/ds/data``). ``KG_STORE_UNION`` says how to ask
for the union of the graphs as the default graph (kg's queries read all graphs together):
``oxigraph`` (the ``union-default-graph`` parameter, default), ``fuseki`` (the graph
``urn:x-arq:UnionGraph``) or ``native`` (the server's default graph already is the union:
GraphDB, QLever). Credentials come from the environment only, never the command line:
``KG_STORE_TOKEN`` (bearer) or ``KG_STORE_USER`` + ``KG_STORE_PASSWORD`` (basic).

Parameters are bound as terms. pyoxigraph's ``substitutions=`` cannot travel over HTTP, so
the values are sent as a ``VALUES`` block made from each term's own N-Triples form (written
by pyoxigraph, escaped as N-Triples requires, never pasted from the user's string), as
rdflib's SPARQLStore sends its initBindings. Unlike rdflib, the block goes at the start of
*every* group of the query, not once at the end: a trailing VALUES is joined after the
query's filters, subqueries and grouping have run without the value (kg's saved queries
filter on their parameters inside subqueries), while a one-row VALUES in every group binds
the variable wherever it is used, which is what a substitution does (SEP-0007).

>>> from pyoxigraph import Literal, NamedNode, Variable
>>> print(with_values('SELECT ?e WHERE { ?e ?p ?who { SELECT ?x WHERE { ?x ?q ?who } } }',
...                   {Variable("who"): Literal('say "hi" } #')}))
SELECT ?e WHERE { VALUES (?who) { ("say \\"hi\\" } #") } ?e ?p ?who { SELECT ?x WHERE { VALUES (?who) { ("say \\"hi\\" } #") } ?x ?q ?who } } }
"""

from __future__ import annotations

import os
import re
from typing import Iterable, Iterator

from pyoxigraph import (BlankNode, DefaultGraph, Literal, NamedNode, Quad, QueryResultsFormat, RdfFormat, Store,
                        Variable, parse, parse_query_results, serialize)

from kg.sparql import _LEX
from kg.store import StoreError, insert_data, delete_data


class RemoteStoreError(StoreError, OSError):
    """A SPARQL server that cannot be reached or refused a request. An OSError too, so the
    callers that report a store which cannot be written (one article, the resolution) do so."""


# Results formats every SPARQL 1.1 server offers, the compact and fast-to-parse ones first.
_ACCEPT = ("application/sparql-results+json, application/n-triples;q=0.9, text/turtle;q=0.8, "
           "application/sparql-results+xml;q=0.7, application/rdf+xml;q=0.6, text/tab-separated-values;q=0.5")
UNION_MODES = ("oxigraph", "fuseki", "native")
_FUSEKI_UNION = "urn:x-arq:UnionGraph"


class RemoteStore:
    """The subset of pyoxigraph's ``Store`` that kg uses, against a SPARQL 1.1 server."""

    def __init__(self, url: str, *, query_url: str | None = None, update_url: str | None = None,
                 graph_url: str | None = None, union: str = "oxigraph", token: str | None = None,
                 user: str | None = None, password: str | None = None, timeout: float = 300.0):
        import httpx

        base = url.rstrip("/")
        base = re.sub(r"/(query|update|store|sparql)$", "", base)  # `--store http://host:7878/store` works too
        self.url = base
        self.query_url = query_url or base + "/query"
        self.update_url = update_url or base + "/update"
        self.graph_url = graph_url or base + "/store"
        if union not in UNION_MODES:
            raise StoreError(f"KG_STORE_UNION={union!r}: use one of {', '.join(UNION_MODES)}")
        self.union = union
        self.requests = 0  # requests sent (the benchmark reports them per article)
        from kg import __version__

        headers = {"User-Agent": f"kg/{__version__}"}
        if token:
            headers["Authorization"] = f"Bearer {token}"
        auth = httpx.BasicAuth(user, password or "") if user and not token else None
        # one client: a pool of keep-alive connections, shared by the threads of `kg serve`
        self._client = httpx.Client(headers=headers, auth=auth, timeout=httpx.Timeout(timeout, connect=10.0),
                                    limits=httpx.Limits(max_connections=32, max_keepalive_connections=16))

    @classmethod
    def from_env(cls, url: str) -> "RemoteStore":
        from urllib.parse import urlsplit

        try:
            parts = urlsplit(url)
            parts.port  # noqa: B018 -- raises ValueError for a port that is not a number
        except ValueError as e:
            raise StoreError(f"{_redact(url)}: not a usable URL ({e})") from None
        if not parts.hostname:
            raise StoreError(f"{_redact(url)}: no server named in the URL (expected http://host:port)")
        if parts.username or parts.password:
            raise StoreError(f"{_redact(url)}: credentials do not belong in the store URL (a command line is "
                             "visible to every user of the machine); set KG_STORE_TOKEN, or KG_STORE_USER and "
                             "KG_STORE_PASSWORD")
        env = os.environ.get
        try:
            timeout = float(env("KG_STORE_TIMEOUT") or 300)
        except ValueError:
            raise StoreError(f"KG_STORE_TIMEOUT={env('KG_STORE_TIMEOUT')!r}: not a number of seconds") from None
        return cls(url, query_url=env("KG_STORE_QUERY_URL"), update_url=env("KG_STORE_UPDATE_URL"),
                   graph_url=env("KG_STORE_GRAPH_URL"), union=(env("KG_STORE_UNION") or "oxigraph").lower(),
                   token=env("KG_STORE_TOKEN"), user=env("KG_STORE_USER"), password=env("KG_STORE_PASSWORD"),
                   timeout=timeout)

    def __repr__(self) -> str:
        return f"<RemoteStore {self.url}>"

    def __str__(self) -> str:
        return self.url

    # -- HTTP ------------------------------------------------------------------------------
    def _send(self, method: str, url: str, query: bool = False, **kw):
        """One request; a refusal or a network failure is a RemoteStoreError naming the URL
        (a *query* the server finds malformed, 400, is a SyntaxError, as pyoxigraph's; a
        refused update stays a store error, which ingest reports as "not stored")."""
        import httpx

        self.requests += 1
        url = str(url)
        try:
            r = self._client.request(method, url, **kw)
        except httpx.ConnectTimeout:
            raise RemoteStoreError(f"{_redact(url)}: no connection within {self._client.timeout.connect:g} s (is the "
                                   "server up, and is it http or https?)") from None
        except httpx.TimeoutException:
            raise RemoteStoreError(f"{_redact(url)}: no answer from the server within {self._client.timeout.read:g} s "
                                   "(KG_STORE_TIMEOUT)") from None
        except httpx.HTTPError as e:
            raise RemoteStoreError(f"{_redact(url)}: cannot reach the server ({_network_words(e)})") from None
        except (httpx.InvalidURL, ValueError) as e:  # not an HTTPError: a URL httpx cannot use
            raise RemoteStoreError(f"{_redact(url)}: not a usable URL ({_network_words(e)})") from None
        if r.status_code >= 400:
            detail = _first_line(r.text)
            if r.status_code == 400 and query:
                raise SyntaxError(detail or "the server refused the request (400 Bad Request)")
            hint = ""
            if r.status_code in (401, 403):
                hint = ("; if it needs credentials, set KG_STORE_TOKEN (bearer), or KG_STORE_USER and "
                        "KG_STORE_PASSWORD (basic)" if "Authorization" not in r.request.headers
                        else "; check the credentials in the environment")
            raise RemoteStoreError(f"{_redact(url)}: the server answered {r.status_code} {r.reason_phrase}"
                                   f"{' (' + detail + ')' if detail else ''}{hint}")
        return r

    def check(self, write: bool = False) -> None:
        """Ask the server an empty question (and, for a writer, an empty update): an unreachable
        or refusing server is then one StoreError before any work starts."""
        try:
            self.query("ASK {}")
            if write:
                self.update("INSERT DATA {}")
        except SyntaxError as e:  # a server that is no SPARQL endpoint at this URL
            raise RemoteStoreError(f"{_redact(self.query_url)}: not a SPARQL endpoint (the server answered 400 "
                                   f"Bad Request: {_first_line(str(e))})") from None

    def close(self) -> None:
        self._client.close()

    # -- the Store API --------------------------------------------------------------------
    def query(self, query: str, *, base_iri: str | None = None, prefixes: dict | None = None,
              use_default_graph_as_union: bool = False, default_graph=None, named_graphs=None,
              substitutions: dict | None = None):
        """As ``Store.query``: QuerySolutions, QueryBoolean or QueryTriples."""
        text = _prologue(base_iri, prefixes) + (with_values(query, substitutions) if substitutions else query)
        data: dict[str, object] = {"query": text}
        if default_graph is not None:
            graphs = default_graph if isinstance(default_graph, (list, tuple)) else [default_graph]
            data["default-graph-uri"] = [g.value for g in graphs if isinstance(g, NamedNode)]
        elif use_default_graph_as_union:
            if self.union == "oxigraph":
                data["union-default-graph"] = ""
            elif self.union == "fuseki":
                data["default-graph-uri"] = _FUSEKI_UNION
        if named_graphs is not None:
            data["named-graph-uri"] = [g.value for g in named_graphs if isinstance(g, NamedNode)]
        r = self._send("POST", self.query_url, query=True, data=data, headers={"Accept": _ACCEPT})
        return _answer(r, self.query_url)

    def update(self, update: str, *, base_iri: str | None = None, prefixes: dict | None = None) -> None:
        self._send("POST", self.update_url, content=(_prologue(base_iri, prefixes) + update).encode("utf-8"),
                   headers={"Content-Type": "application/sparql-update; charset=utf-8"})

    def quads_for_pattern(self, subject, predicate, object, graph_name=None) -> Iterator[Quad]:
        if subject is None and predicate is None and object is None and isinstance(graph_name, NamedNode):
            whole = self._graph(graph_name)  # a whole graph: the Graph Store protocol
            if whole is not None:
                return iter(whole)
        s, p, o = (_pattern_term(t, n) for t, n in ((subject, "?s"), (predicate, "?p"), (object, "?o")))
        if isinstance(graph_name, DefaultGraph):
            where = f"{s} {p} {o}"
        elif graph_name is not None:
            where = f"GRAPH {_pattern_term(graph_name, '?g')} {{ {s} {p} {o} }}"
        elif self.union == "native":  # the default graph is the union: the named graphs say it all
            where = f"GRAPH ?g {{ {s} {p} {o} }}"
        else:
            where = f"{{ {s} {p} {o} }} UNION {{ GRAPH ?g {{ {s} {p} {o} }} }}"
        out = []
        for row in self.query(f"SELECT * WHERE {{ {where} }}"):
            g = graph_name if graph_name is not None and not isinstance(graph_name, DefaultGraph) else row["g"]
            out.append(Quad(subject if subject is not None else row["s"],
                            predicate if predicate is not None else row["p"],
                            object if object is not None else row["o"],
                            g if g is not None else DefaultGraph()))
        return iter(out)

    def _graph(self, graph: NamedNode) -> list[Quad] | None:
        """A whole graph from the Graph Store endpoint; None where it gives no RDF (no such
        endpoint, or no such graph): the caller asks with SELECT instead."""
        import httpx

        try:
            r = self._client.get(self.graph_url, params={"graph": graph.value},
                                 headers={"Accept": "application/n-triples, text/turtle;q=0.9, application/rdf+xml;q=0.5"})
        except httpx.HTTPError:
            return None
        self.requests += 1
        fmt = RdfFormat.from_media_type(_media(r)) if r.status_code == 200 and _media(r) else None
        if fmt is None:
            return None
        return [Quad(t.subject, t.predicate, t.object, graph) for t in parse(r.content, fmt)]

    def contains_named_graph(self, graph) -> bool:
        return bool(self.query(f"ASK {{ GRAPH {_pattern_term(graph, '?g')} {{ ?s ?p ?o }} }}"))

    def named_graphs(self) -> Iterator[NamedNode]:
        return iter([row["g"] for row in self.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")])

    def __len__(self) -> int:
        where = ("GRAPH ?g { ?s ?p ?o }" if self.union == "native"
                 else "{ ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } }")
        return int(next(iter(self.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}")))["n"].value)

    def __iter__(self) -> Iterator[Quad]:
        return self.quads_for_pattern(None, None, None, None)

    def __contains__(self, quad: Quad) -> bool:
        return any(True for _ in self.quads_for_pattern(quad.subject, quad.predicate, quad.object, quad.graph_name))

    def extend(self, quads: Iterable[Quad]) -> None:
        """Add the quads in one request (one transaction on the server)."""
        self.update(insert_data(quads))

    def bulk_extend(self, quads: Iterable[Quad]) -> None:
        """As :meth:`extend`: a server has no bulk path that skips its transactions."""
        self.extend(quads)

    def load(self, input=None, format: RdfFormat | None = None, *, path=None, base_iri=None,
             to_graph=None, lenient: bool = False) -> None:
        """Parse RDF like ``Store.load`` (pyoxigraph's parser) and add it in one request."""
        quads = parse(input, format, path=path, base_iri=base_iri, lenient=lenient)
        if to_graph is not None:
            quads = (Quad(q.subject, q.predicate, q.object, to_graph) for q in quads)
        self.extend(quads)

    bulk_load = load

    def add(self, quad: Quad) -> None:
        self.extend([quad])

    def remove(self, quad: Quad) -> None:
        self.update(delete_data([quad]))

    def dump(self, output=None, format: RdfFormat | None = None, *, from_graph=None, prefixes=None, base_iri=None):
        """Serialise the dataset (or one graph) like ``Store.dump``. The whole dataset is asked
        of the Graph Store endpoint as N-Quads (Oxigraph answers a GET without ``?graph`` so);
        a server that answers otherwise is read with one SELECT of every quad, which every
        SPARQL 1.1 server answers (the protocol itself has no dataset GET)."""
        if from_graph is not None:
            data = (q.triple for q in self.quads_for_pattern(None, None, None, from_graph))
        else:
            data = self._dataset()
        return serialize(data, output, format, prefixes=prefixes, base_iri=base_iri)

    def _dataset(self):
        import httpx

        try:
            r = self._client.get(self.graph_url, headers={"Accept": "application/n-quads"})
        except httpx.HTTPError:
            r = None
        if r is not None and r.status_code == 200 and _media(r) == "application/n-quads":
            self.requests += 1
            return parse(r.content, RdfFormat.N_QUADS)
        return self.quads_for_pattern(None, None, None, None)

    def flush(self) -> None:  # the server writes its own data
        pass

    def optimize(self) -> None:
        pass


# ----------------------------------------------------------------------------- parameters
def with_values(text: str, substitutions: dict) -> str:
    """*text* with a one-row ``VALUES`` block binding *substitutions* (Variable -> IRI or
    literal) at the start of every group graph pattern: the WHERE of the query and of each
    subquery, and each OPTIONAL, UNION, MINUS, GRAPH, EXISTS block. Not inside a CONSTRUCT
    template or a VALUES data block, nor before a subquery's SELECT (a group holding a
    subquery holds nothing else; the subquery gets its own), nor inside a LATERAL block
    (it is evaluated with the values of the group around it already bound)."""
    names, terms = [], []
    for var, term in substitutions.items():
        name = var.value if isinstance(var, Variable) else str(var).lstrip("?$")
        if not isinstance(term, (NamedNode, Literal)):
            raise ValueError(f"?{name}: only IRIs and literals can be sent to a SPARQL server as values")
        names.append(f"?{Variable(name).value}")
        terms.append(str(term))  # pyoxigraph writes the term in N-Triples, escaped
    block = f" VALUES ({' '.join(names)}) {{ ({' '.join(terms)}) }}"
    tokens = [(m.start(), m.group(0), m.group(1)) for m in _LEX.finditer(text)]
    inserts = []
    opens = []       # what each open brace is: "group", "lateral" or "skip" (data, template)
    next_kind = None  # set by the keyword before a brace: VALUES / CONSTRUCT -> "skip"; LATERAL
    for i, (start, tok, word) in enumerate(tokens):
        if word:
            w = word.upper()
            next_kind = "skip" if w in ("VALUES", "CONSTRUCT") else "lateral" if w == "LATERAL" else next_kind
            continue
        if tok[0] in "#\"'<?$@":
            continue
        for j, ch in enumerate(tok):
            if ch == "{":
                kind = "skip" if "skip" in opens else (next_kind or "group")
                next_kind = None
                opens.append(kind)
                # Oxigraph's LATERAL refuses a VALUES (or BIND) of a variable bound before it, at
                # any depth; the block sees the values bound on its left (the enclosing group's)
                if kind == "group" and "lateral" not in opens and _next_word(tokens, i, tok[j + 1:]) != "SELECT":
                    inserts.append(start + j + 1)
            elif ch == "}" and opens:
                opens.pop()
    out, last = [], 0
    for pos in inserts:
        out += [text[last:pos], block]
        last = pos
    return "".join(out) + text[last:]


def _next_word(tokens, i, rest: str) -> str | None:
    """The keyword that comes next after a brace (None if punctuation comes first)."""
    if rest.strip():
        return None
    for _, tok, word in tokens[i + 1:]:
        if word:
            return word.upper()
        if tok.startswith("#") or not tok.strip():
            continue
        return None
    return None


# ----------------------------------------------------------------------------- helpers
def _prologue(base_iri, prefixes) -> str:
    head = f"BASE <{NamedNode(base_iri).value}>\n" if base_iri else ""
    return head + "".join(f"PREFIX {p}: <{NamedNode(ns).value}>\n" for p, ns in (prefixes or {}).items())


def _pattern_term(term, var: str) -> str:
    if term is None:
        return var
    if isinstance(term, BlankNode):
        raise ValueError("a blank node cannot be looked up on a SPARQL server")
    return str(term)  # N-Triples, written by pyoxigraph


def _media(r) -> str:
    return r.headers.get("Content-Type", "").split(";")[0].strip().lower()


def _answer(r, url: str):
    """The HTTP answer as pyoxigraph results: QuerySolutions / QueryBoolean, or QueryTriples
    (a graph answer is loaded into an in-memory store and read back, so the caller gets the
    very type an embedded CONSTRUCT gives)."""
    media = r.headers.get("Content-Type", "").split(";")[0].strip().lower()
    results_format = QueryResultsFormat.from_media_type(media) if media else None
    if results_format is not None:
        return parse_query_results(r.content, results_format)
    graph = Store()
    graph.load(r.content, _rdf_format(r, url))
    return graph.query("CONSTRUCT WHERE { ?s ?p ?o }")


def _rdf_format(r, url: str) -> RdfFormat:
    media = r.headers.get("Content-Type", "").split(";")[0].strip().lower()
    fmt = RdfFormat.from_media_type(media) if media else None
    if fmt is None:
        raise RemoteStoreError(f"{url}: the server answered in a format kg cannot read ({media or 'no Content-Type'})")
    return fmt


def _first_line(text: str) -> str:
    lines = [x.strip() for x in (text or "").splitlines() if x.strip()]
    line = lines[0] if lines else ""
    if line.lstrip().startswith("<"):  # an HTML error page: its text is not worth a line
        return ""
    return line[:200]


def _network_words(e: Exception) -> str:
    """An httpx error in words: 'connection refused', 'name or service not known', ..."""
    text = str(e) or type(e).__name__
    text = re.sub(r"^\[Errno -?\d+\]\s*", "", text.splitlines()[0])
    if text == "All connection attempts failed":
        text = "connection refused"
    return text[:1].lower() + text[1:]


def _redact(url: str) -> str:
    return re.sub(r"//[^/@]*@", "//", url)
