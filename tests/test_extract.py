"""Event extraction: the seeds' gold (1.0), our own gold set (F1 >= 0.9), and behaviours
that must hold on articles the extractor has never seen."""

import json

import pytest
import rdflib

from conftest import EXAMPLES, GOLD, SEEDS, SHARED_GOLD, cli, need_shared
from kg.article import parse_text
from kg.evaluate import Totals, load_gold_dir, score_article
from kg.events import extract
from kg.lexicon import load_lexicon


def _score(gold_dir, articles_dir):
    from kg.reading import read_path

    scores = []
    for stem, gold in load_gold_dir(gold_dir).items():
        [art] = list(read_path(articles_dir / f"{stem}.txt"))
        scores.append(score_article(gold, extract(art).to_json(), stem))
    return Totals(scores)


def test_seeds_score_one_everywhere():
    need_shared()
    t = _score(SHARED_GOLD, SEEDS)
    assert t.event_prf == (1.0, 1.0, 1.0)
    assert t.entity_f1("persons") == 1.0 and t.entity_f1("countries") == 1.0
    for arg, (ok, n) in t.arg_acc().items():
        assert ok == n, f"{arg}: {ok}/{n}"


def test_kg_eval_on_seeds_prints_corpus_line(runner):
    need_shared()
    r = cli(runner, "eval", SHARED_GOLD, SEEDS)
    assert r.exit_code == 0
    assert "F1 1.000" in r.stdout
    assert "corpus: 7/7 events found, 7/7 with all sources, 0 extra" in r.stdout


def test_own_gold_set_f1_at_least_0_9():
    gold = load_gold_dir(GOLD)
    assert len(gold) >= 20
    langs = {parse_text((EXAMPLES / f"{s}.txt").read_text(encoding="utf-8"), s).lang for s in gold}
    assert langs == {"id", "en"}
    assert any(not g["events"] for g in gold.values()), "the set must include articles with no event"
    t = _score(GOLD, EXAMPLES)
    p, r, f1 = t.event_prf
    assert f1 >= 0.9, (p, r, f1)
    assert t.entity_f1("countries") >= 0.95 and t.entity_f1("persons") >= 0.9


def test_evidence_points_at_the_sentence():
    [art] = [parse_text((EXAMPLES / "a02_retno_terima_lavrov_jakarta.txt").read_text(encoding="utf-8"), "a02")]
    ex = extract(art)
    assert ex.events
    for e in ex.events:
        for ev in e.evidence:
            assert art.text[ev.start:ev.end] == ev.text
            assert ev.rule
    for m in ex.mentions:
        assert art.text[m.start:m.end] == m.text


BOILER = """Menlu Rusia Kunjungi Ankara
Selasa, 4 April 2023 - 10:00 WIB
ANKARA - Harga gandum dunia naik tajam pekan ini karena cuaca buruk di sejumlah negara produsen.
Baca Juga: Putin dan Erdogan Bertemu di Sochi, Bahas Koridor Gandum
Para analis memperkirakan harga akan stabil pada kuartal berikutnya."""


def test_boilerplate_never_produces_events():
    ex = extract(parse_text(BOILER, "b.txt"))
    assert ex.events == []
    assert "Vladimir Putin" not in ex.to_json()["persons"]


@pytest.mark.parametrize("text", [
    "JAKARTA - Presiden Joko Widodo dijadwalkan bertemu Presiden Prancis Emmanuel Macron di Paris pekan depan.",
    "WASHINGTON - President Joe Biden is expected to meet Chinese President Xi Jinping in San Francisco next week.",
    "KYIV - Presiden Volodymyr Zelensky mengirim surat kepada Presiden Joko Widodo dan menyampaikan pesan video.",
    "JAKARTA - Indonesia mengirimkan bantuan kemanusiaan berupa obat-obatan dan makanan ke Gaza pada hari Sabtu.",
])
def test_planned_meetings_letters_and_aid_are_not_events(text):
    assert extract(parse_text(text, "x.txt")).events == []


def test_unknown_person_found_by_office():
    art = parse_text("BUDAPEST - Menteri Luar Negeri Slovakia Juraj Blanár bertemu Menteri Luar Negeri Rusia "
                     "Sergei Lavrov di Minsk pada hari Kamis.", "x.txt")
    j = extract(art).to_json()
    assert "Juraj Blanár" in j["persons"]
    e = j["events"][0]
    assert e["type"] == "Meeting" and set(e["participants"]) == {"Juraj Blanár", "Slovakia", "Sergei Lavrov", "Russia"}
    assert e["place"] == "Minsk"


def test_english_phone_call_with_relative_date():
    art = parse_text("Leaders speak\nMarch 10, 2023 9:00 AM UTC\nTOKYO, March 10 (Reuters) - Japanese Prime Minister "
                     "Fumio Kishida spoke by phone with South Korean President Yoon Suk Yeol on Thursday, "
                     "Kishida's office said.", "x.txt")
    [e] = extract(art).to_json()["events"]
    assert e["type"] == "PhoneCall" and e["date"] == "2023-03-09" and e["place"] is None
    assert {"Fumio Kishida", "Yoon Suk Yeol", "Japan", "South Korea"} <= set(e["participants"])


def test_weapon_claim_stances():
    art = parse_text("SEOUL - Amerika Serikat menuduh Korea Utara mengirim peluru artileri ke Rusia, kata juru bicara "
                     "Gedung Putih. Korea Utara membantah telah memasok amunisi kepada Rusia.", "x.txt")
    got = {(e["supplier"], e["recipient"], e["weapon"], e["stance"]) for e in extract(art).to_json()["events"]}
    assert ("North Korea", "Russia", "ammunition", "alleged") in got
    assert ("North Korea", "Russia", "ammunition", "denied") in got


def test_user_lexicon_adds_an_actor_without_code(tmp_path):
    text = "NAYPYIDAW - Jenderal Min Aung Hlaing bertemu Utusan Khusus Zorbania Kel Varan di Naypyidaw pada hari Senin."
    lex_file = tmp_path / "mine.jsonl"
    lex_file.write_text(json.dumps({"id": "country:ZB", "type": "Country", "name": "Zorbania",
                                    "labels": {"en": ["Zorbania"], "id": ["Zorbania"]}}) + "\n" +
                        json.dumps({"id": "person:kel-varan", "type": "Person", "name": "Kel Varan",
                                    "labels": {"en": ["Kel Varan"]}, "country": "country:ZB"}) + "\n", encoding="utf-8")
    before = extract(parse_text(text, "x.txt")).to_json()
    assert "Zorbania" not in before["countries"]
    after = extract(parse_text(text, "x.txt"), load_lexicon([str(lex_file)])).to_json()
    assert "Zorbania" in after["countries"] and "Kel Varan" in after["persons"]
    assert any("Kel Varan" in e["participants"] for e in after["events"])


def test_bad_user_lexicon_is_a_clear_error(tmp_path, runner):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x"}\n{oops\n', encoding="utf-8")
    r = cli(runner, "extract", "--lexicon", bad, EXAMPLES / "a02_retno_terima_lavrov_jakarta.txt")
    assert r.exit_code == 1
    assert r.stderr.startswith(f"kg: error: {bad}:1: an entry needs 'id' and 'type'")


def test_extract_cli_formats(runner):
    f = EXAMPLES / "r05_erdogan_telepon_putin.txt"
    r = cli(runner, "extract", "-f", "json", f)
    j = json.loads(r.stdout)
    assert set(j) == {"persons", "countries", "events"}
    e = j["events"][0]
    assert e["type"] == "PhoneCall" and {"participants", "place", "date", "claimed_by", "evidence", "evidence_spans"} <= set(e)
    r = cli(runner, "extract", f)
    assert "PhoneCall: " in r.stdout and "Recep Tayyip Erdoğan" in r.stdout and "[phone.trigger]" not in r.stdout.split("*")[0]
    r = cli(runner, "extract", "-f", "ttl", f)
    g = rdflib.Dataset()
    g.parse(data=r.stdout, format="trig")
    assert len(g) > 50


def test_validate_passes_then_fails_readably(runner, tmp_path, example_store):
    r = cli(runner, "validate", "--store", example_store)
    assert r.exit_code == 0 and r.stdout.startswith("conforms")
    broken = tmp_path / "broken.ttl"
    broken.write_text("""@prefix kg: <https://w3id.org/kg-news/ontology#> .
<https://w3id.org/kg-news/id/report/x-1> a kg:PhoneCall, kg:EventReport ;
    kg:participant <https://w3id.org/kg-news/id/person/vladimir-putin> ;
    kg:date "yesterday" .
""", encoding="utf-8")
    r = cli(runner, "validate", broken)
    assert r.exit_code == 1
    out = r.stdout
    assert "does not conform" in out
    assert "phone call needs at least two participants" in out
    assert "evidence" in out and "date" in out


def test_held_out_set_does_not_regress():
    """tests/holdout was written by someone who never saw the extractor, and the rules were
    not tuned on it: it is the honest estimate for unseen articles (F1 0.889 when first run)."""
    from conftest import ROOT

    t = _score(ROOT / "tests" / "holdout" / "gold", ROOT / "tests" / "holdout" / "articles")
    assert t.event_prf[2] >= 0.85
