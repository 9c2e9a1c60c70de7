"""The /evidence page: an article's text with an evidence sentence highlighted. Runs in a
query worker (it queries the store); the HTTP process wraps the page around it."""

from __future__ import annotations

from kg.web.pages import compact, esc
from kg.web.protocol import HTTPError

Q_ARTICLE = """
SELECT ?a ?name ?body ?headline ?published ?outlet ?url WHERE {
  ?a a schema:NewsArticle ; kg:sourceName ?name ; schema:articleBody ?body .
  OPTIONAL { ?a schema:headline ?headline }
  OPTIONAL { ?a schema:datePublished ?published }
  OPTIONAL { ?a schema:publisher/rdfs:label ?outlet }
  OPTIONAL { ?a schema:url ?url }
} LIMIT 1"""
Q_ANCHOR = """
SELECT ?a ?text ?b ?e WHERE { ?ev nif:anchorOf ?text ; nif:referenceContext ?a ; nif:beginIndex ?b ; nif:endIndex ?e }
ORDER BY ?a ?b LIMIT 50"""


def evidence_page(store, ref: str, text: str, begin: int | None, end: int | None) -> tuple[str, str]:
    """(title, HTML body) for the article *ref* (IRI or name) or the one holding *text*;
    the highlight is begin..end, or where *text* is. HTTPError 400/404."""
    from pyoxigraph import Literal, NamedNode, Variable

    from kg.store import run_query
    from kg.vocab import SPARQL_PREFIXES

    q_article, q_anchor = SPARQL_PREFIXES + Q_ARTICLE, SPARQL_PREFIXES + Q_ANCHOR

    def article(subs):
        for r in run_query(store, q_article, subs):
            return {k: r[k] for k in ("a", "name", "body", "headline", "published", "outlet", "url")}
        return None

    row = None
    if ref:
        if ref.startswith(("http://", "https://")):
            try:
                row = article({Variable("a"): NamedNode(ref)})
            except ValueError:
                raise HTTPError(400, f"article: {ref!r} is not a valid IRI") from None
        else:
            row = article({Variable("name"): Literal(ref)})
    anchors = []
    if text and (row is None or begin is None):
        anchors = [(r["a"], int(r["b"].value), int(r["e"].value))
                   for r in run_query(store, q_anchor, {Variable("text"): Literal(text)})]
    if row is None and not ref and anchors:
        row = article({Variable("a"): anchors[0][0]})
    if row is None:
        raise HTTPError(404, f"no article {ref!r} in the store" if ref else "no article holds this evidence sentence")
    body = row["body"].value
    note = ""
    b, e = begin, end
    if b is not None or e is not None:
        if b is None or e is None or not (0 <= b < e <= len(body)):
            raise HTTPError(400, f"begin/end must satisfy 0 <= begin < end <= {len(body)} (the article's length)")
        if text and body[b:e] != text:
            note = "The text at these offsets differs from the evidence sentence given."
    elif text:
        hits = [(x, y) for a, x, y in anchors if a == row["a"]]
        pos = body.find(text)
        if hits:
            b, e = hits[0]
        elif pos >= 0:
            b, e = pos, pos + len(text)
        else:
            note = "The evidence sentence was not found in this article's text."
    parts = [f'<article class="source"><h2>{esc(row["headline"].value if row["headline"] else row["name"].value)}</h2>',
             '<p class="meta">']
    meta = [f'<code>{esc(row["name"].value)}</code>']
    if row["outlet"]:
        meta.append(esc(row["outlet"].value))
    if row["published"]:
        meta.append(esc(row["published"].value))
    if row["url"] and row["url"].value.startswith(("http://", "https://")):
        meta.append(f'<a href="{esc(row["url"].value)}" rel="noopener noreferrer nofollow">{esc(row["url"].value)}</a>')
    meta.append(f'<span title="{esc(row["a"].value)}">{esc(compact(row["a"].value))}</span>')
    parts.append(" · ".join(meta) + "</p>")
    if note:
        parts.append(f'<p class="warning" id="evidence-note">{esc(note)}</p>')
        if text:
            parts.append(f'<blockquote class="evidence-text">{esc(text)}</blockquote>')
    if b is not None and e is not None:
        events = events_of(store, row["a"], b, e)
        if events:
            parts.insert(0, '<p class="back" id="back-to-event">' + " · ".join(
                f'<a href="/event/{esc(ev.rsplit("/", 1)[-1])}">← the event this sentence is evidence of</a>'
                for ev in events) + "</p>")
    parts.append(f'<div class="article-body" id="article-body">{article_text_html(body, b, e)}</div>')
    parts.append("</article>")
    return f"{row['name'].value} — kg evidence", "".join(parts)



Q_EVENTS = """
SELECT ?event ?a ?b ?e WHERE {
  GRAPH ?a { ?x nif:referenceContext ?a ; nif:beginIndex ?b ; nif:endIndex ?e }
  GRAPH <https://w3id.org/kg-news/id/graph/events> { ?event kg:evidence ?x ; a kg:ResolvedEvent }
}"""


def events_of(store, article, begin: int, end: int) -> list[str]:
    """The resolved events whose evidence is the sentence begin..end of *article* (a
    NamedNode): the evidence page's way back."""
    from pyoxigraph import Variable

    from kg.store import run_query
    from kg.vocab import SPARQL_PREFIXES

    found = {r["event"].value for r in run_query(store, SPARQL_PREFIXES + Q_EVENTS, {Variable("a"): article})
             if int(r["b"].value) == begin and int(r["e"].value) == end}
    return sorted(found)


def article_text_html(body: str, b: int | None, e: int | None) -> str:
    """The article's text with b..e marked (``<mark id="hl">``), without the lines the
    article cleaning removes as boilerplate ("Baca Juga: ...", "Read also: ...", share
    prompts; kg.article's rules): they are not what the article says."""
    from kg.article import _match_boilerplate

    out, pos, dropped = [], 0, False
    for line in body.splitlines(keepends=True):
        start, pos = pos, pos + len(line)
        overlaps = b is not None and e is not None and start < e and b < pos
        if not overlaps and (_match_boilerplate(line.strip()) if line.strip() else dropped):
            dropped = True  # and the blank line after it
            continue
        dropped = False
        if overlaps:
            lo, hi = max(b, start), min(e, pos)
            out.append(esc(body[start:lo]) + (f'<mark id="hl">' if lo == b else "<mark>") + esc(body[lo:hi]) + "</mark>"
                       + esc(body[hi:pos]))
        else:
            out.append(esc(line))
    return "".join(out)
