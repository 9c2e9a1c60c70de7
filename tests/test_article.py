"""Reading and cleaning articles: layouts, boilerplate, duplicates, dates, offsets."""

import json

import pytest

from kg.article import ArticleError, detect_language, parse_text
from kg.reading import decode_bytes, read_path

SINDO = """Menlu Jepang Terima Kunjungan Menlu Filipina di Tokyo
Kamis, 9 Maret 2023 - 21:15 WIB
TOKYO - Menteri Luar Negeri Jepang Yoshimasa Hayashi menerima kunjungan Menteri Luar Negeri Filipina Enrique Manalo di Tokyo pada hari Rabu.
Keduanya membahas kerja sama pertahanan dan keamanan maritim di Laut China Selatan.
Baca Juga: Korea Utara Kembali Luncurkan Rudal Balistik
Keduanya membahas kerja sama pertahanan dan keamanan maritim di Laut China Selatan.
Pertemuan itu berlangsung hangat, kata juru bicara kementerian. (mas)
tulis komentar anda"""

KOMPAS = """MANILA, KOMPAS.TV - Presiden Filipina Ferdinand Marcos Jr menerima Perdana Menteri Jepang di Manila, Jumat (3/11/2023).
Kedua pemimpin membahas patroli bersama di perairan yang disengketakan.
Sumber : Reuters/Kyodo
Gabung ke Channel WhatsApp KompasTV untuk update berita terbaru dan terpercaya."""


def test_title_date_dateline_and_boilerplate_recorded():
    a = parse_text(SINDO, "sindo.txt")
    assert a.title.startswith("Menlu Jepang")
    assert a.published.isoformat() == "2023-03-09T21:15:00+07:00"
    assert a.dateline == "TOKYO"
    reasons = sorted(r.reason for r in a.removed)
    assert reasons == ["comment prompt", "duplicate paragraph", "editor initials", "related link"]
    body = a.body()
    assert "Baca Juga" not in body and "(mas)" not in body and "komentar" not in body
    assert body.count("Keduanya membahas") == 1


def test_offsets_point_into_original_text():
    a = parse_text(SINDO, "sindo.txt")
    for s in a.sentences():
        assert a.text[s.start:s.end] == s.text
    for r in a.removed:
        assert a.text[r.start:r.end] == r.text
    first = a.sentences()[0]
    assert first.text.startswith("Menteri Luar Negeri Jepang")  # the dateline is not part of the sentence


def test_kompas_layout_without_title_or_date_line():
    a = parse_text(KOMPAS, "kompas.txt")
    assert a.title is None and a.published is None
    assert a.dateline == "MANILA" and a.outlet == "KOMPAS.TV"
    assert a.cited_sources == ["Reuters", "Kyodo"]
    assert any(r.reason == "share or subscribe line" for r in a.removed)


@pytest.mark.parametrize("line,expected", [
    ("Senin, 6 Maret 2023 16:45 WITA", "2023-03-06T16:45:00+08:00"),
    ("Selasa, 07 Mar 2023 11:30 WIT", "2023-03-07T11:30:00+09:00"),
    ("Minggu, 13 November 2022 - 19:40 WIB", "2022-11-13T19:40:00+07:00"),
    ("June 19, 2023 3:40 PM UTC", "2023-06-19T15:40:00+00:00"),
])
def test_publication_time_zones(line, expected):
    a = parse_text(f"Judul berita\n{line}\nJAKARTA - Isi berita yang cukup panjang untuk dibaca.", "x.txt")
    assert a.published.isoformat() == expected


def test_language_detection():
    assert detect_language("Presiden Rusia telah melakukan pembicaraan dengan Presiden Iran") == "id"
    assert detect_language("The two leaders discussed the war in Ukraine, the Kremlin said") == "en"


def test_jsonl_articles_and_a_broken_line(tmp_path):
    f = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"text": "ANKARA - Turki dan Rusia membahas gandum.", "title": "Gandum", "url": "https://x.example/1",
                    "published": "2023-08-02T10:00:00+03:00", "outlet": "Antara", "lang": "id"}),
        "{not json",
        json.dumps({"title": "no text"}),
        json.dumps({"text": "Second article about talks in Geneva between two delegations."}),
    ]
    f.write_text("\n".join(lines), encoding="utf-8")
    items = list(read_path(f))
    ok = [i for i in items if not isinstance(i, ArticleError)]
    bad = [i for i in items if isinstance(i, ArticleError)]
    assert len(ok) == 2 and len(bad) == 2
    assert ok[0].url == "https://x.example/1" and ok[0].outlet == "Antara" and ok[0].published.year == 2023
    assert "feed.jsonl:2" in str(bad[0]) and "not valid JSON" in str(bad[0])
    assert "feed.jsonl:3" in str(bad[1]) and '"text"' in str(bad[1])


def test_html_main_text_is_extracted(tmp_path):
    f = tmp_path / "page.html"
    f.write_text("""<html><head><title>Menlu RI bertemu Menlu Australia</title></head><body>
<nav><a href="/">Beranda</a> | <a href="/dunia">Dunia</a></nav>
<article><h1>Menlu RI bertemu Menlu Australia</h1>
<p>JAKARTA - Menteri Luar Negeri Retno Marsudi bertemu Menteri Luar Negeri Australia Penny Wong di Jakarta pada hari Senin untuk membahas kerja sama kawasan.</p>
<p>Keduanya juga membahas situasi di Myanmar dan kerja sama maritim di kawasan Indo-Pasifik yang semakin penting bagi kedua negara.</p>
</article><footer>Hak cipta dilindungi undang-undang</footer></body></html>""", encoding="utf-8")
    [a] = list(read_path(f))
    assert not isinstance(a, ArticleError), a
    assert "Penny Wong" in a.body()
    assert "Beranda" not in a.body()


def test_stdin(monkeypatch):
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO("BEIJING - Wang Yi bertemu Blinken di Beijing.".encode())))
    [a] = list(read_path("-"))
    assert a.source == "<stdin>" and a.dateline == "BEIJING"


def test_encodings():
    assert decode_bytes("Péter Szijjártó".encode("utf-8"), "x") == ("Péter Szijjártó", "utf-8")
    assert decode_bytes("“Rusia” – drone".encode("cp1252"), "x")[1] == "cp1252"
    text, enc = decode_bytes(b"Caf\xe9 \x81 ok", "x")  # 0x81 is undefined in cp1252: latin-1 it is
    assert enc == "latin-1" and text.startswith("Café")
