"""The per-article work, as a pure function: read -> clean -> extract -> quads.

Everything that does not need the store happens here, so it can run anywhere: in this
process (``kg ingest --jobs 1``), in worker processes (``--jobs N``), or on the workers of
a Dask cluster (``kg ingest --cluster``). What comes back is plain, picklable data
(:class:`ArticleResult`): the article's quads as N-Quads text, its identity and counts,
or the one-line reason it was skipped or failed. Writing, the unchanged/replaced
decisions and the resolution stay with whoever holds the store.

>>> from kg.resources import examples_dir
>>> from kg.reading import read_units
>>> (unit,) = read_units(examples_dir() / "r05_erdogan_telepon_putin.txt")
>>> (result,) = unit_results(unit)
>>> result.status, result.events > 0, result.nquads.count(b"\\n") == result.triples
('article', True, True)
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Iterable, Iterator

from kg.article import Article, ArticleError, ArticleSkipped
from kg.reading import MAX_ARTICLE_BYTES, FileToRead, read_units

Unit = "FileToRead | Article | ArticleError"


@dataclass
class ArticleResult:
    """One article's outcome, computed without the store.

    *status* is ``article`` (extracted: *key*, *content_hash*, *nquads* are set),
    ``skipped`` or ``failed`` (*message* is the one-line ``SOURCE: cause``)."""

    source: str
    status: str
    message: str = ""
    warnings: list[str] = field(default_factory=list)
    key: str = ""
    content_hash: str = ""
    source_path: str | None = None
    nquads: bytes = b""
    triples: int = 0
    events: int = 0


_extractors: dict = {}  # lexicon files -> Extractor, one per process (loading the lexicons costs ~0.1 s)


def extractor_for(lexicons: tuple[str, ...] = ()):
    from kg.events import Extractor
    from kg.lexicon import load_lexicon

    ex = _extractors.get(lexicons)
    if ex is None:
        ex = _extractors[lexicons] = Extractor(load_lexicon(lexicons))
    return ex


def article_result(item: Article | ArticleError, extractor, merge: bool = True) -> ArticleResult:
    """Extract one article read by :mod:`kg.reading` and map it to quads; a reading
    problem or an extraction failure becomes a result with its one-line message (one
    article's failure never stops a batch)."""
    from pyoxigraph import RdfFormat, serialize

    from kg.rdf import article_quads

    if isinstance(item, ArticleSkipped):
        return ArticleResult(item.source, "skipped", str(item))
    if isinstance(item, ArticleError):
        return ArticleResult(item.source, "failed", str(item))
    # the identity goes with a failure too: an article already stored unchanged is
    # "unchanged" whatever its extraction would do now (the store decides that)
    result = ArticleResult(item.source, "article", "", list(item.warnings), item.key, item.content_hash, item.source_path)
    try:
        extraction = extractor.extract(item)
        quads = article_quads(item, extraction, no_merge=not merge)
        result.nquads = serialize(quads, format=RdfFormat.N_QUADS)
    except RecursionError:
        result.status, result.message = "failed", f"{item.source}: too deeply nested to process"
        return result
    except Exception as e:  # noqa: BLE001 -- one article's failure must not stop the batch
        result.status = "failed"
        result.message = bug_message(item.source, e)
        return result
    result.triples, result.events = len(quads), len(extraction.events)
    return result


def unit_results(unit, max_bytes: int = MAX_ARTICLE_BYTES, lexicons: tuple[str, ...] = (),
                 merge: bool = True) -> list[ArticleResult]:
    """The pure per-unit function every ingest path maps: a file (read here, so reading
    and cleaning happen where the extraction does) or an article already read."""
    items = unit.read(max_bytes) if isinstance(unit, FileToRead) else [unit]
    extractor = extractor_for(lexicons)
    return [article_result(item, extractor, merge) for item in items]


def units_results(units: list, max_bytes: int = MAX_ARTICLE_BYTES, lexicons: tuple[str, ...] = (),
                  merge: bool = True) -> list[list[ArticleResult]]:
    """:func:`unit_results` over a chunk of units (one task carries several small files)."""
    return [unit_results(u, max_bytes, lexicons, merge) for u in units]


def iter_units(paths: Iterable[str], max_bytes: int = MAX_ARTICLE_BYTES) -> Iterator:
    for p in paths:
        yield from read_units(p, max_bytes)


def bug_message(source: str, e: BaseException) -> str:
    """The one line for an article that an unexpected error stopped (a bug, not bad input)."""
    return f"{source}: could not be processed, a bug in kg ({words(e)}); please report it with this file"


def words(e: BaseException) -> str:
    """An exception's own message, without its class name (the first line only)."""
    text = (getattr(e, "strerror", None) or str(e) or "no details").strip()
    return text.splitlines()[0] if text else "no details"


def default_jobs() -> int:
    """The CPUs this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1
