"""A SPARQL server as the store (kg.remote): the same graph as the embedded store, the write
commands, a URL that never becomes a folder, one-line errors for a server that cannot be
reached or refuses, credentials from the environment. Against real `oxigraph serve`
processes (conftest.oxigraph_server), and a small real HTTP server in front of one that
demands credentials (no mocks)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from conftest import EXAMPLES, cli, free_port
from kg.store import open_store


def nquads(runner, store) -> list[str]:
    r = cli(runner, "export", "-f", "nq", "--store", store)
    assert r.exit_code == 0, r.stderr
    return sorted(line for line in r.stdout.splitlines() if line.strip())


def test_ingest_writes_the_same_graph_as_the_embedded_store(runner, example_store, remote_example_store):
    remote, embedded = nquads(runner, remote_example_store), nquads(runner, example_store)
    assert len(remote) > 5000 and remote == embedded
    stats = [json.loads(cli(runner, "stats", "--json", "--store", s).stdout) for s in (remote_example_store, example_store)]
    assert stats[0] == stats[1] and stats[0]["articles"] == len(list(EXAMPLES.glob("*.txt"))) and stats[0]["pending"] == 0


@pytest.mark.parametrize("graph_store", ["oxigraph", "none"])
def test_export_of_one_article_and_as_turtle(runner, example_store, remote_example_store, graph_store, monkeypatch):
    if graph_store == "none":  # a server without the Graph Store protocol: kg reads with SELECT
        monkeypatch.setenv("KG_STORE_GRAPH_URL", remote_example_store + "/nowhere")
    for args in (["-f", "nq", "--graph", "a02_retno_terima_lavrov_jakarta"], ["-f", "nt"], ["-f", "nq"]):
        got = [sorted(cli(runner, "export", *args, "--store", s).stdout.splitlines())
               for s in (remote_example_store, example_store)]
        assert len(got[0]) > 50 and got[0] == got[1]


def test_query_merges_and_validate_on_the_server(runner, example_store, remote_example_store):
    r = cli(runner, "query", "--store", remote_example_store, "phone-calls", "-p", "person=Vladimir Putin", "-f", "csv")
    assert r.exit_code == 0 and "Recep Tayyip Erdoğan" in r.stdout
    r = cli(runner, "query", "--store", remote_example_store, "-e", "SELECT (COUNT(*) AS ?n) WHERE { ?e a kg:ResolvedEvent }",
            "-f", "csv")
    assert r.exit_code == 0 and int(r.stdout.splitlines()[1]) > 30
    r = cli(runner, "query", "--store", remote_example_store, "-e", "SELEC ?x WHERE {}")
    assert r.exit_code == 1 and r.stderr.startswith("kg: error: SPARQL syntax error")
    merges = [cli(runner, "merges", "--store", s).stdout for s in (remote_example_store, example_store)]
    assert "merged event(s)" in merges[0] and merges[0] == merges[1]
    r = cli(runner, "validate", "--store", remote_example_store)
    assert r.exit_code == 0, r.stdout


def test_remove_resolve_and_reingest_match_the_embedded_store(runner, oxigraph_server, tmp_path):
    url, local = oxigraph_server(), tmp_path / "local"
    for s in (url, local):
        assert cli(runner, "ingest", "-q", "--store", s, EXAMPLES).exit_code == 0
        r = cli(runner, "remove", "--store", s, "r09_korut_bantah_kompastv", "a02_retno_terima_lavrov_jakarta")
        assert r.exit_code == 0 and r.stdout.count("removed") == 2
    after_remove = nquads(runner, url)
    assert after_remove == nquads(runner, local)
    assert not any("r09_korut_bantah_kompastv" in q for q in after_remove)
    assert cli(runner, "resolve", "--store", url).exit_code == 0
    assert nquads(runner, url) == after_remove  # the resolution written back is the one a rebuild gives
    # the removed articles come back: the same graph as a fresh ingest of them all
    r = cli(runner, "ingest", "-q", "--store", url, EXAMPLES)
    assert r.exit_code == 0 and "2 added, 0 replaced, 28 unchanged" in r.stdout
    assert cli(runner, "ingest", "-q", "--store", local, EXAMPLES).exit_code == 0
    assert nquads(runner, url) == nquads(runner, local)


def test_import_of_an_export_into_a_server(runner, oxigraph_server, example_store, tmp_path):
    url, dump = oxigraph_server(), tmp_path / "dump.trig"
    assert cli(runner, "export", "-o", dump, "--store", example_store).exit_code == 0
    r = cli(runner, "import", dump, "--store", url)
    assert r.exit_code == 0 and "quads loaded" in r.stdout
    assert nquads(runner, url) == nquads(runner, example_store)


def test_an_interrupted_ingest_is_finished_by_running_it_again(runner, oxigraph_server, tmp_path):
    """The crash protocol over HTTP: articles written with their pending marks (one update
    request each) by an ingest killed before its resolution are resolved by the next run."""
    from kg.events import Extractor
    from kg.lexicon import load_lexicon
    from kg.pipeline import store_article
    from kg.reading import read_path

    url, local = oxigraph_server(), tmp_path / "local"
    files = [str(p) for p in sorted(EXAMPLES.glob("*.txt"))[:6]]
    remote, extractor = open_store(url), Extractor(load_lexicon(()))
    for f in files[:4]:
        [article] = list(read_path(f))
        assert store_article(remote, article, extractor)[0] == "added"
    assert json.loads(cli(runner, "stats", "--json", "--store", url).stdout)["pending"] == 4
    r = cli(runner, "query", "--store", url, "-e", "ASK {}")
    assert "4 article change(s) await resolution" in r.stderr
    r = cli(runner, "ingest", "-q", "--store", url, *files)
    assert r.exit_code == 0 and "2 added, 0 replaced, 4 unchanged" in r.stdout
    assert cli(runner, "ingest", "-q", "--store", local, *files).exit_code == 0
    assert nquads(runner, url) == nquads(runner, local)
    assert json.loads(cli(runner, "stats", "--json", "--store", url).stdout)["pending"] == 0


def test_a_url_store_never_creates_a_folder(runner, oxigraph_server, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    url = oxigraph_server()
    r = cli(runner, "ingest", "-q", "--store", url + "/store", EXAMPLES / "a02_retno_terima_lavrov_jakarta.txt")
    assert r.exit_code == 0 and "1 added" in r.stdout
    monkeypatch.setenv("KG_STORE", url)
    assert json.loads(cli(runner, "stats", "--json").stdout)["articles"] == 1
    dead = f"http://127.0.0.1:{free_port()}"
    for cmd in (["stats"], ["ingest", EXAMPLES], ["remove", "x"], ["export"]):
        assert cli(runner, *cmd, "--store", dead).exit_code == 1
    assert list(tmp_path.iterdir()) == []


def test_an_unreachable_server_is_one_line(runner):
    dead = f"http://127.0.0.1:{free_port()}"
    for cmd in (["stats"], ["ingest", EXAMPLES], ["query", "timeline"]):
        r = cli(runner, *cmd, "--store", dead)
        assert r.exit_code == 1 and r.stdout == ""
        assert r.stderr == f"kg: error: {dead}/query: cannot reach the server (connection refused)\n"
    for bad, cause in (("http://", "no server named in the URL"), ("http://127.0.0.1:port", "not a usable URL")):
        r = cli(runner, "stats", "--store", bad)
        assert r.exit_code == 1 and r.stderr.startswith(f"kg: error: {bad}: {cause}") and r.stderr.count("\n") == 1
    r = cli(runner, "stats", "--store", "http://no-such-host.invalid:7878")
    assert r.exit_code == 1 and r.stderr.count("\n") == 1 and "http://no-such-host.invalid:7878/query: cannot reach" in r.stderr


def test_a_wrong_endpoint_is_one_line(runner, oxigraph_server, monkeypatch):
    url = oxigraph_server()
    monkeypatch.setenv("KG_STORE_QUERY_URL", url + "/nowhere")
    r = cli(runner, "stats", "--store", url)
    assert r.exit_code == 1 and r.stderr.count("\n") == 1
    assert r.stderr.startswith(f"kg: error: {url}/nowhere: the server answered 404 Not Found (")


def test_a_read_only_server_refuses_writers_in_one_line_and_serves_readers(runner, oxigraph_server):
    url = oxigraph_server(read_only=True)
    r = cli(runner, "ingest", "-q", "--store", url, EXAMPLES)
    assert r.exit_code == 1 and r.stdout == "" and r.stderr.startswith(
        f"kg: error: {url}/update: the server answered 403 Forbidden (The server is read-only)")
    r = cli(runner, "stats", "--json", "--store", url)
    assert r.exit_code == 0 and json.loads(r.stdout)["articles"] == 0


# ----------------------------------------------------------------------------- credentials
class _Guard(BaseHTTPRequestHandler):
    """In front of a real Oxigraph server: 401 without credentials, 403 with wrong ones,
    otherwise the request is passed on and the answer passed back."""
    target = ""
    allowed: set = set()
    seen: list = []

    def _pass_on(self):
        auth = self.headers.get("Authorization")
        self.seen.append(auth)
        if auth is None:
            return self._answer(401, b"credentials needed", {"WWW-Authenticate": 'Bearer realm="kg"'})
        if auth not in self.allowed:
            return self._answer(403, b"not for you", {})
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0)) or None
        headers = {k: v for k, v in self.headers.items() if k.lower() in ("content-type", "accept")}
        req = urllib.request.Request(self.target + self.path, data=body, headers=headers, method=self.command)
        try:
            with urllib.request.urlopen(req, timeout=30) as resp:
                status, data, ctype = resp.status, resp.read(), resp.headers.get("Content-Type")
        except urllib.error.HTTPError as e:
            status, data, ctype = e.code, e.read(), e.headers.get("Content-Type")
        self._answer(status, data, {"Content-Type": ctype} if ctype else {})

    do_GET = do_POST = _pass_on

    def _answer(self, status, data, headers):
        self.send_response(status)
        for k, v in headers.items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


@pytest.fixture
def guarded(oxigraph_server):
    import base64

    handler = type("Guard", (_Guard,), {"target": oxigraph_server(), "seen": [],
                                        "allowed": {"Bearer s3cret", "Basic " + base64.b64encode(b"ana:pw").decode()}})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}", handler.seen
    server.shutdown()
    server.server_close()


def test_credentials_come_from_the_environment(runner, guarded, monkeypatch):
    url, seen = guarded
    for var in ("KG_STORE_TOKEN", "KG_STORE_USER", "KG_STORE_PASSWORD"):
        monkeypatch.delenv(var, raising=False)
    r = cli(runner, "stats", "--store", url)
    assert r.exit_code == 1 and r.stderr == (f"kg: error: {url}/query: the server answered 401 Unauthorized "
                                             "(credentials needed); if it needs credentials, set KG_STORE_TOKEN "
                                             "(bearer), or KG_STORE_USER and KG_STORE_PASSWORD (basic)\n")
    monkeypatch.setenv("KG_STORE_TOKEN", "wrong")
    r = cli(runner, "stats", "--store", url)
    assert r.exit_code == 1 and r.stderr == (f"kg: error: {url}/query: the server answered 403 Forbidden "
                                             "(not for you); check the credentials in the environment\n")
    assert seen[-1] == "Bearer wrong"
    monkeypatch.setenv("KG_STORE_TOKEN", "s3cret")
    r = cli(runner, "ingest", "-q", "--store", url, EXAMPLES / "a02_retno_terima_lavrov_jakarta.txt")
    assert r.exit_code == 0 and "1 added" in r.stdout
    assert set(seen[2:]) == {"Bearer s3cret"} and len(seen) > 5  # every request carried the token
    monkeypatch.delenv("KG_STORE_TOKEN")
    monkeypatch.setenv("KG_STORE_USER", "ana")
    monkeypatch.setenv("KG_STORE_PASSWORD", "pw")
    r = cli(runner, "stats", "--json", "--store", url)
    assert r.exit_code == 0 and json.loads(r.stdout)["articles"] == 1
    r = cli(runner, "stats", "--store", url.replace("http://", "http://ana:pw@"))
    assert r.exit_code == 1 and "credentials do not belong in the store URL" in r.stderr and "pw" not in r.stderr


# ----------------------------------------------------------------------------- kg serve
def test_kg_serve_serves_a_remote_store(remote_example_store):
    import httpx

    port = free_port()
    env = {**os.environ, "KG_STORE": remote_example_store}
    proc = subprocess.Popen([sys.executable, "-m", "kg", "serve", "--port", str(port)], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                r = httpx.get(f"http://127.0.0.1:{port}/queries/phone-calls", params={"person": "Vladimir Putin"},
                              headers={"Accept": "application/sparql-results+json"})
                break
            except httpx.TransportError:
                assert proc.poll() is None and time.monotonic() < deadline, proc.stderr.read().decode()
                time.sleep(0.1)
        assert r.status_code == 200
        names = {b["with"]["value"] for b in r.json()["results"]["bindings"]}
        assert any("Recep Tayyip Erdoğan" in n for n in names)
    finally:
        proc.terminate()
        proc.wait(timeout=10)


# ----------------------------------------------------------------------------- parameters as VALUES
SHAPES = [
    # a filter inside a subquery: a VALUES block only at the end would not reach it
    'SELECT ?x ?v WHERE { { SELECT ?x ?v WHERE { ?x ?p ?o FILTER(STR(?o) = STR(?v)) } } }',
    'SELECT ?x ?v WHERE { ?x ?p ?o OPTIONAL { ?x <http://e/q> ?w FILTER(?w != ?v) } FILTER(?o = ?v) }',
    'SELECT ?x ?v WHERE { { ?x <http://e/p> ?o FILTER(?o = ?v) } UNION { ?x <http://e/q> ?v } }',
    # braces in strings and comments, a VALUES data block of the query's own, a trailing one
    'SELECT ?x ?v ?k WHERE { # a { in a comment\n VALUES ?k { "}" "{" } ?x ?p ?v FILTER(?v != "{") } VALUES ?z { 1 }',
    'SELECT ?x ?v WHERE { ?x <http://e/p> ?o FILTER EXISTS { ?x ?q ?v } }',
    'SELECT ?x ?v ?n WHERE { ?x <http://e/p> ?v LATERAL { SELECT ?x (COUNT(*) AS ?n) WHERE { ?x ?p ?o } GROUP BY ?x } }',
    'SELECT DISTINCT ?x ?v WHERE { ?x ?p ?o FILTER NOT EXISTS { ?x <http://e/q> ?v } }',
]


@pytest.mark.parametrize("text", SHAPES)
def test_a_values_block_in_every_group_binds_like_a_substitution(text):
    """kg.remote.with_values against pyoxigraph's own substitutions=, on the same data."""
    from pyoxigraph import Literal, NamedNode, Quad, QuerySolutions, Store, Variable

    from kg.remote import with_values

    e = "http://e/"
    store = Store()
    store.extend([Quad(NamedNode(e + s), NamedNode(e + p), Literal(o)) for s, p, o in
                  [("a", "p", "one"), ("a", "q", "two"), ("b", "p", "two"), ("c", "q", "one"), ("c", "p", "{")]])
    subs = {Variable("v"): Literal("one")}

    def answer(res):
        assert isinstance(res, QuerySolutions)
        return sorted(tuple(str(sol[v]) for v in res.variables) for sol in res)

    expected = answer(store.query(text, substitutions=subs))
    assert answer(store.query(with_values(text, subs))) == expected
    assert expected  # (pyoxigraph binds only projected variables of a SELECT: the shapes are SELECTs)
