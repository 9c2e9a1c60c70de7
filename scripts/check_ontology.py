#!/usr/bin/env python3
"""Check the kg ontology (ontology/kg.ttl) and SHACL shapes (ontology/shapes.ttl).

Checks, in order:
  1. both files parse; the ontology header is complete;
  2. every kg: term has rdfs:label and rdfs:comment in English (@en) and
     Indonesian (@id); every concept/scheme has skos:prefLabel @en and @id;
  3. every term of the model specification exists with the right kind, and the
     alignment axioms (subclass / subproperty / domain / range) are present;
  4. the concept schemes are consistent (notation, inScheme, topConceptOf) and
     the event classes carry their CAMEO / PLOVER codes;
  5. shapes.ttl conforms to the SHACL-SHACL meta shapes, every shape has an
     English sh:name and sh:message, and every kg: term it uses is defined;
  6. a small valid data graph conforms and a broken one does not (the
     violation messages are printed).

Exit status 0 when everything passes, 1 otherwise.

Usage:  python scripts/check_ontology.py [--quiet]
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

import pyshacl
from pyshacl.entrypoints import meta_validate
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS, XSD

ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY_FILE = ROOT / "ontology" / "kg.ttl"
SHAPES_FILE = ROOT / "ontology" / "shapes.ttl"

KG = Namespace("https://w3id.org/kg-news/ontology#")
KGR = Namespace("https://w3id.org/kg-news/id/")
KGSH = Namespace("https://w3id.org/kg-news/shapes#")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
PROV = Namespace("http://www.w3.org/ns/prov#")
SCHEMA = Namespace("https://schema.org/")
TIME = Namespace("http://www.w3.org/2006/time#")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
SH = Namespace("http://www.w3.org/ns/shacl#")

ONTOLOGY_IRI = URIRef("https://w3id.org/kg-news/ontology")
CC_BY_4 = URIRef("https://creativecommons.org/licenses/by/4.0/")
LANGS = ("en", "id")
# Validating a tiny graph with ont_graph= must be fast; a slow run means the
# ontology makes pyshacl's ontology mixing blow up (see kg.ttl section 6).
MAX_VALIDATION_SECONDS = 20.0

# ---------------------------------------------------------------------------
# The model specification, hard-coded.
# ---------------------------------------------------------------------------

CLASSES = [
    "Event", "Meeting", "PhoneCall", "WeaponSupplyAllegation", "Claim", "DeniedEventClaim",
    "EventReport", "ResolvedEvent", "MergeDecision", "PendingResolution",
    "Actor", "Person", "Country", "Organization", "NewsOutlet", "Bloc",
    "Place", "City", "Office", "Position",
    "WeaponCategory", "WeaponModel", "Stance", "Evidence", "EventClass",
]

OBJECT_PROPERTIES = [
    "participant", "supplier", "recipient", "claimedBy", "reportedBy", "claimedEventType", "claimedParticipant",
    "weaponCategory", "weaponModel", "stance", "granularity", "evidence",
    "country", "holdsPosition", "office", "ofCountry",
    "hasReport", "mergedReport", "resolvedEvent", "describes", "describedBefore",
    "datelinePlace", "citedSource", "removedSpan",
]

DATATYPE_PROPERTIES = [
    "date", "topic", "rule", "score", "basis", "sourceFile", "contentHash", "reason",
    "blockKey", "noMerge", "sourceName", "extractorVersion", "dateline",
    "publisherName", "citedSourceName", "mentionBegin", "mentionEnd", "nameInArticle",
]

ANNOTATION_PROPERTIES = ["cameoCode", "ploverCode", "ploverMode"]

# scheme -> {concept local name: skos:notation}
SCHEMES = {
    "WeaponCategories": {
        "Drone": "drone", "Missile": "missile", "Ammunition": "ammunition",
        "Artillery": "artillery", "Aircraft": "aircraft", "Tank": "tank",
        "AirDefence": "air defence", "Weapons": "weapons",
    },
    "Stances": {
        "Alleged": "alleged", "Admitted": "admitted", "Denied": "denied",
        "Promised": "promised", "Disputed": "disputed",
    },
    "CAMEO": {
        "cameo-041": "041", "cameo-042": "042", "cameo-043": "043",
        "cameo-044": "044", "cameo-072": "072", "cameo-0332": "0332",
        "cameo-112": "112",
    },
    "PLOVER": {"plover-CONSULT": "CONSULT", "plover-AID": "AID"},
}

# class of the concept individuals of a scheme (besides skos:Concept)
SCHEME_MEMBER_CLASS = {"WeaponCategories": KG.WeaponCategory, "Stances": KG.Stance}

# English skos:prefLabel of the CAMEO concepts, as in the specification
CAMEO_LABELS = {
    "cameo-041": "Discuss by telephone", "cameo-042": "Make a visit",
    "cameo-043": "Host a visit", "cameo-044": "Meet at a third location",
    "cameo-072": "Provide military aid",
    "cameo-0332": "Express intent to provide military aid", "cameo-112": "Accuse",
}

SUBCLASS_AXIOMS = [
    (KG.Event, SEM.Event), (KG.Event, SCHEMA.Event),
    (KG.Meeting, KG.Event), (KG.PhoneCall, KG.Event),
    (KG.WeaponSupplyAllegation, KG.Event), (KG.WeaponSupplyAllegation, KG.Claim),
    (KG.Claim, PROV.Entity), (KG.DeniedEventClaim, KG.Claim),
    (KG.Actor, SEM.Actor),
    (KG.Person, KG.Actor), (KG.Person, SCHEMA.Person),
    (KG.Country, KG.Actor), (KG.Country, SCHEMA.Country),
    (KG.Organization, KG.Actor), (KG.Organization, SCHEMA.Organization),
    (KG.NewsOutlet, KG.Organization), (KG.NewsOutlet, SCHEMA.NewsMediaOrganization),
    (KG.Bloc, KG.Actor),
    (KG.Place, SEM.Place), (KG.Place, SCHEMA.Place),
    (KG.City, KG.Place),
    (KG.Office, SKOS.Concept), (KG.WeaponCategory, SKOS.Concept), (KG.Stance, SKOS.Concept),
    (KG.Evidence, NIF.String),  # via nif:OffsetBasedString (checked transitively)
]

SUBPROPERTY_AXIOMS = [
    (KG.participant, SEM.hasActor), (KG.supplier, SEM.hasActor),
    (KG.recipient, SEM.hasActor),
    (KG.claimedBy, PROV.wasAttributedTo), (KG.reportedBy, KG.claimedBy),
]

DOMAIN_AXIOMS = [
    (KG.participant, KG.Event), (KG.supplier, KG.WeaponSupplyAllegation),
    (KG.recipient, KG.WeaponSupplyAllegation), (KG.claimedBy, KG.Event), (KG.claimedBy, KG.Claim),
    (KG.reportedBy, KG.Event), (KG.reportedBy, KG.Claim), (KG.holdsPosition, KG.Person),
    (KG.claimedEventType, KG.DeniedEventClaim), (KG.claimedParticipant, KG.DeniedEventClaim),
    (KG.office, KG.Position), (KG.ofCountry, KG.Position),
    (KG.hasReport, KG.ResolvedEvent), (KG.mergedReport, KG.MergeDecision),
    (KG.resolvedEvent, KG.MergeDecision), (KG.rule, KG.Evidence),
    (KG.date, KG.Event), (KG.topic, KG.Event),
    (KG.noMerge, KG.EventReport), (KG.sourceName, SCHEMA.NewsArticle),
    (KG.extractorVersion, SCHEMA.NewsArticle), (KG.dateline, SCHEMA.NewsArticle),
    (KG.mentionBegin, KG.Evidence), (KG.mentionEnd, KG.Evidence),
    (KG.describes, SCHEMA.NewsArticle), (KG.describedBefore, KG.PendingResolution),
]

RANGE_AXIOMS = [
    (KG.participant, KG.Actor), (KG.supplier, KG.Actor), (KG.recipient, KG.Actor), (KG.claimedParticipant, KG.Actor),
    (KG.claimedBy, KG.Actor), (KG.reportedBy, KG.Organization),
    (KG.weaponCategory, KG.WeaponCategory), (KG.weaponModel, KG.WeaponModel),
    (KG.stance, KG.Stance), (KG.granularity, TIME.TemporalUnit),
    (KG.evidence, KG.Evidence), (KG.country, KG.Country),
    (KG.holdsPosition, KG.Position), (KG.office, KG.Office), (KG.ofCountry, KG.Country),
    (KG.hasReport, KG.EventReport), (KG.mergedReport, KG.EventReport),
    (KG.resolvedEvent, KG.ResolvedEvent), (KG.score, XSD.decimal),
    (KG.basis, XSD.string), (KG.topic, XSD.string), (KG.rule, XSD.string),
    (KG.sourceFile, XSD.string), (KG.contentHash, XSD.string),
    (KG.datelinePlace, KG.Place), (KG.citedSource, KG.Organization),
    (KG.blockKey, XSD.string), (KG.noMerge, XSD.boolean), (KG.sourceName, XSD.string),
    (KG.nameInArticle, XSD.string),
    (KG.extractorVersion, XSD.string), (KG.dateline, XSD.string),
    (KG.publisherName, XSD.string), (KG.citedSourceName, XSD.string),
    (KG.mentionBegin, XSD.nonNegativeInteger), (KG.mentionEnd, XSD.nonNegativeInteger),
]

# (subject, property, object) links between event classes / stances and codes
CODE_LINKS = [
    (KG.PhoneCall, KG.cameoCode, KG["cameo-041"]),
    (KG.PhoneCall, KG.ploverCode, KG["plover-CONSULT"]),
    (KG.PhoneCall, KG.ploverMode, Literal("phone")),
    (KG.Meeting, KG.cameoCode, KG["cameo-042"]),
    (KG.Meeting, KG.cameoCode, KG["cameo-043"]),
    (KG.Meeting, KG.cameoCode, KG["cameo-044"]),
    (KG.Meeting, KG.ploverCode, KG["plover-CONSULT"]),
    (KG.Meeting, KG.ploverMode, Literal("visit")),
    (KG.WeaponSupplyAllegation, KG.cameoCode, KG["cameo-072"]),
    (KG.WeaponSupplyAllegation, KG.ploverCode, KG["plover-AID"]),
    (KG.Promised, KG.cameoCode, KG["cameo-0332"]),
    (KG.Alleged, KG.cameoCode, KG["cameo-112"]),
]

# Built-in vocabularies whose terms need no declaration in kg.ttl
BUILTIN_NAMESPACES = (str(RDF), str(RDFS), str(OWL), str(XSD))

# ---------------------------------------------------------------------------
# Test data graphs
# ---------------------------------------------------------------------------

PREFIXES = """
@prefix kg:     <https://w3id.org/kg-news/ontology#> .
@base <https://w3id.org/kg-news/id/> .   # instances: <country/RU> etc.
@prefix sem:    <http://semanticweb.cs.vu.nl/2009/11/sem/> .
@prefix schema: <https://schema.org/> .
@prefix time:   <http://www.w3.org/2006/time#> .
@prefix nif:    <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
@prefix prov:   <http://www.w3.org/ns/prov#> .
@prefix skos:   <http://www.w3.org/2004/02/skos/core#> .
@prefix rdfs:   <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd:    <http://www.w3.org/2001/XMLSchema#> .
"""

VALID_DATA = PREFIXES + """
<article/abc123> a schema:NewsArticle , prov:Entity ;
    kg:contentHash "abc123" ;
    kg:sourceFile "antara-2024-03-05.txt" ;
    kg:sourceName "antara-2024-03-05" ;
    kg:extractorVersion "kg-rules-1" ;
    kg:dateline "JAKARTA" ;
    schema:headline "Putin dan Pezeshkian bicara lewat telepon"@id ;
    schema:datePublished "2024-03-05T14:30:00+07:00"^^xsd:dateTime ;
    schema:inLanguage "id" ;
    schema:publisher <org/antara> ;
    kg:datelinePlace <place/jakarta> ;
    kg:removedSpan [ nif:beginIndex "500"^^xsd:integer ;
                     nif:endIndex "560"^^xsd:integer ;
                     kg:reason "boilerplate" ] .

<article/def456> a schema:NewsArticle , prov:Entity ;   # unknown publisher and source
    kg:contentHash "def456" ;
    kg:sourceFile "feed.jsonl:3" ;
    kg:sourceName "feed:3" ;
    kg:extractorVersion "kg-rules-1" ;
    schema:inLanguage "id" ;
    kg:dateline "MOSKOW" ;
    kg:publisherName "Warta Harian" ;
    kg:citedSourceName "Kantor Berita Lokal" ;
    kg:citedSource <org/antara> .

<org/antara> a kg:NewsOutlet ; rdfs:label "Antara"@en .
<place/jakarta> a kg:City ; rdfs:label "Jakarta"@en ; kg:country <country/ID> .
<country/ID> a kg:Country ; rdfs:label "Indonesia"@en .
<country/RU> a kg:Country ; rdfs:label "Russia"@en ; skos:altLabel "Rusia"@id .
<country/IR> a kg:Country ; rdfs:label "Iran"@en .
<country/UA> a kg:Country ; rdfs:label "Ukraine"@en .

<person/vladimir-putin> a kg:Person ;
    rdfs:label "Vladimir Putin"@en ;
    kg:holdsPosition <position/president-RU> .
<position/president-RU> a kg:Position ;
    rdfs:label "President of Russia"@en , "Presiden Rusia"@id ;
    kg:office <office/president> ;
    kg:ofCountry <country/RU> .
<person/masoud-pezeshkian> a kg:Person ; rdfs:label "Masoud Pezeshkian"@en .

<event/abc123-1> a kg:PhoneCall , kg:EventReport ;
    kg:participant <person/vladimir-putin> , <person/masoud-pezeshkian> ;
    kg:date "2024-03-05"^^xsd:date ;
    kg:topic "bilateral cooperation" ;
    kg:reportedBy <org/antara> ;
    kg:blockKey "PhoneCall" ;                      # the participants are persons, not countries
    sem:hasTime [ a time:Instant ; time:inXSDDate "2024-03-05"^^xsd:date ;
                  kg:granularity time:unitDay ] ;
    kg:evidence <evidence/abc123/1> .

<evidence/abc123/1> a kg:Evidence ;
    nif:beginIndex "0"^^xsd:integer ;
    nif:endIndex "62"^^xsd:integer ;
    nif:anchorOf "Putin berbicara dengan Pezeshkian melalui telepon pada Selasa." ;
    nif:referenceContext <article/abc123> ;
    kg:rule "phonecall.id.1" ;
    kg:mentionBegin "0"^^xsd:integer ;     # "Putin" inside the sentence
    kg:mentionEnd "5"^^xsd:integer .

<event/abc123-2> a kg:WeaponSupplyAllegation , kg:EventReport ;
    kg:supplier <country/IR> ;
    kg:recipient <country/RU> ;
    kg:weaponCategory kg:Drone ;
    kg:weaponModel <weapon/shahed-136> ;
    kg:stance kg:Alleged ;
    kg:claimedBy <country/UA> ;
    kg:date "2024-03"^^xsd:gYearMonth ;
    kg:blockKey "WeaponSupplyAllegation|https://w3id.org/kg-news/id/country/IR|https://w3id.org/kg-news/id/country/RU|https://w3id.org/kg-news/ontology#Drone|https://w3id.org/kg-news/ontology#Alleged" ;
    kg:noMerge true ;                                   # ingested with --no-merge
    kg:evidence <evidence/abc123/2> .

<weapon/shahed-136> a kg:WeaponModel ; rdfs:label "Shahed-136"@en ;
    kg:weaponCategory kg:Drone .

<evidence/abc123/2> a kg:Evidence ;
    nif:beginIndex "63"^^xsd:integer ;
    nif:endIndex "140"^^xsd:integer ;
    nif:anchorOf "Ukraina menuduh Iran memasok drone Shahed-136 ke Rusia." ;
    nif:referenceContext <article/abc123> ;
    kg:rule "wsa.id.3" .

<merge/1> a kg:MergeDecision ;
    kg:mergedReport <event/abc123-1> , <event/def456-1> ;
    kg:score 0.92 ;
    kg:basis "same participants, same date" ;
    kg:resolvedEvent <resolved/1> .
<resolved/1> a kg:ResolvedEvent ;
    kg:blockKey "PhoneCall" ;                      # the participants are persons, not countries
    kg:hasReport <event/abc123-1> , <event/def456-1> .
<resolved/2> a kg:ResolvedEvent ;
    kg:hasReport <event/abc123-2> .

<event/def456-1> a kg:PhoneCall , kg:EventReport ;    # another article's report of the same call
    kg:participant <person/vladimir-putin> , <person/masoud-pezeshkian> ;
    kg:evidence <evidence/abc123/1> .

<report/abc123-denied-1> a kg:DeniedEventClaim ;      # "the Kremlin denied the two had spoken"
    kg:claimedEventType kg:PhoneCall ;
    kg:claimedParticipant <person/vladimir-putin> , <person/masoud-pezeshkian> ;
    kg:stance kg:Denied ;
    kg:claimedBy <country/RU> ;
    kg:evidence <evidence/abc123/1> .
"""

BROKEN_DATA = PREFIXES + """
<article/bad> a schema:NewsArticle ;
    schema:inLanguage "fr" .                            # wrong language, no content hash

<person/lonely> a kg:Person .                          # no label

<event/bad-1> a kg:PhoneCall , kg:EventReport ;        # one participant, no evidence
    kg:participant <person/lonely> ;
    kg:date "2024-03-05T10:00:00"^^xsd:dateTime .        # wrong date datatype

<event/bad-2> a kg:WeaponSupplyAllegation ;
    kg:supplier <country/IR> ;                         # no recipient
    kg:weaponCategory kg:Alleged ;                       # a stance, not a weapon category
    kg:stance kg:Drone ;                                 # a weapon category, not a stance
    kg:evidence <evidence/bad/1> .

<evidence/bad/1> a kg:Evidence ;
    nif:beginIndex "80"^^xsd:integer ;         # begin >= end
    nif:endIndex "40"^^xsd:integer ;
    nif:anchorOf "Iran memasok rudal." ;
    nif:referenceContext <article/bad> .               # no kg:rule

<merge/bad> a kg:MergeDecision ;
    kg:mergedReport <event/bad-1> ;                    # only one report
    kg:score "high" ;                                    # not a decimal
    kg:resolvedEvent <resolved/bad> .

<resolved/bad> a kg:ResolvedEvent ;                    # event/bad-1 is in no resolved event
    kg:hasReport <event/gone-1> .                      # a report no article holds any more

<report/bad-denied-1> a kg:DeniedEventClaim ;          # not a meeting or call, one participant,
    kg:claimedEventType kg:WeaponSupplyAllegation ;    # a stance other than denied, no evidence
    kg:claimedParticipant <person/lonely> ;
    kg:stance kg:Alleged .
"""



def all_concepts_data() -> str:
    """One extra weapon supply allegation per weapon category, cycling through
    the stances, so every concept individual is exercised with sh:class/sh:in."""
    stances = list(SCHEMES["Stances"])
    out = [PREFIXES]
    for i, cat in enumerate(SCHEMES["WeaponCategories"]):
        out.append(f"""
<event/all-{i}> a kg:WeaponSupplyAllegation ;
    kg:supplier <country/IR> ; kg:recipient <country/RU> ;
    kg:weaponCategory kg:{cat} ; kg:stance kg:{stances[i % len(stances)]} ;
    kg:evidence <evidence/abc123/2> .""")
    return "\n".join(out)


# Property shapes that MUST fire on the broken graph (focus node, shape)
EXPECTED_BROKEN = {
    (KGR["event/bad-1"], KGSH["PhoneCall-participant"]),
    (KGR["event/bad-1"], KGSH["Event-evidence"]),
    (KGR["event/bad-1"], KGSH["Event-date"]),
    (KGR["evidence/bad/1"], KGSH["Evidence-beginIndex"]),
    (KGR["evidence/bad/1"], KGSH["Evidence-rule"]),
    (KGR["event/bad-2"], KGSH["WSA-recipient"]),
    (KGR["event/bad-2"], KGSH["WSA-weaponCategory"]),
    (KGR["event/bad-2"], KGSH["WSA-stance"]),
    (KGR["article/bad"], KGSH["NewsArticle-contentHash"]),
    (KGR["article/bad"], KGSH["NewsArticle-inLanguage"]),
    (KGR["person/lonely"], KGSH["Person-label"]),
    (KGR["merge/bad"], KGSH["MergeDecision-mergedReport"]),
    (KGR["merge/bad"], KGSH["MergeDecision-score"]),
    (KGR["event/bad-1"], KGSH["EventReport-resolved"]),
    (KGR["resolved/bad"], KGSH["ResolvedEvent-hasReport"]),
    (KGR["report/bad-denied-1"], KGSH["Denied-claimedEventType"]),
    (KGR["report/bad-denied-1"], KGSH["Denied-claimedParticipant"]),
    (KGR["report/bad-denied-1"], KGSH["Denied-stance"]),
    (KGR["report/bad-denied-1"], KGSH["Denied-evidence"]),
}


# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------

class Checker:
    def __init__(self) -> None:
        self.errors: list[str] = []
        self.passed: list[str] = []

    def fail(self, msg: str) -> None:
        self.errors.append(msg)

    def section(self, title: str, before: int) -> None:
        n = len(self.errors) - before
        status = "ok" if n == 0 else f"FAILED ({n} problem{'s' if n != 1 else ''})"
        print(f"[{status:>6}] {title}")


def local(term: URIRef) -> str:
    s = str(term)
    return "kg:" + s[len(str(KG)):] if s.startswith(str(KG)) else s


def langs_of(g: Graph, s: URIRef, p: URIRef) -> list[str]:
    return [o.language for o in g.objects(s, p) if isinstance(o, Literal) and o.language]


def has_domain(g: Graph, p: URIRef, d: URIRef) -> bool:
    """p has domain d, directly or as a member of a union class (kg:claimedBy applies to
    events and to claims, such as a denied meeting)."""
    for dom in g.objects(p, RDFS.domain):
        if dom == d:
            return True
        members = g.value(dom, OWL.unionOf) if isinstance(dom, BNode) else None
        if members is not None and d in set(Collection(g, members)):
            return True
    return False


def superclasses(g: Graph, c: URIRef) -> set:
    return set(g.transitive_objects(c, RDFS.subClassOf))


def kg_terms(g: Graph) -> set:
    """Every IRI of the kg: namespace mentioned anywhere in g."""
    terms = set()
    for triple in g:
        for t in triple:
            if isinstance(t, URIRef) and str(t).startswith(str(KG)):
                terms.add(t)
    return terms


def validate(data_ttl: str, shapes: Graph, ont: Graph, inference: str):
    data = Graph().parse(data=data_ttl, format="turtle")
    start = time.monotonic()
    try:
        result = pyshacl.validate(
            data,
            shacl_graph=shapes,
            ont_graph=ont,
            inference=inference,
            meta_shacl=True,
            advanced=False,
            abort_on_first=False,
        )
    except Exception as exc:  # e.g. shapes failing the meta-SHACL check
        return None, Graph(), f"pyshacl raised {type(exc).__name__}: {exc}", time.monotonic() - start
    return (*result, time.monotonic() - start)


def results(report: Graph) -> list[tuple]:
    """(focus, source shape, path, message, value) of every validation result."""
    out = []
    for r in report.subjects(RDF.type, SH.ValidationResult):
        out.append((
            report.value(r, SH.focusNode),
            report.value(r, SH.sourceShape),
            report.value(r, SH.resultPath),
            report.value(r, SH.resultMessage),
            report.value(r, SH.value),
        ))
    return sorted(out, key=lambda t: (str(t[0]), str(t[1]), str(t[4])))


# ---------------------------------------------------------------------------
# Checks
# ---------------------------------------------------------------------------

def check_header(c: Checker, ont: Graph) -> None:
    before = len(c.errors)
    if (ONTOLOGY_IRI, RDF.type, OWL.Ontology) not in ont:
        c.fail(f"{ONTOLOGY_IRI} is not declared an owl:Ontology")
    if ont.value(ONTOLOGY_IRI, OWL.versionInfo) is None:
        c.fail("ontology has no owl:versionInfo")
    if ont.value(ONTOLOGY_IRI, OWL.versionIRI) is None:
        c.fail("ontology has no owl:versionIRI")
    for p in (DCTERMS.title, DCTERMS.description):
        for lang in LANGS:
            if lang not in langs_of(ont, ONTOLOGY_IRI, p):
                c.fail(f"ontology has no {ont.qname(p)} @{lang}")
    if (ONTOLOGY_IRI, DCTERMS.license, CC_BY_4) not in ont:
        c.fail(f"ontology dcterms:license is not {CC_BY_4}")
    c.section("ontology header (IRI, version, title, description, licence)", before)


def check_labels(c: Checker, ont: Graph) -> None:
    before = len(c.errors)
    terms = kg_terms(ont)
    for t in sorted(terms):
        if (t, RDF.type, None) not in ont:
            c.fail(f"{local(t)} is used but not declared (no rdf:type)")
        for p in (RDFS.label, RDFS.comment):
            found = langs_of(ont, t, p)
            for lang in LANGS:
                n = found.count(lang)
                if n == 0:
                    c.fail(f"{local(t)} lacks rdfs:{p.split('#')[1]} @{lang}")
                elif n > 1 and p == RDFS.label:
                    c.fail(f"{local(t)} has {n} rdfs:label @{lang} (expected one)")
        for o in ont.objects(t, RDFS.label):
            if not (isinstance(o, Literal) and o.language):
                c.fail(f"{local(t)} has an rdfs:label without language tag: {o!r}")
        is_concept = (t, RDF.type, SKOS.Concept) in ont or (t, RDF.type, SKOS.ConceptScheme) in ont
        if is_concept:
            found = langs_of(ont, t, SKOS.prefLabel)
            for lang in LANGS:
                if found.count(lang) != 1:
                    c.fail(f"{local(t)} needs exactly one skos:prefLabel @{lang}")
    c.section(f"labels and comments @en/@id on all {len(terms)} kg: terms", before)


def check_spec_terms(c: Checker, ont: Graph) -> None:
    before = len(c.errors)
    kinds = (
        [(KG[n], OWL.Class) for n in CLASSES]
        + [(KG[n], OWL.ObjectProperty) for n in OBJECT_PROPERTIES]
        + [(KG[n], OWL.DatatypeProperty) for n in DATATYPE_PROPERTIES]
        + [(KG[n], OWL.AnnotationProperty) for n in ANNOTATION_PROPERTIES]
        + [(KG[s], SKOS.ConceptScheme) for s in SCHEMES]
        + [(KG[n], SKOS.Concept) for concepts in SCHEMES.values() for n in concepts]
    )
    for term, kind in kinds:
        if (term, RDF.type, kind) not in ont:
            c.fail(f"{local(term)} is missing or not typed {ont.qname(kind)}")
    # a kg: term must have exactly one OWL kind (no accidental punning of kinds)
    owl_kinds = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty}
    for t in kg_terms(ont):
        k = [x for x in ont.objects(t, RDF.type) if x in owl_kinds]
        if len(k) > 1:
            c.fail(f"{local(t)} has several OWL kinds: {', '.join(ont.qname(x) for x in k)}")

    for sub, sup in SUBCLASS_AXIOMS:
        if sup not in superclasses(ont, sub):
            c.fail(f"missing axiom {local(sub)} rdfs:subClassOf {local(sup)}")
    for sub, sup in SUBPROPERTY_AXIOMS:
        if sup not in set(ont.transitive_objects(sub, RDFS.subPropertyOf)):
            c.fail(f"missing axiom {local(sub)} rdfs:subPropertyOf {local(sup)}")
    for p, d in DOMAIN_AXIOMS:
        if not has_domain(ont, p, d):
            c.fail(f"missing axiom {local(p)} rdfs:domain {local(d)}")
    for p, r in RANGE_AXIOMS:
        if (p, RDFS.range, r) not in ont:
            c.fail(f"missing axiom {local(p)} rdfs:range {local(r)}")
    # kg:date ranges over the union xsd:date | xsd:gYearMonth | xsd:gYear
    rng = ont.value(KG.date, RDFS.range)
    members = set()
    if isinstance(rng, BNode) and ont.value(rng, OWL.unionOf) is not None:
        members = set(Collection(ont, ont.value(rng, OWL.unionOf)))
    if members != {XSD.date, XSD.gYearMonth, XSD.gYear}:
        c.fail("kg:date rdfs:range must be the union of xsd:date, xsd:gYearMonth, xsd:gYear")

    # Every non-kg IRI used in an axiom or as a type is declared (self-contained file)
    used = set()
    for p in (RDFS.subClassOf, RDFS.subPropertyOf, RDFS.domain, RDFS.range, RDF.type):
        for o in ont.objects(None, p):
            if isinstance(o, URIRef):
                used.add(o)
    for s, o in ont.subject_objects(OWL.unionOf):
        used.update(x for x in Collection(ont, o) if isinstance(x, URIRef))
    for p in set(ont.predicates()):
        used.add(p)
    for t in sorted(used):
        if str(t).startswith(BUILTIN_NAMESPACES):
            continue
        if (t, RDF.type, None) not in ont:
            c.fail(f"external term {t} is referenced but not declared in kg.ttl")
    n = len(CLASSES) + len(OBJECT_PROPERTIES) + len(DATATYPE_PROPERTIES) + len(ANNOTATION_PROPERTIES)
    c.section(f"spec terms present ({n} classes/properties, "
              f"{sum(len(v) for v in SCHEMES.values())} concepts, {len(SCHEMES)} schemes) "
              "and alignment axioms", before)


def check_concepts(c: Checker, ont: Graph) -> None:
    before = len(c.errors)
    for scheme, concepts in SCHEMES.items():
        s = KG[scheme]
        for name, notation in concepts.items():
            t = KG[name]
            notations = [str(o) for o in ont.objects(t, SKOS.notation)]
            if notations != [notation]:
                c.fail(f"{local(t)} skos:notation is {notations}, expected ['{notation}']")
            if (t, SKOS.inScheme, s) not in ont:
                c.fail(f"{local(t)} lacks skos:inScheme {local(s)}")
            if (t, SKOS.topConceptOf, s) not in ont:
                c.fail(f"{local(t)} lacks skos:topConceptOf {local(s)}")
            if (t, RDF.type, OWL.NamedIndividual) not in ont:
                # pyshacl's ont_graph= mixing copies the rdf:type of individuals
                # only when they are declared owl:NamedIndividual
                c.fail(f"{local(t)} is not declared owl:NamedIndividual")
            member_class = SCHEME_MEMBER_CLASS.get(scheme)
            if member_class is not None and (t, RDF.type, member_class) not in ont:
                c.fail(f"{local(t)} is not typed {local(member_class)}")
        if (s, SKOS.hasTopConcept, None) in ont:
            # see kg.ttl section 6: the concept <-> scheme cycle makes pyshacl's
            # ont_graph mixing explode exponentially
            c.fail(f"{local(s)} asserts skos:hasTopConcept; use skos:topConceptOf only")
        members = set(ont.subjects(SKOS.inScheme, s))
        extra = members - {KG[n] for n in concepts}
        if extra:
            c.fail(f"{local(s)} has concepts not in the spec: {sorted(map(local, extra))}")
    for name, label in CAMEO_LABELS.items():
        en = [str(o) for o in ont.objects(KG[name], SKOS.prefLabel) if o.language == "en"]
        if en != [label]:
            c.fail(f"{local(KG[name])} skos:prefLabel @en is {en}, expected ['{label}']")
    for triple in CODE_LINKS:
        if triple not in ont:
            s, p, o = triple
            c.fail(f"missing code link {local(s)} {local(p)} {o if isinstance(o, Literal) else local(o)}")
    c.section("concept schemes (notation, inScheme, topConceptOf) and CAMEO/PLOVER links", before)


def check_shapes(c: Checker, ont: Graph, shapes: Graph) -> None:
    before = len(c.errors)
    conforms, _, text = meta_validate(shapes, inference="none")
    if not conforms:
        c.fail("shapes.ttl does not conform to SHACL-SHACL:\n" + text)

    shape_nodes = set(shapes.subjects(RDF.type, SH.NodeShape)) | set(shapes.subjects(RDF.type, SH.PropertyShape))
    shape_nodes |= set(shapes.objects(None, SH.property))
    for sh_node in sorted(shape_nodes, key=str):
        name = local(sh_node) if isinstance(sh_node, URIRef) else "a blank-node shape"
        if not isinstance(sh_node, URIRef) or not str(sh_node).startswith(str(KGSH)):
            c.fail(f"{name}: shapes should be named kgsh: IRIs")
        for p in (SH.name, SH.message):
            vals = list(shapes.objects(sh_node, p))
            if not vals:
                c.fail(f"{name} has no sh:{p.split('#')[1]}")
            for v in vals:
                if not isinstance(v, Literal) or v.language not in (None, "en") or not str(v).strip():
                    c.fail(f"{name} sh:{p.split('#')[1]} must be a non-empty English string: {v!r}")
        is_prop = (sh_node, RDF.type, SH.PropertyShape) in shapes or (sh_node, SH.path, None) in shapes
        if is_prop and (sh_node, SH.path, None) not in shapes:
            c.fail(f"{name} is a property shape without sh:path")
    for t in sorted(kg_terms(shapes)):
        if (t, RDF.type, None) not in ont:
            c.fail(f"shapes.ttl uses {local(t)}, which is not defined in kg.ttl")
    for p in ("PhoneCall-participant", "Meeting-participant"):
        if shapes.value(KGSH[p], SH.minCount) != Literal(2):
            c.fail(f"kgsh:{p} must have sh:minCount 2")
    c.section(f"shapes.ttl: SHACL-SHACL, sh:name/sh:message on {len(shape_nodes)} shapes, "
              "kg: terms defined", before)


def check_data(c: Checker, ont: Graph, shapes: Graph, verbose: bool) -> None:
    for inference in ("rdfs", "none"):
        before = len(c.errors)
        conforms, report, text, secs = validate(VALID_DATA + all_concepts_data(), shapes, ont, inference)
        if secs > MAX_VALIDATION_SECONDS:
            c.fail(f"validating the valid graph took {secs:.1f}s (limit {MAX_VALIDATION_SECONDS}s)")
        if not conforms:
            c.fail(f"valid data graph does not conform (inference={inference}):\n{text}")
        c.section(f"valid data graph conforms (ont_graph=kg.ttl, inference={inference}, {secs:.2f}s)", before)

        before = len(c.errors)
        conforms, report, text, secs = validate(BROKEN_DATA, shapes, ont, inference)
        if secs > MAX_VALIDATION_SECONDS:
            c.fail(f"validating the broken graph took {secs:.1f}s (limit {MAX_VALIDATION_SECONDS}s)")
        res = results(report)
        if conforms is None:
            c.fail(text)
        elif conforms:
            c.fail(f"broken data graph conforms but must not (inference={inference})")
        fired = {(r[0], r[1]) for r in res}
        for focus, shape in sorted(EXPECTED_BROKEN - fired):
            c.fail(f"expected violation of {shape.n3(shapes.namespace_manager)} "
                   f"on {focus} (inference={inference})")
        c.section(f"broken data graph does not conform: {len(res)} violations "
                  f"(inference={inference}, {secs:.2f}s)", before)
        if verbose and inference == "rdfs":
            nm = shapes.namespace_manager

            def fmt(t) -> str:
                if isinstance(t, URIRef) and str(t).startswith(str(KGR)):
                    return "kgr:" + str(t)[len(str(KGR)):]
                return t.n3(nm) if not isinstance(t, BNode) else "_:node"

            print("         violation messages on the broken graph:")
            for focus, shape, path, msg, value in res:
                where = fmt(focus)
                p = f" {fmt(path)}" if isinstance(path, URIRef) else ""
                v = f" (value: {fmt(value)})" if value is not None else ""
                print(f"           - {where}{p}: {msg}{v}")


def main(argv: list[str]) -> int:
    verbose = "--quiet" not in argv
    c = Checker()
    try:
        ont = Graph().parse(ONTOLOGY_FILE, format="turtle")
        shapes = Graph().parse(SHAPES_FILE, format="turtle")
    except Exception as exc:  # parse errors
        print(f"ERROR: cannot parse ontology files: {exc}", file=sys.stderr)
        return 1
    print(f"loaded {ONTOLOGY_FILE.relative_to(ROOT)} ({len(ont)} triples), "
          f"{SHAPES_FILE.relative_to(ROOT)} ({len(shapes)} triples)")

    check_header(c, ont)
    check_labels(c, ont)
    check_spec_terms(c, ont)
    check_concepts(c, ont)
    check_shapes(c, ont, shapes)
    check_data(c, ont, shapes, verbose)

    if c.errors:
        print(f"\nFAILED: {len(c.errors)} problem(s):", file=sys.stderr)
        for e in c.errors:
            print(f"  - {e}", file=sys.stderr)
        return 1
    print("\nOK: ontology and shapes pass all checks")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
