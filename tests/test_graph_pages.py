"""The graph's pages over real HTTP (`kg serve` in a subprocess on the example store):
the JSON endpoints and their filters, the event and actor pages, 404s for unknown IRIs,
links from the results tables, the evidence page's way back, the forms, the vendored
chart library. The drawing itself is checked in a real browser (test_web_browser.py)."""

from __future__ import annotations

import html
import json
import re
from urllib.parse import urlencode

import pytest

from kg import views

KGR = "https://w3id.org/kg-news/id/"
IRAN_DENIED = "b547a34c16bd7d96"


@pytest.fixture(scope="module")
def srv(example_store):
    from test_server import _start, _stop

    r = _start(example_store)
    yield r
    _stop(r)


@pytest.fixture(scope="module")
def store(example_store):
    from kg.store import open_store

    st = open_store(example_store, read_only=True)
    yield st
    del st


def _json(srv, path):
    st, h, body = srv.get(path)
    assert st == 200, body
    assert h["content-type"].startswith("application/json")
    return json.loads(body)


def test_api_timeline_and_network_are_the_library_answers(srv, store):
    assert _json(srv, "/api/timeline") == json.loads(json.dumps(views.timeline(store), ensure_ascii=False))
    assert _json(srv, "/api/network") == json.loads(json.dumps(views.network(store), ensure_ascii=False))
    q = urlencode({"actor": "Iran", "type": "WeaponSupplyAllegation", "from": "2024-01-01"})
    got = _json(srv, "/api/timeline?" + q)
    want = views.timeline(store, actor="Iran", event_type="WeaponSupplyAllegation", date_from="2024-01-01")
    assert [e["iri"] for e in got["events"]] == [e["iri"] for e in want["events"]] and got["events"]
    net = _json(srv, "/api/network?" + urlencode({"country": "Turkey"}))
    tr = views.timeline(store, country="country:TR")
    assert net["events"] == len(tr["events"]) + len(tr["undated"]) > 0
    assert any(n["iri"] == KGR + "country/TR" or n["country"] == KGR + "country/TR" for n in net["nodes"])


@pytest.mark.parametrize("path, status, words", [
    ("/api/timeline?type=War", 400, "not one of"),
    ("/api/network?from=2024-13-01", 400, "not a date"),
    ("/api/timeline?actor=Atlantis+Nowhere", 400, "Atlantis"),
    ("/api/timeline?colour=red", 400, "unknown parameter"),
    ("/api/timeline?type=Meeting&type=PhoneCall", 400, "more than once"),
    ("/api/event/0000", 404, "no resolved event"),
    ("/event/0000", 404, "no resolved event"),
    ("/actor/person/nobody-at-all", 404, "no actor"),
    ("/api/actor/country/XX", 404, "no actor"),
    ("/actor/weapon/Missile", 404, "not found"),
])
def test_bad_requests_get_one_line(srv, path, status, words):
    st, h, body = srv.get(path)
    assert st == status, body
    text = body.decode()
    if h["content-type"].startswith("text/html"):
        text = html.unescape(re.search(r'<p class="error" id="error">(.*?)</p>', text).group(1))
    assert words in text and text.strip().count("\n") == 0


def test_event_page(srv, store):
    st, h, body = srv.get(f"/event/{IRAN_DENIED}")
    assert st == 200 and h["content-type"].startswith("text/html")
    page = body.decode()
    assert "Weapon supply: Iran → Russia (missile, denied)" in page
    assert page.count('<article class="report"') == 2
    ev = views.event(store, KGR + "event/" + IRAN_DENIED)
    for rep in ev["reports_detail"]:
        for x in rep["evidence"]:
            assert f"<mark>{html.escape(x['text'])}</mark>" in page
    assert 'href="/actor/country/IR"' in page and 'href="/actor/person/abbas-araghchi"' in page
    assert "2 reports joined" in page and "supplier IR, recipient RU" in page
    # each evidence excerpt opens the article, and the article leads back here
    links = [html.unescape(x) for x in re.findall(r'class="evidence-link" href="([^"]+)"', page)]
    assert len(links) == sum(len(r["evidence"]) for r in ev["reports_detail"])
    assert page.count('<blockquote class="excerpt">') == sum(len(r["paragraphs"]) for r in ev["reports_detail"])
    assert "Reuters" in page  # the outlet
    st, _, ev_page = srv.get(links[0].split("#")[0])
    assert st == 200
    assert f'href="/event/{IRAN_DENIED}"' in ev_page.decode()
    assert _json(srv, f"/api/event/{IRAN_DENIED}")["merges"][0]["basis"] == ev["merges"][0]["basis"]


def test_actor_page(srv):
    st, _, body = srv.get("/actor/country/IR")
    page = body.decode()
    assert st == 200
    assert "Republik Islam Iran" in page and 'href="http://www.wikidata.org/entity/Q794"' in page
    assert 'href="/event/b547a34c16bd7d96"' in page and 'id="counterparts"' in page
    assert 'href="/actor/country/RU"' in page
    st, _, body = srv.get("/actor/person/sergei-lavrov")
    page = body.decode()
    assert 'id="offices"' in page and "foreign minister" in page.lower()


def test_chart_pages_load_the_vendored_library_only(srv):
    for path in ("/timeline", "/network"):
        st, h, body = srv.get(path + "?" + urlencode({"type": "Meeting", "from": "2023-01-01"}))
        page = body.decode()
        assert st == 200
        assert '<script src="/static/vendor/echarts.min.js" defer>' in page
        assert not re.search(r'(src|href)="(https?:)?//', page), "nothing from elsewhere: no CDN"
        assert '<option value="Meeting" selected>' in page and 'value="2023-01-01"' in page
        assert 'type="date"' not in page
    st, h, body = srv.get("/static/vendor/echarts.min.js")
    assert st == 200 and h["content-type"].startswith("text/javascript") and len(body) > 500_000
    st, _, body = srv.get("/static/graph.js")
    assert st == 200 and b"echarts.init" in body
    assert srv.get("/static/vendor/../kg.css")[0] == 404


def test_results_tables_link_events_and_actors_to_their_pages(srv):
    st, _, body = srv.get("/queries/timeline?format=html")
    page = body.decode()
    events = re.findall(r'<td class="iri"><a href="(/event/[0-9a-f]+)"', page)
    assert len(events) > 20
    st, _, body = srv.get("/queries/phone-calls?" + urlencode({"person": "Vladimir Putin", "format": "html"}))
    page = body.decode()
    assert re.search(r'<td class="iri"><a href="/actor/person/[\w-]+"', page) or \
        re.search(r'<td class="iri"><a href="/event/[0-9a-f]+"', page)
    st, _, body = srv.get("/sparql?" + urlencode({"query": "SELECT ?x WHERE { VALUES ?x { country:IR person:sergei-lavrov } }",
                                                  "format": "html"}))
    page = body.decode()
    assert 'href="/actor/country/IR"' in page and 'href="/actor/person/sergei-lavrov"' in page


def test_evidence_page_hides_baca_juga_and_links_back(srv, store):
    from kg.store import run_query

    [row] = list(run_query(store, """SELECT ?a ?body WHERE { ?a kg:sourceName "a09_iran_bantah_kirim_rudal_rusia" ;
                                     schema:articleBody ?body }"""))
    body = row["body"].value
    assert "Baca Juga" in body  # the stored text keeps it (offsets stay valid) ...
    ev = views.event(store, KGR + "event/" + IRAN_DENIED)
    x = next(x for r in ev["reports_detail"] for x in r["evidence"] if r["article"] == row["a"].value)
    st, _, page = srv.get("/evidence?" + urlencode({"article": row["a"].value, "begin": x["begin"], "end": x["end"]}))
    page = page.decode()
    assert st == 200 and "Baca Juga" not in page  # ... the page does not show it as article text
    assert f'<mark id="hl">{html.escape(x["text"])}</mark>' in page
    assert re.search(rf'id="back-to-event"><a href="/event/{IRAN_DENIED}"', page)
    # a link that gives only the sentence finds its way back too
    st, _, page = srv.get("/evidence?" + urlencode({"text": x["text"]}))
    assert f'href="/event/{IRAN_DENIED}"' in page.decode()


def test_forms_date_fields_and_json_links(srv):
    st, _, body = srv.get("/")
    page = body.decode()
    timeline = re.search(r'<section class="query[^"]*" id="q-timeline">.*?</section>', page, re.S).group(0)
    assert 'type="date"' not in page
    assert re.search(r'name="from" value="" placeholder="YYYY-MM-DD" pattern="\\d\{4\}-\\d\{2\}-\\d\{2\}"', timeline)
    assert "YYYY-MM-DD" in timeline
    # nothing entered in a form of optional fields: its JSON link asks for just that
    assert 'class="api json-link" href="/queries/timeline?"' in timeline
    # after running, the link carries the values entered, not the examples
    st, _, body = srv.get("/queries/timeline?" + urlencode({"type": "PhoneCall", "from": "2023-01-01", "format": "html"}))
    timeline = re.search(r'<section class="query active" id="q-timeline">.*?</section>', body.decode(), re.S).group(0)
    link = html.unescape(re.search(r'class="api json-link" href="([^"]+)"', timeline).group(1))
    assert link == "/queries/timeline?type=PhoneCall&from=2023-01-01"
    # a required field still empty: the example values, so the link answers
    phone = re.search(r'id="q-phone-calls">.*?</section>', page, re.S).group(0)
    link = html.unescape(re.search(r'class="api json-link" href="([^"]+)"', phone).group(1))
    assert srv.get(link)[0] == 200


def test_vendored_library_is_the_one_recorded():
    """kg/static/vendor/MANIFEST names the version and checksum that scripts/vendor_js.sh fetched."""
    import hashlib

    from kg.web.pages import STATIC_DIR

    vendor = STATIC_DIR / "vendor"
    manifest = dict(line.split(": ", 1) for line in (vendor / "MANIFEST").read_text().splitlines() if ": " in line)
    js = (vendor / "echarts.min.js").read_bytes()
    assert manifest["package"] == "echarts" and manifest["license"] == "Apache-2.0"
    assert f'version="{manifest["version"]}"'.encode() in js
    assert hashlib.sha256(js).hexdigest() == manifest["sha256"].split()[0]
    assert "Apache License" in (vendor / "LICENSE-echarts").read_text()
