"""SHACL validation of the graph with pyshacl, against ``ontology/shapes.ttl``."""

from __future__ import annotations

from kg.resources import ontology_dir


def _validate(data_graph) -> tuple[bool, str]:
    import rdflib
    from pyshacl import validate

    shapes = rdflib.Graph().parse(ontology_dir() / "shapes.ttl")
    ont = rdflib.Graph().parse(ontology_dir() / "kg.ttl")
    conforms, results_graph, _ = validate(data_graph, shacl_graph=shapes, ont_graph=ont, inference="none",
                                          allow_warnings=True)
    if conforms:
        return True, f"conforms: {len(data_graph)} triples checked against {len(shapes)} shape triples"
    return False, readable_report(results_graph)


def readable_report(results_graph) -> str:
    """One line per violation: focus node, property path, message."""
    import rdflib
    from rdflib.namespace import SH

    lines = []
    for r in results_graph.subjects(rdflib.RDF.type, SH.ValidationResult):
        focus = results_graph.value(r, SH.focusNode)
        path = results_graph.value(r, SH.resultPath)
        msg = results_graph.value(r, SH.resultMessage)
        sev = results_graph.value(r, SH.resultSeverity)
        sev = str(sev).rsplit("#", 1)[-1] if sev else "Violation"
        lines.append(f"{sev}: {focus}" + (f" {path.n3() if hasattr(path, 'n3') else path}" if path else "") + f": {msg}")
    lines.sort()
    return f"does not conform: {len(lines)} problem(s)\n" + "\n".join(lines)


def validate_store(store) -> tuple[bool, str]:
    """Validate the union of all graphs of a pyoxigraph store, and check that no article
    change awaits resolution (what an interrupted command leaves)."""
    import rdflib
    from pyoxigraph import RdfFormat, serialize

    from kg.store import pending_graphs

    data = serialize(store.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", use_default_graph_as_union=True),
                     format=RdfFormat.N_TRIPLES)
    g = rdflib.Graph().parse(data=data.decode("utf-8"), format="nt")
    ok, report = _validate(g)
    pending = pending_graphs(store)
    if pending:
        line = (f"Violation: {len(pending)} article change(s) await resolution (a command was interrupted): "
                "run `kg resolve`, or any write command")
        report = (f"does not conform: {line[len('Violation: '):]}" if ok
                  else report.replace("does not conform: ", "does not conform: 1 + ", 1) + "\n" + line)
        ok = False
    return ok, report


class ValidateError(Exception):
    """A file that cannot be validated; the message says why in one line."""


def validate_file(path: str) -> tuple[bool, str]:
    import rdflib

    ds = rdflib.Dataset()
    try:
        ds.parse(path)
    except OSError as e:
        raise ValidateError(f"{path}: {e.strerror or e}") from None
    except Exception as e:  # noqa: BLE001 -- rdflib raises many kinds of parse errors
        raise ValidateError(f"{path}: not valid RDF ({_parse_problem(e)})") from None
    g = rdflib.Graph()
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return _validate(g)


def _parse_problem(e: Exception) -> str:
    """rdflib's parse error in one line: "Bad syntax (why), at line N" without the quoted input."""
    import re

    text = str(e) or "unreadable"
    why = re.search(r"Bad syntax \(([^)]*)\)", text)
    line = re.search(r"at line (\d+)", text)
    if why:
        return why.group(1) + (f", at line {line.group(1)}" if line else "")
    return text.strip().splitlines()[0]
