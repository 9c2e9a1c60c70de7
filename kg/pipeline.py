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

import os
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

from pyoxigraph import NamedNode, RdfFormat, Store, parse, serialize

from kg.article import Article, ArticleError, ArticleSkipped
from kg.events import Extractor
from kg.rdf import article_quads
from kg.reading import MAX_ARTICLE_BYTES, read_path
from kg.resolve import Resolution, resolve_pending
from kg.store import graph_hash, graphs_from_source, pending_marks, write_graph
from kg.vocab import article_iri
from kg.work import ArticleResult, article_result, bug_message, extractor_for, iter_units, units_results
from kg.work import words as _words


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
    store_error: str | None = None  # the resolution could not be written (its marks stay for the next run),
    #                                 or a worker process died: the job stopped early

    def line(self) -> str:
        skipped = f", {self.skipped} skipped" if self.skipped else ""
        return (f"{self.read} articles read: {self.added} added, {self.replaced} replaced, "
                f"{self.unchanged} unchanged{skipped}, {self.failed} failed; {self.events} events, {self.triples} triples written")


def iter_articles(paths: Iterable[str], max_bytes: int | None = None) -> Iterable[Article | ArticleError]:
    for p in paths:
        yield from (read_path(p, max_bytes) if max_bytes else read_path(p))


def ingest(paths: Iterable[str], store: Store, *, lexicons: tuple[str, ...] = (), merge: bool = True,
           max_bytes: int | None = None, on_item: Callable[[str, str], None] | None = None,
           jobs: int = 1) -> IngestSummary:
    """Read, extract and store every article under *paths*, then resolve events across
    articles.

    With *jobs* > 1, reading and extraction (:func:`kg.work.unit_results`, the function
    the distributed path maps too) run in that many worker processes, and this process
    writes their results in input order, so the store is the same as with one job (where
    each article's quads stream straight into its own transaction).

    Every article is written together with a mark that it awaits resolution (several new
    articles may share one transaction: each is there with its mark, or not at all), and
    the resolution at the end covers every mark in the store, including those left by an
    earlier run that was killed: re-running a command that crashed finishes its work.
    Ctrl-C stops reading and still resolves what was written (``summary.interrupted``).

    *on_item(source, status)* is called once per article (for progress display)."""
    summary = IngestSummary()
    max_bytes = max_bytes or MAX_ARTICLE_BYTES
    extractor = extractor_for(lexicons)  # a bad lexicon file fails here, before any worker starts
    writer = BatchWriter(store, summary) if jobs > 1 else None
    results = pooled_results(iter_units(paths, max_bytes), jobs, max_bytes, lexicons, merge) if writer else None
    try:
        if writer is None:  # one process: each article streamed into its own transaction
            for item in iter_articles(paths, max_bytes):
                summary.read += 1
                status = _ingest_one(item, store, extractor, merge, summary)
                if on_item:
                    on_item(item.source, status)
        else:
            for r in results:
                summary.read += 1
                status = writer.take(r)
                if on_item:
                    on_item(r.source, status)
    except KeyboardInterrupt:
        summary.interrupted = True
    except WorkerError as e:
        summary.store_error = str(e)  # stop reading; what was counted is written and resolved below
    if writer is not None:
        results.close()  # stops the workers (what they were still doing is not needed)
        writer.flush()
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
        summary.errors.append(bug_message(item.source, e))
        return "failed"
    setattr(summary, status, getattr(summary, status) + 1)
    summary.triples += n_triples
    summary.events += n_events
    summary.graphs.append(article_iri(item.key).value)
    return status


def pooled_results(units, jobs: int, max_bytes: int = MAX_ARTICLE_BYTES, lexicons: tuple[str, ...] = (),
                   merge: bool = True, chunk: int = 8) -> Iterator[ArticleResult]:
    """:func:`kg.work.unit_results` over *units* in *jobs* worker processes, results in
    input order. A bounded number of tasks is in flight, so a corpus of millions of files
    is never held in memory. Workers ignore Ctrl-C: the parent stops them."""
    import multiprocessing
    from collections import deque
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    # a fresh process forks the workers (not this one, which holds an open store and its threads)
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["kg._warm"])
    pool = ProcessPoolExecutor(jobs, mp_context=ctx, initializer=_worker_start, initargs=(lexicons, os.getpid()))
    window: deque = deque()  # futures, or results made here (reading errors: nothing to extract)

    def submit(todo):
        window.append((todo, pool.submit(units_results, todo, max_bytes, lexicons, merge)))

    def ready():
        head = window.popleft()
        if not isinstance(head, tuple):
            return head
        todo, future = head
        try:
            return [r for rs in future.result() for r in rs]
        except BrokenProcessPool:
            raise WorkerError("a worker process died (killed, or out of memory?)") from None
        except Exception as e:  # noqa: BLE001 -- a bug outside the per-article guard: these files fail, not the batch
            return [ArticleResult(getattr(u, "source", "?"), "failed", bug_message(getattr(u, "source", "?"), e))
                    for u in todo]

    try:
        todo: list = []
        for unit in units:
            if isinstance(unit, ArticleError):  # not picklable as such, and nothing to do
                if todo:
                    submit(todo)
                    todo = []
                window.append([article_result(unit, None)])
            else:
                todo.append(unit)
                if len(todo) >= chunk:
                    submit(todo)
                    todo = []
            while len(window) > 4 * jobs:
                yield from ready()
        if todo:
            submit(todo)
        while window:
            yield from ready()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


class WorkerError(Exception):
    """A worker process of ``--jobs`` died; one line."""


def _worker_start(lexicons: tuple[str, ...], owner: int) -> None:
    import signal
    import threading

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    # A worker waits for tasks on a queue it also holds the writing end of, so it would wait
    # for ever if `kg` were killed (kill -9): it watches the `kg` process and ends with it.
    threading.Thread(target=_end_with, args=(owner,), daemon=True).start()
    extractor_for(lexicons)


def _end_with(owner: int) -> None:
    import time

    while True:
        time.sleep(0.5)
        try:
            os.kill(owner, 0)
        except ProcessLookupError:
            os._exit(1)
        except PermissionError:  # the pid now belongs to another user's process: ours is gone
            os._exit(1)


class BatchWriter:
    """Writes :class:`~kg.work.ArticleResult` s in order, deciding added / replaced /
    unchanged against the store as a serial run would.

    New articles are gathered and written several at a time, each with its pending mark,
    in one transaction (``Store.load`` of their N-Quads); an article whose graph or file
    is already in the store (replaced) is written on its own, with its old graphs dropped
    in the same transaction. Before deciding about an article whose key or file is in the
    unwritten batch, the batch is written, so the decisions are a serial run's."""

    MAX_QUADS = 5000  # small transactions: Oxigraph's cost per quad grows with the transaction

    def __init__(self, store: Store, summary: IngestSummary):
        self.store, self.summary = store, summary
        self.batch: list[ArticleResult] = []
        self.quads = 0
        self.keys: set[str] = set()
        self.files: set[str] = set()

    def _conflicts(self, key: str, source_path: str | None) -> None:
        if key in self.keys or (source_path and source_path in self.files):
            self.flush()

    def _previous(self, g: NamedNode, source_path: str | None) -> list[NamedNode]:
        return [x for x in graphs_from_source(self.store, source_path) if x != g] if source_path else []

    def unchanged(self, key: str, content_hash: str, source_path: str | None) -> bool:
        self._conflicts(key, source_path)
        g = article_iri(key)
        return graph_hash(self.store, g) == content_hash and not self._previous(g, source_path)

    def take(self, r: ArticleResult) -> str:
        """Count (and write, or queue) one result; returns its status."""
        summary = self.summary
        if r.status == "skipped":
            summary.skipped += 1
            summary.warnings.append(r.message)
            return "skipped"
        summary.warnings.extend(r.warnings)
        if r.key and self.unchanged(r.key, r.content_hash, r.source_path):
            summary.unchanged += 1
            return "unchanged"
        if r.status == "failed":
            summary.failed += 1
            summary.errors.append(r.message)
            return "failed"
        g = article_iri(r.key)
        previous = self._previous(g, r.source_path)
        if previous or self.store.contains_named_graph(g):
            try:
                status = write_graph(self.store, g, parse(r.nquads, format=RdfFormat.N_QUADS), replace=previous)
            except OSError as e:  # the store refused this article (disk full, ...); a smaller one may still fit
                return self._failed(r, e)
            status = "replaced" if previous and status == "added" else status
        else:
            status = "added"
            self.batch.append(r)
            self.keys.add(r.key)
            if r.source_path:
                self.files.add(r.source_path)
            self.quads += r.triples
        setattr(summary, status, getattr(summary, status) + 1)
        summary.triples += r.triples
        summary.events += r.events
        summary.graphs.append(article_iri(r.key).value)
        if self.quads >= self.MAX_QUADS:
            self.flush()
        return status

    def flush(self) -> None:
        """Write the queued new articles with their marks, in one transaction; if the store
        refuses it, one article at a time, and those it refuses count as failed."""
        batch, self.batch, self.quads = self.batch, [], 0
        self.keys, self.files = set(), set()
        if not batch:
            return
        try:
            self._load(batch)
        except OSError:
            for r in batch:
                try:
                    self._load([r])
                except OSError as e:
                    self._unqueue(r)
                    self._failed(r, e)

    def _load(self, batch: list[ArticleResult]) -> None:
        marks = pending_marks(self.store, [article_iri(r.key) for r in batch])
        self.store.load(b"".join(r.nquads for r in batch) + serialize(marks, format=RdfFormat.N_QUADS),
                        format=RdfFormat.N_QUADS)

    def _unqueue(self, r: ArticleResult) -> None:
        s = self.summary
        s.added -= 1
        s.triples -= r.triples
        s.events -= r.events
        s.graphs.remove(article_iri(r.key).value)

    def _failed(self, r: ArticleResult, e: OSError) -> str:
        self.summary.failed += 1
        self.summary.errors.append(f"{r.source}: not stored: {_store_problem(e)}")
        return "failed"


def _store_problem(e: OSError) -> str:
    return f"the store could not be written ({_words(e)})"


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
