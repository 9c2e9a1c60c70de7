"""`kg serve` over real HTTP: the real server (in a thread, or `kg serve` in a subprocess)
on a real on-disk store built from the example articles, real clients (http.client,
SPARQLWrapper, rdflib's SPARQLStore), no mocks."""

from __future__ import annotations

import csv
import http.client
import io
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import threading
import time
import xml.etree.ElementTree as ET
from urllib.parse import quote, urlencode

import pytest

from conftest import free_port

# pyoxigraph objects must be freed by the thread that made them: fail on any leak of one
pytestmark = pytest.mark.filterwarnings("error::pytest.PytestUnraisableExceptionWarning")

PUTIN = "https://w3id.org/kg-news/id/person/vladimir-putin"
KGR = "https://w3id.org/kg-news/id/"
# ~6 s of evaluation inside one Oxigraph call on the examples (cannot be interrupted)
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?c . ?a ?h ?i . FILTER(STR(?i) != STR(?d)) }"
# tens of millions of rows produced lazily: minutes to serialise in full
HUGE = "SELECT * WHERE { ?a ?p ?x . ?b ?q ?y } LIMIT 20000000"


# ----------------------------------------------------------------------------- fixtures and helpers
class Running:
    """A `kg serve` process on a free port, and a small client."""

    def __init__(self, proc, port, store):
        self.proc, self.store = proc, store
        self.host, self.port = "127.0.0.1", port
        self.url = f"http://{self.host}:{self.port}"

    def req(self, method, path, body=None, headers=None, timeout=60):
        """(status, headers as a lower-case dict, body bytes)."""
        c = http.client.HTTPConnection(self.host, self.port, timeout=timeout)
        try:
            c.request(method, path, body=body, headers=headers or {})
            r = c.getresponse()
            data = r.read()
            return r.status, {k.lower(): v for k, v in r.getheaders()}, data
        finally:
            c.close()

    def get(self, path, **kw):
        return self.req("GET", path, **kw)

    def json(self, path, **kw):
        st, h, body = self.get(path, headers={"Accept": "application/sparql-results+json"}, **kw)
        assert st == 200, body
        return json.loads(body)


def serve_args(timeout=None, max_rows=None, workers=None, allow_service=False, allow_update=False, cors=(),
               max_memory=None, processes=None, allowed_hosts=(), header_timeout=None, max_connections=None):
    args = []
    for opt, v in (("--timeout", timeout), ("--max-rows", max_rows), ("--slots", workers), ("--max-memory", max_memory),
                   ("--processes", processes), ("--header-timeout", header_timeout),
                   ("--max-connections", max_connections)):
        if v is not None:
            args += [opt, str(v)]
    args += ["--allow-service"] * allow_service + ["--allow-update"] * allow_update
    args += [a for o in cors for a in ("--cors", o)] + [a for h in allowed_hosts for a in ("--allowed-host", h)]
    return args


def start_server(path, token=None, **kw) -> Running:
    """`kg serve` on the store at *path* (options as keywords), ready to answer."""
    env = {k: v for k, v in os.environ.items() if k != "KG_TOKEN"}
    if token:
        env["KG_TOKEN"] = token
    port = free_port()
    p = subprocess.Popen([sys.executable, "-m", "kg", "serve", "--store", str(path), "--port", str(port),
                          *serve_args(**kw)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    _wait_port(port, p)
    r = Running(p, port, path)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:  # the port is open before the query workers are ready
        try:
            if r.get("/queries", timeout=10)[0] == 200:
                return r
        except OSError:
            pass
        time.sleep(0.1)
    pytest.fail("kg serve did not answer")


def _start(store, **kw):
    return start_server(store, **kw)


def _stop(running):
    running.proc.terminate()
    try:
        running.proc.wait(20)
    except subprocess.TimeoutExpired:
        running.proc.kill()
        running.proc.wait()
    running.log = running.proc.stderr.read().decode()


@pytest.fixture(scope="module")
def store(example_store):
    from kg.store import open_store

    st = open_store(example_store, read_only=True)
    yield st
    del st


@pytest.fixture(scope="module")
def srv(example_store):
    r = _start(example_store)
    yield r
    _stop(r)


@pytest.fixture(scope="module")
def limited(example_store):
    """Small limits: 0.5 s per query, 3 rows, one query slot; SERVICE allowed."""
    r = _start(example_store, timeout=0.5, max_rows=3, workers=1, allow_service=True)
    yield r
    _stop(r)


@pytest.fixture(scope="module")
def streaming(example_store):
    """0.5 s per query, no row limit, one query slot."""
    r = _start(example_store, timeout=0.5, max_rows=0, workers=1)
    yield r
    _stop(r)


@pytest.fixture(scope="module")
def writable(example_store, tmp_path_factory):
    """A copy of the example store, served with updates on (bearer token 's3cret')."""
    path = tmp_path_factory.mktemp("writable") / "store"
    shutil.copytree(example_store, path)
    r = _start(path, allow_update=True, token="s3cret")
    yield r
    _stop(r)


def q(text: str) -> str:
    return "/sparql?query=" + quote(text)


def term_json(t) -> dict:
    """A pyoxigraph term as in application/sparql-results+json."""
    from pyoxigraph import BlankNode, Literal, NamedNode

    if isinstance(t, NamedNode):
        return {"type": "uri", "value": t.value}
    if isinstance(t, BlankNode):
        return {"type": "bnode", "value": t.value}
    assert isinstance(t, Literal)
    d = {"type": "literal", "value": t.value}
    if t.language:
        d["xml:lang"] = t.language
    elif t.datatype and t.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
        d["datatype"] = t.datatype.value
    return d


def library_rows(store, name, params):
    from kg.queries import load_library, run_saved

    res = run_saved(store, load_library(), name, params)
    names = [v.value for v in res.variables]
    return names, [{n: term_json(s[n]) for n in names if s[n] is not None} for s in res]


def canon(rows):
    return sorted(json.dumps(r, sort_keys=True, ensure_ascii=False) for r in rows)


# ----------------------------------------------------------------------------- saved queries
# A real question for each saved query, with something the answer must contain.
SAVED = [
    ("phone-calls", {"person": "Vladimir Putin"},
     lambda rows: any("Recep Tayyip Erdoğan" in r["with"]["value"] for r in rows)),
    ("actor-profile", {"actor": "Sergei Lavrov"},
     lambda rows: any(r["eventType"]["value"] == "Meeting" and "Retno Marsudi" in r["with"]["value"] for r in rows)),
    ("meetings-between", {"a": "Russia", "b": "Iran"},
     lambda rows: any(r.get("place", {}).get("value") == "Minsk" for r in rows)),
    ("timeline", {"actor": "Iran", "type": "Meeting"},
     lambda rows: rows and all(r["eventType"]["value"] == "Meeting" for r in rows)
     and any("Iran" in r["actors"]["value"] for r in rows)),
    ("timeline", {"from": "2024-01-01", "to": "2024-12-31"},
     lambda rows: rows and all("2024-01-01" <= r["date"]["value"] <= "2024-12-31" for r in rows)),
    ("weapon-claims", {"supplier": "Iran"},
     lambda rows: {r["stanceName"]["value"] for r in rows} >= {"alleged", "denied"}
     and all(r["supplierName"]["value"] == "Iran" for r in rows)),
    ("contradictions", {},
     lambda rows: any(r["supplierName"]["value"] == "Iran" and r["recipientName"]["value"] == "Russia" for r in rows)),
    ("country-relations", {"type": "Meeting"},
     lambda rows: any({r["country1"]["value"], r["country2"]["value"]} == {"China", "United States"} for r in rows)),
]


@pytest.mark.parametrize("name,params,check", SAVED, ids=[f"{n}-{'-'.join(p)}" for n, p, _ in SAVED])
def test_saved_query_over_http_equals_library(srv, store, name, params, check):
    names, expected = library_rows(store, name, params)
    doc = srv.json(f"/queries/{name}?" + urlencode(params))
    assert doc["head"]["vars"] == names
    got = doc["results"]["bindings"]
    assert canon(got) == canon(expected)
    assert check(got), f"{name} {params}: expected answer missing from {got[:3]}"


def test_event_sources_by_event_iri(srv, store):
    ev = srv.json("/queries/phone-calls?" + urlencode({"person": PUTIN}))["results"]["bindings"][0]["event"]["value"]
    names, expected = library_rows(store, "event-sources", {"event": ev})
    got = srv.json("/queries/event-sources?" + urlencode({"event": ev}))["results"]["bindings"]
    assert got and canon(got) == canon(expected)
    assert all(int(r["end"]["value"]) > int(r["begin"]["value"]) for r in got)


def test_every_saved_query_is_served_and_listed(srv):
    from kg.queries import load_library

    lib = load_library()
    st, h, body = srv.get("/queries")
    assert st == 200 and h["content-type"].startswith("application/json")
    assert json.loads(body) == [json.loads(json.dumps(q.metadata())) for q in lib.values()]
    covered = {n for n, _, _ in SAVED} | {"event-sources"}
    assert covered >= set(lib), f"saved queries without an HTTP test: {set(lib) - covered}"


def test_saved_query_formats_and_negotiation(srv):
    base = "/queries/phone-calls?" + urlencode({"person": PUTIN})
    n = len(srv.json(base)["results"]["bindings"])
    assert n >= 2
    st, h, body = srv.get(base, headers={"Accept": "text/csv"})
    assert st == 200 and h["content-type"].startswith("text/csv")
    assert len(list(csv.reader(io.StringIO(body.decode())))) == n + 1
    st, h, body = srv.get(base + "&format=tsv", headers={"Accept": "text/csv"})  # format= wins
    assert h["content-type"].startswith("text/tab-separated-values") and body.decode().count("\n") == n + 1
    st, h, body = srv.get(base, headers={"Accept": "application/sparql-results+xml"})
    assert h["content-type"].startswith("application/sparql-results+xml")
    assert len(ET.fromstring(body).findall(".//{http://www.w3.org/2005/sparql-results#}result")) == n
    st, h, body = srv.get(base, headers={"Accept": "text/turtle"})
    assert st == 406 and b"text/csv" in body


def test_saved_query_parameter_errors(srv):
    cases = [
        ("/queries/phone-calls", 400, "person"),  # missing required
        ("/queries/phone-calls?person=", 400, "person"),  # empty counts as missing
        ("/queries/timeline?from=yesterday", 400, "from"),  # ill-typed date
        ("/queries/timeline?type=Party", 400, "type"),  # not one of the allowed values
        ("/queries/phone-calls?person=Putin&colour=red", 400, "colour"),  # unknown parameter
        ("/queries/phone-calls?person=Nobody%20Atall", 400, "Nobody Atall"),  # no such entity
        ("/queries/phone-calls?person=a&person=b", 400, "person"),  # twice
        ("/queries/no-such-query", 404, "no-such-query"),
    ]
    for path, status, word in cases:
        st, h, body = srv.get(path)
        msg = body.decode()
        assert st == status, (path, st, msg)
        assert word in msg and msg.count("\n") == 1, (path, msg)
        assert h["content-type"].startswith("text/plain")


# ----------------------------------------------------------------------------- /sparql protocol
COUNTRY_LABEL = 'SELECT ?label WHERE { country:RU rdfs:label ?label }'


def test_sparql_get_post_form_and_direct(srv):
    text = COUNTRY_LABEL  # the kg prefixes are predeclared
    a = srv.json(q(text))
    st, h, body = srv.req("POST", "/sparql", body=urlencode({"query": text}),
                          headers={"Content-Type": "application/x-www-form-urlencoded", "Accept": "application/sparql-results+json"})
    b = json.loads(body)
    st2, h2, body2 = srv.req("POST", "/sparql", body=text.encode(),
                             headers={"Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"})
    c = json.loads(body2)
    assert a == b == c
    assert a["results"]["bindings"] == [{"label": {"type": "literal", "value": "Russia", "xml:lang": "en"}}]


def test_sparql_result_formats(srv):
    text = "SELECT ?c ?l WHERE { ?c a kg:Country ; rdfs:label ?l } ORDER BY ?l"
    n = len(srv.json(q(text))["results"]["bindings"])
    assert n > 5
    for accept, ctype in [("application/sparql-results+xml", "application/sparql-results+xml"),
                          ("text/csv", "text/csv"), ("text/tab-separated-values", "text/tab-separated-values"),
                          ("application/json", "application/sparql-results+json"),
                          ("text/csv;q=0.4, application/sparql-results+xml;q=0.9", "application/sparql-results+xml"),
                          ("*/*", "application/sparql-results+json"), (None, "application/sparql-results+json")]:
        st, h, body = srv.get(q(text), headers={"Accept": accept} if accept else {})
        assert st == 200 and h["content-type"].startswith(ctype), (accept, h["content-type"])
        if ctype == "text/csv":
            assert len(body.decode().strip().splitlines()) == n + 1
    for fmt, ctype in [("csv", "text/csv"), ("tsv", "text/tab-separated-values"), ("xml", "application/sparql-results+xml"),
                       ("json", "application/sparql-results+json"), ("html", "text/html")]:
        st, h, body = srv.get(q(text) + "&format=" + fmt, headers={"Accept": "text/csv"})
        assert st == 200 and h["content-type"].startswith(ctype), fmt


def test_ask_and_construct_formats(srv):
    from pyoxigraph import RdfFormat, parse

    assert srv.json(q("ASK { ?e a kg:PhoneCall }"))["boolean"] is True
    assert srv.json(q("ASK { ?e a kg:Nonsense }"))["boolean"] is False
    st, h, body = srv.get(q("ASK { ?e a kg:Meeting }"), headers={"Accept": "application/sparql-results+xml"})
    assert b"<boolean>true</boolean>" in body
    text = "CONSTRUCT { ?c rdfs:label ?l } WHERE { ?c a kg:Country ; rdfs:label ?l }"
    n = None
    for accept, fmt in [("text/turtle", RdfFormat.TURTLE), ("application/n-triples", RdfFormat.N_TRIPLES),
                        ("application/ld+json", RdfFormat.JSON_LD), ("application/rdf+xml", RdfFormat.RDF_XML)]:
        st, h, body = srv.get(q(text), headers={"Accept": accept})
        assert st == 200 and h["content-type"].startswith(accept), accept
        triples = list(parse(body, fmt))
        n = n or len(triples)
        assert len(triples) == n > 5, accept
    st, h, body = srv.get(q(text), headers={"Accept": "application/sparql-results+json"})
    assert st == 406
    st, h, body = srv.get(q(text) + "&format=csv")
    assert st == 406 and b"turtle" in body
    st, h, body = srv.get(q(text) + "&format=jsonld")
    assert st == 200 and h["content-type"].startswith("application/ld+json")
    st, h, body = srv.get(q("DESCRIBE country:RU"))
    assert st == 200 and h["content-type"].startswith("text/turtle") and b"Russia" in body


def test_sparql_errors(srv):
    st, h, body = srv.get(q("SELECT ?x WHERE { ?x ?y }"))
    assert st == 400 and body.decode().startswith("SPARQL syntax error") and body.decode().count("\n") == 1
    assert srv.get("/sparql")[0] == 400
    assert srv.get(q("SELECT * WHERE { ?s ?p ?o }") + "&format=yaml")[0] == 400
    st, h, body = srv.get(q("SELECT * WHERE { ?s ?p ?o } LIMIT 1"), headers={"Accept": "image/png"})
    assert st == 406
    st, h, body = srv.req("PUT", "/sparql", body=b"x")
    assert st == 405 and "POST" in h["allow"]
    assert srv.req("DELETE", "/queries")[0] == 405
    st, h, body = srv.req("POST", "/queries/timeline", body=b"unread", headers={"Content-Type": "text/plain"})
    assert st == 405 and h["connection"] == "close"  # the unread body ends the connection
    assert srv.get("/nope")[0] == 404
    st, h, body = srv.req("POST", "/sparql", body=b"SELECT * {}", headers={"Content-Type": "text/plain"})
    assert st == 415
    assert srv.get(q("SELECT * WHERE { ?s ?p ?o }") + "&default-graph-uri=not%20an%20iri")[0] == 400
    st, h, body = srv.get(q("INSERT DATA { <http://x/a> <http://x/b> 1 }"))
    assert st == 400 and b"POST" in body
    st, h, body = srv.req("POST", "/sparql", body=urlencode({"query": "ASK {}", "update": "CLEAR ALL"}),
                          headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert st == 400


def test_dataset_parameters_and_union(srv, store):
    from kg.store import article_graphs

    graphs = sorted(g.value for g in article_graphs(store))
    g = graphs[0]
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    union = int(srv.json(q(count))["results"]["bindings"][0]["n"]["value"])
    one = int(srv.json(q(count) + "&default-graph-uri=" + quote(g))["results"]["bindings"][0]["n"]["value"])
    in_g = sum(1 for _ in store.quads_for_pattern(None, None, None, __import__("pyoxigraph").NamedNode(g)))
    assert one == in_g and 0 < one < union
    # with neither parameter, the default graph is the union of all graphs (as `kg query`)
    assert int(srv.json(q("SELECT (COUNT(?a) AS ?n) WHERE { ?a a schema:NewsArticle }"))
               ["results"]["bindings"][0]["n"]["value"]) == len(graphs)
    rows = srv.json(q("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }") + "&named-graph-uri=" + quote(graphs[1])
                    + "&named-graph-uri=" + quote(graphs[2]))["results"]["bindings"]
    assert sorted(r["g"]["value"] for r in rows) == graphs[1:3]
    # a FROM clause in the query is honoured (not overridden by the union)
    from_n = int(srv.json(q(f"SELECT (COUNT(*) AS ?n) FROM <{g}> WHERE {{ ?s ?p ?o }}"))["results"]["bindings"][0]["n"]["value"])
    assert from_n == in_g


def test_sparqlwrapper_client(srv):
    from SPARQLWrapper import ASK, CSV, JSON, TURTLE, XML, SPARQLWrapper

    sw = SPARQLWrapper(srv.url + "/sparql")
    sw.setQuery("SELECT ?label WHERE { country:IR rdfs:label ?label }")
    sw.setReturnFormat(JSON)
    res = sw.query().convert()
    assert [b["label"]["value"] for b in res["results"]["bindings"]] == ["Iran"]
    sw.setReturnFormat(XML)
    doc = sw.query().convert()  # xml.dom.minidom document
    assert [n.firstChild.data for n in doc.getElementsByTagName("literal")] == ["Iran"]
    sw.setReturnFormat(CSV)
    assert sw.query().convert().decode().splitlines() == ["label", "Iran"]
    sw.setQuery("ASK { ?e a kg:PhoneCall ; kg:participant person:vladimir-putin }")
    sw.setReturnFormat(JSON)
    assert sw.queryType == ASK and sw.query().convert()["boolean"] is True
    sw.setQuery("CONSTRUCT { country:IR rdfs:label ?l } WHERE { country:IR rdfs:label ?l }")
    sw.setReturnFormat(TURTLE)
    ttl = sw.query().convert()
    assert b"Iran" in ttl
    sw.setReturnFormat(XML)  # CONSTRUCT as RDF/XML, parsed by SPARQLWrapper into an rdflib Graph
    g = sw.query().convert()
    assert [str(o) for o in g.objects()] == ["Iran"]
    sw.setMethod("POST")
    sw.setQuery("SELECT ?label WHERE { country:RU rdfs:label ?label }")
    sw.setReturnFormat(JSON)
    assert sw.query().convert()["results"]["bindings"][0]["label"]["value"] == "Russia"


def test_rdflib_sparqlstore_client(srv):
    from rdflib import Graph, Literal, URIRef
    from rdflib.plugins.stores.sparqlstore import SPARQLStore

    g = Graph(store=SPARQLStore(srv.url + "/sparql"))
    rows = list(g.query("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                        "SELECT ?l WHERE { <https://w3id.org/kg-news/id/country/RU> rdfs:label ?l }"))
    assert [r[0] for r in rows] == [Literal("Russia", lang="en")]
    assert g.query("ASK { ?e a <https://w3id.org/kg-news/ontology#Meeting> }").askAnswer is True
    res = g.query("CONSTRUCT { ?c a <https://w3id.org/kg-news/ontology#Country> } "
                  "WHERE { ?c a <https://w3id.org/kg-news/ontology#Country> }")
    assert URIRef(KGR + "country/RU") in {s for s, _, _ in res}
    assert (URIRef(KGR + "country/IR"), None, None) in g  # triple pattern over the endpoint


# ----------------------------------------------------------------------------- guard rails
def test_service_refused_unless_allowed(srv, limited):
    for text in ["SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
                 "select * where { service silent <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
                 "SELECT * WHERE {SERVICE<http://127.0.0.1:9/sparql>{?s ?p ?o}}",
                 "SELECT * WHERE { # a comment\n SeRvIcE ?endpoint { ?s ?p ?o } }"]:
        st, h, body = srv.get(q(text))
        assert st == 403 and b"SERVICE" in body, text
    # the word elsewhere is not the keyword
    for text in ['SELECT * WHERE { ?s ?p "SERVICE" } LIMIT 1',
                 "SELECT * WHERE { ?s ?p '''a SERVICE <http://x/> { }''' } LIMIT 1",
                 "SELECT * WHERE { ?s <http://x/SERVICE> ?o } LIMIT 1",
                 "# SERVICE <http://x/>\nSELECT ?service WHERE { ?service ?p ?o } LIMIT 1",
                 "PREFIX SERVICE: <http://x/> SELECT * WHERE { ?s SERVICE:p ?o } LIMIT 1"]:
        assert srv.get(q(text))[0] == 200, text
    # allowed: SERVICE SILENT to a closed port gives the empty solution, not a 403
    st, h, body = limited.get(q("SELECT * WHERE { SERVICE SILENT <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"))
    assert st == 200 and json.loads(body)["results"]["bindings"] == [{}]


def test_update_refused_by_default(srv):
    st, h, body = srv.req("POST", "/sparql", body=b"INSERT DATA { <http://x/a> <http://x/b> 1 }",
                          headers={"Content-Type": "application/sparql-update", "Authorization": "Bearer anything"})
    assert st == 403 and b"--allow-update" in body
    st, h, body = srv.req("POST", "/sparql", body=urlencode({"update": "CLEAR ALL"}),
                          headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert st == 403
    assert srv.json(q("ASK { ?s a schema:NewsArticle }"))["boolean"] is True


def test_update_needs_the_token(writable):
    ins = b'INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/x> rdfs:label "inserted over HTTP" } }'
    hdr = {"Content-Type": "application/sparql-update"}
    st, h, body = writable.req("POST", "/sparql", body=ins, headers=hdr)
    assert st == 401 and h["www-authenticate"].startswith("Bearer")
    st, h, body = writable.req("POST", "/sparql", body=ins, headers={**hdr, "Authorization": "Bearer wrong"})
    assert st == 403
    ask = q('ASK { <http://example.org/x> rdfs:label "inserted over HTTP" }')
    assert writable.json(ask)["boolean"] is False
    st, h, body = writable.req("POST", "/sparql", body=ins, headers={**hdr, "Authorization": "Bearer s3cret"})
    assert st == 204 and body == b""
    assert writable.json(ask)["boolean"] is True
    st, h, body = writable.req("POST", "/sparql", body=urlencode({"update": "DELETE DATA { GRAPH <http://example.org/g> "
                                                                          "{ <http://example.org/x> rdfs:label \"inserted over HTTP\" } }"}),
                               headers={"Content-Type": "application/x-www-form-urlencoded", "Authorization": "Bearer s3cret"})
    assert st == 204 and writable.json(ask)["boolean"] is False
    # LOAD fetches a URL: refused like SERVICE; a bad update is a 400
    st, h, body = writable.req("POST", "/sparql", body=b"LOAD <http://127.0.0.1:9/x.ttl>",
                               headers={**hdr, "Authorization": "Bearer s3cret"})
    assert st == 403
    st, h, body = writable.req("POST", "/sparql", body=b"INSERT DATA { oops }", headers={**hdr, "Authorization": "Bearer s3cret"})
    assert st == 400 and body.startswith(b"SPARQL syntax error")
    assert writable.get("/sparql?update=" + quote("CLEAR ALL"))[0] == 400  # updates only by POST


def test_request_too_large(srv):
    big = urlencode({"query": "ASK {} #" + "x" * 1_100_000})
    st, h, body = srv.req("POST", "/sparql", body=big, headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert st == 413 and b"limit" in body
    # with Expect: 100-continue the client learns it before sending the body
    s = socket.create_connection((srv.host, srv.port), timeout=10)
    try:
        s.sendall(b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\n"
                  b"Content-Length: 5000000\r\nExpect: 100-continue\r\n\r\n")
        assert s.recv(100).startswith(b"HTTP/1.1 413")
    finally:
        s.close()
    # just under the limit is fine
    ok = "ASK {} #" + "x" * 900_000
    st, h, body = srv.req("POST", "/sparql", body=ok.encode(), headers={"Content-Type": "application/sparql-query"})
    assert st == 200


def _raw(srv, data: bytes, wait: float = 5.0) -> bytes:
    """Send raw bytes; everything the server answers until it closes (or *wait* passes)."""
    s = socket.create_connection((srv.host, srv.port), timeout=wait)
    out = b""
    try:
        s.sendall(data)
        while True:
            try:
                chunk = s.recv(65536)
            except socket.timeout:
                break
            if not chunk:
                break
            out += chunk
    finally:
        s.close()
    return out


ASK_PATH = "/sparql?query=" + quote("ASK { ?s a kg:Country }")


def test_http_keep_alive_and_pipelining(srv):
    # two requests in one packet on one connection: two answers in order, then the close
    data = (f"GET {ASK_PATH} HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/csv\r\n\r\n"
            f"GET /queries HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").encode()
    out = _raw(srv, data)
    assert out.count(b"HTTP/1.1 200 OK") == 2
    first, second = out.split(b"HTTP/1.1 200 OK")[1:]
    assert b"text/csv" in first and b"connection: close" not in first.lower()  # header names: any case
    assert b"application/json" in second and b"connection: close" in second.lower()
    # http.client reuses the connection for a third request
    c = http.client.HTTPConnection(srv.host, srv.port, timeout=10)
    try:
        for _ in range(3):
            c.request("GET", ASK_PATH, headers={"Accept": "application/sparql-results+json"})
            r = c.getresponse()
            assert r.status == 200 and json.loads(r.read())["boolean"] is True
    finally:
        c.close()


def test_http_1_0_closes_unless_asked(srv):
    t = time.monotonic()
    out = _raw(srv, f"GET {ASK_PATH} HTTP/1.0\r\nHost: 127.0.0.1\r\nAccept: text/csv\r\n\r\n".encode())
    assert out.startswith(b"HTTP/1.0 200") and time.monotonic() - t < 2  # answered as 1.0, then closed
    head, _, body = out.partition(b"\r\n\r\n")
    assert body.split() == [b"true"]
    out = _raw(srv, f"GET {ASK_PATH} HTTP/1.0\r\nHost: 127.0.0.1\r\nConnection: keep-alive\r\n\r\n".encode(), wait=1.0)
    assert b"connection: keep-alive" in out.lower()


def test_http_head_has_length_but_no_body(srv):
    full = srv.get("/openapi.json")
    st, h, body = srv.req("HEAD", "/openapi.json")
    assert st == 200 and body == b"" and int(h["content-length"]) == len(full[2]) > 100


def test_http_malformed_requests(srv):
    # Granian (hyper) parses requests: a malformed one is refused at once and the connection closed
    for data, status in [
        (b"GARBAGE\r\n\r\n", 400),
        (b"GET /\r\n\r\n", 400),
        (b"GET / HTTP/2.0\r\n\r\n", 400),  # not HTTP/1.x on this port
        (b"GET / HTTP/1.1\r\nNo colon here\r\n\r\n", 400),
        (b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Long: " + b"a" * 70_000 + b"\r\n\r\n", 431),
    ]:
        t = time.monotonic()
        out = _raw(srv, data)
        assert out.startswith(b"HTTP/1.1 %d " % status), (data[:30], out[:100])
        assert b"connection: close" in out.lower() and time.monotonic() - t < 2, (data[:30], out[:100])
    # a method the server does not know is not allowed (one line, with the allowed ones)
    out = _raw(srv, b"get / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
    assert out.startswith(b"HTTP/1.1 405 ") and b"not allowed" in out and b"allow: get, head" in out.lower()
    # bare LF line ends are answered at once (they used to wait for the idle timeout)
    t = time.monotonic()
    out = _raw(srv, f"GET {ASK_PATH} HTTP/1.1\nHost: 127.0.0.1\nAccept: text/csv\nConnection: close\n\n".encode())
    assert out.startswith(b"HTTP/1.1 200 ") and out.endswith(b"\r\n\r\ntrue") and time.monotonic() - t < 2
    # the server is still fine
    assert srv.get(ASK_PATH)[0] == 200


def test_http_expect_continue_for_an_accepted_body(srv):
    body = b"ASK { ?s a kg:Country }"
    s = socket.create_connection((srv.host, srv.port), timeout=10)
    try:
        s.sendall(b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\n"
                  b"Accept: text/csv\r\nExpect: 100-continue\r\nContent-Length: %d\r\n\r\n" % len(body))
        assert s.recv(100).startswith(b"HTTP/1.1 100 Continue")
        s.sendall(body)
        out = b""
        while b"true" not in out:
            chunk = s.recv(65536)
            assert chunk, out
            out += chunk
        assert out.startswith(b"HTTP/1.1 200")
    finally:
        s.close()


def test_time_limit(limited):
    t = time.monotonic()
    st, h, body = limited.get(q(SLOW))
    took = time.monotonic() - t
    assert st == 503 and b"time limit" in body, body
    assert took < 3, f"the 0.5 s limit answered after {took:.1f} s"
    # its only worker is still busy with the abandoned query: the next one is told so
    st, h, body = limited.get(q("ASK { ?s ?p ?o }"))
    if st == 503:  # (unless the slow query already finished)
        assert b"busy" in body and h.get("retry-after")
    # once Oxigraph returns, the worker is free again
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        st, h, body = limited.get(q("ASK { ?s ?p ?o }"))
        if st == 200:
            break
        time.sleep(0.5)
    assert st == 200 and json.loads(body)["boolean"] is True


def test_time_limit_stops_serialising(streaming):
    # Oxigraph produces the rows lazily while they are serialised; the sink stops it at the
    # deadline, so the only worker is free again at once (in full this takes minutes)
    t = time.monotonic()
    st, h, body = streaming.get(q(HUGE), headers={"Accept": "text/csv"})
    assert st == 503 and b"time limit" in body
    assert time.monotonic() - t < 3
    time.sleep(0.3)
    st, h, body = streaming.get(q("ASK { ?s ?p ?o }"))
    assert st == 200, body
    assert time.monotonic() - t < 6


def test_max_rows(limited, srv):
    text = "SELECT ?c WHERE { ?c a kg:Country } ORDER BY ?c"
    full = srv.json(q(text))["results"]["bindings"]
    assert len(full) > 3
    st, h, body = limited.get(q(text), headers={"Accept": "application/sparql-results+json"})
    assert st == 200 and h["x-kg-truncated"] == "true" and h["x-kg-max-rows"] == "3"
    assert json.loads(body)["results"]["bindings"] == full[:3]
    st, h, body = limited.get(q(text) + "&format=csv")
    assert body.decode().splitlines() == ["c"] + [r["c"]["value"] for r in full[:3]]
    st, h, body = limited.get(q("CONSTRUCT { ?c a kg:Country } WHERE { ?c a kg:Country }"),
                              headers={"Accept": "application/n-triples"})
    assert h["x-kg-truncated"] == "true" and body.count(b"\n") == 3
    st, h, body = limited.get(q(text) + "&format=html")
    assert b'id="truncated"' in body and body.count(b"<tr>") == 4  # header + 3 rows
    st, h, body = limited.get(q("SELECT ?c WHERE { ?c a kg:Country } LIMIT 2"))
    assert st == 200 and "x-kg-truncated" not in h


def test_binds_loopback_by_default(srv):
    import inspect

    from kg.web.serve import serve

    assert srv.host == "127.0.0.1"
    assert inspect.signature(serve).parameters["host"].default == "127.0.0.1"
    import typer.main

    from kg.cli import app

    cmd = typer.main.get_command(app).commands["serve"]
    assert next(p for p in cmd.params if p.name == "host").default == "127.0.0.1"


def test_import_is_light():
    code = ("import sys, kg.web, kg.web.protocol, kg.web.pages, kg.limits; print(sorted(m for m in ('pyoxigraph', 'http.server', "
            "'kg.queries', 'kg.store', 'starlette', 'granian') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "[]"


def test_keep_alive_and_head(srv):
    c = http.client.HTTPConnection(srv.host, srv.port, timeout=30)
    try:
        for _ in range(3):
            c.request("GET", q("ASK {}"), headers={"Accept": "application/sparql-results+json"})
            r = c.getresponse()
            assert r.status == 200 and json.loads(r.read())["boolean"] is True
        c.request("HEAD", "/queries")
        r = c.getresponse()
        assert r.status == 200 and int(r.getheader("Content-Length")) > 100 and r.read() == b""
    finally:
        c.close()


# ----------------------------------------------------------------------------- OpenAPI and docs
def test_openapi_describes_every_saved_query(srv):
    from kg.queries import load_library

    st, h, body = srv.get("/openapi.json")
    assert st == 200
    doc = json.loads(body)
    assert doc["openapi"].startswith("3.")
    lib = load_library()
    for name, sq in lib.items():
        op = doc["paths"][f"/queries/{name}"]["get"]
        params = {p["name"]: p for p in op["parameters"]}
        assert op["summary"] == sq.title
        for p in sq.params:
            d = params[p.name]
            assert d["in"] == "query" and d["required"] == p.required
            if p.values:
                assert d["schema"]["enum"] == p.values
            if p.type == "xsd:date":
                assert d["schema"]["format"] == "date"
            if p.default is not None:
                assert str(d["schema"]["default"]) == p.default
        assert "200" in op["responses"] and "400" in op["responses"]
    assert {"get", "post"} <= set(doc["paths"]["/sparql"])
    assert doc["paths"]["/queries/phone-calls"]["get"]["parameters"][0]["example"] == "Vladimir Putin"
    for path, ops in doc["paths"].items():
        for method, op in ops.items():
            assert op["operationId"] and op["responses"], (path, method)
            for p in op.get("parameters", []):
                assert {"name", "in", "schema"} <= set(p) and p["in"] == "query", (path, p)


def test_openapi_is_valid_openapi(srv):
    validator = pytest.importorskip("openapi_spec_validator", reason="openapi-spec-validator is not installed")
    doc = json.loads(srv.get("/openapi.json")[2])
    validator.validate(doc)
    broken = json.loads(json.dumps(doc))
    broken["paths"]["/queries/phone-calls"]["get"]["parameters"][0]["in"] = "nowhere"
    with pytest.raises(Exception):
        validator.validate(broken)


def test_docs_page_works_offline(srv):
    st, h, body = srv.get("/docs")
    assert st == 200 and h["content-type"].startswith("text/html")
    page = body.decode()
    assert '<script src="/static/docs.js"' in page
    assert not re.search(r'(src|href)="(https?:)?//', page), "the docs page must not load anything from elsewhere"
    st, h, js = srv.get("/static/docs.js")
    assert st == 200 and h["content-type"].startswith("text/javascript") and b"/openapi.json" in js
    assert b"http://" not in js and b"https://" not in js
    assert b"innerHTML" not in js


# ----------------------------------------------------------------------------- web page
def test_index_page_lists_forms(srv):
    from kg.queries import load_library

    st, h, body = srv.get("/")
    page = body.decode()
    assert st == 200 and h["content-type"].startswith("text/html")
    assert "script-src 'self'" in h["content-security-policy"]
    for name, sq in load_library().items():
        assert f'action="/queries/{name}"' in page
        for p in sq.params:
            assert f'name="{p.name}"' in page
    assert '<textarea name="query"' in page and 'action="/sparql"' in page
    assert not re.search(r'(src|href)="(https?:)?//', page)
    for asset in ("/static/kg.css", "/static/kg.js"):
        assert srv.get(asset)[0] == 200
    assert srv.get("/static/..%2Fserver.py")[0] == 404
    assert srv.get("/static/nope.js")[0] == 404


def test_html_results_link_to_evidence(srv):
    st, h, body = srv.get("/queries/phone-calls?" + urlencode({"person": "Vladimir Putin", "format": "html"}))
    page = body.decode()
    assert st == 200 and 'id="results"' in page and "Recep Tayyip Erdoğan" in page
    links = re.findall(r'class="evidence-link" href="([^"]+)"', page)
    assert links
    href = links[0].replace("&amp;", "&").split("#")[0]
    st, h, body = srv.get(href)
    ev = body.decode()
    assert st == 200
    marked = re.search(r'<mark id="hl">(.*?)</mark>', ev, re.S)
    assert marked and len(marked.group(1)) > 20
    # browsers get HTML from /sparql too (Accept: text/html)
    st, h, body = srv.get(q(COUNTRY_LABEL), headers={"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"})
    assert st == 200 and h["content-type"].startswith("text/html") and b"Russia" in body


def test_evidence_page_offsets_and_errors(srv, store):
    ev = srv.json("/queries/phone-calls?" + urlencode({"person": PUTIN}))["results"]["bindings"][0]["event"]["value"]
    src = srv.json("/queries/event-sources?" + urlencode({"event": ev}))["results"]["bindings"][0]
    b, e = int(src["begin"]["value"]), int(src["end"]["value"])
    st, h, body = srv.get("/evidence?" + urlencode({"article": src["article"]["value"], "begin": b, "end": e}))
    page = body.decode()
    assert st == 200
    import html as _html

    assert _html.unescape(re.search(r'<mark id="hl">(.*?)</mark>', page, re.S).group(1)) == src["sentence"]["value"]
    # by article name and sentence text
    st, h, body = srv.get("/evidence?" + urlencode({"article": src["articleName"]["value"], "text": src["sentence"]["value"]}))
    assert st == 200 and b'<mark id="hl">' in body
    # by sentence alone
    st, h, body = srv.get("/evidence?" + urlencode({"text": src["sentence"]["value"]}))
    assert st == 200 and b'<mark id="hl">' in body
    assert srv.get("/evidence")[0] == 400
    assert srv.get("/evidence?article=x&begin=a&end=3")[0] == 400
    assert srv.get("/evidence?" + urlencode({"article": src["article"]["value"], "begin": 5, "end": 10 ** 7}))[0] == 400
    st, h, body = srv.get("/evidence?article=no_such_article")
    assert st == 404 and h["content-type"].startswith("text/html")


def test_everything_is_escaped(srv):
    evil = '<script>alert("x")</script>'
    st, h, body = srv.get("/queries/phone-calls?" + urlencode({"person": evil, "format": "html"}))
    assert st == 400 and h["content-type"].startswith("text/html")
    assert b"<script>alert" not in body and b"&lt;script&gt;alert" in body
    assert b'id="error"' in body and b'value="&lt;script&gt;' in body  # the form comes back, filled in
    text = 'SELECT ?x WHERE { BIND("<img src=x onerror=alert(1)>" AS ?x) }'
    st, h, body = srv.get(q(text) + "&format=html")
    assert st == 200 and b"<img src=x" not in body and b"&lt;img src=x onerror=alert(1)&gt;" in body
    st, h, body = srv.get("/evidence?" + urlencode({"article": evil}))
    assert st == 404 and b"<script>alert" not in body


# ----------------------------------------------------------------------------- `kg serve` itself
def test_kg_serve_command(example_store, tmp_path):
    path = tmp_path / "store"
    shutil.copytree(example_store, path)
    env = {k: v for k, v in os.environ.items() if k != "KG_TOKEN"}
    bad = subprocess.run([sys.executable, "-m", "kg", "serve", "--store", str(path), "--allow-update"],
                         capture_output=True, text=True, env=env, timeout=60)
    assert bad.returncode == 1 and "KG_TOKEN" in bad.stderr
    port = free_port()
    p = subprocess.Popen([sys.executable, "-m", "kg", "serve", "--store", str(path), "--port", str(port),
                          "--max-rows", "2"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    try:
        _wait_port(port, p)
        c = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        c.request("GET", "/queries/phone-calls?" + urlencode({"person": "Vladimir Putin"}), headers={"Accept": "text/csv"})
        r = c.getresponse()
        rows = list(csv.reader(io.StringIO(r.read().decode())))
        assert r.status == 200 and len(rows) == 3 and r.getheader("X-KG-Truncated") == "true"
        c.close()
    finally:
        p.terminate()
        p.wait(10)
    assert "127.0.0.1:" + str(port) in p.stderr.read().decode()


def test_query_string_parsing_matches_the_standard_library():
    import random
    from urllib.parse import parse_qsl

    from kg.web.protocol import parse_query_string

    rnd = random.Random(5)
    cases = ["query=SELECT+%3Fs+%7B%7D", "a=%2541", "a=%2%33&b=%23", "a=%E2%82%AC+x", "a=b&&c", "a=%zz", "a=%FF",
             "a=%5Cx41", "a=\\x41", "a=%", "a=%4", "q=caf%C3%A9", "raw=café", "a=b=c"]
    for alphabet in ("%25abcAF09+&=\\x;é", "%%%2222555aAfFxX\\\\&=", "%CcEe389+&"):
        cases += ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 14))) for _ in range(3000)]
    for c in cases:
        try:
            expected = parse_qsl(c, keep_blank_values=True, errors="strict")
        except UnicodeDecodeError:
            expected = UnicodeDecodeError
        try:
            got = parse_query_string(c)
        except UnicodeDecodeError:
            got = UnicodeDecodeError
        assert got == expected, c


def _children(pid: int) -> set[int]:
    out = set()
    for d in os.listdir("/proc"):
        if d.isdigit():
            try:
                stat = open(f"/proc/{d}/stat").read()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                out.add(int(d))
    return out


def _wait_port(port: int, p: subprocess.Popen) -> None:
    for _ in range(300):
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            if p.poll() is not None:
                pytest.fail(p.stderr.read().decode())
            time.sleep(0.1)
    pytest.fail("kg serve did not start")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc to find the server's processes")
def test_kg_serve_processes(example_store, tmp_path):
    path = tmp_path / "store"
    shutil.copytree(example_store, path)
    env = {k: v for k, v in os.environ.items() if k != "KG_TOKEN"}
    kg = [sys.executable, "-m", "kg", "serve"]
    # refused combinations and a missing store: one line, exit 1, nothing started
    bad = subprocess.run(kg + ["--store", str(path), "--processes", "2", "--allow-update"], capture_output=True,
                         text=True, env={**env, "KG_TOKEN": "x"}, timeout=60)
    assert bad.returncode == 1 and "single process" in bad.stderr
    bad = subprocess.run(kg + ["--store", str(tmp_path / "nothing"), "--processes", "2"], capture_output=True,
                         text=True, env=env, timeout=60)
    assert bad.returncode == 1 and "no kg store here" in bad.stderr
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "CURRENT").write_text("MANIFEST-999999\n")  # looks like a store, cannot be opened
    bad = subprocess.run(kg + ["--store", str(broken), "--processes", "2", "--port", str(free_port())],
                         capture_output=True, text=True, env=env, timeout=60)
    assert bad.returncode == 1 and "stopped at start" in bad.stderr, bad.stderr

    port = free_port()
    p = subprocess.Popen(kg + ["--store", str(path), "--port", str(port), "--processes", "2"],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    try:
        _wait_port(port, p)

        def phone_rows():
            c = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            try:
                c.request("GET", "/queries/phone-calls?" + urlencode({"person": "Vladimir Putin"}),
                          headers={"Accept": "text/csv"})
                r = c.getresponse()
                assert r.status == 200
                return list(csv.reader(io.StringIO(r.read().decode())))[1:]
            finally:
                c.close()

        expected = phone_rows()
        assert len(expected) >= 3
        kids = _children(p.pid)
        assert len(kids) == 2
        # several clients at once, the same answer from every process
        results = []
        threads = [threading.Thread(target=lambda: results.append(phone_rows())) for _ in range(6)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert results == [expected] * 6
        # a process that dies is replaced
        time.sleep(2.2)  # past the start-up grace period
        victim = min(kids)
        os.kill(victim, 9)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and (victim in _children(p.pid) or len(_children(p.pid)) < 2):
            time.sleep(0.2)
        now = _children(p.pid)
        assert len(now) == 2 and victim not in now
        assert phone_rows() == expected
    finally:
        p.terminate()
        p.wait(20)
    err = p.stderr.read().decode()
    # Granian supervises the processes: it says one stopped, and the one killed had said it was ready
    assert "2 processes" in err and f"server process {victim} ready" in err and "Unexpected exit from worker" in err
    assert not any(os.path.exists(f"/proc/{k}") for k in now), "server processes left running"


def test_cors_is_off_unless_origins_are_named(srv, example_store):
    # off by default: a page on another site cannot read the answers (no CORS headers)
    st, h, _ = srv.get(ASK_PATH, headers={"Origin": "https://evil.example"})
    assert st == 200 and "access-control-allow-origin" not in h
    assert srv.req("OPTIONS", "/sparql", headers={"Origin": "https://evil.example",
                                                  "Access-Control-Request-Method": "GET"})[0] == 405
    r = _start(example_store, cors=("https://dash.example.org",))
    try:
        st, h, body = r.get("/queries/phone-calls?" + urlencode({"person": "Vladimir Putin"}),
                            headers={"Origin": "https://dash.example.org", "Accept": "text/csv"})
        assert st == 200 and h["access-control-allow-origin"] == "https://dash.example.org"
        assert "Origin" in h["vary"] and "X-KG-Truncated" in h["access-control-expose-headers"]
        # errors carry it too, so the page can show the message
        st, h, _ = r.get("/queries/phone-calls", headers={"Origin": "https://dash.example.org"})
        assert st == 400 and h["access-control-allow-origin"] == "https://dash.example.org"
        # another origin: nothing
        st, h, _ = r.get(ASK_PATH, headers={"Origin": "https://evil.example"})
        assert st == 200 and "access-control-allow-origin" not in h
        # the browser's preflight for a POST of SPARQL
        st, h, body = r.req("OPTIONS", "/sparql", headers={
            "Origin": "https://dash.example.org", "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "content-type"})
        assert st == 204 and body == b"" and "POST" in h["access-control-allow-methods"]
        assert "Content-Type" in h["access-control-allow-headers"] and "Authorization" not in h["access-control-allow-headers"]
        st, h, _ = r.req("OPTIONS", "/nowhere", headers={"Origin": "https://dash.example.org",
                                                       "Access-Control-Request-Method": "GET"})
        assert st == 404
    finally:
        _stop(r)
    r = _start(example_store, cors=("*",))
    try:
        st, h, _ = r.get(ASK_PATH, headers={"Origin": "https://anyone.example"})
        assert st == 200 and h["access-control-allow-origin"] == "*"
    finally:
        _stop(r)
