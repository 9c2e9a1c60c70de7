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

from kg.article import Article, ArticleError, read_path
from kg.events import Extractor
from kg.lexicon import load_lexicon
from kg.rdf import article_quads
from kg.store import graph_hash, graphs_from_source, write_graph
from kg.vocab import article_iri


@dataclass
class IngestSummary:
    read: int = 0
    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    failed: int = 0
    triples: int = 0
    events: int = 0
    errors: list[str] = field(default_factory=list)
    graphs: list[str] = field(default_factory=list)

    def line(self) -> str:
        return (f"{self.read} articles read: {self.added} added, {self.replaced} replaced, "
                f"{self.unchanged} unchanged, {self.failed} failed; {self.events} events, {self.triples} triples written")


def iter_articles(paths: Iterable[str], max_bytes: int | None = None) -> Iterable[Article | ArticleError]:
    for p in paths:
        yield from (read_path(p, max_bytes) if max_bytes else read_path(p))


def ingest(paths: Iterable[str], store: Store, *, lexicons: tuple[str, ...] = (), merge: bool = True,
           max_bytes: int | None = None, on_item: Callable[[str, str], None] | None = None) -> IngestSummary:
    """Read, extract and store every article under *paths*; one transaction per article.

    *on_item(source, status)* is called once per article (for progress display)."""
    summary = IngestSummary()
    extractor = Extractor(load_lexicon(lexicons))
    touched = []
    for item in iter_articles(paths, max_bytes):
        summary.read += 1
        if isinstance(item, ArticleError):
            summary.failed += 1
            summary.errors.append(str(item))
            if on_item:
                on_item(item.source, "failed")
            continue
        try:
            status, n_triples, n_events = store_article(store, item, extractor, no_merge=not merge)
        except Exception as e:  # one article's failure must not stop the batch
            summary.failed += 1
            summary.errors.append(f"{item.source}: {type(e).__name__}: {e}")
            if on_item:
                on_item(item.source, "failed")
            continue
        setattr(summary, status, getattr(summary, status) + 1)
        summary.triples += n_triples
        summary.events += n_events
        summary.graphs.append(article_iri(item.key).value)
        if status != "unchanged":
            touched.append(article_iri(item.key))
        if on_item:
            on_item(item.source, status)
    if touched:
        from kg.resolve import update_resolution

        update_resolution(store, touched)
    return summary


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
