"""The ASGI application (Starlette): routes, the SPARQL 1.1 Protocol's request side, the
guard rails, and the pages around the answers. Queries run in the query workers
(:mod:`kg.web.executor`); this module only reads requests and writes answers.

Routes::

    GET  /                      web page: saved-query forms, a SPARQL box, results as a table
    GET  /sparql?query=...      SPARQL 1.1 Protocol (also POST form / application/sparql-query)
    POST /sparql                update=... or application/sparql-update (only with --allow-update + token)
    GET  /queries               the saved queries' metadata (JSON)
    GET  /queries/{name}?p=v    run a saved query; same formats and negotiation as /sparql
    GET  /evidence?article=&begin=&end=   an article's text with the evidence highlighted
    GET  /openapi.json, /docs   OpenAPI 3 description and interactive docs (no CDN)
    GET  /timeline, /network, /event/{id}, /actor/{kind}/{id}, /api/...   the graph's pages
                                (kg.web.graph_pages)

Guard rails: ``SERVICE`` (and ``LOAD`` in updates) -- found by a lexer that skips strings,
IRIs, comments and prefixed names -- get 403 unless ``allow_service``; updates get 403
unless ``allow_update``, then need ``Authorization: Bearer <token>`` (401 without, 403
wrong). Request bodies over ``max_body`` bytes get 413. Hosts other than the trusted ones
get 400 (Starlette's TrustedHostMiddleware: a web page cannot reach a local store through
DNS rebinding); other origins' pages may read the answers only with ``cors`` (Starlette's
CORSMiddleware). Without ``default-graph-uri``/``named-graph-uri`` (or FROM in the query)
the default graph is the union of all graphs, as in ``kg query``. Every error is one line
(an HTML page for browsers); a 5xx is also logged with its request.
"""

from __future__ import annotations

import hmac
import json
import os
import re
import sys
import time
from urllib.parse import unquote

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.responses import Response
from starlette.requests import Request
from starlette.routing import Mount

from kg.web import graph_pages, pages
from kg.web.executor import QueryPool
from kg.web.openapi import openapi
from kg.web.protocol import (CONTENT_TYPES, MAX_BODY, HTTPError, charset, choose_format, first_line,
                             parse_query_string, query_form, uses_keyword, wants_html)

LOCAL_HOSTS = ("localhost", "127.0.0.1", "::1")
METHODS = {"/": ("GET", "HEAD"), "/sparql": ("GET", "POST", "HEAD"), "/queries": ("GET", "HEAD"),
           "/openapi.json": ("GET", "HEAD"), "/docs": ("GET", "HEAD"), "/evidence": ("GET", "HEAD")}


def methods(path: str) -> tuple[str, ...] | None:
    """The methods a path answers, None for no such path."""
    allowed = METHODS.get(path)
    if allowed is None and path.startswith(("/queries/", "/static/")):
        allowed = ("GET", "HEAD")
    if allowed is None and graph_pages.handles(path):
        allowed = ("GET", "HEAD")
    return allowed


class _State:
    """Per request: answer errors as a page? which form to show again with one?"""

    __slots__ = ("html", "form")

    def __init__(self):
        self.html, self.form = False, None


class Site:
    """The endpoints, over one saved-query library and one pool of query workers."""

    def __init__(self, pool: QueryPool, library: dict, *, max_rows: int = 10_000, max_body: int = MAX_BODY,
                 allow_update: bool = False, token: str | None = None, allow_service: bool = False, log=None):
        if allow_update and not token:
            raise ValueError("allow_update needs a bearer token")
        self.pool, self.library = pool, library
        self.forms = {name: query_form(q.text) for name, q in library.items()}
        self.services = {name for name, q in library.items() if uses_keyword(q.text, "SERVICE")}
        self.max_rows, self.max_body = max_rows, max_body
        self.allow_update, self.token, self.allow_service = allow_update, token, allow_service
        self.log = log or (lambda m: print(f"kg serve: {m}", file=sys.stderr, flush=True))
        self._static: dict[str, bytes] = {}
        self._openapi = json.dumps(openapi(library, allow_update), ensure_ascii=False, indent=1).encode("utf-8")
        self._queries = json.dumps([q.metadata() for q in library.values()], ensure_ascii=False, indent=1).encode("utf-8")

    # -- dispatch ------------------------------------------------------------------------
    async def __call__(self, request) -> Response:
        """Every request: route it, and turn any failure into a one-line answer."""
        st = _State()
        path = unquote(request.scope["path"]) or "/"
        try:
            return await self._route(request, path, st)
        except HTTPError as e:
            if e.status >= 500:
                self._log_failure(request, e.status, e.message)
            return self._error(e, st)
        except Exception as e:  # noqa: BLE001 - one line to the client and the log, no traceback
            self._log_failure(request, 500, f"{type(e).__name__}: {first_line(e)}")
            return self._error(HTTPError(500, "internal error (logged by the server)"), st)

    def _log_failure(self, request, status: int, reason: str) -> None:
        target = request.scope["path"] + ("?" + request.scope["query_string"].decode("latin-1")
                                          if request.scope["query_string"] else "")
        if len(target) > 300:
            target = target[:300] + f"... ({len(target)} chars)"
        client = request.scope.get("client") or ("?", 0)
        self.log(f"{status} {request.method} {target} from {client[0]}: {reason}")

    async def _route(self, request, path: str, st: _State) -> Response:
        allowed = methods(path)
        method = request.method
        if allowed is None:
            raise HTTPError(404, f"not found: {path} (see / or /docs)")
        if method not in allowed:
            raise HTTPError(405, f"{method} is not allowed on {path} (allowed: {', '.join(allowed)})",
                            {"Allow": ", ".join(allowed)}, close=method == "POST")
        params = self._params(request.scope["query_string"].decode("latin-1"))
        if path == "/sparql":
            return await self._sparql(request, params, st)
        if path.startswith("/queries/"):
            return await self._saved(request, path[len("/queries/"):], params, st)
        if path == "/":
            st.html = True
            return self._page("kg", pages.index_html(self.library))
        if path == "/queries":
            return Response(self._queries, 200, media_type="application/json; charset=utf-8")
        if path == "/openapi.json":
            return Response(self._openapi, 200, media_type="application/json; charset=utf-8")
        if path == "/docs":
            st.html = True
            return self._page("kg API docs", pages.DOCS_BODY, scripts=("/static/docs.js",))
        if path == "/evidence":
            st.html = True
            return await self._evidence(params)
        if graph_pages.handles(path):
            return await graph_pages.answer(self, path, params, st)
        return self._static_file(path[len("/static/"):])

    @staticmethod
    def _params(qs: str) -> list[tuple[str, str]]:
        try:
            return parse_query_string(qs)
        except (ValueError, UnicodeDecodeError) as e:
            raise HTTPError(400, f"bad query string: {first_line(e)}") from None

    async def _body(self, request) -> bytes:
        raw = request.headers.get("content-length")
        if raw is not None:
            if not raw.strip().isdigit():
                raise HTTPError(400, f"bad Content-Length: {raw!r}", close=True)
            if int(raw) > self.max_body:
                if int(raw) <= 4 * self.max_body and "100-continue" not in (request.headers.get("expect") or "").lower():
                    # a client that sends its body without asking first reads no answer while it is still
                    # sending (it gets a broken pipe): take the body, then refuse it
                    async for _ in request.stream():
                        pass
                raise HTTPError(413, f"request body too large: {int(raw)} bytes (limit {self.max_body})", close=True)
        parts, n = [], 0
        async for chunk in request.stream():  # chunked bodies too, within the same limit
            n += len(chunk)
            if n > self.max_body:
                raise HTTPError(413, f"request body too large: over {self.max_body} bytes", close=True)
            parts.append(chunk)
        return b"".join(parts)

    # -- /sparql ---------------------------------------------------------------------------
    async def _sparql(self, request, params, st: _State) -> Response:
        headers = request.headers
        if request.method == "POST":
            ctype = (headers.get("content-type") or "").split(";")[0].strip().lower()
            if ctype not in ("application/x-www-form-urlencoded", "application/sparql-query", "application/sparql-update"):
                raise HTTPError(415, f"unsupported Content-Type {ctype or '(none)'!r}: use application/sparql-query, "
                                     "application/sparql-update or application/x-www-form-urlencoded", close=True)
            cs = charset(headers.get("content-type") or "")
            body = await self._body(request)
            try:
                text = body.decode(cs)
            except (UnicodeDecodeError, LookupError):
                raise HTTPError(400, f"request body is not valid {cs}") from None
            if ctype == "application/x-www-form-urlencoded":
                params = params + self._params(text)
            else:
                params = params + [("query" if ctype == "application/sparql-query" else "update", text)]
        queries = [v for k, v in params if k == "query"]
        updates = [v for k, v in params if k == "update"]
        formats = [v for k, v in params if k == "format"]
        accept = headers.get("accept")
        st.html = wants_html(formats, accept)
        if queries and updates:
            raise HTTPError(400, "give either query or update, not both")
        if updates:
            if request.method != "POST":
                raise HTTPError(400, "SPARQL UPDATE must be sent with POST")
            if len(updates) > 1:
                raise HTTPError(400, "more than one update parameter")
            return await self._update(updates[0], params, headers)
        if not queries:
            if st.html and request.method != "POST":
                return self._page("kg", pages.index_html(self.library))
            raise HTTPError(400, "missing query parameter (GET /sparql?query=SELECT... or POST)")
        if len(queries) > 1:
            raise HTTPError(400, "more than one query parameter")
        text = queries[0]
        if not text.strip():
            raise HTTPError(400, "empty query")
        st.form = (None, None, text)
        # the query's form, SERVICE and FROM are found by the worker, which lexes the text
        # (it holds its own GIL; this process serves every connection)
        job = {"op": "sparql", "default-graph-uri": [v for k, v in params if k == "default-graph-uri"],
               "named-graph-uri": [v for k, v in params if k == "named-graph-uri"], "allow_service": self.allow_service}
        return await self._execute(job, text.encode("utf-8"), None, formats, accept, st, "SPARQL query", sparql=text)

    async def _update(self, text, params, headers) -> Response:
        if not self.allow_update:
            raise HTTPError(403, "SPARQL UPDATE is disabled on this endpoint (kg serve --allow-update)")
        scheme, _, given = (headers.get("authorization") or "").partition(" ")
        if scheme.lower() != "bearer" or not given.strip():
            raise HTTPError(401, "SPARQL UPDATE needs Authorization: Bearer <token>",
                            {"WWW-Authenticate": 'Bearer realm="kg"'})
        if not hmac.compare_digest(given.strip().encode("utf-8"), self.token.encode("utf-8")):
            raise HTTPError(403, "wrong bearer token")
        if any(k in ("using-graph-uri", "using-named-graph-uri") for k, _ in params):
            raise HTTPError(400, "using-graph-uri / using-named-graph-uri are not supported; use USING in the update")
        if not self.allow_service and uses_keyword(text, "SERVICE", "LOAD"):
            raise HTTPError(403, "SERVICE and LOAD (which fetch URLs) are disabled on this endpoint (kg serve --allow-service)")
        head, _ = await self.pool.run({"op": "update"}, text.encode("utf-8"))
        if head["status"] != 204:
            raise HTTPError(head["status"], head.get("message", "update failed"))
        return Response(b"", 204)

    # -- /queries/{name} -----------------------------------------------------------------------
    async def _saved(self, request, name, params, st: _State) -> Response:
        q = self.library.get(name)
        names = {p.name for p in q.params} if q else set()
        formats = [v for k, v in params if k == "format" and "format" not in names]
        accept = request.headers.get("accept")
        st.html = wants_html(formats, accept)
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
        st.form = (name, given, None)
        job = {"op": "saved", "name": name, "params": given}
        return await self._execute(job, b"", self.forms.get(name), formats, accept, st, q.title or name,
                                   saved=name, values=given)

    # -- running and answering -------------------------------------------------------------------
    async def _execute(self, job, body, form, formats, accept, st, title, sparql=None, saved=None, values=None):
        if form in ("SELECT", "ASK"):
            choose_format("solutions", formats, accept)  # 400/406 before running anything
        elif form in ("CONSTRUCT", "DESCRIBE"):
            choose_format("graph", formats, accept)
        job.update(formats=formats, accept=accept, max_rows=self.max_rows)
        t0 = time.perf_counter()
        head, out = await self.pool.run(job, body)
        ms = (time.perf_counter() - t0) * 1000
        if head["status"] != 200:
            raise HTTPError(head["status"], head.get("message", "query failed"), head.get("headers"))
        hdrs = {"Vary": "Accept", "Server-Timing": f"query;dur={ms:.1f}"}
        if head["truncated"]:
            hdrs.update({"X-KG-Truncated": "true", "X-KG-Max-Rows": str(self.max_rows)})
        if head["fmt"] == "html":
            st.html = True
            res = dict(head, table=out.decode("utf-8"))
            page = pages.results_html(res, self.library, self.max_rows, title, ms, sparql=sparql, saved=saved, values=values)
            resp = self._page(f"{title} — kg", page)
            resp.headers.update(hdrs)
            return resp
        return Response(out, 200, hdrs, media_type=CONTENT_TYPES[head["fmt"]])

    async def _evidence(self, params) -> Response:
        p: dict[str, str] = {}
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
        head, out = await self.pool.run({"op": "evidence", "article": ref, "text": text, "begin": begin, "end": end})
        if head["status"] != 200:
            raise HTTPError(head["status"], head.get("message", "query failed"))
        return self._page(head["title"], out.decode("utf-8"))

    def _error(self, e: HTTPError, st: _State) -> Response:
        if st.html:
            body = (f'<section id="results-section"><h2>Error {e.status}</h2>'
                    f'<p class="error" id="error">{pages.esc(e.message)}</p></section>')
            body += (pages.index_html(self.library, *st.form) if st.form
                     else '<p><a href="/">Back to the queries</a></p>')
            resp = self._page(f"Error {e.status} — kg", body, status=e.status)
        else:
            resp = Response((e.message + "\n").encode("utf-8"), e.status, media_type="text/plain; charset=utf-8")
        resp.headers.update(e.headers)
        if e.close:
            resp.headers["Connection"] = "close"
        return resp

    # -- pages and files ---------------------------------------------------------------------------
    @staticmethod
    def _page(title: str, body: str, status: int = 200, scripts=("/static/kg.js",)) -> Response:
        return Response(pages.page(title, body, scripts), status, dict(pages.HTML_HEADERS),
                        media_type="text/html; charset=utf-8")

    def _static_file(self, name: str) -> Response:
        if not re.fullmatch(r"(vendor/)?[a-z0-9_-]+(\.min)?\.(css|js)", name):
            raise HTTPError(404, f"not found: /static/{name}")
        if name not in self._static:
            f = pages.STATIC_DIR / name
            if not f.is_file():
                raise HTTPError(404, f"not found: /static/{name}")
            self._static[name] = f.read_bytes()
        ctype = "text/css; charset=utf-8" if name.endswith(".css") else "text/javascript; charset=utf-8"
        return Response(self._static[name], 200, {"Cache-Control": "max-age=300", "X-Content-Type-Options": "nosniff"},
                        media_type=ctype)


class _CORS(CORSMiddleware):
    """Starlette's CORS middleware, answering preflights as 204 with no body, and 404 for
    paths that do not exist."""

    async def __call__(self, scope, receive, send):
        if scope["type"] == "http" and scope["method"] == "OPTIONS" and methods(unquote(scope["path"])) is None:
            from starlette.datastructures import Headers

            h = Headers(scope=scope)
            if "origin" in h and "access-control-request-method" in h:
                await Response(f"not found: {scope['path']}\n".encode("utf-8"), 404,
                               media_type="text/plain; charset=utf-8")(scope, receive, send)
                return
        await super().__call__(scope, receive, send)

    def preflight_response(self, request_headers):
        resp = super().preflight_response(request_headers)
        if resp.status_code != 200:
            return resp
        headers = {k: v for k, v in resp.headers.items() if k.lower() not in ("content-length", "content-type")}
        return Response(b"", 204, headers)


def trusted_hosts(host: str, extra=()) -> list[str]:
    """The Host header values accepted: this machine's names, the address the server listens
    on (unless a wildcard), and *extra* (kg serve --allowed-host; "*" for any)."""
    hosts = list(LOCAL_HOSTS)
    if host not in ("0.0.0.0", "::", ""):
        hosts.append(host.strip("[]"))
    return list(dict.fromkeys([*hosts, *extra]))


def build(config: dict) -> Starlette:
    """The ASGI application for *config* (what ``kg serve`` was given; see kg.web.serve)."""
    from kg.queries import load_library

    library = load_library(config.get("queries_dirs") or (), warn=lambda m: None)
    read_only = not config.get("allow_update")
    pool = QueryPool(config["store"], read_only=read_only, queries_dirs=config.get("queries_dirs") or (),
                     slots=1 if not read_only else config.get("slots") or 4, timeout=config.get("timeout", 30.0),
                     max_memory=config.get("max_memory"))
    site = Site(pool, library, max_rows=config.get("max_rows", 10_000), max_body=config.get("max_body", MAX_BODY),
                allow_update=bool(config.get("allow_update")), token=config.get("token"),
                allow_service=bool(config.get("allow_service")))
    middleware = [Middleware(TrustedHostMiddleware, allowed_hosts=trusted_hosts(config.get("host", "127.0.0.1"),
                                                                                 config.get("allowed_hosts") or ()))]
    cors = [o.rstrip("/") for o in config.get("cors") or ()]
    if cors:
        middleware.append(Middleware(_CORS, allow_origins=cors, allow_methods=["GET", "POST", "HEAD"],
                                     allow_headers=["Accept", "Content-Type"] + (["Authorization"] if not read_only else []),
                                     expose_headers=["X-KG-Truncated", "X-KG-Max-Rows", "Server-Timing"], max_age=600))

    from contextlib import asynccontextmanager

    @asynccontextmanager
    async def lifespan(app):
        await pool.start()
        if config.get("processes", 1) > 1:
            site.log(f"server process {os.getpid()} ready ({pool.slots} query workers)")
        try:
            yield
        finally:
            await pool.close()

    async def endpoint(scope, receive, send):  # any method: Site answers 404/405 in its own words
        response = await site(Request(scope, receive))
        await response(scope, receive, send)

    routes = [Mount("/", app=endpoint)]
    app = Starlette(routes=routes, middleware=middleware, lifespan=lifespan)
    app.state.site = site
    return app
