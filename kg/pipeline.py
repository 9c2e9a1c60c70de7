"""The ingest job: article files -> clean articles -> events -> RDF -> the store.

>>> import pathlib, tempfile
>>> from kg.store import open_store, stats
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "retno.txt").write_text("Judul\\nSenin, 3 Juli 2023 - 10:00 WIB\\nJAKARTA - Menteri Luar "
...     "Negeri Retno Marsudi bertemu Menteri Luar Negeri Rusia Sergei Lavrov di Jakarta.", encoding="utf-8")
>>> store = open_store(None)
>>> summary = ingest([str(folder)], store)
>>> summary.added, summary.failed, summary.events, stats(store)["articles"]
(1, 0, 1, 1)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Iterable

from pyoxigraph import Store

from kg.article import Article, ArticleError, ArticleSkipped
from kg.events import Extractor
from kg.lexicon import load_lexicon
from kg.rdf import article_quads
from kg.resolve import Resolution, resolve_pending
from kg.store import graph_hash, graphs_from_source, write_graph
from kg.reading import read_path
from kg.vocab import article_iri


@dataclass
class IngestSummary:
    read: int = 0
    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    skipped: int = 0
    failed: int = 0
    triples: int = 0
    events: int = 0
    errors: list[str] = field(default_factory=list)     # one line each: "PATH[:LINE]: cause"
    warnings: list[str] = field(default_factory=list)   # the same, for what was stored or skipped anyway
    graphs: list[str] = field(default_factory=list)
    resolution: Resolution | None = None
    interrupted: bool = False
    store_error: str | None = None  # the resolution could not be written (its marks stay for the next run)

    def line(self) -> str:
        skipped = f", {self.skipped} skipped" if self.skipped else ""
        return (f"{self.read} articles read: {self.added} added, {self.replaced} replaced, "
                f"{self.unchanged} unchanged{skipped}, {self.failed} failed; {self.events} events, {self.triples} triples written")


def iter_articles(paths: Iterable[str], max_bytes: int | None = None) -> Iterable[Article | ArticleError]:
    for p in paths:
        yield from (read_path(p, max_bytes) if max_bytes else read_path(p))


def ingest(paths: Iterable[str], store: Store, *, lexicons: tuple[str, ...] = (), merge: bool = True,
           max_bytes: int | None = None, on_item: Callable[[str, str], None] | None = None) -> IngestSummary:
    """Read, extract and store every article under *paths*, one transaction per article,
    then resolve events across articles.

    Every article is written together with a mark that it awaits resolution, and the
    resolution at the end covers every mark in the store, including those left by an
    earlier run that was killed: re-running a command that crashed finishes its work.
    Ctrl-C stops reading and still resolves what was written (``summary.interrupted``).

    *on_item(source, status)* is called once per article (for progress display)."""
    summary = IngestSummary()
    extractor = Extractor(load_lexicon(lexicons))
    try:
        for item in iter_articles(paths, max_bytes):
            summary.read += 1
            status = _ingest_one(item, store, extractor, merge, summary)
            if on_item:
                on_item(item.source, status)
    except KeyboardInterrupt:
        summary.interrupted = True
    try:
        summary.resolution = resolve_pending(store)
    except OSError as e:  # the store cannot be written: the marks stay, the next write resolves them
        summary.store_error = summary.store_error or _store_problem(e)
    return summary


def _ingest_one(item: Article | ArticleError, store: Store, extractor: Extractor, merge: bool,
                summary: IngestSummary) -> str:
    """Store one article (or count its reading problem); returns its status."""
    if isinstance(item, ArticleSkipped):
        summary.skipped += 1
        summary.warnings.append(str(item))
        return "skipped"
    if isinstance(item, ArticleError):
        summary.failed += 1
        summary.errors.append(str(item))
        return "failed"
    summary.warnings.extend(item.warnings)
    try:
        status, n_triples, n_events = store_article(store, item, extractor, no_merge=not merge)
    except OSError as e:  # the store refused this article (disk full, ...); a smaller one may still fit
        summary.failed += 1
        summary.errors.append(f"{item.source}: not stored: {_store_problem(e)}")
        return "failed"
    except RecursionError:
        summary.failed += 1
        summary.errors.append(f"{item.source}: too deeply nested to process")
        return "failed"
    except Exception as e:  # noqa: BLE001 -- one article's failure must not stop the batch
        summary.failed += 1
        summary.errors.append(f"{item.source}: could not be processed, a bug in kg ({_words(e)}); "
                               "please report it with this file")
        return "failed"
    setattr(summary, status, getattr(summary, status) + 1)
    summary.triples += n_triples
    summary.events += n_events
    summary.graphs.append(article_iri(item.key).value)
    return status


def _store_problem(e: OSError) -> str:
    return f"the store could not be written ({_words(e)})"


def _words(e: BaseException) -> str:
    """An exception's own message, without its class name (the first line only)."""
    text = (getattr(e, "strerror", None) or str(e) or "no details").strip()
    return text.splitlines()[0] if text else "no details"


def store_article(store: Store, article: Article, extractor: Extractor, no_merge: bool = False) -> tuple[str, int, int]:
    """Extract and write one article; returns (added|replaced|unchanged, triples, events)."""
    g = article_iri(article.key)
    previous = [x for x in graphs_from_source(store, article.source_path) if x != g] if article.source_path else []
    if graph_hash(store, g) == article.content_hash and not previous:
        return "unchanged", 0, 0
    extraction = extractor.extract(article)
    quads = _Counted(article_quads(article, extraction, no_merge=no_merge))
    status = write_graph(store, g, quads, replace=previous)
    if previous and status == "added":
        status = "replaced"
    return status, quads.n, len(extraction.events)


class _Counted:
    """Pass quads through to the store (streaming) while counting them."""

    def __init__(self, quads):
        self.quads, self.n = quads, 0

    def __iter__(self):
        for q in self.quads:
            self.n += 1
            yield q
