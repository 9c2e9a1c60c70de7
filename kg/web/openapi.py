"""The OpenAPI 3 description of the HTTP API: the SPARQL endpoint and one operation per
saved query (its parameters, types, allowed values and examples), for /openapi.json and the
offline /docs page."""

from __future__ import annotations

import re

from kg.web.pages import example_params
from kg.web.protocol import GRAPH_OFFERS, RESULT_OFFERS

# ----------------------------------------------------------------------------- OpenAPI
def _param_schema(p) -> dict:
    if p.values:
        s = {"type": "string", "enum": list(p.values)}
    elif p.type == "xsd:date":
        s = {"type": "string", "format": "date"}
    elif p.type in ("xsd:integer", "xsd:int"):
        s = {"type": "integer"}
    elif p.type == "xsd:string":
        s = {"type": "string"}
    elif p.type == "IRI":
        s = {"type": "string", "format": "iri"}
    else:
        s = {"type": "string"}
    if p.default is not None:
        s["default"] = int(p.default) if s["type"] == "integer" and re.fullmatch(r"-?\d+", p.default) else p.default
    return s


def _type_help(p) -> str:
    if p.type.startswith("kg:") and p.type != "kg:EventClass":
        return f" An IRI, a short form such as person:vladimir-putin, or a label of a {p.type}."
    if p.type == "IRI":
        return " An IRI."
    return ""


def openapi(library: dict, allow_update: bool = False) -> dict:
    """An OpenAPI 3.0 description: the SPARQL endpoint and one path per saved query."""
    from kg import __version__

    err = {"description": "Error (one line of text)", "content": {"text/plain": {"schema": {"type": "string"}}}}
    results = {mt: {"schema": {"type": "string"}} for mt in dict.fromkeys(mt for _, mt in RESULT_OFFERS[:4])}
    results["application/sparql-results+json"] = {"schema": {"$ref": "#/components/schemas/SparqlResults"}}
    results["text/html"] = {"schema": {"type": "string"}}
    graphs = {mt: {"schema": {"type": "string"}} for mt in dict.fromkeys(mt for _, mt in GRAPH_OFFERS[:4])}
    fmt_param = {"name": "format", "in": "query", "required": False,
                 "description": "Override content negotiation: json, xml, csv, tsv or html (CONSTRUCT/DESCRIBE: "
                                "turtle, ntriples, jsonld, rdfxml, html).",
                 "schema": {"type": "string", "enum": ["json", "xml", "csv", "tsv", "html", "turtle", "ntriples", "jsonld", "rdfxml"]}}
    graph_params = [
        {"name": "default-graph-uri", "in": "query", "required": False, "style": "form", "explode": True,
         "description": "Default graph(s) of the dataset. Without this and named-graph-uri the default graph is the union of all graphs.",
         "schema": {"type": "array", "items": {"type": "string", "format": "iri"}}},
        {"name": "named-graph-uri", "in": "query", "required": False, "style": "form", "explode": True,
         "description": "Named graph(s) of the dataset.", "schema": {"type": "array", "items": {"type": "string", "format": "iri"}}},
    ]
    query_responses = {
        "200": {"description": "Query results (SELECT/ASK) or an RDF graph (CONSTRUCT/DESCRIBE); rows beyond the "
                               "server's limit are cut and flagged with X-KG-Truncated", "content": {**results, **graphs},
                "headers": {"X-KG-Truncated": {"schema": {"type": "string"}, "description": "true when rows were cut"}}},
        "400": err, "403": err, "406": err, "413": err, "503": err}
    paths: dict = {
        "/sparql": {
            "get": {"operationId": "sparqlQuery", "tags": ["SPARQL"], "summary": "SPARQL 1.1 query (GET)",
                    "description": "The SPARQL 1.1 Protocol. The kg prefixes are predeclared; the default graph is the "
                                   "union of all graphs. Results by Accept header or format=.",
                    "parameters": [{"name": "query", "in": "query", "required": True, "description": "The SPARQL query",
                                    "schema": {"type": "string"},
                                    "example": "SELECT ?s ?label WHERE { ?s a kg:Country ; rdfs:label ?label } LIMIT 10"},
                                   *graph_params, fmt_param],
                    "responses": query_responses},
            "post": {"operationId": "sparqlPost", "tags": ["SPARQL"], "summary": "SPARQL 1.1 query or update (POST)",
                     "description": "query= or update= as a form, or the text as application/sparql-query / "
                                    "application/sparql-update. Updates need the server's --allow-update and a bearer token.",
                     "parameters": [*graph_params, fmt_param],
                     "requestBody": {"required": True, "content": {
                         "application/x-www-form-urlencoded": {"schema": {"type": "object", "properties": {
                             "query": {"type": "string"}, "update": {"type": "string"},
                             "default-graph-uri": {"type": "array", "items": {"type": "string"}},
                             "named-graph-uri": {"type": "array", "items": {"type": "string"}}}}},
                         "application/sparql-query": {"schema": {"type": "string"}},
                         "application/sparql-update": {"schema": {"type": "string"}}}},
                     "responses": {**query_responses, "204": {"description": "Update done"}, "401": err, "415": err}},
        },
        "/queries": {"get": {"operationId": "listQueries", "tags": ["Saved queries"], "summary": "The saved queries",
                             "responses": {"200": {"description": "Metadata of every saved query", "content": {
                                 "application/json": {"schema": {"type": "array",
                                                                 "items": {"$ref": "#/components/schemas/SavedQuery"}}}}}}}},
    }
    for name, q in library.items():
        examples = example_params(q)
        params = []
        for p in q.params:
            d = {"name": p.name, "in": "query", "required": bool(p.required),
                 "description": ((p.description or p.type) + _type_help(p)).strip(), "schema": _param_schema(p),
                 "x-kg-type": p.type}
            if p.name in examples:
                d["example"] = examples[p.name]
            params.append(d)
        if "format" not in {p.name for p in q.params}:
            params.append(fmt_param)
        paths[f"/queries/{name}"] = {"get": {
            "operationId": "query_" + re.sub(r"\W", "_", name), "tags": ["Saved queries"],
            "summary": q.title or name, "description": q.description or q.title or name,
            "parameters": params,
            "responses": {"200": query_responses["200"], "400": err, "403": err, "406": err, "503": err}}}
    paths["/evidence"] = {"get": {
        "operationId": "evidence", "tags": ["Web"], "summary": "An article's text with an evidence sentence highlighted (HTML)",
        "parameters": [
            {"name": "article", "in": "query", "required": False, "description": "Article IRI or name (kg:sourceName)",
             "schema": {"type": "string"}},
            {"name": "begin", "in": "query", "required": False, "schema": {"type": "integer", "minimum": 0}},
            {"name": "end", "in": "query", "required": False, "schema": {"type": "integer", "minimum": 0}},
            {"name": "text", "in": "query", "required": False, "description": "The evidence sentence",
             "schema": {"type": "string"}}],
        "responses": {"200": {"description": "HTML page", "content": {"text/html": {"schema": {"type": "string"}}}},
                      "400": err, "404": err}}}
    from kg.web.graph_pages import openapi_paths

    paths.update(openapi_paths(err))
    term = {"type": "object", "required": ["type", "value"], "properties": {
        "type": {"type": "string", "enum": ["uri", "literal", "bnode", "triple"]}, "value": {},
        "datatype": {"type": "string"}, "xml:lang": {"type": "string"}}}
    doc = {
        "openapi": "3.0.3",
        "info": {"title": "kg knowledge graph", "version": __version__,
                 "description": "SPARQL endpoint and saved queries over the kg store of diplomatic and military events."},
        "servers": [{"url": "/"}],
        "tags": [{"name": "Saved queries"}, {"name": "SPARQL"}, {"name": "Graph"}, {"name": "Web"}],
        "paths": paths,
        "components": {"schemas": {
            "SavedQuery": {"type": "object", "properties": {
                "name": {"type": "string"}, "title": {"type": "string"}, "description": {"type": "string"},
                "parameters": {"type": "array", "items": {"type": "object"}}, "examples": {"type": "array", "items": {"type": "string"}}}},
            "SparqlResults": {"type": "object", "properties": {
                "head": {"type": "object", "properties": {"vars": {"type": "array", "items": {"type": "string"}}}},
                "boolean": {"type": "boolean"},
                "results": {"type": "object", "properties": {"bindings": {"type": "array", "items": {
                    "type": "object", "additionalProperties": term}}}}}}}},
    }
    if allow_update:
        doc["components"]["securitySchemes"] = {"bearer": {"type": "http", "scheme": "bearer"}}
        paths["/sparql"]["post"]["security"] = [{"bearer": []}, {}]
    return doc

