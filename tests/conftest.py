"""Shared fixtures: the project's example articles, the shared seeds (skipped when
absent), real Oxigraph stores on disk and in memory, and the CLI runner."""

from __future__ import annotations

import os
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
        return runner.invoke(app, [str(a) for a in args], input=input, catch_exceptions=False)
    finally:
        release_locks()  # as the end of a `kg` process would
