"""Dates on real news pages: the publication date wherever the page puts it, and the
dates of events (relative, bracketed, statement versus event). The sentences are the
project's own; they copy the layouts and phrasings of real outlets, not their text."""

from datetime import date

import pytest

from kg.article import parse_text
from kg.dates import find_dates
from kg.events import extract


def _events(text: str) -> list[dict]:
    return extract(parse_text(text, "x.txt")).to_json()["events"]


# ------------------------------------------------------------------ the publication date

def test_stored_page_metadata_prefix_is_the_publication_date_not_text():
    a = parse_text(" date 2021-03-04 Menteri Luar Negeri Retno Marsudi bertemu Menteri Luar Negeri Rusia "
                   "Sergei Lavrov di Jakarta pada hari Rabu.\nKeduanya membahas kerja sama energi.", "x.txt")
    assert a.published.date() == date(2021, 3, 4)
    assert a.text[a.published_span.start:a.published_span.end] == "2021-03-04"
    assert "date" not in a.body() and a.sentences()[0].text.startswith("Menteri Luar Negeri")
    [e] = extract(a).to_json()["events"]
    assert e["date"] == "2021-03-03"  # Wednesday before Thursday 4 March 2021


def test_stored_page_metadata_prefix_before_a_title():
    a = parse_text(" date 2019-05-02 Two ministers talk trade\nHANOI - The foreign ministers of Vietnam and Laos "
                   "met on Tuesday.", "x.txt")
    assert a.title == "Two ministers talk trade" and a.published.date() == date(2019, 5, 2)


def test_month_only_metadata_resolves_months_not_days():
    a = parse_text(" date 2023-10 Photo : Agency\n\nPresident Vladimir Putin met Kim Jong Un in Vladivostok last month. "
                   "They spoke by phone on Monday.", "x.txt")
    assert a.published is None and a.published_month == "2023-10"
    ex = extract(a)
    assert ex.reference_date == date(2023, 10, 1) and ex.reference_coarse
    meeting = next(e for e in ex.to_json()["events"] if e["type"] == "Meeting")
    assert meeting["date"] == "2023-09"


@pytest.mark.parametrize("line,expected", [
    ("Kamis, 8 Juni 2023 – 20:15 WIB", "2023-06-08T20:15:00+07:00"),           # en dash
    ("SENIN, 11 SEPTEMBER 2023 | 09:05 WIB | LAPORAN: ADI NUGROHO", "2023-09-11T09:05:00+07:00"),
    ("Budi Santoso, Okezone · Jumat 3 Maret 2017 10:20 WIB", "2017-03-03T10:20:00+07:00"),
    ("Reuters , Monday 9 Mar 2020", "2020-03-09T00:00:00"),
    ("AgencyMay 14, 2019", "2019-05-14T00:00:00"),                             # glued to the outlet
    ("4 Aug, 2021", "2021-08-04T00:00:00"),
    ("March 3, 2016 11:30 IST", "2016-03-03T11:30:00+05:30"),
    ("2 Mei 2024 08:10 WIB / · / waktu baca 3 menit", "2024-05-02T08:10:00+07:00"),
    ("October 4, 2018 21:07", "2018-10-04T21:07:00"),
    ("Xinhua) 09:15, April 2, 2021", "2021-04-02T00:00:00"),
    ("July 5, 2021 7:12 am", "2021-07-05T07:12:00"),
    ("Posted on March 4, 2024 by admin", "2024-03-04T00:00:00"),
    ("Xinhua, September 20, 2016 Adjust font size:", "2016-09-20T00:00:00"),
])
def test_date_line_layouts_after_navigation(line, expected):
    text = (f"Beranda\nInternasional\nMenlu Bertemu Mitranya\n{line}\n"
            "Menteri Luar Negeri Indonesia menerima kunjungan mitranya dari Malaysia di Jakarta.")
    a = parse_text(text, "x.txt")
    assert a.published.isoformat() == expected
    assert line.strip() not in a.body()


def test_date_line_may_stand_below_captions_and_title():
    text = ("Berita\n\nIlustrasi/Net\n\nDunia\n\nJudul Berita Dunia Hari Ini\n\nRABU, 6 MARET 2024 | 11:00 WIB\n\n"
            "Pemerintah Jepang mengumumkan paket bantuan baru untuk Filipina.")
    assert parse_text(text, "x.txt").published.isoformat() == "2024-03-06T11:00:00+07:00"


def test_a_body_sentence_with_a_date_is_not_a_date_line():
    text = ("Judul\nPresiden Joko Widodo bertemu Xi Jinping di Beijing, Selasa (26/7/2022)\n"
            "Pertemuan berlangsung hangat di Wisma Negara Diaoyutai.")
    a = parse_text(text, "x.txt")
    assert a.published is None
    assert "bertemu Xi Jinping" in a.body()


def test_site_header_date_gives_way_to_the_article_date():
    text = ("Tuesday, January 6, 2026\nADVT\nWorld\n\nLeaders talk over phone\n\nAgency, 12 Feb, 2020 02:10 AM\n\n"
            "Prime Minister Narendra Modi and President Vladimir Putin spoke over the phone last evening.")
    a = parse_text(text, "x.txt")
    assert a.published.isoformat() == "2020-02-12T02:10:00"
    assert "January 6, 2026" not in a.body()
    [e] = extract(a).to_json()["events"]
    assert e["type"] == "PhoneCall" and e["date"] == "2020-02-11"


def test_labelled_publication_line_at_the_end_of_the_page():
    text = ("Friday, March 7, 2025 | 10:00 AM IST\nSome Paper\n\nTwo leaders meet\n\n"
            "Prime Minister Narendra Modi held talks with President Emmanuel Macron on Thursday in New Delhi.\n\n"
            "First Published: Mar 02 2023 | 6:10 PM IST\n\nExplore News")
    a = parse_text(text, "x.txt")
    assert a.published.isoformat() == "2023-03-02T18:10:00+05:30"
    assert "First Published" not in a.body()
    [e] = extract(a).to_json()["events"]
    assert e["date"] == "2023-03-02"


def test_no_publication_date_leaves_relative_dates_unresolved():
    # no date line and no full date anywhere: "on Monday" cannot be resolved, and is never
    # resolved against the day the article is read
    [e] = _events("President Joe Biden spoke by phone with Chancellor Olaf Scholz on Monday, the White House said.")
    assert e["type"] == "PhoneCall" and e["date"] is None


def test_month_with_its_year_needs_no_publication_date():
    [e] = _events("In November 2014, Prime Minister Shinzo Abe met President Vladimir Putin in Beijing.")
    assert e["date"] == "2014-11"


# ------------------------------------------------------------------ date expressions

REF = date(2024, 3, 14)  # a Thursday


@pytest.mark.parametrize("text,value", [
    ("bertemu Senin (11/3) di Jakarta", "2024-03-11"),
    ("tiba Sabtu malam (9/3) di Bali", "2024-03-09"),
    ("kata dia, (12/3), di Istana", "2024-03-12"),
    ("bertemu Rabu 6 Januari 2016", "2016-01-06"),
    ("disambut Jumat (05/02/2021) pagi", "2021-02-05"),
    ("bertemu dua hari lalu", "2024-03-12"),
    ("bertemu tiga hari yang lalu", "2024-03-11"),
    ("met two days ago", "2024-03-12"),
    ("bertemu kemarin lusa", "2024-03-12"),
    ("bertemu pekan lalu", "2024-03"),                    # the week of 4-10 March
    ("met last week", "2024-03"),
    ("bertemu akhir pekan lalu", "2024-03"),              # 9-10 March
    ("bertemu awal tahun ini", "2024"),
    ("met earlier this month", "2024-03"),
    ("bertemu sebulan lalu", "2024-02"),
    ("met three months ago", "2023-12"),
    ("diumumkan Jumat kemarin", "2024-03-08"),
    ("spoke last night", "2024-03-13"),
    ("met on Thursday", "2024-03-14"),
    ("bertemu pada 2023", "2023"),
    ("met in 2019 in Osaka", "2019"),
    ("met on Feb. 12 in Manila", "2024-02-12"),
    ("met on March 13th in Manila", "2024-03-13"),
    ("met on the 2nd of March 2023", "2023-03-02"),
])
def test_date_expressions(text, value):
    assert [d.value for d in find_dates(text, REF)] == [value]


def test_a_week_across_two_months_has_no_month():
    assert find_dates("bertemu pekan lalu", date(2024, 3, 5)) == []  # 26 Feb - 3 Mar


def test_day_relative_expressions_need_a_day():
    assert find_dates("bertemu Senin (11/3) dan dua hari lalu", date(2024, 3, 1), coarse=True) == []
    assert [d.value for d in find_dates("bertemu bulan lalu", date(2024, 3, 1), coarse=True)] == ["2024-02"]


# ------------------------------------------------------------------ dates of events

def test_bracketed_day_and_month_date_the_meeting():
    [e] = _events("Judul\nKamis, 14 Maret 2024 - 10:00 WIB\nJAKARTA - Menteri Luar Negeri Retno Marsudi bertemu "
                  "Menteri Luar Negeri Rusia Sergei Lavrov di Jakarta, Selasa (12/3).")
    assert e["date"] == "2024-03-12"


def test_statement_date_is_not_the_call_date():
    events = _events("Judul\nMinggu, 13 November 2022 - 19:40 WIB\nMOSKOW - Presiden Rusia Vladimir Putin "
                     "berbicara melalui telepon dengan Presiden Iran Ebrahim Raisi, kata Kremlin dalam "
                     "pernyataan, Sabtu (12/11).")
    [e] = [e for e in events if e["type"] == "PhoneCall"]
    assert e["date"] is None


def test_a_later_date_elsewhere_in_the_clause_does_not_make_a_meeting_planned():
    [e] = _events("Leaders meet\nSeptember 8, 2023 6:00 PM IST\nNEW DELHI - Prime Minister Narendra Modi on Friday "
                  "held talks with Bangladesh Prime Minister Sheikh Hasina in the capital for the summit "
                  "on September 9-10.")
    assert e["type"] == "Meeting" and e["date"] == "2023-09-08"


def test_a_future_date_of_the_meeting_itself_still_makes_it_planned():
    assert _events("Leaders\nSeptember 8, 2023 6:00 PM IST\nWASHINGTON - President Joe Biden would meet "
                   "President Xi Jinping in San Francisco on November 15.") == []


def test_a_year_far_from_the_trigger_does_not_date_the_meeting():
    events = _events("Judul\nJumat, 16 Desember 2016 - 10:00 WIB\nNAGATO - Perdana Menteri Shinzo Abe menjamu "
                     "Presiden Vladimir Putin di kota Nagato untuk membahas pulau-pulau yang diduduki pasukan "
                     "Soviet pada 1945.")
    assert [e["date"] for e in events if e["type"] == "Meeting"] == [None]


def test_a_year_alone_is_no_date_in_the_gold_schema_but_stays_a_year_inside():
    ex = extract(parse_text("Judul\nRabu, 23 Agustus 2017 - 10:00 WIB\nJAKARTA - Presiden Joko Widodo bertemu "
                            "Presiden Vladimir Putin di Sochi pada 2016.", "x.txt"))
    [e] = ex.events
    assert e.date == "2016" and ex.to_json()["events"][0]["date"] is None


def test_took_place_sentence_dates_the_meeting():
    events = _events("Saturday, 7 March 2020 00:00\n\nAmbassador meets minister\n\nJAKARTA - US Ambassador "
                     "Joseph R. Donovan met Foreign Minister Retno Marsudi. The meeting took place at the "
                     "foreign ministry building in Jakarta on Friday.")
    [e] = [e for e in events if e["type"] == "Meeting"]
    assert e["date"] == "2020-03-06"


def test_temporal_modifiers_come_from_the_cue_lexicon():
    # "ahead of" is a temporal-modifier cue: the talks on Friday are not the meeting's date
    [e] = _events("Leaders\nMarch 10, 2023 9:00 AM UTC\nTOKYO - Prime Minister Fumio Kishida met President "
                  "Yoon Suk Yeol in Tokyo ahead of talks on Friday.")
    assert e["date"] is None


def test_file_photo_caption_does_not_date_the_call():
    # a file photo shows an older event, with its own old date
    text = (" date 2020-02-12 World News\nFILE PHOTO: President Vladimir Putin shakes hands with President Recep "
            "Tayyip Erdogan after their talks in Sochi, Russia October 22, 2019.\nMOSCOW (Reuters) - President "
            "Vladimir Putin and President Tayyip Erdogan discussed Syria by phone, the Kremlin said on Wednesday.")
    a = parse_text(text, "x.txt")
    assert any(r.reason == "photo caption" for r in a.removed)
    [e] = extract(a).to_json()["events"]
    assert e["type"] == "PhoneCall" and e["date"] is None


# ------------------------------------------------------------------ datelines and clauses

@pytest.mark.parametrize("text,place,day,outlet", [
    ("MOSCOW, May 9. /TASS/. Russian Foreign Minister Sergei Lavrov met his Chinese counterpart.", "MOSCOW", (5, 9), "TASS"),
    ("DUBAI: The Saudi foreign minister received a call from his Iranian counterpart.", "DUBAI", None, None),
    ("Washington, June 3: President Joe Biden spoke with Chancellor Olaf Scholz.", "Washington", (6, 3), None),
    ("JAKARTA: Menteri Luar Negeri Retno Marsudi menerima Menlu Jepang.", "JAKARTA", None, None),
    ("HANOI, Vietnam, Sept. 4 - The two leaders met in Hanoi.", "HANOI", (9, 4), None),
    ("SEOUL, March 15 (Yonhap) -- The two ministers met in Seoul.", "SEOUL", (3, 15), "Yonhap"),
])
def test_datelines_with_and_without_a_day(text, place, day, outlet):
    a = parse_text(text, "x.txt")
    assert (a.dateline, a.dateline_day, a.outlet) == (place, day, outlet)
    assert not a.body().startswith(place)


def test_a_headline_quote_is_no_dateline():
    a = parse_text("Dubes Rusia: Presiden Putin Akan Berkunjung\nRahman Hakim, Okezone · Rabu 23 Agustus 2017 13:42 WIB\n"
                   "JAKARTA - Duta Besar Rusia memberikan konfirmasi.", "x.txt")
    assert a.dateline == "JAKARTA" and a.published.isoformat() == "2017-08-23T13:42:00+07:00"


def test_dateline_day_takes_its_year_from_a_full_date_in_the_text():
    events = _events("SEOUL, March 15 (Yonhap) -- President Yoon Suk Yeol and Prime Minister Fumio Kishida spoke by "
                     "phone on Tuesday, a week after their meeting of 8 March 2023 in Tokyo.")
    assert [e["date"] for e in events if e["type"] == "PhoneCall"] == ["2023-03-14"]


def test_dateline_day_without_any_year_resolves_nothing():
    events = _events("Washington, June 3: President Joe Biden spoke by phone with Chancellor Olaf Scholz on Friday.")
    assert [e["date"] for e in events] == [None]


def test_a_full_date_in_the_month_of_the_metadata_gives_the_day():
    a = parse_text(" date 2022-07 Share this\n\nWashington: The Pentagon said on Friday, July 1, 2022, it will send "
                   "more rockets. Jumat kemarin, Menteri Luar Negeri Retno Marsudi bertemu Menteri Luar Negeri "
                   "Rusia Sergei Lavrov.", "x.txt")
    ex = extract(a)
    assert ex.reference_date == date(2022, 7, 1) and not ex.reference_coarse


def test_short_month_after_a_preposition():
    assert [d.value for d in find_dates("In May, Germany announced it would send howitzers", date(2022, 6, 22))] \
        == ["2022-05"]
    assert find_dates("They may send howitzers", date(2022, 6, 22)) == []


def test_his_excellency_does_not_end_the_sentence():
    a = parse_text("JAKARTA - Menteri Pertahanan Prabowo Subianto menerima kunjungan Duta Besar Norwegia H.E. "
                   "Rut Kruger Giverin di Jakarta, Rabu (15/12).", "x.txt")
    assert len(a.sentences()) == 1


def test_when_clause_takes_the_date_it_hangs_from():
    ex = extract(parse_text("Judul\nRabu, 20 Juni 2018 - 10:00 WIB\nThe letter was made public on June 14, when "
                            "President Vladimir Putin had a meeting with Kim Jong Un.", "x.txt"))
    assert [e.date for e in ex.events] == ["2018-06-14"]


def test_the_main_clause_goes_on_after_an_apposition():
    [e] = _events("Judul\nKamis, 11 Desember 2025 - 23:00 WIB\nJAKARTA - Presiden Prabowo Subianto menelepon "
                  "Perdana Menteri Jepang Fumio Kishida, yang juga ketua partai, Rabu malam, 10 Desember 2025, "
                  "dari Moskow.")
    assert e["type"] == "PhoneCall" and e["date"] == "2025-12-10"


def test_a_date_in_a_relative_clause_about_someone_else_does_not_date_the_call():
    events = _events("Judul\nKamis, 11 Desember 2025 - 23:00 WIB\nJAKARTA - Dalam percakapan telepon, Perdana "
                     "Menteri Jepang Fumio Kishida menyampaikan belasungkawa kepada Presiden Prabowo Subianto dan "
                     "rakyat Indonesia yang terdampak banjir pada 25 November 2025.")
    assert [e["date"] for e in events if e["type"] == "PhoneCall"] == [None]


def test_a_relative_clause_about_the_meeting_dates_it():
    [e] = _events("Judul\nKamis, 14 Maret 2024 - 10:00 WIB\nJAKARTA - Retno Marsudi menggelar pertemuan bilateral "
                  "dengan Sergei Lavrov yang berlangsung Selasa (12/3) di Jakarta.")
    assert e["date"] == "2024-03-12"


def test_an_accusation_that_is_only_denied_is_not_dated_by_the_denial():
    events = _events(" date 2022-11-08 North Korea said it has never supplied artillery shells to Russia, denying "
                     "the US accusation that Pyongyang was supplying Moscow with artillery shells, state media "
                     "reported on Tuesday.")
    stances = {e["stance"]: e["date"] for e in events if e["type"] == "WeaponSupplyAllegation"}
    assert stances == {"denied": "2022-11-08", "alleged": None}


def test_claim_is_dated_by_its_statement_not_by_the_supply():
    [e] = [e for e in _events("Judul\nKamis, 14 Maret 2024 - 10:00 WIB\nWASHINGTON - Iran mengirim drone ke Rusia "
                              "pada Agustus, kata juru bicara Gedung Putih John Kirby pada Rabu (13/3).")
           if e["type"] == "WeaponSupplyAllegation"]
    assert e["stance"] == "alleged" and e["date"] == "2024-03-13"


def test_a_following_statement_dates_the_claim_it_refers_to():
    events = _events("Judul\nJumat, 25 Agustus 2023 - 10:00 WIB\nWASHINGTON - Amerika Serikat menyetujui penjualan "
                     "rudal senilai 500 juta dolar ke Taiwan. Hal itu diungkap oleh Departemen Luar Negeri AS dalam "
                     "sebuah pernyataan, Kamis (24/8).")
    claims = [e for e in events if e["type"] == "WeaponSupplyAllegation"]
    assert claims and all(e["date"] == "2023-08-24" for e in claims)


def test_date_lines_further_down_are_metadata_not_a_reference():
    # a sidebar item's date at the foot of a page with no date line of its own: not the date
    # the article's relative dates are read against
    text = ("Berita\nDunia\nJudul berita\n"
            "JAKARTA - Presiden Joko Widodo bertemu Perdana Menteri Australia Anthony Albanese di Bogor pada "
            "hari Senin.\nKedua pemimpin membahas kerja sama perdagangan.\nBerita Terkait\nKabar lain dari Canberra\n"
            "Rabu, 14 Januari 2026 | 12:09\nPublished / 1 hour ago")
    a = parse_text(text, "x.txt")
    assert a.published is None
    assert [r.text for r in a.removed if r.reason == "date line"] == ["Rabu, 14 Januari 2026 | 12:09",
                                                                       "Published / 1 hour ago"]
    ex = extract(a)
    assert ex.reference_date is None and [e.date for e in ex.events] == [None]


def test_a_speech_verb_before_the_call_does_not_make_its_date_a_statement_date():
    [e] = _events("Leaders talk\nSat 1 Jul 2023 17.48 BST\nANKARA, July 1 (Reuters) - President Tayyip Erdogan told "
                  "President Vladimir Putin in a telephone call on Saturday that Ankara was ready to help, the "
                  "Turkish presidency said.")
    assert e["type"] == "PhoneCall" and e["date"] == "2023-07-01"


def test_a_date_past_the_comma_of_a_fronted_phrase_is_not_the_meetings():
    events = _events("Judul\nRabu, 18 Oktober 2023 - 16:40 WIB\nTEL AVIV - Presiden Joe Biden bertemu Perdana Menteri "
                     "Benjamin Netanyahu di Tel Aviv. Dalam pernyataan di awal pertemuan, Biden menyampaikan duka atas "
                     "korban serangan pada 7 Oktober.")
    assert [e["date"] for e in events if e["type"] == "Meeting"] == [None]


# ------------------------------------------------------------------ absolute dates without dateparser

@pytest.mark.parametrize("year", ["2023", "2024", "1900", "0000"])
def test_absolute_day_dates_are_what_dateparser_reads(year):
    """kg.dates reads "19 Juni 2023" directly instead of through dateparser (a millisecond per
    new string); on every month word of both languages, the days around each month's end and
    leap and impossible years, it must give exactly what dateparser gives."""
    import dateparser

    from kg.dates import MONTHS, _absolute

    settings = {"DATE_ORDER": "DMY", "STRICT_PARSING": True}
    checked = valid = 0
    for word in sorted({m.capitalize() for m in MONTHS}):
        for day in ("0", "1", "01", "09", "28", "29", "30", "31", "32", "99"):
            parsed = dateparser.parse(f"{day} {word} {year}", languages=["id", "en"], settings=settings)
            assert _absolute(day, word, year) == (parsed.date() if parsed else None), f"{day} {word} {year}"
            checked += 1
            valid += parsed is not None
    assert checked == 390 and (valid > 100 if year != "0000" else valid == 0)
