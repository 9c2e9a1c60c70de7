"""A query worker: one process that owns an open store and runs one job at a time.

``kg serve`` keeps one per query slot (:mod:`kg.web.executor`). pyoxigraph cannot cancel a
running query, so a query past its time or memory limit is ended by killing its worker
(SIGKILL) and starting a fresh one: its CPU and memory come back at once. Everything that
holds the GIL for long -- parsing the query, evaluating it, serialising the answer, the HTML
table -- happens here, so the HTTP process only moves bytes.

Messages go over two pipes as frames: 8 bytes (the lengths of a JSON head and of a body,
big-endian), the head, the body. A job's head says what to run; the answer's head carries
the status and the facts about the body (format, rows, truncation), the body the serialised
answer exactly as the client gets it.

>>> import os
>>> r, w = os.pipe()
>>> send(w, {"status": 200, "fmt": "csv"}, b"n\\r\\n1\\r\\n")
>>> recv(r)
({'status': 200, 'fmt': 'csv'}, b'n\\r\\n1\\r\\n')
"""

from __future__ import annotations

import io
import json
import os
import struct
import sys

from kg.web.protocol import HTTPError, choose_format, first_line

FRAME = struct.Struct("!II")


# ----------------------------------------------------------------------------- framing
def send(fd: int, head: dict, body: bytes = b"") -> None:
    h = json.dumps(head, ensure_ascii=False).encode("utf-8")
    data = memoryview(FRAME.pack(len(h), len(body)) + h + body)
    while data:
        data = data[os.write(fd, data):]


def _read_exactly(fd: int, n: int) -> bytes | None:
    parts, left = [], n
    while left:
        chunk = os.read(fd, left)
        if not chunk:
            return None
        parts.append(chunk)
        left -= len(chunk)
    return b"".join(parts)


def recv(fd: int) -> tuple[dict, bytes] | None:
    """The next frame, or None at the end of the pipe."""
    pre = _read_exactly(fd, FRAME.size)
    if pre is None:
        return None
    nh, nb = FRAME.unpack(pre)
    h = _read_exactly(fd, nh)
    b = _read_exactly(fd, nb) if nb else b""
    if h is None or b is None:
        return None
    return json.loads(h), b


# ----------------------------------------------------------------------------- results
class _Full(Exception):
    pass


class _Sink:
    """A write-only file for pyoxigraph's serialisers that stops them after *max_lines*
    lines (TSV results and N-Triples have one row per line)."""

    def __init__(self, max_lines: int | None):
        self.max_lines = max_lines
        self.parts: list[bytes] = []
        self.lines = 0
        self.full = False

    def write(self, b) -> int:
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


def drop_tsv_columns(tsv: bytes, hidden: set[str]) -> bytes:
    """SPARQL TSV results without the variables in *hidden* (a tab inside a term is written
    ``\\t``, so every row splits on its tabs).

    >>> drop_tsv_columns(b"?a\\t?b\\n1\\t<x>\\n\\t2\\n", {"a"})
    b'?b\\n<x>\\n2\\n'
    """
    lines = tsv.split(b"\n")
    names = lines[0].split(b"\t")
    keep = [i for i, v in enumerate(names) if v.decode("utf-8").lstrip("?$") not in hidden]
    if len(keep) == len(names):
        return tsv
    out = []
    for line in lines:
        if line:
            cells = line.split(b"\t")
            line = b"\t".join([cells[i] for i in keep])
        out.append(line)
    return b"\n".join(out)


def materialize(results, formats, accept, max_rows, library_names=(), hidden=frozenset()) -> tuple[dict, bytes]:
    """Serialise pyoxigraph results in the format the request asks for, within *max_rows*:
    (head, body). HTML gives the results table. The SELECT variables in *hidden* are left out
    (a saved query's parameters)."""
    from pyoxigraph import (QueryBoolean, QueryResultsFormat, QuerySolutions, RdfFormat, parse,
                            parse_query_results, serialize)

    from kg.store import RESULT_FORMATS
    from kg.vocab import PREFIXES

    limit = max_rows if max_rows and max_rows > 0 else None
    if isinstance(results, QueryBoolean):
        fmt = choose_format("boolean", formats, accept)
        head = {"status": 200, "kind": "boolean", "fmt": fmt, "count": 1, "truncated": False, "boolean": bool(results)}
        if fmt == "html":
            return head, b""
        out = io.BytesIO()
        results.serialize(out, RESULT_FORMATS[fmt])
        return head, out.getvalue()
    kind = "solutions" if isinstance(results, QuerySolutions) else "graph"
    fmt = choose_format(kind, formats, accept)
    if hidden and kind == "solutions" and fmt == "html":
        from kg.queries import without_columns

        results = without_columns(results, hidden)
    if fmt == "html":
        from kg.web.pages import table_html

        variables = [v.value for v in results.variables] if kind == "solutions" else ["subject", "predicate", "object"]
        rows, truncated = [], False
        for r in results:
            if limit is not None and len(rows) >= limit:
                truncated = True
                break
            rows.append(list(r) if kind == "solutions" else [r.subject, r.predicate, r.object])
        table = table_html(variables, rows, set(library_names))
        return {"status": 200, "kind": kind, "fmt": fmt, "count": len(rows), "truncated": truncated}, table.encode("utf-8")
    if kind == "solutions":
        # Serialised by Oxigraph (fast) as TSV, one row per line, through a sink that
        # stops at the row limit, then converted to the requested format.
        sink = _Sink(None if limit is None else limit + 1)
        try:
            results.serialize(sink, QueryResultsFormat.TSV)
        except _Full:
            pass
        tsv = sink.value()
        if hidden:
            tsv = drop_tsv_columns(tsv, hidden)
        head = {"status": 200, "kind": kind, "fmt": fmt, "count": max(0, tsv.count(b"\n") - 1), "truncated": sink.full}
        if fmt == "tsv":
            return head, tsv
        out = io.BytesIO()
        parse_query_results(tsv, QueryResultsFormat.TSV).serialize(out, RESULT_FORMATS[fmt])
        return head, out.getvalue()
    sink = _Sink(limit)
    try:
        results.serialize(sink, RdfFormat.N_TRIPLES)
    except _Full:
        pass
    nt = sink.value()
    head = {"status": 200, "kind": kind, "fmt": fmt, "count": nt.count(b"\n"), "truncated": sink.full}
    if fmt == "ntriples":
        return head, nt
    rdf = {"turtle": RdfFormat.TURTLE, "jsonld": RdfFormat.JSON_LD, "rdfxml": RdfFormat.RDF_XML}[fmt]
    out = io.BytesIO()
    serialize(parse(nt, RdfFormat.N_TRIPLES), out, rdf, prefixes=PREFIXES)
    return head, out.getvalue()


# ----------------------------------------------------------------------------- jobs
class Worker:
    """The jobs, against one open store and the saved-query library."""

    def __init__(self, store, library: dict):
        self.store, self.library = store, library

    def handle(self, job: dict, body: bytes) -> tuple[dict, bytes]:
        op = job["op"]
        if op == "ping":
            return {"status": 200}, b""
        if op == "sparql":
            return self.sparql(job, body.decode("utf-8"))
        if op == "saved":
            return self.saved(job)
        if op == "evidence":
            return self.evidence(job)
        if op == "update":
            return self.update(body.decode("utf-8"))
        if op == "view":
            return self.view(job)
        raise HTTPError(400, f"unknown job {op!r}")

    def _answer(self, run, job, hidden=frozenset()) -> tuple[dict, bytes]:
        try:
            results = run()
        except SyntaxError as e:
            raise HTTPError(400, f"SPARQL syntax error: {first_line(e)}") from None
        except (OSError, RuntimeError, ValueError) as e:
            raise HTTPError(500, f"query failed: {first_line(e)}") from None
        try:
            return materialize(results, job.get("formats") or [], job.get("accept"), job.get("max_rows"), self.library,
                               hidden)
        except (OSError, RuntimeError, ValueError) as e:
            raise HTTPError(500, f"query failed: {first_line(e)}") from None

    def sparql(self, job, text) -> tuple[dict, bytes]:
        from pyoxigraph import NamedNode

        from kg.vocab import PREFIXES
        from kg.web.protocol import keywords, query_form

        words = keywords(text)
        form = query_form(words)
        if form == "UPDATE":
            raise HTTPError(400, "this is a SPARQL UPDATE: send it with POST as update= or application/sparql-update")
        if not job.get("allow_service") and "SERVICE" in words:
            raise HTTPError(403, "federated queries (SERVICE) are disabled on this endpoint (kg serve --allow-service)")
        if form in ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE"):  # 400/406 before running anything
            choose_format("graph" if form in ("CONSTRUCT", "DESCRIBE") else "solutions", job.get("formats") or [],
                          job.get("accept"))

        def graphs(key):
            out = []
            for v in job.get(key) or ():
                try:
                    out.append(NamedNode(v))
                except ValueError:
                    raise HTTPError(400, f"{key}: {v!r} is not an absolute IRI") from None
            return out

        default, named = graphs("default-graph-uri"), graphs("named-graph-uri")
        union = not default and not named and "FROM" not in words
        store = self.store

        def run():
            if union:
                return store.query(text, prefixes=PREFIXES, use_default_graph_as_union=True)
            if default or named:
                return store.query(text, prefixes=PREFIXES, default_graph=default, named_graphs=named)
            return store.query(text, prefixes=PREFIXES)  # the query's own FROM / FROM NAMED

        return self._answer(run, job)

    def saved(self, job) -> tuple[dict, bytes]:
        from kg.queries import QueryError, run_saved_raw

        hidden: set[str] = set()

        def run():
            try:
                results, names = run_saved_raw(self.store, self.library, job["name"], job["params"])
            except QueryError as e:
                raise HTTPError(400, str(e)) from None
            hidden.update(names)
            return results

        return self._answer(run, job, hidden)

    def update(self, text) -> tuple[dict, bytes]:
        from kg.vocab import PREFIXES

        try:
            self.store.update(text, prefixes=PREFIXES)
        except SyntaxError as e:
            raise HTTPError(400, f"SPARQL syntax error: {first_line(e)}") from None
        except (OSError, RuntimeError, ValueError) as e:
            raise HTTPError(500, f"update failed: {first_line(e)}") from None
        return {"status": 204}, b""

    def evidence(self, job) -> tuple[dict, bytes]:
        from kg.web.evidence import evidence_page

        title, body = evidence_page(self.store, job["article"], job["text"], job["begin"], job["end"])
        return {"status": 200, "title": title}, body.encode("utf-8")

    def view(self, job) -> tuple[dict, bytes]:
        """The data of a page that shows the graph (kg.views), as JSON."""
        from kg import views

        run = {"timeline": views.timeline, "network": views.network, "actors": views.actors,
               "event": views.event, "actor": views.actor}.get(job["view"])
        if run is None:
            raise HTTPError(400, f"unknown view {job['view']!r}")
        p = dict(job.get("params") or {})
        if "type" in p:
            p["event_type"] = p.pop("type")
        if "from" in p:
            p["date_from"] = p.pop("from")
        if "to" in p:
            p["date_to"] = p.pop("to")
        try:
            data = run(self.store, **p)
        except views.ViewError as e:
            raise HTTPError(400, str(e)) from None
        return {"status": 200}, json.dumps(data, ensure_ascii=False).encode("utf-8")


def main(argv: list[str]) -> int:
    """``python -m kg.web.worker CONFIG_JSON``: open the store, say ready, answer jobs until
    the pipe closes. CONFIG has the store path, read_only, the queries folders and the two
    pipe ends (fd numbers)."""
    cfg = json.loads(argv[0])
    rfd, wfd = cfg["in"], cfg["out"]
    from kg.limits import die_with_parent

    die_with_parent()  # a runaway query never outlives its server process
    try:
        from kg.queries import load_library
        from kg.store import open_store

        store = open_store(cfg["store"], read_only=cfg.get("read_only", True))
        library = load_library(cfg.get("queries_dirs") or (), warn=lambda m: None)
        worker = Worker(store, library)
    except Exception as e:  # noqa: BLE001 - said in one line; the server decides
        send(wfd, {"ready": False, "error": first_line(e)})
        return 1
    send(wfd, {"ready": True, "pid": os.getpid()})
    while True:
        msg = recv(rfd)
        if msg is None:
            return 0
        job, body = msg
        try:
            head, out = worker.handle(job, body)
        except HTTPError as e:
            head, out = {"status": e.status, "message": e.message, "headers": e.headers}, b""
        except Exception as e:  # noqa: BLE001 - a 500 in one line, never a traceback
            head, out = {"status": 500, "message": f"query failed: {first_line(e)}"}, b""
        send(wfd, head, out)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
