"""Saved queries: every query in queries/ runs on the example store with a real answer;
parameters are checked and bound as terms; user query folders are loaded robustly."""

import json
import re

import pytest

from conftest import cli
from kg.queries import QueryError, load_library, run_saved
from kg.store import open_store


@pytest.fixture(scope="module", params=["embedded", "remote"])
def store(request, example_store):
    """The example store, embedded, and the same articles on a real Oxigraph server
    (kg.remote): every test below runs on both."""
    if request.param == "remote":
        return open_store(request.getfixturevalue("remote_example_store"), read_only=True)
    return open_store(example_store, read_only=True)


def rows(store, name, **params):
    lib = load_library()
    return [{k.value: (sol[k].value if sol[k] is not None else None) for k in sol.keys()}
            if hasattr(sol, "keys") else sol for sol in _solutions(run_saved(store, lib, name, params))]


def _solutions(res):
    out = []
    for sol in res:
        out.append({v.value: (sol[v].value if sol[v] is not None else None) for v in res.variables})
    return out


EXPECTED = {
    # name: (params, check on the rows)
    "timeline": ({"actor": "North Korea", "type": "WeaponSupplyAllegation"},
                 lambda r: {x["date"] for x in r} == {"2022-11-02", "2022-11-08"} and max(int(x["sources"]) for x in r) == 3),
    "meetings-between": ({"a": "United States", "b": "China"},
                         lambda r: any("Xi Jinping" in x["participants"] and x["place"] == "Beijing" and x["date"] == "2023-06-19" for x in r)),
    "phone-calls": ({"person": "Vladimir Putin"},
                    lambda r: {x["date"] for x in r if "Recep Tayyip Erdoğan" in x["with"]} == {"2023-06-24", "2023-08-02"}),
    "weapon-claims": ({"supplier": "Iran", "stance": "denied"},
                      lambda r: any(x["recipientName"] == "Russia" and x["weapon"] == "missile" and "Abbas Araghchi" in x["claimedBy"] for x in r)),
    "contradictions": ({"supplier": "North Korea"},
                       lambda r: any(x["stance1"] == "alleged" and x["stance2"] == "denied" and x["weapon"] == "ammunition" for x in r)),
    "actor-profile": ({"actor": "Sergei Lavrov"},
                      lambda r: {"Meeting", "PhoneCall"} <= {x["eventType"] for x in r} and any("Retno Marsudi" in (x["with"] or "") for x in r)),
    "country-relations": ({"type": "Meeting"},
                          lambda r: any({x["country1"], x["country2"]} == {"China", "United States"} and int(x["events"]) >= 3 for x in r)),
}


def test_every_saved_query_is_covered():
    assert set(load_library()) == set(EXPECTED) | {"event-sources"}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_saved_query_answers(store, name):
    params, check = EXPECTED[name]
    r = _solutions(run_saved(store, load_library(), name, params))
    assert r, f"{name} returned nothing"
    assert check(r), r[:3]
    # every row carries its evidence: a sentence and the article it comes from
    ev_cols = [c for c in r[0] if c.startswith("evidence")]
    if name != "country-relations":
        assert ev_cols and all(row[c] for row in r for c in ev_cols)


def test_event_sources(store):
    lib = load_library()
    [ev] = [x["event"] for x in _solutions(run_saved(store, lib, "timeline", {"actor": "North Korea"})) if x["sources"] == "3"]
    r = _solutions(run_saved(store, lib, "event-sources", {"event": ev}))
    assert {x["articleName"] for x in r} == {"r08_kirby_nk_shells", "r09_korut_bantah_kompastv", "r10_korut_bantah_antara"}
    assert all(int(x["begin"]) < int(x["end"]) and x["sentence"] for x in r)


def test_parameter_errors(store):
    lib = load_library()
    with pytest.raises(QueryError, match="missing required parameter 'person'"):
        run_saved(store, lib, "phone-calls", {})
    with pytest.raises(QueryError, match="parameter 'from': 'last year' is not a date"):
        run_saved(store, lib, "timeline", {"from": "last year"})
    with pytest.raises(QueryError, match="parameter 'stance': 'maybe' is not one of"):
        run_saved(store, lib, "weapon-claims", {"stance": "maybe"})
    with pytest.raises(QueryError, match="unknown parameter 'colour'"):
        run_saved(store, lib, "timeline", {"colour": "red"})
    with pytest.raises(QueryError, match="no entity labelled 'Atlantis'"):
        run_saved(store, lib, "phone-calls", {"person": "Atlantis"})


def test_values_are_bound_as_terms_not_text(store):
    """A value full of SPARQL syntax is just a string that matches nothing."""
    lib = load_library()
    evil = '"} } UNION { ?s ?p ?o } #'
    with pytest.raises(QueryError, match="no entity labelled"):
        run_saved(store, lib, "phone-calls", {"person": evil})
    with pytest.raises(QueryError, match="parameter 'actor': .* is not a valid IRI"):
        run_saved(store, lib, "timeline", {"actor": "https://w3id.org/kg-news/id/country/XX> } #"})
    r = _solutions(run_saved(store, lib, "timeline", {"actor": "https://w3id.org/kg-news/id/country/XX"}))
    assert r == []


def test_user_queries_folder_with_a_broken_file(tmp_path, runner, example_store):
    d = tmp_path / "mine"
    d.mkdir()
    (d / "articles-by-language.rq").write_text(
        "#+ title: Articles per language\n#+ param: lang | xsd:string | optional | | Language code | id,en\n"
        "SELECT ?lang (COUNT(?a) AS ?n) WHERE { ?a a schema:NewsArticle ; schema:inLanguage ?l "
        "FILTER(COALESCE(STR(?lang), \"\") = \"\" || ?l = ?lang) } GROUP BY ?lang\n", encoding="utf-8")
    (d / "broken.rq").write_text("#+ title: Broken\nSELECT WHERE {", encoding="utf-8")
    r = cli(runner, "queries", "--queries", d)
    assert "articles-by-language: Articles per language" in r.stdout
    assert "broken.rq: SPARQL syntax error" in r.stderr
    r = cli(runner, "query", "--store", example_store, "--queries", d, "articles-by-language", "-p", "lang=en", "-f", "csv")
    from conftest import EXAMPLES
    from kg.article import parse_text

    english = sum(parse_text(f.read_text(encoding="utf-8"), f.name).lang == "en" for f in EXAMPLES.glob("*.txt"))
    assert r.exit_code == 0 and r.stdout.splitlines()[1] == f"en,{english}" and english > 5


def test_cli_saved_query_and_formats(runner, example_store):
    r = cli(runner, "query", "--store", example_store, "phone-calls", "-p", "person=Vladimir Putin")
    assert r.exit_code == 0 and "Recep Tayyip Erdoğan" in r.stdout and "person" not in r.stdout.splitlines()[0].split()
    r = cli(runner, "query", "--store", example_store, "phone-calls", "-p", "person=Vladimir Putin", "-f", "json")
    data = json.loads(r.stdout)
    assert data["results"]["bindings"]
    r = cli(runner, "query", "--store", example_store, "phone-calls")
    assert r.exit_code == 1 and "missing required parameter 'person'" in r.stderr
    r = cli(runner, "queries", "--json")
    meta = {q["name"]: q for q in json.loads(r.stdout)}
    assert meta["weapon-claims"]["parameters"][2]["values"] == ["alleged", "admitted", "denied", "promised", "disputed"]


@pytest.mark.parametrize("name", ["timeline", "meetings-between", "phone-calls", "weapon-claims", "actor-profile"])
def test_evidence_sentence_is_in_the_article_named_beside_it(store, name):
    params, _ = EXPECTED[name]
    rows = _solutions(run_saved(store, load_library(), name, params))
    bodies = {r["n"].value: r["b"].value for r in store.query(
        "SELECT ?n ?b WHERE { ?a <https://w3id.org/kg-news/ontology#sourceName> ?n ; <https://schema.org/articleBody> ?b }",
        use_default_graph_as_union=True)}
    art = "article1" if name == "timeline" else "article"
    assert rows
    for row in rows:
        assert row["evidence"] in bodies[row[art]], (row[art], row["evidence"][:60])


def _unwrap_lateral(text: str) -> str:
    """The query with every ``LATERAL { … }`` replaced by what is inside its braces."""
    while "LATERAL {" in text:
        start = text.index("LATERAL {")
        depth, i = 0, text.index("{", start)
        for j in range(i, len(text)):
            depth += {"{": 1, "}": -1}.get(text[j], 0)
            if depth == 0:
                break
        text = text[:start] + text[i + 1:j] + text[j + 1:]
    return text


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_lateral_is_only_an_evaluation_order(store, name):
    """The saved queries use LATERAL to make Oxigraph start from the parameter (README);
    unwrapped into one flat group they must give the same rows (as the README says for
    running them on other engines)."""
    from pyoxigraph import QuerySolutions

    from kg.queries import bind_params
    from kg.vocab import PREFIXES

    q = load_library()[name]
    params = EXPECTED[name][0]
    subs = bind_params(q, params, store) or None

    # SAMPLE may pick another value in another evaluation order: those columns are left out
    sampled = set(re.findall(r"SAMPLE\(\?\w+\) AS \?(\w+)", q.text))

    def run(text):
        res = store.query(text, prefixes=PREFIXES, use_default_graph_as_union=True, substitutions=subs)
        assert isinstance(res, QuerySolutions)
        keep = [v for v in res.variables if v.value not in sampled]
        # GROUP_CONCAT lists follow the evaluation order: compare them as sets
        return sorted(tuple(None if sol[v] is None else ", ".join(sorted(sol[v].value.split(", "))) for v in keep)
                      for sol in res)

    flat = _unwrap_lateral(q.text)
    assert ("LATERAL" in q.text) == (flat != q.text)
    got = run(q.text)
    assert got and got == run(flat)
