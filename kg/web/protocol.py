"""The SPARQL 1.1 Protocol's own parts, free of any server: formats and content
negotiation, query strings, errors as (status, one line). Light: no pyoxigraph.

>>> negotiate("text/csv;q=0.5, application/sparql-results+xml", RESULT_OFFERS)
'xml'
>>> parse_query_string("query=SELECT+%3Fs+%7B%7D&format=json&x=%E2%82%AC&y")
[('query', 'SELECT ?s {}'), ('format', 'json'), ('x', '€'), ('y', '')]
"""

from __future__ import annotations

import codecs
import functools
import re
from urllib.parse import unquote_plus

from kg.sparql import keywords, query_form, uses_keyword  # noqa: F401 (re-exported)

MAX_BODY = 1_000_000


class HTTPError(Exception):
    """An answer other than 200: a status and a one-line message."""

    def __init__(self, status: int, message: str, headers: dict | None = None, close: bool = False):
        super().__init__(message)
        self.status, self.message, self.headers, self.close = status, message, headers or {}, close


def first_line(e: BaseException) -> str:
    s = str(e).strip()
    return s.splitlines()[0] if s else type(e).__name__



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
    """Same as ``parse_qsl(qs, keep_blank_values=True, errors="strict")`` (faster on long
    URL-encoded queries; a malformed one is a 400, not a guess)."""
    parts = [p for p in qs.split("&") if p]
    if len(parts) > max_fields:
        raise ValueError(f"more than {max_fields} parameters")
    return [(_unquote_plus(k), _unquote_plus(v)) for k, _, v in (p.partition("=") for p in parts)]


def _charset(content_type: str) -> str:
    m = re.search(r"charset\s*=\s*\"?([\w.:-]+)", content_type, re.I)
    return m.group(1) if m else "utf-8"



def charset(content_type: str) -> str:
    return _charset(content_type)


def wants_html(formats: list[str], accept: str | None) -> bool:
    """Is the answer a page? format=html, or a browser's Accept that prefers text/html."""
    for v in formats:
        key = RESULT_NAMES.get(v.strip().lower())
        if key is not None:
            return key == "html"
    return negotiate(accept, RESULT_OFFERS + [HTML_OFFER]) == "html" if accept and "html" in accept else False


def choose_format(kind: str, formats: list[str], accept: str | None) -> str:
    """The format key for results of *kind* ("solutions", "boolean" or "graph"): format=
    first, then the Accept header. HTTPError 400/406 when nothing fits."""
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
