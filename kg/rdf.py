"""Map an article and its extraction to RDF quads: the article's named graph, plus the
canonical facts of its entities for the shared entities graph.

No blank nodes: every node has a deterministic IRI, so re-ingesting the same article
gives exactly the same quads.

>>> from kg.article import parse_text
>>> from kg.events import extract
>>> art = parse_text("Judul\\nSenin, 3 Juli 2023 - 10:00 WIB\\nJAKARTA - Presiden Joko Widodo "
...                  "bertemu Presiden Rusia Vladimir Putin di Moskow pada hari Kamis.", "demo.txt")
>>> quads = article_quads(art, extract(art))
>>> sorted({q.graph_name.value.rsplit("/", 2)[1] for q in quads})  # the article's graph and the shared entities
['article', 'graph']
>>> any(q.object == KG("Meeting") for q in quads)
True
"""

from __future__ import annotations

from bisect import bisect_right

from pyoxigraph import Literal, NamedNode, Quad

from kg.article import Article
from kg.extraction import Event, Extraction
from kg.vocab import (ENTITIES_GRAPH, KG, KGR, NIF, PROV, RDF_TYPE, RDFS, SCHEMA, SEM, SKOS, TIME, XSD,
                      article_iri, entity_iri)

EXTRACTOR_VERSION = "kg-rules-1"

_TYPE_CLASS = {"Country": "Country", "Person": "Person", "Organization": "Organization", "NewsOutlet": "NewsOutlet",
               "Bloc": "Bloc", "City": "City", "Region": "Place", "Venue": "Place", "WeaponModel": "WeaponModel", "Office": "Office"}
_CATEGORY = {"weapon:drone": "Drone", "weapon:missile": "Missile", "weapon:ammunition": "Ammunition",
             "weapon:artillery": "Artillery", "weapon:aircraft": "Aircraft", "weapon:tank": "Tank",
             "weapon:air-defence": "AirDefence", "weapon:weapons": "Weapons"}
_STANCE = {"alleged": "Alleged", "admitted": "Admitted", "denied": "Denied", "promised": "Promised", "disputed": "Disputed"}
_DATE_TYPES = {10: ("date", "inXSDDate", "unitDay"), 7: ("gYearMonth", "inXSDgYearMonth", "unitMonth"),
               4: ("gYear", "inXSDgYear", "unitYear")}


def _int(n: int) -> Literal:
    return Literal(str(n), datatype=XSD("integer"))


def category_iri(cat_id: str) -> NamedNode:
    """``weapon:drone`` -> ``kg:Drone`` (the SKOS concept in the ontology)."""
    return KG(_CATEGORY.get(cat_id, "Weapons"))


def stance_iri(stance: str) -> NamedNode:
    return KG(_STANCE[stance])


def date_literal(value: str) -> Literal:
    return Literal(value, datatype=XSD(_DATE_TYPES[len(value)][0]))


def report_iri(article_key: str, n: int) -> NamedNode:
    return KGR(f"report/{article_key}-{n}")


def article_quads(article: Article, extraction: Extraction | None = None, no_merge: bool = False) -> list[Quad]:
    g = article_iri(article.key)
    a = g
    out: list[Quad] = []

    def add(s, p, o):
        out.append(Quad(s, p, o, g))

    def add_entity(s, p, o):  # canonical entity facts: once, in the entities graph
        out.append(Quad(s, p, o, ENTITIES_GRAPH))

    add(a, RDF_TYPE, SCHEMA("NewsArticle"))
    add(a, RDF_TYPE, PROV("Entity"))
    add(a, KG("contentHash"), Literal(article.content_hash))
    add(a, KG("sourceName"), Literal(article.name))
    if article.source_path:
        add(a, KG("sourceFile"), Literal(article.source_path))
    add(a, SCHEMA("articleBody"), Literal(article.text))
    add(a, SCHEMA("inLanguage"), Literal(article.lang))
    add(a, KG("extractorVersion"), Literal(EXTRACTOR_VERSION))
    if article.title:
        add(a, SCHEMA("headline"), Literal(article.title, language=article.lang))
    if article.published:
        add(a, SCHEMA("datePublished"), Literal(article.published.isoformat(), datatype=XSD("dateTime")))
    if article.url:
        add(a, SCHEMA("url"), NamedNode(article.url) if article.url.startswith(("http://", "https://")) and " " not in article.url
            else Literal(article.url))
    if article.dateline:
        add(a, KG("dateline"), Literal(article.dateline))
    for i, r in enumerate(article.removed):
        node = KGR(f"span/{article.key}-removed-{i}")
        add(a, KG("removedSpan"), node)
        add(node, NIF("beginIndex"), _int(r.start))
        add(node, NIF("endIndex"), _int(r.end))
        add(node, KG("reason"), Literal(r.reason))
    if extraction is None:
        return out

    described: set[str] = set()

    def describe(eid: str) -> None:
        _describe(add, add_entity, extraction, a, eid, described)

    lex = extraction.lexicon
    if article.outlet:
        hits = [e for e, _ in lex.lookup(article.outlet) if e.type == "NewsOutlet"]
        if hits:
            add(a, SCHEMA("publisher"), entity_iri(hits[0].id))
            describe(hits[0].id)
        else:
            add(a, KG("publisherName"), Literal(article.outlet))
    if article.dateline:
        hits = [e for e, _ in lex.lookup(article.dateline) if e.type in ("City", "Region", "Country")]
        if hits:
            add(a, KG("datelinePlace"), entity_iri(hits[0].id))
    for src in article.cited_sources:
        hits = [e for e, _ in lex.lookup(src) if e.type in ("NewsOutlet", "Organization")]
        if hits:
            add(a, KG("citedSource"), entity_iri(hits[0].id))
        else:
            add(a, KG("citedSourceName"), Literal(src))

    ev_counter = [0]

    def evidence(start, end, rule) -> NamedNode:
        ev_counter[0] += 1
        node = KGR(f"evidence/{article.key}-{start}-{end}-{ev_counter[0]}")
        add(node, RDF_TYPE, KG("Evidence"))
        add(node, NIF("beginIndex"), _int(start))
        add(node, NIF("endIndex"), _int(end))
        add(node, NIF("anchorOf"), Literal(article.text[start:end]))
        add(node, NIF("referenceContext"), a)
        add(node, KG("rule"), Literal(rule))
        add(node, PROV("wasDerivedFrom"), a)
        return node

    # Each entity carries the evidence of its first mention in the article (sentence, the
    # mention's own offsets, the rule); every spelling seen is kept as a label.
    seen_entities, seen_labels = set(), set()
    sentences = article.sentences()
    starts = [s.start for s in sentences]
    for m in extraction.mentions:
        eid = m.entity
        label = m.text != extraction.name(eid) and (eid, m.text)
        if label and label not in seen_labels:
            seen_labels.add(label)
            add(entity_iri(eid), SKOS("altLabel"), Literal(m.text, language=article.lang))
        if eid in seen_entities:
            continue
        seen_entities.add(eid)
        describe(eid)
        add(a, SCHEMA("mentions"), entity_iri(eid))
        i = bisect_right(starts, m.start) - 1  # the sentence holding the mention (sentences are in order)
        sent = sentences[i] if i >= 0 and m.start < sentences[i].end else None
        span_start, span_end = (sent.start, sent.end) if sent else (m.start, m.end)
        ev = evidence(span_start, span_end, m.rule)
        add(ev, KG("mentionBegin"), _int(m.start))
        add(ev, KG("mentionEnd"), _int(m.end))
        add(entity_iri(eid), KG("evidence"), ev)

    for n, e in enumerate(extraction.events, 1):
        _event(add, describe, extraction, e, report_iri(article.key, n), a, evidence, no_merge)
    for n, e in enumerate(extraction.denied, 1):
        _denied_claim(add, describe, extraction, e, KGR(f"report/{article.key}-denied-{n}"), a, evidence)
    return list(dict.fromkeys(out))  # the same fact stated twice is one quad


def _describe(add, add_entity, ex: Extraction, article: NamedNode, eid: str, described: set[str]) -> None:
    """Write an entity's shared facts to the entities graph and record, in the article's
    graph, that this article describes it (``kg:describes``), with the entities its facts
    point to (its country, its positions and their offices).

    The facts are a function of the entity's id and the lexicon, whichever article writes
    them, so the entities graph can be kept equal to the union over the articles still in
    the store: an entity no article describes any more is dropped at resolution. The one
    exception is the name of an entity found in the text rather than the lexicon (a person
    named next to an office): each article records its spelling (``kg:nameInArticle``) and
    resolution picks one label from all of them."""
    if eid in described:
        return
    described.add(eid)
    e = ex.entry(eid)
    if e is None:
        return
    node = entity_iri(eid)
    add(article, KG("describes"), node)
    add_entity(node, RDF_TYPE, KG(_TYPE_CLASS.get(e.type, "Actor")))
    add_entity(node, RDFS("label"), Literal(e.name, language="en"))
    if e.get("discovered"):
        add(node, KG("nameInArticle"), Literal(e.name))
    if e.get("wikidata"):
        add_entity(node, SCHEMA("sameAs"), NamedNode(f"http://www.wikidata.org/entity/{e.get('wikidata')}"))
    if e.type == "WeaponModel" and e.get("category"):
        add_entity(node, KG("weaponCategory"), category_iri(e.get("category")))
    if e.country and e.type != "Country":
        add_entity(node, KG("country"), entity_iri(e.country))
        _describe(add, add_entity, ex, article, e.country, described)
    for pos in e.get("positions") or []:
        holder = pos.get("country") or pos.get("org")
        if not pos.get("office") or not holder or pos.get("end"):
            continue  # only current positions are asserted as held; history stays in the lexicon
        add_entity(node, KG("holdsPosition"), _position(add, add_entity, ex, article, pos["office"], holder, described))
    if e.get("discovered") and e.get("office") and e.country:
        # A person found by title ("Menteri Luar Negeri Slovakia Juraj Blanár") holds the office the
        # article gives: recorded in the article's graph (the person's id names no office), the
        # position itself is a shared fact of its own id.
        add(node, KG("holdsPosition"), _position(add, add_entity, ex, article, e.get("office"), e.country, described))


def _position(add, add_entity, ex: Extraction, article: NamedNode, office_id: str, holder: str, described: set[str]) -> NamedNode:
    """The position node of an office in a country or organisation, described once per article."""
    pnode = KGR(f"position/{office_id.split(':', 1)[1]}-{holder.split(':', 1)[1]}")
    if f"position {pnode.value}" in described:
        return pnode
    described.add(f"position {pnode.value}")
    add(article, KG("describes"), pnode)
    add_entity(pnode, RDF_TYPE, KG("Position"))
    add_entity(pnode, KG("office"), entity_iri(office_id))
    add_entity(pnode, KG("ofCountry"), entity_iri(holder))
    office, cty = ex.entry(office_id), ex.entry(holder)
    if office and cty:
        add_entity(pnode, RDFS("label"), Literal(f"{office.name} of {cty.name}", language="en"))
    _describe(add, add_entity, ex, article, office_id, described)
    _describe(add, add_entity, ex, article, holder, described)
    return pnode


def block_key(event_type: str, countries: list[str] | None = None, supplier=None, recipient=None, weapon=None,
              stance=None, date: str | None = None) -> str:
    """The blocking key of a report: only reports with the same key are compared.

    Type, the sides involved, and a month: the event's, or for an undated report the
    month its article was published in (news reports recent events). A block holds what
    one month of news says about one pair of sides, so resolving a new report costs the
    same in a store of 1,000 or 1,000,000 articles.

    >>> block_key("Meeting", ["kgr:country/US", "kgr:country/CN"], date="2023-06-19")
    'Meeting|2023-06|kgr:country/CN|kgr:country/US'
    """
    bucket = date[:7] if date else "undated"
    if event_type == "WeaponSupplyAllegation":
        return "|".join([event_type, bucket, supplier or "", recipient or "", weapon or "", stance or ""])
    return "|".join([event_type, bucket, *sorted(set(countries or []))])


def report_block_key(ex: Extraction, e: Event) -> str:
    """The resolver's blocking key for one extracted event, from IRIs."""
    when = e.date or (ex.reference_date.isoformat() if ex.reference_date else None)
    if e.type == "WeaponSupplyAllegation":
        return block_key(e.type, supplier=entity_iri(e.supplier).value, recipient=entity_iri(e.recipient).value,
                         weapon=category_iri(e.weapon).value, stance=stance_iri(e.stance).value, date=when)
    countries = [entity_iri(p).value for p in e.participants if (ex.entry(p) and ex.entry(p).type != "Person")]
    return block_key(e.type, countries, date=when)


def _denied_claim(add, describe, ex: Extraction, e: Event, node: NamedNode, article: NamedNode, evidence) -> None:
    """A meeting or call someone denies: a kg:DeniedEventClaim, not an event report, so it has
    no block key, is not resolved and no event query counts it; it keeps what is denied, by whom,
    and the evidence."""
    add(node, RDF_TYPE, KG("DeniedEventClaim"))
    add(node, KG("claimedEventType"), KG(e.type))
    add(node, KG("stance"), stance_iri("denied"))
    add(node, PROV("wasDerivedFrom"), article)
    for p in e.participants:
        add(node, KG("claimedParticipant"), entity_iri(p))
        describe(p)
    for c in e.claimed_by:
        ent = ex.entry(c)
        add(node, KG("reportedBy" if ent and ent.type == "NewsOutlet" else "claimedBy"), entity_iri(c))
        describe(c)
    for ev in e.evidence:
        add(node, KG("evidence"), evidence(ev.start, ev.end, ev.rule))


def _event(add, describe, ex: Extraction, e: Event, node: NamedNode, article: NamedNode, evidence, no_merge: bool = False) -> None:
    add(node, RDF_TYPE, KG(e.type))
    add(node, RDF_TYPE, KG("EventReport"))
    add(node, KG("blockKey"), Literal(report_block_key(ex, e)))
    if no_merge:
        add(node, KG("noMerge"), Literal("true", datatype=XSD("boolean")))
    add(node, PROV("wasDerivedFrom"), article)
    if e.type == "WeaponSupplyAllegation":
        add(node, KG("supplier"), entity_iri(e.supplier))
        add(node, KG("recipient"), entity_iri(e.recipient))
        add(node, KG("weaponCategory"), category_iri(e.weapon))
        if e.weapon_model:
            add(node, KG("weaponModel"), entity_iri(e.weapon_model))
            describe(e.weapon_model)
        add(node, KG("stance"), stance_iri(e.stance))
        for role in (e.supplier, e.recipient):
            describe(role)
    else:
        for p in e.participants:
            add(node, KG("participant"), entity_iri(p))
            describe(p)
        if e.place:
            add(node, SEM("hasPlace"), entity_iri(e.place))
            describe(e.place)
    if e.date:
        dtype, prop, unit = _DATE_TYPES[len(e.date)]
        add(node, KG("date"), date_literal(e.date))
        t = KGR(f"instant/{e.date}")
        add(node, SEM("hasTime"), t)
        add(t, RDF_TYPE, TIME("Instant"))
        add(t, TIME(prop), date_literal(e.date))
        add(t, KG("granularity"), TIME(unit))
    for c in e.claimed_by:
        ent = ex.entry(c)
        add(node, KG("reportedBy" if ent and ent.type == "NewsOutlet" else "claimedBy"), entity_iri(c))
        describe(c)
    for t in e.topics:
        add(node, KG("topic"), Literal(t))
    for ev in e.evidence:
        add(node, KG("evidence"), evidence(ev.start, ev.end, ev.rule))
