"""Weapon-supply claims as real news tells them: who supplies whom, which weapon category,
which stance, who claims it. Every sentence here is written for this project; the phenomena
are those of the real-news development corpus (dev/), where the rules were tuned."""

import pytest

from kg.article import parse_text
from kg.events import extract


def claims(text: str) -> set[tuple]:
    j = extract(parse_text(text, "x.txt")).to_json()
    return {(e["supplier"], e["recipient"], e["weapon"], e["stance"]) for e in j["events"]
            if e["type"] == "WeaponSupplyAllegation"}


def claim_events(text: str) -> list[dict]:
    return [e for e in extract(parse_text(text, "x.txt")).to_json()["events"] if e["type"] == "WeaponSupplyAllegation"]


# ------------------------------------------------------------------ stances in one sentence and across sentences
def test_a_denial_of_an_accusation_is_two_claims():
    got = claims("PYONGYANG - Korea Utara membantah tuduhan Washington bahwa Pyongyang diam-diam memasok "
                 "peluru artileri kepada Moskow.")
    assert got == {("North Korea", "Russia", "ammunition", "denied"), ("North Korea", "Russia", "ammunition", "alleged")}


def test_an_accusation_nobody_is_named_for_is_still_a_claim():
    [denied, alleged] = sorted(claim_events(
        "TEHRAN - Iran's foreign ministry on Monday rejected allegations that Tehran had shipped drones to Russia."),
        key=lambda e: e["stance"], reverse=True)
    assert (denied["supplier"], denied["recipient"], denied["weapon"], denied["stance"]) == ("Iran", "Russia", "drone", "denied")
    assert (alleged["stance"], alleged["claimed_by"]) == ("alleged", [])


def test_a_denial_that_refers_back_to_the_claims_just_made():
    got = claims("SEOUL - Pejabat Korea Selatan dan Jepang menuduh Korea Utara mengirim rudal balistik dan amunisi "
                 "ke Rusia. Tuduhan itu dibantah Kremlin.")
    assert got == {("North Korea", "Russia", s, st) for s in ("missile", "ammunition") for st in ("alleged", "denied")}
    denied = [e for e in claim_events("SEOUL - Pejabat Korea Selatan menuduh Korea Utara mengirim rudal ke Rusia. "
                                      "Tuduhan itu dibantah Kremlin.") if e["stance"] == "denied"]
    assert denied and "Kremlin" in denied[0]["claimed_by"]


def test_the_supplier_calling_a_report_absurd_denies_each_allegation():
    got = claims("KAIRO - Harian The Washington Post melaporkan bahwa Mesir berencana memasok Rusia dengan roket dan "
                 "artileri. Pejabat Mesir menyebut laporan Washington Post itu sebagai absurditas.")
    assert ("Egypt", "Russia", "missile", "denied") in got and ("Egypt", "Russia", "artillery", "denied") in got
    assert ("Egypt", "Russia", "missile", "alleged") in got


def test_the_speaker_is_the_claimant_and_the_outlet_that_cites_counts():
    [e] = claim_events("WASHINGTON - The Pentagon said Iran had supplied drones to Russia, Reuters reported.")
    assert (e["supplier"], e["recipient"], e["weapon"], e["stance"]) == ("Iran", "Russia", "drone", "alleged")
    assert "Pentagon" in e["claimed_by"] and "Reuters" in e["claimed_by"]


# ------------------------------------------------------------------ promised: sales, packages, approvals
@pytest.mark.parametrize("text", [
    "WASHINGTON - The State Department approved a possible sale of Harpoon missiles to Taiwan, the Pentagon said.",
    "WASHINGTON - Departemen Luar Negeri AS menyetujui penjualan rudal Harpoon ke Taiwan senilai 300 juta dolar.",
    "WASHINGTON - China mengecam penjualan rudal Amerika Serikat ke Taiwan.",
])
def test_an_approved_or_announced_sale_is_a_pledge(text):
    assert claims(text) == {("United States", "Taiwan", "missile", "promised")}


def test_a_package_named_again_lists_its_contents():
    got = claims("WASHINGTON - The United States announced a $400 million military aid package for Ukraine on "
                 "Friday. The package includes Stinger missiles, NASAMS launchers and artillery shells.")
    assert got == {("United States", "Ukraine", "air defence", "promised"),
                   ("United States", "Ukraine", "ammunition", "promised")}


def test_munitions_for_a_launcher_are_ammunition_only():
    got = claims("JAKARTA - Amerika Serikat akan mengirim amunisi untuk Sistem Roket Artileri Mobilitas Tinggi "
                 "(HIMARS) ke Ukraina.")
    assert got == {("United States", "Ukraine", "ammunition", "promised")}


def test_a_sale_its_supplier_describes_as_done_is_an_admission():
    got = claims("ANKARA - Pemerintah Turki menyatakan bahwa penjualan drone kepada Ukraina merupakan transaksi "
                 "komersial biasa.")
    assert got == {("Turkey", "Ukraine", "drone", "admitted")}


def test_a_signed_purchase_contract_is_a_pledge_from_the_maker():
    got = claims("JAKARTA - Menteri Pertahanan Prabowo Subianto menandatangani kontrak pembelian pesawat tempur "
                 "buatan Prancis.")
    assert got == {("France", "Indonesia", "aircraft", "promised")}


def test_a_third_partys_report_of_a_plan_is_an_allegation():
    got = claims("KAIRO - Harian The Washington Post menyatakan dokumen itu merujuk pada rencana Mesir untuk memasok "
                 "Rusia dengan artileri.")
    assert got == {("Egypt", "Russia", "artillery", "alleged")}


def test_a_rumoured_plan_is_an_allegation_without_claimant():
    [e] = claim_events("JAKARTA - Pernyataan itu menjawab isu bahwa AS tengah bersiap untuk mengirim rudal jarak jauh "
                       "ke Ukraina.")
    assert (e["supplier"], e["recipient"], e["weapon"], e["stance"], e["claimed_by"]) == \
        ("United States", "Ukraine", "missile", "alleged", [])


# ------------------------------------------------------------------ admitted and denied
def test_the_recipient_confirming_a_delivery_is_an_admission():
    got = claims("KYIV - Menteri Pertahanan Ukraina Oleksii Reznikov mengatakan Ukraina telah menerima howitzer "
                 "dari Jerman.")
    assert got == {("Germany", "Ukraine", "artillery", "admitted")}


def test_we_in_a_quote_is_the_speakers_side():
    got = claims('TEHRAN - "We have never supplied drones to Russia for the war," Iranian Foreign Minister '
                 'Hossein Amir-Abdollahian said.')
    assert got == {("Iran", "Russia", "drone", "denied")}
    got = claims("TEHERAN - Menteri Luar Negeri Iran Hossein Amir-Abdollahian berbicara kepada wartawan. "
                 '"Kami memberi Rusia sejumlah kecil drone sebelum perang," katanya.')
    assert ("Iran", "Russia", "drone", "admitted") in got


def test_a_refusal_by_the_supplier_is_a_denial():
    got = claims("WASHINGTON - Presiden Amerika Serikat Joe Biden memastikan negaranya tidak akan mengirim rudal "
                 "jarak jauh ke Ukraina.")
    assert got == {("United States", "Ukraine", "missile", "denied")}


# ------------------------------------------------------------------ direction: who supplies whom
@pytest.mark.parametrize("text, expected", [
    ("KYIV - Ukraina menuduh Rusia menembakkan rudal balistik jarak pendek yang dipasok Korea Utara ke kota Kharkiv.",
     ("North Korea", "Russia", "missile", "alleged")),
    ("BEIJING - China mengecam penjualan senjata terbaru AS ke Taiwan.", ("United States", "Taiwan", "weapons", "promised")),
    ("TEHRAN - Iran's foreign minister rejected statements about Iran's purported drone supplies to Russia.",
     ("Iran", "Russia", "drone", "denied")),
    ("YERUSALEM - Israel menuduh Iran menggunakan penerbangan sipil ke Lebanon untuk mentransfer senjata ke Hizbullah.",
     ("Iran", "Hezbollah", "weapons", "alleged")),
    ("KYIV - Ukraine's defence minister said NATO countries are delivering weapons to his country.",
     ("NATO", "Ukraine", "weapons", "admitted")),
    ("MOSKOW - Pejabat Rusia itu disebut telah bersiap membeli hingga beberapa ratus drone Iran.",
     ("Iran", "Russia", "drone", "alleged")),
    ("KAIRO - Seorang pejabat Mesir membantah bahwa negara itu berencana memproduksi roket untuk Rusia.",
     ("Egypt", "Russia", "missile", "denied")),
])
def test_direction(text, expected):
    assert expected in claims(text)


def test_each_listed_supplier_is_a_claim():
    got = claims("WASHINGTON - The White House said Germany, the Netherlands and Denmark had sent tanks to Ukraine.")
    assert got == {(c, "Ukraine", "tank", "alleged") for c in ("Germany", "Netherlands", "Denmark")}


def test_a_supply_without_a_recipient_continues_the_claim_just_made():
    got = claims("WASHINGTON - President Joe Biden announced five air defence systems to be provided to Ukraine. "
                 "Germany and Romania donated the Patriot batteries. The package will also include a SAMP/T system "
                 "donated by Italy.")
    assert {("Germany", "Ukraine", "air defence", "promised"), ("Romania", "Ukraine", "air defence", "promised"),
            ("Italy", "Ukraine", "air defence", "promised")} <= got


def test_sending_troops_and_tanks_into_a_country_is_no_supply():
    assert claims("MOSCOW - Russia denied accusations that it had sent troops and tanks into eastern Ukraine.") == set()


# ------------------------------------------------------------------ what is no claim
@pytest.mark.parametrize("text", [
    # aid that names no weapon
    "TOKYO - Japan sent medical supplies, helmets and humanitarian aid to Ukraine on Tuesday.",
    # a weapons programme, not a weapon supplied
    "TOKYO - Moon promised Japan's prime minister help and agreed to keep pressure on North Korea over its nuclear "
    "and missile programmes.",
    # a condition
    "TEHERAN - Iran tidak akan tinggal diam jika bukti menunjukkan Rusia menggunakan drone Iran di Ukraina.",
    # talked about, not pledged
    "NEW DELHI - Kedua pemimpin membahas potensi penjualan rudal BrahMos ke Indonesia.",
    # blocked
    "BERLIN - Scholz had been accused of blocking arms supplies to Ukraine.",
    # asked for
    "TAIPEI - Washington menanggapi positif permintaan Taipei untuk penjualan senjata baru.",
    # the target of "anti-": a radar, not artillery; and no other weapon
    "WASHINGTON - Amerika Serikat akan mengirim radar anti-artileri ke Ukraina.",
    # a ceasefire
    "DOHA - Hamas dan Israel menyepakati gencatan senjata yang dimediasi Qatar.",
])
def test_no_claim(text):
    assert claims(text) == set()


# ------------------------------------------------------------------ weapon categories
@pytest.mark.parametrize("weapon, category", [
    ("Stinger missiles", "air defence"), ("NASAMS", "air defence"), ("Patriot batteries", "air defence"),
    ("surface-to-air missiles", "air defence"), ("Harpoon missiles", "missile"), ("Abrams tanks", "tank"),
    ("F-16 fighter jets", "aircraft"), ("howitzers", "artillery"), ("artillery shells", "ammunition"),
    ("military equipment", "weapons"), ("BrahMos missiles", "missile"),
])
def test_weapon_categories(weapon, category):
    assert claims(f"WASHINGTON - The United States has pledged to send {weapon} to Ukraine.") == \
        {("United States", "Ukraine", category, "promised")}


def test_a_generic_claim_joins_the_named_category():
    """FORMAT: `weapons` only when the text names none; "arms dealings" denied next to "artillery
    shells" is one denial about ammunition."""
    got = claims("PYONGYANG - North Korea said it has never had any arms dealings with Russia, denying the US "
                 "accusation that it was supplying Moscow with artillery shells.")
    assert got == {("North Korea", "Russia", "ammunition", "denied"), ("North Korea", "Russia", "ammunition", "alleged")}


# ------------------------------------------------------------------ who claims it, and when
def test_a_denial_in_a_relative_clause_is_the_other_partys_claim():
    by = {e["stance"]: e["claimed_by"] for e in claim_events(
        "WASHINGTON - Pentagon tetap mengklaim bahwa Korea Utara memasok peluru artileri ke Rusia, klaim yang "
        "dibantah oleh Korea Utara.")}
    assert set(by) == {"alleged", "denied"}
    assert "Pentagon" in by["alleged"] and "North Korea" not in by["alleged"]
    assert by["denied"] == ["North Korea"]


def test_having_information_is_making_a_claim():
    [e] = claim_events("WASHINGTON - Gedung Putih mengatakan AS memiliki informasi bahwa Korea Utara memasok peluru "
                       "artileri ke Rusia.")
    assert e["stance"] == "alleged" and "United States" in e["claimed_by"]


def test_a_decision_told_again_gives_its_speaker_and_date():
    [e] = claim_events("BERLIN - Jerman akhirnya memutuskan untuk mengirim tank Leopard 2 ke Ukraina. Kanselir Olaf "
                       "Scholz mengumumkan keputusan itu di Berlin, Rabu (25/1/2023).")
    assert (e["supplier"], e["recipient"], e["weapon"], e["stance"]) == ("Germany", "Ukraine", "tank", "promised")
    assert e["date"] == "2023-01-25" and "Olaf Scholz" in e["claimed_by"]


def test_this_was_said_by_names_the_claimant_of_the_claim_before():
    [e] = claim_events("WASHINGTON - Senjata buatan Amerika Serikat telah diizinkan untuk dijual ke Taiwan. Hal itu "
                       "diungkapkan oleh Departemen Luar Negeri AS.")
    assert e["stance"] == "promised" and "State Department" in e["claimed_by"]


def test_the_contents_of_a_package_are_claimed_by_who_announced_it():
    events = claim_events("WASHINGTON - President Joe Biden announced a $1 billion security assistance package for Ukraine. The package "
                          "includes Harpoon missiles and howitzers.")
    assert {e["weapon"] for e in events} == {"missile", "artillery"}
    assert all("Joe Biden" in e["claimed_by"] for e in events)


def test_a_dispute_by_he_is_claimed_by_the_person_last_named():
    events = claim_events("MOSKOW - Rusia membantah pasukannya menggunakan drone Iran. Utusan Khusus AS untuk Iran "
                          "Robert Malley berbicara kepada wartawan. Dia menyebut tidak benar bahwa Iran hanya "
                          "mengirim beberapa drone.")
    got = {(e["supplier"], e["recipient"], e["weapon"], e["stance"]) for e in events}
    assert ("Iran", "Russia", "drone", "denied") in got and ("Iran", "Russia", "drone", "disputed") in got
    [disputed] = [e for e in events if e["stance"] == "disputed"]
    assert "Robert Malley" in disputed["claimed_by"]


def test_an_accusation_a_denial_answers_is_not_dated_by_the_denial():
    events = claim_events("Korut bantah pasok peluru\nSelasa, 8 November 2022 10:00 WIB\nPYONGYANG - Korea Utara pada "
                          "Senin membantah tuduhan Amerika Serikat bahwa Pyongyang memasok peluru artileri ke Rusia.")
    by_stance = {e["stance"]: e["date"] for e in events}
    assert by_stance == {"denied": "2022-11-07", "alleged": None}


def test_rockets_for_a_launcher_are_its_ammunition():
    got = claims("WASHINGTON - Amerika Serikat akan mengirim peluru artileri dan roket untuk sistem peluncur roket "
                 "HIMARS ke Ukraina.")
    assert got == {("United States", "Ukraine", "ammunition", "promised")}


def test_supplies_by_a_list_of_agents_continue_the_claim_just_made():
    got = claims("TEHRAN - Iran's foreign minister said the West was providing weapons to Ukraine. \"It is the arms "
                 'supplies by Europe and the US that prolong the war," he added.')
    assert ("United States", "Ukraine", "weapons", "alleged") in got


def test_accused_of_foreign_made_weapons_without_the_verb():
    """A sentence that leaves out "menggunakan" still accuses Russia of North Korean weapons; the
    denial that follows refers back to it."""
    got = claims("SEOUL - Para pejabat AS dan Korea Selatan menuduh Rusia rudal buatan Korea Utara dalam perang di "
                 "Ukraina. Tuduhan itu dibantah Kremlin.")
    assert got == {("North Korea", "Russia", "missile", "alleged"), ("North Korea", "Russia", "missile", "denied")}


def test_a_headline_verb_root_is_a_use():
    assert ("North Korea", "Russia", "missile", "alleged") in claims(
        "KYIV - Ukraina: Rusia Pakai Rudal Buatan Korea Utara untuk Serang Kharkiv, Kata Zelensky")


def test_thanking_a_country_for_a_delivery_confirms_it():
    [e] = claim_events("KYIV - Presiden Volodymyr Zelensky berterima kasih kepada Jerman atas pengiriman sistem "
                       "pertahanan udara IRIS-T.")
    assert (e["supplier"], e["recipient"], e["weapon"], e["stance"]) == ("Germany", "Ukraine", "air defence", "admitted")
    assert "Volodymyr Zelensky" in e["claimed_by"]


def test_a_running_total_of_aid_is_no_announced_package():
    assert claims("WASHINGTON - The United States has provided more than $40 billion in military aid to Ukraine "
                  "since 2022.") == set()
    assert claims("WASHINGTON - The United States will provide $400 million in military aid to Ukraine.") == \
        {("United States", "Ukraine", "weapons", "promised")}
