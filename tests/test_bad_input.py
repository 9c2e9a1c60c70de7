"""Bad input: one clear line naming the file and the cause, the batch goes on,
and a failed article leaves nothing in the store. Reading never raises, never blocks
(FIFOs, devices), and repairs text instead of garbling it (mixed encodings, UTF-16,
control characters XML cannot carry)."""

import json
import os
import random
import re
import socket
import sys
import threading
import xml.etree.ElementTree as ET

import pytest

from conftest import EXAMPLES, cli
from kg.article import Article, ArticleError, ArticleSkipped, parse_text
from kg.reading import decode_bytes, read_path
from kg.pipeline import ingest
from kg.store import open_store, release_locks, stats

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


# --------------------------------------------------------------------------- reading: every bad input refused cleanly

EXCEPTION_NAME = re.compile(r"\b[A-Z][a-zA-Z]+(Error|Exception)\b")
XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
NAMES = "Péter Szijjártó bertemu Xi Jinping 习近平, Łukasz Świątek, Nguyễn Phú Trọng dan Bœuf di Budapest."


def read(path, **kw):
    """read_path's items, checking the contract every item must keep."""
    out = list(read_path(path, **kw))
    for it in out:
        assert isinstance(it, (Article, ArticleError)), it
        if isinstance(it, ArticleError):
            msg = str(it)
            assert msg == f"{it.source}: {it.problem}" and "\n" not in msg and it.problem, msg
            assert not EXCEPTION_NAME.search(msg) and "Traceback" not in msg, msg
            it.source.encode("utf-8")  # valid Unicode: no lone surrogates
        else:
            for w in it.warnings:
                assert w.startswith(f"{it.source}: ") and "\n" not in w, w
    return out


def problems(items) -> dict:
    """{source name: problem} of the error items (the name is the last path part)."""
    return {e.source.rsplit("/", 1)[-1]: e.problem for e in items if isinstance(e, ArticleError)}


def articles(items) -> dict:
    return {a.source.rsplit("/", 1)[-1]: a for a in items if isinstance(a, Article)}


def one(path, **kw):
    [item] = read(path, **kw)
    return item


def ingest_cli(runner, store, *paths, input=None):
    """`kg ingest` through the real CLI: no traceback, no exception class name, every
    stderr line a one-line `kg: error:` / `kg: warning:` / progress-free message."""
    r = cli(runner, "ingest", "--store", store, *paths, input=input)
    out = r.stdout + r.stderr
    assert "Traceback" not in out and not EXCEPTION_NAME.search(out), out
    for line in r.stderr.splitlines():
        assert line.startswith(("kg: error: ", "kg: warning: ")), line
    return r


def stored_articles(store) -> int:
    """Articles in the store, after checking that nothing was left half done: no article
    change awaits resolution, and every report belongs to a resolved event."""
    from kg.store import pending_graphs

    release_locks()
    s = open_store(store, read_only=True)
    n = stats(s)["articles"]
    assert pending_graphs(s) == []
    unresolved = s.query("ASK { GRAPH ?g { ?r a <https://w3id.org/kg-news/ontology#EventReport> } "
                         "FILTER NOT EXISTS { GRAPH ?e { ?ev <https://w3id.org/kg-news/ontology#hasReport> ?r } } }")
    assert not bool(unresolved)
    del s
    release_locks()
    return n


def in_thread(fn, timeout=20):
    """fn() in a thread; fails (instead of hanging the test run) if it blocks."""
    box = {}
    t = threading.Thread(target=lambda: box.setdefault("value", fn()), daemon=True)
    t.start()
    t.join(timeout)
    assert not t.is_alive(), "reading blocked"
    return box["value"]


def mkfifo(path):
    if not hasattr(os, "mkfifo"):
        pytest.skip("this OS cannot make a named pipe")
    os.mkfifo(path)
    return path


def unblock_fifo(path):
    """Should a reader be stuck opening the FIFO, a writer releases it."""
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_NONBLOCK))
    except OSError:
        pass


def non_utf8_name(folder, raw: bytes):
    p = os.path.join(os.fsencode(folder), raw)
    try:
        with open(p, "wb") as fh:
            fh.write(GOOD.encode())
    except OSError:
        pytest.skip("this file system refuses file names that are not UTF-8")
    return os.fsdecode(p)


# --- regular files only, and nothing blocks


def test_fifo_device_and_socket_are_refused_by_name_without_blocking(tmp_path):
    fifo = mkfifo(tmp_path / "feed.txt")
    try:
        [e] = in_thread(lambda: read(fifo))
    finally:
        unblock_fifo(fifo)
    assert str(e) == f"{fifo}: not a regular file (a named pipe)"
    for dev in ("/dev/zero", "/dev/null"):
        if not os.path.exists(dev):
            pytest.skip(f"no {dev} here")
        e = in_thread(lambda: one(dev))
        assert str(e) == f"{dev}: not a regular file (a device)"
    if not hasattr(socket, "AF_UNIX"):
        pytest.skip("no Unix sockets here")
    sock_path = tmp_path / "s.txt"
    s = socket.socket(socket.AF_UNIX)
    try:
        s.bind(str(sock_path))
    except OSError:
        pytest.skip("cannot bind a Unix socket here")
    try:
        assert str(one(sock_path)) == f"{sock_path}: not a regular file (a socket)"
    finally:
        s.close()


def test_folder_walk_refuses_special_entries_and_reads_the_rest(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text(GOOD, encoding="utf-8")
    fifo = mkfifo(d / "b.txt")
    mkfifo(d / "notes")  # no article suffix: never opened, not mentioned
    try:
        items = in_thread(lambda: read(d))
    finally:
        unblock_fifo(fifo)
        unblock_fifo(d / "notes")
    assert problems(items) == {"b.txt": "not a regular file (a named pipe)"}
    assert list(articles(items)) == ["a.txt"]


def test_size_is_enforced_while_reading_not_taken_from_st_size(tmp_path, monkeypatch):
    # /proc files say they are 0 bytes long and are not
    proc = "/proc/self/maps"
    if os.path.isfile(proc) and os.stat(proc).st_size == 0:
        assert one(proc, max_bytes=64).problem == "file is over the 64 bytes limit for one article"
    # a file that grows between the look and the read
    f = tmp_path / "grows.txt"
    f.write_text(GOOD, encoding="utf-8")
    real_stat = os.stat

    def stale_stat(p, *a, **kw):
        st = real_stat(p, *a, **kw)
        if os.fspath(p) == os.fspath(f):
            return os.stat_result((st.st_mode, st.st_ino, st.st_dev, st.st_nlink, st.st_uid, st.st_gid, 10,
                                   st.st_atime, st.st_mtime, st.st_ctime))
        return st

    monkeypatch.setattr(os, "stat", stale_stat)
    assert one(f, max_bytes=50).problem == "file is over the 50 bytes limit for one article"
    monkeypatch.undo()
    a = one(f, max_bytes=len(GOOD.encode()))  # exactly at the limit is fine
    assert isinstance(a, Article) and a.text == GOOD


def test_huge_single_jsonl_line_is_refused_and_the_next_lines_read(tmp_path):
    f = tmp_path / "feed.jsonl"
    with open(f, "wb") as fh:
        fh.write(b'{"text": "' + b"a" * 3_000_000 + b'"}\n')  # one line of 3 MB, over a 1 MB limit
        fh.write(b'{"text": "' + b"b" * 3_000_000)            # and a last one without an end
        fh.write(b'"}\n' + json.dumps({"text": GOOD}).encode())
    items = read(f, max_bytes=1_000_000)
    assert [str(e).rsplit("/", 1)[-1] for e in items if isinstance(e, ArticleError)] == [
        "feed.jsonl:1: line is over the 1 MB limit for one article",
        "feed.jsonl:2: line is over the 1 MB limit for one article"]
    assert list(articles(items)) == ["feed.jsonl:3"]


# --- JSON Lines records are type-checked


@pytest.mark.parametrize("line,problem", [
    (json.dumps({"text": GOOD, "title": 3}), 'field "title" must be a string, not a number'),
    (json.dumps({"text": GOOD, "url": ["https://x"]}), 'field "url" must be a string, not an array'),
    (json.dumps({"text": GOOD, "lang": 1}), 'field "lang" must be a string, not a number'),
    (json.dumps({"text": GOOD, "outlet": {"name": "Antara"}}), 'field "outlet" must be a string, not an object'),
    (json.dumps({"text": GOOD, "published": True}), 'field "published" must be a string, not true or false'),
    (json.dumps({"text": 42}), 'field "text" must be a string, not a number'),
    (json.dumps({"text": None}), 'a JSON Lines article needs a "text" string field'),
    (json.dumps({"title": "no text"}), 'a JSON Lines article needs a "text" string field'),
    (json.dumps("just a string"), 'a JSON Lines record must be an object with a "text" field, not a string'),
    ("12", 'a JSON Lines record must be an object with a "text" field, not a number'),
    ("[1, 2]", 'a JSON Lines record must be an object with a "text" field, not an array'),
    ("[" * 100_000, "not valid JSON for kg (nested too deeply)"),
    ('{"text": "x", "n": ' + "1" * 5000 + "}", "not valid JSON for kg (a number with too many digits)"),
    ('{"text": "a\tb"}', "not valid JSON (Invalid control character at column 12)"),
])
def test_jsonl_record_checks(tmp_path, line, problem):
    f = tmp_path / "feed.jsonl"
    f.write_text(json.dumps({"text": GOOD}) + "\n\n" + line + "\n", encoding="utf-8")
    items = read(f)
    assert problems(items) == {"feed.jsonl:3": problem}
    assert list(articles(items)) == ["feed.jsonl:1"]


def test_jsonl_nulls_mean_absent_and_metadata_is_used(tmp_path):
    f = tmp_path / "feed.jsonl"
    f.write_text(json.dumps({"text": GOOD, "title": None, "url": None, "lang": None, "outlet": None, "published": None})
                 + "\n" + json.dumps({"text": GOOD, "title": "Judul", "url": "https://x.example/2", "lang": "id-ID",
                                      "outlet": "Antara", "published": "2023-08-02T10:00:00+03:00"}), encoding="utf-8")
    a, b = read(f)
    assert a.title is None and a.url is None and a.published is None and a.warnings == []
    assert (b.title, b.url, b.lang, b.outlet) == ("Judul", "https://x.example/2", "id", "Antara")
    assert b.published.isoformat() == "2023-08-02T10:00:00+03:00"  # exact, with its zone


def test_jsonl_empty_files(tmp_path):
    for name, content in (("empty.jsonl", b""), ("blank.jsonl", b"\n  \n\r\n")):
        (tmp_path / name).write_bytes(content)
        assert str(one(tmp_path / name)) == f"{tmp_path / name}: empty file"


def test_jsonl_invalid_utf8_inside_a_line_is_repaired_with_a_warning(tmp_path):
    f = tmp_path / "feed.jsonl"
    f.write_bytes(b'{"text": "' + NAMES.encode() + b' Ia berkata \x93ya\x94."}\n')
    a = one(f)
    assert a.text == NAMES + " Ia berkata “ya”."
    assert a.warnings == [f"{f}:1: text was not valid UTF-8; repaired mixed encoding (2 cp1252 bytes)"]


@pytest.mark.parametrize("lang,expected", [("en", "en"), ("EN-gb", "en"), ("id", "id"), ("in", "id"), ("", "id")])
def test_jsonl_lang_codes(tmp_path, lang, expected):
    f = tmp_path / "feed.jsonl"
    f.write_text(json.dumps({"text": GOOD, "lang": lang}), encoding="utf-8")
    assert one(f).lang == expected


def test_jsonl_unsupported_language_is_skipped_naming_the_allowed_ones(tmp_path):
    """kg's lexicons and rules read Indonesian and English only: a French article in a
    feed is left out with a warning, not stored as an article without events."""
    f = tmp_path / "feed.jsonl"
    f.write_text(json.dumps({"text": "PARIS - Le ministre a rencontré son homologue.", "lang": "fr"}) + "\n"
                 + json.dumps({"text": GOOD}), encoding="utf-8")
    skipped, ok = read(f)
    assert isinstance(skipped, ArticleSkipped)
    assert str(skipped) == (f'{f}:1: language \'fr\' is not one kg reads ("id" Indonesian, "en" English); '
                            "article skipped")
    assert isinstance(ok, Article) and ok.lang == "id"


# --- published dates


def test_impossible_date_line_is_a_warning(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Menlu RI Bertemu Menlu Rusia\nKamis, 31 Februari 2024 - 10:00 WIB\n" + GOOD, encoding="utf-8")
    a = one(f)
    assert a.published is None and a.published_span.text == "Kamis, 31 Februari 2024 - 10:00 WIB"
    assert a.warnings == [f"{f}: date line 'Kamis, 31 Februari 2024 - 10:00 WIB' is not a valid date; "
                          "publication date unknown"]
    assert "Februari" not in a.body()


def test_impossible_date_line_is_warned_about_by_the_cli_and_the_article_stored(tmp_path, runner):
    f = tmp_path / "a.txt"
    f.write_text("Menlu RI Bertemu Menlu Rusia\nKamis, 31 Februari 2024 - 10:00 WIB\n" + GOOD, encoding="utf-8")
    r = ingest_cli(runner, tmp_path / "s", f)
    assert r.exit_code == 0
    assert r.stderr.strip() == (f"kg: warning: {f}: date line 'Kamis, 31 Februari 2024 - 10:00 WIB' is not a valid "
                                "date; publication date unknown")
    assert stored_articles(tmp_path / "s") == 1


def test_impossible_time_zone_in_a_date_line_is_a_warning_not_a_crash(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Menlu RI Bertemu Menlu Rusia\n13 November 2022 19:40 WIB+20\n" + GOOD, encoding="utf-8")
    a = one(f)
    assert a.published is None and "is not a valid date" in a.warnings[0]


def test_published_values_that_are_no_date(tmp_path, monkeypatch):
    f = tmp_path / "feed.jsonl"
    f.write_text("\n".join(json.dumps({"text": GOOD, "published": p}) for p in ("31/02/2024", "x" * 5000, "2024-07-01")),
                 encoding="utf-8")
    a, b, c = read(f)
    assert a.published is None and a.warnings == [f"{f}:1: published value '31/02/2024' is not a valid date; "
                                                  "publication date unknown"]
    assert b.published is None and b.warnings == [f"{f}:2: published value '{'x' * 79}…' is not a valid date; "
                                                  "publication date unknown"]
    assert c.published.date().isoformat() == "2024-07-01" and c.warnings == []

    import dateparser

    def broken(*a, **kw):
        raise OverflowError("date value out of range")

    monkeypatch.setattr(dateparser, "parse", broken)  # dateparser raising must not stop the article
    f.write_text(json.dumps({"text": GOOD, "published": "Kamis 12 Desember 2024 pukul 3"}), encoding="utf-8")
    a = one(f)
    assert a.published is None and "is not a valid date" in a.warnings[0]


# --- file names that are not UTF-8


def test_non_utf8_file_name_is_read_and_shown_escaped(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    non_utf8_name(d, b"caf\xe9.txt")
    [a] = read(d)
    assert a.source == f"{d}/caf\\xe9.txt" and a.name == "caf\\xe9"
    assert a.source_path == f"{d.resolve()}/caf\\xe9.txt"
    a.source.encode("utf-8"), a.source_path.encode("utf-8")  # no lone surrogates
    assert [x.source_path for x in read(d)] == [a.source_path]  # the same each run


def test_non_utf8_file_names_through_the_cli(tmp_path, runner):
    d = tmp_path / "in"
    d.mkdir()
    non_utf8_name(d, b"caf\xe9.txt")
    with open(os.path.join(os.fsencode(d), b"bin\xe9.txt"), "wb") as fh:
        fh.write(bytes(range(256)) * 4)
    r = ingest_cli(runner, tmp_path / "s", d)
    assert r.exit_code == 1
    assert [l for l in r.stderr.splitlines() if l.startswith("kg: error:")] == [
        f"kg: error: {d}/bin\\xe9.txt: binary file, not text"]
    assert stored_articles(tmp_path / "s") == 1
    r = cli(runner, "export", "--store", tmp_path / "s", "-f", "xml", "-o", tmp_path / "out.rdf")
    assert r.exit_code == 0, r.stderr
    texts = {e.tag.rsplit("}", 1)[-1]: e.text for e in ET.parse(tmp_path / "out.rdf").iter()}  # well-formed
    assert texts["sourceFile"] == f"{d.resolve()}/caf\\xe9.txt" and texts["sourceName"] == "caf\\xe9"


# --- encodings: repaired, not garbled


def test_utf8_with_stray_cp1252_bytes_is_repaired_exactly(tmp_path):
    f = tmp_path / "mixed.txt"
    f.write_bytes(b"JAKARTA - " + NAMES.encode() + b" Ia berkata \x93ya\x94 \x96 lalu pergi.")
    a = one(f)
    assert a.text == "JAKARTA - " + NAMES + " Ia berkata “ya” – lalu pergi."
    assert "Ã" not in a.text and a.encoding == "utf-8+cp1252"
    assert a.warnings == [f"{f}: text was not valid UTF-8; repaired mixed encoding (3 cp1252 bytes)"]


def test_whole_cp1252_file_is_still_cp1252(tmp_path):
    f = tmp_path / "cp.txt"
    text = "MOSKOW – Presiden Rusia “Vladimir Putin” bertemu Presiden Iran di Moskow, kata juru bicara café."
    f.write_bytes(text.encode("cp1252"))
    a = one(f)
    assert a.text == text and a.encoding == "cp1252"
    assert a.warnings == [f"{f}: text is not UTF-8; read as cp1252"]
    assert decode_bytes(text.encode("cp1252"), "x") == (text, "cp1252")


@pytest.mark.parametrize("codec,bom", [("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff"),
                                       ("utf-32-le", b"\xff\xfe\x00\x00"), ("utf-32-be", b"\x00\x00\xfe\xff")])
def test_utf16_and_utf32_with_a_bom_are_decoded(tmp_path, codec, bom):
    f = tmp_path / "u.txt"
    f.write_bytes(bom + ("JAKARTA - " + NAMES).encode(codec))
    a = one(f)
    assert a.text == "JAKARTA - " + NAMES and a.encoding == codec and a.warnings == []


@pytest.mark.parametrize("data,problem", [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8, "binary file, not text (a PNG image)"),
    (b"PK\x03\x04\x14\x00\x00\x00" + b"word/document.xml" * 20, "binary file, not text (a ZIP archive, e.g. a .docx)"),
    (random.Random(7).randbytes(20000), "binary file, not text"),
    (b"\xff\xfe" + b"abc", "binary file, not text (it starts with a UTF-16 byte-order mark, but is not UTF-16 text)"),
    (b"\x01\x02\x03\x04 hello \x05\x06\x07\x08" * 100, "binary file, not text"),
])
def test_binary_data_is_still_refused(tmp_path, data, problem):
    f = tmp_path / "x.txt"
    f.write_bytes(data)
    assert str(one(f)) == f"{f}: {problem}"


# --- control characters XML cannot carry


def test_control_characters_become_spaces_and_are_recorded(tmp_path):
    head = (GOOD * 80)[:9000]  # past the first 8 KB
    raw = head + "Menteri\x00bertemu \x0b\x0c\x1b menteri.\n"
    f = tmp_path / "c.txt"
    f.write_bytes(raw.encode())
    a = one(f)
    assert not XML_INVALID.search(a.text) and len(a.text) == len(raw)
    assert a.text[9000:] == "Menteri bertemu     menteri.\n"
    ctrl = [r for r in a.removed if r.reason == "control character"]
    assert [(r.start, r.end, r.text) for r in ctrl] == [(9007, 9008, "\x00"), (9016, 9019, "\x0b\x0c\x1b")]
    assert a.warnings == [f"{f}: 4 control characters (U+0000, U+000B, U+000C) replaced by spaces: XML cannot carry them"]


def test_control_characters_in_jsonl_text_and_metadata(tmp_path):
    f = tmp_path / "feed.jsonl"
    f.write_text(json.dumps({"text": GOOD + " Akhir\u0000 \ud800 \uffff.", "title": "Ju\u0001dul", "outlet": "A\u001fntara"}),
                 encoding="utf-8")
    a = one(f)
    for s in (a.text, a.title, a.outlet):
        assert not XML_INVALID.search(s), repr(s)
    assert a.title == "Ju dul" and len([r for r in a.removed if r.reason == "control character"]) == 3


def test_nul_after_8k_gives_well_formed_rdf_xml(tmp_path, runner):
    d = tmp_path / "in"
    d.mkdir()
    (d / "nul.txt").write_bytes((GOOD * 80).encode()[:9000] + b"\x00" + GOOD.encode())
    r = ingest_cli(runner, tmp_path / "s", d)
    assert r.exit_code == 0, r.stderr
    r = cli(runner, "export", "--store", tmp_path / "s", "-f", "xml", "-o", tmp_path / "out.rdf")
    assert r.exit_code == 0, r.stderr
    bodies = [e.text for e in ET.parse(tmp_path / "out.rdf").iter() if e.tag.endswith("articleBody")]
    assert len(bodies) == 1 and "\x00" not in bodies[0] and "Sergei Lavrov" in bodies[0]


# --- pages with no article text are skipped, not stored


MENU_PAGE = """<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Berita Dunia – Beranda</title></head>
<body><header><a href="/"><img src="/logo.png" alt="Berita Dunia"></a>
<nav><ul><li><a href="/">Beranda</a></li><li><a href="/nasional">Nasional</a></li><li><a href="/dunia">Dunia</a></li>
<li><a href="/ekonomi">Ekonomi</a></li><li><a href="/olahraga">Olahraga</a></li><li><a href="/login">Masuk</a></li></ul></nav></header>
<main><section class="headlines"><h2><a href="/dunia/1">Menlu bertemu mitra</a></h2><h2><a href="/dunia/2">Harga minyak naik</a></h2></section></main>
<div class="cookie-banner">We use cookies to improve your experience on our website. <a href="/privacy">Privacy policy</a> <button>Accept</button></div>
<footer><p>© 2024 Berita Dunia. All rights reserved.</p><a href="/tentang">Tentang kami</a> | <a href="/kontak">Kontak</a></footer>
</body></html>"""


def test_html_with_only_navigation_is_skipped(tmp_path):
    f = tmp_path / "home.html"
    f.write_text(MENU_PAGE, encoding="utf-8")
    e = one(f)
    assert isinstance(e, ArticleSkipped), e
    assert re.fullmatch(rf"{re.escape(str(f))}: no article text in the HTML page, only \d+ words of menus, links or "
                        r"notices; skipped", str(e)), str(e)
    (tmp_path / "empty.html").write_text("<html><head><title>x</title></head><body></body></html>", encoding="utf-8")
    e = one(tmp_path / "empty.html")
    assert isinstance(e, ArticleSkipped)
    assert e.problem == "no article text in the HTML page (empty, or only navigation); skipped"


def test_skipped_pages_are_not_stored(tmp_path, runner):
    d = tmp_path / "in"
    d.mkdir()
    (d / "home.html").write_text(MENU_PAGE, encoding="utf-8")
    (d / "empty.html").write_text("<html><body></body></html>", encoding="utf-8")
    (d / "good.txt").write_text(GOOD, encoding="utf-8")
    r = ingest_cli(runner, tmp_path / "s", d)
    assert r.exit_code == 0  # a skipped page is not a failure
    warnings = sorted(line for line in r.stderr.splitlines() if line.startswith("kg: warning:"))
    assert [w.rsplit("; ", 1)[-1] for w in warnings] == ["skipped", "skipped"]
    assert f"{d}/empty.html: no article text in the HTML page" in warnings[0]
    assert "3 articles read: 1 added, 0 replaced, 0 unchanged, 2 skipped, 0 failed" in r.stdout
    assert stored_articles(tmp_path / "s") == 1


# --- the file system in the way


@pytest.fixture
def deny(monkeypatch):
    """Make a path unreadable: chmod for users; for root (who may read anything) the
    operating system's answer is given in its place."""
    denied = set()

    def make(path):
        if os.geteuid() != 0:
            path.chmod(0)
        denied.add(os.fspath(path))

    if os.geteuid() == 0:
        real_open, real_scandir = os.open, os.scandir

        def fake_open(p, *a, **kw):
            if os.fspath(p) in denied:
                raise PermissionError(13, "Permission denied", os.fspath(p))
            return real_open(p, *a, **kw)

        def fake_scandir(p="."):
            if os.fspath(p) in denied:
                raise PermissionError(13, "Permission denied", os.fspath(p))
            return real_scandir(p)

        monkeypatch.setattr(os, "open", fake_open)
        monkeypatch.setattr(os, "scandir", fake_scandir)
    yield make
    for p in denied:
        os.chmod(p, 0o700)


def test_permission_denied_on_a_file_and_on_a_folder(tmp_path, deny):
    d = tmp_path / "in"
    (d / "locked").mkdir(parents=True)
    (d / "locked" / "inside.txt").write_text(GOOD, encoding="utf-8")
    (d / "secret.txt").write_text(GOOD, encoding="utf-8")
    (d / "good.txt").write_text(GOOD, encoding="utf-8")
    deny(d / "locked")
    deny(d / "secret.txt")
    items = read(d)
    assert problems(items) == {"locked": "cannot read the folder (permission denied)", "secret.txt": "permission denied"}
    assert list(articles(items)) == ["good.txt"]


def test_broken_and_looping_symbolic_links(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "good.txt").write_text(GOOD, encoding="utf-8")
    try:
        os.symlink(d / "gone.txt", d / "broken.txt")
        os.symlink("loop-b.txt", d / "loop-a.txt")
        os.symlink("loop-a.txt", d / "loop-b.txt")
    except (OSError, NotImplementedError):
        pytest.skip("cannot make symbolic links here")
    items = read(d)
    assert problems(items) == {
        "broken.txt": f"broken symbolic link (it points to {d / 'gone.txt'}, which does not exist)",
        "loop-a.txt": "too many levels of symbolic links (a link loop?)",
        "loop-b.txt": "too many levels of symbolic links (a link loop?)"}
    assert list(articles(items)) == ["good.txt"]
    assert str(one(d / "broken.txt")).endswith("which does not exist)")


def test_file_removed_between_the_walk_and_the_read(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text(GOOD, encoding="utf-8")
    (d / "b.txt").write_text(GOOD, encoding="utf-8")
    items = read_path(d)
    first = next(items)  # the folder has been walked
    (d / "b.txt").unlink()
    rest = list(items)
    assert isinstance(first, Article) and [str(e) for e in rest] == [f"{d / 'b.txt'}: file was removed before it could be read"]


def test_bad_paths_given_directly(tmp_path):
    assert str(one(tmp_path / "nope.txt")) == f"{tmp_path / 'nope.txt'}: no such file or folder"
    (tmp_path / "f.txt").write_text(GOOD, encoding="utf-8")
    assert one(tmp_path / "f.txt" / "x.txt").problem == "no such file or folder"
    assert one("a\0b.txt").problem == "not a valid file name (it contains a NUL character)"


def test_an_unexpected_failure_is_one_item_and_the_batch_goes_on(tmp_path, monkeypatch):
    import kg.reading

    real = kg.reading.parse_text

    def buggy(text, source, **kw):
        if source.endswith("a.txt"):
            raise KeyError("boom")
        return real(text, source, **kw)

    monkeypatch.setattr(kg.reading, "parse_text", buggy)
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text(GOOD, encoding="utf-8")
    (d / "b.txt").write_text(GOOD, encoding="utf-8")
    items = read(d)
    assert problems(items) == {"a.txt": "could not be read, a bug in kg ('boom'); please report it with this file"}
    assert list(articles(items)) == ["b.txt"]


# --- stdin follows the same rules


def _stdin(monkeypatch, data: bytes):
    import io

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))


@pytest.mark.parametrize("data,expected", [
    (b"", "<stdin>: empty file"),
    (b"x" * 500, "<stdin>: input is over the 100 bytes limit for one article"),
    (b"\x89PNG\r\n\x1a\n" + b"\x00" * 50, "<stdin>: binary file, not text (a PNG image)"),
    (b'{"text": "Isi.", "title": 1}', '<stdin>:1: field "title" must be a string, not a number'),
])
def test_stdin_errors(monkeypatch, data, expected):
    _stdin(monkeypatch, data)
    assert str(one("-", max_bytes=100)) == expected


def test_stdin_encodings_and_jsonl_stream(monkeypatch):
    _stdin(monkeypatch, b"\xff\xfe" + ("BEIJING - " + NAMES).encode("utf-16-le"))
    a = one("-")
    assert a.text == "BEIJING - " + NAMES and a.dateline == "BEIJING"
    _stdin(monkeypatch, ("BEIJING - " + NAMES).encode() + b" \x93ok\x94")
    a = one("-")
    assert a.text.endswith("“ok”") and a.warnings == ["<stdin>: text was not valid UTF-8; repaired mixed encoding (2 cp1252 bytes)"]
    # a JSON Lines feed on stdin is read line by line: the limit is per article, not per feed
    feed = b"\n".join(json.dumps({"text": GOOD, "url": f"https://x.example/{i}"}).encode() for i in range(5))
    _stdin(monkeypatch, b"\n  " + feed + b"\n[1]\n")
    items = read("-", max_bytes=300)
    assert len(feed) > 300 and [type(i).__name__ for i in items] == ["Article"] * 5 + ["ArticleError"]
    assert str(items[-1]) == '<stdin>:7: a JSON Lines record must be an object with a "text" field, not an array'


def test_stdin_through_the_cli(tmp_path, runner):
    feed = json.dumps({"text": GOOD}) + "\n" + json.dumps({"text": GOOD.replace("Kamis", "Jumat"), "title": 3}) + "\n"
    r = ingest_cli(runner, tmp_path / "s", "-", input=feed.encode())
    assert r.exit_code == 1
    assert [l for l in r.stderr.splitlines() if l.startswith("kg: error:")] == [
        'kg: error: <stdin>:2: field "title" must be a string, not a number']
    assert stored_articles(tmp_path / "s") == 1


# --- the whole zoo through the CLI


def test_zoo_of_bad_inputs_through_the_cli(tmp_path, runner):
    d = tmp_path / "zoo"
    d.mkdir()
    (d / "good.txt").write_text(GOOD, encoding="utf-8")
    (d / "mixed.txt").write_bytes(b"JAKARTA - " + NAMES.encode() + b" \x93ya\x94.")
    (d / "utf16.txt").write_bytes(b"\xff\xfe" + GOOD.replace("Kamis", "Senin").encode("utf-16-le"))
    (d / "nul.txt").write_bytes(GOOD.replace("Kamis", "Selasa").encode() + b"\x00")
    (d / "random.txt").write_bytes(random.Random(1).randbytes(4000))
    (d / "feed.jsonl").write_text(json.dumps({"text": GOOD.replace("Kamis", "Rabu")}) + "\n" + "[" * 100_000 + "\n"
                                  + json.dumps({"text": GOOD, "lang": 7}) + "\n", encoding="utf-8")
    (d / "empty.jsonl").write_bytes(b"")
    fifo = mkfifo(d / "pipe.txt")
    extra = ["/dev/zero"] if os.path.exists("/dev/zero") else []
    try:
        r = in_thread(lambda: ingest_cli(runner, tmp_path / "s", d, *extra), timeout=120)
    finally:
        unblock_fifo(fifo)
    assert r.exit_code == 1
    errors = sorted(l for l in r.stderr.splitlines() if l.startswith("kg: error:"))
    expected = [f"kg: error: {d}/empty.jsonl: empty file",
                f"kg: error: {d}/feed.jsonl:2: not valid JSON for kg (nested too deeply)",
                f'kg: error: {d}/feed.jsonl:3: field "lang" must be a string, not a number',
                f"kg: error: {d}/pipe.txt: not a regular file (a named pipe)",
                f"kg: error: {d}/random.txt: binary file, not text"]
    expected += ["kg: error: /dev/zero: not a regular file (a device)"] if extra else []
    assert errors == sorted(expected)
    warnings = [line for line in r.stderr.splitlines() if line.startswith("kg: warning:")]
    assert any(w.startswith(f"kg: warning: {d}/mixed.txt: text was not valid UTF-8; repaired") for w in warnings), warnings
    assert any(w.startswith(f"kg: warning: {d}/nul.txt: 1 control character") for w in warnings), warnings
    assert stored_articles(tmp_path / "s") == 5  # good, mixed, utf16, nul and the first feed line


@pytest.mark.parametrize("name, content, problem", [
    ("unterminated.ttl", '@prefix ex: <http://e/> .\nex:a ex:b "no end .\n', "not valid Turtle (between line 2 column"),
    ("unbound.ttl", "ex:a ex:b ex:c .\n", "not valid Turtle (at line 1 between columns 1 and 5: The prefix ex: has not been declared)"),
    ("escape.ttl", '<http://a/> <http://b/> "\\uZZZZ" .\n', "is not a valid hexadecimal string"),
    ("latin1.ttl", b'<http://a/> <http://b/> "caf\xe9" .\n', "not valid Turtle (at line 1"),
    ("broken.nt", "garbage {{{\n", "not valid N-Triples (at line 1"),
    ("broken.jsonld", '{"@id": ', "not valid JSON-LD"),
    ("broken.rdf", "<rdf:RDF", "not valid RDF/XML"),
    ("notes.md", "# not RDF\n", "cannot tell the RDF format from the extension"),
])
def test_validate_bad_rdf_is_one_line(tmp_path, runner, name, content, problem):
    """Issue 13: `kg validate bad.ttl` printed a traceback. Now: one line naming the file and
    the cause, exit status 1."""
    f = tmp_path / name
    f.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    r = cli(runner, "validate", f)
    assert r.exit_code == 1
    assert r.stdout == ""
    assert len(r.stderr.strip().splitlines()) == 1
    assert r.stderr.startswith(f"kg: error: {f}: ") and problem in r.stderr, r.stderr
    assert "Traceback" not in r.stderr and "Error:" not in r.stderr


def test_validate_ill_typed_literal_without_traceback(tmp_path, runner, capfd):
    """rdflib logs a traceback for a literal its datatype cannot read; validation reports
    the file's state, and nothing else is printed."""
    f = tmp_path / "typed.ttl"
    f.write_text('<http://a/> <http://b/> "x"^^<http://www.w3.org/2001/XMLSchema#integer> .\n', encoding="utf-8")
    r = cli(runner, "validate", f)
    assert r.exit_code == 0 and r.stdout.startswith("conforms: 1 triples")
    assert "Traceback" not in r.stderr + capfd.readouterr().err
