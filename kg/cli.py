"""The `kg` command. Each command is a thin wrapper over one library call.

Heavy modules (dateparser, rdflib, pyshacl, the extractor) are imported inside the
commands that need them, so `kg query` starts quickly.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import List, Optional

import typer
import typer.core

from kg import __version__

# What an option's value is, as --help shows it: Typer would show its Python type ("<str>",
# and "<bool>" beside every flag, --help included).
METAVARS = {"--store": "DIR", "--lexicon": "FILE", "--max-bytes": "BYTES", "--expr": "SPARQL", "--param": "NAME=VALUE",
            "--format": "FORMAT", "--queries": "DIR", "--output": "FILE", "--graph": "GRAPH", "--explain": "EVENT",
            "--host": "ADDRESS", "--port": "PORT", "--timeout": "SECONDS", "--max-rows": "N", "--processes": "N"}


def _name_values(params):
    for p in params:
        if getattr(p, "is_flag", None) is not None:  # an option
            if p.metavar is None:
                longs = [o for o in p.opts if o.startswith("--")]
                p.metavar = "" if p.is_flag else METAVARS.get(longs[0] if longs else "")
        elif p.metavar is None:  # an argument: its name says what it is ("PATHS..."), no "<list[str]>"
            p.metavar = p.name.upper()
            p.display_type_rich = lambda ctx: None
    return params


class _Command(typer.core.TyperCommand):
    def get_params(self, ctx):
        return _name_values(super().get_params(ctx))


class _Group(typer.core.TyperGroup):
    def get_params(self, ctx):
        return _name_values(super().get_params(ctx))


app = typer.Typer(
    name="kg",
    cls=_Group,
    help=(
        "Build a knowledge graph of diplomatic and military events from news articles.\n\n"
        "Typical use:\n\n"
        "  kg ingest examples/articles      # read articles into ./kg-store\n\n"
        "  kg query timeline                # run a saved query\n\n"
        "  kg export -f ttl -o graph.ttl    # export the graph as Turtle\n\n"
        "The store is ./kg-store unless --store or $KG_STORE says otherwise (a folder, or the URL "
        "of a SPARQL server: --store http://host:7878)."
    ),
    no_args_is_help=True,
    add_completion=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)

StoreOpt = typer.Option(None, "--store", "-s", envvar="KG_STORE",
                        help="Store folder (default ./kg-store, or $KG_STORE), or a SPARQL server's URL (http://host:7878).")
MemoryOpt = typer.Option(False, "--memory", help="Use a throw-away in-memory store (nothing is written to disk).")
LexiconOpt = typer.Option(None, "--lexicon", "-l", help="Extra lexicon file (JSON Lines, same schema as kg/lexicons); repeatable.")


def _fail(msg: str, code: int = 1):
    typer.echo(f"kg: error: {msg}", err=True)
    raise typer.Exit(code)


def _open(store: Optional[str], memory: bool = False, read_only: bool = False):
    from kg.store import StoreError, default_store_path, is_remote, lock_store, open_store

    path = None if memory else (store or default_store_path())
    release = None
    try:
        if path is not None and not read_only and not is_remote(path):  # a URL is a server, never a folder
            # a writer locks before it opens: opening for writing already changes files
            try:
                Path(path).mkdir(parents=True, exist_ok=True)
            except OSError:
                pass  # open_store says why
            release = lock_store(path, exclusive=True)
        st = open_store(path, read_only=read_only)
        if path is not None and read_only:
            release = lock_store(path, exclusive=False)  # readers share the lock
    except StoreError as e:
        if release:
            release()
        _fail(str(e))
    return st  # the lock is held until the process ends (kg serve: until it stops)


def _version(value: bool):
    if value:
        typer.echo(f"kg {__version__}")
        raise typer.Exit()


@app.callback()
def _main(version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Show the version and exit.")):
    pass


# ----------------------------------------------------------------------------- ingest
@app.command(cls=_Command)
def ingest(
    paths: List[str] = typer.Argument(..., help="Article files or folders (walked recursively); '-' reads stdin. "
                                               "Plain text (.txt), JSON Lines (.jsonl) and HTML (.html) are read."),
    store: Optional[str] = StoreOpt,
    memory: bool = MemoryOpt,
    lexicon: Optional[List[str]] = LexiconOpt,
    no_merge: bool = typer.Option(False, "--no-merge", help="Keep every article's reports separate (no cross-article event resolution)."),
    max_bytes: int = typer.Option(5_000_000, "--max-bytes", help="Refuse articles larger than this many bytes."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress display."),
):
    """Read articles, extract their events and write one named graph per article.

    Re-ingesting an unchanged article changes nothing; an edited one replaces its graph. Each article is written in one transaction; events are then resolved across articles. Exits with status 1 if any article failed (the others are still stored).

    Safe to interrupt: if ingest is killed, running it again finishes the work (articles already stored are skipped, and the resolution they missed is done).

    Example: kg ingest examples/articles
    """
    from kg.lexicon import LexiconError
    from kg.pipeline import ingest as run
    from kg.reading import count_article_files
    from kg.store import default_store_path

    st = _open(store, memory)
    show = sys.stderr.isatty() and not quiet
    count = [0]
    total = count_article_files(paths) if show else 0

    def progress(source: str, status: str):
        count[0] += 1
        if show:
            name = source if len(source) < 40 else "…" + source[-39:]
            if total and count[0] <= total:
                done = int(30 * count[0] / total)
                bar = f"[{'#' * done}{'.' * (30 - done)}] {count[0]}/{total} {100 * count[0] // total:3d}%"
            else:  # JSON Lines: one file holds many articles
                bar = f"[{count[0]}]"
            sys.stderr.write(f"\r\033[K{bar} {status:<9} {name}")
            sys.stderr.flush()

    try:
        summary = run(paths, st, lexicons=tuple(lexicon or ()), merge=not no_merge, max_bytes=max_bytes, on_item=progress)
    except LexiconError as e:
        _fail(str(e))
    if show:
        sys.stderr.write("\r\033[K")
    for w in summary.warnings:
        typer.echo(f"kg: warning: {w}", err=True)
    for err in summary.errors:
        typer.echo(f"kg: error: {err}", err=True)
    typer.echo(summary.line())
    if summary.store_error:
        _fail(f"{store or default_store_path() if not memory else 'memory store'}: {summary.store_error}; "
              "what was stored is kept, and running the same command again finishes the work")
    if summary.interrupted:
        typer.echo("kg: interrupted: the articles read so far are stored and resolved; run the same command "
                   "again to read the rest (unchanged articles are skipped)", err=True)
        raise typer.Exit(130)
    if summary.failed:
        raise typer.Exit(1)


# ----------------------------------------------------------------------------- query
@app.command(cls=_Command)
def query(
    name_or_file: Optional[str] = typer.Argument(None, help="A saved query's name (see `kg queries`) or a .rq file."),
    expr: Optional[str] = typer.Option(None, "--expr", "-e", help="A SPARQL query given inline."),
    param: Optional[List[str]] = typer.Option(None, "--param", "-p", help="Saved-query parameter NAME=VALUE; repeatable."),
    fmt: str = typer.Option("table", "--format", "-f", help="table, csv, tsv, json, xml; for CONSTRUCT/DESCRIBE: ttl, nt, nq, trig, jsonld, xml."),
    store: Optional[str] = StoreOpt,
    queries_dir: Optional[List[str]] = typer.Option(None, "--queries", help="Extra folder of your own .rq saved queries."),
    no_union: bool = typer.Option(False, "--no-union", help="Query the store's default graph only, not the union of all graphs."),
    timeout: Optional[float] = typer.Option(None, "--timeout", metavar="SECONDS",
                                            help="Stop the query after this many seconds (it runs in a child process "
                                                 "that is killed then). Default: no limit."),
    max_memory: Optional[int] = typer.Option(None, "--max-memory", metavar="MB", min=1,
                                             help="Stop the query when it needs more than this much memory (MB)."),
):
    """Run a SPARQL query: a saved query by name, a .rq file, or -e 'SELECT ...'.

    All graphs are queried together by default. Prefixes kg:, kgr:, schema:, prov:, sem:, time:, nif:, skos:, rdfs:, xsd: are predeclared.

    A saved query's parameters are bound as RDF terms; a name (--param actor=Iran, or USA) is looked up in the store's and the lexicons' labels and checked against the parameter's class. The answer does not repeat the parameters.

    Examples:

      kg query timeline --param actor=Iran --param type=WeaponSupplyAllegation

      kg query phone-calls --param person="Vladimir Putin" --format csv

      kg query -e 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }' -f csv

      kg query -e 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }' --timeout 10 --max-memory 2000
    """
    if timeout or max_memory:
        # pyoxigraph cannot cancel a query: run this same command in a child process and kill it at the limit
        from kg.limits import run_limited

        args = [sys.executable, "-m", "kg", "query"] + ([name_or_file] if name_or_file else [])
        for opt, v in (("--expr", expr), ("--format", fmt), ("--store", store)):
            if v is not None:
                args += [opt, v]
        args += [a for p in (param or []) for a in ("--param", p)] + [a for d in (queries_dir or []) for a in ("--queries", d)]
        args += ["--no-union"] if no_union else []
        sys.stdout.flush()
        try:
            reason = run_limited(args, timeout=timeout, max_memory=max_memory * 2**20 if max_memory else None)
        except SystemExit as e:
            raise typer.Exit(e.code) from None
        if reason:
            opt = "--timeout" if reason.startswith("time") else "--max-memory"
            _fail(f"query stopped: {reason[:-1]}; kg query {opt})")
        return
    from kg.queries import QueryError, load_library, run_saved
    from kg.store import run_query

    st = _open(store, read_only=True)
    _warn_pending(st)
    try:
        if expr:
            results = run_query(st, expr, union=not no_union)
        elif name_or_file and name_or_file.endswith(".rq") and Path(name_or_file).exists():
            results = run_query(st, Path(name_or_file).read_text(encoding="utf-8"), union=not no_union)
        elif name_or_file:
            lib = load_library(queries_dir or (), warn=lambda m: typer.echo(f"kg: warning: {m}", err=True))
            results = run_saved(st, lib, name_or_file, _params(param))  # without the parameter columns
        else:
            _fail("give a saved query name, a .rq file, or --expr 'SPARQL'")
            return
    except QueryError as e:
        _fail(str(e))
    except SyntaxError as e:
        _fail(f"SPARQL syntax error: {str(e).splitlines()[0]}")
    except OSError as e:
        _fail(f"query failed: {e}")
    _print_results(results, fmt)


def _warn_pending(st) -> None:
    """Answers from a store with unresolved article changes may miss events: say so."""
    from kg.store import pending_graphs

    n = len(pending_graphs(st))
    if n:
        typer.echo(f"kg: warning: {n} article change(s) await resolution (a write command was interrupted); "
                   "answers may miss events until any write command or `kg resolve` runs", err=True)


def _params(items) -> dict:
    out = {}
    for it in items or []:
        if "=" not in it:
            _fail(f"--param {it!r}: expected NAME=VALUE")
        k, v = it.split("=", 1)
        out[k.strip()] = v
    return out


def _print_results(results, fmt: str) -> None:
    from pyoxigraph import QueryBoolean, QuerySolutions

    from kg.store import RESULT_FORMATS, StoreError, rdf_format

    out = sys.stdout.buffer
    if isinstance(results, QueryBoolean):
        if fmt in RESULT_FORMATS:
            results.serialize(out, RESULT_FORMATS[fmt])
        else:
            typer.echo("true" if bool(results) else "false")
        return
    if isinstance(results, QuerySolutions):
        if fmt == "table":
            _table(results)
        elif fmt in RESULT_FORMATS:
            results.serialize(out, RESULT_FORMATS[fmt])
        else:
            _fail(f"unknown results format {fmt!r} (table, csv, tsv, json, xml)")
        return
    # CONSTRUCT / DESCRIBE: triples
    from pyoxigraph import serialize

    from kg.vocab import PREFIXES

    try:
        f = rdf_format("ttl" if fmt in ("table",) else fmt)
    except StoreError as e:
        _fail(str(e))
    serialize(results, out, f, prefixes=PREFIXES)


def _short(iri: str) -> str:
    from kg.vocab import PREFIXES

    best = max((ns for ns in PREFIXES.values() if iri.startswith(ns)), key=len, default=None)
    if best is None:
        return iri
    prefix = next(p for p, ns in PREFIXES.items() if ns == best)
    return f"{prefix}:{iri[len(best):]}"


def _table(results) -> None:
    names = [v.value for v in results.variables]
    rows = []
    for sol in results:
        row = []
        for n in names:
            t = sol[n]
            if t is None:
                row.append("")
                continue
            v = _short(t.value) if type(t).__name__ == "NamedNode" else t.value
            row.append(" ".join(v.split()))
        rows.append(row)
    tty = sys.stdout.isatty()
    limit = 70 if tty else 10_000
    rows = [[c if len(c) <= limit else c[: limit - 1] + "…" for c in r] for r in rows]
    widths = [max([len(n)] + [len(r[i]) for r in rows]) for i, n in enumerate(names)]
    typer.echo("  ".join(n.ljust(w) for n, w in zip(names, widths)).rstrip())
    typer.echo("  ".join("-" * w for w in widths))
    for r in rows:
        typer.echo("  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip())
    typer.echo(f"({len(rows)} row{'s' if len(rows) != 1 else ''})", err=True)


@app.command("queries", cls=_Command)
def list_queries(queries_dir: Optional[List[str]] = typer.Option(None, "--queries", help="Extra folder of your own .rq saved queries."),
                 as_json: bool = typer.Option(False, "--json", help="Print the queries' metadata as JSON.")):
    """List the saved queries with their parameters.

    Example: kg queries --json
    """
    from kg.queries import load_library

    lib = load_library(queries_dir or (), warn=lambda m: typer.echo(f"kg: warning: {m}", err=True))
    if as_json:
        typer.echo(json.dumps([q.metadata() for q in lib.values()], indent=2, ensure_ascii=False))
        return
    for q in lib.values():
        typer.echo(f"{q.name}: {q.title}")
        for p in q.params:
            flags = "required" if p.required else f"optional{f', default {p.default}' if p.default else ''}"
            allowed = f"; one of {', '.join(p.values)}" if p.values else ""
            typer.echo(f"    --param {p.name}=<{p.type}>  ({flags}{allowed}) {p.description}")


# ----------------------------------------------------------------------------- export / import
@app.command(cls=_Command)
def export(
    fmt: Optional[str] = typer.Option(None, "--format", "-f", help="ttl, trig, nt, nq, jsonld or xml (RDF); graphml or "
                                      "csv-network (the actor network). Default: from -o's extension, else ttl."),
    output: Optional[str] = typer.Option(None, "--output", "-o", help="Write to this file instead of stdout "
                                         "(csv-network: a folder, which gets nodes.csv and edges.csv)."),
    graph: Optional[str] = typer.Option(None, "--graph", "-g", help="Export one graph (an article IRI, key, URL or file) only."),
    actor: Optional[str] = typer.Option(None, "--actor", metavar="ACTOR", help="Network: only events this person, country or organisation takes part in (IRI or name)."),
    country: Optional[str] = typer.Option(None, "--country", metavar="COUNTRY", help="Network: only events this country takes part in, itself or through its people."),
    event_type: Optional[str] = typer.Option(None, "--type", metavar="TYPE", help="Network: only Meeting, PhoneCall or WeaponSupplyAllegation."),
    date_from: Optional[str] = typer.Option(None, "--from", metavar="DATE", help="Network: only events on or after this date (YYYY-MM-DD)."),
    date_to: Optional[str] = typer.Option(None, "--to", metavar="DATE", help="Network: only events on or before this date (YYYY-MM-DD)."),
    store: Optional[str] = StoreOpt,
):
    """Export the store (or one graph) as RDF, or the actor network for Gephi, Cytoscape or Neo4j.

    TriG, N-Quads and JSON-LD keep the named graphs; Turtle, N-Triples and RDF/XML hold the union of all graphs unless --graph is given (Turtle: each subject once).

    graphml and csv-network write who met, called or armed whom: countries and persons as nodes, events as edges weighted by count, filtered like the timeline query.

    Examples:

      kg export -o dump.trig

      kg export -f graphml -o network.graphml --country Iran

      kg export -f csv-network -o network --type Meeting --from 2023-01-01
    """
    from kg.store import StoreError, export as run, find_article, rdf_format

    st = _open(store, read_only=True)
    network_fmt = (fmt or "").lower() if (fmt or "").lower() in NETWORK_FORMATS else \
        NETWORK_FORMATS.get(Path(output).suffix.lower()) if output and not fmt else None
    filters = {"--actor": actor, "--country": country, "--type": event_type, "--from": date_from, "--to": date_to}
    if network_fmt:
        if graph:
            _fail("--graph picks an RDF graph; the network is drawn from the resolved events (use --actor, --country, ...)")
        _export_network(st, network_fmt, output, actor, country, event_type, date_from, date_to)
        return
    given = [k for k, v in filters.items() if v]
    if given:
        _fail(f"{', '.join(given)}: a filter of the actor network only (--format graphml or csv-network)")
    try:
        f = rdf_format(fmt, output)
        g = None
        if graph:
            g = find_article(st, graph)
            if g is None:
                from pyoxigraph import NamedNode

                if graph.startswith(("http://", "https://")) and st.contains_named_graph(NamedNode(graph)):
                    g = NamedNode(graph)
                else:
                    _fail(f"no graph or article {graph!r} in the store")
        if output:
            with open(output, "wb") as fh:
                run(st, f, fh, g)
            typer.echo(f"wrote {output}", err=True)
        else:
            run(st, f, sys.stdout.buffer, g)
    except StoreError as e:
        _fail(str(e))
    except OSError as e:
        _fail(f"{output}: {e.strerror or e}")


NETWORK_FORMATS = {"graphml": "graphml", "csv-network": "csv-network", ".graphml": "graphml"}


def _export_network(st, fmt, output, actor, country, event_type, date_from, date_to) -> None:
    from kg.network import NetworkError, actor_network, write_csv, write_graphml
    from kg.queries import QueryError, resolve_value

    try:
        net = actor_network(
            st,
            actor=resolve_value(st, "--actor", actor, "kg:Actor").value if actor else None,
            country=resolve_value(st, "--country", country, "kg:Country").value if country else None,
            event_type=resolve_value(st, "--type", event_type, "kg:EventClass").value.rsplit("#", 1)[-1] if event_type else None,
            date_from=resolve_value(st, "--from", date_from, "xsd:date").value if date_from else None,
            date_to=resolve_value(st, "--to", date_to, "xsd:date").value if date_to else None)
        if fmt == "csv-network":
            if not output:
                _fail("csv-network writes two files: give a folder with -o (it gets nodes.csv and edges.csv)")
            nodes, edges = write_csv(net, output)
            typer.echo(f"wrote {nodes} ({len(net.nodes)} nodes) and {edges} ({len(net.edges)} edges)", err=True)
        else:
            write_graphml(net, output or sys.stdout.buffer)
            if output:
                typer.echo(f"wrote {output}: {len(net.nodes)} nodes, {len(net.edges)} edges", err=True)
    except (QueryError, NetworkError) as e:
        _fail(str(e).replace("parameter '--", "'--"))
    except OSError as e:
        _fail(f"{output}: {e.strerror or e}")


@app.command("import", cls=_Command)
def import_(
    files: List[str] = typer.Argument(..., help="RDF files: .ttl .trig .nt .nq .jsonld .rdf/.xml"),
    fmt: Optional[str] = typer.Option(None, "--format", "-f", help="Format, if the extension does not tell."),
    graph: Optional[str] = typer.Option(None, "--graph", "-g", help="Load triple formats into this named graph (IRI)."),
    store: Optional[str] = StoreOpt,
):
    """Load RDF files (e.g. an export) into the store, each file in one transaction.

    An article graph in a file replaces the store's article of the same name; the
    resolved events are then recomputed for the articles imported (a file's own copy of
    the resolved-events graph is skipped: it is derived data).

    Example: kg export -o dump.trig ; kg import dump.trig --store copy-store
    """
    from pyoxigraph import NamedNode

    from kg.resolve import resolve_pending
    from kg.store import StoreError, import_file, rdf_format

    st = _open(store)
    failed = 0
    for f in files:
        try:
            n, skipped = import_file(st, f, rdf_format(fmt, f) if fmt else None, NamedNode(graph) if graph else None)
            typer.echo(f"{f}: {n} quads loaded" + (f" ({skipped} quads of derived graphs skipped: they are recomputed)"
                                                   if skipped else ""))
        except StoreError as e:
            typer.echo(f"kg: error: {e}", err=True)
            failed += 1
    res = _resolve(st, resolve_pending, store)
    if res.articles:
        typer.echo(res.line())
    if failed:
        raise typer.Exit(1)


def _resolve(st, how, store):
    """Run a resolution; a store that cannot be written is a one-line error."""
    from kg.resolve import ResolveError
    from kg.store import default_store_path

    try:
        return how(st)
    except ResolveError as e:
        _fail(f"{store or default_store_path()}: {e}")
    except OSError as e:
        _fail(f"{store or default_store_path()}: the store could not be written ({str(e).splitlines()[0]}); "
              "run the command again, or `kg resolve`, when the problem is fixed")


@app.command(cls=_Command)
def resolve(store: Optional[str] = StoreOpt):
    """Resolve the whole store again from its article graphs.

    Rebuilds the resolved events (one per real event, with merge decisions) and the
    shared entities graph from the article graphs, in one transaction, and clears any
    pending work an interrupted command left. The result is what a clean build of the
    same articles gives. Every write command already resolves what it changed (and what
    an interrupted one left), so this is the repair of last resort, e.g. after editing
    the store by hand with SPARQL UPDATE.

    Example: kg resolve --store kg-store
    """
    from kg.resolve import resolve_all

    st = _open(store)
    typer.echo(_resolve(st, resolve_all, store).line().replace("changed article(s)", "articles"))


# ----------------------------------------------------------------------------- stats / remove
@app.command(cls=_Command)
def stats(store: Optional[str] = StoreOpt, as_json: bool = typer.Option(False, "--json", help="Print as JSON.")):
    """Articles, graphs, triples and instances per class.

    Example: kg stats --json
    """
    from kg.store import stats as run

    st = _open(store, read_only=True)
    s = run(st)
    if as_json:
        typer.echo(json.dumps(s, indent=2))
        return
    typer.echo(f"articles  {s['articles']}\ngraphs    {s['graphs']}\ntriples   {s['triples']}")
    if s["pending"]:
        typer.echo(f"pending   {s['pending']} article change(s) not resolved yet (an interrupted command; "
                   "the next write command, or `kg resolve`, finishes it)")
    if s["classes"]:
        typer.echo("instances per class:")
        w = max(len(c) for c in s["classes"])
        for c, n in s["classes"].items():
            typer.echo(f"  {c.ljust(w)}  {n}")


@app.command(cls=_Command)
def remove(
    articles: List[str] = typer.Argument(..., help="Article IRI, key, URL, source file or name (as `kg stats`/queries show)."),
    store: Optional[str] = StoreOpt,
):
    """Delete articles' graphs, then update the events resolved across articles.

    Events only these articles reported disappear; merged events lose them as a source;
    entities no remaining article describes are dropped.

    Example: kg remove a02_retno_terima_lavrov_jakarta
    """
    from kg.resolve import resolve_pending
    from kg.store import find_article, remove_graph

    st = _open(store)
    missing = 0
    for a in articles:
        g = find_article(st, a)
        if g is None:
            typer.echo(f"kg: error: {a}: no such article in the store", err=True)
            missing += 1
            continue
        remove_graph(st, g)
        typer.echo(f"removed {g.value}")
    _resolve(st, resolve_pending, store)  # also finishes what an interrupted command left
    if missing:
        raise typer.Exit(1)


# ----------------------------------------------------------------------------- extraction
@app.command(cls=_Command)
def extract(
    files: List[str] = typer.Argument(..., help="Article files or folders; '-' reads stdin."),
    fmt: str = typer.Option("text", "--format", "-f", help="text (readable, with evidence), json (gold schema + offsets) or ttl."),
    lexicon: Optional[List[str]] = LexiconOpt,
):
    """Show what would be extracted from articles, without touching the store.

    Example: kg extract examples/articles/a02_retno_terima_lavrov_jakarta.txt
    """
    from kg.article import ArticleError, ArticleSkipped
    from kg.events import Extractor
    from kg.lexicon import LexiconError, load_lexicon
    from kg.pipeline import iter_articles

    try:
        ext = Extractor(load_lexicon(tuple(lexicon or ())))
    except LexiconError as e:
        _fail(str(e))
    failed = 0
    results = {}
    ttl_quads = []
    for item in iter_articles(files):
        if isinstance(item, ArticleSkipped):
            typer.echo(f"kg: warning: {item}", err=True)
            continue
        if isinstance(item, ArticleError):
            typer.echo(f"kg: error: {item}", err=True)
            failed += 1
            continue
        for w in item.warnings:
            typer.echo(f"kg: warning: {w}", err=True)
        ex = ext.extract(item)
        if fmt == "json":
            results[item.name] = ex.to_json()
        elif fmt == "ttl":
            from kg.rdf import article_quads

            ttl_quads.extend(article_quads(item, ex))
        else:
            _print_extraction(item, ex)
    if fmt == "json":
        typer.echo(json.dumps(results if len(results) != 1 else next(iter(results.values())), indent=2, ensure_ascii=False))
    elif fmt == "ttl":
        from pyoxigraph import RdfFormat, serialize

        from kg.vocab import PREFIXES

        serialize(ttl_quads, sys.stdout.buffer, RdfFormat.TRIG, prefixes=PREFIXES)
    if failed:
        raise typer.Exit(1)


def _print_extraction(article, ex) -> None:
    pub = article.published.isoformat() if article.published else "no date line"
    typer.echo(f"== {article.source}  [{article.lang}, {pub}{', ' + article.outlet if article.outlet else ''}]")
    if article.title:
        typer.echo(f"   {article.title}")
    j = ex.to_json()
    typer.echo(f"   persons:   {', '.join(j['persons']) or '-'}")
    typer.echo(f"   countries: {', '.join(j['countries']) or '-'}")
    if not j["events"]:
        typer.echo("   (no events)")
    for e in j["events"]:
        if e["type"] == "WeaponSupplyAllegation":
            head = (f"{e['type']}: {e['supplier']} -> {e['recipient']}, {e['weapon']}"
                    f"{' (' + e['weapon_name'] + ')' if e.get('weapon_name') else ''}, {e['stance']}")
        else:
            head = f"{e['type']}: {', '.join(e['participants'])}" + (f" @ {e['place']}" if e.get("place") else "")
        typer.echo(f"   * {head}")
        typer.echo(f"     date: {e['date'] or '-'}   claimed by: {', '.join(e['claimed_by']) or '-'}")
        for sp in e["evidence_spans"]:
            typer.echo(f"     [{sp['start']}:{sp['end']} {sp['rule']}] {article.text[sp['start']:sp['end']]}")
    for e in j.get("denied_events", []):  # said not to have happened: not events, shown as claims
        typer.echo(f"   - denied {e['type']}: {', '.join(e['participants'])}   denied by: {', '.join(e['claimed_by']) or '-'}")
        for sp in e["evidence_spans"]:
            typer.echo(f"     [{sp['start']}:{sp['end']} {sp['rule']}] {article.text[sp['start']:sp['end']]}")
    typer.echo("")


@app.command("eval", cls=_Command)
def eval_(
    gold_dir: Path = typer.Argument(..., help="Folder of gold JSON files (FORMAT.md), optionally with corpus.json."),
    articles_dir: Path = typer.Argument(..., help="Folder of the articles (same file stems as the gold files)."),
    lexicon: Optional[List[str]] = LexiconOpt,
    verbose: bool = typer.Option(True, "--misses/--no-misses", help="Print each article's misses."),
    as_json: bool = typer.Option(False, "--json", help="Print only the totals, as JSON (for scripts)."),
):
    """Score the extractor against gold annotations (rules of FORMAT.md).

    Prints per-article misses, event precision/recall/F1 (overall and per event type),
    argument accuracy, person and country F1; with GOLD_DIR/corpus.json also the
    cross-article (merged) score. Gold evidence may be quoted (`evidence`) or given as
    character offsets (`evidence_spans`); it is not scored.

    Example: kg eval ../shared/gold ../shared/seeds
    """
    from kg.evaluate import run_eval

    if not gold_dir.is_dir():
        _fail(f"{gold_dir}: not a folder")
    if not articles_dir.is_dir():
        _fail(f"{articles_dir}: not a folder")
    ok = run_eval(gold_dir, articles_dir, tuple(lexicon or ()), verbose, typer.echo, as_json)
    if not ok:
        raise typer.Exit(1)


@app.command(cls=_Command)
def validate(
    file: Optional[str] = typer.Argument(None, help="An RDF file to validate instead of the store."),
    store: Optional[str] = StoreOpt,
):
    """Check the graph against the SHACL shapes (ontology/shapes.ttl) with pyshacl.

    A file that is not valid RDF is one line naming the file and the problem (exit status 1).

    Examples: kg validate ; kg export -f ttl -o graph.ttl ; kg validate graph.ttl
    """
    from kg.validate import ValidateError, validate_file, validate_store

    if file:
        if not Path(file).exists():
            _fail(f"{file}: no such file")
        try:
            ok, report = validate_file(file)
        except ValidateError as e:
            _fail(str(e))
    else:
        ok, report = validate_store(_open(store, read_only=True))
    typer.echo(report)
    if not ok:
        raise typer.Exit(1)


@app.command(cls=_Command)
def merges(
    explain: Optional[str] = typer.Option(None, "--explain", help="Show the reports merged into this event (IRI or its last part) side by side."),
    store: Optional[str] = StoreOpt,
):
    """List the cross-article merges: which article reports became one event, and why.

    Example: kg merges
    """
    from kg.resolve import explain_event, list_merges

    st = _open(store, read_only=True)
    typer.echo(explain_event(st, explain) if explain else list_merges(st))


@app.command(cls=_Command)
def serve(
    store: Optional[str] = StoreOpt,
    host: str = typer.Option("127.0.0.1", help="Address to bind (127.0.0.1: this machine only)."),
    port: int = typer.Option(7878, help="Port."),
    queries_dir: Optional[List[str]] = typer.Option(None, "--queries", help="Extra folder of your own .rq saved queries."),
    timeout: float = typer.Option(30.0, help="Query time limit in seconds: a query still running then is stopped "
                                             "(its worker process is killed and replaced) and answered 503."),
    max_memory: Optional[int] = typer.Option(None, "--max-memory", metavar="MB", min=1,
                                             help="Memory cap per query worker in MB: a query that needs more is "
                                                  "stopped and answered 503. Default: none."),
    slots: Optional[int] = typer.Option(None, "--slots", min=1,
                                        help="Queries that run at once per server process, each in its own worker "
                                             "process (default: two per CPU)."),
    max_rows: int = typer.Option(10_000, "--max-rows", help="Result-size limit (rows or triples)."),
    allow_update: bool = typer.Option(False, "--allow-update", help="Accept SPARQL UPDATE (needs $KG_TOKEN as a bearer token)."),
    allow_service: bool = typer.Option(False, "--allow-service", help="Allow federated SERVICE calls (off: an open endpoint must not fetch URLs)."),
    cors: Optional[List[str]] = typer.Option(None, "--cors", metavar="ORIGIN",
                                             help="Let web pages from this origin (e.g. https://dash.example.org, "
                                                  "or * for any) read the answers in a browser (CORS). Off by "
                                                  "default: any site you visit could otherwise read your store."),
    allowed_host: Optional[List[str]] = typer.Option(None, "--allowed-host", metavar="NAME",
                                                     help="Also answer requests for this host name (the Host header; "
                                                          "e.g. kg.example.org, *.example.org, or * for any). "
                                                          "Default: localhost names and the --host address only."),
    processes: int = typer.Option(1, "--processes", "-P", min=0,
                                  help="Server processes sharing the port (0: one per CPU). More than one lets many "
                                       "small queries use every core; read-only; Linux/macOS."),
    max_connections: int = typer.Option(2048, "--max-connections", min=1,
                                        help="Connections each server process holds at once; more wait in the "
                                             "listen backlog until one closes."),
    header_timeout: float = typer.Option(10.0, "--header-timeout", metavar="SECONDS", min=0.1,
                                         help="Time a client has to send a request's head; slow or idle "
                                              "connections are closed after it."),
):
    """Serve the SPARQL endpoint, the saved queries and a web page over HTTP.

    Examples:

      kg serve                                  # http://127.0.0.1:7878/

      kg serve --store my-store --port 8000 --timeout 10 --max-memory 2000 --max-rows 5000

      kg serve --processes 0                    # one process per CPU, for busy dashboards

      kg serve --cors https://dash.example.org  # that site's pages may read the answers

      kg serve --host 0.0.0.0 --allowed-host kg.example.org   # reached by that name

      KG_TOKEN=s3cret kg serve --allow-update   # POST /sparql updates with a bearer token
    """
    from kg.store import StoreError, check_store, default_store_path, lock_store

    token = os.environ.get("KG_TOKEN")
    if allow_update and not token:
        _fail("--allow-update needs a bearer token in $KG_TOKEN")
    n = processes or (os.cpu_count() or 1)
    if n > 1 and allow_update:
        _fail("--allow-update needs a single process (updates go through one writer): drop --processes")
    path = store or default_store_path()
    try:
        check_store(path)  # the query workers open the store themselves
        lock_store(path, exclusive=allow_update)  # held until kg serve stops
    except StoreError as e:
        _fail(str(e))
    from kg.web.serve import serve as run

    run(path, host=host, port=port, queries_dirs=queries_dir or (), timeout=timeout, max_rows=max_rows,
        max_memory=max_memory * 2**20 if max_memory else None, slots=slots, processes=n,
        allow_update=allow_update, token=token, allow_service=allow_service, cors=tuple(cors or ()),
        allowed_hosts=tuple(allowed_host or ()), max_connections=max_connections, header_timeout=header_timeout)


def main():
    app()


if __name__ == "__main__":
    main()
