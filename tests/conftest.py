"""Shared fixtures: the project's example articles, the shared seeds (skipped when
absent), real Oxigraph stores on disk and in memory, and the CLI runner."""

from __future__ import annotations

import gc
import os
import traceback
from pathlib import Path

import pytest
from typer.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "articles"
GOLD = ROOT / "tests" / "gold"
SHARED = Path(os.environ.get("KG_SHARED", ROOT.parent / "shared"))
SEEDS = SHARED / "seeds"
SHARED_GOLD = SHARED / "gold"


def need_shared():
    if not SEEDS.is_dir() or not SHARED_GOLD.is_dir():
        pytest.skip(f"../shared is not present ({SHARED}); the seed articles and their gold files live there")


@pytest.fixture
def runner():
    return CliRunner()


@pytest.fixture
def store_dir(tmp_path):
    return tmp_path / "store"


@pytest.fixture(scope="session")
def example_store(tmp_path_factory):
    """An on-disk store built from all example articles (built once per session)."""
    from kg.pipeline import ingest
    from kg.store import open_store

    path = tmp_path_factory.mktemp("examples") / "store"
    store = open_store(path)
    summary = ingest([str(EXAMPLES)], store)
    assert summary.failed == 0, summary.errors
    store.flush()
    del store
    return path


def cli(runner, *args, input=None):
    from kg.cli import app

    from kg.store import release_locks

    try:
        r = runner.invoke(app, [str(a) for a in args], input=input, catch_exceptions=False)
        # A command that exits non-zero leaves its traceback in r.exc_info, and the traceback's
        # frames keep the command's open Store alive: a later open of the same folder in this
        # process then races RocksDB's background work and finds files gone. The end of a
        # `kg` process closes the store; here, drop the frames and collect, as that would.
        if r.exc_info and r.exc_info[2] is not None:
            traceback.clear_frames(r.exc_info[2])
        gc.collect()
        return r
    finally:
        release_locks()  # as the end of a `kg` process would


# ----------------------------------------------------------------------------- a real SPARQL server
def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def oxigraph_command() -> str | None:
    import shutil
    import sys

    exe = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
    return exe if Path(exe).exists() else None


@pytest.fixture(scope="session")
def oxigraph_server(tmp_path_factory):
    """A factory: each call starts `oxigraph serve` (the `oxigraph` PyPI package; with
    read_only=True `oxigraph serve-read-only`) on a free port with its own temporary store
    and returns its URL; all are stopped at the end."""
    import subprocess
    import time
    import urllib.request

    exe = oxigraph_command()
    if exe is None:
        pytest.fail("the `oxigraph` command is missing: pip install -e '.[test]'")
    procs = []

    def start(read_only: bool = False) -> str:
        port = free_port()
        folder = tmp_path_factory.mktemp("oxigraph")
        if read_only:  # `serve-read-only` needs an existing store
            import pyoxigraph

            pyoxigraph.Store(str(folder)).flush()
        proc = subprocess.Popen([exe, "serve-read-only" if read_only else "serve", "--location", str(folder),
                                 "--bind", f"127.0.0.1:{port}"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        procs.append(proc)
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 20
        while True:
            try:
                with urllib.request.urlopen(url + "/query?query=ASK%7B%7D", timeout=1):
                    return url
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"oxigraph serve did not start on port {port}") from None
                time.sleep(0.05)

    yield start
    for proc in procs:
        proc.terminate()
    for proc in procs:
        try:
            proc.wait(timeout=10)
        except Exception:  # noqa: BLE001
            proc.kill()


@pytest.fixture(scope="session")
def remote_example_store(oxigraph_server):
    """The URL of a real Oxigraph server holding all example articles, written by kg's
    ingest through the remote store (built once per session)."""
    from kg.pipeline import ingest
    from kg.store import open_store

    url = oxigraph_server()
    summary = ingest([str(EXAMPLES)], open_store(url))
    assert summary.failed == 0 and summary.added > 20, summary.errors
    return url
