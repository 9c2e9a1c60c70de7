"""Extraction on a Dask cluster, shards, and their bulk load (``kg ingest --cluster``, ``kg load``).

The cluster maps the same per-article function as ``kg ingest`` (:func:`kg.work.unit_results`)
over chunks of files; each task writes its articles' quads, with their pending marks, to one
N-Quads shard in a folder every worker and this process can see. :func:`load_shards` then
bulk-loads the shards into the store (Oxigraph's bulk loader, much faster than transactions)
and resolves once, with the resolution's blocks mapped on the cluster as well.

Dask is an optional extra (``pip install 'kg[distributed]'``); nothing here imports it
until a cluster is asked for.
"""

from __future__ import annotations

import os
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from pyoxigraph import NamedNode, Quad, RdfFormat, Store, parse, serialize

from kg.reading import MAX_ARTICLE_BYTES
from kg.vocab import ARTICLE_PREFIX, KG, PENDING_GRAPH, RDF_TYPE, article_iri
from kg.work import ArticleResult, iter_units, units_results


class ClusterError(Exception):
    """No cluster to work on (Dask missing, an address that does not answer); one line."""


def check_cluster(cluster: str) -> int:
    """ClusterError unless Dask is installed and *cluster* is ``local[:N]`` or an address;
    returns N for a local cluster, else 0 (checked before a command opens its store)."""
    try:
        import dask.distributed  # noqa: F401
    except ImportError:
        raise ClusterError("the distributed path needs Dask: pip install 'kg[distributed]'") from None
    if cluster.startswith("local:") or cluster == "local":
        n = cluster.partition(":")[2] or str(os.cpu_count() or 1)
        if not n.isdigit() or int(n) < 1:
            raise ClusterError(f"{cluster}: give local:N with N a number of worker processes, e.g. local:2")
        return int(n)
    return 0


@contextmanager
def connect(cluster: str, timeout: float = 10):
    """A Dask client for the length of a ``with``: ``local:N`` starts a cluster of N worker
    processes on this machine (one thread each: extraction is pure Python, threads would
    share one GIL) and stops it afterwards; anything else is a scheduler address
    (``tcp://host:8786``)."""
    n = check_cluster(cluster)
    from dask.distributed import Client, LocalCluster

    local = None
    if n:
        local = LocalCluster(n_workers=n, threads_per_worker=1, processes=True, dashboard_address=":0",
                             silence_logs=40)
        client = Client(local)
    else:
        try:
            client = Client(cluster, timeout=f"{timeout}s")
        except (OSError, TimeoutError, ValueError) as e:
            why = str(e).splitlines()[0] if str(e) else "timed out"
            raise ClusterError(f"{cluster}: no Dask scheduler answers there ({why})") from None
    try:
        client.run(_warm_up)  # every worker at once, rather than on its first task
        yield client
    finally:
        client.close()
        if local is not None:
            local.close()


def _warm_up() -> None:
    import kg._warm  # noqa: F401 -- the default extractor and dateparser's languages, loaded


def _map_chunk(fn, items: list) -> list:
    return [fn(x) for x in items]


def cluster_map(client) -> Callable:
    """``map(fn, items)`` on the cluster, results in order (for :mod:`kg.resolve`); items
    go in a few chunks per worker, as one block's work is far smaller than a task's cost."""
    def map_blocks(fn, items):
        items = list(items)
        if not items:
            return []
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        size = max(1, -(-len(items) // (4 * workers)))
        chunks = [items[i:i + size] for i in range(0, len(items), size)]
        # scattered first: blocks carry their reports' quads, too big to travel inside the task graph
        data = client.scatter(chunks)
        return [r for part in client.gather(client.map(_map_chunk, [fn] * len(chunks), data, pure=False))
                for r in part]
    return map_blocks


# ----------------------------------------------------------------------------- shards


def write_shard(units: list, path: str, max_bytes: int = MAX_ARTICLE_BYTES, lexicons: tuple[str, ...] = (),
                merge: bool = True) -> list[ArticleResult]:
    """One task: the per-article function over *units*, the articles' quads and pending
    marks written to the N-Quads file *path* (atomically: a temporary name, then renamed,
    so a shard is whole or absent). Returns the results without their quads (the driver
    only counts and reports)."""
    results = [r for rs in units_results(units, max_bytes, lexicons, merge) for r in rs]
    articles = [r for r in results if r.status == "article"]
    tmp = f"{path}.part"
    with open(tmp, "wb") as fh:
        for r in articles:
            fh.write(r.nquads)
        fh.write(serialize([Quad(article_iri(r.key), RDF_TYPE, KG("PendingResolution"), PENDING_GRAPH)
                            for r in articles], format=RdfFormat.N_QUADS))
    os.replace(tmp, path)
    for r in results:
        r.nquads = b""
    return results


@dataclass
class ShardSummary:
    shards: list[str] = field(default_factory=list)
    results: list[ArticleResult] = field(default_factory=list)


def extract_to_shards(paths: Iterable[str], out: str | os.PathLike, client, *, lexicons: tuple[str, ...] = (),
                      merge: bool = True, max_bytes: int = MAX_ARTICLE_BYTES, files_per_task: int = 64,
                      on_result: Callable[[ArticleResult], None] | None = None) -> ShardSummary:
    """Map :func:`write_shard` over the corpus on the cluster: one shard per chunk of
    *files_per_task* files, named by its position (``part-000000.nq``), so the same corpus
    gives the same shards. *out* must be visible to the workers at the same path."""
    from kg.article import ArticleError

    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    summary = ShardSummary()
    chunks: list[list] = []
    errors: dict[int, list] = {}  # reading problems found here, reported in their place
    todo: list = []
    for unit in iter_units(paths, max_bytes):
        if isinstance(unit, ArticleError):
            if todo:
                chunks.append(todo)
                todo = []
            errors.setdefault(len(chunks), []).append(unit)
        else:
            todo.append(unit)
            if len(todo) >= files_per_task:
                chunks.append(todo)
                todo = []
    if todo:
        chunks.append(todo)
    shard_paths = [str(out / f"part-{i:06d}.nq") for i in range(len(chunks))]
    futures = client.map(write_shard, chunks, shard_paths, max_bytes=max_bytes, lexicons=lexicons, merge=merge,
                         pure=False)
    from kg.work import article_result

    for i, fut in enumerate([*futures, None]):
        for e in errors.get(i, []):
            _take(summary, article_result(e, None), on_result)
        if fut is not None:
            for r in fut.result():
                _take(summary, r, on_result)
            summary.shards.append(shard_paths[i])
    return summary


def _take(summary: ShardSummary, r: ArticleResult, on_result) -> None:
    summary.results.append(r)
    if on_result:
        on_result(r)


# ----------------------------------------------------------------------------- load


@dataclass
class LoadSummary:
    shards: int = 0
    quads: int = 0
    replaced: int = 0
    resolution: object = None

    def line(self) -> str:
        return (f"{self.shards} shards loaded, {self.quads} quads in the store"
                + (f" ({self.replaced} article graphs replaced)" if self.replaced else ""))


def shard_files(paths: list[str]) -> list[str]:
    """The shard files named, a folder standing for its .nq and .trig files in name order
    (the folder that ``kg ingest --cluster --shards DIR`` wrote)."""
    out = []
    for p in paths:
        d = Path(p)
        if d.is_dir():
            found = sorted(str(f) for f in d.iterdir() if f.suffix in (".nq", ".trig") and f.is_file())
            if not found:
                from kg.store import StoreError

                raise StoreError(f"{p}: a folder without shards (.nq or .trig files)")
            out += found
        else:
            out.append(p)
    return out


def load_shards(store: Store, shards: list[str], map_blocks: Callable | None = None) -> LoadSummary:
    """Bulk-load N-Quads/TriG shards, then resolve once.

    Into a store without articles: Oxigraph's bulk loader, then the whole resolution
    (:func:`kg.resolve.resolve_all`): the same store as ``kg ingest`` of the same articles.
    Into a store with articles: the shards' article graphs are first marked as pending and
    their older versions (same graph, or same source file) dropped, in one transaction;
    then the bulk load and the resolution of the pending marks. The bulk loader is not
    transactional: if ``kg load`` is killed, run it again with the same shards."""
    from kg.resolve import map_locally, resolve_all, resolve_pending
    from kg.store import StoreError, article_graphs, rdf_format

    map_blocks = map_blocks or map_locally
    shards = shard_files(shards)
    formats = []
    for s in shards:
        fmt = rdf_format(None, s)
        if not fmt.supports_datasets:
            raise StoreError(f"{s}: a shard must be N-Quads (.nq) or TriG (.trig), which keep the article graphs")
        if not Path(s).is_file():
            raise StoreError(f"{s}: no such shard file")
        formats.append(fmt)
    summary = LoadSummary(shards=len(shards))
    fresh = not any(True for _ in article_graphs(store))
    if not fresh:
        summary.replaced = _mark_and_drop(store, shards, formats)
    for s, fmt in zip(shards, formats):
        try:
            store.bulk_load(path=s, format=fmt)
        except SyntaxError as e:
            raise StoreError(f"{s}: not valid {fmt.name} ({str(e).splitlines()[0]})") from None
    if fresh:
        summary.resolution = resolve_all(store, map_blocks=map_blocks, bulk=True)
    else:
        summary.resolution = resolve_pending(store, map_blocks=map_blocks)
    summary.quads = len(store)
    return summary


def _mark_and_drop(store: Store, shards: list[str], formats) -> int:
    """Before loading into a store that has articles: mark every article graph of the
    shards as pending and drop the versions already stored, in one transaction."""
    from pyoxigraph import Literal

    from kg.store import StoreError, graphs_from_source, insert_data, pending_marks

    graphs: set = set()
    files: set = set()
    for s, fmt in zip(shards, formats):
        try:
            for q in parse(path=s, format=fmt):
                g = q.graph_name
                if isinstance(g, NamedNode) and g.value.startswith(ARTICLE_PREFIX):
                    graphs.add(g)
                    if q.predicate == KG("sourceFile") and isinstance(q.object, Literal):
                        files.add(q.object.value)
        except SyntaxError as e:
            raise StoreError(f"{s}: not valid {fmt.name} ({str(e).splitlines()[0]})") from None
    old = {g for g in graphs if store.contains_named_graph(g)}
    for f in files:
        old.update(g for g in graphs_from_source(store, f) if g not in graphs)
    old = sorted(old, key=lambda g: g.value)
    marks = pending_marks(store, sorted(graphs | set(old), key=lambda g: g.value))
    store.update(" ;\n".join([f"DROP SILENT GRAPH {g}" for g in old] + [insert_data(marks)]))
    return len(old)


# ----------------------------------------------------------------------------- both


def ingest_on_cluster(paths: Iterable[str], store: Store, client, shards_dir: str | os.PathLike, *,
                      lexicons: tuple[str, ...] = (), merge: bool = True, max_bytes: int = MAX_ARTICLE_BYTES,
                      on_item: Callable[[str, str], None] | None = None, files_per_task: int = 64):
    """``kg ingest --cluster``: extraction mapped on the cluster into shards in
    *shards_dir*, then :func:`load_shards` with the resolution's blocks on the cluster.
    Returns a :class:`kg.pipeline.IngestSummary` like ``kg ingest``'s."""
    from kg.pipeline import IngestSummary
    from kg.work import extractor_for

    extractor_for(lexicons)  # a bad lexicon file fails here, before the cluster is given work
    summary = IngestSummary()

    def take(r: ArticleResult) -> None:
        summary.read += 1
        if r.status == "skipped":
            summary.skipped += 1
            summary.warnings.append(r.message)
        else:
            summary.warnings.extend(r.warnings)
            if r.status == "failed":
                summary.failed += 1
                summary.errors.append(r.message)
            else:
                summary.added += 1
                summary.triples += r.triples
                summary.events += r.events
                summary.graphs.append(article_iri(r.key).value)
        if on_item:
            on_item(r.source, "added" if r.status == "article" else r.status)

    shards = extract_to_shards(paths, shards_dir, client, lexicons=lexicons, merge=merge, max_bytes=max_bytes,
                               files_per_task=files_per_task, on_result=take)
    loaded = load_shards(store, shards.shards, cluster_map(client))
    summary.replaced = min(loaded.replaced, summary.added)
    summary.added -= summary.replaced
    summary.resolution = loaded.resolution
    return summary
