"""`kg serve`: the store over HTTP -- a SPARQL 1.1 Protocol endpoint, the saved
queries as a small REST API (with an OpenAPI description and offline docs), and a
web page to run them and read the evidence.

Design (datasette style): this module only parses requests and serialises answers.
Queries run through :mod:`kg.queries` (saved queries, parameters bound as RDF terms
with pyoxigraph ``substitutions=``, never pasted into query text) and
:mod:`kg.store` (``run_query``, ``RESULT_FORMATS``).

Routes::

    GET  /                      web page: saved-query forms, a SPARQL box, results as a table
    GET  /sparql?query=...      SPARQL 1.1 Protocol (also POST form / application/sparql-query)
    POST /sparql                update=... or application/sparql-update (only with --allow-update + token)
    GET  /queries               the saved queries' metadata (JSON)
    GET  /queries/{name}?p=v    run a saved query; same formats and negotiation as /sparql
    GET  /evidence?article=&begin=&end=   an article's text with the evidence highlighted
    GET  /openapi.json, /docs   OpenAPI 3 description and interactive docs (no CDN)

Threads and limits. The server is the standard library's ``ThreadingHTTPServer``
(one thread per connection, HTTP/1.1 keep-alive). pyoxigraph releases the GIL while
it evaluates and serialises, so queries run in parallel on several cores. Each query
runs in a bounded pool of worker threads; the connection's thread waits for it at
most ``timeout`` seconds and then answers 503. pyoxigraph cannot cancel a query:
serialisation is cut off at the deadline (it writes through a sink that checks the
clock), but a query stuck inside one evaluation step keeps its worker busy until
Oxigraph returns; when every worker is busy, new queries get 503 "busy".
Results longer than ``max_rows`` rows (or triples) are truncated and flagged with
the ``X-KG-Truncated: true`` and ``X-KG-Max-Rows`` headers. Request bodies over
``max_body`` bytes get 413. ``SERVICE`` (and ``LOAD`` in updates) -- found by a lexer
that skips strings, IRIs, comments and prefixed names -- get 403 unless
``allow_service``; updates get 403 unless ``allow_update``, then need
``Authorization: Bearer <token>`` (401 without, 403 wrong). Without
``default-graph-uri``/``named-graph-uri`` (or FROM in the query) the default graph is
the union of all graphs, as in ``kg query``.

>>> query_form("PREFIX s: <http://x/> # SELECT in a comment\\nCONSTRUCT WHERE { ?a ?b ?c }")
'CONSTRUCT'
>>> uses_keyword('SELECT * WHERE { ?s ?p "SERVICE" . ?s ex:service <http://x/SERVICE> }', "SERVICE")
False
>>> uses_keyword("SELECT * WHERE { service <http://x/sparql> { ?s ?p ?o } }", "SERVICE")
True
>>> negotiate("text/csv;q=0.5, application/sparql-results+xml", RESULT_OFFERS)
'xml'
"""

from __future__ import annotations

import functools
import html
import json
import re
import threading
import time
from pathlib import Path
import codecs
from urllib.parse import quote, unquote_plus, urlencode

MAX_BODY = 1_000_000
STATIC_DIR = Path(__file__).resolve().parent / "static"

from kg.sparql import keywords, query_form, uses_keyword  # noqa: E402,F401 (re-exported)
from kg.httpserver import Answered, Response  # noqa: E402


# ----------------------------------------------------------------------------- formats
# (key, media type); the first offer is the default, aliases follow the canonical types.
RESULT_OFFERS = [("json", "application/sparql-results+json"), ("xml", "application/sparql-results+xml"),
                 ("csv", "text/csv"), ("tsv", "text/tab-separated-values"),
                 ("json", "application/json"), ("xml", "application/xml"), ("xml", "text/xml")]
GRAPH_OFFERS = [("turtle", "text/turtle"), ("ntriples", "application/n-triples"), ("jsonld", "application/ld+json"),
                ("rdfxml", "application/rdf+xml"), ("turtle", "application/x-turtle"), ("turtle", "application/turtle"),
                ("turtle", "text/n3"), ("ntriples", "text/plain"), ("jsonld", "application/json"),
                ("rdfxml", "application/xml"), ("rdfxml", "text/xml")]
HTML_OFFER = ("html", "text/html")
CONTENT_TYPES = {
    "json": "application/sparql-results+json; charset=utf-8", "xml": "application/sparql-results+xml; charset=utf-8",
    "csv": "text/csv; charset=utf-8", "tsv": "text/tab-separated-values; charset=utf-8",
    "turtle": "text/turtle; charset=utf-8", "ntriples": "application/n-triples; charset=utf-8",
    "jsonld": "application/ld+json; charset=utf-8", "rdfxml": "application/rdf+xml; charset=utf-8",
    "html": "text/html; charset=utf-8",
}
# names accepted by format= (SPARQLWrapper also sends format=json / xml / turtle / n3 / tsv ...)
RESULT_NAMES = {"json": "json", "srj": "json", "xml": "xml", "srx": "xml", "csv": "csv", "tsv": "tsv", "html": "html"}
GRAPH_NAMES = {"turtle": "turtle", "ttl": "turtle", "n3": "turtle", "nt": "ntriples", "ntriples": "ntriples",
               "n-triples": "ntriples", "jsonld": "jsonld", "json-ld": "jsonld", "json": "jsonld", "xml": "rdfxml",
               "rdf": "rdfxml", "rdfxml": "rdfxml", "rdf+xml": "rdfxml", "html": "html"}
for _k, _mt in RESULT_OFFERS + [HTML_OFFER]:
    RESULT_NAMES[_mt] = _k
for _k, _mt in GRAPH_OFFERS + [HTML_OFFER]:
    GRAPH_NAMES[_mt] = _k
RESULT_HELP = "json, xml, csv, tsv, html"
GRAPH_HELP = "turtle, ntriples, jsonld, rdfxml, html"


def _parse_accept(header: str) -> list[tuple[str, str, float]]:
    out = []
    for part in header.split(","):
        bits = [b.strip() for b in part.split(";")]
        mt = bits[0].lower()
        if "/" not in mt:
            if mt == "*":
                mt = "*/*"
            else:
                continue
        q = 1.0
        for b in bits[1:]:
            k, _, v = b.partition("=")
            if k.strip().lower() == "q":
                try:
                    q = max(0.0, min(1.0, float(v)))
                except ValueError:
                    q = 0.0
        t, _, st = mt.partition("/")
        out.append((t, st, q))
    return out


def negotiate(accept: str | None, offers: list[tuple[str, str]]) -> str | None:
    """The offer key the Accept header likes best (ties: the server's order); the first
    offer when there is no Accept header; None when nothing offered is acceptable."""
    if not accept or not accept.strip():
        return offers[0][0]
    return _negotiate(accept, tuple(offers))


@functools.lru_cache(maxsize=512)  # clients send the same few Accept headers again and again
def _negotiate(accept: str, offers: tuple) -> str | None:
    ranges = _parse_accept(accept)
    if not ranges:
        return offers[0][0]
    best, best_q = None, 0.0
    for key, mt in offers:
        t, _, st = mt.partition("/")
        q, spec = 0.0, -1
        for rt, rst, rq in ranges:
            if rt == t and rst == st:
                s = 2
            elif rt == t and rst == "*":
                s = 1
            elif rt == "*":
                s = 0
            else:
                continue
            if s > spec:
                spec, q = s, rq
        if q > best_q:
            best, best_q = key, q
    return best


class HTTPError(Exception):
    """An answer other than 200: a status and a one-line message."""

    def __init__(self, status: int, message: str, headers: dict | None = None, close: bool = False):
        super().__init__(message)
        self.status, self.message, self.headers, self.close = status, message, headers or {}, close


class QueryTimeout(Exception):
    pass


def _first_line(e: BaseException) -> str:
    s = str(e).strip()
    return s.splitlines()[0] if s else type(e).__name__


# ----------------------------------------------------------------------------- limits
class _Sink:
    """A write-only file for pyoxigraph's serialisers that stops them at the deadline
    and after *max_lines* lines (TSV results and N-Triples have one row per line)."""

    def __init__(self, deadline: float | None, max_lines: int | None):
        self.deadline, self.max_lines = deadline, max_lines
        self.parts: list[bytes] = []
        self.lines = 0
        self.full = False

    def write(self, b) -> int:
        if self.deadline is not None and time.monotonic() > self.deadline:
            raise QueryTimeout()
        b = bytes(b)
        self.parts.append(b)
        if self.max_lines is not None:
            self.lines += b.count(b"\n")
            if self.lines > self.max_lines:
                self.full = True
                raise _Full()
        return len(b)

    def flush(self):
        pass

    def value(self) -> bytes:
        data = b"".join(self.parts)
        if self.full:  # keep the first max_lines lines
            pos = -1
            for _ in range(self.max_lines):
                pos = data.index(b"\n", pos + 1)
            data = data[: pos + 1]
        return data


class _Full(Exception):
    pass


def _check(deadline: float | None) -> None:
    if deadline is not None and time.monotonic() > deadline:
        raise QueryTimeout()


class _Watchdog:
    """Calls ``fire()`` for every request still running at its deadline, from one thread.

    A request is settled once: by itself (:meth:`settle` → True) or by the watchdog firing
    (then :meth:`settle` → False). Open requests are kept in arrival order, which is deadline
    order as a runner has one time limit, so settling and firing are O(1) and nothing is
    left behind by the requests that finish in time. It wakes at most every *tick* seconds,
    so a busy server does not wake it once per request; deadlines are kept to within a tick."""

    def __init__(self, tick: float = 0.05):
        from collections import OrderedDict

        self.tick = tick
        self._open: OrderedDict = OrderedDict()  # seq -> (deadline, fire)
        self._seq = 0
        self._cv = threading.Condition()
        self._thread = None

    def add(self, deadline: float, fire) -> int:
        with self._cv:
            self._seq += 1
            self._open[self._seq] = (deadline, fire)
            if self._thread is None:
                self._thread = threading.Thread(target=self._loop, name="kg-watchdog", daemon=True)
                self._thread.start()
            elif len(self._open) == 1:
                self._cv.notify()
            return self._seq

    def settle(self, seq: int) -> bool:
        """The request answered itself: True, unless the watchdog already fired for it."""
        with self._cv:
            return self._open.pop(seq, None) is not None

    def _loop(self):
        while True:
            due = []
            with self._cv:
                while not self._open:
                    self._cv.wait()
                now = time.monotonic()
                while self._open:
                    seq, (deadline, fire) = next(iter(self._open.items()))
                    if deadline > now:
                        break
                    del self._open[seq]
                    due.append(fire)
                wait = next(iter(self._open.values()))[0] - now if self._open else None
            for fire in due:  # each in its own thread: writing to a slow client must not hold up the rest
                threading.Thread(target=fire, name="kg-timeout", daemon=True).start()
            if wait is not None:
                time.sleep(max(self.tick, wait))


class _Runner:
    """Runs query jobs in the calling thread, at most *workers* at once, within a time limit.

    In the calling thread because handing a query to a pool thread and back cost ~0.3 ms per
    request (measured: 0.62 against 0.31 ms for a sub-millisecond saved query) — more than
    the query. pyoxigraph has no cancellation, so a query past its limit is abandoned, not
    stopped: the watchdog answers 503 for it through *answer_early* (the HTTP layer's way
    to reach the client) and the thread keeps its slot until the query returns; later
    requests that find every slot taken are told the server is busy. Without
    *answer_early* a late query is reported when it returns."""

    def __init__(self, workers: int, timeout: float):
        self.timeout, self.workers = timeout, workers
        self._slots = threading.BoundedSemaphore(workers)
        self._watchdog = _Watchdog()

    def run(self, job, answer_early=None):
        """*job(deadline)*: its value or its exception; 503 at the time limit."""
        if not self.timeout or self.timeout <= 0:
            return job(None)
        deadline = time.monotonic() + self.timeout
        if not self._slots.acquire(timeout=self.timeout):
            raise HTTPError(503, f"server busy: all {self.workers} query workers are taken (by queries over the "
                                 f"{self.timeout:g} s time limit?); try again later", {"Retry-After": "10"})
        ticket = None
        try:
            if answer_early is not None:
                ticket = self._watchdog.add(deadline, lambda: answer_early(self._timeout()))
            return job(deadline)
        except QueryTimeout:
            raise self._timeout() from None
        finally:
            self._slots.release()
            if ticket is not None and not self._watchdog.settle(ticket):
                raise Answered()  # the client has its 503: drop this value or error

    def _timeout(self) -> HTTPError:
        return HTTPError(503, f"query time limit exceeded ({self.timeout:g} s; kg serve --timeout): "
                              "simplify the query or add LIMIT")


# ----------------------------------------------------------------------------- results
class Result:
    """A serialised answer (body) or, for HTML, the rows to render."""

    def __init__(self, kind: str, fmt: str, body: bytes = b"", truncated: bool = False, count: int = 0,
                 variables=None, rows=None, boolean=None):
        self.kind, self.fmt, self.body, self.truncated, self.count = kind, fmt, body, truncated, count
        self.variables, self.rows, self.boolean = variables or [], rows or [], boolean


def materialize(results, choose, deadline, max_rows) -> Result:
    """Serialise pyoxigraph results in the format *choose(kind)* picks, within the limits."""
    import io

    from pyoxigraph import (QueryBoolean, QueryResultsFormat, QuerySolutions, RdfFormat, parse,
                            parse_query_results, serialize)

    from kg.store import RESULT_FORMATS
    from kg.vocab import PREFIXES

    limit = max_rows if max_rows and max_rows > 0 else None
    if isinstance(results, QueryBoolean):
        fmt = choose("boolean")
        if fmt == "html":
            return Result("boolean", fmt, boolean=bool(results))
        out = io.BytesIO()
        results.serialize(out, RESULT_FORMATS[fmt])
        return Result("boolean", fmt, out.getvalue(), count=1)
    kind = "solutions" if isinstance(results, QuerySolutions) else "graph"
    fmt = choose(kind)
    if fmt == "html":
        variables = [v.value for v in results.variables] if kind == "solutions" else ["subject", "predicate", "object"]
        rows, truncated = [], False
        for r in results:
            if limit is not None and len(rows) >= limit:
                truncated = True
                break
            _check(deadline)
            rows.append(list(r) if kind == "solutions" else [r.subject, r.predicate, r.object])
        return Result(kind, fmt, truncated=truncated, count=len(rows), variables=variables, rows=rows)
    if kind == "solutions":
        # Serialised by Oxigraph (fast, GIL released) as TSV, one row per line, through a sink
        # that watches the clock and the row limit, then converted to the requested format.
        sink = _Sink(deadline, None if limit is None else limit + 1)
        try:
            results.serialize(sink, QueryResultsFormat.TSV)
        except _Full:
            pass
        tsv = sink.value()
        count = max(0, tsv.count(b"\n") - 1)
        _check(deadline)
        if fmt == "tsv":
            return Result(kind, fmt, tsv, sink.full, count)
        out = io.BytesIO()
        parse_query_results(tsv, QueryResultsFormat.TSV).serialize(out, RESULT_FORMATS[fmt])
        return Result(kind, fmt, out.getvalue(), sink.full, count)
    sink = _Sink(deadline, limit)
    try:
        results.serialize(sink, RdfFormat.N_TRIPLES)
    except _Full:
        pass
    nt = sink.value()
    count = nt.count(b"\n")
    _check(deadline)
    if fmt == "ntriples":
        return Result(kind, fmt, nt, sink.full, count)
    rdf = {"turtle": RdfFormat.TURTLE, "jsonld": RdfFormat.JSON_LD, "rdfxml": RdfFormat.RDF_XML}[fmt]
    out = io.BytesIO()
    serialize(parse(nt, RdfFormat.N_TRIPLES), out, rdf, prefixes=PREFIXES)
    return Result(kind, fmt, out.getvalue(), sink.full, count)


# ----------------------------------------------------------------------------- the application
HTML_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                               "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
}
ROUTES = {"/": ("GET", "HEAD"), "/sparql": ("GET", "POST", "HEAD"), "/queries": ("GET", "HEAD"),
          "/openapi.json": ("GET", "HEAD"), "/docs": ("GET", "HEAD"), "/evidence": ("GET", "HEAD")}


def _methods(path: str) -> tuple[str, ...] | None:
    """The methods a path answers, None for no such path."""
    allowed = ROUTES.get(path)
    if allowed is None and path.startswith(("/queries/", "/static/")):
        allowed = ("GET", "HEAD")
    return allowed


ARTICLE_COLUMNS = ("article", "articleName", "article1", "article_name", "articleIri")
EVIDENCE_COLUMNS = re.compile(r"^(evidence\d*|sentence\d*)$")


class App:
    """Everything but the socket: ``handle(method, target, headers, read_body) -> Response``."""

    def __init__(self, store, *, queries_dirs=(), timeout: float = 30.0, max_rows: int = 10_000,
                 allow_update: bool = False, token: str | None = None, allow_service: bool = False,
                 max_body: int = MAX_BODY, workers: int | None = None, warn=None, cors=()):
        import os

        from kg.queries import load_library

        if allow_update and not token:
            raise ValueError("allow_update needs a bearer token")
        self.cors = {o.rstrip("/") for o in cors}  # origins whose pages may read the answers; "*": any
        self.store = store
        self.library = load_library(queries_dirs, warn=warn)
        self.forms = {name: query_form(q.text) for name, q in self.library.items()}
        self.services = {name for name, q in self.library.items() if uses_keyword(q.text, "SERVICE")}
        self.timeout, self.max_rows, self.max_body = timeout, max_rows, max_body
        self.allow_update, self.token, self.allow_service = allow_update, token, allow_service
        self.runner = _Runner(workers or max(4, min(32, 2 * (os.cpu_count() or 2))), timeout)
        self._update_lock = threading.Lock()
        self._static: dict[str, bytes] = {}
        self._openapi: bytes | None = None
        self._ctx = threading.local()  # per request: answer errors as HTML?

    # -- dispatch ------------------------------------------------------------------------
    def handle(self, method: str, target: str, headers, read_body, answer_early=None) -> Response:
        """The response to one request. *answer_early(response)*, given by the HTTP layer,
        sends a response while the request is still running: the 503 of a query past the
        time limit; ``handle`` then raises :class:`Answered` when the query returns."""
        from urllib.parse import unquote

        path, _, qs = target.partition("?")
        path = unquote(path.split("#", 1)[0]) or "/"
        ctx = self._ctx
        ctx.html = False
        ctx.form = None  # (saved query, its values, SPARQL text) to show again with an error
        ctx.early = None
        if answer_early is not None:
            def early(e: HTTPError, req=ctx.__dict__):
                # runs in the watchdog's thread: use this request's context, not that thread's
                answer_early(self._error(e, req.get("html", False), True, req.get("form")))
            ctx.early = early
        origin = headers.get("Origin") if self.cors else None
        if origin and method == "OPTIONS" and headers.get("Access-Control-Request-Method"):
            return self._preflight(path, origin)
        try:
            resp = self._route(method, path, qs, headers, read_body)
        except HTTPError as e:
            resp = self._error(e, getattr(ctx, "html", False), e.close)
        if origin:
            self._allow_origin(resp, origin)
        return resp

    # -- CORS: off unless kg serve --cors names origins -------------------------------------
    def _allow_origin(self, resp: Response, origin: str) -> bool:
        if "*" in self.cors:
            resp.headers["Access-Control-Allow-Origin"] = "*"
        elif origin.rstrip("/") in self.cors:
            resp.headers["Access-Control-Allow-Origin"] = origin
            resp.headers["Vary"] = ", ".join(filter(None, [resp.headers.get("Vary"), "Origin"]))
        else:
            return False
        resp.headers["Access-Control-Expose-Headers"] = "X-KG-Truncated, X-KG-Max-Rows, Server-Timing"
        return True

    def _preflight(self, path: str, origin: str) -> Response:
        """The answer to a browser's CORS preflight (OPTIONS with Access-Control-Request-Method)."""
        allowed = _methods(path)
        if allowed is None:
            return Response(404, f"not found: {path}\n".encode("utf-8"), "text/plain; charset=utf-8")
        resp = Response(204, b"", "text/plain; charset=utf-8")
        if self._allow_origin(resp, origin):
            resp.headers.update({
                "Access-Control-Allow-Methods": ", ".join(allowed),
                "Access-Control-Allow-Headers": "Accept, Content-Type" + (", Authorization" if self.allow_update else ""),
                "Access-Control-Max-Age": "600"})
        return resp

    def _route(self, method, path, qs, headers, read_body) -> Response:
        allowed = _methods(path)
        name = path[len("/queries/"):] if path not in ROUTES and path.startswith("/queries/") else None
        if allowed is None:
            raise HTTPError(404, f"not found: {path} (see / or /docs)")
        if method not in allowed:
            raise HTTPError(405, f"{method} is not allowed on {path} (allowed: {', '.join(allowed)})",
                            {"Allow": ", ".join(allowed)})
        params = self._params(qs)
        if path == "/":
            self._ctx.html = True
            return self._page("kg", self._index_html())
        if path == "/sparql":
            return self._sparql(method, params, headers, read_body)
        if path == "/queries":
            body = json.dumps([q.metadata() for q in self.library.values()], ensure_ascii=False, indent=1)
            return Response(200, body.encode("utf-8"), "application/json; charset=utf-8")
        if name is not None:
            return self._saved(name, params, headers)
        if path == "/openapi.json":
            return Response(200, self.openapi_json(), "application/json; charset=utf-8")
        if path == "/docs":
            self._ctx.html = True
            return self._page("kg API docs", DOCS_BODY, scripts=("/static/docs.js",))
        if path == "/evidence":
            self._ctx.html = True
            return self._evidence(params)
        return self._static_file(path[len("/static/"):])

    @staticmethod
    def _params(qs: str) -> list[tuple[str, str]]:
        try:
            return parse_query_string(qs)
        except (ValueError, UnicodeDecodeError) as e:
            raise HTTPError(400, f"bad query string: {_first_line(e)}") from None

    def _read_body(self, headers, read_body) -> bytes:
        if headers.get("Transfer-Encoding"):
            raise HTTPError(411, "send the request body with a Content-Length (chunked bodies are not accepted)", close=True)
        raw = headers.get("Content-Length") or "0"
        if not raw.strip().isdigit():
            raise HTTPError(400, f"bad Content-Length: {raw!r}", close=True)
        n = int(raw)
        if n > self.max_body:
            raise HTTPError(413, f"request body too large: {n} bytes (limit {self.max_body})", close=True)
        return read_body(n)

    # -- /sparql ---------------------------------------------------------------------------
    def _sparql(self, method, params, headers, read_body) -> Response:
        ctype = (headers.get("Content-Type") or "").split(";")[0].strip().lower()
        charset = _charset(headers.get("Content-Type") or "")
        if method == "POST":
            body = self._read_body(headers, read_body)
            try:
                text = body.decode(charset)
            except (UnicodeDecodeError, LookupError):
                raise HTTPError(400, f"request body is not valid {charset}") from None
            if ctype == "application/x-www-form-urlencoded":
                params = params + self._params(text)
            elif ctype == "application/sparql-query":
                params = params + [("query", text)]
            elif ctype == "application/sparql-update":
                params = params + [("update", text)]
            else:
                raise HTTPError(415, f"unsupported Content-Type {ctype or '(none)'!r}: use application/sparql-query, "
                                     "application/sparql-update or application/x-www-form-urlencoded")
        queries = [v for k, v in params if k == "query"]
        updates = [v for k, v in params if k == "update"]
        formats = [v for k, v in params if k == "format"]
        self._ctx.html = self._wants_html(formats, headers.get("Accept"), RESULT_NAMES, RESULT_OFFERS)
        if queries and updates:
            raise HTTPError(400, "give either query or update, not both")
        if updates:
            if method != "POST":
                raise HTTPError(400, "SPARQL UPDATE must be sent with POST")
            if len(updates) > 1:
                raise HTTPError(400, "more than one update parameter")
            return self._update(updates[0], params, headers)
        if not queries:
            if self._ctx.html and method != "POST":
                return self._page("kg", self._index_html())
            raise HTTPError(400, "missing query parameter (GET /sparql?query=SELECT... or POST)")
        if len(queries) > 1:
            raise HTTPError(400, "more than one query parameter")
        text = queries[0]
        if not text.strip():
            raise HTTPError(400, "empty query")
        self._ctx.form = (None, None, text)
        words = keywords(text)
        form = query_form(words)
        if form == "UPDATE":
            raise HTTPError(400, "this is a SPARQL UPDATE: send it with POST as update= or application/sparql-update")
        if not self.allow_service and "SERVICE" in words:
            raise HTTPError(403, "federated queries (SERVICE) are disabled on this endpoint (kg serve --allow-service)")
        default = self._graphs(params, "default-graph-uri")
        named = self._graphs(params, "named-graph-uri")
        union = not default and not named and "FROM" not in words
        store = self.store

        def run():
            from kg.vocab import PREFIXES

            if union:  # (what kg.store.run_query does, without lexing the text again)
                return store.query(text, prefixes=PREFIXES, use_default_graph_as_union=True)
            if default or named:
                return store.query(text, prefixes=PREFIXES, default_graph=default, named_graphs=named)
            return store.query(text, prefixes=PREFIXES)  # the query's own FROM / FROM NAMED

        title = "SPARQL query"
        return self._execute(run, form, formats, headers.get("Accept"), title, sparql=text)

    @staticmethod
    def _graphs(params, key):
        from pyoxigraph import NamedNode

        out = []
        for k, v in params:
            if k == key:
                try:
                    out.append(NamedNode(v))
                except ValueError:
                    raise HTTPError(400, f"{key}: {v!r} is not an absolute IRI") from None
        return out

    def _update(self, text, params, headers) -> Response:
        import hmac

        if not self.allow_update:
            raise HTTPError(403, "SPARQL UPDATE is disabled on this endpoint (kg serve --allow-update)")
        auth = headers.get("Authorization") or ""
        scheme, _, given = auth.partition(" ")
        if scheme.lower() != "bearer" or not given.strip():
            raise HTTPError(401, "SPARQL UPDATE needs Authorization: Bearer <token>",
                            {"WWW-Authenticate": 'Bearer realm="kg"'})
        if not hmac.compare_digest(given.strip().encode("utf-8"), self.token.encode("utf-8")):
            raise HTTPError(403, "wrong bearer token")
        if any(k in ("using-graph-uri", "using-named-graph-uri") for k, _ in params):
            raise HTTPError(400, "using-graph-uri / using-named-graph-uri are not supported; use USING in the update")
        if not self.allow_service and uses_keyword(text, "SERVICE", "LOAD"):
            raise HTTPError(403, "SERVICE and LOAD (which fetch URLs) are disabled on this endpoint (kg serve --allow-service)")
        from kg.vocab import PREFIXES

        with self._update_lock:
            try:
                self.store.update(text, prefixes=PREFIXES)
            except SyntaxError as e:
                raise HTTPError(400, f"SPARQL syntax error: {_first_line(e)}") from None
            except OSError as e:
                raise HTTPError(500, f"update failed: {_first_line(e)}") from None
        return Response(204, b"", "text/plain; charset=utf-8")

    # -- /queries/{name} -----------------------------------------------------------------------
    def _saved(self, name, params, headers) -> Response:
        from kg.queries import QueryError, run_saved

        q = self.library.get(name)
        names = {p.name for p in q.params} if q else set()
        formats = [v for k, v in params if k == "format" and "format" not in names]
        self._ctx.html = self._wants_html(formats, headers.get("Accept"), RESULT_NAMES, RESULT_OFFERS)
        if q is None:
            raise HTTPError(404, f"no saved query {name!r} (GET /queries lists them)")
        given: dict[str, str] = {}
        for k, v in params:
            if k == "format" and "format" not in names:
                continue
            if k in given:
                raise HTTPError(400, f"{name}: parameter {k!r} given more than once")
            given[k] = v
        if not self.allow_service and name in self.services:
            raise HTTPError(403, f"{name} uses SERVICE, which is disabled on this endpoint (kg serve --allow-service)")
        self._ctx.form = (name, given, None)
        store, library = self.store, self.library

        def run():
            try:
                return run_saved(store, library, name, given)
            except QueryError as e:
                raise HTTPError(400, str(e)) from None

        return self._execute(run, self.forms.get(name), formats, headers.get("Accept"), q.title or name,
                             saved=name, values=given)

    # -- running and answering -------------------------------------------------------------------
    def _wants_html(self, formats, accept, names, offers) -> bool:
        for v in formats:
            key = names.get(v.strip().lower())
            if key is not None:
                return key == "html"
        return negotiate(accept, offers + [HTML_OFFER]) == "html" if accept and "html" in accept else False

    def _chooser(self, formats, accept):
        def choose(kind: str) -> str:
            names, offers, helps = ((GRAPH_NAMES, GRAPH_OFFERS, GRAPH_HELP) if kind == "graph"
                                    else (RESULT_NAMES, RESULT_OFFERS, RESULT_HELP))
            if formats:
                for v in formats:
                    key = names.get(v.strip().lower())
                    if key is not None:
                        return key
                other = RESULT_NAMES if kind == "graph" else GRAPH_NAMES
                if any(v.strip().lower() in other for v in formats):
                    raise HTTPError(406, f"format {formats[0]!r} is not available for this query's results (use {helps})")
                raise HTTPError(400, f"unknown format {formats[0]!r} (use {helps})")
            key = negotiate(accept, offers + [HTML_OFFER])
            if key is None:
                raise HTTPError(406, f"cannot answer in any type of Accept: {accept} "
                                     f"(available: {', '.join(dict.fromkeys(mt for _, mt in offers))}, text/html)")
            return key
        return choose

    def _execute(self, run, form, formats, accept, title, sparql=None, saved=None, values=None) -> Response:
        choose = self._chooser(formats, accept)
        if form in ("SELECT", "ASK"):
            choose("solutions")  # 400/406 before running anything
        elif form in ("CONSTRUCT", "DESCRIBE"):
            choose("graph")
        max_rows = self.max_rows

        def job(deadline):
            try:
                results = run()
            except SyntaxError as e:
                raise HTTPError(400, f"SPARQL syntax error: {_first_line(e)}") from None
            except (OSError, RuntimeError, ValueError) as e:
                raise HTTPError(500, f"query failed: {_first_line(e)}") from None
            _check(deadline)
            try:
                return materialize(results, choose, deadline, max_rows)
            except (OSError, RuntimeError, ValueError) as e:
                raise HTTPError(500, f"query failed: {_first_line(e)}") from None

        t0 = time.perf_counter()
        res = self.runner.run(job, self._ctx.early)
        ms = (time.perf_counter() - t0) * 1000
        hdrs = {"Vary": "Accept", "Server-Timing": f"query;dur={ms:.1f}"}
        if res.truncated:
            hdrs.update({"X-KG-Truncated": "true", "X-KG-Max-Rows": str(self.max_rows)})
        if res.fmt == "html":
            self._ctx.html = True
            body = self._results_html(res, title, ms, sparql=sparql, saved=saved, values=values)
            resp = self._page(f"{title} — kg", body)
            resp.headers.update(hdrs)
            return resp
        return Response(200, res.body, CONTENT_TYPES[res.fmt], hdrs)

    def _error(self, e: HTTPError, as_html: bool, close: bool, form=False) -> Response:
        if as_html:
            body = (f'<section id="results-section"><h2>Error {e.status}</h2>'
                    f'<p class="error" id="error">{_esc(e.message)}</p></section>')
            if form is False:
                form = getattr(self._ctx, "form", None)
            body += self._index_html(*form) if form else '<p><a href="/">Back to the queries</a></p>'

            resp = self._page(f"Error {e.status} — kg", body, status=e.status)
        else:
            resp = Response(e.status, (e.message + "\n").encode("utf-8"), "text/plain; charset=utf-8")
        resp.headers.update(e.headers)
        resp.close = close
        return resp

    # -- static, docs, openapi ---------------------------------------------------------------------
    def _static_file(self, name: str) -> Response:
        if not re.fullmatch(r"[a-z0-9_-]+\.(css|js)", name):
            raise HTTPError(404, f"not found: /static/{name}")
        if name not in self._static:
            f = STATIC_DIR / name
            if not f.is_file():
                raise HTTPError(404, f"not found: /static/{name}")
            self._static[name] = f.read_bytes()
        ctype = "text/css; charset=utf-8" if name.endswith(".css") else "text/javascript; charset=utf-8"
        return Response(200, self._static[name], ctype, {"Cache-Control": "max-age=300", "X-Content-Type-Options": "nosniff"})

    def openapi_json(self) -> bytes:
        if self._openapi is None:
            self._openapi = json.dumps(openapi(self.library, self.allow_update), ensure_ascii=False, indent=1).encode("utf-8")
        return self._openapi

    # -- HTML ---------------------------------------------------------------------------------------
    def _page(self, title: str, body: str, status: int = 200, scripts=("/static/kg.js",)) -> Response:
        js = "".join(f'<script src="{s}" defer></script>' for s in scripts)
        page = (f'<!doctype html>\n<html lang="en"><head><meta charset="utf-8">'
                f'<meta name="viewport" content="width=device-width, initial-scale=1">'
                f'<title>{_esc(title)}</title><link rel="stylesheet" href="/static/kg.css">{js}</head>'
                f'<body><header><a class="brand" href="/">kg</a> <span>knowledge graph of diplomatic and military events</span>'
                f'<nav><a href="/">Queries</a> <a href="/docs">API docs</a> <a href="/openapi.json">OpenAPI</a> '
                f'<a href="/queries">Saved queries (JSON)</a></nav></header><main>{body}</main></body></html>')
        return Response(status, page.encode("utf-8"), "text/html; charset=utf-8", dict(HTML_HEADERS))

    def _index_html(self, active: str | None = None, values: dict | None = None, sparql: str | None = None) -> str:
        parts = ['<section class="intro"><p>Run a saved query (fill in its parameters) or write your own SPARQL. '
                 'The same answers are available as JSON, XML, CSV or TSV from <code>/queries/{name}</code> and the '
                 'SPARQL endpoint <code>/sparql</code> (see <a href="/docs">the API docs</a>). Evidence sentences link '
                 'to the article they come from.</p></section>',
                 '<section id="saved-queries"><h2>Saved queries</h2>']
        for q in self.library.values():
            vals = values if q.name == active else {}
            examples = example_params(q)
            fields = []
            for p in q.params:
                fid = f"f-{q.name}-{p.name}"
                value = (vals or {}).get(p.name, "")
                req = " required" if p.required else ""
                label = (f'<label for="{_esc(fid)}">{_esc(p.name)}{" *" if p.required else ""} '
                         f'<small>{_esc(p.description or p.type)}</small></label>')
                if p.values:
                    opts = "" if p.required else '<option value="">(any)</option>'
                    for v in p.values:
                        sel = " selected" if v == (value or p.default) else ""
                        opts += f'<option value="{_esc(v)}"{sel}>{_esc(v)}</option>'
                    ctl = f'<select id="{_esc(fid)}" name="{_esc(p.name)}"{req}>{opts}</select>'
                else:
                    typ = "date" if p.type == "xsd:date" else ("number" if p.type in ("xsd:integer", "xsd:int") else "text")
                    ph = examples.get(p.name) or p.default or ("IRI or name" if p.type.startswith("kg:") or p.type == "IRI" else "")
                    ph_attr = f' placeholder="{_esc("e.g. " + ph if ph and typ == "text" else ph)}"' if ph else ""
                    ctl = (f'<input id="{_esc(fid)}" type="{typ}" name="{_esc(p.name)}" value="{_esc(value or p.default or "")}"'
                           f'{ph_attr}{req}>')
                fields.append(f'<div class="field">{label}{ctl}</div>')
            act = " active" if q.name == active else ""
            parts.append(
                f'<section class="query{act}" id="q-{_esc(q.name)}"><h3>{_esc(q.title or q.name)} '
                f'<code>{_esc(q.name)}</code></h3><p>{_esc(q.description)}</p>'
                f'<form class="saved-query" method="get" action="/queries/{quote(q.name)}">{"".join(fields)}'
                f'<input type="hidden" name="format" value="html"><button type="submit">Run</button> '
                f'<a class="api" href="/queries/{quote(q.name)}?{_esc(urlencode(examples))}">JSON</a></form></section>')
        parts.append("</section>")
        default_q = sparql if sparql is not None else EXAMPLE_SPARQL
        prefixes = ", ".join(f"{k}:" for k in _prefixes())
        parts.append(f'<section id="sparql-box"><h2>Your own SPARQL</h2>'
                     f'<form method="get" action="/sparql" id="sparql-form"><textarea name="query" id="sparql-query" rows="10" '
                     f'spellcheck="false">{_esc(default_q)}</textarea><input type="hidden" name="format" value="html">'
                     f'<button type="submit">Run query</button> <small>Ctrl+Enter runs it. Predeclared prefixes: '
                     f'{_esc(prefixes)}. The default graph is the union of all graphs.</small></form></section>')
        return "".join(parts)

    def _results_html(self, res: Result, title, ms, sparql=None, saved=None, values=None) -> str:
        n = res.count
        head = f'<section id="results-section"><h2>{_esc(title)}</h2>'
        if saved and values:
            head += "<p class=\"params\">" + ", ".join(f"{_esc(k)} = <b>{_esc(v)}</b>" for k, v in values.items() if v) + "</p>"
        if res.kind == "boolean":
            head += f'<p class="boolean" id="boolean">{"true" if res.boolean else "false"}</p>'
        else:
            unit = "triple" if res.kind == "graph" else "row"
            head += f'<p class="count">{n} {unit}{"s" if n != 1 else ""} in {ms:.0f} ms</p>'
            if res.truncated:
                head += (f'<p class="warning" id="truncated">Only the first {self.max_rows} {unit}s are shown '
                         f'(kg serve --max-rows).</p>')
            head += self._table(res)
        links = []
        fmts = [("json", "JSON"), ("xml", "XML"), ("csv", "CSV"), ("tsv", "TSV")] if res.kind != "graph" else \
               [("turtle", "Turtle"), ("ntriples", "N-Triples"), ("jsonld", "JSON-LD"), ("rdfxml", "RDF/XML")]
        for f, label in fmts:
            if saved:
                href = f"/queries/{quote(saved)}?" + urlencode({**{k: v for k, v in (values or {}).items() if v}, "format": f})
            else:
                href = "/sparql?" + urlencode({"query": sparql or "", "format": f})
            links.append(f'<a href="{_esc(href)}">{label}</a>')
        head += f'<p class="downloads">Download: {" · ".join(links)}</p></section>'
        return head + self._index_html(active=saved, values=values, sparql=sparql)

    def _table(self, res: Result) -> str:
        from pyoxigraph import Literal, NamedNode

        cols = res.variables
        idx = {c: i for i, c in enumerate(cols)}
        art_col = next((c for c in ARTICLE_COLUMNS if c in idx), None)
        iri_art_col = next((c for c in ARTICLE_COLUMNS if c in idx and c != art_col), None)
        out = ['<table class="results" id="results"><thead><tr>',
               "".join(f"<th>{_esc(c)}</th>" for c in cols), "</tr></thead><tbody>"]
        for row in res.rows:
            article = None
            for c in (art_col, iri_art_col):
                if c is not None and row[idx[c]] is not None:
                    t = row[idx[c]]
                    if article is None or isinstance(t, NamedNode):
                        article = t.value
            begin = row[idx["begin"]] if "begin" in idx else None
            end = row[idx["end"]] if "end" in idx else None
            cells = []
            for c, t in zip(cols, row):
                if t is None:
                    cells.append("<td></td>")
                    continue
                if EVIDENCE_COLUMNS.match(c) and isinstance(t, Literal):
                    q = {}
                    if article:
                        q["article"] = article
                    if begin is not None and end is not None:
                        q.update(begin=begin.value, end=end.value)
                    q["text"] = t.value
                    href = "/evidence?" + urlencode(q) + "#hl"
                    cells.append(f'<td class="evidence"><a class="evidence-link" href="{_esc(href)}" '
                                 f'title="Show in the article">{_esc(t.value)}</a></td>')
                    continue
                cells.append(self._cell(t))
            out.append("<tr>" + "".join(cells) + "</tr>")
        out.append("</tbody></table>")
        return "".join(out)

    def _cell(self, t) -> str:
        from pyoxigraph import Literal, NamedNode

        from kg.vocab import KGR_NS

        if isinstance(t, NamedNode):
            iri = t.value
            short = _compact(iri)
            href = None
            if iri.startswith(KGR_NS + "event/") and "event-sources" in self.library:
                href = "/queries/event-sources?" + urlencode({"event": iri, "format": "html"})
            elif iri.startswith(KGR_NS + "article/"):
                href = "/evidence?" + urlencode({"article": iri})
            elif re.match(re.escape(KGR_NS) + r"(person|country|org|bloc)/", iri) and "actor-profile" in self.library:
                href = "/queries/actor-profile?" + urlencode({"actor": iri, "format": "html"})
            if href:
                return f'<td class="iri"><a href="{_esc(href)}" title="{_esc(iri)}">{_esc(short)}</a></td>'
            return f'<td class="iri" title="{_esc(iri)}">{_esc(short)}</td>'
        if isinstance(t, Literal):
            dt = t.datatype.value if t.datatype else ""
            cls = "num" if dt.endswith(("#integer", "#decimal", "#double", "#float", "#nonNegativeInteger", "#int")) else "lit"
            lang = f' lang="{_esc(t.language)}"' if t.language else ""
            return f'<td class="{cls}"{lang}>{_esc(t.value)}</td>'
        return f"<td>{_esc(str(t))}</td>"

    # -- /evidence ----------------------------------------------------------------------------------
    def _evidence(self, params) -> Response:
        from pyoxigraph import Literal, NamedNode, Variable

        from kg.store import run_query
        from kg.vocab import SPARQL_PREFIXES

        p = {}
        for k, v in params:
            p.setdefault(k, v)
        ref, text = (p.get("article") or "").strip(), p.get("text") or ""
        try:
            begin = int(p["begin"]) if p.get("begin") not in (None, "") else None
            end = int(p["end"]) if p.get("end") not in (None, "") else None
        except ValueError:
            raise HTTPError(400, "begin and end must be integers (character offsets)") from None
        if not ref and not text:
            raise HTTPError(400, "give article= (its IRI or name) and begin=/end= or text= (the evidence sentence)")
        store = self.store
        q_article = SPARQL_PREFIXES + """
SELECT ?a ?name ?body ?headline ?published ?outlet ?url WHERE {
  ?a a schema:NewsArticle ; kg:sourceName ?name ; schema:articleBody ?body .
  OPTIONAL { ?a schema:headline ?headline }
  OPTIONAL { ?a schema:datePublished ?published }
  OPTIONAL { ?a schema:publisher/rdfs:label ?outlet }
  OPTIONAL { ?a schema:url ?url }
} LIMIT 1"""
        q_anchor = SPARQL_PREFIXES + """
SELECT ?a ?text ?b ?e WHERE { ?ev nif:anchorOf ?text ; nif:referenceContext ?a ; nif:beginIndex ?b ; nif:endIndex ?e }
ORDER BY ?a ?b LIMIT 50"""

        def job(deadline):
            def article(subs):
                for r in run_query(store, q_article, subs):
                    return {k: r[k] for k in ("a", "name", "body", "headline", "published", "outlet", "url")}
                return None

            row = None
            if ref:
                if ref.startswith(("http://", "https://")):
                    try:
                        row = article({Variable("a"): NamedNode(ref)})
                    except ValueError:
                        raise HTTPError(400, f"article: {ref!r} is not a valid IRI") from None
                else:
                    row = article({Variable("name"): Literal(ref)})
            anchors = []
            if text and (row is None or begin is None):
                anchors = [(r["a"], int(r["b"].value), int(r["e"].value))
                           for r in run_query(store, q_anchor, {Variable("text"): Literal(text)})]
            if row is None and not ref and anchors:
                row = article({Variable("a"): anchors[0][0]})
            if row is None:
                raise HTTPError(404, f"no article {ref!r} in the store" if ref else "no article holds this evidence sentence")
            _check(deadline)
            return row, anchors

        row, anchors = self.runner.run(job, self._ctx.early)
        body = row["body"].value
        note = ""
        b, e = begin, end
        if b is not None or e is not None:
            if b is None or e is None or not (0 <= b < e <= len(body)):
                raise HTTPError(400, f"begin/end must satisfy 0 <= begin < end <= {len(body)} (the article's length)")
            if text and body[b:e] != text:
                note = "The text at these offsets differs from the evidence sentence given."
        elif text:
            hits = [(x, y) for a, x, y in anchors if a == row["a"]]
            pos = body.find(text)
            if hits:
                b, e = hits[0]
            elif pos >= 0:
                b, e = pos, pos + len(text)
            else:
                note = "The evidence sentence was not found in this article's text."
        parts = [f'<article class="source"><h2>{_esc(row["headline"].value if row["headline"] else row["name"].value)}</h2>',
                 '<p class="meta">']
        meta = [f'<code>{_esc(row["name"].value)}</code>']
        if row["outlet"]:
            meta.append(_esc(row["outlet"].value))
        if row["published"]:
            meta.append(_esc(row["published"].value))
        if row["url"] and row["url"].value.startswith(("http://", "https://")):
            meta.append(f'<a href="{_esc(row["url"].value)}" rel="noopener noreferrer nofollow">{_esc(row["url"].value)}</a>')
        meta.append(f'<span title="{_esc(row["a"].value)}">{_esc(_compact(row["a"].value))}</span>')
        parts.append(" · ".join(meta) + "</p>")
        if note:
            parts.append(f'<p class="warning" id="evidence-note">{_esc(note)}</p>')
            if text:
                parts.append(f'<blockquote class="evidence-text">{_esc(text)}</blockquote>')
        if b is not None and e is not None:
            parts.append(f'<div class="article-body" id="article-body">{_esc(body[:b])}<mark id="hl">{_esc(body[b:e])}</mark>'
                         f'{_esc(body[e:])}</div>')
        else:
            parts.append(f'<div class="article-body" id="article-body">{_esc(body)}</div>')
        parts.append("</article>")
        return self._page(f"{row['name'].value} — kg evidence", "".join(parts))


def _unquote_plus(s: str) -> str:
    """``urllib.parse.unquote_plus(s, errors="strict")``, several times faster on long ASCII
    text (a URL-encoded query): %XX become \\xXX escapes decoded in C."""
    if not s.isascii():
        return unquote_plus(s, errors="strict")
    if "%" not in s:
        return s.replace("+", " ")
    try:
        raw = codecs.escape_decode(s.replace("+", " ").replace("\\", "\\\\").replace("%", "\\x").encode("ascii"))[0]
    except ValueError:  # a malformed escape: leave it to the standard library
        return unquote_plus(s, errors="strict")
    return raw.decode("utf-8")


def parse_query_string(qs: str, max_fields: int = 1000) -> list[tuple[str, str]]:
    """Same as ``parse_qsl(qs, keep_blank_values=True, errors="strict")``.

    >>> parse_query_string("query=SELECT+%3Fs+%7B%7D&format=json&x=%E2%82%AC&y")
    [('query', 'SELECT ?s {}'), ('format', 'json'), ('x', '€'), ('y', '')]
    """
    parts = [p for p in qs.split("&") if p]
    if len(parts) > max_fields:
        raise ValueError(f"more than {max_fields} parameters")
    return [(_unquote_plus(k), _unquote_plus(v)) for k, _, v in (p.partition("=") for p in parts)]


def _charset(content_type: str) -> str:
    m = re.search(r"charset\s*=\s*\"?([\w.:-]+)", content_type, re.I)
    return m.group(1) if m else "utf-8"


def _esc(s) -> str:
    return html.escape(str(s), quote=True)


def _prefixes() -> dict:
    from kg.vocab import PREFIXES

    return PREFIXES


_SORTED_NS: list | None = None


def _compact(iri: str) -> str:
    global _SORTED_NS
    if _SORTED_NS is None:
        _SORTED_NS = sorted(((ns, p) for p, ns in _prefixes().items()), key=lambda x: -len(x[0]))
    for ns, p in _SORTED_NS:
        if iri.startswith(ns) and re.fullmatch(r"[\w.\-]*", iri[len(ns):]):
            return f"{p}:{iri[len(ns):]}"
    return iri


def example_params(q) -> dict[str, str]:
    """Parameter values from a saved query's ``#+ example:`` lines (``--param k=v``)."""
    import shlex

    out: dict[str, str] = {}
    for ex in q.examples:
        try:
            words = shlex.split(ex)
        except ValueError:
            continue
        for i, w in enumerate(words[:-1]):
            if w in ("--param", "-p") and "=" in words[i + 1]:
                k, v = words[i + 1].split("=", 1)
                out.setdefault(k, v)
    return out


EXAMPLE_SPARQL = """SELECT ?date ?type ?event ?evidence WHERE {
  ?event a kg:ResolvedEvent , ?type .
  FILTER(?type IN (kg:Meeting, kg:PhoneCall, kg:WeaponSupplyAllegation))
  OPTIONAL { ?event kg:date ?date }
  OPTIONAL { ?event kg:evidence/nif:anchorOf ?evidence }
}
ORDER BY DESC(?date)
LIMIT 20"""

DOCS_BODY = ('<section id="docs"><h1>kg HTTP API</h1><p>Generated from <a href="/openapi.json">/openapi.json</a>. '
             'Fill in the parameters and press <b>Send</b>; the request is made from this page.</p>'
             '<div id="operations"><p>Loading…</p></div></section>')


# ----------------------------------------------------------------------------- OpenAPI
def _param_schema(p) -> dict:
    if p.values:
        s = {"type": "string", "enum": list(p.values)}
    elif p.type == "xsd:date":
        s = {"type": "string", "format": "date"}
    elif p.type in ("xsd:integer", "xsd:int"):
        s = {"type": "integer"}
    elif p.type == "xsd:string":
        s = {"type": "string"}
    elif p.type == "IRI":
        s = {"type": "string", "format": "iri"}
    else:
        s = {"type": "string"}
    if p.default is not None:
        s["default"] = int(p.default) if s["type"] == "integer" and re.fullmatch(r"-?\d+", p.default) else p.default
    return s


def _type_help(p) -> str:
    if p.type.startswith("kg:") and p.type != "kg:EventClass":
        return f" An IRI, a short form such as person:vladimir-putin, or a label of a {p.type}."
    if p.type == "IRI":
        return " An IRI."
    return ""


def openapi(library: dict, allow_update: bool = False) -> dict:
    """An OpenAPI 3.0 description: the SPARQL endpoint and one path per saved query."""
    from kg import __version__

    err = {"description": "Error (one line of text)", "content": {"text/plain": {"schema": {"type": "string"}}}}
    results = {mt: {"schema": {"type": "string"}} for mt in dict.fromkeys(mt for _, mt in RESULT_OFFERS[:4])}
    results["application/sparql-results+json"] = {"schema": {"$ref": "#/components/schemas/SparqlResults"}}
    results["text/html"] = {"schema": {"type": "string"}}
    graphs = {mt: {"schema": {"type": "string"}} for mt in dict.fromkeys(mt for _, mt in GRAPH_OFFERS[:4])}
    fmt_param = {"name": "format", "in": "query", "required": False,
                 "description": "Override content negotiation: json, xml, csv, tsv or html (CONSTRUCT/DESCRIBE: "
                                "turtle, ntriples, jsonld, rdfxml, html).",
                 "schema": {"type": "string", "enum": ["json", "xml", "csv", "tsv", "html", "turtle", "ntriples", "jsonld", "rdfxml"]}}
    graph_params = [
        {"name": "default-graph-uri", "in": "query", "required": False, "style": "form", "explode": True,
         "description": "Default graph(s) of the dataset. Without this and named-graph-uri the default graph is the union of all graphs.",
         "schema": {"type": "array", "items": {"type": "string", "format": "iri"}}},
        {"name": "named-graph-uri", "in": "query", "required": False, "style": "form", "explode": True,
         "description": "Named graph(s) of the dataset.", "schema": {"type": "array", "items": {"type": "string", "format": "iri"}}},
    ]
    query_responses = {
        "200": {"description": "Query results (SELECT/ASK) or an RDF graph (CONSTRUCT/DESCRIBE); rows beyond the "
                               "server's limit are cut and flagged with X-KG-Truncated", "content": {**results, **graphs},
                "headers": {"X-KG-Truncated": {"schema": {"type": "string"}, "description": "true when rows were cut"}}},
        "400": err, "403": err, "406": err, "413": err, "503": err}
    paths: dict = {
        "/sparql": {
            "get": {"operationId": "sparqlQuery", "tags": ["SPARQL"], "summary": "SPARQL 1.1 query (GET)",
                    "description": "The SPARQL 1.1 Protocol. The kg prefixes are predeclared; the default graph is the "
                                   "union of all graphs. Results by Accept header or format=.",
                    "parameters": [{"name": "query", "in": "query", "required": True, "description": "The SPARQL query",
                                    "schema": {"type": "string"},
                                    "example": "SELECT ?s ?label WHERE { ?s a kg:Country ; rdfs:label ?label } LIMIT 10"},
                                   *graph_params, fmt_param],
                    "responses": query_responses},
            "post": {"operationId": "sparqlPost", "tags": ["SPARQL"], "summary": "SPARQL 1.1 query or update (POST)",
                     "description": "query= or update= as a form, or the text as application/sparql-query / "
                                    "application/sparql-update. Updates need the server's --allow-update and a bearer token.",
                     "parameters": [*graph_params, fmt_param],
                     "requestBody": {"required": True, "content": {
                         "application/x-www-form-urlencoded": {"schema": {"type": "object", "properties": {
                             "query": {"type": "string"}, "update": {"type": "string"},
                             "default-graph-uri": {"type": "array", "items": {"type": "string"}},
                             "named-graph-uri": {"type": "array", "items": {"type": "string"}}}}},
                         "application/sparql-query": {"schema": {"type": "string"}},
                         "application/sparql-update": {"schema": {"type": "string"}}}},
                     "responses": {**query_responses, "204": {"description": "Update done"}, "401": err, "415": err}},
        },
        "/queries": {"get": {"operationId": "listQueries", "tags": ["Saved queries"], "summary": "The saved queries",
                             "responses": {"200": {"description": "Metadata of every saved query", "content": {
                                 "application/json": {"schema": {"type": "array",
                                                                 "items": {"$ref": "#/components/schemas/SavedQuery"}}}}}}}},
    }
    for name, q in library.items():
        examples = example_params(q)
        params = []
        for p in q.params:
            d = {"name": p.name, "in": "query", "required": bool(p.required),
                 "description": ((p.description or p.type) + _type_help(p)).strip(), "schema": _param_schema(p),
                 "x-kg-type": p.type}
            if p.name in examples:
                d["example"] = examples[p.name]
            params.append(d)
        if "format" not in {p.name for p in q.params}:
            params.append(fmt_param)
        paths[f"/queries/{name}"] = {"get": {
            "operationId": "query_" + re.sub(r"\W", "_", name), "tags": ["Saved queries"],
            "summary": q.title or name, "description": q.description or q.title or name,
            "parameters": params,
            "responses": {"200": query_responses["200"], "400": err, "403": err, "406": err, "503": err}}}
    paths["/evidence"] = {"get": {
        "operationId": "evidence", "tags": ["Web"], "summary": "An article's text with an evidence sentence highlighted (HTML)",
        "parameters": [
            {"name": "article", "in": "query", "required": False, "description": "Article IRI or name (kg:sourceName)",
             "schema": {"type": "string"}},
            {"name": "begin", "in": "query", "required": False, "schema": {"type": "integer", "minimum": 0}},
            {"name": "end", "in": "query", "required": False, "schema": {"type": "integer", "minimum": 0}},
            {"name": "text", "in": "query", "required": False, "description": "The evidence sentence",
             "schema": {"type": "string"}}],
        "responses": {"200": {"description": "HTML page", "content": {"text/html": {"schema": {"type": "string"}}}},
                      "400": err, "404": err}}}
    term = {"type": "object", "required": ["type", "value"], "properties": {
        "type": {"type": "string", "enum": ["uri", "literal", "bnode", "triple"]}, "value": {},
        "datatype": {"type": "string"}, "xml:lang": {"type": "string"}}}
    doc = {
        "openapi": "3.0.3",
        "info": {"title": "kg knowledge graph", "version": __version__,
                 "description": "SPARQL endpoint and saved queries over the kg store of diplomatic and military events."},
        "servers": [{"url": "/"}],
        "tags": [{"name": "Saved queries"}, {"name": "SPARQL"}, {"name": "Web"}],
        "paths": paths,
        "components": {"schemas": {
            "SavedQuery": {"type": "object", "properties": {
                "name": {"type": "string"}, "title": {"type": "string"}, "description": {"type": "string"},
                "parameters": {"type": "array", "items": {"type": "object"}}, "examples": {"type": "array", "items": {"type": "string"}}}},
            "SparqlResults": {"type": "object", "properties": {
                "head": {"type": "object", "properties": {"vars": {"type": "array", "items": {"type": "string"}}}},
                "boolean": {"type": "boolean"},
                "results": {"type": "object", "properties": {"bindings": {"type": "array", "items": {
                    "type": "object", "additionalProperties": term}}}}}}}},
    }
    if allow_update:
        doc["components"]["securitySchemes"] = {"bearer": {"type": "http", "scheme": "bearer"}}
        paths["/sparql"]["post"]["security"] = [{"bearer": []}, {}]
    return doc


# ----------------------------------------------------------------------------- the server
def make_server(store, host: str = "127.0.0.1", port: int = 7878, queries_dirs=(), timeout: float = 30.0,
                max_rows: int = 10_000, allow_update: bool = False, token: str | None = None,
                allow_service: bool = False, *, max_body: int = MAX_BODY, workers: int | None = None,
                quiet: bool = False, warn=None, sock=None, cors=()):
    """A ready-to-run threaded HTTP server (call ``serve_forever()``); port 0 picks a free one.
    With *sock* (from :func:`kg.httpserver.listen`) it accepts on that socket instead."""
    import sys

    from kg import __version__
    from kg.httpserver import make_server as http_server

    app = App(store, queries_dirs=queries_dirs, timeout=timeout, max_rows=max_rows, allow_update=allow_update,
              token=token, allow_service=allow_service, max_body=max_body, workers=workers,
              warn=warn or (lambda m: print(f"kg serve: warning: {m}", file=sys.stderr)), cors=cors)
    server = http_server(app, host, port, server_header=f"kg/{__version__}", quiet=quiet, sock=sock)
    server.app = app
    return server


def _banner(h, p, n_queries, timeout, max_rows, allow_update, allow_service, processes=1) -> None:
    import sys

    shown = f"[{h}]" if ":" in h else h
    print(f"kg serve: http://{shown}:{p}/  (SPARQL endpoint /sparql, saved queries /queries, docs /docs); "
          f"{n_queries} saved queries, time limit {timeout:g} s, max {max_rows} rows"
          f"{f', {processes} processes' if processes > 1 else ''}"
          f"{', updates allowed' if allow_update else ''}{', SERVICE allowed' if allow_service else ''}. Ctrl-C stops.",
          file=sys.stderr, flush=True)
    if h not in ("127.0.0.1", "::1", "localhost"):
        print("kg serve: warning: listening beyond this machine; anyone who can reach it can query the store",
              file=sys.stderr)


def serve(store, host: str = "127.0.0.1", port: int = 7878, queries_dirs=(), timeout: float = 30.0,
          max_rows: int = 10_000, allow_update: bool = False, token: str | None = None,
          allow_service: bool = False, **kw) -> None:
    """Serve until interrupted (Ctrl-C)."""
    import sys

    try:
        server = make_server(store, host, port, queries_dirs, timeout, max_rows, allow_update, token, allow_service, **kw)
    except OSError as e:
        print(f"kg: error: cannot listen on {host}:{port}: {e.strerror or e}", file=sys.stderr)
        raise SystemExit(1)
    _banner(*server.server_address[:2], len(server.app.library), timeout, max_rows, allow_update, allow_service)
    try:
        server.serve_forever(poll_interval=0.5)
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


def serve_processes(open_store, processes: int, host: str = "127.0.0.1", port: int = 7878, queries_dirs=(),
                    timeout: float = 30.0, max_rows: int = 10_000, allow_service: bool = False,
                    start_grace: float = 2.0, **kw) -> None:
    """Serve read-only from *processes* pre-forked processes sharing one listening socket.

    One Python process runs the Python part of every request (HTTP, routing, SPARQL parsing)
    under one lock, the GIL, so on several cores a busy server of small queries is held to one;
    processes are not. Each opens the store itself with *open_store()* after the fork (a
    RocksDB handle must not cross a fork), read-only: updates need a single process. A
    process that dies is replaced; if one fails within *start_grace* seconds of starting
    (the store cannot be opened, say) all stop and the error is reported. Unix only."""
    import os
    import signal
    import sys

    from kg.queries import load_library

    if not hasattr(os, "fork"):
        print("kg: error: --processes needs a system with fork() (Linux, macOS); use one process here",
              file=sys.stderr)
        raise SystemExit(1)
    library = load_library(queries_dirs, warn=lambda m: print(f"kg serve: warning: {m}", file=sys.stderr))
    from kg.httpserver import listen

    try:
        sock = listen(host, port)
    except OSError as e:
        print(f"kg: error: cannot listen on {host}:{port}: {e.strerror or e}", file=sys.stderr)
        raise SystemExit(1)
    children: dict[int, float] = {}
    stopping = False

    def child() -> int:
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        try:
            store = open_store()
            server = make_server(store, host, port, queries_dirs, timeout, max_rows, False, None, allow_service,
                                 warn=lambda m: None, **kw, sock=sock)
            server.serve_forever(poll_interval=0.5)
        except KeyboardInterrupt:
            return 0
        except Exception as e:  # noqa: BLE001 - reported, and the parent decides
            print(f"kg: error: {e}", file=sys.stderr, flush=True)
            return 1
        return 0

    def spawn():
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:
            code = 1
            try:
                code = child()
            finally:
                os._exit(code)
        children[pid] = time.monotonic()

    def stop_all(*_):
        nonlocal stopping
        stopping = True
        for pid in list(children):
            try:
                os.kill(pid, signal.SIGTERM)
            except ProcessLookupError:
                pass

    def terminate(*_):
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, terminate)  # `kill` stops the children too
    failed = False
    try:
        for _ in range(processes):
            spawn()
        _banner(*sock.getsockname()[:2], len(library), timeout, max_rows, False, allow_service, processes)
        while children:
            try:
                pid, status = os.wait()
            except ChildProcessError:
                break
            started = children.pop(pid, None)
            if started is None or stopping:
                continue
            code = os.waitstatus_to_exitcode(status)
            if time.monotonic() - started < start_grace:
                print(f"kg: error: a server process stopped at start (exit {code}); stopping", file=sys.stderr)
                failed = True
                stop_all()
                continue
            print(f"kg serve: warning: server process {pid} stopped (exit {code}); starting another",
                  file=sys.stderr, flush=True)
            spawn()
    except KeyboardInterrupt:
        pass
    finally:
        stop_all()
        for pid in list(children):
            try:
                os.waitpid(pid, 0)
            except ChildProcessError:
                pass
        sock.close()
    if failed:
        raise SystemExit(1)
