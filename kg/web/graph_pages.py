"""The pages that show the graph: the timeline, the actor network, one event, one actor,
and their JSON (what the pages' JavaScript reads). The data comes from :mod:`kg.views`,
run in a query worker (``{"op": "view"}``); this module parses the request, and lays the
dicts out as HTML. Light: no pyoxigraph at import.

Routes::

    GET /timeline, /network          the charts (filters: actor, country, type, from, to)
    GET /event/{id}                  one resolved event (kgr:event/{id})
    GET /actor/{kind}/{id}           one actor (kgr:{kind}/{id}: person, country, org, bloc)
    GET /api/timeline, /api/network  their data as JSON (same filters)
    GET /api/event/{id}, /api/actor/{kind}/{id}, /api/actors
"""

from __future__ import annotations

import json
import re
from urllib.parse import urlencode

from starlette.responses import Response

from kg.web.pages import esc
from kg.web.protocol import HTTPError

KGR_NS = "https://w3id.org/kg-news/id/"
CHART_PAGES = ("/timeline", "/network")
FILTERS = ("actor", "country", "type", "from", "to")
ACTOR_KINDS = ("person", "country", "org", "bloc")
TYPE_LABELS = {"Meeting": "Meeting", "PhoneCall": "Phone call", "WeaponSupplyAllegation": "Weapon supply"}
ROLE_LABELS = {"participant": "took part", "supplier": "supplier", "recipient": "recipient", "claimedBy": "claimant"}
SCRIPTS = ("/static/kg.js", "/static/vendor/echarts.min.js", "/static/graph.js")


def handles(path: str) -> bool:
    """Is *path* one of these pages or their JSON?"""
    return path in CHART_PAGES or path == "/api/actors" or path.startswith(("/event/", "/actor/", "/api/"))


async def answer(site, path: str, params: list[tuple[str, str]], st) -> Response:
    api = path.startswith("/api/")
    st.html = not api
    sub = path[len("/api"):] if api else path
    if sub in CHART_PAGES or sub == "/actors":
        view = sub.strip("/")
        given = _filters(params) if view != "actors" else {}
        if not api:
            return site._page(f"{view.title()} — kg", chart_page(view, given), scripts=SCRIPTS)
        return _json(await _view(site, view, given))
    m = re.fullmatch(r"/event/([\w.-]+)", sub)
    if m:
        iri = KGR_NS + "event/" + m.group(1)
        data = await _view(site, "event", {"iri": iri})
        if data is None:
            raise HTTPError(404, f"no resolved event {iri}")
        return _json(data) if api else site._page(f"{data['label']} — kg", event_html(data))
    m = re.fullmatch(r"/actor/([a-z]+)/([\w.-]+)", sub)
    if m and m.group(1) in ACTOR_KINDS:
        iri = KGR_NS + m.group(1) + "/" + m.group(2)
        data = await _view(site, "actor", {"iri": iri})
        if data is None:
            raise HTTPError(404, f"no actor {iri}")
        return _json(data) if api else site._page(f"{data['label']} — kg", actor_html(data))
    raise HTTPError(404, f"not found: {path} (see /timeline, /network, /event/ID, /actor/KIND/ID)")


def _filters(params) -> dict[str, str]:
    given: dict[str, str] = {}
    for k, v in params:
        if k not in FILTERS:
            raise HTTPError(400, f"unknown parameter {k!r} (filters: {', '.join(FILTERS)})")
        if k in given:
            raise HTTPError(400, f"parameter {k!r} given more than once")
        if v.strip():
            given[k] = v.strip()
    return given


async def _view(site, view: str, params: dict):
    head, out = await site.pool.run({"op": "view", "view": view, "params": params})
    if head["status"] != 200:
        raise HTTPError(head["status"], head.get("message", "query failed"))
    return json.loads(out)


def _json(data) -> Response:
    return Response(json.dumps(data, ensure_ascii=False).encode("utf-8"), 200,
                    media_type="application/json; charset=utf-8")


def openapi_paths(err: dict) -> dict:
    """The JSON endpoints with query parameters, for /openapi.json and the /docs page (which
    fills in query parameters only; /api/event/{id} and /api/actor/{kind}/{id} are in the README)."""
    filters = [
        {"name": "actor", "in": "query", "required": False, "example": "Iran",
         "description": "A person, country or organisation taking part (IRI, short form such as country:IR, or name)",
         "schema": {"type": "string"}},
        {"name": "country", "in": "query", "required": False,
         "description": "Events of the country itself or of one of its people (IRI, short form or name)",
         "schema": {"type": "string"}},
        {"name": "type", "in": "query", "required": False, "schema": {"type": "string", "enum": list(TYPE_LABELS)}},
        {"name": "from", "in": "query", "required": False, "description": "Earliest date (YYYY-MM-DD, YYYY-MM or YYYY)",
         "schema": {"type": "string"}},
        {"name": "to", "in": "query", "required": False, "description": "Latest date (YYYY-MM-DD, YYYY-MM or YYYY)",
         "schema": {"type": "string"}}]
    ok = {"description": "JSON", "content": {"application/json": {"schema": {"type": "object"}}}}

    def op(op_id, summary, params):
        return {"get": {"operationId": op_id, "tags": ["Graph"], "summary": summary, "parameters": params,
                        "responses": {"200": ok, "400": err}}}

    return {
        "/api/timeline": op("timeline_data", "The events of the timeline, in date order (filters as the network)", filters),
        "/api/network": op("network_data", "The actor network: nodes (countries, persons) and edges (events by type)", filters),
        "/api/actors": op("actors", "Every actor of a resolved event (iri, label, kind)", []),
    }


# ----------------------------------------------------------------------------- HTML
def _nav(current: str) -> str:
    links = [("/timeline", "Timeline"), ("/network", "Actor network"), ("/", "Queries")]
    return '<nav class="views">' + " ".join(
        f'<a href="{h}"{" aria-current=page" if h == current else ""}>{t}</a>' for h, t in links) + "</nav>"


def chart_page(view: str, given: dict[str, str]) -> str:
    """The timeline or network page: the filter form (pre-filled), the chart's box, the
    list the script fills; the script reads /api/{view} with the form's values."""
    fields = []
    for name, label, hint in (("actor", "Actor", "name or IRI"),
                              ("country", "Country", "itself or its people")):
        fields.append(f'<div class="field"><label for="f-{name}">{label} <small>{hint}</small></label>'
                      f'<input id="f-{name}" name="{name}" type="text" value="{esc(given.get(name, ""))}" '
                      f'list="actor-names" autocomplete="off"></div>')
    opts = '<option value="">(any)</option>' + "".join(
        f'<option value="{t}"{" selected" if given.get("type") == t else ""}>{esc(lab)}</option>'
        for t, lab in TYPE_LABELS.items())
    fields.append(f'<div class="field"><label for="f-type">Event type </label><select id="f-type" name="type">{opts}</select></div>')
    for name, label in (("from", "From"), ("to", "To")):
        fields.append(f'<div class="field date"><label for="f-{name}">{label} <small>YYYY-MM-DD</small></label>'
                      f'<input id="f-{name}" name="{name}" type="text" inputmode="numeric" '
                      f'pattern="\\d{{4}}(-\\d{{2}}(-\\d{{2}})?)?" placeholder="YYYY-MM-DD" '
                      f'value="{esc(given.get(name, ""))}"></div>')
    title = {"timeline": "Timeline of events", "network": "Actor network"}[view]
    intro = {"timeline": "Every resolved event by date and type; the size of a mark is the number of reports. "
                         "Click a mark to open its event.",
             "network": "Countries and persons who met, called or (allegedly) armed each other. An edge is one "
                        "kind of event between two actors, as thick as the number of events; a supply points "
                        "from the supplier to the recipient. Click a node to open the actor."}[view]
    api = f"/api/{view}" + ("?" + urlencode(given) if given else "")
    return (f'<section class="view" id="{view}-view" data-view="{view}">{_nav("/" + view)}<h1>{title}</h1>'
            f'<p class="intro">{intro}</p>'
            f'<form class="filters" id="filters" method="get" action="/{view}">{"".join(fields)}'
            f'<button type="submit">Show</button> <a class="api" id="api-link" href="{esc(api)}">JSON</a></form>'
            f'<datalist id="actor-names"></datalist>'
            f'<p class="count" id="chart-status">Loading…</p>'
            + (_edge_key() if view == "network" else "") +
            f'<div class="chart" id="chart" role="img" aria-label="{esc(title)}"></div>'
            f'<div id="legend-list"></div></section>')


def _edge_key() -> str:
    return ('<p class="edge-key">Edges: ' + "".join(
        f'<span class="type-badge t-{t}">{esc(lab)}{" (supplier → recipient)" if t == "WeaponSupplyAllegation" else ""}'
        f'</span>' for t, lab in TYPE_LABELS.items()) + ' · nodes: <span class="node-key country">country</span> '
        '<span class="node-key person">person</span></p>')


def _actor_link(a: dict | None) -> str:
    if not a:
        return "—"
    if a.get("href"):
        return f'<a class="actor-link" href="{esc(a["href"])}" title="{esc(a["iri"])}">{esc(a["label"])}</a>'
    return f'<span title="{esc(a["iri"])}">{esc(a["label"])}</span>'


def _links(actors: list[dict]) -> str:
    return ", ".join(_actor_link(a) for a in actors) or "—"


def event_html(ev: dict) -> str:
    """One resolved event: facts, claim, the reports side by side, the merge decisions."""
    typ = TYPE_LABELS.get(ev["type"], ev["type"])
    facts = [("Type", f'<span class="type-badge t-{esc(ev["type"])}">{esc(typ)}</span>')]
    if ev["type"] == "WeaponSupplyAllegation":
        facts.append(("Supply", f'{_links(ev["supplier"])} → {_links(ev["recipient"])}'
                                + (f' <span class="muted">({esc(ev["weapon"].lower())})</span>' if ev["weapon"] else "")))
    else:
        facts.append(("Participants", _links(ev["participant"])))
    facts.append(("Date", esc(ev["date"]) or "unknown"))
    facts.append(("Place", _actor_link(ev["place"]) if ev["place"] else "unknown"))
    if ev["stance"] or ev["claimedBy"]:
        facts.append(("Claim", (f'<span class="stance s-{esc(ev["stance"].lower())}">{esc(ev["stance"].lower())}</span>'
                                if ev["stance"] else "")
                      + (f' by {_links(ev["claimedBy"])}' if ev["claimedBy"] else "")))
    facts.append(("IRI", f'<code>{esc(ev["iri"])}</code> · <a href="/api/event/{esc(ev["id"])}">JSON</a>'))
    parts = [f'<section class="event" id="event" data-iri="{esc(ev["iri"])}">{_nav("")}<h1>{esc(ev["label"])}</h1>',
             '<dl class="facts">' + "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in facts) + "</dl>",
             f'<h2>Reports <small>{len(ev["reports_detail"])}</small></h2><div class="reports">']
    for rep in ev["reports_detail"]:
        meta = [x for x in (esc(rep["outlet"]), esc(rep["published"][:16].replace("T", " "))) if x]
        if rep["headline"] != rep["name"]:
            meta.append(f'<code>{esc(rep["name"])}</code>')
        if rep["url"]:
            meta.append(f'<a href="{esc(rep["url"])}" rel="noopener noreferrer nofollow">source</a>')
        ev_parts = []
        for para in rep["paragraphs"]:  # each paragraph once, its evidence sentences marked
            html = []
            for part in para["parts"]:
                if not part["evidence"]:
                    html.append(esc(part["text"]))
                    continue
                href = "/evidence?" + urlencode({"article": rep["article"], "begin": part["begin"], "end": part["end"]})
                html.append(f'<a class="evidence-link" href="{esc(href)}#hl" title="Show in the article">'
                            f'<mark>{esc(part["text"])}</mark></a>')
            ev_parts.append(f'<blockquote class="excerpt">{"".join(html)}</blockquote>')
        parts.append(f'<article class="report" data-report="{esc(rep["iri"])}"><h3>{esc(rep["headline"])}</h3>'
                     f'<p class="meta">{" · ".join(meta)}</p>'
                     + (f'<p class="meta">reported date: {esc(rep["date"])}</p>' if rep["date"] else "")
                     + "".join(ev_parts) + "</article>")
    parts.append("</div>")
    parts.append("<h2>Merge decisions</h2>")
    if ev["merges"]:
        parts.append('<ul class="merges">')
        for m in ev["merges"]:
            parts.append(f'<li><b>{len(m["reports"])} reports joined</b>, score {esc(m["score"])}: {esc(m["basis"])}</li>')
        parts.append("</ul>")
    else:
        parts.append('<p class="muted" id="no-merge">Reported by one article: nothing was merged.</p>')
    parts.append("</section>")
    return "".join(parts)


def actor_html(a: dict) -> str:
    """One actor: labels in both languages, Wikidata, offices, events by role and type,
    counterparts."""
    lang_names = {"en": "English", "id": "Indonesian"}
    labels = "".join(f'<dt>{esc(lang_names.get(k, k or "no language"))}</dt><dd lang="{esc(k)}">{esc(", ".join(v))}</dd>'
                     for k, v in a["labels"].items())
    facts = [("Kind", esc(a["kind"]))]
    if a["country"]:
        facts.append(("Country", _actor_link(a["country"])))
    if a["wikidata"]:
        facts.append(("Wikidata", f'<a id="wikidata" href="{esc(a["wikidata"])}" rel="noopener noreferrer">'
                                  f'{esc(a["wikidata"].rsplit("/", 1)[-1])}</a>'))
    facts.append(("IRI", f'<code>{esc(a["iri"])}</code> · <a href="/api{esc(a["href"])}">JSON</a>'))
    q = urlencode({"actor": a["iri"]})
    parts = [f'<section class="actor" id="actor" data-iri="{esc(a["iri"])}">{_nav("")}<h1>{esc(a["label"])}</h1>',
             f'<p><a href="/timeline?{esc(q)}">On the timeline</a> · <a href="/network?{esc(q)}">In the network</a></p>',
             '<dl class="facts">' + "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in facts) + "</dl>",
             f'<h2>Labels</h2><dl class="facts" id="labels">{labels}</dl>']
    if a["offices"]:
        parts.append('<h2>Offices</h2><ul id="offices">' + "".join(
            f'<li>{esc(o["label"])}' + (f' ({_actor_link(o["country"])})' if o["country"] else "")
            + (f' <span class="muted">{esc(o["start"])} – {esc(o.get("end") or "")}</span>' if o.get("start") else "")
            + "</li>"
            for o in a["offices"]) + "</ul>")
    parts.append(f'<h2>Events <small>{len(a["events"])}</small></h2>')
    if a["roles"]:
        types = list(TYPE_LABELS)
        parts.append('<table class="results" id="roles"><thead><tr><th>role</th>'
                     + "".join(f"<th>{esc(TYPE_LABELS[t])}</th>" for t in types) + "</tr></thead><tbody>")
        for role, counts in a["roles"].items():
            parts.append(f"<tr><td>{esc(ROLE_LABELS.get(role, role))}</td>"
                         + "".join(f'<td class="num">{counts.get(t, 0) or ""}</td>' for t in types) + "</tr>")
        parts.append("</tbody></table>")
    parts.append('<table class="results" id="events"><thead><tr><th>date</th><th>event</th><th>role</th>'
                 '<th>reports</th></tr></thead><tbody>')
    for e in a["events"]:
        parts.append(f'<tr><td>{esc(e["date"]) or "?"}</td><td><a class="event-link" href="{esc(e["href"])}">'
                     f'{esc(e["label"])}</a></td><td>{esc(", ".join(ROLE_LABELS.get(r, r) for r in e["roles"]))}</td>'
                     f'<td class="num">{e["reports"]}</td></tr>')
    parts.append("</tbody></table>")
    if a["counterparts"]:
        parts.append('<h2>Counterparts</h2><ul id="counterparts">')
        for c in a["counterparts"]:
            kinds = ", ".join(f"{TYPE_LABELS.get(k, k).lower()} {n}" for k, n in c["types"].items())
            parts.append(f"<li>{_actor_link(c)} <span class=\"muted\">{esc(kinds)}</span></li>")
        parts.append("</ul>")
    parts.append("</section>")
    return "".join(parts)
