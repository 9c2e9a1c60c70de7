"""Bad input: one clear line naming the file and the cause, the batch goes on,
and a failed article leaves nothing in the store."""

import os
import sys

import pytest

from conftest import EXAMPLES, cli
from kg.article import parse_text
from kg.pipeline import ingest
from kg.store import open_store, stats

GOOD = "JAKARTA - Menteri Luar Negeri Retno Marsudi bertemu Menteri Luar Negeri Rusia Sergei Lavrov di Jakarta pada hari Kamis.\n"


@pytest.fixture
def batch(tmp_path):
    d = tmp_path / "batch"
    d.mkdir()
    (d / "good.txt").write_text(GOOD, encoding="utf-8")
    (d / "empty.txt").write_bytes(b"")
    (d / "blank.txt").write_text("   \n\n  ", encoding="utf-8")
    (d / "binary.txt").write_bytes(bytes(range(256)) * 20)
    (d / "cp1252.txt").write_bytes("MOSKOW – Presiden Rusia “Vladimir Putin” bertemu Presiden Iran di Moskow pada hari Senin.".encode("cp1252"))
    (d / "latin1.txt").write_bytes("TEHERAN - Menteri Luar Negeri Iran bertemu rekannya dari Rusia. Caf\xe9 \x81.".encode("latin-1"))
    with open(d / "huge.txt", "wb") as fh:  # 50 MB
        fh.write(b"Presiden bertemu presiden lain di ibu kota. " * (50 * 1024 * 1024 // 44))
    (d / "feed.jsonl").write_text('{"text": "' + GOOD.strip() + '", "url": "https://example.org/a"}\n{"text": broken\n', encoding="utf-8")
    return d


def test_batch_with_bad_files(batch, tmp_path):
    store = open_store(tmp_path / "store")
    s = ingest([str(batch), str(tmp_path / "missing-folder")], store)
    errors = "\n".join(s.errors)
    assert "empty.txt: empty file" in errors
    assert "blank.txt: empty file" in errors
    assert "binary.txt: binary file" in errors
    assert "huge.txt: file is 52.4 MB, over the 5 MB limit" in errors
    assert "feed.jsonl:2: not valid JSON" in errors
    assert "missing-folder: no such file or folder" in errors
    assert all("\n" not in e for e in s.errors)
    # good.txt, cp1252.txt, latin1.txt and the good JSONL line load
    assert s.added == 4 and s.failed == 6
    assert stats(store)["articles"] == 4


def test_cli_exit_status_and_one_line_errors(batch, tmp_path, runner):
    r = cli(runner, "ingest", "--store", tmp_path / "s", batch)
    assert r.exit_code == 1
    err_lines = [l for l in r.stderr.splitlines() if l.startswith("kg: error:")]
    assert len(err_lines) == 5
    assert "4 added" in r.stdout and "5 failed" in r.stdout


def test_failed_article_leaves_nothing(tmp_path, monkeypatch):
    """A write that fails half-way through an article leaves no quad of it behind (the
    real store's transaction is aborted); the next article of the batch still loads."""
    import kg.rdf
    from pyoxigraph import NamedNode

    d = tmp_path / "two"
    d.mkdir()
    (d / "a.txt").write_text(GOOD, encoding="utf-8")
    (d / "b.txt").write_text(GOOD.replace("Kamis", "Jumat"), encoding="utf-8")
    real = kg.rdf.article_quads

    def failing_half_way(article, extraction=None, **kw):
        quads = real(article, extraction, **kw)
        if article.name != "a":
            return quads

        def stream():  # the store has taken half of the article's quads when the failure comes
            yield from quads[: len(quads) // 2]
            raise OSError("No space left on device")
        return stream()

    monkeypatch.setattr("kg.pipeline.article_quads", failing_half_way)
    store = open_store(tmp_path / "store")
    s = ingest([str(d)], store)
    assert s.failed == 1 and s.added == 1
    assert "a.txt" in s.errors[0] and "No space left on device" in s.errors[0]
    names = {q.object.value for q in store.quads_for_pattern(None, NamedNode("https://w3id.org/kg-news/ontology#sourceName"), None, None)}
    assert names == {"b"}
    key_a = parse_text(GOOD, "a.txt").key
    assert not store.contains_named_graph(NamedNode(f"https://w3id.org/kg-news/id/article/{key_a}"))
    assert not [q for q in store if key_a in q.subject.value or key_a in str(q.graph_name)]


@pytest.fixture
def unwritable(tmp_path):
    """A folder nobody may write into: chmod for users, chattr +i for root (CI runs as root)."""
    import shutil
    import subprocess

    ro = tmp_path / "ro"
    ro.mkdir()
    if os.geteuid() != 0:
        ro.chmod(0o500)
        yield ro
        ro.chmod(0o700)
        return
    if not shutil.which("chattr") or subprocess.run(["chattr", "+i", str(ro)], capture_output=True).returncode:
        pytest.skip("running as root on a file system without chattr +i: cannot make a folder unwritable")
    yield ro
    subprocess.run(["chattr", "-i", str(ro)])


def test_unwritable_store_folder(unwritable, runner):
    r = cli(runner, "ingest", "--store", unwritable / "store", EXAMPLES)
    assert r.exit_code == 1
    assert r.stderr.strip() == f"kg: error: {unwritable / 'store'}: store folder is not writable (permission denied)"


def test_store_path_is_a_file(tmp_path, runner):
    f = tmp_path / "afile"
    f.write_text("x")
    r = cli(runner, "ingest", "--store", f, EXAMPLES)
    assert r.exit_code == 1
    assert r.stderr.strip() == f"kg: error: {f}: exists and is not a folder"
