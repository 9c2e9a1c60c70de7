"""kg.views, the data of the graph's pages, on the example store: the timeline and the
network agree with SPARQL over the store, an event and an actor carry what their pages
show; the evidence page's text helpers. Real on-disk Oxigraph store, no mocks."""

from __future__ import annotations

import pytest

from kg import views

KGR = "https://w3id.org/kg-news/id/"
IRAN_DENIED = KGR + "event/b547a34c16bd7d96"  # Iran -> Russia missiles, denied: 2 reports merged


@pytest.fixture(scope="module")
def store(example_store):
    from kg.store import open_store

    st = open_store(example_store, read_only=True)
    yield st
    del st


def _sparql_count(store, where: str) -> int:
    from kg.store import run_query

    return int(next(iter(run_query(store, f"SELECT (COUNT(DISTINCT ?event) AS ?n) WHERE {{ {where} }}")))["n"].value)


ALL_EVENTS = """GRAPH <https://w3id.org/kg-news/id/graph/events> { ?event a kg:ResolvedEvent , ?t .
  FILTER(?t IN (kg:Meeting, kg:PhoneCall, kg:WeaponSupplyAllegation))
  ?event kg:participant|kg:supplier|kg:recipient ?x }"""


def test_timeline_holds_every_event_once_and_in_date_order(store):
    t = views.timeline(store)
    iris = [e["iri"] for e in t["events"] + t["undated"]]
    assert len(iris) == len(set(iris)) == _sparql_count(store, ALL_EVENTS) > 40
    dates = [e["date"] for e in t["events"]]
    assert all(dates) and dates == sorted(dates)
    assert all(not e["date"] for e in t["undated"])
    assert sum(t["counts"].values()) == len(iris)
    assert all(e["href"] == "/event/" + e["iri"].rsplit("/", 1)[-1] for e in t["events"])


def test_timeline_and_network_filters_agree(store):
    for kw in ({"event_type": "PhoneCall"}, {"actor": "Iran"}, {"country": "country:RU"},
               {"date_from": "2024-01-01", "date_to": "2024-12-31"}):
        t, n = views.timeline(store, **kw), views.network(store, **kw)
        assert len(t["events"]) + len(t["undated"]) == n["events"] > 0, kw
    calls = views.timeline(store, event_type="PhoneCall")
    assert {e["type"] for e in calls["events"] + calls["undated"]} == {"PhoneCall"}
    assert len(calls["events"]) + len(calls["undated"]) == _sparql_count(
        store, ALL_EVENTS.replace("?event a kg:ResolvedEvent , ?t", "?event a kg:ResolvedEvent , kg:PhoneCall , ?t"))
    in2024 = views.timeline(store, date_from="2024-01-01", date_to="2024-12-31")
    assert in2024["events"] and all(e["date"].startswith("2024") for e in in2024["events"])
    assert in2024["undated"] == []  # a date filter leaves out what has no date
    iran = views.timeline(store, actor="Iran")  # a name, as the saved queries take it
    assert iran["filters"]["actor"] == KGR + "country/IR"
    for e in iran["events"] + iran["undated"]:
        ev = views.event(store, e["iri"])
        assert any(a["iri"] == KGR + "country/IR" for r in ("participant", "supplier", "recipient") for a in ev[r])


def test_network_nodes_are_the_actors_of_the_events(store):
    n = views.network(store)
    kinds = {x["kind"] for x in n["nodes"]}
    assert kinds == {"Country", "Person"}
    node_iris = {x["iri"] for x in n["nodes"]}
    assert all(e["source"] in node_iris and e["target"] in node_iris for e in n["edges"])
    from kg.store import run_query

    expected = {r["x"].value for r in run_query(store, """SELECT DISTINCT ?x WHERE {
      GRAPH <https://w3id.org/kg-news/id/graph/events> { ?e a kg:ResolvedEvent ; kg:participant|kg:supplier|kg:recipient ?x }
      ?x a ?k . FILTER(?k IN (kg:Country, kg:Person)) }""")}
    assert node_iris == expected
    supply = [e for e in n["edges"] if e["type"] == "WeaponSupplyAllegation"]
    assert supply and all(e["directed"] for e in supply)
    assert any(e["source"] == KGR + "country/IR" and e["target"] == KGR + "country/RU" for e in supply)


@pytest.mark.parametrize("kw, message", [({"event_type": "War"}, "not one of"), ({"date_from": "2024-13"}, "not a date"),
                                         ({"actor": "Atlantis Nowhere"}, "Atlantis"), ({"country": "Sergei Lavrov"}, "")])
def test_bad_filters_say_why(store, kw, message):
    with pytest.raises(views.ViewError) as e:
        views.timeline(store, **kw)
    assert message in str(e.value) and "\n" not in str(e.value)


def test_event_has_its_claim_reports_evidence_and_merge(store):
    ev = views.event(store, IRAN_DENIED)
    assert ev["type"] == "WeaponSupplyAllegation" and ev["date"] == "2024-09-10"
    assert [a["label"] for a in ev["supplier"]] == ["Iran"] and [a["label"] for a in ev["recipient"]] == ["Russia"]
    assert ev["label"] == "Weapon supply: Iran → Russia (missile, denied)"
    assert ev["stance"] == "Denied" and {"Abbas Araghchi", "Iran"} <= {a["label"] for a in ev["claimedBy"]}
    reps = ev["reports_detail"]
    assert len(reps) == ev["reports"] == 2
    assert {r["name"] for r in reps} == {"a09_iran_bantah_kirim_rudal_rusia", "a11_blinken_iran_missiles_russia"}
    for r in reps:
        assert r["evidence"]
        marked = [(p["begin"], p["end"], p["text"]) for para in r["paragraphs"] for p in para["parts"] if p["evidence"]]
        assert marked == sorted((x["begin"], x["end"], x["text"]) for x in r["evidence"])
    [merge] = ev["merges"]
    assert sorted(merge["reports"]) == sorted(r["iri"] for r in reps)
    assert "supplier IR, recipient RU" in merge["basis"] and merge["score"] == "1"


def test_event_of_one_report_has_no_merge_and_unknown_is_none(store):
    single = next(e for e in views.timeline(store)["events"] if e["reports"] == 1)
    ev = views.event(store, single["iri"])
    assert len(ev["reports_detail"]) == 1 and ev["merges"] == []
    assert views.event(store, KGR + "event/0000") is None
    assert views.event(store, KGR + "country/IR") is None  # an actor is no event
    assert views.event(store, "not an iri") is None


def test_actor_has_labels_wikidata_offices_events_and_counterparts(store):
    iran = views.actor(store, KGR + "country/IR")
    assert "Iran" in iran["labels"]["en"] and "Republik Islam Iran" in iran["labels"]["id"]
    assert iran["wikidata"] == "http://www.wikidata.org/entity/Q794"
    assert iran["roles"]["supplier"]["WeaponSupplyAllegation"] >= 3
    assert iran["counterparts"][0]["label"] == "Russia" and iran["counterparts"][0]["types"]["supplies"] >= 3
    lavrov = views.actor(store, KGR + "person/sergei-lavrov")
    [fm] = [o for o in lavrov["offices"] if "foreign minister" in o["label"].lower()]
    assert fm["start"] == "2004-03-09" and fm["end"] == ""  # the term, from the lexicon
    assert lavrov["country"]["iri"] == KGR + "country/RU"
    assert lavrov["events"] and all(e["href"].startswith("/event/") for e in lavrov["events"])
    assert {c["label"] for c in lavrov["counterparts"]} >= {"Retno Marsudi"}
    assert views.actor(store, KGR + "person/nobody-at-all") is None


def test_page_paths():
    assert views.page_path(KGR + "event/ab12") == "/event/ab12"
    assert views.page_path(KGR + "org/kremlin") == "/actor/org/kremlin"
    assert views.page_path(KGR + "article/ab12") is None
    assert views.page_path("http://example.org/event/x") is None


def test_evidence_text_leaves_out_boilerplate_but_keeps_offsets():
    from kg.web.evidence import article_text_html

    body = "MOSKOW - Putin bertemu Xi.\n\nBaca Juga: Berita lain\n\nXi berkata: kerja sama.\nRead more: other\n"
    b = body.index("Xi berkata")
    e = b + len("Xi berkata: kerja sama.")
    out = article_text_html(body, b, e)
    assert "Baca Juga" not in out and "Read more" not in out
    assert '<mark id="hl">Xi berkata: kerja sama.</mark>' in out
    assert "Putin bertemu Xi." in out
    # a highlighted line is shown whatever it says
    b2 = body.index("Baca Juga")
    assert '<mark id="hl">Baca Juga' in article_text_html(body, b2, b2 + 9)


def test_same_views_over_a_remote_store(store, remote_example_store):
    """A SPARQL server as the store (kg serve --store http://...) gives the same pages."""
    from kg.store import open_store

    remote = open_store(remote_example_store)
    assert views.timeline(remote) == views.timeline(store)
    assert views.network(remote, actor="Iran") == views.network(store, actor="Iran")
    assert views.event(remote, KGR + "event/b547a34c16bd7d96") == views.event(store, KGR + "event/b547a34c16bd7d96")
    assert views.actor(remote, KGR + "person/sergei-lavrov") == views.actor(store, KGR + "person/sergei-lavrov")
