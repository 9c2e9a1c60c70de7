"""IRIs of the kg ontology and of the standard vocabularies it aligns with.

>>> str(KG("Meeting"))
'<https://w3id.org/kg-news/ontology#Meeting>'
>>> str(KGR("country/RU"))
'<https://w3id.org/kg-news/id/country/RU>'
"""

from __future__ import annotations

from pyoxigraph import NamedNode

KG_NS = "https://w3id.org/kg-news/ontology#"
KGR_NS = "https://w3id.org/kg-news/id/"

PREFIXES = {
    "kg": KG_NS,
    "kgr": KGR_NS,
    "schema": "https://schema.org/",
    "prov": "http://www.w3.org/ns/prov#",
    "sem": "http://semanticweb.cs.vu.nl/2009/11/sem/",
    "time": "http://www.w3.org/2006/time#",
    "nif": "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "dcterms": "http://purl.org/dc/terms/",
}
# One prefix per kind of resource, so exports read "country:RU", "report:ab12…-1".
RESOURCE_KINDS = ("article", "report", "event", "merge", "evidence", "span", "instant", "position", "person",
                  "country", "place", "org", "outlet", "bloc", "weapon", "office")
PREFIXES.update({k: f"{KGR_NS}{k}/" for k in RESOURCE_KINDS})

SPARQL_PREFIXES = "".join(f"PREFIX {k}: <{v}>\n" for k, v in PREFIXES.items())


class _NS:
    def __init__(self, base: str):
        self.base = base

    def __call__(self, local: str) -> NamedNode:
        return NamedNode(self.base + local)


KG = _NS(KG_NS)
KGR = _NS(KGR_NS)
SCHEMA = _NS(PREFIXES["schema"])
PROV = _NS(PREFIXES["prov"])
SEM = _NS(PREFIXES["sem"])
TIME = _NS(PREFIXES["time"])
NIF = _NS(PREFIXES["nif"])
SKOS = _NS(PREFIXES["skos"])
RDF = _NS(PREFIXES["rdf"])
RDFS = _NS(PREFIXES["rdfs"])
XSD = _NS(PREFIXES["xsd"])
RDF_TYPE = RDF("type")

MERGED_GRAPH = KGR("graph/events")
"""The named graph holding cross-article (resolved) events and merge decisions."""

ENTITIES_GRAPH = KGR("graph/entities")
"""The named graph holding each entity's canonical description (type, name, country,
positions) once. Article graphs keep what the article said of it (mentions, evidence,
spellings). Oxigraph's union default graph returns a triple once per graph holding it, so
facts repeated in every article graph would multiply the rows of every join."""

PENDING_GRAPH = KGR("graph/pending")
"""The named graph holding the articles written or removed since the last resolution
(``kg:PendingResolution``). A mark is written in the same transaction as the article
change and deleted in the same transaction as the resolution that covers it, so a crash
in between leaves the mark behind and the next write command finishes the work."""

DERIVED_GRAPHS = (MERGED_GRAPH, PENDING_GRAPH)
"""Graphs computed from the article graphs: never imported, always recomputed."""

ARTICLE_PREFIX = KGR_NS + "article/"


def entity_iri(entity_id: str) -> NamedNode:
    """Lexicon id -> IRI: ``country:RU`` -> ``kgr:country/RU``."""
    return KGR(entity_id.replace(":", "/", 1))


def entity_id(iri: str) -> str | None:
    """IRI -> lexicon id, the inverse of :func:`entity_iri`: ``kgr:country/RU`` -> ``country:RU``
    (None for an IRI outside the entity namespace)."""
    return iri[len(KGR_NS):].replace("/", ":", 1) if iri.startswith(KGR_NS) else None


def article_iri(key: str) -> NamedNode:
    return NamedNode(ARTICLE_PREFIX + key)
