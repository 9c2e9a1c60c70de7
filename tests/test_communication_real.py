"""Meetings and phone calls as real news words them: finding them, typing them, and not
inventing them (issue 10, the meetings-and-calls category).

Every sentence here is written for this test (the development corpus's third-party texts
stay out of git); each case is a phenomenon seen in real Indonesian and English news."""

import pytest

from conftest import cli
from kg.article import parse_text
from kg.events import extract

DATE_LINE = "Kamis, 12 Juni 2025 - 10:00 WIB\n"


def _events(text: str, title: str = "Berita") -> list[dict]:
    return extract(parse_text(f"{title}\n{DATE_LINE}{text}", "x.txt")).to_json()["events"]


def _json(text: str, title: str = "Berita") -> dict:
    return extract(parse_text(f"{title}\n{DATE_LINE}{text}", "x.txt")).to_json()


def _pairs(events) -> list[tuple[str, frozenset]]:
    return sorted(((e["type"], frozenset(e["participants"])) for e in events), key=lambda p: (p[0], sorted(p[1])))


# ----------------------------------------------------------------------------- the ways a call is told
@pytest.mark.parametrize("text, a, b", [
    ("JAKARTA - Presiden Joko Widodo menerima sambungan telepon dari Presiden Prancis Emmanuel Macron pada Selasa.",
     "Joko Widodo", "Emmanuel Macron"),
    ("JAKARTA - Presiden Joko Widodo dihubungi Kanselir Jerman Olaf Scholz melalui telepon pada Senin malam.",
     "Joko Widodo", "Olaf Scholz"),
    ("JAKARTA - Presiden Joko Widodo berbicara melalui telepon dengan Perdana Menteri Jepang Fumio Kishida.",
     "Joko Widodo", "Fumio Kishida"),
    ("JAKARTA - Presiden Joko Widodo melakukan percakapan telepon dengan Presiden Korea Selatan Yoon Suk Yeol.",
     "Joko Widodo", "Yoon Suk Yeol"),
    ("WASHINGTON - US President Joe Biden has spoken on the phone with Israeli Prime Minister Benjamin Netanyahu.",
     "Joe Biden", "Benjamin Netanyahu"),
    ("NEW DELHI - Indian Prime Minister Narendra Modi dialled Russian President Vladimir Putin on Monday.",
     "Narendra Modi", "Vladimir Putin"),
    ("WASHINGTON - Joe Biden dials Xi Jinping as tensions over Taiwan grow.", "Joe Biden", "Xi Jinping"),
    ("NEW DELHI - Narendra Modi and Joe Biden held a telephonic conversation on Tuesday evening.",
     "Narendra Modi", "Joe Biden"),
    ("ANKARA - Turkish President Recep Tayyip Erdogan held a phone conversation with Russian President Vladimir Putin.",
     "Recep Tayyip Erdoğan", "Vladimir Putin"),
    ("BEIJING - Chinese President Xi Jinping received a phone call from US President Joe Biden on Thursday.",
     "Xi Jinping", "Joe Biden"),
    ("TOKYO - Fumio Kishida talked over the phone with South Korean President Yoon Suk Yeol.", "Fumio Kishida", "Yoon Suk Yeol"),
    ("WASHINGTON - US President Joe Biden has spoken over phone with Saudi Crown Prince Mohammed bin Salman.",
     "Joe Biden", "Mohammed bin Salman"),
])
def test_a_call_in_its_many_wordings(text, a, b):
    [e] = _events(text)
    assert e["type"] == "PhoneCall" and e["place"] is None
    assert {a, b} <= set(e["participants"])


def test_talks_about_a_call_are_the_call():
    """"spoke to ... on Tuesday" is typed by the phone conversation the article tells of, and
    the two reports are one call (no Meeting)."""
    text = ("WASHINGTON - US President Joe Biden spoke to Chinese President Xi Jinping on Tuesday, press secretary "
            "Karine Jean-Pierre confirmed at the White House briefing.\n"
            "It was the first phone conversation between Biden and Xi this year, officials said.")
    events = _events(text)
    assert _pairs(events) == [("PhoneCall", frozenset({"Joe Biden", "Xi Jinping", "United States", "China"}))]


def test_indonesian_talks_then_the_call_named_are_one_call():
    text = ("JAKARTA - Presiden Prabowo Subianto dan Presiden Amerika Serikat Donald Trump membahas tarif impor.\n"
            "Pembicaraan itu dilakukan melalui sambungan telepon pada Kamis malam, kata Sekretaris Kabinet.")
    [e] = _events(text)
    assert e["type"] == "PhoneCall" and {"Prabowo Subianto", "Donald Trump"} <= set(e["participants"])


def test_a_call_told_twice_is_one_event_with_both_parties():
    text = ("JAKARTA - Presiden Joko Widodo menelepon Presiden Rusia Vladimir Putin pada Rabu malam.\n"
            "Dalam percakapan teleponnya dengan Putin, Jokowi menyinggung situasi di Ukraina dan Polandia.")
    [e] = _events(text)
    assert e["type"] == "PhoneCall"
    assert set(e["participants"]) == {"Joko Widodo", "Vladimir Putin", "Indonesia", "Russia"}  # not Ukraine, Poland
    assert len(e["evidence_spans"]) == 2


@pytest.mark.parametrize("text", [
    "JAKARTA - Presiden Joko Widodo dan Presiden China Xi Jinping menggelar konferensi video pada Senin.",
    "TOKYO - Prime Minister Fumio Kishida held a video call with Ukrainian President Volodymyr Zelensky on Friday.",
    "JAKARTA - Menlu Retno Marsudi juga berkomunikasi atau bertukar pesan dengan Menteri Luar Negeri Arab Saudi.",
    "JAKARTA - Presiden Joko Widodo bertemu secara virtual dengan Perdana Menteri Jepang Fumio Kishida.",
    "MOSKOW - Presiden Rusia Vladimir Putin menyampaikan pesan video kepada Presiden Turki Recep Tayyip Erdogan.",
])
def test_video_conferences_and_messages_are_not_calls(text):
    assert _events(text) == []


def test_contact_is_a_call_only_where_the_text_speaks_of_the_telephone():
    """"menghubungi" (contacted) is a call in a story about calls, and "menghubungi A, lalu B" is two calls."""
    text = "JAKARTA - Presiden Joko Widodo menghubungi Presiden Ukraina Volodymyr Zelensky, lalu Presiden Rusia Vladimir Putin."
    assert _events(text) == []
    calls = _events(text, title="Jokowi Telepon Zelensky dan Putin")
    assert _pairs(calls) == [
        ("PhoneCall", frozenset({"Joko Widodo", "Indonesia", "Russia", "Vladimir Putin"})),
        ("PhoneCall", frozenset({"Joko Widodo", "Indonesia", "Ukraine", "Volodymyr Zelensky"})),
    ]


# ----------------------------------------------------------------------------- one party, several counterparts
def test_calls_with_several_counterparts_are_several_calls():
    text = ("RIYADH - Putra Mahkota Arab Saudi Mohammed bin Salman juga berbicara melalui telepon dengan Raja Yordania "
            "Abdullah II dan Presiden Mesir Abdel Fattah el-Sisi untuk membahas situasi Gaza.")
    assert _pairs(_events(text)) == [
        ("PhoneCall", frozenset({"Mohammed bin Salman", "Saudi Arabia", "Abdel Fattah el-Sisi", "Egypt"})),
        ("PhoneCall", frozenset({"Mohammed bin Salman", "Saudi Arabia", "Abdullah II of Jordan", "Jordan"})),
    ]


def test_bilateral_meetings_in_one_sentence_are_several_meetings():
    text = ("ANTALYA - On the sidelines of the G20 summit, Indian Prime Minister Narendra Modi held bilaterals with "
            "Australia, Japan and Turkey and met with Saudi Arabia's King Salman.")
    assert _pairs(_events(text)) == [
        ("Meeting", frozenset({"Narendra Modi", "India", "Australia"})),
        ("Meeting", frozenset({"Narendra Modi", "India", "Japan"})),
        ("Meeting", frozenset({"Narendra Modi", "India", "Salman of Saudi Arabia", "Saudi Arabia"})),
        ("Meeting", frozenset({"Narendra Modi", "India", "Turkey"})),
    ]


def test_separate_meetings_are_split_and_a_joint_one_is_not():
    separate = ("ANTALYA - US President Barack Obama held talks in separate meetings here with Turkish President "
                "Recep Tayyip Erdogan and Russian President Vladimir Putin on Sunday.")
    assert len(_events(separate)) == 2
    joint = "TEHERAN - Presiden Rusia Vladimir Putin bertemu Presiden Turki Recep Tayyip Erdogan dan Presiden Iran Ebrahim Raisi."
    [e] = _events(joint)
    assert {"Russia", "Turkey", "Iran"} <= set(e["participants"])


# ----------------------------------------------------------------------------- meetings as real news words them
@pytest.mark.parametrize("text, a, b", [
    ("JAKARTA - Menteri Pertahanan Prabowo Subianto menerima kunjungan kehormatan Duta Besar Jepang untuk Indonesia "
     "di kantor Kementerian Pertahanan, Jakarta, Rabu.", "Prabowo Subianto", "Japan"),
    ("JAKARTA - Japanese Foreign Minister Yoko Kamikawa paid a courtesy call on President Joko Widodo at the palace.",
     "Yoko Kamikawa", "Joko Widodo"),
    ("JAKARTA - President Joko Widodo welcomed Malaysian Prime Minister Muhyiddin Yassin at the palace on Friday.",
     "Joko Widodo", "Muhyiddin Yassin"),
    ("NUSA DUA - Di sela KTT G20 di Bali, Presiden Amerika Serikat Joe Biden bertemu Presiden China Xi Jinping.",
     "Joe Biden", "Xi Jinping"),
    ("RIYADH - Raja Salman pun menjemput Presiden Joko Widodo langsung di pintu pesawat.", "Salman of Saudi Arabia",
     "Joko Widodo"),
])
def test_courtesy_calls_receptions_and_sideline_meetings(text, a, b):
    [e] = _events(text)
    assert e["type"] == "Meeting" and {a, b} <= set(e["participants"])


def test_a_sideline_meeting_is_not_also_a_summit_meeting():
    text = ("SAMARKAND - On the sidelines of the SCO summit, Russian President Vladimir Putin met Chinese President "
            "Xi Jinping.")
    [e] = _events(text)
    assert set(e["participants"]) == {"Vladimir Putin", "Xi Jinping", "Russia", "China"}


def test_a_visit_to_a_country_has_the_country_as_host():
    [e] = _events("TAIPEI - China held drills after a visit to Taiwan by US Secretary of State Antony Blinken last month.")
    assert e["type"] == "Meeting" and {"Antony Blinken", "United States", "Taiwan"} <= set(e["participants"])


def test_a_visit_to_regions_of_a_country_is_no_meeting_with_it():
    assert _events("MOSKOW - Kunjungan Putin ke dua wilayah Ukraina baru-baru ini dinilai untuk meningkatkan popularitas.") == []


@pytest.mark.parametrize("text", [
    "MOSKOW - Duta Besar Rusia untuk Indonesia Lyudmila Vorobieva berbicara dalam konferensi pers di Jakarta, Rabu.",
    "KAIRO - Percakapan antara Presiden Mesir Abdel Fattah el-Sisi dan para pejabat militer Mesir merujuk pada rencana memasok Rusia.",
])
def test_press_conferences_and_domestic_talks_are_no_meetings(text):
    assert _events(text) == []


# ----------------------------------------------------------------------------- who takes part
def test_the_speaker_is_the_unnamed_subject():
    text = ("JAKARTA - Menteri Luar Negeri Retno Marsudi mengatakan telah melakukan percakapan telepon dengan Menteri "
            "Luar Negeri Iran Hossein Amir-Abdollahian.")
    [e] = _events(text)
    assert {"Retno Marsudi", "Hossein Amir-Abdollahian"} <= set(e["participants"])


def test_first_person_in_a_quote_that_ends_later():
    text = ('JAKARTA - "Saya melakukan percakapan telepon dengan Menteri Luar Negeri Iran Hossein Amir-Abdollahian.\n'
            'Kami membahas situasi di kawasan," kata Menlu Retno Marsudi, Senin.')
    [e] = _events(text)
    assert {"Retno Marsudi", "Hossein Amir-Abdollahian"} <= set(e["participants"])


def test_the_two_leaders_with_no_event_before_are_the_leaders_just_named():
    text = ("MOSCOW - Russian President Vladimir Putin and Turkish President Recep Tayyip Erdogan could meet soon, the "
            "Kremlin said.\nThe two leaders held a telephone conversation on Friday.")
    assert _pairs(_events(text)) == [
        ("PhoneCall", frozenset({"Vladimir Putin", "Recep Tayyip Erdoğan", "Russia", "Turkey"}))]


def test_a_meeting_named_again_with_its_counterpart_joins_that_meeting():
    text = ("ANTALYA - Indian Prime Minister Narendra Modi held bilaterals with Japan and Turkey on Monday.\n"
            "In the meeting with Turkish President Recep Tayyip Erdogan, Mr. Modi raised trade.")
    turkey = next(e for e in _events(text) if "Turkey" in e["participants"])
    assert "Recep Tayyip Erdoğan" in turkey["participants"] and len(turkey["evidence_spans"]) == 2


# ----------------------------------------------------------------------------- what did not happen
@pytest.mark.parametrize("text", [
    "JAKARTA - Presiden Joko Widodo akan bertemu Perdana Menteri Malaysia Anwar Ibrahim di Bogor.",
    "JAKARTA - Presiden Joko Widodo dijadwalkan bertemu Presiden Prancis Emmanuel Macron.",
    "JAKARTA - Menlu Retno dan Menlu Lavrov membahas rencana kunjungan Presiden Rusia Vladimir Putin ke Indonesia.",
    "WASHINGTON - US President Joe Biden is expected to meet Chinese President Xi Jinping in November.",
    "MOSCOW - Vladimir Putin and Recep Tayyip Erdogan agreed to hold talks in the immediate future.",
    "BEIJING - Xi Jinping invited Vladimir Putin to visit China.",
    "TOKYO - Iranian Foreign Minister Hossein Amir-Abdollahian spoke to reporters ahead of talks with Japanese Foreign "
    "Minister Yoshimasa Hayashi.",
    "MOSCOW - Kim Jong Un did not write anything about arranging a possible meeting with Vladimir Putin.",
    "JAKARTA - Pertemuan Presiden Joko Widodo dan Perdana Menteri Mahathir Mohamad akan dilakukan di Istana Bogor.",
    "JAKARTA - Ada keinginan Presiden Prabowo Subianto bertemu dengan Presiden Amerika Serikat Donald Trump.",
])
def test_planned_expected_proposed_and_invited_are_not_events(text):
    assert _events(text) == []


def test_a_plan_named_again_later_is_still_a_plan():
    text = ("JAKARTA - Perdana Menteri Malaysia Mahathir Mohamad akan berkunjung ke Indonesia dan bertemu Presiden Joko "
            "Widodo.\nKunjungan Mahathir ke Indonesia itu merupakan lawatan pertamanya ke luar negeri.")
    assert _events(text) == []


def test_a_meeting_that_did_not_happen_is_no_event():
    text = ("ANTALYA - Indian Prime Minister Narendra Modi could not hold any structured meeting with US President "
            "Barack Obama.")
    assert _events(text) == []


@pytest.mark.parametrize("text, denier", [
    ("MOSKOW - Kremlin membantah laporan yang menyebut Presiden Rusia Vladimir Putin sudah berbicara melalui telepon "
     "dengan Presiden terpilih AS Donald Trump.", "Kremlin"),
    ("MOSCOW - Kremlin spokesman Dmitry Peskov dismissed reports that President Vladimir Putin had spoken with Donald "
     "Trump by phone.", "Dmitry Peskov"),
])
def test_a_denied_call_is_kept_as_a_denied_claim_not_an_event(text, denier):
    j = _json(text)
    assert j["events"] == []
    [d] = j["denied_events"]
    assert d["type"] == "PhoneCall" and {"Vladimir Putin", "Donald Trump"} <= set(d["participants"])
    assert denier in d["claimed_by"]


def test_denied_claims_in_rdf_are_no_event_reports_and_the_store_validates(tmp_path, runner):
    art = tmp_path / "denied.txt"
    art.write_text("Kremlin Bantah Telepon\n" + DATE_LINE +
                   "MOSKOW - Kremlin membantah laporan yang menyebut Presiden Rusia Vladimir Putin sudah berbicara "
                   "melalui telepon dengan Presiden terpilih AS Donald Trump.\n"
                   "Sebelumnya, Presiden Joko Widodo menelepon Presiden Rusia Vladimir Putin pada Rabu.\n",
                   encoding="utf-8")
    store = tmp_path / "store"
    assert cli(runner, "ingest", "--store", store, art).exit_code == 0
    r = cli(runner, "validate", "--store", store)
    assert r.exit_code == 0 and r.stdout.startswith("conforms"), r.stdout
    q = ("SELECT ?t ?stance (COUNT(?p) AS ?n) WHERE { ?c a kg:DeniedEventClaim ; kg:claimedEventType ?t ; "
         "kg:stance ?stance ; kg:claimedParticipant ?p ; kg:claimedBy ?who ; kg:evidence ?ev . "
         "FILTER NOT EXISTS { ?c a kg:EventReport } FILTER NOT EXISTS { ?c a kg:PhoneCall } } GROUP BY ?t ?stance")
    r = cli(runner, "query", "--store", store, "--format", "csv", "-e", q)
    assert "PhoneCall" in r.stdout and "Denied" in r.stdout
    calls = cli(runner, "query", "--store", store, "--format", "csv", "phone-calls", "--param", "person=Vladimir Putin")
    assert "Joko Widodo" in calls.stdout and "Donald Trump" not in calls.stdout


# ----------------------------------------------------------------------------- captions, headings, links
def test_an_old_event_in_a_photo_caption_is_not_an_event():
    text = ("FILE PHOTO: Russian President Vladimir Putin shakes hands with Turkish President Tayyip Erdogan during "
            "talks in Sochi, Russia October 22, 2019.\n"
            "MOSCOW - Putin and Erdogan discussed the situation in Syria by phone, the Kremlin said on Wednesday.")
    assert _pairs(_events(text)) == [("PhoneCall", frozenset({"Vladimir Putin", "Recep Tayyip Erdoğan", "Russia",
                                                               "Turkey"}))]


def test_section_headings_and_link_lists_are_no_events():
    text = ("NEW DELHI - Prime Minister Narendra Modi will hold bilateral meetings with leaders of several countries.\n"
            "India-US talks\n"
            "The talks are expected to focus on defence.\n"
            "- Prabowo Bertemu Xi Jinping di Beijing\n")
    assert _events(text) == []


def test_a_headline_adds_nothing_to_what_the_body_tells():
    text = ("Prabowo Temui Dubes Asing, Hari Ini Norwegia, Kemarin Denmark\n"
            "JAKARTA - Menteri Pertahanan Prabowo Subianto menerima kunjungan kehormatan Duta Besar Norwegia untuk "
            "Indonesia di Jakarta, Rabu.")
    [e] = _events(text)
    assert "Denmark" not in e["participants"] and "Norway" in e["participants"]


# ----------------------------------------------------------------------------- later additions
def test_a_host_receiving_guests_listed_next_meets_each_of_them():
    text = ("JAKARTA - Usai dilantik, Presiden Prabowo Subianto langsung menerima tamu negara di Istana Merdeka, Jakarta.\n"
            "Mereka adalah Perdana Menteri Singapura Lawrence Wong dan Wakil Perdana Menteri Australia Richard Marles.\n"
            "- Prabowo Pimpin Sidang Kabinet Perdana\n"
            "Selain itu, ada Perdana Menteri Papua Nugini James Marape.")
    events = _events(text)
    guests = {p for e in events for p in e["participants"]} - {"Prabowo Subianto", "Indonesia"}
    assert {"Lawrence Wong", "Richard Marles", "James Marape"} <= guests
    assert len(events) == 3 and all(e["type"] == "Meeting" and e["place"] == "Jakarta" for e in events)
    assert all("Prabowo Subianto" in e["participants"] for e in events)


def test_the_counterpart_from_a_country_and_a_denial_made_during_a_call():
    """The minister denies a plan during the call: the call happened; his unnamed counterpart's
    country takes part."""
    text = ("TEHERAN - Menteri Luar Negeri Iran Hossein Amir-Abdollahian membantah rencana tersebut dalam panggilan "
            "telepon dengan mitranya dari Ukraina.")
    [e] = _events(text)
    assert e["type"] == "PhoneCall" and {"Hossein Amir-Abdollahian", "Iran", "Ukraine"} <= set(e["participants"])


def test_what_a_meeting_was_for_is_not_a_meeting_and_may_the_month_is_no_modal():
    text = ("TOKYO - Japanese Prime Minister Shinzo Abe met South Korean President Moon Jae-in on Tuesday to discuss a "
            "summit between Donald Trump and Kim Jong Un by the end of May.")
    [e] = _events(text)
    assert {"Shinzo Abe", "Moon Jae-in"} <= set(e["participants"]) and "Donald Trump" not in e["participants"]


def test_they_then_met_another_person_of_the_host_side():
    text = ("SYDNEY - Presiden Joko Widodo tiba di Sydney dan disambut oleh Perdana Menteri Australia Anthony Albanese.\n"
            "Mereka kemudian melakukan pertemuan dengan Menteri Pertahanan Australia Richard Marles.")
    pairs = _pairs(_events(text))
    assert ("Meeting", frozenset({"Joko Widodo", "Indonesia", "Richard Marles", "Australia"})) in pairs
    assert ("Meeting", frozenset({"Joko Widodo", "Indonesia", "Anthony Albanese", "Australia"})) in pairs


def test_a_visit_told_beside_the_meetings_of_the_visit_is_part_of_them():
    text = ("BEIJING - Presiden China Xi Jinping menerima Menteri Luar Negeri Amerika Serikat Antony Blinken di Beijing "
            "pada Senin (19/6/2023).\n"
            "Kunjungan Blinken merupakan lawatan pertama menteri luar negeri AS ke China sejak 2018.\n"
            "Media pemerintah China pada Selasa (20/6/2023) menyambut hasil kunjungan itu dengan hati-hati.")
    [e] = _events(text)
    assert {"Xi Jinping", "Antony Blinken"} <= set(e["participants"]) and len(e["evidence_spans"]) >= 2


def test_a_summit_named_in_an_adjunct_is_that_summit_not_the_clause():
    """"thanked Moon ... during last week's inter-Korean summit" is no Abe-Moon meeting; "during his
    summit with Chairman Kim" is Moon's meeting with Kim; "talked about" is no talk with anyone."""
    text = ("TOKYO - Japanese Prime Minister Shinzo Abe thanked President Moon Jae-in on Sunday for raising the issue "
            "of abducted nationals during last week's inter-Korean summit.\n"
            '"President Moon talked about North Korea during his summit with Chairman Kim Jong Un," Abe told reporters.')
    assert _pairs(_events(text)) == [("Meeting", frozenset({"Moon Jae-in", "South Korea", "Kim Jong Un", "North Korea"}))]


def test_a_summit_held_in_the_past_is_an_event_even_as_the_topic_of_a_call():
    text = ("SEOUL - Moon Jae-in and Shinzo Abe spoke by phone on Sunday to discuss the summit between Moon and North "
            "Korean leader Kim Jong Un held on Friday at Panmunjom.\n"
            "Moon and Kim held the third inter-Korean summit at the border village.")
    pairs = _pairs(_events(text))
    assert ("Meeting", frozenset({"Moon Jae-in", "South Korea", "Kim Jong Un", "North Korea"})) in pairs
    assert any(t == "PhoneCall" and {"Moon Jae-in", "Shinzo Abe"} <= p for t, p in pairs)


def test_greeted_by_and_an_official_welcome_are_a_meeting():
    text = ("JAKARTA - Malaysian Prime Minister Muhyiddin Yassin was accorded an official welcome at the palace today.\n"
            "Muhyiddin was greeted by President Joko Widodo.")
    [e] = _events(text)
    assert {"Muhyiddin Yassin", "Joko Widodo"} <= set(e["participants"])


def test_a_noun_naming_a_planned_visit_after_the_dateline_is_still_planned():
    assert _events("Liputan6.com, Jakarta - Lawatan Presiden Joko Widodo ke Amerika Serikat sangat dinantikan "
                   "Presiden Barack Obama.") == []
