#!/usr/bin/env python3
"""Build the gazetteer lexicons used by the kg actor extractor.

Writes JSON Lines files to kg/lexicons/:

    countries.jsonl       every sovereign state (193 UN members + VA, PS, TW, XK)
    places.jsonl          capitals, seats of government, news-relevant cities/regions
    organizations.jsonl   international organisations, state bodies, armed groups,
                          news outlets, blocs
    persons.jsonl         heads of state/government, ministers, security chiefs
    offices.jsonl         titles that introduce a person ("Foreign Minister", "Menlu")
    weapons.jsonl         weapon categories and models

The output is deterministic: entries are sorted by id, label lists keep their
curated order (the first "en" label is always the canonical name) and are
de-duplicated.  pycountry is used only here, at build time; the JSONL files are
committed and read at run time without pycountry.

Common schema of every entry:

    {"id": "<kind>:<slug>", "type": "<Type>", "name": "<canonical English name>",
     "labels": {"en": [...], "id": [...]}, "aliases": [...],
     "wikidata": "Q..."            # only when certain
     "ambiguous_labels": [...]}    # optional: labels that are also common words
                                   # (e.g. "Antara", "Medan", "Lima"); a matcher
                                   # may want extra context before accepting them

Date conventions in persons.jsonl "positions": "start"/"end" are given only at
the granularity we are sure of ("YYYY", "YYYY-MM" or "YYYY-MM-DD"); null means
"not recorded" -- for "end" that is normally "still in office at the time the
lexicon was built", for "start" it means unknown.

Usage:  python scripts/build_lexicons.py [--check-only]
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT_DIR = ROOT / "kg" / "lexicons"

FILES = {
    "countries": "countries.jsonl",
    "places": "places.jsonl",
    "organizations": "organizations.jsonl",
    "persons": "persons.jsonl",
    "offices": "offices.jsonl",
    "weapons": "weapons.jsonl",
}

# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------

_TRANSLIT = str.maketrans({
    "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss",
    "æ": "ae", "Æ": "AE", "ı": "i", "ʻ": "", "’": "", "'": "", "‘": "",
})


def slugify(text: str) -> str:
    text = text.translate(_TRANSLIT)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"[^a-zA-Z0-9]+", "-", text.lower()).strip("-")
    return text


def uniq(seq):
    out, seen = [], set()
    for item in seq:
        if item is None:
            continue
        item = item.strip()
        if item and item not in seen:
            seen.add(item)
            out.append(item)
    return out


def entry_strings(entry: dict) -> list[str]:
    """All surface strings of an entry that a matcher would look for."""
    out = list(entry.get("labels", {}).get("en", []))
    out += entry.get("labels", {}).get("id", [])
    out += entry.get("aliases", [])
    return uniq(out)


def _finish(entry: dict, qid: str | None = None, ambiguous=()) -> dict:
    if qid:
        entry["wikidata"] = qid
    amb = uniq(ambiguous)
    if amb:
        entry["ambiguous_labels"] = amb
    return entry


# ---------------------------------------------------------------------------
# countries (curated; pycountry adds iso3, official English names and the
# Indonesian translations of the short/official names at build time)
# ---------------------------------------------------------------------------
# C(iso2, canonical name, wikidata, capital place slug, English demonyms,
#   Indonesian labels (first = usual Indonesian name), en=extra English labels,
#   aliases=language-neutral spellings, seat=seat-of-government place slug,
#   met_extra=extra metonyms, nomet=strings never used as metonyms,
#   amb=ambiguous labels)

def C(iso2, name, qid, capital, demonyms, id_labels, en=(), aliases=(), seat=None,
      met_extra=(), nomet=(), amb=(), iso3=None):
    return dict(iso2=iso2, name=name, qid=qid, capital=capital, demonyms=list(demonyms),
                id_labels=list(id_labels), en=list(en), aliases=list(aliases), seat=seat,
                met_extra=list(met_extra), nomet=list(nomet), amb=list(amb), iso3=iso3)


COUNTRIES = [
    C("AF", "Afghanistan", "Q889", "kabul", ["Afghan"], ["Afganistan", "Afghanistan"]),
    C("AL", "Albania", "Q222", "tirana", ["Albanian"], ["Albania"]),
    C("DZ", "Algeria", "Q262", "algiers", ["Algerian"], ["Aljazair"]),
    C("AD", "Andorra", "Q228", "andorra-la-vella", ["Andorran"], ["Andorra"]),
    C("AO", "Angola", "Q916", "luanda", ["Angolan"], ["Angola"]),
    C("AG", "Antigua and Barbuda", "Q781", "st-johns", ["Antiguan"], ["Antigua dan Barbuda"],
      nomet=["St. John's", "Saint John's"]),
    C("AR", "Argentina", "Q414", "buenos-aires", ["Argentine", "Argentinian"],
      ["Argentina", "Negeri Tango"]),
    C("AM", "Armenia", "Q399", "yerevan", ["Armenian"], ["Armenia"]),
    C("AU", "Australia", "Q408", "canberra", ["Australian"],
      ["Australia", "Negeri Kanguru", "Negeri Kangguru"]),
    C("AT", "Austria", "Q40", "vienna", ["Austrian"], ["Austria"]),
    C("AZ", "Azerbaijan", "Q227", "baku", ["Azerbaijani", "Azeri"], ["Azerbaijan"]),
    C("BS", "The Bahamas", "Q778", "nassau", ["Bahamian"], ["Bahama", "Bahamas"], en=["Bahamas"]),
    C("BH", "Bahrain", "Q398", "manama", ["Bahraini"], ["Bahrain"]),
    C("BD", "Bangladesh", "Q902", "dhaka", ["Bangladeshi"], ["Bangladesh"]),
    C("BB", "Barbados", "Q244", "bridgetown", ["Barbadian"], ["Barbados"]),
    C("BY", "Belarus", "Q184", "minsk", ["Belarusian"], ["Belarus", "Belarusia"]),
    # "Brussels" as an actor nearly always means the EU, not Belgium.
    C("BE", "Belgium", "Q31", "brussels", ["Belgian"], ["Belgia"],
      nomet=["Brussels", "Bruxelles", "Brussel"]),
    C("BZ", "Belize", "Q242", "belmopan", ["Belizean"], ["Belize"]),
    C("BJ", "Benin", "Q962", "porto-novo", ["Beninese"], ["Benin"], seat="cotonou"),
    C("BT", "Bhutan", "Q917", "thimphu", ["Bhutanese"], ["Bhutan"]),
    C("BO", "Bolivia", "Q750", "sucre", ["Bolivian"], ["Bolivia"], seat="la-paz"),
    C("BA", "Bosnia and Herzegovina", "Q225", "sarajevo", ["Bosnian"],
      ["Bosnia dan Herzegovina", "Bosnia-Herzegovina", "Bosnia"],
      en=["Bosnia-Herzegovina", "Bosnia"]),
    C("BW", "Botswana", "Q963", "gaborone", ["Botswanan"], ["Botswana"]),
    C("BR", "Brazil", "Q155", "brasilia", ["Brazilian"], ["Brasil", "Negeri Samba"]),
    C("BN", "Brunei", "Q921", "bandar-seri-begawan", ["Bruneian"],
      ["Brunei", "Brunei Darussalam"], en=["Brunei Darussalam"]),
    C("BG", "Bulgaria", "Q219", "sofia", ["Bulgarian"], ["Bulgaria"], nomet=["Sofia"]),
    C("BF", "Burkina Faso", "Q965", "ouagadougou", ["Burkinabe", "Burkinabè"], ["Burkina Faso"]),
    C("BI", "Burundi", "Q967", "gitega", ["Burundian"], ["Burundi"]),
    C("CV", "Cape Verde", "Q1011", "praia", ["Cape Verdean"], ["Tanjung Verde", "Cabo Verde"],
      en=["Cabo Verde"]),
    C("KH", "Cambodia", "Q424", "phnom-penh", ["Cambodian"], ["Kamboja"]),
    C("CM", "Cameroon", "Q1009", "yaounde", ["Cameroonian"], ["Kamerun"]),
    C("CA", "Canada", "Q16", "ottawa", ["Canadian"], ["Kanada"]),
    C("CF", "Central African Republic", "Q929", "bangui", ["Central African"],
      ["Republik Afrika Tengah", "Afrika Tengah"]),
    C("TD", "Chad", "Q657", "ndjamena", ["Chadian"], ["Chad"]),
    C("CL", "Chile", "Q298", "santiago", ["Chilean"], ["Chili", "Cile"]),
    C("CN", "China", "Q148", "beijing", ["Chinese"],
      ["Tiongkok", "China", "Cina", "RRT", "RRC", "Republik Rakyat Tiongkok",
       "Republik Rakyat China", "Negeri Tirai Bambu"],
      en=["People's Republic of China", "mainland China", "Mainland China"], aliases=["PRC"]),
    C("CO", "Colombia", "Q739", "bogota", ["Colombian"], ["Kolombia"]),
    C("KM", "Comoros", "Q970", "moroni", ["Comorian"], ["Komoro"]),
    # bare "Congo"/"Kongo"/"Congolese" are ambiguous between CG and CD: not assigned.
    C("CG", "Republic of the Congo", "Q971", "brazzaville", [],
      ["Republik Kongo", "Kongo-Brazzaville", "Kongo Brazzaville"],
      en=["Republic of Congo", "Congo-Brazzaville", "Congo Republic"]),
    C("CD", "Democratic Republic of the Congo", "Q974", "kinshasa", [],
      ["Republik Demokratik Kongo", "RD Kongo", "Kongo-Kinshasa"],
      en=["Democratic Republic of Congo", "DR Congo", "Congo-Kinshasa"], aliases=["DRC"]),
    C("CR", "Costa Rica", "Q800", "san-jose", ["Costa Rican"], ["Kosta Rika", "Costa Rica"],
      nomet=["San José", "San Jose"]),
    C("CI", "Ivory Coast", "Q1008", "yamoussoukro", ["Ivorian"], ["Pantai Gading"],
      en=["Côte d'Ivoire", "Cote d'Ivoire"], seat="abidjan"),
    C("HR", "Croatia", "Q224", "zagreb", ["Croatian"], ["Kroasia"]),
    C("CU", "Cuba", "Q241", "havana", ["Cuban"], ["Kuba"]),
    C("CY", "Cyprus", "Q229", "nicosia", ["Cypriot"], ["Siprus"]),
    C("CZ", "Czech Republic", "Q213", "prague", ["Czech"], ["Ceko", "Republik Ceko", "Cheska"],
      aliases=["Czechia"]),
    C("DK", "Denmark", "Q35", "copenhagen", ["Danish"], ["Denmark"]),
    C("DJ", "Djibouti", "Q977", "djibouti-city", ["Djiboutian"], ["Djibouti", "Jibuti"]),
    # "Dominican" is kept for the Dominican Republic only.
    C("DM", "Dominica", "Q784", "roseau", [], ["Dominika"]),
    C("DO", "Dominican Republic", "Q786", "santo-domingo", ["Dominican"], ["Republik Dominika"]),
    C("EC", "Ecuador", "Q736", "quito", ["Ecuadorian"], ["Ekuador"]),
    C("EG", "Egypt", "Q79", "cairo", ["Egyptian"], ["Mesir", "Negeri Piramida"]),
    C("SV", "El Salvador", "Q792", "san-salvador", ["Salvadoran"], ["El Salvador"]),
    C("GQ", "Equatorial Guinea", "Q983", "malabo", ["Equatoguinean"], ["Guinea Khatulistiwa"]),
    C("ER", "Eritrea", "Q986", "asmara", ["Eritrean"], ["Eritrea"], nomet=["Asmara"]),
    C("EE", "Estonia", "Q191", "tallinn", ["Estonian"], ["Estonia"]),
    C("SZ", "Eswatini", "Q1050", "mbabane", ["Swazi"], ["Eswatini", "Swaziland"],
      en=["Swaziland"]),
    C("ET", "Ethiopia", "Q115", "addis-ababa", ["Ethiopian"], ["Ethiopia", "Etiopia"]),
    C("FJ", "Fiji", "Q712", "suva", ["Fijian"], ["Fiji"]),
    C("FI", "Finland", "Q33", "helsinki", ["Finnish"], ["Finlandia"]),
    C("FR", "France", "Q142", "paris", ["French"], ["Prancis", "Perancis"]),
    C("GA", "Gabon", "Q1000", "libreville", ["Gabonese"], ["Gabon"]),
    C("GM", "The Gambia", "Q1005", "banjul", ["Gambian"], ["Gambia"], en=["Gambia"]),
    C("GE", "Georgia", "Q230", "tbilisi", ["Georgian"], ["Georgia"]),
    C("DE", "Germany", "Q183", "berlin", ["German"], ["Jerman", "Negeri Panser"]),
    C("GH", "Ghana", "Q117", "accra", ["Ghanaian"], ["Ghana"]),
    C("GR", "Greece", "Q41", "athens", ["Greek"], ["Yunani"]),
    C("GD", "Grenada", "Q769", "st-georges", ["Grenadian"], ["Grenada"],
      nomet=["St. George's", "Saint George's"]),
    C("GT", "Guatemala", "Q774", "guatemala-city", ["Guatemalan"], ["Guatemala"]),
    C("GN", "Guinea", "Q1006", "conakry", ["Guinean"], ["Guinea"]),
    C("GW", "Guinea-Bissau", "Q1007", "bissau", ["Bissau-Guinean"], ["Guinea-Bissau"]),
    C("GY", "Guyana", "Q734", "georgetown", ["Guyanese"], ["Guyana"], nomet=["Georgetown"]),
    C("HT", "Haiti", "Q790", "port-au-prince", ["Haitian"], ["Haiti"]),
    C("HN", "Honduras", "Q783", "tegucigalpa", ["Honduran"], ["Honduras"]),
    C("HU", "Hungary", "Q28", "budapest", ["Hungarian"], ["Hungaria", "Hongaria"]),
    C("IS", "Iceland", "Q189", "reykjavik", ["Icelandic"], ["Islandia"]),
    C("IN", "India", "Q668", "new-delhi", ["Indian"], ["India", "Negeri Hindustan"]),
    C("ID", "Indonesia", "Q252", "jakarta", ["Indonesian"],
      ["Indonesia", "RI", "NKRI", "Republik Indonesia"], nomet=["DKI Jakarta"]),
    C("IR", "Iran", "Q794", "tehran", ["Iranian"],
      ["Iran", "Republik Islam Iran", "Negeri Para Mullah"], en=["Islamic Republic of Iran"]),
    C("IQ", "Iraq", "Q796", "baghdad", ["Iraqi"], ["Irak"]),
    C("IE", "Ireland", "Q27", "dublin", ["Irish"], ["Irlandia"], en=["Republic of Ireland"]),
    # Israeli government often referred to as "Tel Aviv" (esp. in Arab/Iranian/Indonesian media)
    C("IL", "Israel", "Q801", "jerusalem", ["Israeli"], ["Israel", "Negeri Zionis"],
      met_extra=["Tel Aviv"]),
    C("IT", "Italy", "Q38", "rome", ["Italian"], ["Italia", "Negeri Pizza"]),
    C("JM", "Jamaica", "Q766", "kingston", ["Jamaican"], ["Jamaika"], nomet=["Kingston"]),
    C("JP", "Japan", "Q17", "tokyo", ["Japanese"], ["Jepang", "Negeri Sakura"]),
    C("JO", "Jordan", "Q810", "amman", ["Jordanian"], ["Yordania"], amb=["Jordan"]),
    C("KZ", "Kazakhstan", "Q232", "astana", ["Kazakh", "Kazakhstani"], ["Kazakhstan", "Kazakstan"]),
    C("KE", "Kenya", "Q114", "nairobi", ["Kenyan"], ["Kenya"]),
    C("KI", "Kiribati", "Q710", "south-tarawa", [], ["Kiribati"]),
    C("KP", "North Korea", "Q423", "pyongyang", ["North Korean"],
      ["Korea Utara", "Korut", "Republik Rakyat Demokratik Korea"],
      en=["Democratic People's Republic of Korea"], aliases=["DPRK"]),
    C("KR", "South Korea", "Q884", "seoul", ["South Korean"],
      ["Korea Selatan", "Korsel", "Negeri Ginseng"], en=["Republic of Korea"], aliases=["ROK"]),
    C("KW", "Kuwait", "Q817", "kuwait-city", ["Kuwaiti"], ["Kuwait"]),
    C("KG", "Kyrgyzstan", "Q813", "bishkek", ["Kyrgyz"], ["Kirgizstan", "Kirgistan", "Kyrgyzstan"]),
    C("LA", "Laos", "Q819", "vientiane", ["Lao", "Laotian"], ["Laos"], en=["Lao PDR"]),
    C("LV", "Latvia", "Q211", "riga", ["Latvian"], ["Latvia"]),
    C("LB", "Lebanon", "Q822", "beirut", ["Lebanese"], ["Lebanon", "Libanon"]),
    C("LS", "Lesotho", "Q1013", "maseru", [], ["Lesotho"]),
    C("LR", "Liberia", "Q1014", "monrovia", ["Liberian"], ["Liberia"]),
    C("LY", "Libya", "Q1016", "tripoli", ["Libyan"], ["Libya", "Libia"]),
    C("LI", "Liechtenstein", "Q347", "vaduz", [], ["Liechtenstein"]),
    C("LT", "Lithuania", "Q37", "vilnius", ["Lithuanian"], ["Lituania", "Lithuania"]),
    C("LU", "Luxembourg", "Q32", "luxembourg-city", ["Luxembourgish"], ["Luksemburg"]),
    C("MG", "Madagascar", "Q1019", "antananarivo", ["Malagasy"], ["Madagaskar"]),
    C("MW", "Malawi", "Q1020", "lilongwe", ["Malawian"], ["Malawi"]),
    C("MY", "Malaysia", "Q833", "kuala-lumpur", ["Malaysian"], ["Malaysia", "Negeri Jiran"],
      seat="putrajaya"),
    C("MV", "Maldives", "Q826", "male", ["Maldivian"], ["Maladewa", "Maldives"]),
    C("ML", "Mali", "Q912", "bamako", ["Malian"], ["Mali"]),
    C("MT", "Malta", "Q233", "valletta", ["Maltese"], ["Malta"]),
    C("MH", "Marshall Islands", "Q709", "majuro", ["Marshallese"], ["Kepulauan Marshall"]),
    C("MR", "Mauritania", "Q1025", "nouakchott", ["Mauritanian"], ["Mauritania"]),
    C("MU", "Mauritius", "Q1027", "port-louis", ["Mauritian"], ["Mauritius"]),
    C("MX", "Mexico", "Q96", "mexico-city", ["Mexican"], ["Meksiko"]),
    C("FM", "Micronesia", "Q702", "palikir", ["Micronesian"],
      ["Mikronesia", "Negara Federasi Mikronesia"], en=["Federated States of Micronesia"]),
    C("MD", "Moldova", "Q217", "chisinau", ["Moldovan"], ["Moldova"], en=["Republic of Moldova"]),
    C("MC", "Monaco", "Q235", "monaco", ["Monégasque", "Monegasque"], ["Monako", "Monaco"]),
    C("MN", "Mongolia", "Q711", "ulaanbaatar", ["Mongolian"], ["Mongolia"]),
    C("ME", "Montenegro", "Q236", "podgorica", ["Montenegrin"], ["Montenegro"]),
    C("MA", "Morocco", "Q1028", "rabat", ["Moroccan"], ["Maroko"]),
    C("MZ", "Mozambique", "Q1029", "maputo", ["Mozambican"], ["Mozambik"]),
    C("MM", "Myanmar", "Q836", "naypyidaw", ["Burmese"], ["Myanmar"], aliases=["Burma"]),
    C("NA", "Namibia", "Q1030", "windhoek", ["Namibian"], ["Namibia"]),
    C("NR", "Nauru", "Q697", "yaren", ["Nauruan"], ["Nauru"]),
    C("NP", "Nepal", "Q837", "kathmandu", ["Nepali", "Nepalese"], ["Nepal"]),
    C("NL", "Netherlands", "Q55", "amsterdam", ["Dutch"], ["Belanda", "Negeri Kincir Angin"],
      aliases=["Holland"]),
    C("NZ", "New Zealand", "Q664", "wellington", [], ["Selandia Baru", "Negeri Kiwi"]),
    C("NI", "Nicaragua", "Q811", "managua", ["Nicaraguan"], ["Nikaragua"]),
    C("NE", "Niger", "Q1032", "niamey", ["Nigerien"], ["Niger"]),
    C("NG", "Nigeria", "Q1033", "abuja", ["Nigerian"], ["Nigeria"]),
    C("MK", "North Macedonia", "Q221", "skopje", ["North Macedonian", "Macedonian"],
      ["Makedonia Utara", "Makedonia"], en=["Macedonia"]),
    C("NO", "Norway", "Q20", "oslo", ["Norwegian"], ["Norwegia"]),
    C("OM", "Oman", "Q842", "muscat", ["Omani"], ["Oman"]),
    C("PK", "Pakistan", "Q843", "islamabad", ["Pakistani"], ["Pakistan"]),
    C("PW", "Palau", "Q695", "ngerulmud", ["Palauan"], ["Palau"]),
    # proclaimed capital East Jerusalem; the Palestinian Authority sits in Ramallah,
    # which is what stands for it as an actor.
    C("PS", "Palestine", "Q219060", "east-jerusalem", ["Palestinian"],
      ["Palestina", "Negara Palestina"], en=["State of Palestine"], seat="ramallah",
      nomet=["East Jerusalem", "Yerusalem Timur", "Al-Quds Timur"]),
    C("PA", "Panama", "Q804", "panama-city", ["Panamanian"], ["Panama"]),
    C("PG", "Papua New Guinea", "Q691", "port-moresby", ["Papua New Guinean"], ["Papua Nugini"]),
    C("PY", "Paraguay", "Q733", "asuncion", ["Paraguayan"], ["Paraguay"]),
    C("PE", "Peru", "Q419", "lima", ["Peruvian"], ["Peru"], nomet=["Lima"]),
    C("PH", "Philippines", "Q928", "manila", ["Filipino", "Philippine"], ["Filipina"]),
    C("PL", "Poland", "Q36", "warsaw", ["Polish"], ["Polandia"]),
    C("PT", "Portugal", "Q45", "lisbon", ["Portuguese"], ["Portugal"]),
    C("QA", "Qatar", "Q846", "doha", ["Qatari"], ["Qatar", "Katar"]),
    C("RO", "Romania", "Q218", "bucharest", ["Romanian"], ["Rumania", "Romania"]),
    C("RU", "Russia", "Q159", "moscow", ["Russian"], ["Rusia", "Federasi Rusia", "Negeri Beruang Merah"]),
    C("RW", "Rwanda", "Q1037", "kigali", ["Rwandan"], ["Rwanda"]),
    C("KN", "Saint Kitts and Nevis", "Q763", "basseterre", [], ["Saint Kitts dan Nevis"],
      en=["St. Kitts and Nevis", "St Kitts and Nevis"]),
    C("LC", "Saint Lucia", "Q760", "castries", ["Saint Lucian"], ["Saint Lucia"],
      en=["St. Lucia", "St Lucia"]),
    C("VC", "Saint Vincent and the Grenadines", "Q757", "kingstown", ["Vincentian"],
      ["Saint Vincent dan Grenadines", "Saint Vincent dan Grenadine"],
      en=["St. Vincent and the Grenadines"]),
    C("WS", "Samoa", "Q683", "apia", ["Samoan"], ["Samoa"]),
    C("SM", "San Marino", "Q238", "san-marino-city", ["Sammarinese"], ["San Marino"]),
    C("ST", "São Tomé and Príncipe", "Q1039", "sao-tome", [],
      ["Sao Tome dan Principe", "São Tomé dan Príncipe"], en=["Sao Tome and Principe"]),
    # bare "Saudi" is kept as a demonym only (one reading per string)
    C("SA", "Saudi Arabia", "Q851", "riyadh", ["Saudi", "Saudi Arabian"], ["Arab Saudi"],
      aliases=["KSA"]),
    C("SN", "Senegal", "Q1041", "dakar", ["Senegalese"], ["Senegal"]),
    C("RS", "Serbia", "Q403", "belgrade", ["Serbian"], ["Serbia"]),
    C("SC", "Seychelles", "Q1042", "victoria", ["Seychellois"], ["Seychelles"], nomet=["Victoria"]),
    C("SL", "Sierra Leone", "Q1044", "freetown", ["Sierra Leonean"], ["Sierra Leone"]),
    C("SG", "Singapore", "Q334", "singapore", ["Singaporean"], ["Singapura", "Negeri Singa"]),
    C("SK", "Slovakia", "Q214", "bratislava", ["Slovak"], ["Slowakia", "Slovakia"]),
    C("SI", "Slovenia", "Q215", "ljubljana", ["Slovenian", "Slovene"], ["Slovenia"]),
    C("SB", "Solomon Islands", "Q685", "honiara", [], ["Kepulauan Solomon"]),
    C("SO", "Somalia", "Q1045", "mogadishu", ["Somali"], ["Somalia"]),
    C("ZA", "South Africa", "Q258", "pretoria", ["South African"], ["Afrika Selatan"]),
    C("SS", "South Sudan", "Q958", "juba", ["South Sudanese"], ["Sudan Selatan"]),
    C("ES", "Spain", "Q29", "madrid", ["Spanish"], ["Spanyol", "Negeri Matador"]),
    C("LK", "Sri Lanka", "Q854", "sri-jayawardenepura-kotte", ["Sri Lankan"], ["Sri Lanka"],
      seat="colombo"),
    C("SD", "Sudan", "Q1049", "khartoum", ["Sudanese"], ["Sudan"]),
    C("SR", "Suriname", "Q730", "paramaribo", ["Surinamese"], ["Suriname"]),
    C("SE", "Sweden", "Q34", "stockholm", ["Swedish"], ["Swedia"]),
    # "Swiss" is the Indonesian name of the country: a label, not (also) a demonym
    C("CH", "Switzerland", "Q39", "bern", [], ["Swiss"]),
    C("SY", "Syria", "Q858", "damascus", ["Syrian"], ["Suriah", "Syria", "Republik Arab Suriah"],
      en=["Syrian Arab Republic"]),
    C("TW", "Taiwan", "Q865", "taipei", ["Taiwanese"], ["Taiwan"]),
    C("TJ", "Tajikistan", "Q863", "dushanbe", ["Tajik", "Tajikistani"], ["Tajikistan"]),
    C("TZ", "Tanzania", "Q924", "dodoma", ["Tanzanian"], ["Tanzania"]),
    C("TH", "Thailand", "Q869", "bangkok", ["Thai"], ["Thailand", "Negeri Gajah Putih"]),
    C("TL", "East Timor", "Q574", "dili", ["Timorese"], ["Timor Leste", "Timor-Leste"],
      en=["Timor-Leste", "Timor Leste"]),
    C("TG", "Togo", "Q945", "lome", ["Togolese"], ["Togo"]),
    C("TO", "Tonga", "Q678", "nukualofa", ["Tongan"], ["Tonga"]),
    C("TT", "Trinidad and Tobago", "Q754", "port-of-spain", ["Trinidadian"], ["Trinidad dan Tobago"]),
    C("TN", "Tunisia", "Q948", "tunis", ["Tunisian"], ["Tunisia"]),
    C("TR", "Turkey", "Q43", "ankara", ["Turkish"], ["Turki"], en=["Turkiye"], aliases=["Türkiye"]),
    C("TM", "Turkmenistan", "Q874", "ashgabat", ["Turkmen"], ["Turkmenistan"]),
    C("TV", "Tuvalu", "Q672", "funafuti", ["Tuvaluan"], ["Tuvalu"]),
    C("UG", "Uganda", "Q1036", "kampala", ["Ugandan"], ["Uganda"]),
    C("UA", "Ukraine", "Q212", "kyiv", ["Ukrainian"], ["Ukraina"]),
    C("AE", "United Arab Emirates", "Q878", "abu-dhabi", ["Emirati"],
      ["Uni Emirat Arab", "UEA", "Emirat Arab Bersatu"], aliases=["UAE", "U.A.E."]),
    C("GB", "United Kingdom", "Q145", "london", ["British"],
      ["Inggris", "Britania Raya", "Britania"], en=["Britain", "Great Britain"],
      aliases=["UK", "U.K."]),
    C("US", "United States", "Q30", "washington-dc", ["American"],
      ["Amerika Serikat", "AS", "Amerika", "Negeri Paman Sam"],
      en=["United States of America", "America"], aliases=["US", "U.S.", "USA", "U.S.A."]),
    C("UY", "Uruguay", "Q77", "montevideo", ["Uruguayan"], ["Uruguay"]),
    C("UZ", "Uzbekistan", "Q265", "tashkent", ["Uzbek"], ["Uzbekistan"]),
    C("VU", "Vanuatu", "Q686", "port-vila", [], ["Vanuatu"]),
    C("VA", "Vatican City", "Q237", "vatican-city", [],
      ["Vatikan", "Kota Vatikan", "Takhta Suci", "Tahta Suci"], en=["Vatican"],
      aliases=["Holy See"]),
    C("VE", "Venezuela", "Q717", "caracas", ["Venezuelan"], ["Venezuela"]),
    C("VN", "Vietnam", "Q881", "hanoi", ["Vietnamese"], ["Vietnam"], en=["Viet Nam"]),
    C("YE", "Yemen", "Q805", "sanaa", ["Yemeni"], ["Yaman"]),
    C("ZM", "Zambia", "Q953", "lusaka", ["Zambian"], ["Zambia"]),
    C("ZW", "Zimbabwe", "Q954", "harare", ["Zimbabwean"], ["Zimbabwe"]),
    # not in ISO 3166-1 / pycountry: user-assigned codes XK / XKX in common use
    C("XK", "Kosovo", "Q1246", "pristina", ["Kosovar", "Kosovan"], ["Kosovo"], iso3="XKX"),
    # a former state: history in the news ("seized by Soviet troops in 1945"); its capital
    # is Russia's, so it takes no metonyms ("Moskow" is Russia)
    C("SU", "Soviet Union", "Q15180", "moscow", ["Soviet"], ["Uni Soviet"],
      en=["USSR", "Union of Soviet Socialist Republics"], aliases=["URSS"], iso3="SUN"),
]
HISTORIC_STATES = {"SU"}

# pycountry strings that must not become labels (ambiguous or wrong)
PYCOUNTRY_DROP = {"Congo"}
PYCOUNTRY_ID_BAD_WORDS = ("Repulik", "Kepemimpinan")


# ---------------------------------------------------------------------------
# places
# ---------------------------------------------------------------------------
# PL(slug, canonical name, iso2 or None, en=extra English spellings,
#    id=Indonesian spellings (default: canonical name), qid, type, amb)

def PL(slug, name, cc, en=(), id=None, qid=None, type="City", amb=()):
    return dict(slug=slug, name=name, cc=cc, en=list(en),
                id=list(id) if id is not None else [name], qid=qid, type=type, amb=list(amb))


def V(slug, name, city, en=(), id=None):
    """A venue (palace, hall, ministry building): a meeting held there is held in *city*."""
    return dict(slug=slug, name=name, cc=None, en=list(en), id=list(id) if id is not None else [name],
                qid=None, type="Venue", amb=[], city=city)


PLACES = [
    # --- capitals and seats of government --------------------------------
    PL("kabul", "Kabul", "AF", qid="Q5838"),
    PL("tirana", "Tirana", "AL", en=["Tiranë"]),
    PL("algiers", "Algiers", "DZ", id=["Aljir", "Algiers"]),
    PL("andorra-la-vella", "Andorra la Vella", "AD"),
    PL("luanda", "Luanda", "AO"),
    PL("st-johns", "St. John's", "AG", en=["Saint John's"]),
    PL("buenos-aires", "Buenos Aires", "AR", qid="Q1486"),
    PL("yerevan", "Yerevan", "AM"),
    PL("canberra", "Canberra", "AU", qid="Q3114"),
    PL("vienna", "Vienna", "AT", en=["Wien"], id=["Wina", "Vienna"], qid="Q1741"),
    PL("baku", "Baku", "AZ"),
    PL("nassau", "Nassau", "BS"),
    PL("manama", "Manama", "BH"),
    PL("dhaka", "Dhaka", "BD", en=["Dacca"]),
    PL("bridgetown", "Bridgetown", "BB"),
    PL("minsk", "Minsk", "BY", qid="Q2280"),
    PL("brussels", "Brussels", "BE", en=["Bruxelles"], id=["Brussel", "Brussels"], qid="Q239"),
    PL("belmopan", "Belmopan", "BZ"),
    PL("porto-novo", "Porto-Novo", "BJ"),
    PL("cotonou", "Cotonou", "BJ"),
    PL("thimphu", "Thimphu", "BT"),
    PL("sucre", "Sucre", "BO"),
    PL("la-paz", "La Paz", "BO"),
    PL("sarajevo", "Sarajevo", "BA"),
    PL("gaborone", "Gaborone", "BW"),
    PL("brasilia", "Brasília", "BR", en=["Brasilia"], id=["Brasilia", "Brasília"]),
    PL("bandar-seri-begawan", "Bandar Seri Begawan", "BN"),
    PL("sofia", "Sofia", "BG", amb=["Sofia"]),
    PL("ouagadougou", "Ouagadougou", "BF"),
    PL("gitega", "Gitega", "BI"),
    PL("praia", "Praia", "CV"),
    PL("phnom-penh", "Phnom Penh", "KH"),
    PL("yaounde", "Yaoundé", "CM", en=["Yaounde"], id=["Yaoundé", "Yaounde"]),
    PL("ottawa", "Ottawa", "CA", qid="Q1930"),
    PL("bangui", "Bangui", "CF"),
    PL("ndjamena", "N'Djamena", "TD", en=["Ndjamena"], id=["N'Djamena", "Ndjamena"]),
    PL("santiago", "Santiago", "CL", en=["Santiago de Chile"]),
    PL("beijing", "Beijing", "CN", en=["Peking"], id=["Beijing", "Peking"], qid="Q956"),
    PL("bogota", "Bogotá", "CO", en=["Bogota"], id=["Bogotá", "Bogota"]),
    PL("moroni", "Moroni", "KM"),
    PL("kinshasa", "Kinshasa", "CD"),
    PL("brazzaville", "Brazzaville", "CG"),
    PL("san-jose", "San José", "CR", en=["San Jose"], id=["San José", "San Jose"]),
    PL("yamoussoukro", "Yamoussoukro", "CI"),
    PL("abidjan", "Abidjan", "CI"),
    PL("zagreb", "Zagreb", "HR"),
    PL("havana", "Havana", "CU", en=["La Habana"]),
    PL("nicosia", "Nicosia", "CY", id=["Nikosia", "Nicosia"]),
    PL("prague", "Prague", "CZ", en=["Praha"], id=["Praha", "Prague"], qid="Q1085"),
    PL("copenhagen", "Copenhagen", "DK", id=["Kopenhagen", "Copenhagen"], qid="Q1748"),
    PL("djibouti-city", "Djibouti City", "DJ", id=["Kota Djibouti"]),
    PL("roseau", "Roseau", "DM"),
    PL("santo-domingo", "Santo Domingo", "DO"),
    PL("quito", "Quito", "EC"),
    PL("cairo", "Cairo", "EG", id=["Kairo", "Cairo"], qid="Q85"),
    PL("san-salvador", "San Salvador", "SV"),
    PL("malabo", "Malabo", "GQ"),
    PL("asmara", "Asmara", "ER", amb=["Asmara"]),
    PL("tallinn", "Tallinn", "EE", qid="Q1770"),
    PL("mbabane", "Mbabane", "SZ"),
    PL("addis-ababa", "Addis Ababa", "ET", id=["Addis Ababa", "Addis Abeba"]),
    PL("suva", "Suva", "FJ"),
    PL("helsinki", "Helsinki", "FI", qid="Q1757"),
    PL("paris", "Paris", "FR", qid="Q90"),
    PL("libreville", "Libreville", "GA"),
    PL("banjul", "Banjul", "GM"),
    PL("tbilisi", "Tbilisi", "GE", qid="Q994"),
    PL("berlin", "Berlin", "DE", qid="Q64"),
    PL("accra", "Accra", "GH"),
    PL("athens", "Athens", "GR", id=["Athena", "Athens"], qid="Q1524"),
    PL("st-georges", "St. George's", "GD", en=["Saint George's"]),
    PL("guatemala-city", "Guatemala City", "GT", id=["Kota Guatemala"]),
    PL("conakry", "Conakry", "GN"),
    PL("bissau", "Bissau", "GW"),
    PL("georgetown", "Georgetown", "GY"),
    PL("port-au-prince", "Port-au-Prince", "HT"),
    PL("tegucigalpa", "Tegucigalpa", "HN"),
    PL("budapest", "Budapest", "HU", qid="Q1781"),
    PL("reykjavik", "Reykjavík", "IS", en=["Reykjavik"], id=["Reykjavik", "Reykjavík"]),
    PL("new-delhi", "New Delhi", "IN", en=["Delhi"], id=["New Delhi", "Delhi"], qid="Q987"),
    PL("jakarta", "Jakarta", "ID", id=["Jakarta", "DKI Jakarta"], qid="Q3630"),
    PL("tehran", "Tehran", "IR", id=["Teheran", "Tehran"], qid="Q3616"),
    PL("baghdad", "Baghdad", "IQ", id=["Baghdad", "Bagdad"], qid="Q1530"),
    PL("dublin", "Dublin", "IE", qid="Q1761"),
    PL("jerusalem", "Jerusalem", "IL", id=["Yerusalem", "Jerusalem", "Al-Quds", "Al Quds"],
       qid="Q1218"),
    PL("rome", "Rome", "IT", id=["Roma"], qid="Q220"),
    PL("kingston", "Kingston", "JM"),
    PL("tokyo", "Tokyo", "JP", id=["Tokyo", "Tokio"], qid="Q1490"),
    PL("amman", "Amman", "JO"),
    PL("astana", "Astana", "KZ", en=["Nur-Sultan"], id=["Astana", "Nur-Sultan"]),
    PL("nairobi", "Nairobi", "KE"),
    PL("south-tarawa", "South Tarawa", "KI", en=["Tarawa"], id=["Tarawa Selatan", "Tarawa"]),
    PL("pyongyang", "Pyongyang", "KP", qid="Q18808"),
    PL("seoul", "Seoul", "KR", qid="Q8684"),
    PL("kuwait-city", "Kuwait City", "KW", id=["Kota Kuwait", "Kuwait City"]),
    PL("bishkek", "Bishkek", "KG"),
    PL("vientiane", "Vientiane", "LA"),
    PL("riga", "Riga", "LV", qid="Q1773"),
    PL("beirut", "Beirut", "LB", qid="Q3820"),
    PL("maseru", "Maseru", "LS"),
    PL("monrovia", "Monrovia", "LR"),
    PL("tripoli", "Tripoli", "LY"),
    PL("vaduz", "Vaduz", "LI"),
    PL("vilnius", "Vilnius", "LT", qid="Q216"),
    PL("luxembourg-city", "Luxembourg City", "LU", id=["Kota Luksemburg"]),
    PL("antananarivo", "Antananarivo", "MG"),
    PL("lilongwe", "Lilongwe", "MW"),
    PL("kuala-lumpur", "Kuala Lumpur", "MY", qid="Q1865"),
    PL("putrajaya", "Putrajaya", "MY"),
    PL("male", "Malé", "MV"),
    PL("bamako", "Bamako", "ML"),
    PL("valletta", "Valletta", "MT"),
    PL("majuro", "Majuro", "MH"),
    PL("nouakchott", "Nouakchott", "MR"),
    PL("port-louis", "Port Louis", "MU"),
    PL("mexico-city", "Mexico City", "MX", id=["Kota Meksiko", "Mexico City"], qid="Q1489"),
    PL("palikir", "Palikir", "FM"),
    PL("chisinau", "Chișinău", "MD", en=["Chisinau", "Kishinev"],
       id=["Chisinau", "Chișinău", "Kishinev"]),
    PL("monaco", "Monaco", "MC"),
    PL("ulaanbaatar", "Ulaanbaatar", "MN", en=["Ulan Bator"], id=["Ulaanbaatar", "Ulan Bator"]),
    PL("podgorica", "Podgorica", "ME"),
    PL("rabat", "Rabat", "MA"),
    PL("maputo", "Maputo", "MZ"),
    PL("naypyidaw", "Naypyidaw", "MM", en=["Naypyitaw", "Nay Pyi Taw"],
       id=["Naypyidaw", "Naypyitaw", "Nay Pyi Taw", "Nay Pyi Tiaw", "Naypyitaw"]),
    PL("windhoek", "Windhoek", "NA"),
    PL("yaren", "Yaren", "NR"),
    PL("kathmandu", "Kathmandu", "NP"),
    PL("amsterdam", "Amsterdam", "NL", qid="Q727"),
    PL("wellington", "Wellington", "NZ"),
    PL("managua", "Managua", "NI"),
    PL("niamey", "Niamey", "NE"),
    PL("abuja", "Abuja", "NG"),
    PL("skopje", "Skopje", "MK"),
    PL("oslo", "Oslo", "NO", qid="Q585"),
    PL("muscat", "Muscat", "OM", id=["Muscat", "Muskat"]),
    PL("islamabad", "Islamabad", "PK", qid="Q1362"),
    PL("ngerulmud", "Ngerulmud", "PW"),
    PL("east-jerusalem", "East Jerusalem", "PS", id=["Yerusalem Timur", "Al-Quds Timur"]),
    PL("ramallah", "Ramallah", "PS"),
    PL("panama-city", "Panama City", "PA", id=["Kota Panama", "Panama City"]),
    PL("port-moresby", "Port Moresby", "PG"),
    PL("asuncion", "Asunción", "PY", en=["Asuncion"], id=["Asunción", "Asuncion"]),
    PL("lima", "Lima", "PE", amb=["Lima"]),  # "lima" = five in Indonesian
    PL("manila", "Manila", "PH", qid="Q1461"),
    PL("warsaw", "Warsaw", "PL", en=["Warszawa"], id=["Warsawa", "Warsaw"], qid="Q270"),
    PL("lisbon", "Lisbon", "PT", en=["Lisboa"], id=["Lisboa", "Lisabon", "Lisbon"], qid="Q597"),
    PL("doha", "Doha", "QA"),
    PL("bucharest", "Bucharest", "RO", id=["Bukares", "Bukarest", "Bucharest"]),
    PL("moscow", "Moscow", "RU", id=["Moskow", "Moskwa", "Moskva", "Moscow"], qid="Q649"),
    PL("kigali", "Kigali", "RW"),
    PL("basseterre", "Basseterre", "KN"),
    PL("castries", "Castries", "LC"),
    PL("kingstown", "Kingstown", "VC"),
    PL("apia", "Apia", "WS"),
    PL("san-marino-city", "City of San Marino", "SM", id=["Kota San Marino"]),
    PL("sao-tome", "São Tomé", "ST", en=["Sao Tome"], id=["São Tomé", "Sao Tome"]),
    PL("riyadh", "Riyadh", "SA", id=["Riyadh", "Riyad"]),
    PL("dakar", "Dakar", "SN"),
    PL("belgrade", "Belgrade", "RS", id=["Beograd", "Belgrade"]),
    PL("victoria", "Victoria", "SC", amb=["Victoria"]),
    PL("freetown", "Freetown", "SL"),
    PL("singapore", "Singapore", "SG", id=["Singapura"]),
    PL("bratislava", "Bratislava", "SK"),
    PL("ljubljana", "Ljubljana", "SI"),
    PL("honiara", "Honiara", "SB"),
    PL("mogadishu", "Mogadishu", "SO", id=["Mogadishu", "Mogadisyu"]),
    PL("pretoria", "Pretoria", "ZA"),
    PL("juba", "Juba", "SS"),
    PL("madrid", "Madrid", "ES", qid="Q2807"),
    PL("sri-jayawardenepura-kotte", "Sri Jayawardenepura Kotte", "LK", en=["Kotte"],
       id=["Sri Jayawardenepura Kotte", "Kotte"]),
    PL("colombo", "Colombo", "LK"),
    PL("khartoum", "Khartoum", "SD", id=["Khartoum", "Khartum"]),
    PL("paramaribo", "Paramaribo", "SR"),
    PL("stockholm", "Stockholm", "SE", qid="Q1754"),
    PL("bern", "Bern", "CH", en=["Berne"], qid="Q70"),
    PL("damascus", "Damascus", "SY", id=["Damaskus", "Damascus"], qid="Q3766"),
    PL("taipei", "Taipei", "TW"),
    PL("dushanbe", "Dushanbe", "TJ"),
    PL("dodoma", "Dodoma", "TZ"),
    PL("bangkok", "Bangkok", "TH", qid="Q1861"),
    PL("dili", "Dili", "TL"),
    PL("lome", "Lomé", "TG", en=["Lome"], id=["Lomé", "Lome"]),
    PL("nukualofa", "Nuku'alofa", "TO", en=["Nukualofa"], id=["Nuku'alofa", "Nukualofa"]),
    PL("port-of-spain", "Port of Spain", "TT"),
    PL("tunis", "Tunis", "TN"),
    PL("ankara", "Ankara", "TR", qid="Q3640"),
    PL("ashgabat", "Ashgabat", "TM", en=["Ashkhabad"]),
    PL("funafuti", "Funafuti", "TV"),
    PL("kampala", "Kampala", "UG"),
    PL("kyiv", "Kyiv", "UA", en=["Kiev"], id=["Kyiv", "Kiev", "Kiyv"], qid="Q1899"),
    PL("abu-dhabi", "Abu Dhabi", "AE"),
    PL("london", "London", "GB", qid="Q84"),
    PL("washington-dc", "Washington, D.C.", "US",
       en=["Washington DC", "Washington D.C.", "Washington"],
       id=["Washington", "Washington DC", "Washington D.C.", "Washington, D.C."], qid="Q61"),
    PL("montevideo", "Montevideo", "UY"),
    PL("tashkent", "Tashkent", "UZ", en=["Toshkent"]),
    PL("port-vila", "Port Vila", "VU"),
    PL("vatican-city", "Vatican City", "VA", id=["Kota Vatikan"]),
    PL("caracas", "Caracas", "VE"),
    PL("hanoi", "Hanoi", "VN", qid="Q1858"),
    PL("sanaa", "Sanaa", "YE", en=["Sana'a", "Sana’a"], id=["Sanaa", "Sana'a"]),
    PL("lusaka", "Lusaka", "ZM"),
    PL("harare", "Harare", "ZW"),
    PL("pristina", "Pristina", "XK", en=["Priština", "Prishtina"],
       id=["Pristina", "Priština", "Prishtina"]),

    # --- Ukraine ----------------------------------------------------------
    PL("kharkiv", "Kharkiv", "UA", en=["Kharkov"], id=["Kharkiv", "Kharkov"]),
    PL("odesa", "Odesa", "UA", en=["Odessa"], id=["Odesa", "Odessa"], qid="Q1874"),
    PL("mariupol", "Mariupol", "UA"),
    PL("kherson", "Kherson", "UA"),
    PL("zaporizhzhia", "Zaporizhzhia", "UA", en=["Zaporizhia", "Zaporozhye", "Zaporizhzhya"],
       id=["Zaporizhzhia", "Zaporizhia", "Zaporozhye"]),
    PL("bakhmut", "Bakhmut", "UA", en=["Artemovsk", "Artemivsk"]),
    PL("lviv", "Lviv", "UA", en=["Lvov"], id=["Lviv", "Lvov"]),
    PL("donetsk", "Donetsk", "UA"),
    PL("luhansk", "Luhansk", "UA", en=["Lugansk"], id=["Luhansk", "Lugansk"]),
    PL("dnipro", "Dnipro", "UA", en=["Dnipropetrovsk"], id=["Dnipro", "Dnipropetrovsk"]),
    PL("avdiivka", "Avdiivka", "UA", en=["Avdeyevka"], id=["Avdiivka", "Avdeyevka"]),
    PL("pokrovsk", "Pokrovsk", "UA"),
    PL("kupiansk", "Kupiansk", "UA", en=["Kupyansk"], id=["Kupiansk", "Kupyansk"]),
    PL("sumy", "Sumy", "UA"),
    PL("chernihiv", "Chernihiv", "UA"),
    PL("mykolaiv", "Mykolaiv", "UA", en=["Nikolaev"], id=["Mykolaiv", "Nikolaev"]),
    PL("kramatorsk", "Kramatorsk", "UA"),
    PL("sloviansk", "Sloviansk", "UA", en=["Slavyansk"], id=["Sloviansk", "Slavyansk"]),
    PL("bucha", "Bucha", "UA"),
    PL("irpin", "Irpin", "UA"),
    PL("sevastopol", "Sevastopol", "UA"),
    PL("crimea", "Crimea", "UA", en=["Crimean Peninsula"],
       id=["Krimea", "Krim", "Semenanjung Krimea"], type="Region", qid="Q7835"),
    PL("donbas", "Donbas", "UA", en=["Donbass"], id=["Donbas", "Donbass"], type="Region"),

    # --- Russia -----------------------------------------------------------
    PL("saint-petersburg", "Saint Petersburg", "RU",
       en=["St. Petersburg", "St Petersburg"],
       id=["Sankt Peterburg", "St. Petersburg", "Saint Petersburg", "St Petersburg"], qid="Q656"),
    PL("sochi", "Sochi", "RU"),
    PL("kazan", "Kazan", "RU"),
    PL("vladivostok", "Vladivostok", "RU"),
    PL("kaliningrad", "Kaliningrad", "RU"),
    PL("murmansk", "Murmansk", "RU"),
    PL("novorossiysk", "Novorossiysk", "RU"),
    PL("rostov-on-don", "Rostov-on-Don", "RU", id=["Rostov-on-Don", "Rostov"]),
    PL("belgorod", "Belgorod", "RU"),
    PL("bryansk", "Bryansk", "RU"),
    PL("kursk", "Kursk", "RU"),
    PL("kursk-oblast", "Kursk Oblast", "RU", en=["Kursk region"],
       id=["Oblast Kursk", "wilayah Kursk", "Wilayah Kursk"], type="Region"),
    PL("yekaterinburg", "Yekaterinburg", "RU", en=["Ekaterinburg"]),
    PL("novosibirsk", "Novosibirsk", "RU"),

    # --- Middle East ------------------------------------------------------
    PL("jeddah", "Jeddah", "SA", en=["Jedda", "Jiddah"], id=["Jeddah", "Jedah", "Jiddah"]),
    PL("mecca", "Mecca", "SA", en=["Makkah"], id=["Mekkah", "Makkah", "Mekah"]),
    PL("medina", "Medina", "SA", id=["Madinah"]),
    PL("dubai", "Dubai", "AE", qid="Q612"),
    PL("gaza-strip", "Gaza Strip", "PS", en=["Gaza"], id=["Jalur Gaza", "Gaza"], type="Region",
       qid="Q39760"),
    PL("gaza-city", "Gaza City", "PS", id=["Kota Gaza"]),
    PL("rafah", "Rafah", "PS"),
    PL("khan-younis", "Khan Younis", "PS", en=["Khan Yunis"], id=["Khan Younis", "Khan Yunis"]),
    PL("west-bank", "West Bank", "PS", id=["Tepi Barat"], type="Region"),
    PL("golan-heights", "Golan Heights", "SY", en=["Golan"], id=["Dataran Tinggi Golan", "Golan"],
       type="Region"),
    PL("tel-aviv", "Tel Aviv", "IL", en=["Tel Aviv-Yafo"], qid="Q33935"),
    PL("haifa", "Haifa", "IL"),
    PL("eilat", "Eilat", "IL"),
    PL("istanbul", "Istanbul", "TR", en=["İstanbul"], qid="Q406"),
    PL("antalya", "Antalya", "TR"),
    PL("aleppo", "Aleppo", "SY", id=["Aleppo", "Halab"]),
    PL("idlib", "Idlib", "SY"),
    PL("homs", "Homs", "SY"),
    PL("latakia", "Latakia", "SY", en=["Lattakia"], id=["Latakia", "Lattakia"]),
    PL("erbil", "Erbil", "IQ", en=["Irbil", "Arbil"], id=["Erbil", "Irbil"]),
    PL("basra", "Basra", "IQ", en=["Basrah"], id=["Basra", "Basrah"]),
    PL("mosul", "Mosul", "IQ"),
    PL("isfahan", "Isfahan", "IR", en=["Esfahan"], id=["Isfahan", "Esfahan"]),
    PL("mashhad", "Mashhad", "IR"),
    PL("natanz", "Natanz", "IR"),
    PL("fordow", "Fordow", "IR", en=["Fordo"], id=["Fordow", "Fordo"]),
    PL("bandar-abbas", "Bandar Abbas", "IR"),
    PL("tabriz", "Tabriz", "IR"),
    PL("shiraz", "Shiraz", "IR"),
    PL("qom", "Qom", "IR"),
    PL("aden", "Aden", "YE"),
    PL("hodeidah", "Hodeidah", "YE", en=["Hudaydah"], id=["Hodeidah", "Hudaydah"]),
    PL("sharm-el-sheikh", "Sharm el-Sheikh", "EG", en=["Sharm El Sheikh", "Sharm El-Sheikh"],
       id=["Sharm el-Sheikh", "Sharm El Sheikh"]),
    PL("alexandria", "Alexandria", "EG", id=["Aleksandria", "Alexandria"]),
    PL("strait-of-hormuz", "Strait of Hormuz", None, id=["Selat Hormuz"], type="Region"),
    PL("persian-gulf", "Persian Gulf", None, id=["Teluk Persia"], type="Region"),
    PL("red-sea", "Red Sea", None, id=["Laut Merah"], type="Region"),

    # --- Europe -----------------------------------------------------------
    PL("geneva", "Geneva", "CH", en=["Genève"], id=["Jenewa", "Geneva"], qid="Q71"),
    PL("munich", "Munich", "DE", en=["München"], id=["Munich", "München", "Muenchen"], qid="Q1726"),
    PL("davos", "Davos", "CH"),
    PL("burgenstock", "Bürgenstock", "CH", en=["Burgenstock"], id=["Bürgenstock", "Burgenstock"]),
    PL("the-hague", "The Hague", "NL", en=["Den Haag"], id=["Den Haag"], qid="Q36600"),
    PL("strasbourg", "Strasbourg", "FR"),
    PL("frankfurt", "Frankfurt", "DE"),
    PL("ramstein", "Ramstein", "DE", en=["Ramstein Air Base"],
       id=["Ramstein", "Pangkalan Udara Ramstein"]),
    PL("rzeszow", "Rzeszów", "PL", en=["Rzeszow"], id=["Rzeszów", "Rzeszow"]),
    PL("black-sea", "Black Sea", None, id=["Laut Hitam"], type="Region"),
    # world regions named by an adjective that contains a demonym: "Latin American" is not "American"
    PL("latin-america", "Latin America", None, en=["Latin American", "Latin America's", "Latin America and the Caribbean"],
       id=["Amerika Latin", "Amerika Latin dan Karibia"], type="Region"),
    PL("baltic-sea", "Baltic Sea", None, id=["Laut Baltik"], type="Region"),
    PL("transnistria", "Transnistria", "MD", type="Region"),
    PL("abkhazia", "Abkhazia", "GE", type="Region"),
    PL("south-ossetia", "South Ossetia", "GE", id=["Ossetia Selatan"], type="Region"),
    PL("nagorno-karabakh", "Nagorno-Karabakh", "AZ", en=["Karabakh"],
       id=["Nagorno-Karabakh", "Karabakh"], type="Region"),

    # --- Asia / Pacific ---------------------------------------------------
    PL("shanghai", "Shanghai", "CN", qid="Q8686"),
    PL("hong-kong", "Hong Kong", "CN", id=["Hong Kong", "Hongkong"], qid="Q8646"),
    PL("shenzhen", "Shenzhen", "CN"),
    PL("guangzhou", "Guangzhou", "CN"),
    PL("wuhan", "Wuhan", "CN"),
    PL("tianjin", "Tianjin", "CN"),
    PL("xinjiang", "Xinjiang", "CN", type="Region"),
    PL("tibet", "Tibet", "CN", id=["Tibet"], type="Region"),
    PL("osaka", "Osaka", "JP"),
    PL("hiroshima", "Hiroshima", "JP"),
    PL("okinawa", "Okinawa", "JP", type="Region"),
    PL("busan", "Busan", "KR"),
    PL("kaohsiung", "Kaohsiung", "TW"),
    PL("bali", "Bali", "ID", type="Region"),
    PL("denpasar", "Denpasar", "ID"),
    PL("surabaya", "Surabaya", "ID"),
    PL("bandung", "Bandung", "ID"),
    PL("medan", "Medan", "ID", amb=["Medan"]),  # "medan" = field/terrain
    PL("makassar", "Makassar", "ID"),
    PL("yogyakarta", "Yogyakarta", "ID", id=["Yogyakarta", "Jogja", "Yogya"]),
    PL("semarang", "Semarang", "ID"),
    PL("batam", "Batam", "ID"),
    PL("nusantara", "Nusantara", "ID", id=["Ibu Kota Nusantara", "IKN", "Nusantara"],
       amb=["Nusantara"]),  # also "the archipelago"/Indonesia in general
    PL("mumbai", "Mumbai", "IN", en=["Bombay"], qid="Q1156"),
    PL("kashmir", "Kashmir", None, type="Region"),
    PL("karachi", "Karachi", "PK"),
    PL("lahore", "Lahore", "PK"),
    PL("rawalpindi", "Rawalpindi", "PK"),
    PL("kandahar", "Kandahar", "AF"),
    PL("ho-chi-minh-city", "Ho Chi Minh City", "VN", en=["Saigon"],
       id=["Kota Ho Chi Minh", "Ho Chi Minh City", "Saigon"]),
    PL("da-nang", "Da Nang", "VN", en=["Danang"], id=["Da Nang", "Danang"]),
    PL("sydney", "Sydney", "AU"),
    PL("melbourne", "Melbourne", "AU"),
    PL("south-china-sea", "South China Sea", None,
       id=["Laut China Selatan", "Laut Cina Selatan", "Laut Tiongkok Selatan", "LCS"],
       type="Region"),
    PL("north-natuna-sea", "North Natuna Sea", None, id=["Laut Natuna Utara"], type="Region"),
    PL("taiwan-strait", "Taiwan Strait", None, id=["Selat Taiwan"], type="Region"),

    # --- Americas ---------------------------------------------------------
    PL("new-york-city", "New York City", "US", en=["New York", "NYC"], id=["New York"],
       qid="Q60"),
    PL("camp-david", "Camp David", "US"),
    PL("anchorage", "Anchorage", "US"),
    PL("san-francisco", "San Francisco", "US", qid="Q62"),
    PL("los-angeles", "Los Angeles", "US"),
    PL("palm-beach", "Palm Beach", "US"),
    PL("honolulu", "Honolulu", "US"),
    PL("rio-de-janeiro", "Rio de Janeiro", "BR"),
    PL("sao-paulo", "São Paulo", "BR", en=["Sao Paulo"], id=["São Paulo", "Sao Paulo"]),

    # --- Africa -----------------------------------------------------------
    PL("lagos", "Lagos", "NG"),
    PL("johannesburg", "Johannesburg", "ZA"),
    PL("cape-town", "Cape Town", "ZA"),
    PL("benghazi", "Benghazi", "LY"),
    PL("port-sudan", "Port Sudan", "SD"),
    PL("el-fasher", "El Fasher", "SD", en=["al-Fashir", "El-Fasher"], id=["El Fasher", "El-Fasher"]),
    PL("darfur", "Darfur", "SD", type="Region"),
    PL("goma", "Goma", "CD"),
    PL("casablanca", "Casablanca", "MA"),
    PL("dar-es-salaam", "Dar es Salaam", "TZ"),

    # --- cities where leaders meet, missing above ----------------------------
    PL("bogor", "Bogor", "ID"),
    PL("labuan-bajo", "Labuan Bajo", "ID"),
    PL("hamburg", "Hamburg", "DE"),
    PL("aqaba", "Aqaba", "JO", id=["Aqaba", "Akaba"]),
    PL("nagato", "Nagato", "JP"),
    PL("kyoto", "Kyoto", "JP"),
    PL("yokohama", "Yokohama", "JP"),
    PL("panmunjom", "Panmunjom", None, en=["Panmunjeom"], id=["Panmunjom"]),
    PL("jeju", "Jeju", "KR", en=["Jeju Island"], id=["Jeju", "Pulau Jeju"]),
    PL("samarkand", "Samarkand", "UZ", id=["Samarkand", "Samarkan"]),
    PL("yangon", "Yangon", "MM", en=["Rangoon"], id=["Yangon"]),
    PL("hangzhou", "Hangzhou", "CN"),
    PL("chengdu", "Chengdu", "CN"),
    PL("xian", "Xi'an", "CN", en=["Xian"], id=["Xi'an", "Xian"]),
    PL("kolkata", "Kolkata", "IN", en=["Calcutta"]),
    PL("yalta", "Yalta", "UA"),
    PL("izmir", "Izmir", "TR", en=["İzmir"]),
    PL("brisbane", "Brisbane", "AU"),
    PL("auckland", "Auckland", "NZ"),
    PL("milan", "Milan", "IT", id=["Milan", "Milano"]),
    PL("barcelona", "Barcelona", "ES"),
    PL("toronto", "Toronto", "CA"),

    # --- venues: palaces, ministries' buildings, halls where leaders meet. A venue is no
    # place of its own in the gold schema: a meeting there is a meeting in its city.
    V("istana-merdeka", "Merdeka Palace", "jakarta", en=["Merdeka Palace", "Istana Merdeka"],
      id=["Istana Merdeka", "Istana Kepresidenan Jakarta", "Istana Presiden Jakarta"]),
    V("istana-negara", "State Palace (Jakarta)", "jakarta", en=["State Palace"], id=["Istana Negara"]),
    V("gedung-pancasila", "Gedung Pancasila", "jakarta", id=["Gedung Pancasila"]),
    V("istana-bogor", "Bogor Palace", "bogor", en=["Bogor Palace", "Bogor Presidential Palace"],
      id=["Istana Bogor", "Istana Kepresidenan Bogor", "Istana Presiden Bogor"]),
    V("gedung-agung", "Gedung Agung", "yogyakarta",
      id=["Gedung Agung", "Istana Kepresidenan Yogyakarta"]),
    V("great-hall-of-the-people", "Great Hall of the People", "beijing",
      id=["Balai Agung Rakyat", "Aula Besar Rakyat", "Gedung Aula Besar Rakyat", "Great Hall of the People"]),
    V("zhongnanhai", "Zhongnanhai", "beijing"),
    V("diaoyutai", "Diaoyutai State Guesthouse", "beijing", en=["Diaoyutai"],
      id=["Wisma Negara Diaoyutai", "Diaoyutai"]),
    V("blair-house", "Blair House", "washington-dc"),
    V("oval-office", "Oval Office", "washington-dc", id=["Ruang Oval", "Oval Office"]),
    V("admiralty-house", "Admiralty House", "sydney"),
    V("kirribilli-house", "Kirribilli House", "sydney"),
    V("akasaka-palace", "Akasaka Palace", "tokyo", id=["Istana Akasaka"]),
    V("elysee-palace", "Élysée Palace", "paris", en=["Elysee Palace"],
      id=["Istana Elysee", "Istana Élysée"]),
    V("downing-street", "10 Downing Street", "london", en=["Downing Street"]),
    V("blue-house", "Cheong Wa Dae", "seoul", en=["Blue House", "Cheongwadae"],
      id=["Gedung Biru", "Cheong Wa Dae"]),
    V("yongsan-office", "Yongsan presidential office", "seoul",
      en=["presidential office in Yongsan"], id=["kantor kepresidenan Yongsan"]),
    V("malacanang", "Malacañang Palace", "manila", en=["Malacanang Palace", "Malacañang", "Malacanang"],
      id=["Istana Malacanang", "Istana Malacañang"]),
    V("rashtrapati-bhavan", "Rashtrapati Bhavan", "new-delhi"),
    V("hyderabad-house", "Hyderabad House", "new-delhi"),
    V("bellevue-palace", "Bellevue Palace", "berlin", en=["Schloss Bellevue"], id=["Istana Bellevue"]),
    V("perdana-putra", "Perdana Putra", "putrajaya", en=["Seri Perdana"]),
    V("istana-nurul-iman", "Istana Nurul Iman", "bandar-seri-begawan"),
    V("dolmabahce-palace", "Dolmabahçe Palace", "istanbul", en=["Dolmabahce Palace"],
      id=["Istana Dolmabahce", "Istana Dolmabahçe"]),
    V("bestepe", "Beştepe Presidential Complex", "ankara",
      en=["Bestepe Presidential Complex", "Presidential Complex in Ankara"]),
    V("mariinsky-palace", "Mariinskyi Palace", "kyiv", en=["Mariinsky Palace"], id=["Istana Mariinsky"]),
    V("al-yamamah-palace", "Al-Yamamah Palace", "riyadh", en=["Al Yamamah Palace"],
      id=["Istana Al-Yamamah", "Istana Al Yamamah"]),
    V("erga-palace", "Erga Palace", "riyadh", id=["Istana Erga"]),
    V("jakarta-convention-center", "Jakarta Convention Center", "jakarta"),
]


# ---------------------------------------------------------------------------
# organizations, news outlets, blocs
# ---------------------------------------------------------------------------
# O(slug, name, type, kind, en=extra English labels, id=Indonesian labels,
#   aliases, cc=country iso2, qid, amb, metonyms)

def O(slug, name, type, kind, en=(), id=(), aliases=(), cc=None, qid=None, amb=(),
      metonyms=(), seat=None):
    # seat: the city a government seat stands in ("di Gedung Putih" is a meeting in Washington)
    return dict(slug=slug, name=name, type=type, kind=kind, en=list(en), id=list(id),
                aliases=list(aliases), cc=cc, qid=qid, amb=list(amb), metonyms=list(metonyms), seat=seat)


ORG = "Organization"
NEWS = "NewsOutlet"
BLOC = "Bloc"

ORGANIZATIONS = [
    # --- international / intergovernmental --------------------------------
    O("united-nations", "United Nations", ORG, "international",
      id=["Perserikatan Bangsa-Bangsa", "PBB", "Perserikatan Bangsa Bangsa"],
      aliases=["UN", "U.N."], qid="Q1065"),
    O("un-security-council", "United Nations Security Council", ORG, "international",
      en=["UN Security Council", "U.N. Security Council"],
      id=["Dewan Keamanan PBB", "DK PBB", "Dewan Keamanan Perserikatan Bangsa-Bangsa"],
      aliases=["UNSC"], qid="Q37470"),
    O("un-general-assembly", "United Nations General Assembly", ORG, "international",
      en=["UN General Assembly", "U.N. General Assembly"],
      id=["Majelis Umum PBB", "Sidang Majelis Umum PBB"], aliases=["UNGA"]),
    O("unrwa", "UNRWA", ORG, "international",
      en=["United Nations Relief and Works Agency for Palestine Refugees"],
      id=["UNRWA", "Badan PBB untuk Pengungsi Palestina"]),
    O("iaea", "International Atomic Energy Agency", ORG, "international",
      id=["Badan Energi Atom Internasional", "Badan Tenaga Atom Internasional"],
      aliases=["IAEA"]),
    O("who", "World Health Organization", ORG, "international",
      en=["World Health Organisation"], id=["Organisasi Kesehatan Dunia"], aliases=["WHO"],
      qid="Q7817"),
    O("imf", "International Monetary Fund", ORG, "international",
      id=["Dana Moneter Internasional"], aliases=["IMF"], qid="Q7804"),
    O("world-bank", "World Bank", ORG, "international", id=["Bank Dunia"], qid="Q7164"),
    O("icc", "International Criminal Court", ORG, "international",
      id=["Mahkamah Pidana Internasional"], aliases=["ICC"], qid="Q47488"),
    O("icj", "International Court of Justice", ORG, "international",
      id=["Mahkamah Internasional"], aliases=["ICJ"]),
    O("nato", "NATO", ORG, "international",
      en=["North Atlantic Treaty Organization", "North Atlantic Treaty Organisation",
          "North Atlantic Alliance", "Nato"],
      id=["NATO", "Pakta Pertahanan Atlantik Utara", "Pakta Atlantik Utara",
          "Organisasi Pakta Atlantik Utara"],
      qid="Q7184"),
    O("asean", "ASEAN", ORG, "international", en=["Association of Southeast Asian Nations"],
      id=["ASEAN", "Perhimpunan Bangsa-Bangsa Asia Tenggara"], qid="Q7768"),
    O("european-union", "European Union", ORG, "international", id=["Uni Eropa", "UE"],
      aliases=["EU", "E.U."], qid="Q458", metonyms=["Brussels", "Brussel"]),
    O("european-commission", "European Commission", ORG, "international", id=["Komisi Eropa"]),
    O("european-council", "European Council", ORG, "international", id=["Dewan Eropa"]),
    O("european-parliament", "European Parliament", ORG, "international",
      id=["Parlemen Eropa"]),
    O("g7", "G7", ORG, "international", en=["G-7", "Group of Seven"],
      id=["G7", "Kelompok Tujuh"]),
    O("g20", "G20", ORG, "international", en=["G-20", "Group of Twenty"],
      id=["G20", "Kelompok 20"], qid="Q19771"),
    O("brics", "BRICS", ORG, "international", id=["BRICS"]),
    O("sco", "Shanghai Cooperation Organisation", ORG, "international",
      en=["Shanghai Cooperation Organization"],
      id=["Organisasi Kerja Sama Shanghai", "Organisasi Kerjasama Shanghai"], aliases=["SCO"]),
    O("opec", "OPEC", ORG, "international",
      en=["Organization of the Petroleum Exporting Countries"],
      id=["OPEC", "Organisasi Negara-Negara Pengekspor Minyak"], qid="Q7795"),
    O("african-union", "African Union", ORG, "international", id=["Uni Afrika"], qid="Q7159"),
    O("arab-league", "Arab League", ORG, "international", en=["League of Arab States"],
      id=["Liga Arab"], qid="Q7172"),
    O("oic", "Organisation of Islamic Cooperation", ORG, "international",
      en=["Organization of Islamic Cooperation"],
      id=["Organisasi Kerja Sama Islam", "OKI"], aliases=["OIC"]),
    O("gcc", "Gulf Cooperation Council", ORG, "international",
      id=["Dewan Kerja Sama Teluk"], aliases=["GCC"]),
    O("osce", "Organization for Security and Co-operation in Europe", ORG, "international",
      en=["Organisation for Security and Co-operation in Europe"],
      id=["Organisasi untuk Keamanan dan Kerja Sama di Eropa"], aliases=["OSCE"]),
    O("csto", "Collective Security Treaty Organization", ORG, "international",
      id=["Organisasi Perjanjian Keamanan Kolektif"], aliases=["CSTO"]),
    O("apec", "APEC", ORG, "international", en=["Asia-Pacific Economic Cooperation"],
      id=["APEC", "Kerja Sama Ekonomi Asia-Pasifik"]),
    O("quad", "Quad", ORG, "international", en=["Quadrilateral Security Dialogue"],
      id=["Quad", "Dialog Keamanan Segi Empat"], amb=["Quad"]),
    O("aukus", "AUKUS", ORG, "international", id=["AUKUS"]),

    # --- state bodies that stand for a state --------------------------------
    O("kremlin", "Kremlin", ORG, "government", id=["Kremlin"], cc="RU", seat="moscow"),
    O("security-council-of-russia", "Security Council of Russia", ORG, "government",
      en=["Russian Security Council", "Security Council of the Russian Federation"],
      id=["Dewan Keamanan Rusia"], cc="RU"),
    O("fsb", "Federal Security Service", ORG, "intelligence",
      en=["Russian Federal Security Service"], id=["Dinas Keamanan Federal Rusia"],
      aliases=["FSB"], cc="RU"),
    O("svr", "SVR", ORG, "intelligence", en=["Russian Foreign Intelligence Service"],
      id=["Dinas Intelijen Luar Negeri Rusia", "SVR"], cc="RU"),
    O("gru", "GRU", ORG, "intelligence", en=["Russian military intelligence"],
      id=["GRU", "intelijen militer Rusia"], cc="RU"),
    O("white-house", "White House", ORG, "government", id=["Gedung Putih"], cc="US", seat="washington-dc"),
    O("pentagon", "Pentagon", ORG, "government",
      en=["Department of Defense", "US Department of Defense", "U.S. Department of Defense",
          "Department of War"],
      id=["Pentagon", "Departemen Pertahanan AS", "Kementerian Pertahanan AS"], cc="US", seat="washington-dc"),
    O("state-department", "State Department", ORG, "government",
      en=["US State Department", "U.S. State Department", "Department of State"],
      id=["Departemen Luar Negeri AS", "Departemen Luar Negeri Amerika Serikat", "Deplu AS",
          "Kementerian Luar Negeri AS", "Kemlu AS"], cc="US"),
    # announces US arms sales abroad ("DSCA notified Congress of a possible sale")
    O("dsca", "Defense Security Cooperation Agency", ORG, "military",
      en=["Defense Security Cooperation Agency", "DSCA", "US Defense Security Cooperation Agency"],
      id=["Badan Kerja Sama Keamanan Pertahanan", "Badan Kerja Sama Pertahanan dan Keamanan", "DSCA"], cc="US"),
    O("cia", "CIA", ORG, "intelligence", en=["Central Intelligence Agency"],
      id=["CIA", "Badan Intelijen Pusat AS"], cc="US"),
    O("downing-street", "Downing Street", ORG, "government",
      en=["Number 10", "No 10", "No. 10", "10 Downing Street"], id=["Downing Street"], cc="GB", seat="london"),
    O("mi6", "MI6", ORG, "intelligence", en=["Secret Intelligence Service"], id=["MI6"], cc="GB"),
    O("elysee", "Élysée", ORG, "government", en=["Elysee", "Élysée Palace", "Elysee Palace"],
      id=["Istana Elysee", "Istana Élysée", "Élysée", "Elysee"], cc="FR", seat="paris"),
    O("zhongnanhai", "Zhongnanhai", ORG, "government", id=["Zhongnanhai"], cc="CN", seat="beijing"),
    O("pla", "People's Liberation Army", ORG, "military",
      id=["Tentara Pembebasan Rakyat", "Tentara Pembebasan Rakyat China"], aliases=["PLA"],
      cc="CN"),
    O("irgc", "Islamic Revolutionary Guard Corps", ORG, "military",
      en=["Iranian Revolutionary Guard Corps", "Revolutionary Guards", "Revolutionary Guard",
          "Revolutionary Guard Corps"],
      id=["Garda Revolusi", "Garda Revolusi Iran", "Garda Revolusi Islam",
          "Korps Garda Revolusi Islam", "Korps Garda Revolusi Islam Iran"],
      aliases=["IRGC"], cc="IR"),
    O("quds-force", "Quds Force", ORG, "military", id=["Pasukan Quds"], cc="IR"),
    O("supreme-national-security-council", "Supreme National Security Council", ORG,
      "government", en=["Iran's Supreme National Security Council"],
      id=["Dewan Keamanan Nasional Tertinggi Iran", "Dewan Keamanan Nasional Tertinggi"],
      aliases=["SNSC"], cc="IR"),
    O("aeoi", "Atomic Energy Organization of Iran", ORG, "government",
      id=["Organisasi Energi Atom Iran"], aliases=["AEOI"], cc="IR"),
    O("idf", "Israel Defense Forces", ORG, "military",
      en=["Israeli Defense Forces", "Israel Defence Forces", "Israeli military"],
      id=["Pasukan Pertahanan Israel", "militer Israel", "Militer Israel"], aliases=["IDF"],
      cc="IL"),
    O("mossad", "Mossad", ORG, "intelligence", id=["Mossad"], cc="IL"),
    O("shin-bet", "Shin Bet", ORG, "intelligence", en=["Shabak", "Israel Security Agency"],
      id=["Shin Bet"], cc="IL"),
    O("nsdc-ukraine", "National Security and Defense Council of Ukraine", ORG, "government",
      en=["National Security and Defence Council of Ukraine"],
      id=["Dewan Keamanan dan Pertahanan Nasional Ukraina"], aliases=["NSDC"], cc="UA"),
    O("sbu", "Security Service of Ukraine", ORG, "intelligence",
      id=["Dinas Keamanan Ukraina"], aliases=["SBU"], cc="UA"),
    O("hur", "Main Intelligence Directorate of Ukraine", ORG, "intelligence",
      en=["Defence Intelligence of Ukraine", "Ukraine's Main Intelligence Directorate",
          "Ukrainian military intelligence"],
      id=["Direktorat Intelijen Utama Ukraina", "Badan Intelijen Militer Ukraina",
          "intelijen militer Ukraina"],
      aliases=["HUR", "GUR"], cc="UA"),
    O("bin", "Badan Intelijen Negara", ORG, "intelligence",
      en=["Indonesian State Intelligence Agency"], id=["Badan Intelijen Negara"],
      aliases=["BIN"], cc="ID"),
    O("tni", "Indonesian National Armed Forces", ORG, "military",
      id=["Tentara Nasional Indonesia"], aliases=["TNI"], cc="ID"),
    O("kemlu", "Ministry of Foreign Affairs of Indonesia", ORG, "government",
      en=["Indonesian Foreign Ministry", "Indonesia's Foreign Ministry"],
      id=["Kementerian Luar Negeri RI", "Kementerian Luar Negeri Indonesia", "Kemlu RI",
          "Kemlu", "Kemenlu"], cc="ID", seat="jakarta"),
    O("kemhan", "Ministry of Defence of Indonesia", ORG, "government",
      en=["Indonesian Defence Ministry", "Indonesian Defense Ministry"],
      id=["Kementerian Pertahanan RI", "Kementerian Pertahanan Indonesia", "Kemhan RI",
          "Kemhan", "Kemenhan", "Kemenhan RI"], cc="ID", seat="jakarta"),
    O("presidential-secretariat", "Presidential Secretariat", ORG, "government",
      en=["Indonesian Presidential Secretariat"],
      id=["Sekretariat Presiden", "Setpres", "Biro Pers Sekretariat Presiden",
          "Biro Pers, Media, dan Informasi Sekretariat Presiden"], cc="ID"),
    O("mea-india", "Ministry of External Affairs", ORG, "government",
      en=["External Affairs Ministry", "Indian Ministry of External Affairs", "MEA"],
      id=["Kementerian Luar Negeri India", "Kemlu India"], cc="IN"),
    O("mfa-iran", "Ministry of Foreign Affairs of Iran", ORG, "government",
      en=["Iranian Foreign Ministry", "Iran's Foreign Ministry", "Iranian Ministry of Foreign Affairs"],
      id=["Kementerian Luar Negeri Iran", "Kemlu Iran", "Kemenlu Iran"], cc="IR"),
    O("us-treasury", "United States Department of the Treasury", ORG, "government",
      en=["Treasury Department", "US Treasury", "U.S. Treasury", "US Treasury Department",
          "U.S. Treasury Department", "Department of the Treasury"],
      id=["Departemen Keuangan AS", "Kementerian Keuangan AS", "Departemen Keuangan Amerika Serikat"], cc="US"),
    O("palestinian-authority", "Palestinian Authority", ORG, "government",
      en=["Palestinian National Authority"],
      id=["Otoritas Palestina", "Otoritas Nasional Palestina"], cc="PS"),
    O("plo", "Palestine Liberation Organization", ORG, "political",
      en=["Palestine Liberation Organisation"], id=["Organisasi Pembebasan Palestina"],
      aliases=["PLO"], cc="PS"),

    # --- armed groups / non-state actors -------------------------------------
    O("hamas", "Hamas", ORG, "armed_group", id=["Hamas"], cc="PS"),
    O("qassam-brigades", "Izz ad-Din al-Qassam Brigades", ORG, "armed_group",
      en=["al-Qassam Brigades", "Al-Qassam Brigades", "Qassam Brigades"],
      id=["Brigade Al-Qassam", "Brigade al-Qassam", "Brigade Izzuddin al-Qassam",
          "Brigade Izzuddin Al-Qassam"], cc="PS"),
    O("islamic-jihad", "Palestinian Islamic Jihad", ORG, "armed_group",
      en=["Islamic Jihad"], id=["Jihad Islam Palestina", "Jihad Islam"], aliases=["PIJ"],
      cc="PS"),
    O("hezbollah", "Hezbollah", ORG, "armed_group", en=["Hizbollah", "Hizballah"],
      id=["Hizbullah", "Hizbulah", "Hezbollah"], cc="LB"),
    O("houthis", "Houthis", ORG, "armed_group",
      en=["Houthi", "Houthi movement", "Ansar Allah", "Ansarullah"],
      id=["Houthi", "kelompok Houthi", "Kelompok Houthi", "milisi Houthi", "Ansarullah"],
      cc="YE"),
    O("wagner-group", "Wagner Group", ORG, "armed_group", en=["Wagner", "PMC Wagner"],
      id=["Grup Wagner", "Kelompok Wagner", "Wagner"], cc="RU", amb=["Wagner"]),
    O("taliban", "Taliban", ORG, "armed_group", id=["Taliban"], cc="AF"),
    O("hts", "Hayat Tahrir al-Sham", ORG, "armed_group",
      en=["Hayat Tahrir Al-Sham", "Hayat Tahrir al-Sham (HTS)"],
      id=["Hayat Tahrir al-Sham", "Hayat Tahrir Al-Sham"], aliases=["HTS"], cc="SY"),
    O("islamic-state", "Islamic State", ORG, "armed_group",
      en=["Islamic State of Iraq and the Levant", "Islamic State of Iraq and Syria"],
      id=["Negara Islam Irak dan Suriah", "NIIS"], aliases=["ISIS", "ISIL", "Daesh"]),
    O("sipri", "Stockholm International Peace Research Institute", ORG, "research",
      id=["Institut Penelitian Perdamaian Internasional Stockholm", "Lembaga Penelitian Perdamaian Internasional Stockholm"],
      aliases=["SIPRI"]),
    O("amnesty-international", "Amnesty International", ORG, "ngo", en=["Amnesty"],
      id=["Amnesty International", "Amnesti Internasional"]),
    O("human-rights-watch", "Human Rights Watch", ORG, "ngo", id=["Human Rights Watch"], aliases=["HRW"]),
    O("iora", "Indian Ocean Rim Association", ORG, "international",
      id=["Indian Ocean Rim Association", "Asosiasi Negara-negara Lingkar Samudra Hindia"], aliases=["IORA"]),
    O("nis-korea", "National Intelligence Service", ORG, "intelligence",
      en=["South Korea's National Intelligence Service", "South Korean National Intelligence Service",
          "National Intelligence Service of South Korea"],
      id=["Badan Intelijen Nasional Korea Selatan", "Dinas Intelijen Nasional Korea Selatan",
          "Badan Intelijen Nasional (NIS)", "Dinas Intelijen Nasional"], aliases=["NIS"], cc="KR"),
    O("turkey-communications-directorate", "Communications Directorate", ORG, "government",
      en=["Directorate of Communications", "Turkish Communications Directorate", "Presidential Communications Directorate"],
      id=["Direktorat Komunikasi Turki"], cc="TR"),
    O("rapid-support-forces", "Rapid Support Forces", ORG, "armed_group",
      id=["Pasukan Dukungan Cepat"], aliases=["RSF"], cc="SD"),
    # round 2: armed groups named as the recipients of supplies in real news
    O("tehreek-e-taliban-pakistan", "Tehreek-e-Taliban Pakistan", ORG, "armed_group",
      en=["Tehrik-i-Taliban Pakistan", "Tehrik-e-Taliban Pakistan", "Tehreek-i-Taliban Pakistan", "Pakistani Taliban"],
      id=["Tehreek-e-Taliban Pakistan", "Tehrik-e-Taliban Pakistan", "Tehrik-i-Taliban Pakistan", "Taliban Pakistan"],
      aliases=["TTP"], cc="PK"),
    O("donetsk-peoples-republic", "Donetsk People's Republic", ORG, "armed_group",
      en=["Donetsk People’s Republic", "self-proclaimed Donetsk People's Republic"],
      id=["Republik Rakyat Donetsk"], aliases=["DNR"], cc="UA"),  # not "DPR": Indonesia's parliament
    O("luhansk-peoples-republic", "Luhansk People's Republic", ORG, "armed_group",
      en=["Luhansk People’s Republic", "Lugansk People's Republic"],
      id=["Republik Rakyat Luhansk", "Republik Rakyat Lugansk"], aliases=["LPR", "LNR"], cc="UA"),
    O("polisario-front", "Polisario Front", ORG, "armed_group", en=["Polisario"],
      id=["Front Polisario"]),
    O("pkk", "Kurdistan Workers' Party", ORG, "armed_group", en=["Kurdistan Workers’ Party"],
      id=["Partai Pekerja Kurdistan"], cc="TR"),  # not "PKK": an Indonesian family-welfare movement
    O("ypg", "People's Defense Units", ORG, "armed_group", en=["People’s Protection Units",
      "People's Protection Units"], id=["Unit Perlindungan Rakyat"], aliases=["YPG"], cc="SY"),
    O("al-shabaab", "Al-Shabaab", ORG, "armed_group", en=["al-Shabaab", "Al Shabaab", "al-Shabab"],
      id=["Al-Shabaab", "Al Shabaab"], cc="SO"),
    O("tigray-peoples-liberation-front", "Tigray People's Liberation Front", ORG, "armed_group",
      en=["Tigray People’s Liberation Front"], id=["Front Pembebasan Rakyat Tigray"],
      aliases=["TPLF"], cc="ET"),

    # --- news outlets and agencies ------------------------------------------
    O("reuters", "Reuters", NEWS, "news_agency", id=["Reuters", "kantor berita Reuters"],
      cc="GB", qid="Q130879"),
    O("associated-press", "Associated Press", NEWS, "news_agency",
      en=["The Associated Press"], id=["Associated Press", "kantor berita AP"],
      aliases=["AP"], cc="US", qid="Q40469"),
    O("afp", "Agence France-Presse", NEWS, "news_agency",
      id=["Agence France-Presse", "kantor berita AFP"], aliases=["AFP"], cc="FR",
      qid="Q40464"),
    O("tass", "TASS", NEWS, "news_agency", en=["Tass"],
      id=["TASS", "Tass", "kantor berita TASS", "Kantor Berita TASS"], cc="RU"),
    O("ria-novosti", "RIA Novosti", NEWS, "news_agency", en=["Ria Novosti", "RIA"],
      id=["RIA Novosti", "Ria Novosti", "kantor berita RIA Novosti"], cc="RU"),
    O("interfax", "Interfax", NEWS, "news_agency", id=["Interfax"], cc="RU"),
    O("sputnik", "Sputnik", NEWS, "news_agency", en=["Sputnik News"], id=["Sputnik"], cc="RU"),
    # "RT" is also "Rukun Tetangga" in Indonesian: English label only.
    O("rt", "RT", NEWS, "broadcaster", en=["Russia Today"], id=["Russia Today"], cc="RU"),
    O("kommersant", "Kommersant", NEWS, "newspaper", id=["Kommersant"], cc="RU"),
    O("izvestia", "Izvestia", NEWS, "newspaper", id=["Izvestia"], cc="RU"),
    O("xinhua", "Xinhua", NEWS, "news_agency", en=["Xinhua News Agency"],
      id=["Xinhua", "kantor berita Xinhua", "Kantor Berita Xinhua"], cc="CN"),
    O("cgtn", "CGTN", NEWS, "broadcaster", id=["CGTN"], cc="CN"),
    O("global-times", "Global Times", NEWS, "newspaper", id=["Global Times"], cc="CN"),
    O("irna", "IRNA", NEWS, "news_agency", en=["Islamic Republic News Agency"],
      id=["IRNA", "kantor berita IRNA"], cc="IR"),
    O("tasnim", "Tasnim", NEWS, "news_agency", en=["Tasnim News Agency", "Tasnim News"],
      id=["Tasnim", "kantor berita Tasnim"], cc="IR"),
    O("fars", "Fars News Agency", NEWS, "news_agency", en=["Fars", "Fars News"],
      id=["Fars", "kantor berita Fars"], cc="IR"),
    O("mehr", "Mehr News Agency", NEWS, "news_agency", en=["Mehr", "Mehr News"],
      id=["Mehr", "kantor berita Mehr"], cc="IR"),
    O("isna", "ISNA", NEWS, "news_agency", en=["Iranian Students' News Agency"],
      id=["ISNA"], cc="IR"),
    O("press-tv", "Press TV", NEWS, "broadcaster", en=["PressTV"], id=["Press TV", "PressTV"],
      cc="IR"),
    O("kcna", "KCNA", NEWS, "news_agency", en=["Korean Central News Agency"],
      id=["KCNA", "Kantor Berita Pusat Korea", "kantor berita KCNA"], cc="KP"),
    O("spa", "Saudi Press Agency", NEWS, "news_agency", en=["SPA"],
      id=["SPA", "kantor berita SPA", "Kantor Berita Saudi", "kantor berita Saudi"], cc="SA"),
    O("wam", "WAM", NEWS, "news_agency", en=["Emirates News Agency"], id=["WAM", "kantor berita WAM"], cc="AE"),
    O("pti", "Press Trust of India", NEWS, "news_agency", en=["PTI"], id=["PTI", "kantor berita PTI"], cc="IN"),
    O("ians", "IANS", NEWS, "news_agency", en=["Indo-Asian News Service"], id=["IANS"], cc="IN"),
    O("ani", "ANI", NEWS, "news_agency", en=["Asian News International"], id=["ANI"], cc="IN"),
    O("mint", "Mint", NEWS, "newspaper", en=["Livemint", "LiveMint"], id=["Mint", "Livemint"], cc="IN",
      amb=["Mint"]),
    O("toronto-star", "Toronto Star", NEWS, "newspaper", id=["Toronto Star"], cc="CA"),
    O("news-com-au", "News.com.au", NEWS, "online", id=["News.com.au", "news.com.au"], cc="AU"),
    O("asharq-al-awsat", "Asharq Al-Awsat", NEWS, "newspaper", en=["Asharq al-Awsat"], cc="SA"),
    O("al-qahera-news", "Al Qahera News", NEWS, "broadcaster", en=["Al-Qahera News"], cc="EG"),
    O("yonhap", "Yonhap", NEWS, "news_agency", en=["Yonhap News Agency"],
      id=["Yonhap", "kantor berita Yonhap"], cc="KR"),
    O("kyodo", "Kyodo", NEWS, "news_agency", en=["Kyodo News"],
      id=["Kyodo", "kantor berita Kyodo"], cc="JP"),
    O("nhk", "NHK", NEWS, "broadcaster", id=["NHK"], cc="JP"),
    O("nikkei", "Nikkei", NEWS, "newspaper", en=["Nikkei Asia"], id=["Nikkei"], cc="JP"),
    O("anadolu", "Anadolu Agency", NEWS, "news_agency", en=["Anadolu", "Anadolu Ajansı"],
      id=["Anadolu", "kantor berita Anadolu"], cc="TR"),
    O("al-jazeera", "Al Jazeera", NEWS, "broadcaster", en=["Al-Jazeera", "Aljazeera"],
      id=["Al Jazeera", "Al-Jazeera", "Aljazeera"], cc="QA"),
    O("al-arabiya", "Al Arabiya", NEWS, "broadcaster", en=["Al-Arabiya"],
      id=["Al Arabiya", "Al-Arabiya"], cc="SA"),
    O("bbc", "BBC", NEWS, "broadcaster", en=["BBC News"],
      id=["BBC", "BBC News Indonesia", "BBC Indonesia"], cc="GB", qid="Q9531"),
    O("cnn", "CNN", NEWS, "broadcaster", id=["CNN"], cc="US", qid="Q48340"),
    O("the-guardian", "The Guardian", NEWS, "newspaper", en=["Guardian"],
      id=["The Guardian"], cc="GB", qid="Q11148"),
    O("new-york-times", "The New York Times", NEWS, "newspaper",
      en=["New York Times", "NY Times", "NYT"], id=["The New York Times", "New York Times"],
      cc="US", qid="Q9684"),
    O("washington-post", "The Washington Post", NEWS, "newspaper", en=["Washington Post"],
      id=["The Washington Post", "Washington Post"], cc="US"),
    O("wall-street-journal", "The Wall Street Journal", NEWS, "newspaper",
      en=["Wall Street Journal", "WSJ"], id=["The Wall Street Journal", "Wall Street Journal"],
      cc="US"),
    O("bloomberg", "Bloomberg", NEWS, "news_agency", en=["Bloomberg News"], id=["Bloomberg"],
      cc="US"),
    O("financial-times", "Financial Times", NEWS, "newspaper", en=["FT"],
      id=["Financial Times"], cc="GB"),
    O("politico", "Politico", NEWS, "online", en=["POLITICO"], id=["Politico"], cc="US"),
    O("axios", "Axios", NEWS, "online", id=["Axios"], cc="US"),
    O("voa", "Voice of America", NEWS, "broadcaster", en=["VOA"],
      id=["VOA", "VOA Indonesia", "Voice of America"], cc="US"),
    # Named as the seed gold files name it ("Straits Times"); "The Straits Times" stays a label.
    O("straits-times", "Straits Times", NEWS, "newspaper", en=["The Straits Times"],
      id=["The Straits Times", "Straits Times"], cc="SG"),
    O("cna", "CNA", NEWS, "broadcaster", en=["Channel NewsAsia"], id=["CNA", "Channel NewsAsia"],
      cc="SG"),
    O("scmp", "South China Morning Post", NEWS, "newspaper",
      id=["South China Morning Post"], aliases=["SCMP"], cc="CN"),
    O("bernama", "Bernama", NEWS, "news_agency", id=["Bernama", "kantor berita Bernama"],
      cc="MY"),
    O("kuna", "KUNA", NEWS, "news_agency", en=["Kuwait News Agency"],
      id=["KUNA", "Kantor Berita Kuwait", "kantor berita Kuwait"], cc="KW"),
    O("qna", "Qatar News Agency", NEWS, "news_agency", id=["Qatar News Agency", "Kantor Berita Qatar"],
      aliases=["QNA"], cc="QA"),
    O("wafa", "WAFA", NEWS, "news_agency", en=["Palestinian news agency WAFA"],
      id=["WAFA", "kantor berita WAFA"], cc="PS"),
    O("mena", "Middle East News Agency", NEWS, "news_agency", id=["Middle East News Agency"],
      aliases=["MENA"], cc="EG"),
    O("sana", "SANA", NEWS, "news_agency", en=["Syrian Arab News Agency"], id=["SANA"], cc="SY"),
    O("petra", "Petra", NEWS, "news_agency", en=["Jordan News Agency"], id=["Petra"], cc="JO",
      amb=["Petra"]),
    O("vna", "Vietnam News Agency", NEWS, "news_agency", id=["Kantor Berita Vietnam"],
      aliases=["VNA"], cc="VN"),
    O("pna", "Philippine News Agency", NEWS, "news_agency", id=["Philippine News Agency"],
      aliases=["PNA"], cc="PH"),
    O("jiji", "Jiji Press", NEWS, "news_agency", en=["Jiji"], id=["Jiji Press", "Jiji"], cc="JP"),
    O("azertac", "AZERTAC", NEWS, "news_agency", en=["Azertac"], id=["AZERTAC", "Azertac"], cc="AZ"),
    O("armenpress", "Armenpress", NEWS, "news_agency", id=["Armenpress"], cc="AM"),
    O("irrawaddy", "The Irrawaddy", NEWS, "online", en=["Irrawaddy"],
      id=["The Irrawaddy", "Irrawaddy"], cc="MM"),
    O("india-narrative", "India Narrative", NEWS, "online", id=["India Narrative"], cc="IN"),
    O("times-of-israel", "The Times of Israel", NEWS, "online", en=["Times of Israel"],
      id=["The Times of Israel", "Times of Israel"], cc="IL"),
    O("haaretz", "Haaretz", NEWS, "newspaper", id=["Haaretz"], cc="IL"),
    O("jerusalem-post", "The Jerusalem Post", NEWS, "newspaper", en=["Jerusalem Post"],
      id=["The Jerusalem Post", "Jerusalem Post"], cc="IL"),
    O("ukrinform", "Ukrinform", NEWS, "news_agency", id=["Ukrinform"], cc="UA"),
    O("kyiv-independent", "The Kyiv Independent", NEWS, "online", en=["Kyiv Independent"],
      id=["The Kyiv Independent", "Kyiv Independent"], cc="UA"),
    O("kyiv-post", "Kyiv Post", NEWS, "newspaper", id=["Kyiv Post"], cc="UA"),
    # Indonesian outlets
    O("antara", "Antara", NEWS, "news_agency", en=["ANTARA", "Antara News", "Antaranews"],
      id=["Antara", "ANTARA", "Kantor Berita Antara", "kantor berita Antara",
          "Antaranews", "Antaranews.com"],
      cc="ID", amb=["Antara"]),  # "antara" = "between"; "Antara lain, ..."
    O("kompas", "Kompas", NEWS, "newspaper", en=["Kompas.com", "KOMPAS.com"],
      id=["Kompas", "Kompas.com", "KOMPAS.com", "Harian Kompas"], cc="ID"),
    O("kompas-tv", "Kompas TV", NEWS, "broadcaster", en=["KOMPAS.TV", "KompasTV"],
      id=["Kompas TV", "KOMPAS.TV", "KompasTV"], cc="ID"),
    O("sindonews", "Sindonews", NEWS, "online", en=["SINDOnews", "Sindonews.com"],
      id=["Sindonews", "SINDOnews", "Sindonews.com"], cc="ID"),
    O("detik", "Detik.com", NEWS, "online", en=["detikcom", "detikNews", "Detikcom"],
      id=["Detik.com", "detikcom", "detikNews", "Detikcom"], cc="ID"),
    O("cnn-indonesia", "CNN Indonesia", NEWS, "online", en=["CNNIndonesia.com"],
      id=["CNN Indonesia", "CNNIndonesia.com"], cc="ID"),
    O("tempo", "Tempo", NEWS, "online", en=["Tempo.co"], id=["Tempo", "Tempo.co", "Majalah Tempo"],
      cc="ID", amb=["Tempo"]),
    O("republika", "Republika", NEWS, "newspaper", en=["Republika.co.id"],
      id=["Republika", "Republika.co.id"], cc="ID"),
    O("okezone", "Okezone", NEWS, "online", en=["Okezone.com"], id=["Okezone", "Okezone.com"],
      cc="ID"),
    O("liputan6", "Liputan6", NEWS, "online", en=["Liputan6.com"],
      id=["Liputan6", "Liputan6.com"], cc="ID"),
    O("kumparan", "Kumparan", NEWS, "online", en=["kumparan", "kumparan.com"],
      id=["Kumparan", "kumparan", "kumparan.com"], cc="ID"),
    O("tribunnews", "Tribunnews", NEWS, "online", en=["Tribunnews.com"],
      id=["Tribunnews", "Tribunnews.com"], cc="ID"),
    O("inews", "iNews", NEWS, "broadcaster", en=["iNews.id"], id=["iNews", "iNews.id"], cc="ID"),
    O("jakarta-post", "The Jakarta Post", NEWS, "newspaper", en=["Jakarta Post"],
      id=["The Jakarta Post", "Jakarta Post"], cc="ID"),

    # --- blocs ------------------------------------------------------------
    O("western-world", "Western world", BLOC, "bloc",
      en=["the West", "The West", "Western countries", "Western nations", "Western powers",
          "Western allies", "Western governments"],
      id=["Barat", "negara-negara Barat", "negara Barat", "Negara-negara Barat",
          "sekutu Barat", "Blok Barat"],
      amb=["Barat"]),  # inside "Tepi Barat", "Jawa Barat", "Eropa Barat", ...
    O("global-south", "Global South", BLOC, "bloc",
      en=["the Global South", "countries of the Global South"],
      id=["Global South", "Selatan Global", "negara-negara Selatan Global",
          "negara-negara Global South"]),
    O("axis-of-resistance", "Axis of Resistance", BLOC, "bloc",
      en=["axis of resistance"], id=["Poros Perlawanan", "poros perlawanan"]),
]


# ---------------------------------------------------------------------------
# offices (titles that introduce a person)
# ---------------------------------------------------------------------------
# Labels are matched case-sensitively, but titles occur both capitalised
# ("Foreign Minister Sergei Lavrov") and in lower case ("Russia's foreign
# minister"); the builder therefore adds the lower-case form of every label
# (and the capitalised form of lower-case labels), except for abbreviations and
# the words listed in OFFICE_NO_CASE_VARIANTS, whose lower-case forms are
# common words.

OFFICE_NO_CASE_VARIANTS = {"General", "Chair", "Speaker", "Premier", "Gen.", "Paus"}  # paus = whale


def OF(slug, name, kind, en, id, aliases=()):
    return dict(slug=slug, name=name, kind=kind, en=list(en), id=list(id), aliases=list(aliases))


OFFICES = [
    OF("president", "President", "head_of_state", ["President"], ["Presiden"]),
    OF("vice-president", "Vice President", "other", ["Vice President", "Vice-President"],
       ["Wakil Presiden", "Wapres"]),
    OF("prime-minister", "Prime Minister", "head_of_government", ["Prime Minister", "Premier"],
       ["Perdana Menteri"], aliases=["PM"]),
    OF("deputy-prime-minister", "Deputy Prime Minister", "minister",
       ["Deputy Prime Minister", "First Deputy Prime Minister", "Vice Premier"],
       ["Wakil Perdana Menteri", "Wakil PM"]),
    OF("chancellor", "Chancellor", "head_of_government", ["Chancellor", "Federal Chancellor"],
       ["Kanselir"]),
    OF("king", "King", "head_of_state", ["King", "Yang di-Pertuan Agong"], ["Raja", "Yang di-Pertuan Agong"]),
    OF("emperor", "Emperor", "head_of_state", ["Emperor"], ["Kaisar"]),
    OF("head-of-state", "head of state", "head_of_state", ["head of state", "Head of State"],
       ["Kepala Negara", "kepala negara"]),
    OF("governor-general", "Governor-General", "head_of_state", ["Governor-General", "Governor General"],
       ["Gubernur Jenderal"]),
    OF("first-lady", "First Lady", "other", ["First Lady"], ["Ibu Negara"]),
    OF("queen", "Queen", "head_of_state", ["Queen"], ["Ratu"]),
    OF("emir", "Emir", "head_of_state", ["Emir"], ["Emir"]),
    OF("sultan", "Sultan", "head_of_state", ["Sultan"], ["Sultan"]),
    OF("pope", "Pope", "head_of_state", ["Pope"], ["Paus"]),
    OF("crown-prince", "Crown Prince", "other", ["Crown Prince"], ["Putra Mahkota"]),
    OF("supreme-leader", "Supreme Leader", "head_of_state", ["Supreme Leader"],
       ["Pemimpin Tertinggi", "Pemimpin Agung"]),
    OF("leader", "leader", "other", ["leader"], ["pemimpin"]),
    OF("general-secretary", "General Secretary", "other",
       ["General Secretary", "General Secretary of the Communist Party"],
       ["Sekretaris Jenderal Partai Komunis", "Sekjen Partai Komunis"]),
    OF("chairman", "Chairman", "other", ["Chairman", "Chair", "Chairperson", "Chairwoman"],
       ["Ketua"]),
    OF("deputy-chairman", "Deputy Chairman", "other",
       ["Deputy Chairman", "Deputy Chair", "Vice Chairman", "Vice-Chairman"],
       ["Wakil Ketua"]),
    OF("speaker", "Speaker", "other", ["Speaker", "Speaker of Parliament", "Parliament Speaker"],
       ["Ketua Parlemen", "Ketua DPR"]),
    OF("foreign-minister", "Foreign Minister", "minister",
       ["Foreign Minister", "Minister of Foreign Affairs", "Minister for Foreign Affairs",
        "Foreign Affairs Minister", "Foreign Secretary", "Secretary of State",
        "External Affairs Minister", "Minister of External Affairs", "top diplomat"],
       ["Menteri Luar Negeri", "Menlu", "diplomat tertinggi", "diplomat top"]),
    OF("deputy-foreign-minister", "Deputy Foreign Minister", "diplomat",
       ["Deputy Foreign Minister", "Vice Foreign Minister", "Deputy Minister of Foreign Affairs"],
       ["Wakil Menteri Luar Negeri", "Wamenlu"]),
    OF("defence-minister", "Defence Minister", "minister",
       ["Defence Minister", "Defense Minister", "Minister of Defence", "Minister of Defense",
        "Defence Secretary", "Defense Secretary", "Secretary of Defense",
        "Secretary of State for Defence", "Secretary of War", "War Secretary",
        "Minister of the Armed Forces", "Armed Forces Minister"],
       ["Menteri Pertahanan", "Menhan", "Menteri Perang", "Menteri Angkatan Bersenjata"]),
    OF("minister", "Minister", "minister", ["Minister"], ["Menteri"]),
    OF("state-secretary", "Minister of State Secretary", "minister",
       ["Minister of State Secretary", "State Secretary Minister"],
       ["Menteri Sekretaris Negara", "Mensesneg"]),
    OF("cabinet-secretary", "Cabinet Secretary", "minister",
       ["Cabinet Secretary", "Chief Cabinet Secretary"], ["Sekretaris Kabinet", "Seskab"]),
    OF("secretary", "Secretary", "other", ["Secretary"], ["Sekretaris"]),
    OF("senator", "Senator", "other", ["Senator", "Sen."], ["Senator"]),
    OF("lawmaker", "Member of Parliament", "other", ["Member of Parliament", "Lawmaker", "Legislator", "MP"],
       ["Anggota Parlemen", "Anggota DPR", "Anggota Kongres", "Anggota Majelis Nasional"]),
    OF("security-council-secretary", "Secretary of the Security Council", "security",
       ["Secretary of the Security Council", "Security Council Secretary",
        "Secretary of the Supreme National Security Council",
        "secretary of the Supreme National Security Council",
        "Secretary of the National Security and Defense Council",
        "Secretary of the National Security and Defence Council"],
       ["Sekretaris Dewan Keamanan", "Sekretaris Dewan Keamanan Nasional Tertinggi",
        "sekretaris Dewan Keamanan Nasional Tertinggi",
        "Sekretaris Dewan Keamanan dan Pertahanan Nasional"]),
    OF("national-security-adviser", "National Security Adviser", "security",
       ["National Security Adviser", "National Security Advisor"],
       ["Penasihat Keamanan Nasional"]),
    OF("intelligence-chief", "intelligence chief", "security",
       ["intelligence chief", "spy chief", "head of intelligence", "Director of National Intelligence",
        "CIA Director", "CIA director", "Director of the CIA"],
       ["Kepala Intelijen", "Kepala Badan Intelijen", "Kepala Badan Intelijen Negara",
        "Kepala BIN", "Direktur CIA"]),
    OF("ambassador", "Ambassador", "diplomat", ["Ambassador"], ["Duta Besar", "Dubes"]),
    OF("special-envoy", "Special Envoy", "diplomat", ["Special Envoy", "envoy"],
       ["Utusan Khusus", "utusan"]),
    OF("high-representative", "High Representative", "diplomat",
       ["High Representative", "foreign policy chief", "EU foreign policy chief",
        "High Representative of the Union for Foreign Affairs and Security Policy"],
       ["Perwakilan Tinggi", "Kepala Kebijakan Luar Negeri",
        "Kepala Kebijakan Luar Negeri Uni Eropa"]),
    OF("high-commissioner", "High Commissioner", "diplomat", ["High Commissioner"],
       ["Komisaris Tinggi"]),
    OF("spokesperson", "spokesperson", "other",
       ["spokesperson", "spokesman", "spokeswoman", "press secretary"],
       ["Juru Bicara", "Jubir"]),
    OF("secretary-general", "Secretary-General", "other",
       ["Secretary-General", "Secretary General"], ["Sekretaris Jenderal", "Sekjen"]),
    OF("director-general", "Director General", "other",
       ["Director General", "Director-General"], ["Direktur Jenderal", "Dirjen"]),
    OF("managing-director", "Managing Director", "other", ["Managing Director"],
       ["Direktur Pelaksana"]),
    OF("prosecutor", "Prosecutor", "other", ["Prosecutor", "Chief Prosecutor"],
       ["Jaksa", "Jaksa Penuntut"]),
    OF("chief-of-general-staff", "Chief of the General Staff", "military",
       ["Chief of the General Staff", "Chief of General Staff", "Chief of the Defence Staff",
        "Chief of Staff of the Armed Forces", "military chief"],
       ["Kepala Staf Umum", "Kepala Staf Umum Angkatan Bersenjata",
        "Kepala Staf Angkatan Bersenjata", "Panglima", "Panglima TNI"]),
    OF("chairman-of-the-joint-chiefs", "Chairman of the Joint Chiefs of Staff", "military",
       ["Chairman of the Joint Chiefs of Staff", "Joint Chiefs Chairman",
        "Chairman of the Joint Chiefs"],
       ["Ketua Kepala Staf Gabungan", "Kepala Staf Gabungan"]),
    OF("commander-in-chief", "Commander-in-Chief", "military",
       ["Commander-in-Chief", "Commander in Chief"],
       ["Panglima Tertinggi", "Panglima Angkatan Bersenjata"]),
    OF("army-chief", "Chief of Army Staff", "military",
       ["Chief of Army Staff", "Army Chief", "army chief"],
       ["Kepala Staf Angkatan Darat", "KSAD", "Panglima Angkatan Darat"]),
    OF("commander", "Commander", "military", ["Commander"], ["Komandan"]),
    OF("general", "General", "military",
       ["General", "Gen.", "Field Marshal", "Lieutenant General", "Major General"],
       ["Jenderal", "Letnan Jenderal", "Mayor Jenderal", "Marsekal Lapangan"]),
    OF("head", "head", "other", ["head", "chief"], ["Kepala"]),
    OF("head-of-state-admin", "Chief of Staff", "other",
       ["Chief of Staff", "Head of the Presidential Office", "Head of the Presidential Administration",
        "Kremlin chief of staff", "White House Chief of Staff"],
       ["Kepala Staf Kepresidenan", "Kepala Kantor Kepresidenan", "Kepala Kantor Presiden",
        "Kepala Administrasi Kepresidenan", "Kepala Staf Gedung Putih"]),
    OF("aide", "aide", "other",
       ["aide", "presidential aide", "adviser", "advisor", "senior adviser"],
       ["ajudan", "penasihat", "Penasihat Presiden"]),
]


# ---------------------------------------------------------------------------
# persons
# ---------------------------------------------------------------------------
# P(name, main country iso2, positions, al=aliases, en=extra English labels,
#   id=Indonesian labels (the canonical name is always added), qid, amb)
# position tuple: (office slug, where, start, end, *extras)
#   where  = ISO2 of the state or "org:<slug>"
#   extras = "acting" and/or the id the post is accredited to ("org:..."/"country:...")
# Bare surnames are only given when distinctive; never "Kim", "Li", "Lee",
# "Wang", "Wong", "Khan", "Ali", "Sharif", "Cohen", ...

def P(name, cc, pos=(), al=(), en=(), id=(), qid=None, amb=()):
    return dict(name=name, cc=cc, pos=list(pos), al=list(al), en=list(en), id=list(id),
                qid=qid, amb=list(amb))


PERSONS = [
    # --- Russia -------------------------------------------------------------
    P("Vladimir Putin", "RU",
      [("president", "RU", "2000-05-07", "2008-05-07"),
       ("prime-minister", "RU", "2008-05-08", "2012-05-07"),
       ("president", "RU", "2012-05-07", None)],
      al=["Putin"], en=["Vladimir Vladimirovich Putin"], qid="Q7747"),
    P("Dmitry Medvedev", "RU",
      [("president", "RU", "2008-05-07", "2012-05-07"),
       ("prime-minister", "RU", "2012-05-08", "2020-01-16"),
       ("deputy-chairman", "org:security-council-of-russia", "2020-01-16", None)],
      al=["Medvedev"], en=["Dmitri Medvedev", "Dmitriy Medvedev"], qid="Q23530"),
    P("Mikhail Mishustin", "RU", [("prime-minister", "RU", "2020-01-16", None)],
      al=["Mishustin"]),
    P("Sergei Lavrov", "RU", [("foreign-minister", "RU", "2004-03-09", None)],
      al=["Lavrov"], en=["Sergey Lavrov"], id=["Sergey Lavrov"]),
    P("Sergei Shoigu", "RU",
      [("defence-minister", "RU", "2012-11-06", "2024-05"),
       ("security-council-secretary", "org:security-council-of-russia", "2024-05-12", None)],
      al=["Shoigu", "Shoygu"], en=["Sergey Shoigu"], id=["Sergey Shoigu"]),
    P("Andrei Belousov", "RU", [("defence-minister", "RU", "2024-05", None)],
      al=["Belousov"], en=["Andrey Belousov"], id=["Andrey Belousov"]),
    P("Nikolai Patrushev", "RU",
      [("security-council-secretary", "org:security-council-of-russia", "2008-05", "2024-05"),
       ("aide", "RU", "2024-05", None)],
      al=["Patrushev"], en=["Nikolay Patrushev"], id=["Nikolay Patrushev"]),
    P("Sergei Ryabkov", "RU", [("deputy-foreign-minister", "RU", "2008", None)],
      al=["Ryabkov"], en=["Sergey Ryabkov"], id=["Sergey Ryabkov"]),
    P("Alexander Grushko", "RU", [("deputy-foreign-minister", "RU", "2018", None)],
      al=["Grushko"], en=["Aleksandr Grushko"]),
    P("Dmitry Peskov", "RU", [("spokesperson", "org:kremlin", "2012-05", None)],
      al=["Peskov"], en=["Dmitri Peskov"]),
    P("Maria Zakharova", "RU", [("spokesperson", "RU", "2015-08", None)],
      al=["Zakharova"], en=["Mariya Zakharova"]),
    P("Valery Gerasimov", "RU", [("chief-of-general-staff", "RU", "2012-11-09", None)],
      al=["Gerasimov"], en=["Valeriy Gerasimov"]),
    P("Yuri Ushakov", "RU", [("aide", "RU", "2012", None)], al=["Ushakov"], en=["Yury Ushakov"]),
    P("Alexander Bortnikov", "RU", [("intelligence-chief", "org:fsb", "2008-05", None)],
      al=["Bortnikov"], en=["Aleksandr Bortnikov"]),
    P("Sergei Naryshkin", "RU", [("intelligence-chief", "org:svr", "2016-10", None)],
      al=["Naryshkin"], en=["Sergey Naryshkin"]),
    P("Igor Kostyukov", "RU", [("intelligence-chief", "org:gru", "2018-11", None)],
      al=["Kostyukov"]),
    P("Vasily Nebenzya", "RU",
      [("ambassador", "RU", "2017-07", None, "org:united-nations")],
      al=["Nebenzya", "Nebenzia"], en=["Vassily Nebenzia"]),
    P("Anton Vaino", "RU", [("head-of-state-admin", "RU", "2016-08-12", None)], al=["Vaino"]),
    P("Kirill Dmitriev", "RU", [("special-envoy", "RU", "2025", None)]),
    P("Yevgeny Prigozhin", "RU", [("leader", "org:wagner-group", None, "2023-08-23")],
      al=["Prigozhin"], en=["Evgeny Prigozhin", "Yevgeniy Prigozhin"]),
    P("Ramzan Kadyrov", "RU", [("head", "RU", "2007", None)], al=["Kadyrov"]),

    # --- Ukraine ------------------------------------------------------------
    P("Volodymyr Zelensky", "UA", [("president", "UA", "2019-05-20", None)],
      al=["Zelensky", "Zelenskyy", "Zelenskiy", "Zelenski"],
      en=["Volodymyr Zelenskyy", "Volodymyr Zelenskiy", "Vladimir Zelensky"],
      id=["Volodymyr Zelenskyy", "Volodymyr Zelenskiy"], qid="Q3874799"),
    P("Petro Poroshenko", "UA", [("president", "UA", "2014-06-07", "2019-05-20")],
      al=["Poroshenko"]),
    P("Dmytro Kuleba", "UA", [("foreign-minister", "UA", "2020-03-04", "2024-09")],
      al=["Kuleba"]),
    P("Andrii Sybiha", "UA", [("foreign-minister", "UA", "2024-09-05", None)],
      al=["Sybiha"], en=["Andriy Sybiha"]),
    P("Vadym Prystaiko", "UA", [("foreign-minister", "UA", "2019-08-29", "2020-03-04")],
      al=["Prystaiko"]),
    P("Pavlo Klimkin", "UA", [("foreign-minister", "UA", "2014-06-19", "2019-08-29")],
      al=["Klimkin"]),
    P("Oleksii Reznikov", "UA", [("defence-minister", "UA", "2021-11-04", "2023-09-05")],
      al=["Reznikov"], en=["Oleksiy Reznikov"]),
    P("Rustem Umerov", "UA",
      [("defence-minister", "UA", "2023-09-06", "2025-07-17"),
       ("security-council-secretary", "org:nsdc-ukraine", "2025-07", None)],
      al=["Umerov"]),
    P("Oleksiy Danilov", "UA",
      [("security-council-secretary", "org:nsdc-ukraine", "2019-10-03", "2024-03-26")],
      al=["Danilov"], en=["Oleksii Danilov"]),
    P("Oleksandr Lytvynenko", "UA",
      [("security-council-secretary", "org:nsdc-ukraine", "2024-03-26", "2025-07")],
      al=["Lytvynenko"]),
    P("Andriy Yermak", "UA", [("head-of-state-admin", "UA", "2020-02-11", "2025-11-28")],
      al=["Yermak"], en=["Andrii Yermak"]),
    P("Denys Shmyhal", "UA",
      [("prime-minister", "UA", "2020-03-04", "2025-07-16"),
       ("defence-minister", "UA", "2025-07-17", None)],
      al=["Shmyhal"]),
    P("Yulia Svyrydenko", "UA", [("prime-minister", "UA", "2025-07-17", None)],
      al=["Svyrydenko"]),
    P("Kyrylo Budanov", "UA", [("intelligence-chief", "org:hur", "2020-08-05", None)],
      al=["Budanov"], en=["Kirill Budanov"]),
    P("Valerii Zaluzhnyi", "UA",
      [("commander-in-chief", "UA", "2021-07-27", "2024-02-08"),
       ("ambassador", "UA", "2024-05", None, "country:GB")],
      al=["Zaluzhnyi", "Zaluzhny"], en=["Valery Zaluzhny"]),
    P("Oleksandr Syrskyi", "UA", [("commander-in-chief", "UA", "2024-02-08", None)],
      al=["Syrskyi", "Syrsky"]),
    P("Mykhailo Podolyak", "UA", [("aide", "UA", None, None)], al=["Podolyak"],
      en=["Mykhailo Podoliak"]),

    # --- United States ------------------------------------------------------
    P("Donald Trump", "US",
      [("president", "US", "2017-01-20", "2021-01-20"), ("president", "US", "2025-01-20", None)],
      al=["Trump"], en=["Donald J. Trump"], qid="Q22686"),
    P("Joe Biden", "US",
      [("vice-president", "US", "2009-01-20", "2017-01-20"),
       ("president", "US", "2021-01-20", "2025-01-20")],
      al=["Biden"], en=["Joseph Biden", "Joseph R. Biden"], qid="Q6279"),
    P("Barack Obama", "US", [("president", "US", "2009-01-20", "2017-01-20")], al=["Obama"],
      qid="Q76"),
    P("Kamala Harris", "US", [("vice-president", "US", "2021-01-20", "2025-01-20")],
      al=["Harris"], qid="Q10853588", amb=["Harris"]),
    P("Mike Pence", "US", [("vice-president", "US", "2017-01-20", "2021-01-20")], al=["Pence"]),
    P("JD Vance", "US", [("vice-president", "US", "2025-01-20", None)], al=["Vance"],
      en=["J.D. Vance", "J. D. Vance"]),
    P("Rex Tillerson", "US", [("foreign-minister", "US", "2017-02-01", "2018-03-31")],
      al=["Tillerson"]),
    P("Mike Pompeo", "US",
      [("intelligence-chief", "org:cia", "2017-01-23", "2018-04-26"),
       ("foreign-minister", "US", "2018-04-26", "2021-01-20")],
      al=["Pompeo"]),
    P("Antony Blinken", "US", [("foreign-minister", "US", "2021-01-26", "2025-01-20")],
      al=["Blinken"], en=["Anthony Blinken"]),
    P("Marco Rubio", "US",
      [("foreign-minister", "US", "2025-01-21", None),
       ("national-security-adviser", "US", "2025-05-01", None, "acting")],
      al=["Rubio"]),
    P("Jim Mattis", "US", [("defence-minister", "US", "2017-01-20", "2019-01-01")],
      al=["Mattis"], en=["James Mattis"]),
    P("Mark Esper", "US", [("defence-minister", "US", "2019-07-23", "2020-11-09")], al=["Esper"]),
    P("Lloyd Austin", "US", [("defence-minister", "US", "2021-01-22", "2025-01-20")],
      en=["Lloyd J. Austin", "Lloyd J. Austin III"]),
    P("Pete Hegseth", "US", [("defence-minister", "US", "2025-01-25", None)], al=["Hegseth"]),
    P("H. R. McMaster", "US",
      [("national-security-adviser", "US", "2017-02-20", "2018-04-09")],
      al=["McMaster"], en=["H.R. McMaster"]),
    P("John Bolton", "US", [("national-security-adviser", "US", "2018-04-09", "2019-09-10")],
      al=["Bolton"], amb=["Bolton"]),
    P("Robert O'Brien", "US", [("national-security-adviser", "US", "2019-09-18", "2021-01-20")],
      en=["Robert C. O'Brien"]),
    P("Jake Sullivan", "US", [("national-security-adviser", "US", "2021-01-20", "2025-01-20")]),
    P("Mike Waltz", "US",
      [("national-security-adviser", "US", "2025-01-20", "2025-05-01"),
       ("ambassador", "US", "2025-09", None, "org:united-nations")],
      en=["Michael Waltz"]),
    P("John Kirby", "US", [("spokesperson", "US", "2021-01", "2025-01")]),
    P("Karoline Leavitt", "US", [("spokesperson", "org:white-house", "2025-01-20", None)],
      al=["Leavitt"]),
    P("William Burns", "US", [("intelligence-chief", "org:cia", "2021-03-19", "2025-01-20")],
      en=["Bill Burns", "William J. Burns"]),
    P("John Ratcliffe", "US",
      [("intelligence-chief", "US", "2020-05-26", "2021-01-20"),
       ("intelligence-chief", "org:cia", "2025-01-23", None)],
      al=["Ratcliffe"]),
    P("Gina Haspel", "US", [("intelligence-chief", "org:cia", "2018-05-21", "2021-01-20")],
      al=["Haspel"]),
    P("Avril Haines", "US", [("intelligence-chief", "US", "2021-01-21", "2025-01-20")]),
    P("Tulsi Gabbard", "US", [("intelligence-chief", "US", "2025-02-12", None)], al=["Gabbard"]),
    P("Steve Witkoff", "US", [("special-envoy", "US", "2025-01-20", None)], al=["Witkoff"],
      en=["Steven Witkoff"]),
    P("Keith Kellogg", "US", [("special-envoy", "US", "2025-01", None)], al=["Kellogg"], amb=["Kellogg"]),
    P("Jared Kushner", "US", [("aide", "US", "2017-01-20", "2021-01-20")], al=["Kushner"]),
    P("Linda Thomas-Greenfield", "US",
      [("ambassador", "US", "2021-02-24", "2025-01-20", "org:united-nations")],
      al=["Thomas-Greenfield"]),
    P("Nikki Haley", "US",
      [("ambassador", "US", "2017-01-27", "2018-12-31", "org:united-nations")], al=["Haley"], amb=["Haley"]),
    P("Mark Milley", "US",
      [("chairman-of-the-joint-chiefs", "US", "2019-10-01", "2023-09-30")], al=["Milley"]),
    P("Dan Caine", "US", [("chairman-of-the-joint-chiefs", "US", "2025-04-11", None)],
      en=["John Daniel Caine"]),

    # --- China --------------------------------------------------------------
    P("Xi Jinping", "CN",
      [("general-secretary", "CN", "2012-11-15", None), ("president", "CN", "2013-03-14", None)],
      al=["Xi"], qid="Q15031"),
    P("Li Keqiang", "CN", [("prime-minister", "CN", "2013-03-15", "2023-03-11")]),
    P("Li Qiang", "CN", [("prime-minister", "CN", "2023-03-11", None)]),
    P("Wang Yi", "CN",
      [("foreign-minister", "CN", "2013-03-16", "2022-12-30"),
       ("foreign-minister", "CN", "2023-07-25", None)]),
    P("Qin Gang", "CN",
      [("ambassador", "CN", "2021-07", "2022-12", "country:US"),
       ("foreign-minister", "CN", "2022-12-30", "2023-07-25")]),
    P("Wei Fenghe", "CN", [("defence-minister", "CN", "2018-03-19", "2023-03-12")]),
    P("Li Shangfu", "CN", [("defence-minister", "CN", "2023-03-12", "2023-10-24")]),
    P("Dong Jun", "CN", [("defence-minister", "CN", "2023-12-29", None)]),
    P("Han Zheng", "CN", [("vice-president", "CN", "2023-03-10", None)]),
    P("Wang Qishan", "CN", [("vice-president", "CN", "2018-03-17", "2023-03-10")]),
    P("Zhao Lijian", "CN", [("spokesperson", "CN", "2020", "2023")]),
    P("Wang Wenbin", "CN", [("spokesperson", "CN", "2020", "2024")]),
    P("Hua Chunying", "CN", []),  # spokesperson from 2012, later vice minister: dates unsure
    P("Mao Ning", "CN", [("spokesperson", "CN", "2022", None)]),
    P("Lin Jian", "CN", [("spokesperson", "CN", None, None)]),
    P("Xie Feng", "CN", [("ambassador", "CN", "2023-05", None, "country:US")]),

    # --- Iran ---------------------------------------------------------------
    P("Ali Khamenei", "IR", [("supreme-leader", "IR", "1989-06-04", None)],
      al=["Khamenei"], en=["Ayatollah Ali Khamenei", "Ayatollah Khamenei"],
      id=["Ayatollah Ali Khamenei", "Ayatollah Khamenei"]),
    P("Hassan Rouhani", "IR", [("president", "IR", "2013-08-03", "2021-08-03")],
      al=["Rouhani", "Rohani"], en=["Hassan Rohani"]),
    P("Ebrahim Raisi", "IR", [("president", "IR", "2021-08-03", "2024-05-19")],
      al=["Raisi", "Raeisi"], en=["Ebrahim Raeisi", "Ibrahim Raisi"], id=["Ibrahim Raisi"]),
    P("Mohammad Mokhber", "IR",
      [("vice-president", "IR", "2021-08-08", "2024-07-28"),
       ("president", "IR", "2024-05-20", "2024-07-28", "acting")],
      al=["Mokhber"]),
    P("Masoud Pezeshkian", "IR", [("president", "IR", "2024-07-28", None)], al=["Pezeshkian"]),
    P("Mohammad Reza Aref", "IR", [("vice-president", "IR", "2024", None)], al=["Aref"], amb=["Aref"]),
    P("Mohammad Javad Zarif", "IR",
      [("foreign-minister", "IR", "2013-08-15", "2021-08-25"),
       ("vice-president", "IR", "2024-08-01", "2025-03")],
      al=["Zarif"], en=["Javad Zarif"]),
    P("Hossein Amir-Abdollahian", "IR", [("foreign-minister", "IR", "2021-08-25", "2024-05-19")],
      al=["Amir-Abdollahian", "Amirabdollahian", "Amir Abdollahian"],
      en=["Hossein Amirabdollahian", "Hossein Amir Abdollahian"]),
    P("Ali Bagheri Kani", "IR",
      [("deputy-foreign-minister", "IR", "2021", "2024"),
       ("foreign-minister", "IR", "2024-05-20", "2024-08", "acting")],
      al=["Bagheri Kani"], en=["Ali Bagheri"]),
    P("Abbas Araghchi", "IR",
      [("deputy-foreign-minister", "IR", "2013", "2021"),
       ("foreign-minister", "IR", "2024-08", None)],
      al=["Araghchi", "Araqchi"], en=["Abbas Araqchi"]),
    P("Ali Shamkhani", "IR",
      [("security-council-secretary", "org:supreme-national-security-council", "2013-09-10",
        "2023-05-22")],
      al=["Shamkhani"]),
    P("Ali Akbar Ahmadian", "IR",
      [("security-council-secretary", "org:supreme-national-security-council", "2023-05-22",
        "2025-08")],
      al=["Ahmadian"]),
    P("Ali Larijani", "IR",
      [("speaker", "IR", "2008", "2020"),
       ("security-council-secretary", "org:supreme-national-security-council", "2025-08", None)],
      al=["Larijani"]),
    P("Mohammad Reza Ashtiani", "IR", [("defence-minister", "IR", "2021-08", "2024-08")],
      al=["Ashtiani"], en=["Mohammad Reza Gharaei Ashtiani", "Mohammad-Reza Gharaei Ashtiani"]),
    P("Aziz Nasirzadeh", "IR", [("defence-minister", "IR", "2024-08", None)], al=["Nasirzadeh"]),
    P("Amir Hatami", "IR", [("defence-minister", "IR", "2017-08-20", "2021-08-25")],
      al=["Hatami"]),
    P("Mohammad Bagheri", "IR", [("chief-of-general-staff", "IR", "2016-06-28", "2025-06-13")],
      en=["Mohammad Hossein Bagheri"]),
    P("Hossein Salami", "IR", [("commander", "org:irgc", "2019-04-21", "2025-06-13")]),
    P("Qasem Soleimani", "IR", [("commander", "org:quds-force", "1998", "2020-01-03")],
      al=["Soleimani", "Suleimani"],
      en=["Qassem Soleimani", "Qassem Suleimani", "Qasem Sulaimani"]),
    P("Esmail Qaani", "IR", [("commander", "org:quds-force", "2020-01-03", None)],
      al=["Qaani", "Ghaani"], en=["Esmail Ghaani", "Ismail Qaani"]),
    P("Mohammad Bagher Ghalibaf", "IR", [("speaker", "IR", "2020-05-28", None)],
      al=["Ghalibaf", "Qalibaf"], en=["Mohammad Bagher Qalibaf"]),
    P("Esmaeil Baghaei", "IR", [("spokesperson", "IR", "2024", None)], al=["Baghaei"],
      en=["Esmaeil Baqaei", "Ismail Baghaei"]),
    P("Nasser Kanaani", "IR", [("spokesperson", "IR", "2022", "2024")], al=["Kanaani"],
      en=["Nasser Kanani"]),
    P("Mohammad Eslami", "IR", [("head", "org:aeoi", "2021-08", None)], al=["Eslami"]),

    # --- Israel -------------------------------------------------------------
    P("Benjamin Netanyahu", "IL",
      [("prime-minister", "IL", "1996-06-18", "1999-07-06"),
       ("prime-minister", "IL", "2009-03-31", "2021-06-13"),
       ("prime-minister", "IL", "2022-12-29", None)],
      al=["Netanyahu", "Bibi"], en=["Binyamin Netanyahu", "Benyamin Netanyahu"],
      qid="Q43723"),
    P("Naftali Bennett", "IL", [("prime-minister", "IL", "2021-06-13", "2022-06-30")],
      al=["Bennett"], amb=["Bennett"]),
    P("Yair Lapid", "IL",
      [("foreign-minister", "IL", "2021-06-13", "2022-07-01"),
       ("prime-minister", "IL", "2022-07-01", "2022-12-29")],
      al=["Lapid"]),
    P("Isaac Herzog", "IL", [("president", "IL", "2021-07-07", None)], al=["Herzog"],
      en=["Yitzhak Herzog"], amb=["Herzog"]),
    P("Reuven Rivlin", "IL", [("president", "IL", "2014-07-24", "2021-07-07")], al=["Rivlin"]),
    P("Yoav Gallant", "IL", [("defence-minister", "IL", "2022-12-29", "2024-11")],
      al=["Gallant"], amb=["Gallant"]),
    P("Israel Katz", "IL",
      [("foreign-minister", "IL", "2019", "2020-05"),
       ("foreign-minister", "IL", "2024-01", "2024-11"),
       ("defence-minister", "IL", "2024-11", None)]),
    P("Gideon Sa'ar", "IL", [("foreign-minister", "IL", "2024-11", None)], al=["Sa'ar"],
      en=["Gideon Saar"]),
    P("Eli Cohen", "IL", [("foreign-minister", "IL", "2022-12-29", "2024-01")]),
    P("Benny Gantz", "IL", [("defence-minister", "IL", "2020-05-17", "2022-12-29")],
      al=["Gantz"]),
    P("Itamar Ben-Gvir", "IL",
      [("minister", "IL", "2022-12-29", "2025-01"), ("minister", "IL", "2025-03", None)],
      al=["Ben-Gvir", "Ben Gvir"], en=["Itamar Ben Gvir"]),
    P("Bezalel Smotrich", "IL", [("minister", "IL", "2022-12-29", None)], al=["Smotrich"]),
    P("Ron Dermer", "IL",
      [("ambassador", "IL", "2013", "2021", "country:US"), ("minister", "IL", "2022-12-29", None)],
      al=["Dermer"]),
    P("Tzachi Hanegbi", "IL", [("national-security-adviser", "IL", "2023-01", None)],
      al=["Hanegbi"]),
    P("David Barnea", "IL", [("intelligence-chief", "org:mossad", "2021-06-01", None)],
      al=["Barnea"]),
    P("Ronen Bar", "IL", [("intelligence-chief", "org:shin-bet", "2021-10", "2025-06")]),
    P("Aviv Kochavi", "IL", [("chief-of-general-staff", "IL", "2019-01-15", "2023-01-16")],
      al=["Kochavi"]),
    P("Herzi Halevi", "IL", [("chief-of-general-staff", "IL", "2023-01-16", "2025-03-05")],
      al=["Halevi"]),
    P("Eyal Zamir", "IL", [("chief-of-general-staff", "IL", "2025-03-05", None)], al=["Zamir"], amb=["Zamir"]),
    P("Daniel Hagari", "IL", [("spokesperson", "org:idf", "2023", "2025")], al=["Hagari"]),
    P("Danny Danon", "IL",
      [("ambassador", "IL", "2015", "2020", "org:united-nations"),
       ("ambassador", "IL", "2024-08", None, "org:united-nations")],
      al=["Danon"]),

    # --- Palestine and armed groups -------------------------------------------
    P("Mahmoud Abbas", "PS", [("president", "PS", "2005-01-15", None)],
      al=["Abbas", "Abu Mazen"], amb=["Abbas"]),
    P("Mohammad Shtayyeh", "PS", [("prime-minister", "PS", "2019-04-13", "2024-03-31")],
      al=["Shtayyeh"], en=["Mohammed Shtayyeh"]),
    P("Mohammad Mustafa", "PS", [("prime-minister", "PS", "2024-03-31", None)]),
    P("Riyad al-Maliki", "PS", [("foreign-minister", "PS", "2007", "2024")],
      en=["Riyad al-Malki", "Riad Malki", "Riad al-Malki"]),
    P("Hussein al-Sheikh", "PS", [("vice-president", "PS", "2025-04", None)]),
    P("Ismail Haniyeh", "PS", [("leader", "org:hamas", "2017-05-06", "2024-07-31")],
      al=["Haniyeh"], en=["Ismail Haniya"]),
    P("Yahya Sinwar", "PS", [("leader", "org:hamas", "2024-08-06", "2024-10-16")],
      al=["Sinwar"]),
    P("Khaled Mashal", "PS", [("leader", "org:hamas", "1996", "2017")],
      al=["Mashal", "Meshaal"], en=["Khaled Meshaal", "Khalid Mashal"]),
    P("Mohammed Deif", "PS", [("commander", "org:qassam-brigades", "2002", "2024-07-13")],
      al=["Deif"], en=["Mohammed Dayf"]),
    P("Khalil al-Hayya", "PS", [], al=["al-Hayya"]),
    P("Hassan Nasrallah", "LB", [("secretary-general", "org:hezbollah", "1992-02-16", "2024-09-27")],
      al=["Nasrallah"]),
    P("Naim Qassem", "LB", [("secretary-general", "org:hezbollah", "2024-10-29", None)],
      en=["Naim Qasim", "Naim Kassem"]),
    P("Abdul-Malik al-Houthi", "YE", [("leader", "org:houthis", "2004", None)],
      en=["Abdul Malik al-Houthi", "Abdulmalik al-Houthi"]),
    P("Yahya Saree", "YE", [("spokesperson", "org:houthis", None, None)], al=["Saree"],
      en=["Yahya Sarea"], amb=["Saree"]),
    P("Hibatullah Akhundzada", "AF", [("leader", "org:taliban", "2016-05-25", None)],
      al=["Akhundzada"], en=["Haibatullah Akhundzada"]),
    P("Amir Khan Muttaqi", "AF", [("foreign-minister", "AF", "2021-09-07", None)],
      al=["Muttaqi"]),
    P("Zabihullah Mujahid", "AF", [("spokesperson", "org:taliban", None, None)]),

    # --- Turkey -------------------------------------------------------------
    P("Recep Tayyip Erdoğan", "TR",
      [("prime-minister", "TR", "2003-03-14", "2014-08-28"),
       ("president", "TR", "2014-08-28", None)],
      al=["Erdogan", "Erdoğan", "Tayyip Erdogan", "Tayyip Erdoğan"],
      en=["Recep Tayyip Erdogan"], id=["Recep Tayyip Erdogan"], qid="Q39259"),
    P("Mevlüt Çavuşoğlu", "TR", [("foreign-minister", "TR", "2015-11-24", "2023-06-04")],
      al=["Cavusoglu", "Çavuşoğlu"], en=["Mevlut Cavusoglu"]),
    P("Hakan Fidan", "TR",
      [("intelligence-chief", "TR", "2010-05", "2023-06"),
       ("foreign-minister", "TR", "2023-06-04", None)],
      al=["Fidan"]),
    P("Hulusi Akar", "TR",
      [("chief-of-general-staff", "TR", "2015-08", "2018-07"),
       ("defence-minister", "TR", "2018-07-10", "2023-06-04")]),
    P("Yaşar Güler", "TR", [("defence-minister", "TR", "2023-06-04", None)],
      en=["Yasar Guler"]),
    P("İbrahim Kalın", "TR",
      [("spokesperson", "TR", "2014", "2023"), ("intelligence-chief", "TR", "2023-06", None)],
      en=["Ibrahim Kalin"]),
    P("Cevdet Yılmaz", "TR", [("vice-president", "TR", "2023-06-04", None)],
      en=["Cevdet Yilmaz"]),
    P("Fuat Oktay", "TR", [("vice-president", "TR", "2018-07-09", "2023-06-04")], al=["Oktay"]),

    # --- Gulf ---------------------------------------------------------------
    P("Salman of Saudi Arabia", "SA", [("king", "SA", "2015-01-23", None)],
      en=["King Salman", "Salman bin Abdulaziz", "Salman bin Abdulaziz Al Saud", "Salman Al Saud",
          "Salman bin Abdul Aziz", "Salman bin Abdul Aziz Al Saud", "Salman bin Abdul-Aziz"],
      id=["Raja Salman", "Salman bin Abdulaziz"]),
    P("Mohammed bin Salman", "SA",
      [("defence-minister", "SA", "2015-01-23", "2022-09-27"),
       ("crown-prince", "SA", "2017-06-21", None),
       ("prime-minister", "SA", "2022-09-27", None)],
      al=["MBS"], en=["Mohammad bin Salman", "Muhammad bin Salman", "Mohammed bin Salman Al Saud"],
      id=["Muhammad bin Salman", "Pangeran Mohammed bin Salman"]),
    P("Faisal bin Farhan", "SA", [("foreign-minister", "SA", "2019-10-23", None)],
      en=["Faisal bin Farhan Al Saud", "Prince Faisal bin Farhan"],
      id=["Pangeran Faisal bin Farhan"]),
    P("Khalid bin Salman", "SA", [("defence-minister", "SA", "2022-09-27", None)],
      en=["Khalid bin Salman Al Saud", "Prince Khalid bin Salman"]),
    P("Adel al-Jubeir", "SA",
      [("foreign-minister", "SA", "2015-04-29", "2018-12-27"),
       ("minister", "SA", "2018-12-27", None)],
      al=["al-Jubeir", "Jubeir"]),
    P("Mohamed bin Zayed", "AE",
      [("president", "AE", "2022-05-14", None)],
      al=["MBZ"], en=["Mohamed bin Zayed Al Nahyan", "Mohammed bin Zayed",
                      "Sheikh Mohamed bin Zayed"],
      id=["Mohammed bin Zayed", "Syekh Mohamed bin Zayed"]),
    P("Khalifa bin Zayed Al Nahyan", "AE", [("president", "AE", "2004-11-03", "2022-05-13")],
      en=["Khalifa bin Zayed", "Sheikh Khalifa bin Zayed"]),
    P("Mohammed bin Rashid Al Maktoum", "AE",
      [("vice-president", "AE", "2006-01-05", None), ("prime-minister", "AE", "2006-01-05", None)],
      en=["Mohammed bin Rashid", "Sheikh Mohammed bin Rashid"]),
    P("Abdullah bin Zayed Al Nahyan", "AE", [("foreign-minister", "AE", "2006-02-09", None)],
      en=["Abdullah bin Zayed", "Sheikh Abdullah bin Zayed"]),
    P("Tahnoun bin Zayed Al Nahyan", "AE", [("national-security-adviser", "AE", "2016", None)],
      en=["Tahnoun bin Zayed", "Tahnoon bin Zayed", "Sheikh Tahnoun bin Zayed"]),
    P("Anwar Gargash", "AE", [("aide", "AE", None, None)], al=["Gargash"]),
    P("Tamim bin Hamad Al Thani", "QA", [("emir", "QA", "2013-06-25", None)],
      en=["Tamim bin Hamad", "Sheikh Tamim bin Hamad Al Thani", "Sheikh Tamim", "Emir Tamim"],
      id=["Syekh Tamim", "Emir Tamim"]),
    P("Mohammed bin Abdulrahman Al Thani", "QA",
      [("foreign-minister", "QA", "2016-01-27", None), ("prime-minister", "QA", "2023-03-07", None)],
      en=["Mohammed bin Abdulrahman", "Sheikh Mohammed bin Abdulrahman Al Thani",
          "Mohammed bin Abdulrahman bin Jassim Al Thani"]),
    P("Majed al-Ansari", "QA", [("spokesperson", "QA", None, None)], en=["Majed Al Ansari"]),
    P("Haitham bin Tariq", "OM", [("sultan", "OM", "2020-01-11", None)],
      en=["Sultan Haitham", "Haitham bin Tariq Al Said"], id=["Sultan Haitham"]),
    P("Badr Albusaidi", "OM", [("foreign-minister", "OM", "2020-08-18", None)],
      en=["Badr al-Busaidi", "Badr bin Hamad Albusaidi"]),

    # --- Egypt, Jordan, Lebanon, Syria, Iraq -----------------------------------
    P("Abdel Fattah el-Sisi", "EG", [("president", "EG", "2014-06-08", None)],
      al=["Sisi", "el-Sisi", "al-Sisi", "El-Sisi", "Al-Sisi"],
      en=["Abdel Fattah al-Sisi", "Abdel Fattah El-Sisi", "Abdel Fattah Al Sisi", "Abdel-Fattah El-Sisi",
          "Abdel Fattah el-Sissi", "Abdel Fattah al-Sissi", "Abdel Fattah Sisi", "el-Sissi", "al-Sissi"],
      id=["Abdel Fattah al-Sisi", "Abdul Fattah al-Sisi", "Abdel Fattah al Sisi", "Abdel Fattah Al Sisi"]),
    P("Sameh Shoukry", "EG", [("foreign-minister", "EG", "2014-06-17", "2024-07-03")],
      al=["Shoukry"]),
    P("Badr Abdelatty", "EG", [("foreign-minister", "EG", "2024-07-03", None)],
      al=["Abdelatty"], en=["Badr Abdel Aty"]),
    P("Mostafa Madbouly", "EG", [("prime-minister", "EG", "2018-06-07", None)],
      al=["Madbouly"], en=["Moustafa Madbouly"]),
    P("Abbas Kamel", "EG", [("intelligence-chief", "EG", "2018", "2024")]),
    P("Hassan Rashad", "EG", [("intelligence-chief", "EG", "2024", None)]),
    P("Abdullah II of Jordan", "JO", [("king", "JO", "1999-02-07", None)],
      en=["King Abdullah II", "Abdullah II"], id=["Raja Abdullah II"]),
    P("Ayman Safadi", "JO", [("foreign-minister", "JO", "2017-01-15", None)], al=["Safadi"]),
    P("Joseph Aoun", "LB", [("president", "LB", "2025-01-09", None)]),
    P("Nawaf Salam", "LB", [("prime-minister", "LB", "2025-02-08", None)]),
    P("Najib Mikati", "LB", [("prime-minister", "LB", "2021-09-10", "2025-02-08")],
      al=["Mikati"]),
    P("Bashar al-Assad", "SY", [("president", "SY", "2000-07-17", "2024-12-08")],
      al=["Assad", "al-Assad"], en=["Bashar Assad", "Bashar al-Asad"],
      id=["Bashar Al Assad", "Bashar Assad"]),
    P("Walid Muallem", "SY", [("foreign-minister", "SY", "2006-02-11", "2020-11-16")],
      al=["Muallem"], en=["Walid al-Muallem", "Walid al-Moallem"]),
    P("Faisal Mekdad", "SY", [("foreign-minister", "SY", "2020-11-22", "2024-12-08")],
      al=["Mekdad"], en=["Faisal al-Mekdad", "Faisal Miqdad"]),
    P("Ahmed al-Sharaa", "SY", [("president", "SY", "2025-01-29", None)],
      al=["al-Sharaa", "Sharaa", "al-Jolani", "Jolani", "al-Julani", "Julani"],
      en=["Ahmad al-Sharaa", "Abu Mohammed al-Jolani", "Abu Mohammad al-Julani",
          "Abu Mohammed al-Julani"]),
    P("Asaad al-Shaibani", "SY", [("foreign-minister", "SY", "2024-12-21", None)],
      al=["al-Shaibani", "Shaibani"], en=["Asaad Hassan al-Shaibani", "Assad al-Shaibani"]),
    P("Murhaf Abu Qasra", "SY", [("defence-minister", "SY", "2024-12", None)]),
    P("Mohammed Shia al-Sudani", "IQ", [("prime-minister", "IQ", "2022-10-27", None)],
      al=["al-Sudani"], en=["Mohammed Shia' al-Sudani", "Mohammed Shia Al Sudani"]),
    P("Mustafa al-Kadhimi", "IQ", [("prime-minister", "IQ", "2020-05-07", "2022-10-27")],
      al=["al-Kadhimi", "Kadhimi"]),
    P("Adil Abdul-Mahdi", "IQ", [("prime-minister", "IQ", "2018-10-25", "2020-05-07")],
      al=["Abdul-Mahdi"], en=["Adel Abdul Mahdi"]),
    P("Fuad Hussein", "IQ", [("foreign-minister", "IQ", "2020-06-06", None)]),
    P("Abdul Latif Rashid", "IQ", [("president", "IQ", "2022-10", None)]),
    P("Barham Salih", "IQ", [("president", "IQ", "2018-10-02", "2022-10")]),

    # --- Korea, Japan -----------------------------------------------------------
    P("Kim Jong Un", "KP",
      [("supreme-leader", "KP", "2011-12-17", None),
       ("general-secretary", "KP", "2021-01-10", None)],
      en=["Kim Jong-un", "Kim Jong-Un", "Kim Jong un"], id=["Kim Jong-un"], qid="Q56226"),
    P("Kim Yo Jong", "KP", [], en=["Kim Yo-jong", "Kim Yo-Jong"]),
    P("Choe Son Hui", "KP", [("foreign-minister", "KP", "2022-06", None)],
      en=["Choe Son-hui", "Choe Son-Hui", "Choi Son Hui", "Choi Son-hui"]),
    P("Ri Son Gwon", "KP", [("foreign-minister", "KP", "2020-01", "2022-06")],
      en=["Ri Son-gwon"]),
    P("Ri Yong Ho", "KP", [("foreign-minister", "KP", "2016-05", "2020-01")], en=["Ri Yong-ho"]),
    P("Moon Jae-in", "KR", [("president", "KR", "2017-05-10", "2022-05-09")],
      en=["Moon Jae In"]),
    P("Yoon Suk Yeol", "KR", [("president", "KR", "2022-05-10", "2025-04-04")], al=["Yoon"],
      en=["Yoon Suk-yeol", "Yoon Suk-Yeol"]),
    P("Lee Jae-myung", "KR", [("president", "KR", "2025-06-04", None)],
      en=["Lee Jae Myung", "Lee Jae-Myung"]),
    P("Han Duck-soo", "KR",
      [("prime-minister", "KR", "2022-05-21", "2025-05-01"),
       ("president", "KR", "2024-12-14", "2024-12-27", "acting"),
       ("president", "KR", "2025-03-24", "2025-05-01", "acting")],
      en=["Han Duck Soo"]),
    P("Choi Sang-mok", "KR", [("president", "KR", "2024-12-27", "2025-03-24", "acting")],
      en=["Choi Sang Mok"]),
    P("Kang Kyung-wha", "KR", [("foreign-minister", "KR", "2017-06-18", "2021-02-08")],
      en=["Kang Kyung Wha"]),
    P("Chung Eui-yong", "KR",
      [("national-security-adviser", "KR", "2017-05", "2020-07"),
       ("foreign-minister", "KR", "2021-02-09", "2022-05")],
      en=["Chung Eui Yong"]),
    P("Park Jin", "KR", [("foreign-minister", "KR", "2022-05-12", "2024-01-10")]),
    P("Cho Tae-yul", "KR", [("foreign-minister", "KR", "2024-01-10", "2025")],
      en=["Cho Tae Yul"]),
    P("Cho Hyun", "KR", [("foreign-minister", "KR", "2025-07", None)]),
    P("Lee Jong-sup", "KR", [("defence-minister", "KR", "2022-05-10", "2023-10-06")]),
    P("Shin Won-sik", "KR",
      [("defence-minister", "KR", "2023-10-07", "2024-09-06"),
       ("national-security-adviser", "KR", "2024-09", "2025-06")]),
    P("Kim Yong-hyun", "KR", [("defence-minister", "KR", "2024-09-06", "2024-12-05")]),
    P("Ahn Gyu-back", "KR", [("defence-minister", "KR", "2025-07", None)]),
    P("Wi Sung-lac", "KR", [("national-security-adviser", "KR", "2025-06", None)]),
    P("Shinzo Abe", "JP",
      [("prime-minister", "JP", "2006-09-26", "2007-09-26"),
       ("prime-minister", "JP", "2012-12-26", "2020-09-16")],
      al=["Abe"], en=["Shinzō Abe"]),
    P("Yoshihide Suga", "JP", [("prime-minister", "JP", "2020-09-16", "2021-10-04")],
      al=["Suga"], amb=["Suga"]),
    P("Fumio Kishida", "JP",
      [("foreign-minister", "JP", "2012-12-26", "2017-08-03"),
       ("prime-minister", "JP", "2021-10-04", "2024-10-01")],
      al=["Kishida"]),
    P("Shigeru Ishiba", "JP", [("prime-minister", "JP", "2024-10-01", "2025-10-21")],
      al=["Ishiba"]),
    P("Sanae Takaichi", "JP", [("prime-minister", "JP", "2025-10-21", None)], al=["Takaichi"]),
    P("Taro Kono", "JP",
      [("foreign-minister", "JP", "2017-08-03", "2019-09-11"),
       ("defence-minister", "JP", "2019-09-11", "2020-09-16")],
      en=["Tarō Kōno"]),
    P("Toshimitsu Motegi", "JP",
      [("foreign-minister", "JP", "2019-09-11", "2021-11-10"),
       ("foreign-minister", "JP", "2025-10-21", None)],
      al=["Motegi"]),
    P("Yoshimasa Hayashi", "JP", [("foreign-minister", "JP", "2021-11-10", "2023-09-13")]),
    P("Yoko Kamikawa", "JP", [("foreign-minister", "JP", "2023-09-13", "2024-10-01")],
      al=["Kamikawa"]),
    P("Takeshi Iwaya", "JP", [("foreign-minister", "JP", "2024-10-01", "2025-10-21")],
      al=["Iwaya"]),
    P("Nobuo Kishi", "JP", [("defence-minister", "JP", "2020-09-16", "2022-08-10")]),
    P("Yasukazu Hamada", "JP", [("defence-minister", "JP", "2022-08-10", "2023-09-13")]),
    P("Minoru Kihara", "JP", [("defence-minister", "JP", "2023-09-13", "2024-10-01")],
      al=["Kihara"]),
    P("Gen Nakatani", "JP", [("defence-minister", "JP", "2024-10-01", "2025-10-21")],
      al=["Nakatani"]),
    P("Shinjiro Koizumi", "JP", [("defence-minister", "JP", "2025-10-21", None)],
      al=["Koizumi"]),

    # --- South Asia -------------------------------------------------------------
    P("Narendra Modi", "IN", [("prime-minister", "IN", "2014-05-26", None)], al=["Modi"],
      qid="Q1058"),
    P("S. Jaishankar", "IN", [("foreign-minister", "IN", "2019-05-30", None)],
      al=["Jaishankar"], en=["Subrahmanyam Jaishankar", "S Jaishankar"]),
    P("Sushma Swaraj", "IN", [("foreign-minister", "IN", "2014-05-26", "2019-05-30")],
      al=["Swaraj"]),
    P("Rajnath Singh", "IN", [("defence-minister", "IN", "2019-05", None)]),
    P("Nirmala Sitharaman", "IN",
      [("defence-minister", "IN", "2017-09-03", "2019-05-30"),
       ("minister", "IN", "2019-05-31", None)],
      al=["Sitharaman"]),
    P("Ajit Doval", "IN", [("national-security-adviser", "IN", "2014-05-30", None)],
      al=["Doval"]),
    P("Droupadi Murmu", "IN", [("president", "IN", "2022-07-25", None)], al=["Murmu"]),
    P("Ram Nath Kovind", "IN", [("president", "IN", "2017-07-25", "2022-07-25")], al=["Kovind"]),
    P("Imran Khan", "PK", [("prime-minister", "PK", "2018-08-18", "2022-04-10")]),
    P("Shehbaz Sharif", "PK",
      [("prime-minister", "PK", "2022-04-11", "2023-08-14"),
       ("prime-minister", "PK", "2024-03-04", None)],
      en=["Shahbaz Sharif"]),
    P("Asif Ali Zardari", "PK",
      [("president", "PK", "2008-09-09", "2013-09-09"), ("president", "PK", "2024-03-10", None)]),
    P("Arif Alvi", "PK", [("president", "PK", "2018-09-09", "2024-03-10")], al=["Alvi"]),
    P("Ishaq Dar", "PK", [("foreign-minister", "PK", "2024-03-11", None)]),
    P("Shah Mehmood Qureshi", "PK", [("foreign-minister", "PK", "2018-08-20", "2022-04-10")],
      al=["Qureshi"]),
    P("Bilawal Bhutto Zardari", "PK", [("foreign-minister", "PK", "2022-04-27", "2023-08-10")],
      al=["Bilawal"]),
    P("Khawaja Asif", "PK", [("defence-minister", "PK", "2024-03-11", None)],
      en=["Khawaja Muhammad Asif"]),
    P("Asim Munir", "PK", [("army-chief", "PK", "2022-11-29", None)]),
    P("Qamar Javed Bajwa", "PK", [("army-chief", "PK", "2016-11-29", "2022-11-29")],
      al=["Bajwa"]),

    # --- Indonesia --------------------------------------------------------------
    P("Joko Widodo", "ID", [("president", "ID", "2014-10-20", "2024-10-20")], al=["Jokowi"]),
    P("Prabowo Subianto", "ID",
      [("defence-minister", "ID", "2019-10-23", "2024-10-20"),
       ("president", "ID", "2024-10-20", None)],
      al=["Prabowo"]),
    P("Gibran Rakabuming Raka", "ID", [("vice-president", "ID", "2024-10-20", None)],
      al=["Gibran"], amb=["Gibran"]),
    P("Ma'ruf Amin", "ID", [("vice-president", "ID", "2019-10-20", "2024-10-20")],
      en=["Maruf Amin", "Ma’ruf Amin"]),
    P("Jusuf Kalla", "ID",
      [("vice-president", "ID", "2004-10-20", "2009-10-20"),
       ("vice-president", "ID", "2014-10-20", "2019-10-20")],
      al=["Kalla"]),
    P("Retno Marsudi", "ID", [("foreign-minister", "ID", "2014-10-27", "2024-10-20")],
      al=["Retno"], en=["Retno L.P. Marsudi", "Retno LP Marsudi"], amb=["Retno"]),
    P("Sugiono", "ID", [("foreign-minister", "ID", "2024-10-21", None)]),
    P("Sjafrie Sjamsoeddin", "ID", [("defence-minister", "ID", "2024-10-21", None)],
      al=["Sjafrie"]),
    P("Ryamizard Ryacudu", "ID", [("defence-minister", "ID", "2014-10-27", "2019-10-23")],
      al=["Ryamizard"]),
    P("Luhut Binsar Pandjaitan", "ID", [("minister", "ID", "2016-07-27", "2024-10-20")],
      al=["Luhut"]),
    P("Budi Gunawan", "ID",
      [("intelligence-chief", "org:bin", "2016-09", "2024-10"),
       ("minister", "ID", "2024-10", "2025-09")]),
    P("Muhammad Herindra", "ID", [("intelligence-chief", "org:bin", "2024-10", None)],
      al=["Herindra"]),
    P("Anis Matta", "ID", [("deputy-foreign-minister", "ID", "2024-10", None)]),
    P("Arrmanatha Nasir", "ID", [("spokesperson", "ID", "2015", "2018"),
                                 ("deputy-foreign-minister", "ID", "2024-10", None)],
      en=["Arrmanatha Christiawan Nasir", "Armanatha Nasir", "Arrmanatha Nassir", "Armanatha Nassir"],
      al=["Arrmanatha"]),
    P("Arif Havas Oegroseno", "ID", [("deputy-foreign-minister", "ID", "2024-10", None)]),
    P("Hadi Tjahjanto", "ID", [("chief-of-general-staff", "ID", "2017-12-08", "2021-11-17")]),
    P("Andika Perkasa", "ID", [("chief-of-general-staff", "ID", "2021-11-17", "2022-12-19")]),
    P("Yudo Margono", "ID", [("chief-of-general-staff", "ID", "2022-12-19", "2023-11-22")]),
    P("Agus Subiyanto", "ID", [("chief-of-general-staff", "ID", "2023-11-22", None)]),

    # --- Southeast Asia, Oceania ---------------------------------------------------
    P("Anwar Ibrahim", "MY", [("prime-minister", "MY", "2022-11-24", None)]),
    P("Ismail Sabri Yaakob", "MY", [("prime-minister", "MY", "2021-08-21", "2022-11-24")],
      en=["Ismail Sabri"]),
    P("Muhyiddin Yassin", "MY", [("prime-minister", "MY", "2020-03-01", "2021-08-16")],
      al=["Muhyiddin"]),
    P("Mahathir Mohamad", "MY",
      [("prime-minister", "MY", "1981-07-16", "2003-10-31"),
       ("prime-minister", "MY", "2018-05-10", "2020-02-24")],
      al=["Mahathir"]),
    P("Mohamad Hasan", "MY", [("foreign-minister", "MY", "2023-12-12", None)], en=["Tok Mat"]),
    P("Zambry Abdul Kadir", "MY", [("foreign-minister", "MY", "2022-12-03", "2023-12-12")],
      en=["Zambry Abd Kadir", "Zambry Abd. Kadir"], al=["Zambry"]),
    P("Mohamed Khaled Nordin", "MY", [("defence-minister", "MY", "2023-12-12", None)],
      en=["Khaled Nordin"]),
    P("Lee Hsien Loong", "SG", [("prime-minister", "SG", "2004-08-12", "2024-05-15")]),
    P("Lawrence Wong", "SG", [("prime-minister", "SG", "2024-05-15", None)]),
    P("Vivian Balakrishnan", "SG", [("foreign-minister", "SG", "2015-10-01", None)],
      al=["Balakrishnan"]),
    P("Ng Eng Hen", "SG", [("defence-minister", "SG", "2011-05-21", "2025-05-23")]),
    P("Chan Chun Sing", "SG", [("defence-minister", "SG", "2025-05-23", None)]),
    P("Tharman Shanmugaratnam", "SG", [("president", "SG", "2023-09-14", None)],
      al=["Tharman"]),
    P("Halimah Yacob", "SG", [("president", "SG", "2017-09-14", "2023-09-13")]),
    P("Rodrigo Duterte", "PH", [("president", "PH", "2016-06-30", "2022-06-30")],
      al=["Duterte"]),
    P("Ferdinand Marcos Jr.", "PH", [("president", "PH", "2022-06-30", None)],
      al=["Marcos", "Bongbong Marcos"],
      en=["Ferdinand Marcos", "Ferdinand R. Marcos Jr.", "Ferdinand Marcos Jr"], amb=["Marcos"]),
    P("Teodoro Locsin Jr.", "PH", [("foreign-minister", "PH", "2018-10-17", "2022-06-30")],
      al=["Locsin"], en=["Teddy Locsin"]),
    P("Enrique Manalo", "PH", [("foreign-minister", "PH", "2022-07-01", None)], al=["Manalo"]),
    P("Delfin Lorenzana", "PH", [("defence-minister", "PH", "2016-07-01", "2022-06-30")],
      al=["Lorenzana"]),
    P("Gilberto Teodoro", "PH", [("defence-minister", "PH", "2023-06-05", None)],
      en=["Gibo Teodoro"]),
    P("Phạm Minh Chính", "VN", [("prime-minister", "VN", "2021-04-05", None)],
      en=["Pham Minh Chinh"]),
    P("Nguyễn Phú Trọng", "VN", [("general-secretary", "VN", "2011-01-19", "2024-07-19")],
      en=["Nguyen Phu Trong"]),
    P("Tô Lâm", "VN",
      [("president", "VN", "2024-05-22", "2024-10-21"),
       ("general-secretary", "VN", "2024-08-03", None)],
      en=["To Lam"]),
    P("Prayut Chan-o-cha", "TH", [("prime-minister", "TH", "2014-08-24", "2023-08-22")],
      al=["Prayut", "Prayuth"], en=["Prayut Chan-ocha", "Prayuth Chan-ocha"]),
    P("Srettha Thavisin", "TH", [("prime-minister", "TH", "2023-08-22", "2024-08-14")],
      al=["Srettha"]),
    P("Paetongtarn Shinawatra", "TH", [("prime-minister", "TH", "2024-08-16", "2025-08-29")],
      al=["Paetongtarn"]),
    P("Anutin Charnvirakul", "TH", [("prime-minister", "TH", "2025-09-07", None)],
      al=["Anutin"]),
    P("Min Aung Hlaing", "MM",
      [("commander-in-chief", "MM", "2011-03-30", None),
       ("chairman", "MM", "2021-02-02", None)]),
    P("Aung San Suu Kyi", "MM", [("leader", "MM", "2016-04-06", "2021-02-01")],
      al=["Suu Kyi"]),
    P("Hun Sen", "KH", [("prime-minister", "KH", "1985-01-14", "2023-08-22")]),
    P("Hun Manet", "KH", [("prime-minister", "KH", "2023-08-22", None)]),
    P("Tsai Ing-wen", "TW", [("president", "TW", "2016-05-20", "2024-05-20")],
      en=["Tsai Ing wen"]),
    P("Lai Ching-te", "TW",
      [("vice-president", "TW", "2020-05-20", "2024-05-20"),
       ("president", "TW", "2024-05-20", None)],
      en=["William Lai", "Lai Ching te"]),
    P("Anthony Albanese", "AU", [("prime-minister", "AU", "2022-05-23", None)],
      al=["Albanese"]),
    P("Scott Morrison", "AU", [("prime-minister", "AU", "2018-08-24", "2022-05-23")],
      al=["Morrison"], amb=["Morrison"]),
    P("Malcolm Turnbull", "AU", [("prime-minister", "AU", "2015-09-15", "2018-08-24")],
      al=["Turnbull"]),
    P("Penny Wong", "AU", [("foreign-minister", "AU", "2022-05-23", None)]),
    P("Marise Payne", "AU",
      [("defence-minister", "AU", "2015-09-21", "2018-08-26"),
       ("foreign-minister", "AU", "2018-08-26", "2022-05-23")]),
    P("Richard Marles", "AU",
      [("deputy-prime-minister", "AU", "2022-05-23", None),
       ("defence-minister", "AU", "2022-06-01", None)],
      al=["Marles"]),
    P("Peter Dutton", "AU", [("defence-minister", "AU", "2021-03-30", "2022-05-23")],
      al=["Dutton"]),

    # --- United Kingdom -------------------------------------------------------
    P("Theresa May", "GB", [("prime-minister", "GB", "2016-07-13", "2019-07-24")]),
    P("Boris Johnson", "GB",
      [("foreign-minister", "GB", "2016-07-13", "2018-07-09"),
       ("prime-minister", "GB", "2019-07-24", "2022-09-06")],
      qid="Q180589"),
    P("Liz Truss", "GB",
      [("foreign-minister", "GB", "2021-09-15", "2022-09-06"),
       ("prime-minister", "GB", "2022-09-06", "2022-10-25")],
      al=["Truss"], amb=["Truss"]),
    P("Rishi Sunak", "GB", [("prime-minister", "GB", "2022-10-25", "2024-07-05")], al=["Sunak"]),
    P("Keir Starmer", "GB", [("prime-minister", "GB", "2024-07-05", None)], al=["Starmer"]),
    P("Jeremy Hunt", "GB", [("foreign-minister", "GB", "2018-07-09", "2019-07-24")]),
    P("Dominic Raab", "GB", [("foreign-minister", "GB", "2019-07-24", "2021-09-15")],
      al=["Raab"]),
    P("James Cleverly", "GB", [("foreign-minister", "GB", "2022-09-06", "2023-11-13")]),
    P("David Cameron", "GB",
      [("prime-minister", "GB", "2010-05-11", "2016-07-13"),
       ("foreign-minister", "GB", "2023-11-13", "2024-07-05")],
      en=["Lord Cameron"]),
    P("David Lammy", "GB",
      [("foreign-minister", "GB", "2024-07-05", "2025-09-05"),
       ("deputy-prime-minister", "GB", "2025-09-05", None)],
      al=["Lammy"]),
    P("Yvette Cooper", "GB", [("foreign-minister", "GB", "2025-09-05", None)]),
    P("Ben Wallace", "GB", [("defence-minister", "GB", "2019-07-24", "2023-08-31")]),
    P("Grant Shapps", "GB", [("defence-minister", "GB", "2023-08-31", "2024-07-05")],
      al=["Shapps"]),
    P("John Healey", "GB", [("defence-minister", "GB", "2024-07-05", None)]),
    P("Jonathan Powell", "GB", [("national-security-adviser", "GB", "2024", None)]),
    P("Charles III", "GB", [("king", "GB", "2022-09-08", None)],
      en=["King Charles III", "King Charles"], id=["Raja Charles III", "Raja Charles"]),
    P("Elizabeth II", "GB", [("queen", "GB", "1952-02-06", "2022-09-08")],
      en=["Queen Elizabeth II", "Queen Elizabeth"], id=["Ratu Elizabeth II", "Ratu Elizabeth"],
      qid="Q9682"),

    # --- France, Germany, Italy ---------------------------------------------------
    P("Emmanuel Macron", "FR", [("president", "FR", "2017-05-14", None)], al=["Macron"],
      qid="Q3052772"),
    P("Édouard Philippe", "FR", [("prime-minister", "FR", "2017-05-15", "2020-07-03")],
      en=["Edouard Philippe"]),
    P("Jean Castex", "FR", [("prime-minister", "FR", "2020-07-03", "2022-05-16")],
      al=["Castex"]),
    P("Élisabeth Borne", "FR", [("prime-minister", "FR", "2022-05-16", "2024-01-09")],
      en=["Elisabeth Borne"]),
    P("Gabriel Attal", "FR", [("prime-minister", "FR", "2024-01-09", "2024-09-05")],
      al=["Attal"]),
    P("Michel Barnier", "FR", [("prime-minister", "FR", "2024-09-05", "2024-12-13")],
      al=["Barnier"]),
    P("François Bayrou", "FR", [("prime-minister", "FR", "2024-12-13", "2025-09-09")],
      al=["Bayrou"], en=["Francois Bayrou"]),
    P("Sébastien Lecornu", "FR",
      [("defence-minister", "FR", "2022-05-20", "2025"),
       ("prime-minister", "FR", "2025-09-09", None)],
      al=["Lecornu"], en=["Sebastien Lecornu"]),
    P("Jean-Yves Le Drian", "FR",
      [("defence-minister", "FR", "2012-05-16", "2017-05-17"),
       ("foreign-minister", "FR", "2017-05-17", "2022-05-20")],
      al=["Le Drian"]),
    P("Catherine Colonna", "FR", [("foreign-minister", "FR", "2022-05-20", "2024-01-11")],
      al=["Colonna"]),
    P("Stéphane Séjourné", "FR", [("foreign-minister", "FR", "2024-01-11", "2024-09-21")],
      al=["Séjourné", "Sejourne"], en=["Stephane Sejourne"]),
    P("Jean-Noël Barrot", "FR", [("foreign-minister", "FR", "2024-09-21", None)],
      al=["Barrot"], en=["Jean-Noel Barrot"]),
    P("Florence Parly", "FR", [("defence-minister", "FR", "2017-06-21", "2022-05-20")],
      al=["Parly"]),
    P("Angela Merkel", "DE", [("chancellor", "DE", "2005-11-22", "2021-12-08")], al=["Merkel"],
      qid="Q567"),
    P("Olaf Scholz", "DE", [("chancellor", "DE", "2021-12-08", "2025-05-06")], al=["Scholz"],
      qid="Q61053"),
    P("Friedrich Merz", "DE", [("chancellor", "DE", "2025-05-06", None)], al=["Merz"]),
    P("Frank-Walter Steinmeier", "DE",
      [("foreign-minister", "DE", "2013-12-17", "2017-01-27"),
       ("president", "DE", "2017-03-19", None)],
      al=["Steinmeier"]),
    P("Heiko Maas", "DE", [("foreign-minister", "DE", "2018-03-14", "2021-12-08")], al=["Maas"], amb=["Maas"]),
    P("Annalena Baerbock", "DE",
      [("foreign-minister", "DE", "2021-12-08", "2025-05-06"),
       ("president", "org:un-general-assembly", "2025-09-09", None)],
      al=["Baerbock"]),
    P("Johann Wadephul", "DE", [("foreign-minister", "DE", "2025-05-06", None)],
      al=["Wadephul"]),
    P("Annegret Kramp-Karrenbauer", "DE",
      [("defence-minister", "DE", "2019-07-17", "2021-12-08")],
      al=["Kramp-Karrenbauer", "AKK"]),
    P("Christine Lambrecht", "DE", [("defence-minister", "DE", "2021-12-08", "2023-01-19")],
      al=["Lambrecht"]),
    P("Boris Pistorius", "DE", [("defence-minister", "DE", "2023-01-19", None)],
      al=["Pistorius"]),
    P("Giorgia Meloni", "IT", [("prime-minister", "IT", "2022-10-22", None)], al=["Meloni"]),
    P("Mario Draghi", "IT", [("prime-minister", "IT", "2021-02-13", "2022-10-22")],
      al=["Draghi"]),
    P("Giuseppe Conte", "IT", [("prime-minister", "IT", "2018-06-01", "2021-02-13")]),
    P("Sergio Mattarella", "IT", [("president", "IT", "2015-02-03", None)], al=["Mattarella"]),
    P("Luigi Di Maio", "IT", [("foreign-minister", "IT", "2019-09-05", "2022-10-22")],
      al=["Di Maio"]),
    P("Antonio Tajani", "IT", [("foreign-minister", "IT", "2022-10-22", None)], al=["Tajani"]),
    P("Lorenzo Guerini", "IT", [("defence-minister", "IT", "2019-09-05", "2022-10-22")],
      al=["Guerini"]),
    P("Guido Crosetto", "IT", [("defence-minister", "IT", "2022-10-22", None)],
      al=["Crosetto"]),

    # --- Central / Eastern Europe ---------------------------------------------------
    P("Andrzej Duda", "PL", [("president", "PL", "2015-08-06", "2025-08-06")], al=["Duda"]),
    P("Karol Nawrocki", "PL", [("president", "PL", "2025-08-06", None)], al=["Nawrocki"]),
    P("Mateusz Morawiecki", "PL", [("prime-minister", "PL", "2017-12-11", "2023-12-13")],
      al=["Morawiecki"]),
    P("Donald Tusk", "PL",
      [("prime-minister", "PL", "2007-11-16", "2014-09-22"),
       ("president", "org:european-council", "2014-12-01", "2019-11-30"),
       ("prime-minister", "PL", "2023-12-13", None)],
      al=["Tusk"]),
    P("Radosław Sikorski", "PL",
      [("foreign-minister", "PL", "2007-11-16", "2014-09-22"),
       ("foreign-minister", "PL", "2023-12-13", None)],
      al=["Sikorski"], en=["Radoslaw Sikorski", "Radek Sikorski"]),
    P("Jacek Czaputowicz", "PL", [("foreign-minister", "PL", "2018-01-09", "2020-08-20")],
      al=["Czaputowicz"]),
    P("Zbigniew Rau", "PL", [("foreign-minister", "PL", "2020-08-26", "2023-11-27")]),
    P("Mariusz Błaszczak", "PL", [("defence-minister", "PL", "2018-01-09", "2023-11-27")],
      al=["Błaszczak", "Blaszczak"], en=["Mariusz Blaszczak"]),
    P("Władysław Kosiniak-Kamysz", "PL", [("defence-minister", "PL", "2023-12-13", None)],
      al=["Kosiniak-Kamysz"], en=["Wladyslaw Kosiniak-Kamysz"]),
    P("Alexander Lukashenko", "BY", [("president", "BY", "1994-07-20", None)],
      al=["Lukashenko", "Lukashenka"], en=["Aleksandr Lukashenko", "Alyaksandr Lukashenka"]),
    P("Vladimir Makei", "BY", [("foreign-minister", "BY", "2012-08-20", "2022-11-26")],
      al=["Makei"]),
    P("Viktor Khrenin", "BY", [("defence-minister", "BY", "2020-01-20", None)], al=["Khrenin"]),
    P("Sviatlana Tsikhanouskaya", "BY", [], al=["Tsikhanouskaya", "Tikhanovskaya"],
      en=["Svetlana Tikhanovskaya"]),
    P("Viktor Orbán", "HU",
      [("prime-minister", "HU", "1998-07-06", "2002-05-27"),
       ("prime-minister", "HU", "2010-05-29", None)],
      al=["Orbán", "Orban"], en=["Viktor Orban"]),
    P("Péter Szijjártó", "HU", [("foreign-minister", "HU", "2014-09-23", None)],
      al=["Szijjártó", "Szijjarto"], en=["Peter Szijjarto"]),
    P("Katalin Novák", "HU", [("president", "HU", "2022-05-10", "2024-02-26")],
      en=["Katalin Novak"]),
    P("Robert Fico", "SK", [("prime-minister", "SK", "2023-10-25", None)], al=["Fico"]),
    P("Aleksandar Vučić", "RS", [("president", "RS", "2017-05-31", None)],
      al=["Vučić", "Vucic"], en=["Aleksandar Vucic"]),
    P("Maia Sandu", "MD", [("president", "MD", "2020-12-24", None)], al=["Sandu"]),
    P("Alexander Stubb", "FI", [("president", "FI", "2024-03-01", None)], al=["Stubb"]),
    P("Sauli Niinistö", "FI", [("president", "FI", "2012-03-01", "2024-03-01")],
      al=["Niinistö", "Niinisto"], en=["Sauli Niinisto"]),
    P("Ulf Kristersson", "SE", [("prime-minister", "SE", "2022-10-18", None)],
      al=["Kristersson"]),
    P("Kassym-Jomart Tokayev", "KZ", [("president", "KZ", "2019-03-20", None)],
      al=["Tokayev"]),
    P("Ilham Aliyev", "AZ", [("president", "AZ", "2003-10-31", None)], al=["Aliyev"]),
    P("Nikol Pashinyan", "AM", [("prime-minister", "AM", "2018-05-08", None)],
      al=["Pashinyan"]),

    # --- EU, NATO, UN and other organisations -------------------------------------------
    P("Ursula von der Leyen", "DE",
      [("defence-minister", "DE", "2013-12-17", "2019-07-17"),
       ("president", "org:european-commission", "2019-12-01", None)],
      al=["von der Leyen", "Von der Leyen"], qid="Q60772"),
    P("Jean-Claude Juncker", "LU",
      [("prime-minister", "LU", "1995-01-20", "2013-12-04"),
       ("president", "org:european-commission", "2014-11-01", "2019-11-30")],
      al=["Juncker"]),
    P("Charles Michel", "BE",
      [("prime-minister", "BE", "2014-10-11", "2019-10-27"),
       ("president", "org:european-council", "2019-12-01", "2024-11-30")]),
    P("António Costa", "PT",
      [("prime-minister", "PT", "2015-11-26", "2024-04-02"),
       ("president", "org:european-council", "2024-12-01", None)],
      en=["Antonio Costa"]),
    P("Federica Mogherini", "IT",
      [("high-representative", "org:european-union", "2014-11-01", "2019-11-30")],
      al=["Mogherini"]),
    P("Josep Borrell", "ES",
      [("high-representative", "org:european-union", "2019-12-01", "2024-11-30")],
      al=["Borrell"]),
    P("Kaja Kallas", "EE",
      [("prime-minister", "EE", "2021-01-26", "2024-07-23"),
       ("high-representative", "org:european-union", "2024-12-01", None)],
      al=["Kallas"]),
    P("Roberta Metsola", "MT", [("president", "org:european-parliament", "2022-01-18", None)],
      al=["Metsola"]),
    P("Jens Stoltenberg", "NO",
      [("prime-minister", "NO", "2005-10-17", "2013-10-16"),
       ("secretary-general", "org:nato", "2014-10-01", "2024-10-01"),
       ("minister", "NO", "2025-02-04", None)],
      al=["Stoltenberg"]),
    P("Mark Rutte", "NL",
      [("prime-minister", "NL", "2010-10-14", "2024-07-02"),
       ("secretary-general", "org:nato", "2024-10-01", None)],
      al=["Rutte"]),
    P("António Guterres", "PT",
      [("prime-minister", "PT", "1995-10-28", "2002-04-06"),
       ("secretary-general", "org:united-nations", "2017-01-01", None)],
      al=["Guterres"], en=["Antonio Guterres"], qid="Q311440"),
    P("Stéphane Dujarric", "FR", [("spokesperson", "org:united-nations", "2014", None)],
      al=["Dujarric"], en=["Stephane Dujarric"]),
    P("Volker Türk", "AT",
      [("high-commissioner", "org:united-nations", "2022-10-17", None)], en=["Volker Turk"]),
    P("Philippe Lazzarini", "CH", [("head", "org:unrwa", "2020-04", None)], al=["Lazzarini"]),
    P("Rafael Grossi", "AR", [("director-general", "org:iaea", "2019-12-03", None)],
      al=["Grossi"], en=["Rafael Mariano Grossi"]),
    P("Tedros Adhanom Ghebreyesus", "ET", [("director-general", "org:who", "2017-07-01", None)],
      al=["Tedros"], en=["Tedros Adhanom"]),
    P("Kristalina Georgieva", "BG", [("managing-director", "org:imf", "2019-10-01", None)],
      al=["Georgieva"]),
    P("Karim Khan", "GB", [("prosecutor", "org:icc", "2021-06-16", None)],
      en=["Karim A. A. Khan", "Karim A.A. Khan"]),
    P("Ahmed Aboul Gheit", "EG", [("secretary-general", "org:arab-league", "2016-07-01", None)],
      al=["Aboul Gheit"]),
    P("Kao Kim Hourn", "KH", [("secretary-general", "org:asean", "2023-01-01", None)]),
    P("Moussa Faki Mahamat", "TD",
      [("chairman", "org:african-union", "2017-03-14", "2025-02-15")], en=["Moussa Faki"]),
    P("Pope Francis", "VA", [("pope", "VA", "2013-03-13", "2025-04-21")],
      en=["Jorge Mario Bergoglio"], id=["Paus Fransiskus", "Paus Francis"], qid="Q450675"),
    P("Pope Leo XIV", "VA", [("pope", "VA", "2025-05-08", None)],
      en=["Leo XIV", "Robert Francis Prevost", "Robert Prevost"], id=["Paus Leo XIV"]),

    # --- Americas, Africa -------------------------------------------------------------
    P("Luiz Inácio Lula da Silva", "BR",
      [("president", "BR", "2003-01-01", "2011-01-01"), ("president", "BR", "2023-01-01", None)],
      al=["Lula"], en=["Lula da Silva", "Luiz Inacio Lula da Silva"]),
    P("Jair Bolsonaro", "BR", [("president", "BR", "2019-01-01", "2023-01-01")],
      al=["Bolsonaro"]),
    P("Mauro Vieira", "BR", [("foreign-minister", "BR", "2023-01-01", None)]),
    P("Celso Amorim", "BR", [("aide", "BR", "2023-01", None)], al=["Amorim"], amb=["Amorim"]),
    P("Nicolás Maduro", "VE", [("president", "VE", "2013-04-19", None)], al=["Maduro"],
      en=["Nicolas Maduro"]),
    P("Delcy Rodríguez", "VE", [("vice-president", "VE", "2018-06-14", None)],
      en=["Delcy Rodriguez"]),
    P("Yván Gil", "VE", [("foreign-minister", "VE", "2023", None)], en=["Yvan Gil"]),
    P("Vladimir Padrino López", "VE", [("defence-minister", "VE", "2014-10-24", None)],
      en=["Vladimir Padrino Lopez", "Vladimir Padrino"]),
    P("Juan Guaidó", "VE", [], al=["Guaidó", "Guaido"], en=["Juan Guaido"]),
    P("María Corina Machado", "VE", [], en=["Maria Corina Machado"]),
    P("Edmundo González", "VE", [], en=["Edmundo Gonzalez", "Edmundo González Urrutia"]),
    P("Justin Trudeau", "CA", [("prime-minister", "CA", "2015-11-04", "2025-03-14")],
      al=["Trudeau"]),
    P("Mark Carney", "CA", [("prime-minister", "CA", "2025-03-14", None)], al=["Carney"]),
    P("Claudia Sheinbaum", "MX", [("president", "MX", "2024-10-01", None)], al=["Sheinbaum"]),
    P("Andrés Manuel López Obrador", "MX", [("president", "MX", "2018-12-01", "2024-09-30")],
      al=["López Obrador", "Lopez Obrador", "AMLO"], en=["Andres Manuel Lopez Obrador"]),
    P("Javier Milei", "AR", [("president", "AR", "2023-12-10", None)], al=["Milei"]),
    P("Cyril Ramaphosa", "ZA", [("president", "ZA", "2018-02-15", None)], al=["Ramaphosa"]),
    P("Bola Tinubu", "NG", [("president", "NG", "2023-05-29", None)], al=["Tinubu"],
      en=["Bola Ahmed Tinubu"]),
    P("Abiy Ahmed", "ET", [("prime-minister", "ET", "2018-04-02", None)], al=["Abiy"],
      en=["Abiy Ahmed Ali"]),
    P("Abdel Fattah al-Burhan", "SD", [("chairman", "SD", "2019-08-21", None)],
      al=["al-Burhan", "Burhan"], en=["Abdel Fattah Burhan"], amb=["Burhan"]),
    P("Mohamed Hamdan Dagalo", "SD", [("commander", "org:rapid-support-forces", None, None)],
      al=["Hemedti", "Dagalo"], en=["Mohamed Hamdan Daglo"]),
]


# Office holders 2014-2025 of many more states (heads of state and government, foreign and
# defence ministers, spokespersons, spouses met on state visits), so that real news of that
# decade finds them by name. Dates to the day only where certain; month or year otherwise.
PERSONS += [
    # --- United States ------------------------------------------------------
    P("John Kerry", "US", [("foreign-minister", "US", "2013-02-01", "2017-01-20"),
                           ("special-envoy", "US", "2021-01-20", "2024-03")], al=["Kerry"]),
    P("Hillary Clinton", "US", [("foreign-minister", "US", "2009-01-21", "2013-02-01")],
      en=["Hillary Rodham Clinton"]),
    P("Chuck Hagel", "US", [("defence-minister", "US", "2013-02-27", "2015-02-17")], al=["Hagel"]),
    P("Ash Carter", "US", [("defence-minister", "US", "2015-02-17", "2017-01-20")], en=["Ashton Carter"]),
    P("Susan Rice", "US", [("ambassador", "US", "2009-01", "2013-06", "org:united-nations"),
                           ("national-security-adviser", "US", "2013-07-01", "2017-01-20")]),
    P("Samantha Power", "US", [("ambassador", "US", "2013-08", "2017-01", "org:united-nations")]),
    P("Michael Flynn", "US", [("national-security-adviser", "US", "2017-01-20", "2017-02-13")]),
    P("Kelly Craft", "US", [("ambassador", "US", "2019-09-12", "2021-01-20", "org:united-nations")]),
    P("Josh Earnest", "US", [("spokesperson", "org:white-house", "2014-05-30", "2017-01-20")]),
    P("Sean Spicer", "US", [("spokesperson", "org:white-house", "2017-01-20", "2017-07-21")], al=["Spicer"]),
    P("Sarah Huckabee Sanders", "US", [("spokesperson", "org:white-house", "2017-07-26", "2019-07-01")],
      en=["Sarah Sanders"]),
    P("Stephanie Grisham", "US", [("spokesperson", "org:white-house", "2019-07-01", "2020-04-07")]),
    P("Kayleigh McEnany", "US", [("spokesperson", "org:white-house", "2020-04-07", "2021-01-20")],
      al=["McEnany"]),
    P("Jen Psaki", "US", [("spokesperson", "org:white-house", "2021-01-20", "2022-05-13")], al=["Psaki"]),
    P("Karine Jean-Pierre", "US", [("spokesperson", "org:white-house", "2022-05-13", "2025-01-20")],
      al=["Jean-Pierre"]),
    P("Ned Price", "US", [("spokesperson", "US", "2021-01", "2023-03")]),
    P("Steven Cheung", "US", [("aide", "US", "2025-01-20", None)]),
    P("Nancy Pelosi", "US", [("speaker", "US", "2019-01-03", "2023-01-03")], al=["Pelosi"]),
    P("Kevin McCarthy", "US", [("speaker", "US", "2023-01-07", "2023-10-03")]),
    P("Mike Johnson", "US", [("speaker", "US", "2023-10-25", None)]),
    P("Chuck Schumer", "US", [], al=["Schumer"]),
    P("Mitch McConnell", "US", [], al=["McConnell"]),
    P("John McCain", "US", [("senator", "US", "1987-01-03", "2018-08-25")], al=["McCain"]),
    P("Lindsey Graham", "US", [("senator", "US", "2003-01-03", None)]),
    P("Wendy Sherman", "US", [("deputy-foreign-minister", "US", "2021-04-14", "2023-07-28")]),
    P("Kurt Campbell", "US", [("deputy-foreign-minister", "US", "2024-02-12", "2025-01-20")]),
    P("Joseph Dunford", "US", [("chairman-of-the-joint-chiefs", "US", "2015-10-01", "2019-09-30")],
      en=["Joseph F. Dunford"]),
    P("James Clapper", "US", [("intelligence-chief", "US", "2010-08-09", "2017-01-20")]),
    P("Dan Coats", "US", [("intelligence-chief", "US", "2017-03-16", "2019-08-15")]),
    P("John Brennan", "US", [("intelligence-chief", "org:cia", "2013-03-08", "2017-01-20")]),
    P("Janet Yellen", "US", [("minister", "US", "2021-01-26", "2025-01-20")], al=["Yellen"]),
    P("Michelle Obama", "US", [("first-lady", "US", "2009-01-20", "2017-01-20")]),
    P("Melania Trump", "US", [("first-lady", "US", "2017-01-20", "2021-01-20"),
                              ("first-lady", "US", "2025-01-20", None)], al=["Melania"]),
    P("Jill Biden", "US", [("first-lady", "US", "2021-01-20", "2025-01-20")]),

    # --- Russia, Ukraine ----------------------------------------------------
    P("Mikhail Galuzin", "RU", [("ambassador", "RU", "2010", "2018", "country:ID"),
                                ("ambassador", "RU", "2018", "2022", "country:JP"),
                                ("deputy-foreign-minister", "RU", "2022", None)], al=["Galuzin"]),
    P("Sergey Kislyak", "RU", [("ambassador", "RU", "2008-07", "2017-08", "country:US")],
      en=["Sergei Kislyak"], al=["Kislyak"]),
    P("Anatoly Antonov", "RU", [("ambassador", "RU", "2017-08", "2024-10", "country:US")]),
    P("Vyacheslav Volodin", "RU", [("speaker", "RU", "2016-10-05", None)], al=["Volodin"]),
    P("Valentina Matviyenko", "RU", [("speaker", "RU", "2011-09-21", None)], al=["Matviyenko"]),
    P("Alexei Navalny", "RU", [], al=["Navalny"], en=["Alexey Navalny"]),
    P("Arseniy Yatsenyuk", "UA", [("prime-minister", "UA", "2014-02-27", "2016-04-14")],
      al=["Yatsenyuk"]),
    P("Volodymyr Groysman", "UA", [("prime-minister", "UA", "2016-04-14", "2019-08-29")],
      al=["Groysman"]),
    P("Oleksandr Turchynov", "UA", [("president", "UA", "2014-02-23", "2014-06-07", "acting"),
                                    ("security-council-secretary", "org:nsdc-ukraine", "2014-12-16", "2019-05-19")],
      al=["Turchynov"]),
    P("Stepan Poltorak", "UA", [("defence-minister", "UA", "2014-10-14", "2019-08-29")], al=["Poltorak"]),
    P("Andriy Taran", "UA", [("defence-minister", "UA", "2020-03-04", "2021-11-03")]),
    P("Olena Zelenska", "UA", [("first-lady", "UA", "2019-05-20", None)]),
    P("Ruslan Stefanchuk", "UA", [("speaker", "UA", "2021-10-08", None)]),

    # --- China --------------------------------------------------------------
    P("Hu Jintao", "CN", [("president", "CN", "2003-03-15", "2013-03-14")]),
    P("Yang Jiechi", "CN", [("foreign-minister", "CN", "2007-04-27", "2013-03-16")]),
    P("Chang Wanquan", "CN", [("defence-minister", "CN", "2013-03-16", "2018-03-19")]),
    P("Geng Shuang", "CN", [("spokesperson", "CN", "2016-03", "2020-07")]),
    P("Lu Kang", "CN", [("spokesperson", "CN", "2015-02", "2019-09")]),
    P("Hong Lei", "CN", [("spokesperson", "CN", "2010", "2016")]),
    P("Guo Jiakun", "CN", [("spokesperson", "CN", "2024", None)]),
    P("Li Zhanshu", "CN", [("speaker", "CN", "2018-03-17", "2023-03-10")]),
    P("Zhao Leji", "CN", [("speaker", "CN", "2023-03-10", None)]),
    P("Ding Xuexiang", "CN", [("deputy-prime-minister", "CN", "2023-03-12", None)]),
    P("Peng Liyuan", "CN", [("first-lady", "CN", "2013-03-14", None)]),

    # --- Japan, Korea -------------------------------------------------------
    P("Naruhito", "JP", [("emperor", "JP", "2019-05-01", None)], en=["Emperor Naruhito"],
      id=["Kaisar Naruhito"]),
    P("Akihito", "JP", [("emperor", "JP", "1989-01-07", "2019-04-30")], en=["Emperor Akihito"],
      id=["Kaisar Akihito"]),
    P("Tomomi Inada", "JP", [("defence-minister", "JP", "2016-08-03", "2017-07-28")]),
    P("Itsunori Onodera", "JP", [("defence-minister", "JP", "2017-08-03", "2018-10-02")]),
    P("Akie Abe", "JP", [("first-lady", "JP", "2012-12-26", "2020-09-16")]),
    P("Park Geun-hye", "KR", [("president", "KR", "2013-02-25", "2017-03-10")]),
    P("Hwang Kyo-ahn", "KR", [("prime-minister", "KR", "2015-06-18", "2017-05-11")]),
    P("Lee Nak-yon", "KR", [("prime-minister", "KR", "2017-05-31", "2020-01-14")]),
    P("Chung Sye-kyun", "KR", [("prime-minister", "KR", "2020-01-14", "2021-04-16")]),
    P("Yun Byung-se", "KR", [("foreign-minister", "KR", "2013-03-11", "2017-06-18")]),
    P("Suh Hoon", "KR", [("intelligence-chief", "KR", "2017-06-01", "2020-07-03"),
                         ("national-security-adviser", "KR", "2020-07-03", "2022-05-09")]),
    P("Song Young-moo", "KR", [("defence-minister", "KR", "2017-07-14", "2018-09-21")]),
    P("Jeong Kyeong-doo", "KR", [("defence-minister", "KR", "2018-09-21", "2020-09-18")]),
    P("Yoon Young-chan", "KR", [("spokesperson", "KR", "2017-05", "2019-01")]),
    P("Kim Jung-sook", "KR", [("first-lady", "KR", "2017-05-10", "2022-05-09")]),
    P("Kim Keon-hee", "KR", [("first-lady", "KR", "2022-05-10", "2025-04-04")]),
    P("Kim Yong Nam", "KP", [("chairman", "KP", "1998-09-05", "2019-04-11")], en=["Kim Yong-nam"]),
    P("Choe Ryong Hae", "KP", [("chairman", "KP", "2019-04-11", None)], en=["Choe Ryong-hae"]),
    P("Pak Pong Ju", "KP", [("prime-minister", "KP", "2013-04-01", "2019-04-11")], en=["Pak Pong-ju"]),
    P("Ri Su Yong", "KP", [("foreign-minister", "KP", "2014-04", "2016-05")], en=["Ri Su-yong"]),
    P("Ri Sol Ju", "KP", [("first-lady", "KP", "2012", None)], en=["Ri Sol-ju"]),

    # --- South Asia ---------------------------------------------------------
    P("Pranab Mukherjee", "IN", [("president", "IN", "2012-07-25", "2017-07-25")]),
    P("Hamid Ansari", "IN", [("vice-president", "IN", "2007-08-11", "2017-08-10")]),
    P("Venkaiah Naidu", "IN", [("vice-president", "IN", "2017-08-11", "2022-08-10")],
      en=["M. Venkaiah Naidu"]),
    P("Jagdeep Dhankhar", "IN", [("vice-president", "IN", "2022-08-11", "2025-07-21")]),
    P("Manohar Parrikar", "IN", [("defence-minister", "IN", "2014-11-09", "2017-03-13")], al=["Parrikar"]),
    P("Arun Jaitley", "IN", [("defence-minister", "IN", "2014-05-26", "2014-11-09"),
                             ("defence-minister", "IN", "2017-03-13", "2017-09-03"),
                             ("minister", "IN", "2014-05-26", "2019-05-30")], al=["Jaitley"]),
    P("Amit Shah", "IN", [("minister", "IN", "2019-05-30", None)]),
    P("Vikas Swarup", "IN", [("spokesperson", "IN", "2015-04", "2017-04")]),
    P("Raveesh Kumar", "IN", [("spokesperson", "IN", "2017-07", "2020-04")]),
    P("Arindam Bagchi", "IN", [("spokesperson", "IN", "2020-12", "2024-01")]),
    P("Randhir Jaiswal", "IN", [("spokesperson", "IN", "2024-01", None)]),
    P("Nawaz Sharif", "PK", [("prime-minister", "PK", "2013-06-05", "2017-07-28")]),
    P("Shahid Khaqan Abbasi", "PK", [("prime-minister", "PK", "2017-08-01", "2018-05-31")]),
    P("Mamnoon Hussain", "PK", [("president", "PK", "2013-09-09", "2018-09-09")]),
    P("Raheel Sharif", "PK", [("army-chief", "PK", "2013-11-29", "2016-11-29")]),
    P("Sheikh Hasina", "BD", [("prime-minister", "BD", "2009-01-06", "2024-08-05")], al=["Hasina"],
      en=["Sheikh Hasina Wazed"]),
    P("Muhammad Yunus", "BD", [("head", "BD", "2024-08-08", None)], al=["Yunus"]),
    P("Mohammed Shahabuddin", "BD", [("president", "BD", "2023-04-24", None)]),
    P("A. K. Abdul Momen", "BD", [("foreign-minister", "BD", "2019-01-07", "2024-01-11")],
      en=["A.K. Abdul Momen", "Abdul Momen"]),
    P("Maithripala Sirisena", "LK", [("president", "LK", "2015-01-09", "2019-11-18")], al=["Sirisena"]),
    P("Gotabaya Rajapaksa", "LK", [("president", "LK", "2019-11-18", "2022-07-14")]),
    P("Mahinda Rajapaksa", "LK", [("president", "LK", "2005-11-19", "2015-01-09"),
                                  ("prime-minister", "LK", "2019-11-21", "2022-05-09")]),
    P("Ranil Wickremesinghe", "LK", [("prime-minister", "LK", "2015-01-09", "2019-11-21"),
                                     ("president", "LK", "2022-07-21", "2024-09-23")], al=["Wickremesinghe"]),
    P("Anura Kumara Dissanayake", "LK", [("president", "LK", "2024-09-23", None)]),
    P("KP Sharma Oli", "NP", [("prime-minister", "NP", "2018-02-15", "2021-07-13"),
                              ("prime-minister", "NP", "2024-07-15", "2025-09")],
      en=["K. P. Sharma Oli", "K.P. Sharma Oli"]),
    P("Pushpa Kamal Dahal", "NP", [("prime-minister", "NP", "2022-12-26", "2024-07-15")], al=["Prachanda"]),
    P("Abdulla Yameen", "MV", [("president", "MV", "2013-11-17", "2018-11-17")]),
    P("Ibrahim Mohamed Solih", "MV", [("president", "MV", "2018-11-17", "2023-11-17")]),
    P("Mohamed Muizzu", "MV", [("president", "MV", "2023-11-17", None)], al=["Muizzu"]),
    P("Ashraf Ghani", "AF", [("president", "AF", "2014-09-29", "2021-08-15")]),
    P("Hamid Karzai", "AF", [("president", "AF", "2004-12-07", "2014-09-29")], al=["Karzai"]),
    P("Pravind Jugnauth", "MU", [("prime-minister", "MU", "2017-01-23", "2024-11-13")]),
    P("Navin Ramgoolam", "MU", [("prime-minister", "MU", "2024-11-13", None)]),

    # --- Indonesia ----------------------------------------------------------
    P("Susilo Bambang Yudhoyono", "ID", [("president", "ID", "2004-10-20", "2014-10-20")], al=["SBY"]),
    P("Megawati Soekarnoputri", "ID", [("president", "ID", "2001-07-23", "2004-10-20")],
      al=["Megawati"], en=["Megawati Sukarnoputri"]),
    P("Iriana Joko Widodo", "ID", [("first-lady", "ID", "2014-10-20", "2024-10-20")],
      al=["Iriana"], id=["Iriana Jokowi"], en=["Iriana Widodo"]),
    P("Valeriy Heletey", "UA", [("defence-minister", "UA", "2014-07-03", "2014-10-14")],
      en=["Valery Heletey", "Valeriy Geletey"], al=["Heletey"]),
    P("Pratikno", "ID", [("state-secretary", "ID", "2014-10-27", "2024-10-20")]),
    P("Prasetyo Hadi", "ID", [("state-secretary", "ID", "2024-10-21", None)]),
    P("Andi Widjajanto", "ID", [("cabinet-secretary", "ID", "2014-10-27", "2015-08-12")]),
    P("Pramono Anung", "ID", [("cabinet-secretary", "ID", "2015-08-12", "2024-10-20")],
      en=["Pramono Anung Wibowo"]),
    P("Teddy Indra Wijaya", "ID", [("cabinet-secretary", "ID", "2024-10-21", None)]),
    P("Hasan Nasbi", "ID", []),
    P("Sri Mulyani Indrawati", "ID", [("minister", "ID", "2016-07-27", "2025-09-08")], al=["Sri Mulyani"]),
    P("Airlangga Hartarto", "ID", [("minister", "ID", "2019-10-23", None)], al=["Airlangga"]),
    P("Mahfud MD", "ID", [("minister", "ID", "2019-10-23", "2024-02-02")], en=["Mahfud M.D."]),
    P("Wiranto", "ID", [("minister", "ID", "2016-07-27", "2019-10-20")]),
    P("Moeldoko", "ID", [("chief-of-general-staff", "ID", "2013-08-30", "2015-07-08"),
                         ("head-of-state-admin", "ID", "2018-01-17", "2024-10-20")]),
    P("Gatot Nurmantyo", "ID", [("chief-of-general-staff", "ID", "2015-07-08", "2017-12-08")]),
    P("Tito Karnavian", "ID", [("minister", "ID", "2019-10-23", None)]),
    P("Erick Thohir", "ID", [("minister", "ID", "2019-10-23", None)]),
    P("Puan Maharani", "ID", [("speaker", "ID", "2019-10-01", None)]),
    P("Teuku Faizasyah", "ID", [("spokesperson", "ID", None, None)]),

    # --- Southeast Asia, Oceania --------------------------------------------
    P("Najib Razak", "MY", [("prime-minister", "MY", "2009-04-03", "2018-05-10")], al=["Najib"],
      en=["Najib Tun Razak", "Najib Abdul Razak"]),
    P("Anifah Aman", "MY", [("foreign-minister", "MY", "2009-04-10", "2018-05-10")]),
    P("Saifuddin Abdullah", "MY", [("foreign-minister", "MY", "2018-07-02", "2020-03-09"),
                                   ("foreign-minister", "MY", "2021-08-30", "2022-11-24")]),
    P("Hishammuddin Hussein", "MY", [("defence-minister", "MY", "2013-05-16", "2018-05-10"),
                                     ("foreign-minister", "MY", "2020-03-10", "2021-08-16"),
                                     ("defence-minister", "MY", "2021-08-30", "2022-11-24")],
      al=["Hishammuddin"]),
    P("Mohamad Sabu", "MY", [("defence-minister", "MY", "2018-05-21", "2020-02-24")]),
    P("Wan Azizah Wan Ismail", "MY", [("deputy-prime-minister", "MY", "2018-05-21", "2020-02-24")],
      en=["Wan Azizah"]),
    P("Ahmad Zahid Hamidi", "MY", [("deputy-prime-minister", "MY", "2022-12-03", None)],
      en=["Zahid Hamidi"]),
    P("Abdullah of Pahang", "MY", [("king", "MY", "2019-01-31", "2024-01-30")],
      en=["Sultan Abdullah of Pahang", "Al-Sultan Abdullah", "Sultan Abdullah Ri'ayatuddin"]),
    P("Ibrahim Iskandar of Johor", "MY", [("king", "MY", "2024-01-31", None)],
      en=["Sultan Ibrahim Iskandar", "Sultan Ibrahim of Johor"]),
    P("Muhammad V of Kelantan", "MY", [("king", "MY", "2016-12-13", "2019-01-06")]),
    P("Tony Tan", "SG", [("president", "SG", "2011-09-01", "2017-08-31")], en=["Tony Tan Keng Yam"]),
    P("Benigno Aquino III", "PH", [("president", "PH", "2010-06-30", "2016-06-30")],
      en=["Noynoy Aquino", "Benigno Aquino"]),
    P("Sara Duterte", "PH", [("vice-president", "PH", "2022-06-30", None)]),
    P("Alan Peter Cayetano", "PH", [("foreign-minister", "PH", "2017-05-18", "2018-10-17")]),
    P("Trần Đại Quang", "VN", [("president", "VN", "2016-04-02", "2018-09-21")], en=["Tran Dai Quang"]),
    P("Nguyễn Xuân Phúc", "VN", [("prime-minister", "VN", "2016-04-07", "2021-04-05"),
                                 ("president", "VN", "2021-04-05", "2023-01-18")], en=["Nguyen Xuan Phuc"]),
    P("Võ Văn Thưởng", "VN", [("president", "VN", "2023-03-02", "2024-03-21")], en=["Vo Van Thuong"]),
    P("Lương Cường", "VN", [("president", "VN", "2024-10-21", None)], en=["Luong Cuong"]),
    P("Nguyễn Tấn Dũng", "VN", [("prime-minister", "VN", "2006-06-27", "2016-04-06")], en=["Nguyen Tan Dung"]),
    P("Phạm Bình Minh", "VN", [("foreign-minister", "VN", "2011-08-03", "2021-04-08")], en=["Pham Binh Minh"]),
    P("Bùi Thanh Sơn", "VN", [("foreign-minister", "VN", "2021-04-08", None)], en=["Bui Thanh Son"]),
    P("Vajiralongkorn", "TH", [("king", "TH", "2016-10-13", None)],
      en=["Maha Vajiralongkorn", "King Vajiralongkorn"], id=["Raja Vajiralongkorn"]),
    P("Bhumibol Adulyadej", "TH", [("king", "TH", "1946-06-09", "2016-10-13")], al=["Bhumibol"]),
    P("Don Pramudwinai", "TH", [("foreign-minister", "TH", "2015-08-23", "2023-09-01")]),
    P("Yingluck Shinawatra", "TH", [("prime-minister", "TH", "2011-08-05", "2014-05-07")], al=["Yingluck"]),
    P("Thaksin Shinawatra", "TH", [], al=["Thaksin"]),
    P("Htin Kyaw", "MM", [("president", "MM", "2016-03-30", "2018-03-21")]),
    P("Win Myint", "MM", [("president", "MM", "2018-03-30", "2021-02-01")]),
    P("Thein Sein", "MM", [("president", "MM", "2011-03-30", "2016-03-30")]),
    P("Norodom Sihamoni", "KH", [("king", "KH", "2004-10-29", None)], al=["Sihamoni"]),
    P("Prak Sokhonn", "KH", [("foreign-minister", "KH", "2016-04", "2023-08")]),
    P("Bounnhang Vorachith", "LA", [("president", "LA", "2016-04-20", "2021-03-22")]),
    P("Thongloun Sisoulith", "LA", [("prime-minister", "LA", "2016-04-20", "2021-03-22"),
                                    ("president", "LA", "2021-03-22", None)]),
    P("Sonexay Siphandone", "LA", [("prime-minister", "LA", "2022-12-30", None)]),
    P("Pany Yathotou", "LA", [("vice-president", "LA", "2021-03-22", None)]),
    P("Hassanal Bolkiah", "BN", [("sultan", "BN", "1967-10-05", None)], en=["Sultan Hassanal Bolkiah"]),
    P("José Ramos-Horta", "TL", [("president", "TL", "2022-05-20", None)],
      al=["Ramos-Horta", "Ramos Horta"], en=["Jose Ramos-Horta", "Jose Ramos Horta"]),
    P("Xanana Gusmão", "TL", [("prime-minister", "TL", "2023-07-01", None)],
      en=["Xanana Gusmao"], al=["Xanana"]),
    P("Taur Matan Ruak", "TL", [("prime-minister", "TL", "2018-06-22", "2023-07-01")]),
    P("James Marape", "PG", [("prime-minister", "PG", "2019-05-30", None)], al=["Marape"]),
    P("Peter O'Neill", "PG", [("prime-minister", "PG", "2011-08-02", "2019-05-30")]),
    P("John Key", "NZ", [("prime-minister", "NZ", "2008-11-19", "2016-12-12")]),
    P("Jacinda Ardern", "NZ", [("prime-minister", "NZ", "2017-10-26", "2023-01-25")], al=["Ardern"]),
    P("Chris Hipkins", "NZ", [("prime-minister", "NZ", "2023-01-25", "2023-11-27")]),
    P("Christopher Luxon", "NZ", [("prime-minister", "NZ", "2023-11-27", None)], al=["Luxon"]),
    P("Winston Peters", "NZ", [("foreign-minister", "NZ", "2017-10-26", "2020-11-06"),
                               ("foreign-minister", "NZ", "2023-11-27", None),
                               ("deputy-prime-minister", "NZ", "2023-11-27", "2025-05-31")]),
    P("Nanaia Mahuta", "NZ", [("foreign-minister", "NZ", "2020-11-06", "2023-11-27")]),
    P("Frank Bainimarama", "FJ", [("prime-minister", "FJ", "2007-01-05", "2022-12-24")]),
    P("Sitiveni Rabuka", "FJ", [("prime-minister", "FJ", "2022-12-24", None)]),
    P("Tony Abbott", "AU", [("prime-minister", "AU", "2013-09-18", "2015-09-15")]),
    P("Julie Bishop", "AU", [("foreign-minister", "AU", "2013-09-18", "2018-08-26")]),
    P("Peter Cosgrove", "AU", [("governor-general", "AU", "2014-03-28", "2019-07-01")],
      al=["Cosgrove"], en=["Sir Peter Cosgrove"]),
    P("David Hurley", "AU", [("governor-general", "AU", "2019-07-01", "2024-07-01")]),
    P("Sam Mostyn", "AU", [("governor-general", "AU", "2024-07-01", None)]),
    P("Kevin Rudd", "AU", [("prime-minister", "AU", "2013-06-27", "2013-09-18"),
                           ("ambassador", "AU", "2023-03", "2025-03", "country:US")]),
    P("Christopher Pyne", "AU", [("defence-minister", "AU", "2018-08-28", "2019-05-29")]),
    P("Linda Reynolds", "AU", [("defence-minister", "AU", "2019-05-29", "2021-03-30")]),

    # --- Europe -------------------------------------------------------------
    P("Philip Hammond", "GB", [("foreign-minister", "GB", "2014-07-15", "2016-07-13")]),
    P("Michael Fallon", "GB", [("defence-minister", "GB", "2014-07-15", "2017-11-01")]),
    P("Gavin Williamson", "GB", [("defence-minister", "GB", "2017-11-02", "2019-05-01")]),
    P("François Hollande", "FR", [("president", "FR", "2012-05-15", "2017-05-14")], al=["Hollande"],
      en=["Francois Hollande"]),
    P("Laurent Fabius", "FR", [("foreign-minister", "FR", "2012-05-16", "2016-02-11")], al=["Fabius"]),
    P("Jean-Marc Ayrault", "FR", [("foreign-minister", "FR", "2016-02-11", "2017-05-17")]),
    P("Manuel Valls", "FR", [("prime-minister", "FR", "2014-03-31", "2016-12-06")]),
    P("Brigitte Macron", "FR", [("first-lady", "FR", "2017-05-14", None)]),
    P("Sigmar Gabriel", "DE", [("foreign-minister", "DE", "2017-01-27", "2018-03-14")]),
    P("Joachim Gauck", "DE", [("president", "DE", "2012-03-18", "2017-03-18")]),
    P("Matteo Renzi", "IT", [("prime-minister", "IT", "2014-02-22", "2016-12-12")], al=["Renzi"]),
    P("Paolo Gentiloni", "IT", [("foreign-minister", "IT", "2014-10-31", "2016-12-12"),
                                ("prime-minister", "IT", "2016-12-12", "2018-06-01")], al=["Gentiloni"]),
    P("Mariano Rajoy", "ES", [("prime-minister", "ES", "2011-12-21", "2018-06-02")], al=["Rajoy"]),
    P("Pedro Sánchez", "ES", [("prime-minister", "ES", "2018-06-02", None)], en=["Pedro Sanchez"]),
    P("Felipe VI", "ES", [("king", "ES", "2014-06-19", None)], en=["King Felipe VI", "Felipe VI of Spain"]),
    P("José Manuel Albares", "ES", [("foreign-minister", "ES", "2021-07-12", None)],
      en=["Jose Manuel Albares"], al=["Albares"]),
    P("Dick Schoof", "NL", [("prime-minister", "NL", "2024-07-02", None)]),
    P("Willem-Alexander of the Netherlands", "NL", [("king", "NL", "2013-04-30", None)],
      en=["King Willem-Alexander", "Willem-Alexander"], id=["Raja Willem-Alexander"]),
    P("Alexander De Croo", "BE", [("prime-minister", "BE", "2020-10-01", "2025-02-03")]),
    P("Bart De Wever", "BE", [("prime-minister", "BE", "2025-02-03", None)]),
    P("Philippe of Belgium", "BE", [("king", "BE", "2013-07-21", None)], en=["King Philippe"]),
    P("Erna Solberg", "NO", [("prime-minister", "NO", "2013-10-16", "2021-10-14")], al=["Solberg"]),
    P("Jonas Gahr Støre", "NO", [("prime-minister", "NO", "2021-10-14", None)],
      en=["Jonas Gahr Store"], al=["Støre"]),
    P("Mette Frederiksen", "DK", [("prime-minister", "DK", "2019-06-27", None)], al=["Frederiksen"]),
    P("Lars Løkke Rasmussen", "DK", [("prime-minister", "DK", "2015-06-28", "2019-06-27"),
                                      ("foreign-minister", "DK", "2022-12-15", None)],
      en=["Lars Lokke Rasmussen"]),
    P("Stefan Löfven", "SE", [("prime-minister", "SE", "2014-10-03", "2021-11-30")], en=["Stefan Lofven"]),
    P("Magdalena Andersson", "SE", [("prime-minister", "SE", "2021-11-30", "2022-10-18")]),
    P("Sanna Marin", "FI", [("prime-minister", "FI", "2019-12-10", "2023-06-20")]),
    P("Petteri Orpo", "FI", [("prime-minister", "FI", "2023-06-20", None)]),
    P("Sebastian Kurz", "AT", [("chancellor", "AT", "2017-12-18", "2019-05-28"),
                               ("chancellor", "AT", "2020-01-07", "2021-10-11")], al=["Kurz"]),
    P("Karl Nehammer", "AT", [("chancellor", "AT", "2021-12-06", "2025-01-10")]),
    P("Alexander Van der Bellen", "AT", [("president", "AT", "2017-01-26", None)]),
    P("Leo Varadkar", "IE", [("prime-minister", "IE", "2017-06-14", "2020-06-27"),
                             ("prime-minister", "IE", "2022-12-17", "2024-04-09")], al=["Varadkar"]),
    P("Micheál Martin", "IE", [("prime-minister", "IE", "2020-06-27", "2022-12-17"),
                               ("prime-minister", "IE", "2025-01-23", None)], en=["Micheal Martin"]),
    P("Marcelo Rebelo de Sousa", "PT", [("president", "PT", "2016-03-09", None)]),
    P("Kyriakos Mitsotakis", "GR", [("prime-minister", "GR", "2019-07-08", None)], al=["Mitsotakis"]),
    P("Alexis Tsipras", "GR", [("prime-minister", "GR", "2015-01-26", "2019-07-08")], al=["Tsipras"]),
    P("Miloš Zeman", "CZ", [("president", "CZ", "2013-03-08", "2023-03-08")], en=["Milos Zeman"]),
    P("Petr Pavel", "CZ", [("president", "CZ", "2023-03-09", None)]),
    P("Petr Fiala", "CZ", [("prime-minister", "CZ", "2021-11-28", "2025-12")]),
    P("Andrej Babiš", "CZ", [("prime-minister", "CZ", "2017-12-06", "2021-11-28"),
                             ("prime-minister", "CZ", "2025-12", None)], en=["Andrej Babis"]),
    P("Klaus Iohannis", "RO", [("president", "RO", "2014-12-21", "2025-02-12")], al=["Iohannis"]),
    P("Rumen Radev", "BG", [("president", "BG", "2017-01-22", None)]),
    P("Gitanas Nausėda", "LT", [("president", "LT", "2019-07-12", None)], en=["Gitanas Nauseda"]),
    P("Dalia Grybauskaitė", "LT", [("president", "LT", "2009-07-12", "2019-07-12")],
      en=["Dalia Grybauskaite"]),
    P("Edgars Rinkēvičs", "LV", [("foreign-minister", "LV", "2011-10-25", "2023-07-08"),
                                 ("president", "LV", "2023-07-08", None)], en=["Edgars Rinkevics"]),
    P("Alar Karis", "EE", [("president", "EE", "2021-10-11", None)]),
    P("Zuzana Čaputová", "SK", [("president", "SK", "2019-06-15", "2024-06-15")], en=["Zuzana Caputova"]),
    P("Peter Pellegrini", "SK", [("president", "SK", "2024-06-15", None)]),
    P("Tamás Sulyok", "HU", [("president", "HU", "2024-03-05", None)], en=["Tamas Sulyok"]),
    P("Salome Zourabichvili", "GE", [("president", "GE", "2018-12-16", "2024-12-29")]),

    # --- Turkey, Middle East, Africa ----------------------------------------
    P("Ahmet Davutoğlu", "TR", [("foreign-minister", "TR", "2009-05-01", "2014-08-29"),
                                ("prime-minister", "TR", "2014-08-28", "2016-05-24")],
      al=["Davutoğlu", "Davutoglu"], en=["Ahmet Davutoglu"]),
    P("Binali Yıldırım", "TR", [("prime-minister", "TR", "2016-05-24", "2018-07-09")],
      en=["Binali Yildirim"]),
    P("Emine Erdoğan", "TR", [("first-lady", "TR", "2014-08-28", None)], en=["Emine Erdogan"]),
    P("Abdullah of Saudi Arabia", "SA", [("king", "SA", "2005-08-01", "2015-01-23")],
      en=["King Abdullah bin Abdulaziz"], id=["Raja Abdullah bin Abdulaziz"]),
    P("Muhammad bin Nayef", "SA", [("crown-prince", "SA", "2015-04-29", "2017-06-21")],
      en=["Mohammed bin Nayef"]),
    P("Sabah Al-Ahmad Al-Jaber Al-Sabah", "KW", [("emir", "KW", "2006-01-29", "2020-09-29")],
      en=["Sheikh Sabah Al-Ahmad Al-Jaber Al-Sabah", "Sheikh Sabah al-Ahmad"]),
    P("Nawaf Al-Ahmad Al-Jaber Al-Sabah", "KW", [("emir", "KW", "2020-09-30", "2023-12-16")],
      en=["Sheikh Nawaf al-Ahmad"]),
    P("Mishal Al-Ahmad Al-Jaber Al-Sabah", "KW", [("emir", "KW", "2023-12-16", None)],
      en=["Sheikh Mishal al-Ahmad"]),
    P("Hamad bin Isa Al Khalifa", "BH", [("king", "BH", "2002-02-14", None)],
      en=["King Hamad bin Isa Al Khalifa"]),
    P("Qaboos bin Said", "OM", [("sultan", "OM", "1970-07-23", "2020-01-10")],
      en=["Sultan Qaboos", "Qaboos bin Said al Said"]),
    P("Abdrabbuh Mansur Hadi", "YE", [("president", "YE", "2012-02-25", "2022-04-07")],
      en=["Abd Rabbuh Mansur Hadi"]),
    P("Rashad al-Alimi", "YE", [("chairman", "YE", "2022-04-07", None)]),
    P("Michel Aoun", "LB", [("president", "LB", "2016-10-31", "2022-10-30")]),
    P("Saad Hariri", "LB", [("prime-minister", "LB", "2016-12-18", "2020-01-21")], al=["Hariri"]),
    P("Haider al-Abadi", "IQ", [("prime-minister", "IQ", "2014-09-08", "2018-10-25")], al=["al-Abadi"]),
    P("Fuad Masum", "IQ", [("president", "IQ", "2014-07-24", "2018-10-02")]),
    P("Nouri al-Maliki", "IQ", [("prime-minister", "IQ", "2006-05-20", "2014-09-08")]),
    P("Khalifa Haftar", "LY", [("commander", "LY", None, None)], al=["Haftar"]),
    P("Abdul Hamid Dbeibeh", "LY", [("prime-minister", "LY", "2021-03-15", None)], al=["Dbeibeh"]),
    P("Fayez al-Sarraj", "LY", [("prime-minister", "LY", "2016-03-30", "2021-03-15")]),
    P("Kais Saied", "TN", [("president", "TN", "2019-10-23", None)]),
    P("Abdelmadjid Tebboune", "DZ", [("president", "DZ", "2019-12-19", None)], al=["Tebboune"]),
    P("Mohammed VI of Morocco", "MA", [("king", "MA", "1999-07-23", None)], en=["King Mohammed VI"],
      id=["Raja Mohammed VI"]),
    P("Avigdor Lieberman", "IL", [("defence-minister", "IL", "2016-05-30", "2018-11-18")], al=["Lieberman"]),
    P("Moshe Ya'alon", "IL", [("defence-minister", "IL", "2013-03-18", "2016-05-20")], en=["Moshe Yaalon"]),
    P("Shimon Peres", "IL", [("president", "IL", "2007-07-15", "2014-07-24")]),
    P("Hossein Dehghan", "IR", [("defence-minister", "IR", "2013-08-15", "2017-08-20")]),
    P("Bahram Ghasemi", "IR", [("spokesperson", "IR", "2016", "2019")]),
    P("Eshaq Jahangiri", "IR", [("vice-president", "IR", "2013-08-05", "2021-08-03")]),
    P("Jacob Zuma", "ZA", [("president", "ZA", "2009-05-09", "2018-02-14")], al=["Zuma"]),
    P("Muhammadu Buhari", "NG", [("president", "NG", "2015-05-29", "2023-05-29")], al=["Buhari"]),
    P("Uhuru Kenyatta", "KE", [("president", "KE", "2013-04-09", "2022-09-13")]),
    P("William Ruto", "KE", [("president", "KE", "2022-09-13", None)], al=["Ruto"]),
    P("Paul Kagame", "RW", [("president", "RW", "2000-04-22", None)], al=["Kagame"]),
    P("Yoweri Museveni", "UG", [("president", "UG", "1986-01-29", None)], al=["Museveni"]),
    P("Emmerson Mnangagwa", "ZW", [("president", "ZW", "2017-11-24", None)], al=["Mnangagwa"]),
    P("Robert Mugabe", "ZW", [("president", "ZW", "1987-12-31", "2017-11-21")], al=["Mugabe"]),
    P("Macky Sall", "SN", [("president", "SN", "2012-04-02", "2024-04-02")]),
    P("Nana Akufo-Addo", "GH", [("president", "GH", "2017-01-07", "2025-01-07")]),
    P("John Mahama", "GH", [("president", "GH", "2025-01-07", None)], en=["John Dramani Mahama"]),
    P("Félix Tshisekedi", "CD", [("president", "CD", "2019-01-24", None)], en=["Felix Tshisekedi"],
      al=["Tshisekedi"]),
    P("Samia Suluhu Hassan", "TZ", [("president", "TZ", "2021-03-19", None)]),
    P("John Magufuli", "TZ", [("president", "TZ", "2015-11-05", "2021-03-17")], al=["Magufuli"]),
    P("Omar al-Bashir", "SD", [("president", "SD", "1989-06-30", "2019-04-11")]),
    P("Paul Biya", "CM", [("president", "CM", "1982-11-06", None)]),
    P("Alassane Ouattara", "CI", [("president", "CI", "2010-12-04", None)], al=["Ouattara"]),
    P("Ibrahim Traoré", "BF", [("president", "BF", "2022-09-30", None)], en=["Ibrahim Traore"]),
    P("Assimi Goïta", "ML", [("president", "ML", "2021-05-28", None)], en=["Assimi Goita"]),

    # --- Americas, Central Asia, international ------------------------------
    P("Enrique Peña Nieto", "MX", [("president", "MX", "2012-12-01", "2018-11-30")],
      en=["Enrique Pena Nieto"], al=["Peña Nieto", "Pena Nieto"]),
    P("Michel Temer", "BR", [("president", "BR", "2016-08-31", "2018-12-31")], al=["Temer"]),
    P("Dilma Rousseff", "BR", [("president", "BR", "2011-01-01", "2016-08-31")], al=["Rousseff"]),
    P("Mauricio Macri", "AR", [("president", "AR", "2015-12-10", "2019-12-10")], al=["Macri"]),
    P("Alberto Fernández", "AR", [("president", "AR", "2019-12-10", "2023-12-10")],
      en=["Alberto Fernandez"]),
    P("Michelle Bachelet", "CL", [("president", "CL", "2014-03-11", "2018-03-11")], al=["Bachelet"]),
    P("Sebastián Piñera", "CL", [("president", "CL", "2018-03-11", "2022-03-11")],
      en=["Sebastian Pinera"]),
    P("Gabriel Boric", "CL", [("president", "CL", "2022-03-11", None)], al=["Boric"]),
    P("Juan Manuel Santos", "CO", [("president", "CO", "2010-08-07", "2018-08-07")]),
    P("Iván Duque", "CO", [("president", "CO", "2018-08-07", "2022-08-07")], en=["Ivan Duque"]),
    P("Gustavo Petro", "CO", [("president", "CO", "2022-08-07", None)]),
    P("Dina Boluarte", "PE", [("president", "PE", "2022-12-07", "2025-10-10")], al=["Boluarte"]),
    P("Miguel Díaz-Canel", "CU", [("president", "CU", "2018-04-19", None)], en=["Miguel Diaz-Canel"],
      al=["Díaz-Canel", "Diaz-Canel"]),
    P("Raúl Castro", "CU", [("president", "CU", "2008-02-24", "2018-04-19")], en=["Raul Castro"]),
    P("Daniel Ortega", "NI", [("president", "NI", "2007-01-10", None)]),
    P("Evo Morales", "BO", [("president", "BO", "2006-01-22", "2019-11-10")]),
    P("Luis Arce", "BO", [("president", "BO", "2020-11-08", "2025-11-08")]),
    P("Daniel Noboa", "EC", [("president", "EC", "2023-11-23", None)], al=["Noboa"]),
    P("Nayib Bukele", "SV", [("president", "SV", "2019-06-01", None)], al=["Bukele"]),
    P("Stephen Harper", "CA", [("prime-minister", "CA", "2006-02-06", "2015-11-04")]),
    P("Chrystia Freeland", "CA", [("foreign-minister", "CA", "2017-01-10", "2019-11-20")]),
    P("Nursultan Nazarbayev", "KZ", [("president", "KZ", "1990-04-24", "2019-03-20")], al=["Nazarbayev"]),
    P("Shavkat Mirziyoyev", "UZ", [("president", "UZ", "2016-09-08", None)], al=["Mirziyoyev"]),
    P("Emomali Rahmon", "TJ", [("president", "TJ", "1992-11-19", None)]),
    P("Gurbanguly Berdimuhamedow", "TM", [("president", "TM", "2007-02-14", "2022-03-19")]),
    P("Serdar Berdimuhamedow", "TM", [("president", "TM", "2022-03-19", None)]),
    P("Sadyr Japarov", "KG", [("president", "KG", "2021-01-28", None)]),
    P("Ban Ki-moon", "KR", [("secretary-general", "org:united-nations", "2007-01-01", "2016-12-31")],
      en=["Ban Ki-Moon"]),
    P("Anders Fogh Rasmussen", "DK", [("secretary-general", "org:nato", "2009-08-01", "2014-10-01")]),
    P("José Manuel Barroso", "PT", [("president", "org:european-commission", "2004-11-22", "2014-10-31")],
      en=["Jose Manuel Barroso"]),
    P("Herman Van Rompuy", "BE", [("president", "org:european-council", "2009-12-01", "2014-11-30")]),
    P("Christine Lagarde", "FR", [("managing-director", "org:imf", "2011-07-05", "2019-09-12")],
      al=["Lagarde"]),
]


# ---------------------------------------------------------------------------
# weapons
# ---------------------------------------------------------------------------
# Category labels are ordinary words and are matched case-insensitively
# ("case_insensitive": true).  Model names are matched like other labels.

def WC(slug, name, en, id, amb=()):
    return dict(slug=slug, name=name, en=list(en), id=list(id), amb=list(amb))


def WM(slug, name, category, maker, en=(), id=None, amb=()):
    return dict(slug=slug, name=name, category=category, maker=maker, en=list(en),
                id=list(id) if id is not None else None, amb=list(amb))


WEAPON_CATEGORIES = [
    WC("drone", "drone",
       ["drone", "drones", "unmanned aerial vehicle", "unmanned aerial vehicles", "UAV", "UAVs",
        "kamikaze drone", "kamikaze drones", "suicide drone", "suicide drones",
        "loitering munition", "loitering munitions"],
       ["drone", "drone kamikaze", "drone bunuh diri", "pesawat tak berawak", "pesawat nirawak",
        "wahana nirawak", "pesawat tanpa awak"]),
    WC("missile", "missile",
       ["missile", "missiles", "ballistic missile", "ballistic missiles", "cruise missile",
        "cruise missiles", "hypersonic missile", "hypersonic missiles",
        "surface-to-surface missile", "surface-to-surface missiles", "rocket", "rockets",
        "anti-ship missile", "anti-ship missiles", "air-to-air missile", "air-to-air missiles",
        "anti-tank missile", "anti-tank missiles"],
       ["rudal", "peluru kendali", "rudal balistik", "rudal jelajah", "rudal hipersonik",
        "rudal permukaan-ke-permukaan", "roket", "rudal anti-kapal", "rudal antikapal",
        "rudal udara ke udara", "rudal udara-ke-udara", "rudal anti-tank", "rudal antitank"]),
    WC("ammunition", "ammunition",
       ["ammunition", "munitions", "shells", "artillery shells", "rounds", "ammo"],
       ["amunisi", "munisi", "peluru", "peluru artileri", "proyektil"],
       amb=["rounds"]),  # "two rounds of talks"
    WC("artillery", "artillery",
       ["artillery", "howitzer", "howitzers", "rocket launcher", "rocket launchers",
        "multiple rocket launchers", "MLRS", "self-propelled howitzer", "self-propelled howitzers",
        "artillery systems", "artillery pieces"],
       ["artileri", "howitzer", "meriam", "peluncur roket", "sistem peluncur roket",
        "howitzer swagerak", "sistem artileri"]),
    WC("aircraft", "aircraft",
       ["aircraft", "fighter jet", "fighter jets", "fighter aircraft", "warplane", "warplanes",
        "military aircraft", "bomber", "bombers", "helicopter", "helicopters",
        "attack helicopter", "attack helicopters"],
       ["pesawat tempur", "jet tempur", "pesawat militer", "pesawat pengebom", "helikopter",
        "helikopter serang"],
       amb=["aircraft", "helicopter", "helicopters", "helikopter"]),  # also civilian
    WC("tank", "tank",
       ["tank", "tanks", "main battle tank", "main battle tanks", "armoured vehicle",
        "armoured vehicles", "armored vehicle", "armored vehicles",
        "infantry fighting vehicle", "infantry fighting vehicles"],
       ["tank", "tank tempur", "kendaraan lapis baja", "kendaraan tempur",
        "kendaraan tempur lapis baja"],
       amb=["tank", "tanks"]),  # "think tank", "fuel tank"
    WC("air-defence", "air defence",
       ["air defence", "air defense", "air defence system", "air defense system",
        "air defence systems", "air defense systems", "missile defence", "missile defense",
        "anti-aircraft", "anti-aircraft missile", "anti-aircraft missiles",
        "surface-to-air missile", "surface-to-air missiles", "surface-to-air missile system",
        "surface-to-air missile systems", "air defence missile", "air defense missile",
        "air defence missiles", "air defense missiles", "MANPADS"],
       ["sistem pertahanan udara", "pertahanan udara", "rudal pertahanan udara",
        "sistem pertahanan rudal", "rudal darat-ke-udara", "rudal darat ke udara",
        "rudal permukaan-ke-udara", "rudal permukaan ke udara", "sistem rudal darat-ke-udara",
        "sistem rudal darat ke udara", "sistem rudal permukaan-ke-udara", "rudal antipesawat",
        "rudal anti-pesawat", "MANPADS"]),
    WC("weapons", "weapons",
       ["weapons", "weapon", "arms", "weaponry", "military equipment", "small arms",
        "light weapons", "lethal weapons", "lethal aid", "rifles", "assault rifles", "machine guns",
        "grenades", "rocket-propelled grenades", "grenade launchers"],
       ["senjata", "persenjataan", "alutsista", "alat utama sistem persenjataan",
        "peralatan militer", "senjata ringan", "senjata mematikan", "senapan", "senapan serbu",
        "senapan mesin", "granat", "peluncur granat"],
       amb=["arms"]),
]

WEAPON_MODELS = [
    # Iran
    WM("shahed-136", "Shahed-136", "drone", "IR", ["Shahed 136", "Geran-2", "Geran 2"]),
    WM("shahed-131", "Shahed-131", "drone", "IR", ["Shahed 131", "Geran-1", "Geran 1"]),
    WM("shahed", "Shahed", "drone", "IR", ["Shahed drone", "Shahed drones"],
       id=["Shahed", "drone Shahed"]),
    WM("mohajer-6", "Mohajer-6", "drone", "IR", ["Mohajer 6"]),
    WM("fateh-110", "Fateh-110", "missile", "IR", ["Fateh 110"]),
    WM("zolfaghar", "Zolfaghar", "missile", "IR", ["Zolfaqar"]),
    WM("fattah-1", "Fattah-1", "missile", "IR", ["Fattah-2", "Fattah 1"]),
    WM("kheibar-shekan", "Kheibar Shekan", "missile", "IR", ["Kheibar-Shekan"]),
    # Turkey
    WM("bayraktar-tb2", "Bayraktar TB2", "drone", "TR", ["TB2", "Bayraktar"]),
    # United States
    WM("himars", "HIMARS", "artillery", "US", ["M142 HIMARS", "M142"]),
    WM("atacms", "ATACMS", "missile", "US", ["Army Tactical Missile System"]),
    WM("patriot", "Patriot", "air-defence", "US",
       ["MIM-104 Patriot", "Patriot system", "Patriot systems", "Patriot missile",
        "Patriot missiles"],
       id=["Patriot", "sistem Patriot", "rudal Patriot"], amb=["Patriot"]),
    WM("thaad", "THAAD", "air-defence", "US", ["Terminal High Altitude Area Defense"]),
    WM("abrams", "Abrams", "tank", "US",
       ["M1 Abrams", "M1A1 Abrams", "M1A2 Abrams", "Abrams tank", "Abrams tanks"],
       id=["Abrams", "M1 Abrams", "tank Abrams"], amb=["Abrams"]),
    WM("bradley", "Bradley", "tank", "US",
       ["M2 Bradley", "Bradley Fighting Vehicle", "Bradley fighting vehicles"],
       id=["Bradley", "kendaraan tempur Bradley"], amb=["Bradley"]),
    WM("f-16", "F-16", "aircraft", "US", ["F-16 Fighting Falcon", "F-16s", "F16"],
       id=["F-16", "jet tempur F-16"]),
    WM("f-35", "F-35", "aircraft", "US", ["F-35 Lightning II", "F-35s", "F35"],
       id=["F-35", "jet tempur F-35"]),
    WM("javelin", "Javelin", "missile", "US", ["FGM-148 Javelin", "Javelins"],
       id=["Javelin", "rudal Javelin"], amb=["Javelin"]),
    # a man-portable air-defence missile: air defence, as Patriot and NASAMS
    WM("stinger", "Stinger", "air-defence", "US", ["FIM-92 Stinger", "Stingers"],
       id=["Stinger", "rudal Stinger"], amb=["Stinger"]),
    WM("harpoon", "Harpoon", "missile", "US", ["AGM-84 Harpoon", "RGM-84 Harpoon"],
       id=["Harpoon", "rudal Harpoon"], amb=["Harpoon"]),
    WM("sidewinder", "Sidewinder", "missile", "US", ["AIM-9 Sidewinder", "AIM-9X"],
       id=["Sidewinder", "rudal Sidewinder"]),
    WM("m777", "M777", "artillery", "US", ["M777 howitzer", "M777 howitzers"]),
    WM("m270", "M270", "artillery", "US", ["M270 MLRS"]),
    WM("switchblade", "Switchblade", "drone", "US", ["Switchblade 300", "Switchblade 600"]),
    WM("tomahawk", "Tomahawk", "missile", "US",
       ["Tomahawks", "Tomahawk cruise missile", "BGM-109 Tomahawk"],
       id=["Tomahawk", "rudal Tomahawk"]),
    # Europe
    WM("storm-shadow", "Storm Shadow", "missile", "GB", ["SCALP", "SCALP-EG"]),
    WM("challenger-2", "Challenger 2", "tank", "GB", ["Challenger 2 tanks"]),
    WM("nlaw", "NLAW", "missile", "GB"),
    WM("nasams", "NASAMS", "air-defence", "NO", ["NASAM"]),
    WM("samp-t", "SAMP/T", "air-defence", "FR", ["SAMP-T", "SAMP/T"]),
    WM("pzh-2000", "Panzerhaubitze 2000", "artillery", "DE",
       ["PzH 2000", "PzH-2000", "PzH2000", "Panzerhaubitze 2000s", "Panzerhaubitze"]),
    WM("iris-t", "IRIS-T", "air-defence", "DE", ["IRIS-T SLM"]),
    WM("leopard-2", "Leopard 2", "tank", "DE", ["Leopard 2A4", "Leopard 2A6", "Leopard tanks"],
       id=["Leopard 2", "tank Leopard"]),
    WM("taurus", "Taurus", "missile", "DE", ["Taurus KEPD 350", "KEPD 350"],
       id=["Taurus", "rudal Taurus"], amb=["Taurus"]),
    WM("caesar", "Caesar", "artillery", "FR", ["CAESAR howitzer", "Caesar howitzer"],
       amb=["Caesar"]),
    WM("rafale", "Rafale", "aircraft", "FR", ["Dassault Rafale"],
       id=["Rafale", "jet tempur Rafale"]),
    WM("gripen", "Gripen", "aircraft", "SE", ["JAS 39 Gripen", "Saab Gripen"]),
    # Russia
    WM("iskander", "Iskander", "missile", "RU", ["Iskander-M", "9K720 Iskander"]),
    WM("kinzhal", "Kinzhal", "missile", "RU", ["Kh-47M2 Kinzhal", "Kh-47M2"]),
    WM("kalibr", "Kalibr", "missile", "RU", ["3M-14 Kalibr"]),
    WM("kh-101", "Kh-101", "missile", "RU"),
    WM("oreshnik", "Oreshnik", "missile", "RU"),
    WM("zircon", "Zircon", "missile", "RU", ["Tsirkon", "3M22 Zircon"], amb=["Zircon"]),
    WM("lancet", "Lancet", "drone", "RU", ["ZALA Lancet", "Lancet-3"], amb=["Lancet"]),
    WM("s-400", "S-400", "air-defence", "RU", ["S-400 Triumf", "S400"]),
    WM("pantsir", "Pantsir", "air-defence", "RU", ["Pantsir-S1"]),
    WM("su-35", "Su-35", "aircraft", "RU", ["Sukhoi Su-35", "Su-35S"]),
    WM("su-34", "Su-34", "aircraft", "RU", ["Sukhoi Su-34"]),
    # Israel
    WM("iron-dome", "Iron Dome", "air-defence", "IL", id=["Iron Dome", "Kubah Besi"]),
    WM("davids-sling", "David's Sling", "air-defence", "IL"),
    WM("arrow-3", "Arrow 3", "air-defence", "IL", ["Arrow-3"]),
    # North Korea
    WM("kn-23", "KN-23", "missile", "KP", ["Hwasong-11Ga", "Hwasong-11A"]),
    WM("kn-24", "KN-24", "missile", "KP", ["Hwasong-11Na", "Hwasong-11B"]),
    WM("hwasong-11", "Hwasong-11", "missile", "KP"),
    WM("hwasong-18", "Hwasong-18", "missile", "KP"),
    WM("hwasong-19", "Hwasong-19", "missile", "KP"),
    # others
    WM("neptune", "Neptune", "missile", "UA", ["R-360 Neptune"], id=["Neptune", "rudal Neptune"],
       amb=["Neptune"]),
    WM("kf-21", "KF-21", "aircraft", "KR", ["KF-21 Boramae", "Boramae"]),
    WM("brahmos", "BrahMos", "missile", "IN", ["Brahmos", "BRAHMOS"]),
    # round 2: models seen in real news (each with its category and maker)
    WM("k9-thunder", "K9 Thunder", "artillery", "KR", ["K9", "K9 self-propelled howitzer",
       "K9 self-propelled howitzers", "K9A1"], id=["K9 Thunder", "K9", "howitzer K9"]),
    WM("chunmoo", "Chunmoo", "artillery", "KR", ["K239 Chunmoo", "K239"]),
    WM("grad", "BM-21 Grad", "artillery", "RU", ["BM-21", "Grad rocket launcher", "Grad rockets"],
       id=["BM-21 Grad", "BM-21", "roket Grad"]),
    WM("excalibur", "M982 Excalibur", "ammunition", "US", ["M982", "Excalibur shells"],
       id=["M982 Excalibur", "M982"]),
    WM("gmlrs", "GMLRS", "ammunition", "US", ["Guided Multiple Launch Rocket System"]),
    WM("tow", "TOW", "missile", "US", ["BGM-71 TOW", "TOW missile", "TOW missiles",
       "TOW anti-tank missiles"], id=["TOW", "rudal TOW"]),
    WM("hellfire", "Hellfire", "missile", "US", ["AGM-114 Hellfire", "Hellfire missiles"],
       id=["Hellfire", "rudal Hellfire"]),
    WM("amraam", "AMRAAM", "missile", "US", ["AIM-120 AMRAAM", "AIM-120"]),
    WM("kornet", "Kornet", "missile", "RU", ["9M133 Kornet"], id=["Kornet", "rudal Kornet"]),
    WM("s-300", "S-300", "air-defence", "RU", ["S300", "S-300PMU"]),
    WM("igla", "Igla", "air-defence", "RU", ["9K38 Igla", "Igla-S"]),
    WM("gepard", "Gepard", "air-defence", "DE", ["Flakpanzer Gepard", "Gepard anti-aircraft guns"],
       amb=["Gepard"]),
    WM("hawk", "MIM-23 Hawk", "air-defence", "US", ["MIM-23", "HAWK missile", "Hawk missiles"]),
    WM("bavar-373", "Bavar-373", "air-defence", "IR", ["Bavar 373"]),
    WM("t-72", "T-72", "tank", "RU", ["T-72 tanks", "T-72B"]),
    WM("t-90", "T-90", "tank", "RU", ["T-90 tanks", "T-90S", "T-90M"]),
    WM("leopard-1", "Leopard 1", "tank", "DE", ["Leopard 1A5", "Leopard 1 tanks"]),
    WM("k2-black-panther", "K2 Black Panther", "tank", "KR", ["K2 tank", "K2 tanks", "Black Panther tanks"],
       id=["K2 Black Panther", "tank K2"]),
    WM("stryker", "Stryker", "tank", "US", ["Stryker armored vehicles", "Stryker vehicles"],
       amb=["Stryker"]),
    WM("marder", "Marder", "tank", "DE", ["Marder infantry fighting vehicles"], amb=["Marder"]),
    WM("su-30", "Su-30", "aircraft", "RU", ["Sukhoi Su-30", "Su-30SM", "Su-30MKI", "Su-30SME"]),
    WM("su-27", "Su-27", "aircraft", "RU", ["Sukhoi Su-27"]),
    WM("su-25", "Su-25", "aircraft", "RU", ["Sukhoi Su-25"]),
    WM("mig-29", "MiG-29", "aircraft", "RU", ["MiG 29", "Mikoyan MiG-29"]),
    WM("yak-130", "Yak-130", "aircraft", "RU", ["Yakovlev Yak-130"]),
    WM("f-7", "Chengdu F-7", "aircraft", "CN", ["F-7", "J-7"]),
    WM("k-8", "K-8 Karakorum", "aircraft", "CN", ["K-8", "Hongdu K-8", "JL-8"]),
    WM("j-10", "J-10", "aircraft", "CN", ["Chengdu J-10", "J-10C", "J-10CE"]),
    WM("jf-17", "JF-17", "aircraft", "PK", ["JF-17 Thunder", "FC-1"]),
    WM("f-15", "F-15", "aircraft", "US", ["F-15EX", "F-15E", "F-15 Eagle", "F-15s"],
       id=["F-15", "F-15EX", "jet tempur F-15"]),
    WM("f-18", "F/A-18", "aircraft", "US", ["F/A-18", "F-18", "F/A-18 Hornet", "Super Hornet"]),
    WM("mirage-2000", "Mirage 2000", "aircraft", "FR", ["Mirage-2000", "Mirage 2000-5"]),
    WM("apache", "AH-64 Apache", "aircraft", "US", ["AH-64", "Apache helicopters",
       "Apache attack helicopters"], id=["AH-64 Apache", "AH-64", "helikopter Apache"]),
    WM("black-hawk", "Black Hawk", "aircraft", "US", ["UH-60 Black Hawk", "UH-60", "Black Hawks"],
       id=["Black Hawk", "UH-60", "helikopter Black Hawk"]),
    WM("harop", "Harop", "drone", "IL", ["IAI Harop"]),
    WM("hermes-900", "Hermes 900", "drone", "IL", ["Hermes-900", "Elbit Hermes 900"]),
    WM("akinci", "Bayraktar Akıncı", "drone", "TR", ["Akinci", "Akıncı", "Bayraktar Akinci"]),
    WM("anka", "TAI Anka", "drone", "TR", ["Anka drones", "ANKA"], id=["TAI Anka", "drone Anka"]),
    WM("wing-loong", "Wing Loong", "drone", "CN", ["Wing Loong II", "Wing Loong 2"]),
    WM("ch-4", "CH-4 Rainbow", "drone", "CN", ["CH-4", "CH-4B", "CH-5"]),
    WM("orlan-10", "Orlan-10", "drone", "RU", ["Orlan 10"]),
    WM("mq-9", "MQ-9 Reaper", "drone", "US", ["MQ-9", "Reaper drones", "MQ-9B"]),
]


# ---------------------------------------------------------------------------
# builders
# ---------------------------------------------------------------------------

def _clean_pycountry_en(value: str) -> str | None:
    if not value or "," in value or "(" in value:
        return None
    if value.startswith("the "):
        value = value[4:]
    if value in PYCOUNTRY_DROP:
        return None
    return value


def build_places() -> list[dict]:
    capitals = {c["capital"] for c in COUNTRIES}
    out = []
    for p in PLACES:
        entry = {
            "id": f"place:{p['slug']}",
            "type": p["type"],
            "name": p["name"],
            "labels": {"en": uniq([p["name"]] + p["en"]), "id": uniq(p["id"])},
            "aliases": [],
            "country": f"country:{p['cc']}" if p["cc"] else None,
            "capital": p["slug"] in capitals,
        }
        if p.get("city"):
            entry["city"] = f"place:{p['city']}"
            del entry["capital"]
        out.append(_finish(entry, p["qid"], p["amb"]))
    return out


def build_countries(places: list[dict]) -> list[dict]:
    import gettext

    import pycountry

    tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["id"])
    place_by_id = {p["id"]: p for p in places}
    out = []
    for c in COUNTRIES:
        pc = pycountry.countries.get(alpha_2=c["iso2"])
        if c["iso2"] == "XK" or c["iso2"] in HISTORIC_STATES:
            pc = None  # pycountry knows no Kosovo, and "SU" is not a current code
        iso3 = c["iso3"] or pc.alpha_3
        aliases = uniq(c["aliases"])
        en = [c["name"]] + c["en"]
        id_labels = list(c["id_labels"])
        if c["iso2"] == "KR":
            id_labels.append("Republik Korea")
        if pc is not None:
            for attr in ("name", "common_name", "official_name"):
                v = _clean_pycountry_en(getattr(pc, attr, None))
                if v:
                    en.append(v)
            short_id = _clean_pycountry_en(tr.gettext(pc.name))
            if short_id:
                id_labels.append(short_id)
            official = getattr(pc, "official_name", None)
            if official:
                off_id = tr.gettext(official)
                if (off_id != official and _clean_pycountry_en(off_id)
                        and not any(w in off_id for w in PYCOUNTRY_ID_BAD_WORDS)
                        and any(lbl in off_id for lbl in id_labels)):
                    id_labels.append(off_id)
        en = [x for x in uniq(en) if x not in aliases or x == c["name"]]
        id_labels = [x for x in uniq(id_labels) if x not in aliases]
        own = set(en) | set(id_labels) | set(aliases)

        cap_id = f"place:{c['capital']}"
        metonyms = list(place_by_id[cap_id]["labels"]["en"]) + list(place_by_id[cap_id]["labels"]["id"])
        seat_id = None
        if c["seat"]:
            seat_id = f"place:{c['seat']}"
            metonyms += place_by_id[seat_id]["labels"]["en"] + place_by_id[seat_id]["labels"]["id"]
        metonyms += c["met_extra"]
        if c["iso2"] in HISTORIC_STATES:
            metonyms = []
        metonyms = [m for m in uniq(metonyms) if m not in c["nomet"] and m not in own]

        entry = {
            "id": f"country:{c['iso2']}",
            "type": "Country",
            "name": c["name"],
            "labels": {"en": en, "id": id_labels},
            "aliases": aliases,
            "iso2": c["iso2"],
            "iso3": iso3,
            "capital": cap_id,
        }
        if seat_id:
            entry["seat_of_government"] = seat_id
        # Indonesian demonyms are the country name itself ("drone Rusia"), already a
        # label: repeating it here would index the same string twice.
        entry["demonyms"] = {"en": uniq(c["demonyms"]), "id": []}
        if c["iso2"] in HISTORIC_STATES:
            entry["historic"] = True  # named in history, never a party to a reported event
        entry["metonyms"] = metonyms
        out.append(_finish(entry, c["qid"], c["amb"]))
    return out


# Foreign and defence ministries of every state, named the way the press names them; curated
# entries above (org:kemlu, org:mfa-iran, org:state-department, ...) take precedence.
CURATED_MINISTRIES = {"mfa": {"ID", "IN", "IR", "US"}, "mod": {"ID", "US"}}


def _possessive(name: str) -> str:
    return name + ("'" if name.endswith("s") else "'s")


def build_ministries(countries: list[dict]) -> list[dict]:
    out = []
    for c in countries:
        cc = c["id"].split(":")[1]
        if c.get("historic"):
            continue
        name = c["name"]
        en_names = uniq([name] + [x for x in c["labels"].get("en", []) if not x.startswith(("the ", "The "))][:2])
        dems = (c.get("demonyms") or {}).get("en", [])[:2]
        id_names = [x for x in c["labels"].get("id", []) if not x.startswith("Negeri ")][:2]
        for kind, en_t, en_alt, id_t, id_abbr, en_dem in (
                ("mfa", "Ministry of Foreign Affairs of {}", ["Foreign Ministry of {}"], "Kementerian Luar Negeri {}",
                 ["Kemlu {}", "Kemenlu {}"], ["{} Foreign Ministry", "{} foreign ministry", "{} Ministry of Foreign Affairs"]),
                ("mod", "Ministry of Defence of {}", ["Ministry of Defense of {}", "Defence Ministry of {}", "Defense Ministry of {}"],
                 "Kementerian Pertahanan {}", ["Kemhan {}", "Kemenhan {}"],
                 ["{} Defence Ministry", "{} Defense Ministry", "{} defence ministry", "{} defense ministry",
                  "{} Ministry of Defence", "{} Ministry of Defense"])):
            if cc in CURATED_MINISTRIES[kind]:
                continue
            en = [en_t.format(name)] + [t.format(n) for n in en_names for t in [en_t] + en_alt]
            for n in en_names:
                pos = _possessive(n)
                en += [f"{pos} Foreign Ministry", f"{pos} foreign ministry"] if kind == "mfa" else [
                    f"{pos} Defence Ministry", f"{pos} Defense Ministry", f"{pos} defence ministry", f"{pos} defense ministry"]
            en += [t.format(d) for d in dems for t in en_dem]
            idl = [id_t.format(n) for n in id_names] + [t.format(n) for n in id_names for t in id_abbr]
            entry = {"id": f"org:{kind}-{cc.lower()}", "type": "Organization", "name": en_t.format(name),
                     "labels": {"en": uniq(en), "id": uniq(idl)}, "aliases": [], "kind": "government",
                     "country": c["id"], "generated": True}
            if c.get("seat_of_government") or c.get("capital"):
                # "di kantor Kemlu Malaysia": at the seat of its government
                entry["seat"] = c.get("seat_of_government") or c["capital"]
            out.append(entry)
    return out


def build_organizations() -> list[dict]:
    out = []
    for o in ORGANIZATIONS:
        prefix = "bloc" if o["type"] == BLOC else "org"
        entry = {
            "id": f"{prefix}:{o['slug']}",
            "type": o["type"],
            "name": o["name"],
            "labels": {"en": uniq([o["name"]] + o["en"]), "id": uniq(o["id"] or [o["name"]])},
            "aliases": uniq(o["aliases"]),
            "kind": o["kind"],
        }
        if o["cc"]:
            entry["country"] = f"country:{o['cc']}"
        if o["metonyms"]:
            entry["metonyms"] = uniq(o["metonyms"])
        if o["seat"]:
            entry["seat"] = f"place:{o['seat']}"
        out.append(_finish(entry, o["qid"], o["amb"]))
    return out


def _case_variants(label: str) -> list[str]:
    """Lower-case (and capitalised) variants of an office title."""
    if label in OFFICE_NO_CASE_VARIANTS or "." in label:
        return [label]
    if re.search(r"[A-Z]{2}", label):
        return [label]          # abbreviation inside (PM, CIA, BIN, TNI, KSAD, DPR, EU ...)
    low = label.lower()
    out = [label, low, low[0].upper() + low[1:]]                     # as given, lower, sentence case
    if label[0].islower():
        if " " in label and label == label.lower():                   # Title Case
            out.append(" ".join(w if w in _SMALL_WORDS else w[0].upper() + w[1:]
                                for w in label.split()))
    return out


_SMALL_WORDS = {"of", "the", "and", "for", "to", "in", "dan", "di"}


OFFICE_ABBREVIATIONS = {"Menlu", "Menhan", "Wamenlu", "Dubes", "Sekjen", "Jubir", "Wapres",
                        "Dirjen", "KSAD", "PM", "Mensesneg", "Seskab"}


def build_offices() -> list[dict]:
    out = []
    for o in OFFICES:
        def expand(labels):
            res = []
            for lbl in labels:
                res += [lbl] if lbl in OFFICE_ABBREVIATIONS else _case_variants(lbl)
            return uniq(res)
        en = expand([o["name"]] + o["en"])
        entry = {
            "id": f"office:{o['slug']}",
            "type": "Office",
            "name": o["name"],
            "labels": {"en": en, "id": expand(o["id"])},
            "aliases": uniq(o["aliases"]),
            "kind": o["kind"],
        }
        out.append(entry)
    return out


EN_ONLY_TITLE_WORDS = {"King", "Queen", "Prince", "Sheikh", "Lord", "Pope"}


def _hyphen_case_variants(name: str) -> list[str]:
    """The press writes the part after a hyphen of Korean and Arabic names either way
    ("Han Duck-soo", "Han Duck-Soo"): a name with such a hyphen gets both spellings."""
    if not re.search(r"\w-\w", name) or not all(w[:1].isupper() for w in name.split() if w[:1].isalpha()
                                                  and w not in ("bin", "binti", "al", "el", "de", "da", "van", "von", "der", "of", "the")):
        return []
    upper = re.sub(r"(?<=\w-)(\w)", lambda m: m.group(1).upper(), name)
    lower = re.sub(r"(?<=\w-)(\w)", lambda m: m.group(1).lower(), name)
    return [v for v in (upper, lower) if v != name]


def build_persons(orgs: list[dict]) -> list[dict]:
    org_by_id = {o["id"]: o for o in orgs}
    out = []
    for p in PERSONS:
        positions = []
        for tup in p["pos"]:
            office, where, start, end, *extras = tup
            pos = {"office": f"office:{office}"}
            if where.startswith("org:"):
                org = org_by_id[where]
                if org["kind"] in ("government", "intelligence", "military") and org.get("country"):
                    pos["country"] = org["country"]
                    pos["body"] = where
                else:
                    pos["org"] = where
            else:
                pos["country"] = f"country:{where}"
            pos["start"] = start
            pos["end"] = end
            for x in extras:
                if x == "acting":
                    pos["acting"] = True
                else:
                    pos["to"] = x
            positions.append(pos)
        en = uniq([p["name"]] + p["en"])
        en = uniq(en + [v for x in en for v in _hyphen_case_variants(x)])
        neutral = [x for x in en if not (set(x.split()) & EN_ONLY_TITLE_WORDS)]
        entry = {
            "id": f"person:{slugify(p['name'])}",
            "type": "Person",
            "name": p["name"],
            "labels": {"en": en, "id": uniq(neutral[:1] + p["id"] + neutral[1:])},
            "aliases": uniq(p["al"]),
            "country": f"country:{p['cc']}",
            "positions": positions,
        }
        if not entry["labels"]["id"]:
            entry["labels"]["id"] = list(p["id"]) or [p["name"]]
        out.append(_finish(entry, p["qid"], p["amb"]))
    return out


def build_weapons() -> list[dict]:
    out = []
    for c in WEAPON_CATEGORIES:
        entry = {
            "id": f"weapon:{c['slug']}",
            "type": "WeaponCategory",
            "name": c["name"],
            "labels": {"en": uniq([c["name"]] + c["en"]), "id": uniq(c["id"])},
            "aliases": [],
            "case_insensitive": True,
        }
        out.append(_finish(entry, None, c["amb"]))
    for m in WEAPON_MODELS:
        en = uniq([m["name"]] + m["en"])
        entry = {
            "id": f"weapon:{m['slug']}",
            "type": "WeaponModel",
            "name": m["name"],
            "labels": {"en": en, "id": uniq(m["id"] if m["id"] is not None else en)},
            "aliases": [],
            "category": f"weapon:{m['category']}",
            "maker": f"country:{m['maker']}",
        }
        out.append(_finish(entry, None, m["amb"]))
    return out


def build_all() -> dict[str, list[dict]]:
    places = build_places()
    countries = build_countries(places)
    orgs = build_organizations() + build_ministries(countries)
    data = {
        "countries": countries,
        "places": places,
        "organizations": orgs,
        "persons": build_persons(orgs),
        "offices": build_offices(),
        "weapons": build_weapons(),
    }
    for key in data:
        data[key] = sorted(data[key], key=lambda e: e["id"])
    return data


def write_all(data: dict[str, list[dict]]) -> None:
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    for key, entries in data.items():
        path = OUT_DIR / FILES[key]
        with path.open("w", encoding="utf-8", newline="\n") as fh:
            for e in entries:
                fh.write(json.dumps(e, ensure_ascii=False, sort_keys=False) + "\n")
        print(f"wrote {path.relative_to(ROOT)}: {len(entries)} entries")


# ---------------------------------------------------------------------------
# self-check (runs on the written files, i.e. exactly what the runtime reads)
# ---------------------------------------------------------------------------

UN_MEMBERS = set("""
AF AL DZ AD AO AG AR AM AU AT AZ BS BH BD BB BY BE BZ BJ BT BO BA BW BR BN BG BF BI CV KH
CM CA CF TD CL CN CO KM CG CD CR CI HR CU CY CZ KP DK DJ DM DO EC EG SV GQ ER EE SZ ET FJ FI
FR GA GM GE DE GH GR GD GT GN GW GY HT HN HU IS IN ID IR IQ IE IL IT JM JP JO KZ KE KI KW KG
LA LV LB LS LR LY LI LT LU MG MW MY MV ML MT MH MR MU MX FM MC MN ME MA MZ MM NA NR NP NL NZ
NI NE NG MK NO OM PK PW PA PG PY PE PH PL PT QA KR MD RO RU RW KN LC VC WS SM ST SA SN RS SC
SL SG SK SI SB SO ZA SS ES LK SD SR SE CH SY TJ TZ TH TL TG TO TT TN TR TM TV UG UA AE GB US
UY UZ VU VE VN YE ZM ZW
""".split())
NON_MEMBER_STATES = {"VA", "PS", "TW", "XK"}

ID_PREFIX = {
    "countries": {"country"}, "places": {"place"}, "organizations": {"org", "bloc"},
    "persons": {"person"}, "offices": {"office"}, "weapons": {"weapon"},
}
TYPES = {
    "countries": {"Country"}, "places": {"City", "Region", "Venue"},
    "organizations": {"Organization", "NewsOutlet", "Bloc"}, "persons": {"Person"},
    "offices": {"Office"}, "weapons": {"WeaponCategory", "WeaponModel"},
}
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")

# Same-type collisions that are deliberate (string, type) -> reason.
INTENTIONAL_COLLISIONS: dict[tuple[str, str], str] = {}


def check(out_dir: Path = OUT_DIR) -> int:
    errors: list[str] = []
    entries: dict[str, dict] = {}
    by_file: dict[str, list[dict]] = {}
    for key, fname in FILES.items():
        path = out_dir / fname
        rows = []
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            try:
                e = json.loads(line)
            except json.JSONDecodeError as exc:
                errors.append(f"{fname}:{n}: invalid JSON: {exc}")
                continue
            rows.append(e)
            eid = e.get("id", "")
            if eid in entries:
                errors.append(f"duplicate id {eid}")
            entries[eid] = e
            if eid.split(":", 1)[0] not in ID_PREFIX[key]:
                errors.append(f"{fname}: bad id prefix {eid}")
            if e.get("type") not in TYPES[key]:
                errors.append(f"{eid}: bad type {e.get('type')}")
            labels = e.get("labels", {})
            if not labels.get("en") or labels["en"][0] != e.get("name"):
                errors.append(f"{eid}: first en label must equal name")
            if not labels.get("id"):
                errors.append(f"{eid}: no Indonesian label")
            for s in entry_strings(e) + e.get("metonyms", []):
                if not s or s != s.strip():
                    errors.append(f"{eid}: empty/unstripped string {s!r}")
            for a in e.get("ambiguous_labels", []):
                if a not in entry_strings(e):
                    errors.append(f"{eid}: ambiguous label {a!r} is not a label")
        by_file[key] = rows

    def ref(eid, target, prefix):
        if target is None:
            return
        if not isinstance(target, str) or not target.startswith(prefix + ":"):
            errors.append(f"{eid}: bad reference {target!r} (expected {prefix}:...)")
        elif target not in entries:
            errors.append(f"{eid}: dangling reference {target}")

    for e in by_file["countries"]:
        ref(e["id"], e["capital"], "place")
        ref(e["id"], e.get("seat_of_government"), "place")
        if entries.get(e["capital"], {}).get("country") != e["id"] and e["iso2"] not in HISTORIC_STATES:
            errors.append(f"{e['id']}: capital {e['capital']} is not in that country")
    for e in by_file["places"]:
        ref(e["id"], e["country"], "country")
    for e in by_file["organizations"]:
        ref(e["id"], e.get("country"), "country")
    for e in by_file["persons"]:
        ref(e["id"], e["country"], "country")
        for pos in e["positions"]:
            ref(e["id"], pos["office"], "office")
            if ("country" in pos) == ("org" in pos):
                errors.append(f"{e['id']}: position needs exactly one of country/org: {pos}")
            ref(e["id"], pos.get("country"), "country")
            ref(e["id"], pos.get("org"), "org")
            ref(e["id"], pos.get("body"), "org")
            if pos.get("to"):
                ref(e["id"], pos["to"], pos["to"].split(":")[0])
            for k in ("start", "end"):
                if pos[k] is not None and not DATE_RE.match(pos[k]):
                    errors.append(f"{e['id']}: bad date {pos[k]!r}")
            if pos["start"] and pos["end"] and pos["start"][:len(pos["end"])] > pos["end"][:len(pos["start"])]:
                errors.append(f"{e['id']}: start after end in {pos}")
    for e in by_file["weapons"]:
        if e["type"] == "WeaponModel":
            ref(e["id"], e["category"], "weapon")
            ref(e["id"], e["maker"], "country")

    # one entry must not index the same matcher key under two kinds (label/alias/
    # demonym/metonym): the matcher would report the mention twice.  Keys follow
    # kg.lexicon: tokens joined by spaces, plus the ALL-CAPS form of keys > 3 chars.
    tok_re = re.compile(r"\w+(?:[-‐'’]\w+)*|[^\w\s]")

    def keys(s):
        k = " ".join(tok_re.findall(s))
        out = {k}
        if len(k) > 3 and k.upper() != k:
            out.add(k.upper())
        return out

    for e in entries.values():
        if e["type"] in ("WeaponCategory",):
            continue
        kinds = defaultdict(set)
        for s in [e["name"]] + [x for v in e.get("labels", {}).values() for x in v]:
            for k in keys(s):
                kinds[k].add("label")
        for s in e.get("aliases", []):
            for k in keys(s):
                kinds[k].add("alias")
        for v in (e.get("demonyms") or {}).values():
            for s in v:
                for k in keys(s):
                    kinds[k].add("demonym")
        for s in e.get("metonyms", []):
            for k in keys(s):
                kinds[k].add("metonym")
        for k, ks in kinds.items():
            if len(ks) > 1:
                errors.append(f"{e['id']}: {k!r} indexed as {sorted(ks)}")

    # countries: completeness
    iso2s = {e["iso2"] for e in by_file["countries"]}
    missing = (UN_MEMBERS | NON_MEMBER_STATES) - iso2s
    extra = iso2s - (UN_MEMBERS | NON_MEMBER_STATES | HISTORIC_STATES)
    if len(UN_MEMBERS) != 193:
        errors.append(f"UN member list has {len(UN_MEMBERS)} codes, expected 193")
    if missing or extra:
        errors.append(f"countries: missing {sorted(missing)}, unexpected {sorted(extra)}")

    # collisions within a type
    print("\n== same-type collisions ==")
    unresolved = 0
    strings_by_type: dict[str, dict[str, set]] = defaultdict(lambda: defaultdict(set))
    for e in entries.values():
        strs = set(entry_strings(e))
        if e["type"] == "Country":
            strs |= set(e.get("demonyms", {}).get("en", [])) | set(e.get("metonyms", []))
        for s in strs:
            strings_by_type[e["type"]][s].add(e["id"])
    for typ in sorted(strings_by_type):
        for s, ids in sorted(strings_by_type[typ].items()):
            if len(ids) > 1:
                reason = INTENTIONAL_COLLISIONS.get((s, typ))
                if reason:
                    print(f"  intentional  [{typ}] {s!r}: {sorted(ids)} -- {reason}")
                else:
                    unresolved += 1
                    print(f"  UNRESOLVED   [{typ}] {s!r}: {sorted(ids)}")
    if not unresolved:
        print("  none unresolved")

    # collisions across types (informational)
    print("\n== cross-type collisions (informational) ==")
    # (metonyms are place names by design and are left out here)
    all_strings: dict[str, set] = defaultdict(set)
    for e in entries.values():
        strs = set(entry_strings(e))
        if e["type"] == "Country":
            strs |= set(e.get("demonyms", {}).get("en", []))
        for s in strs:
            all_strings[s].add((e["type"], e["id"]))
    n_cross = 0
    for s, pairs in sorted(all_strings.items()):
        types = {t for t, _ in pairs}
        if len(types) > 1:
            n_cross += 1
            print(f"  {s!r}: " + ", ".join(f"{i}" for _, i in sorted(pairs)))
    print(f"  ({n_cross} strings)")

    print("\n== counts ==")
    for key, rows in by_file.items():
        types = defaultdict(int)
        for e in rows:
            types[e["type"]] += 1
        print(f"  {FILES[key]}: {len(rows)}  " + ", ".join(f"{t}={n}" for t, n in sorted(types.items())))
    n_qid = sum(1 for e in entries.values() if e.get("wikidata"))
    print(f"  entries with wikidata: {n_qid}")

    if errors:
        print("\n== ERRORS ==")
        for err in errors:
            print("  " + err)
        return 1
    print("\nself-check OK" + (f" ({unresolved} unresolved collisions)" if unresolved else ""))
    return 1 if unresolved else 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check-only", action="store_true", help="only validate existing files")
    args = ap.parse_args(argv)
    if not args.check_only:
        write_all(build_all())
    return check()


if __name__ == "__main__":
    sys.exit(main())
