"""Meetings and phone calls, second round on real news (issue 10): courtesy calls and audiences,
summits as occasions, arrival ceremonies, framed meetings, greetings, plans and denials told
around a headline.

Every sentence here is written for this test (the development corpus's third-party texts stay
out of git); each case is a phenomenon seen in real Indonesian and English news."""

import pytest

from kg.article import parse_text
from kg.events import extract

DATE_LINE = "Kamis, 12 Juni 2025 - 10:00 WIB\n"


def _json(text: str, title: str = "Berita") -> dict:
    return extract(parse_text(f"{title}\n{DATE_LINE}{text}", "x.txt")).to_json()


def _events(text: str, title: str = "Berita") -> list[dict]:
    return _json(text, title)["events"]


def _pairs(events) -> list[tuple[str, frozenset]]:
    return sorted(((e["type"], frozenset(e["participants"])) for e in events), key=lambda p: (p[0], sorted(p[1])))


# ----------------------------------------------------------------------------- courtesy calls and audiences
@pytest.mark.parametrize("text, a, b", [
    ("RIYADH - Indonesian Foreign Minister Retno Marsudi called on Saudi King Salman at his palace on Wednesday.",
     "Retno Marsudi", "Salman of Saudi Arabia"),
    ("LONDON - Malaysian Prime Minister Anwar Ibrahim had an audience with King Charles III at the palace.",
     "Anwar Ibrahim", "Charles III"),
    ("JAKARTA - Duta Besar Jepang beraudiensi dengan Presiden Joko Widodo di Istana Merdeka pada Selasa.",
     "Joko Widodo", "Japan"),
    ("KUALA LUMPUR - Presiden Prabowo Subianto bersilaturahmi dengan Perdana Menteri Malaysia Anwar Ibrahim di Putrajaya.",
     "Prabowo Subianto", "Anwar Ibrahim"),
    ("CAIRO - Egyptian President Abdel Fattah el-Sisi received on Tuesday his Somali counterpart Hassan Sheikh Mahmoud "
     "at the presidential palace.", "Abdel Fattah el-Sisi", "Hassan Sheikh Mahmoud"),
])
def test_courtesy_calls_audiences_and_receptions_are_meetings(text, a, b):
    [e] = _events(text)
    assert e["type"] == "Meeting" and {a, b} <= set(e["participants"])


@pytest.mark.parametrize("text", [
    "WASHINGTON - US President Joe Biden called on Chinese President Xi Jinping to restrain North Korea.",
    "KUWAIT CITY - The Emir of Kuwait received a cable of congratulations from Mauritanian President Mohamed Ould Ghazouani.",
])
def test_urging_someone_and_receiving_a_message_are_not_meetings(text):
    assert _events(text) == []


# ----------------------------------------------------------------------------- summits are occasions
def test_an_attended_summit_is_an_occasion_and_the_leaders_listed_after_a_colon_are_met_one_by_one():
    text = ("VIENTIANE - Pada Jumat pagi, di sela kesempatan menghadiri KTT ke-44 dan ke-45 ASEAN dan KTT terkait di "
            "Vientiane, Perdana Menteri Vietnam Pham Minh Chinh melakukan pertemuan bilateral dengan pemimpin "
            "negara-negara: Australia, Jepang, India.")
    events = _events(text)
    assert _pairs(events) == [("Meeting", frozenset({"Phạm Minh Chính", "Vietnam", c})) for c in ("Australia", "India", "Japan")]
    assert all(e["place"] == "Vientiane" for e in events)


def test_attending_a_summit_alone_is_no_meeting():
    text = "JAKARTA - Presiden Joko Widodo dan Presiden Amerika Serikat Barack Obama menghadiri KTT G20 di Antalya, Turki."
    assert _events(text) == []


def test_the_two_leaders_after_a_meeting_named_in_an_adverbial_are_its_pair():
    text = ("HANOI - Perdana Menteri Vietnam Pham Minh Chinh tiba di Laos untuk KTT ASEAN.\n"
            "Pada pertemuan dengan Perdana Menteri Australia, Anthony Albanese, dua pemimpin sepakat memperluas kerja sama "
            "pendidikan.")
    [e] = _events(text)
    assert e["type"] == "Meeting"
    assert set(e["participants"]) == {"Phạm Minh Chính", "Anthony Albanese", "Vietnam", "Australia"}


# ----------------------------------------------------------------------------- arrival ceremonies
def test_a_welcome_on_arrival_by_a_minister_is_a_ceremony_not_a_meeting():
    text = ("JAKARTA - Presiden Afrika Selatan Cyril Ramaphosa tiba di Bandara Halim Perdanakusuma, Jakarta, pada Rabu "
            "dan disambut oleh Menteri Perdagangan Budi Santoso.\n"
            "Turut hadir dalam penyambutan tersebut Duta Besar Afrika Selatan untuk Indonesia.")
    assert _events(text) == []


def test_a_welcome_on_arrival_by_the_host_leader_is_a_meeting():
    text = ("JAKARTA - Perdana Menteri Malaysia Anwar Ibrahim tiba di Bandara Halim Perdanakusuma, Jakarta, pada Rabu dan disambut "
            "langsung oleh Presiden Joko Widodo.")
    [e] = _events(text)
    assert e["type"] == "Meeting" and {"Anwar Ibrahim", "Joko Widodo"} <= set(e["participants"])


# ----------------------------------------------------------------------------- calls
@pytest.mark.parametrize("text, a, b", [
    ("MANILA - Philippine President Rodrigo Duterte expressed his best wishes to Malaysian Prime Minister Mahathir "
     "Mohamad in a courtesy phone call on Monday.", "Rodrigo Duterte", "Mahathir Mohamad"),
    ("TEHRAN - Abbas Araghchi made the remarks in a phone conversation with his Venezuelan counterpart Yván Gil on "
     "Saturday.", "Abbas Araghchi", "Yván Gil"),
    ("MANILA - Presiden Filipina Ferdinand Marcos Jr. melakukan pembicaraan lewat telepon dengan Presiden Amerika "
     "Serikat Donald Trump pada Selasa.", "Ferdinand Marcos Jr.", "Donald Trump"),
])
def test_calls_behind_greetings_remarks_and_other_wordings(text, a, b):
    [e] = _events(text)
    assert e["type"] == "PhoneCall" and {a, b} <= set(e["participants"])


def test_a_call_whose_date_is_yet_to_be_agreed_is_a_plan():
    text = ("MOSCOW - The Kremlin said on Monday it expects to agree a date for the first phone call between "
            "President Vladimir Putin and US President Donald Trump.")
    assert _events(text) == []


# ----------------------------------------------------------------------------- headlines, plans, denials
def test_a_headline_naming_a_pair_the_body_tells_only_as_a_plan_is_no_event():
    text = ("Jokowi dan Xi Jinping di Beijing\n"
            "JAKARTA - Presiden Joko Widodo akan melakukan kunjungan ke China pekan depan untuk bertemu Presiden "
            "China Xi Jinping.")
    assert _events(text) == []


def test_reports_of_a_denied_meeting_are_the_claim_denied():
    text = ("ISLAMABAD - Pakistan's government spokesman denied reports of a secret meeting between Prime Minister "
            "Nawaz Sharif and Indian Prime Minister Narendra Modi in Kathmandu.\n"
            "The spokesman called the reports of a secret meeting between Nawaz Sharif and his Indian counterpart "
            "Narendra Modi baseless.\n"
            "An Indian newspaper had claimed the two leaders held a secret meeting in Kathmandu.")
    j = _json(text)
    assert j["events"] == []
    assert [d["type"] for d in j["denied_events"]] == ["Meeting"]


# ----------------------------------------------------------------------------- more wordings (second batch)
def test_a_joint_press_conference_is_a_meeting_of_the_two():
    text = "CANBERRA - Papua New Guinea's James Marape told a press conference with Anthony Albanese in Canberra that ties were strong."
    [e] = _events(text)
    assert e["type"] == "Meeting" and e["place"] == "Canberra"
    assert {"James Marape", "Anthony Albanese"} <= set(e["participants"])


def test_the_speaker_and_the_one_named_with_ia_dan_talked_by_phone():
    text = ("Marcos Telepon Trump\n"
            "MANILA - Presiden Filipina, Ferdinand Marcos Jr., mengatakan bahwa ia dan Presiden terpilih Amerika Serikat, "
            "Donald Trump, membahas aliansi kedua negara mereka melalui telepon.")
    [e] = _events(text)
    assert e["type"] == "PhoneCall" and {"Ferdinand Marcos Jr.", "Donald Trump"} <= set(e["participants"])


def test_a_second_call_told_as_new_with_the_leaders_just_named():
    text = ("ANKARA - Turkish President Recep Tayyip Erdogan spoke over the phone with Qatar's emir Tamim bin Hamad "
            "al-Thani on Monday, his office said.\n"
            "Meanwhile, Erdogan congratulated his newly elected Kosovar counterpart Vjosa Osmani-Sadriu.\n"
            "According to the office, the leaders discussed bilateral relations in a phone call.")
    assert _pairs(_events(text)) == [
        ("PhoneCall", frozenset({"Recep Tayyip Erdoğan", "Turkey", "Vjosa Osmani-Sadriu", "Kosovo"})),
        ("PhoneCall", frozenset({"Recep Tayyip Erdoğan", "Turkey", "Tamim bin Hamad Al Thani", "Qatar"}))]


def test_after_the_phone_conversation_is_the_call_told_before_not_a_call_with_everyone_quoted():
    text = ("TOKYO - Japanese Prime Minister Shinzo Abe and South Korean President Moon Jae-in had telephone talks "
            "on Sunday.\n"
            "\"Moon raised the issue with North Korean leader Kim Jong Un,\" Abe told reporters after the phone "
            "conversation.")
    assert _pairs(_events(text)) == [("PhoneCall", frozenset({"Shinzo Abe", "Japan", "Moon Jae-in", "South Korea"}))]


def test_spying_on_calls_is_no_call():
    text = "JAKARTA - Badan intelijen Australia disebut menyadap percakapan telepon Presiden Susilo Bambang Yudhoyono."
    assert _events(text) == []


@pytest.mark.parametrize("text", [
    "Presiden Jokowi Akan Bertemu Obama di Gedung Putih\nJAKARTA - Kunjungan itu masih dibahas.",
    "JAKARTA - Utusan Presiden Joko Widodo berada di Washington untuk membahas kunjungan ke Gedung Putih pada musim panas.",
    "MANILA - Presiden Filipina Ferdinand Marcos Jr meninggalkan Manila untuk berkunjung ke Amerika Serikat.",
    "BAKU - Azerbaijani planes flew to Israel even as Western governments were urging peace talks with Armenia.",
])
def test_plans_in_headlines_purposes_and_urgings_are_not_events(text):
    assert _events(text) == []


def test_the_date_of_a_participle_is_not_the_meetings():
    text = ("SEOUL - South Korean Defense Minister Ahn Gyu-back held a meeting with Philippine Defense Secretary "
            "Gilberto Teodoro on Monday.\n"
            "The two ministers agreed to expand cooperation under the partnership established last year.")
    [e] = _events(text)
    assert e["date"] == "2025-06-09"


@pytest.mark.parametrize("text, parties", [
    ("TOKYO - Fumio Kishida and Yoon Suk Yeol agreed to resume shuttle diplomacy during their summit in Tokyo on "
     "Thursday.", {"Fumio Kishida", "Yoon Suk Yeol"}),
    ("MOSCOW - Vladimir Putin told Emmanuel Macron in a call that Russia would not stop.",
     {"Vladimir Putin", "Emmanuel Macron"}),
])
def test_what_was_agreed_or_said_at_an_event(text, parties):
    [e] = _events(text)
    assert parties <= set(e["participants"])


def test_agreeing_to_hold_a_summit_is_still_a_plan():
    assert _events("TOKYO - Fumio Kishida and Yoon Suk Yeol agreed to hold a summit in Tokyo.") == []


def test_a_contact_is_a_call_beside_the_telephone_but_not_paragraphs_later():
    call = ("Retno Telepon Menlu Saudi\n"
            "JAKARTA - Menteri Luar Negeri Retno Marsudi menghubungi Menteri Luar Negeri Arab Saudi Adel al-Jubeir "
            "pada Selasa.")
    [e] = _events(call)
    assert e["type"] == "PhoneCall"
    later = ("JAKARTA - Menteri Luar Negeri Retno Marsudi berbicara melalui telepon dengan Menteri Luar Negeri Arab "
             "Saudi Adel al-Jubeir pada Selasa.\nKeduanya membahas hubungan bilateral.\nHubungan kedua negara baik.\n"
             "Kerja sama ekonomi terus tumbuh.\nInvestasi meningkat.\nPerdagangan juga naik.\n"
             "Kementerian Luar Negeri juga berkomunikasi dengan Duta Besar Jepang untuk Indonesia.")
    assert [e["type"] for e in _events(later)] == ["PhoneCall"]


def test_the_host_welcoming_his_guest_meets_the_visitor_told_before():
    text = ("JAKARTA - Presiden Afrika Selatan Cyril Ramaphosa melakukan kunjungan kenegaraan ke Indonesia pada Rabu.\n"
            "Presiden Indonesia Prabowo Subianto menyambut langsung kehadiran tamunya di Istana Merdeka.")
    [e] = _events(text)
    assert {"Cyril Ramaphosa", "Prabowo Subianto", "Indonesia", "South Africa"} <= set(e["participants"])


@pytest.mark.parametrize("text, parties", [
    ("NEW DELHI - A defence delegation from Armenia visited India last month.", {"Armenia", "India"}),
    ("BAGHDAD - Officials from Iran met their Saudi counterparts in Baghdad.", {"Iran", "Saudi Arabia"}),
    ("BEIJING - Antony Blinken visited Beijing to meet Xi Jinping.", {"Antony Blinken", "Xi Jinping"}),
])
def test_delegations_from_a_country_and_a_visit_with_its_purpose(text, parties):
    [e] = _events(text)
    assert e["type"] == "Meeting" and parties <= set(e["participants"])


def test_a_visit_yet_to_be_made_to_meet_someone_is_a_plan():
    assert _events("BEIJING - Antony Blinken will visit Beijing to meet Xi Jinping.") == []


def test_berjumpa_and_a_palace_in_west_java_are_no_western_bloc():
    text = ("BOGOR - Presiden Joko Widodo berjumpa dengan Perdana Menteri Jepang Fumio Kishida di Istana Bogor, "
            "Jawa Barat.")
    [e] = _events(text)
    assert set(e["participants"]) == {"Joko Widodo", "Fumio Kishida", "Indonesia", "Japan"}


def test_the_city_a_visit_verb_takes_is_the_place():
    [e] = _events("KYIV - Japanese Prime Minister Fumio Kishida visited Kyiv and met Volodymyr Zelensky on Tuesday.")
    assert e["place"] == "Kyiv" and {"Fumio Kishida", "Volodymyr Zelensky"} <= set(e["participants"])


def test_today_in_a_quotation_does_not_split_the_meeting_it_refers_to():
    text = ("NAGATO - Russian President Vladimir Putin and Japanese Prime Minister Shinzo Abe held talks on 11 June 2025.\n"
            "The two leaders shook hands before sitting down for their first meeting.\n"
            "\"I think the summit today and tomorrow will help our ties,\" Putin said.")
    [e] = _events(text)
    assert e["date"] == "2025-06-11"


@pytest.mark.parametrize("text, a, b", [
    ("MOSCOW - Vladimir Putin and Xi Jinping held talks on Monday.", "Vladimir Putin", "Xi Jinping"),
    ("MOSCOW - Vladimir Putin held talks on Monday with Xi Jinping.", "Vladimir Putin", "Xi Jinping"),
    ("MOSCOW - Vladimir Putin and Xi Jinping held talks on Ukraine.", "Vladimir Putin", "Xi Jinping"),
])
def test_talks_on_a_day_or_on_a_topic_are_still_talks(text, a, b):
    [e] = _events(text)
    assert e["type"] == "Meeting" and {a, b} <= set(e["participants"]) and "Ukraine" not in e["participants"]


def test_links_listed_under_a_read_also_label_on_its_own_line_are_no_events():
    text = ("JAKARTA - Presiden Joko Widodo memimpin rapat terbatas tentang ekonomi di Istana Merdeka, Jakarta.\n"
            "Baca juga:\n"
            "Jokowi Telepon Putin Bahas Perang Ukraina\n"
            "Prabowo Bertemu Xi Jinping di Beijing\n\n"
            "Rapat itu membahas inflasi dan harga pangan.")
    assert _events(text) == []


@pytest.mark.parametrize("text", [
    "MOSCOW - Vladimir Putin and Xi Jinping shake hands during a meeting at the Kremlin, March 21, 2023. (AP Photo/Staff)",
    "BOGOR - Presiden Joko Widodo bertemu Perdana Menteri Jepang Fumio Kishida di Istana Bogor. ANTARA FOTO/Staf",
])
def test_a_photo_caption_closed_by_its_credit_is_no_event(text):
    assert _events(text) == []


def test_he_after_a_sentence_its_speaker_said_is_that_speaker():
    text = ("KYIV - Ukrainian President Volodymyr Zelensky said he had received no answer from China.\n"
            "He spoke by phone with Japanese Prime Minister Fumio Kishida.")
    [e] = _events(text)
    assert e["type"] == "PhoneCall" and {"Volodymyr Zelensky", "Fumio Kishida"} <= set(e["participants"])


@pytest.mark.parametrize("text, n", [
    ("PARIS - Emmanuel Macron hosted Olaf Scholz for dinner at the Elysee Palace on Tuesday.", 1),
    ("ANTALYA - Narendra Modi and Barack Obama were together at lunch and dinner with the other leaders.", 0),
])
def test_a_dinner_of_two_is_a_meeting_a_summit_dinner_is_not(text, n):
    assert len(_events(text)) == n


def test_a_meeting_in_a_relative_clause_and_the_main_clauses_are_two_occasions():
    text = ("MOSCOW - Chinese President Xi Jinping and Russian President Vladimir Putin held talks in the Kremlin on "
            "12 June 2025.\n"
            "The two leaders, who first met in 2010, held an informal dinner on 11 June 2025.")
    dates = sorted(e["date"] or "" for e in _events(text))
    assert dates == ["2010", "2025-06-11", "2025-06-12"] or dates == ["", "2025-06-11", "2025-06-12"]


def test_who_a_meeting_was_for_is_no_party():
    text = ("RIYADH - Menteri Luar Negeri Retno Marsudi melakukan pertemuan dengan Menteri Luar Negeri Iran Javad Zarif "
            "untuk menyerahkan surat dari Presiden Joko Widodo.")
    [e] = _events(text)
    assert "Joko Widodo" not in e["participants"] and {"Retno Marsudi", "Iran"} <= set(e["participants"])


@pytest.mark.parametrize("text, parties, absent", [
    ("KAIRO -- Setelah menemui Presiden Amerika Serikat Donald Trump pekan lalu, Raja Yordania Abdullah II "
     "menghubungi sejumlah pemimpin Arab.", {"Donald Trump", "Jordan"}, "Egypt"),
    ("DOHA - The Emir of Qatar Tamim bin Hamad Al Thani received the Speaker of Kuwait's National Assembly Marzouq "
     "Al-Ghanem who handed him a letter from the Emir of Kuwait Sabah Al-Ahmad Al-Jaber Al-Sabah.",
     {"Tamim bin Hamad Al Thani", "Kuwait"}, "Sabah Al-Ahmad Al-Jaber Al-Sabah"),
])
def test_the_subject_after_a_fronted_clause_and_no_party_from_a_relative_clause(text, parties, absent):
    [e] = _events(text)
    assert parties <= set(e["participants"]) and absent not in e["participants"]


@pytest.mark.parametrize("text, n", [
    ("MANILA - Menteri Pertahanan AS Lloyd Austin mengunjungi Komando Barat militer Filipina di Palawan.", 0),
    ("MANILA - US Defense Secretary Lloyd Austin visited a naval base in the Philippines.", 0),
    ("JAKARTA - Perdana Menteri Australia Malcolm Turnbull dan Presiden Joko Widodo berkunjung ke pasar Tanah Abang.", 1),
])
def test_touring_a_facility_alone_is_no_meeting_touring_it_together_is(text, n):
    assert len(_events(text)) == n


def test_latin_american_is_no_american():
    text = "CARACAS - Iranian Foreign Minister Javad Zarif met the Latin American country's president Nicolás Maduro."
    [e] = _events(text)
    assert "United States" not in e["participants"] and "Nicolás Maduro" in e["participants"]


def test_three_titled_hosts_are_met_in_turn_two_are_met_together():
    three = ("CARACAS - Iranian Foreign Minister Javad Zarif met with President Nicolás Maduro, Foreign Minister Jorge "
             "Arreaza, and Vice President Delcy Rodríguez.")
    events = _events(three)
    assert len(events) == 3 and all("Mohammad Javad Zarif" in e["participants"] and "Venezuela" in e["participants"]
                                    for e in events)
    two = "BEIJING - Xi Jinping met with President Joe Biden and Secretary of State Antony Blinken."
    [e] = _events(two)
    assert {"Joe Biden", "Antony Blinken"} <= set(e["participants"])


@pytest.mark.parametrize("text, n", [
    ("BALI - Di sela KTT G20, Presiden Joko Widodo juga bertemu dengan sejumlah pemimpin negara, antara lain Perdana "
     "Menteri Kanada Justin Trudeau dan Presiden Prancis Emmanuel Macron.", 2),
    ("NEW DELHI - On the sidelines of the summit, Narendra Modi held bilateral meetings with leaders including Rishi "
     "Sunak, Justin Trudeau and Fumio Kishida.", 3),
])
def test_leaders_listed_after_several_leaders_or_including_are_met_one_by_one(text, n):
    events = _events(text)
    assert len(events) == n and all(e["type"] == "Meeting" for e in events)


@pytest.mark.parametrize("text, n", [
    ("MOSKOW - Presiden Joko Widodo urung bertemu Presiden Rusia Vladimir Putin di Moskow.", 0),
    ("KYIV - Presiden Joko Widodo gagal bertemu Presiden Volodymyr Zelensky di Kyiv.", 0),
    ("BEIJING - Xi Jinping snubbed a meeting with Joe Biden.", 0),
    ("JAKARTA - Pertemuan Presiden Joko Widodo dan Presiden Xi Jinping gagal menghasilkan kesepakatan.", 1),
])
def test_meetings_called_off_or_failed_did_not_happen_but_talks_that_failed_to_agree_did(text, n):
    assert len(_events(text)) == n


def test_a_dated_call_told_as_fact_survives_the_denial_of_another():
    text = ("MOSCOW - Vladimir Putin and Donald Trump spoke by phone on 10 June 2025, state media reported.\n"
            "The Kremlin denied reports that Putin and Trump had held a second call.")
    events = _events(text)
    assert [e["type"] for e in events] == ["PhoneCall"] and events[0]["date"] == "2025-06-10"


@pytest.mark.parametrize("text, parties", [
    ("MOSCOW - Vladimir Putin received an Iranian delegation in the Kremlin.", {"Vladimir Putin", "Iran"}),
    ("JAKARTA - Presiden Joko Widodo menerima delegasi Parlemen Jepang di Istana Merdeka.", {"Joko Widodo", "Japan"}),
])
def test_receiving_a_delegation_is_a_meeting_with_its_country(text, parties):
    [e] = _events(text)
    assert e["type"] == "Meeting" and parties <= set(e["participants"])


def test_a_letter_handed_over_in_person_is_a_meeting_and_its_author_no_party():
    text = ("BEIJING - Wakil Presiden Jusuf Kalla memberikan surat titipan dari Presiden Joko Widodo kepada Presiden "
            "Tiongkok Xi Jinping di Beijing, Kamis.")
    [e] = _events(text)
    assert e["type"] == "Meeting" and {"Jusuf Kalla", "Xi Jinping"} <= set(e["participants"])
    assert "Joko Widodo" not in e["participants"]


def test_a_denial_reaches_over_the_names_of_the_pair():
    j = _json("MOSCOW - Kremlin spokesman Dmitry Peskov denied that Vladimir Putin and Donald Trump had spoken since January.")
    assert j["events"] == [] and len(j["denied_events"]) == 1
