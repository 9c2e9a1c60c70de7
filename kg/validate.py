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
    from pyoxigraph import RdfFormat, serialize

    from kg.store import pending_graphs

    data = serialize(store.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", use_default_graph_as_union=True),
                     format=RdfFormat.N_TRIPLES)
    ok, report = _validate(_rdflib_graph(data))
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
    """Validate an RDF file (its format from the extension). A file that is not RDF, or not
    readable, is a ValidateError whose message is one line naming the file and the cause."""
    from pyoxigraph import RdfFormat, parse, serialize

    from kg.store import StoreError, rdf_format

    try:
        fmt = rdf_format(None, path)
    except StoreError:
        raise ValidateError(f"{path}: cannot tell the RDF format from the extension "
                            "(.ttl, .trig, .nt, .nq, .jsonld, .rdf)") from None
    try:
        # Oxigraph's parsers are strict and say where the problem is (rdflib accepts some broken
        # escapes and logs tracebacks for others)
        triples = [q.triple for q in parse(path=path, format=fmt)]
    except SyntaxError as e:
        raise ValidateError(f"{path}: not valid {fmt.name} ({_first_line(e)})") from None
    except UnicodeDecodeError as e:
        raise ValidateError(f"{path}: not valid {fmt.name} (not UTF-8 text: byte {e.start} cannot be decoded)") from None
    except IsADirectoryError:
        raise ValidateError(f"{path}: a folder, not a file") from None
    except OSError as e:
        raise ValidateError(f"{path}: {e.strerror or _first_line(e)}") from None
    except ValueError as e:
        raise ValidateError(f"{path}: not valid {fmt.name} ({_first_line(e)})") from None
    return _validate(_rdflib_graph(serialize(triples, format=RdfFormat.N_TRIPLES)))


def _first_line(e: Exception) -> str:
    """Oxigraph's message in one line, without the file name it repeats:
    "Parser error at line 1 column 5: X (f.ttl, line 1)" -> "at line 1 column 5: X"."""
    import re

    text = (str(e).strip().splitlines() or ["unreadable"])[0]
    text = re.sub(r" \([^()]*, line \d+\)$", "", text)
    return re.sub(r"^Parser error ", "", text)


def _rdflib_graph(ntriples: bytes):
    """An rdflib graph of N-Triples. A literal whose text does not fit its datatype
    ("x"^^xsd:integer) is kept as written; rdflib would log a traceback for each one."""
    import logging

    import rdflib

    log = logging.getLogger("rdflib.term")
    was = log.disabled
    log.disabled = True
    try:
        return rdflib.Graph().parse(data=ntriples.decode("utf-8"), format="nt")
    finally:
        log.disabled = was
