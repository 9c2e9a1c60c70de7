"""The web pages: the query forms, results as a table with links to the evidence, an
article with its evidence highlighted, the API docs shell. Plain functions of their data;
the table is rendered where the query ran (the worker holds the RDF terms), the rest in the
HTTP process. Light: no pyoxigraph at import.
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from urllib.parse import quote, urlencode

STATIC_DIR = Path(__file__).resolve().parent.parent / "static"

HTML_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                               "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
}

ARTICLE_COLUMNS = ("article", "articleName", "article1", "article_name", "articleIri")
EVIDENCE_COLUMNS = re.compile(r"^(evidence\d*|sentence\d*)$")


def page(title: str, body: str, scripts=("/static/kg.js",)) -> bytes:
    """A whole HTML page around *body* (served with HTML_HEADERS)."""
    js = "".join(f'<script src="{s}" defer></script>' for s in scripts)
    page = (f'<!doctype html>\n<html lang="en"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<title>{esc(title)}</title><link rel="stylesheet" href="/static/kg.css">{js}</head>'
            f'<body><header><a class="brand" href="/">kg</a> <span>knowledge graph of diplomatic and military events</span>'
            f'<nav><a href="/">Queries</a> <a href="/docs">API docs</a> <a href="/openapi.json">OpenAPI</a> '
            f'<a href="/queries">Saved queries (JSON)</a></nav></header><main>{body}</main></body></html>')
    return page.encode("utf-8")


def index_html(library: dict, active: str | None = None, values: dict | None = None, sparql: str | None = None) -> str:
    parts = ['<section class="intro"><p>Run a saved query (fill in its parameters) or write your own SPARQL. '
             'The same answers are available as JSON, XML, CSV or TSV from <code>/queries/{name}</code> and the '
             'SPARQL endpoint <code>/sparql</code> (see <a href="/docs">the API docs</a>). Evidence sentences link '
             'to the article they come from.</p></section>',
             '<section id="saved-queries"><h2>Saved queries</h2>']
    for q in library.values():
        vals = values if q.name == active else {}
        examples = example_params(q)
        fields = []
        for p in q.params:
            fid = f"f-{q.name}-{p.name}"
            value = (vals or {}).get(p.name, "")
            req = " required" if p.required else ""
            label = (f'<label for="{esc(fid)}">{esc(p.name)}{" *" if p.required else ""} '
                     f'<small>{esc(p.description or p.type)}</small></label>')
            if p.values:
                opts = "" if p.required else '<option value="">(any)</option>'
                for v in p.values:
                    sel = " selected" if v == (value or p.default) else ""
                    opts += f'<option value="{esc(v)}"{sel}>{esc(v)}</option>'
                ctl = f'<select id="{esc(fid)}" name="{esc(p.name)}"{req}>{opts}</select>'
            else:
                # a date is typed as text, YYYY-MM-DD as its label says: type=date would show the
                # browser's own locale format (mm/dd/yyyy) instead
                typ = "number" if p.type in ("xsd:integer", "xsd:int") else "text"
                ph = examples.get(p.name) or p.default or ("IRI or name" if p.type.startswith("kg:") or p.type == "IRI" else "")
                if p.type == "xsd:date":
                    ph = "YYYY-MM-DD"
                ph_attr = f' placeholder="{esc("e.g. " + ph if ph and typ == "text" and ph != "YYYY-MM-DD" else ph)}"' if ph else ""
                pattern = ' pattern="\\d{4}-\\d{2}-\\d{2}" inputmode="numeric"' if p.type == "xsd:date" else ""
                ctl = (f'<input id="{esc(fid)}" type="{typ}" name="{esc(p.name)}" value="{esc(value or p.default or "")}"'
                       f'{ph_attr}{pattern}{req}>')
            fields.append(f'<div class="field">{label}{ctl}</div>')
        act = " active" if q.name == active else ""
        # the JSON link asks for what the form holds (kg.js keeps it up to date as one types);
        # the examples only while a required field is still empty
        entered = {p.name: (vals or {}).get(p.name) or p.default or "" for p in q.params}
        missing = any(p.required and not entered[p.name] for p in q.params)
        json_params = examples if missing else {k: v for k, v in entered.items() if v}
        parts.append(
            f'<section class="query{act}" id="q-{esc(q.name)}"><h3>{esc(q.title or q.name)} '
            f'<code>{esc(q.name)}</code></h3><p>{esc(q.description)}</p>'
            f'<form class="saved-query" method="get" action="/queries/{quote(q.name)}">{"".join(fields)}'
            f'<input type="hidden" name="format" value="html"><button type="submit">Run</button> '
            f'<a class="api json-link" href="/queries/{quote(q.name)}?{esc(urlencode(json_params))}">JSON</a>'
            f'</form></section>')
    parts.append("</section>")
    default_q = sparql if sparql is not None else EXAMPLE_SPARQL
    prefixes = ", ".join(f"{k}:" for k in _prefixes())
    parts.append(f'<section id="sparql-box"><h2>Your own SPARQL</h2>'
                 f'<form method="get" action="/sparql" id="sparql-form"><textarea name="query" id="sparql-query" rows="10" '
                 f'spellcheck="false">{esc(default_q)}</textarea><input type="hidden" name="format" value="html">'
                 f'<button type="submit">Run query</button> <small>Ctrl+Enter runs it. Predeclared prefixes: '
                 f'{esc(prefixes)}. The default graph is the union of all graphs.</small></form></section>')
    return "".join(parts)

def results_html(res: dict, library: dict, max_rows: int, title, ms, sparql=None, saved=None, values=None) -> str:
    n = res["count"]
    head = f'<section id="results-section"><h2>{esc(title)}</h2>'
    if saved and values:
        head += "<p class=\"params\">" + ", ".join(f"{esc(k)} = <b>{esc(v)}</b>" for k, v in values.items() if v) + "</p>"
    if res["kind"] == "boolean":
        head += f'<p class="boolean" id="boolean">{"true" if res["boolean"] else "false"}</p>'
    else:
        unit = "triple" if res["kind"] == "graph" else "row"
        head += f'<p class="count">{n} {unit}{"s" if n != 1 else ""} in {ms:.0f} ms</p>'
        if res["truncated"]:
            head += (f'<p class="warning" id="truncated">Only the first {max_rows} {unit}s are shown '
                     f'(kg serve --max-rows).</p>')
        head += res["table"]
    links = []
    fmts = [("json", "JSON"), ("xml", "XML"), ("csv", "CSV"), ("tsv", "TSV")] if res["kind"] != "graph" else \
           [("turtle", "Turtle"), ("ntriples", "N-Triples"), ("jsonld", "JSON-LD"), ("rdfxml", "RDF/XML")]
    for f, label in fmts:
        if saved:
            href = f"/queries/{quote(saved)}?" + urlencode({**{k: v for k, v in (values or {}).items() if v}, "format": f})
        else:
            href = "/sparql?" + urlencode({"query": sparql or "", "format": f})
        links.append(f'<a href="{esc(href)}">{label}</a>')
    head += f'<p class="downloads">Download: {" · ".join(links)}</p></section>'
    return head + index_html(library, active=saved, values=values, sparql=sparql)

def table_html(variables: list[str], rows, library_names) -> str:
    """Rows of pyoxigraph terms as an HTML table; evidence sentences link to /evidence."""
    from pyoxigraph import Literal, NamedNode

    cols = variables
    idx = {c: i for i, c in enumerate(cols)}
    art_col = next((c for c in ARTICLE_COLUMNS if c in idx), None)
    iri_art_col = next((c for c in ARTICLE_COLUMNS if c in idx and c != art_col), None)
    out = ['<table class="results" id="results"><thead><tr>',
           "".join(f"<th>{esc(c)}</th>" for c in cols), "</tr></thead><tbody>"]
    for row in rows:
        article = None
        for c in (art_col, iri_art_col):
            if c is not None and row[idx[c]] is not None:
                t = row[idx[c]]
                if article is None or isinstance(t, NamedNode):
                    article = t.value
        begin = row[idx["begin"]] if "begin" in idx else None
        end = row[idx["end"]] if "end" in idx else None
        cells = []
        for c, t in zip(cols, row):
            if t is None:
                cells.append("<td></td>")
                continue
            if EVIDENCE_COLUMNS.match(c) and isinstance(t, Literal):
                q = {}
                if article:
                    q["article"] = article
                if begin is not None and end is not None:
                    q.update(begin=begin.value, end=end.value)
                q["text"] = t.value
                href = "/evidence?" + urlencode(q) + "#hl"
                cells.append(f'<td class="evidence"><a class="evidence-link" href="{esc(href)}" '
                             f'title="Show in the article">{esc(t.value)}</a></td>')
                continue
            cells.append(_cell(t, library_names))
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</tbody></table>")
    return "".join(out)

def _cell(t, library_names) -> str:
    from pyoxigraph import Literal, NamedNode

    from kg.views import page_path
    from kg.vocab import KGR_NS

    if isinstance(t, NamedNode):
        iri = t.value
        short = compact(iri)
        href = None
        href = page_path(iri)  # an event's or actor's own page
        if href is None and iri.startswith(KGR_NS + "article/"):
            href = "/evidence?" + urlencode({"article": iri})
        if href:
            return f'<td class="iri"><a href="{esc(href)}" title="{esc(iri)}">{esc(short)}</a></td>'
        return f'<td class="iri" title="{esc(iri)}">{esc(short)}</td>'
    if isinstance(t, Literal):
        dt = t.datatype.value if t.datatype else ""
        cls = "num" if dt.endswith(("#integer", "#decimal", "#double", "#float", "#nonNegativeInteger", "#int")) else "lit"
        lang = f' lang="{esc(t.language)}"' if t.language else ""
        return f'<td class="{cls}"{lang}>{esc(t.value)}</td>'
    return f"<td>{esc(str(t))}</td>"


def esc(s) -> str:
    return html.escape(str(s), quote=True)


def _prefixes() -> dict:
    from kg.vocab import PREFIXES

    return PREFIXES


_SORTED_NS: list | None = None


def compact(iri: str) -> str:
    global _SORTED_NS
    if _SORTED_NS is None:
        _SORTED_NS = sorted(((ns, p) for p, ns in _prefixes().items()), key=lambda x: -len(x[0]))
    for ns, p in _SORTED_NS:
        if iri.startswith(ns) and re.fullmatch(r"[\w.\-]*", iri[len(ns):]):
            return f"{p}:{iri[len(ns):]}"
    return iri


def example_params(q) -> dict[str, str]:
    """Parameter values from a saved query's ``#+ example:`` lines (``--param k=v``)."""
    import shlex

    out: dict[str, str] = {}
    for ex in q.examples:
        try:
            words = shlex.split(ex)
        except ValueError:
            continue
        for i, w in enumerate(words[:-1]):
            if w in ("--param", "-p") and "=" in words[i + 1]:
                k, v = words[i + 1].split("=", 1)
                out.setdefault(k, v)
    return out


EXAMPLE_SPARQL = """SELECT ?date ?type ?event ?evidence WHERE {
  ?event a kg:ResolvedEvent , ?type .
  FILTER(?type IN (kg:Meeting, kg:PhoneCall, kg:WeaponSupplyAllegation))
  OPTIONAL { ?event kg:date ?date }
  OPTIONAL { ?event kg:evidence/nif:anchorOf ?evidence }
}
ORDER BY DESC(?date)
LIMIT 20"""

DOCS_BODY = ('<section id="docs"><h1>kg HTTP API</h1><p>Generated from <a href="/openapi.json">/openapi.json</a>. '
             'Fill in the parameters and press <b>Send</b>; the request is made from this page.</p>'
             '<div id="operations"><p>Loading…</p></div></section>')

