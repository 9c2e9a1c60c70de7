r"""Read articles from files, folders and stdin, and decode their bytes.

:func:`read_path` never raises: one bad file must not stop a batch. Whatever cannot be
read comes back as an :class:`~kg.article.ArticleError` item whose message is one line,
``PATH[:LINE]: cause in words``; what is left out on purpose (an HTML page with no
article text, a language kg does not read) as an :class:`~kg.article.ArticleSkipped`,
which callers report as a warning. Problems that did not stop an article are in its
:attr:`~kg.article.Article.warnings`.

>>> import pathlib, tempfile
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "a.txt").write_text("JAKARTA - Menlu bertemu Menhan di Jakarta.", encoding="utf-8")
>>> _ = (folder / "b.jsonl").write_text('{"text": "Isi berita.", "title": 7}\n', encoding="utf-8")
>>> [x.name if isinstance(x, Article) else x.problem for x in read_path(folder)]
['a', 'field "title" must be a string, not a number']
"""

from __future__ import annotations

import codecs
import errno
import json
import os
import re
import stat
import sys
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import chain
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator

from kg.article import XML_INVALID, Article, ArticleError, ArticleSkipped, parse_text

MAX_ARTICLE_BYTES = 5 * 1024 * 1024
"""Articles larger than this are refused: no news article is 5 MB of text, and
extraction cost grows with size. Change with ``kg ingest --max-bytes``."""

TEXT_SUFFIXES = {".txt", ".text", ".md"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
ARTICLE_SUFFIXES = TEXT_SUFFIXES | JSONL_SUFFIXES | HTML_SUFFIXES

_CHUNK = 1 << 16


# --------------------------------------------------------------------------- paths


def shown(path: str | bytes | os.PathLike) -> str:
    r"""*path* as it appears in messages and in the store: valid one-line Unicode.
    Bytes that are not UTF-8 (Linux file names are bytes) and control characters are
    escaped, so the same file always gets the same name.

    >>> shown(os.fsdecode(b"news/caf\xe9.txt")), shown("two\nlines.txt")
    ('news/caf\\xe9.txt', 'two\\x0alines.txt')
    """
    p = os.fspath(path)
    try:
        raw = p if isinstance(p, bytes) else os.fsencode(p)
    except UnicodeEncodeError:  # a lone surrogate that is not an escaped byte
        raw = p.encode("utf-8", "backslashreplace")
    text = raw.decode("utf-8", "backslashreplace")
    return re.sub(r"[\x00-\x1f\x7f]", lambda m: f"\\x{ord(m.group()):02x}", text)


_ERRNO_WORDS = {
    errno.ENOENT: "no such file or folder",
    errno.ENOTDIR: "no such file or folder",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.EISDIR: "is a folder",
    errno.ELOOP: "too many levels of symbolic links (a link loop?)",
    errno.ENAMETOOLONG: "file name too long",
    errno.EIO: "input/output error (a disk or network problem)",
    errno.EMFILE: "too many open files",
    errno.ENOMEM: "out of memory",
}


def _os_words(e: OSError) -> str:
    """An operating-system error in words, without its class name."""
    if e.errno in _ERRNO_WORDS:
        return _ERRNO_WORDS[e.errno]
    return f"cannot be read ({(e.strerror or 'operating system error').lower()})"


def _stat_problem(path: str | Path, e: Exception, walked: bool = False) -> str:
    """Why *path* cannot be looked at, in words."""
    if not isinstance(e, OSError):  # ValueError: a NUL in the name, or a name that cannot be encoded
        return ("not a valid file name (it contains a NUL character)" if "\0" in os.fspath(path)
                else "not a valid file name")
    if e.errno == errno.ENOENT:
        if os.path.islink(path):
            try:
                return f"broken symbolic link (it points to {shown(os.readlink(path))}, which does not exist)"
            except OSError:
                return "broken symbolic link"
        if walked:
            return "file was removed before it could be read"
    return _os_words(e)


def _special_kind(mode: int) -> str | None:
    """None for a regular file; else what it is (reading a FIFO blocks, /dev/zero never ends)."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISDIR(mode):
        return "a folder"
    return "a special file"


# O_NONBLOCK: should a FIFO replace the file between the check and the open, opening it
# must not wait for a writer; the descriptor is checked again before any read.
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)


@contextmanager
def _open_regular(path: Path, source: str) -> Iterator[BinaryIO]:
    fd = os.open(path, _OPEN_FLAGS)
    try:
        kind = _special_kind(os.fstat(fd).st_mode)
        if kind:
            raise ArticleError(source, f"not a regular file ({kind})")
        fh = os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise
    with fh:
        yield fh


def _limit(n: int) -> str:
    return f"{n / 1e6:.0f} MB" if n >= 1_000_000 else f"{n} bytes"


def _size(n: int) -> str:
    return f"{n / 1e6:.1f} MB" if n >= 100_000 else f"{n} bytes"


# --------------------------------------------------------------------------- reading


def read_path(path: str | bytes | os.PathLike, max_bytes: int = MAX_ARTICLE_BYTES) -> Iterator[Article | ArticleError]:
    """Yield every article found at *path* (a file, a folder walked recursively, or
    ``-`` for stdin). Problems come back as :class:`ArticleError` items, so one bad
    file never stops the rest of the batch.

    Only regular files are read (a FIFO, a device or a socket is refused by name), at
    most *max_bytes* of each article (JSON Lines: of each line). In a folder, files and
    folders whose names start with "." are left out, and so are files whose suffix is
    not an article's (:data:`ARTICLE_SUFFIXES`); links to folders are not followed."""
    for unit in read_units(path, max_bytes):
        if isinstance(unit, FileToRead):
            yield from unit.read(max_bytes)
        else:
            yield unit


@dataclass(frozen=True)
class FileToRead:
    """One file that :func:`read_path` would read: a unit of work that can be read
    elsewhere (another process, another machine that sees the same path)."""

    path: str
    source: str
    walked: bool = False

    def read(self, max_bytes: int = MAX_ARTICLE_BYTES) -> list[Article | ArticleError]:
        return list(_guarded(self.source, lambda: _read_file(Path(self.path), self.source, max_bytes, walked=self.walked)))


def read_units(path: str | bytes | os.PathLike, max_bytes: int = MAX_ARTICLE_BYTES) -> Iterator[FileToRead | Article | ArticleError]:
    """What :func:`read_path` reads, in the same order, with each file left unread as a
    :class:`FileToRead` (so the reading can be shared out); stdin is read here, and what
    cannot be opened comes back as an :class:`ArticleError`, as from :func:`read_path`."""
    if isinstance(path, bytes):
        path = os.fsdecode(path)
    if os.fspath(path) == "-":
        yield from _guarded("<stdin>", lambda: _read_stdin(max_bytes))
        return
    source = shown(path)
    try:
        st = os.stat(path)
    except (OSError, ValueError) as e:
        yield ArticleError(source, _stat_problem(path, e))
        return
    if stat.S_ISDIR(st.st_mode):
        for entry, problem in _walk(Path(path)):
            if problem:
                yield ArticleError(shown(entry), problem)
            else:
                yield FileToRead(os.fspath(entry), shown(entry), walked=True)
    else:
        yield FileToRead(os.fspath(path), source)


def count_article_files(paths: Iterable[str | os.PathLike]) -> int:
    """How many article files :func:`read_path` will read under *paths* (for a progress
    bar), walking folders the same way; 0 when it cannot tell (stdin, JSON Lines files
    hold many articles each)."""
    n = 0
    for p in paths:
        if os.fspath(p) == "-":
            return 0
        try:
            is_dir = stat.S_ISDIR(os.stat(p).st_mode)
        except (OSError, ValueError):
            n += 1  # read_path reports it: one item
            continue
        files = [f for f, problem in _walk(Path(p)) if not problem] if is_dir else [Path(p)]
        if any(f.suffix.lower() in JSONL_SUFFIXES for f in files):
            return 0
        n += len(files)
    return n


def _guarded(source: str, items) -> Iterator[Article | ArticleError]:
    """*items()*, with any unexpected failure turned into one last error item."""
    try:
        yield from items()
    except Exception as e:  # noqa: BLE001 -- read_path must never raise; the batch goes on
        words = (str(e).strip().splitlines() or ["no details"])[0]
        yield ArticleError(source, f"could not be read, a bug in kg ({words}); please report it with this file")


def _walk(root: Path) -> list[tuple[Path, str | None]]:
    """The article files under *root* in path order, and the folders that could not be
    listed (with why). Iterative, so deep trees do not hit the recursion limit."""
    found: list[tuple[Path, str | None]] = []
    todo = [root]
    while todo:
        folder = todo.pop()
        try:
            with os.scandir(folder) as it:
                entries = list(it)
        except OSError as e:
            found.append((folder, f"cannot read the folder ({_os_words(e)})"))
            continue
        for entry in entries:
            if entry.name.startswith("."):
                continue
            try:
                if entry.is_dir(follow_symlinks=False):
                    todo.append(folder / entry.name)
                    continue
                if entry.is_symlink() and entry.is_dir():  # not followed: a link may loop back
                    continue
            except OSError:
                pass  # _read_file says why
            if os.path.splitext(entry.name)[1].lower() in ARTICLE_SUFFIXES:
                found.append((folder / entry.name, None))
    return sorted(found, key=lambda t: t[0])


def _read_file(f: Path, source: str, max_bytes: int, walked: bool = False) -> Iterator[Article | ArticleError]:
    try:
        st = os.stat(f)
    except (OSError, ValueError) as e:
        yield ArticleError(source, _stat_problem(f, e, walked))
        return
    kind = _special_kind(st.st_mode)
    if kind:
        yield ArticleError(source, f"not a regular file ({kind})")
        return
    suffix = f.suffix.lower()
    jsonl = suffix in JSONL_SUFFIXES
    if not jsonl and st.st_size > max_bytes:
        yield ArticleError(source, f"file is {_size(st.st_size)}, over the {_limit(max_bytes)} limit for one article")
        return
    try:
        with _open_regular(f, source) as fh:
            if jsonl:
                yield from _read_jsonl(fh, source, max_bytes)
                return
            data = fh.read(max_bytes + 1)  # st_size may lie (a growing file, /proc)
    except ArticleError as e:
        yield e
        return
    except OSError as e:
        yield ArticleError(source, _stat_problem(f, e, walked))
        return
    if len(data) > max_bytes:
        yield ArticleError(source, f"file is over the {_limit(max_bytes)} limit for one article")
        return
    try:
        art = _article(decode_article_bytes(data, source, max_bytes), source, html=suffix in HTML_SUFFIXES)
    except ArticleError as e:
        yield e
        return
    art.source_path = shown(os.path.realpath(f))
    yield art


def _article(d: Decoded, source: str, html: bool) -> Article:
    art = parse_html(d.text, source) if html else parse_text(d.text, source, encoding=d.encoding)
    if d.note:
        art.warnings.insert(0, f"{source}: {d.note}")
    return art


def _read_stdin(max_bytes: int) -> Iterator[Article | ArticleError]:
    source = "<stdin>"
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:
        yield ArticleError(source, "no standard input to read")
        return
    try:
        head = b""
        # up to the first character that is not white space: "{" means JSON Lines,
        # streamed line by line (a feed may hold many articles)
        while not head.lstrip(b" \t\r\n\xef\xbb\xbf") and len(head) <= max_bytes:
            chunk = stream.read(_CHUNK)
            if not chunk:
                break
            head += chunk
        if head.lstrip(b" \t\r\n\xef\xbb\xbf")[:1] == b"{":
            yield from _parse_jsonl(_numbered_lines(chain([head], iter(lambda: stream.read(_CHUNK), b"")), max_bytes),
                                    source, max_bytes)
            return
        data = head + stream.read(max(0, max_bytes + 1 - len(head)))
    except OSError as e:
        yield ArticleError(source, f"cannot read standard input ({_os_words(e)})")
        return
    except ValueError:  # "I/O operation on closed file"
        yield ArticleError(source, "cannot read standard input (it is closed)")
        return
    if len(data) > max_bytes:
        yield ArticleError(source, f"input is over the {_limit(max_bytes)} limit for one article")
        return
    try:
        d = decode_article_bytes(data, source, max_bytes)
        head_char = d.text.lstrip()[:1]
        if head_char == "{":  # JSON Lines in UTF-16 or UTF-32
            yield from _parse_jsonl(enumerate(d.text.split("\n"), 1), source, max_bytes)
            return
        art = _article(d, source, html=head_char == "<")
    except ArticleError as e:
        yield e
        return
    yield art


# --------------------------------------------------------------------------- JSON Lines

_JSONL_OPTIONAL = ("title", "url", "published", "outlet", "lang")


def _read_jsonl(fh: BinaryIO, source: str, max_bytes: int) -> Iterator[Article | ArticleError]:
    head = fh.read(_CHUNK)
    if head.startswith((b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")):
        # UTF-16/32 cannot be split into lines as bytes: decode the file whole (so the
        # size limit is the file's); JSON Lines should be UTF-8, and nearly always is
        data = head + fh.read(max(0, max_bytes + 1 - len(head)))
        if len(data) > max_bytes:
            yield ArticleError(source, f"a UTF-16 or UTF-32 JSON Lines file is read whole, and this one is over "
                                       f"the {_limit(max_bytes)} limit; save it as UTF-8")
            return
        try:
            d = decode_article_bytes(data, source, max_bytes)
        except ArticleError as e:
            yield e
            return
        yield from _parse_jsonl(enumerate(d.text.split("\n"), 1), source, max_bytes)
        return
    yield from _parse_jsonl(_numbered_lines(chain([head], iter(lambda: fh.read(_CHUNK), b"")), max_bytes),
                            source, max_bytes)


def _numbered_lines(chunks: Iterable[bytes], max_bytes: int) -> Iterator[tuple[int, bytes | None]]:
    """(line number, line) from a byte stream; None for a line over *max_bytes*, which is
    skipped without being held in memory (a 2 GB line must not be read whole).

    >>> list(_numbered_lines([b'{"a": 1}\\n{"b"', b': 2}\\n' + b'x' * 20 + b'\\n'], 10))
    [(1, b'{"a": 1}'), (2, b'{"b": 2}'), (3, None)]
    """
    buf = bytearray()
    n = 0
    too_long = False
    for chunk in chunks:
        buf += chunk
        start = 0
        while (end := buf.find(b"\n", start)) >= 0:
            n += 1
            yield n, None if too_long or end - start > max_bytes else bytes(buf[start:end])
            too_long = False
            start = end + 1
        del buf[:start]
        if len(buf) > max_bytes:
            too_long = True
            buf.clear()
    if buf or too_long:
        yield n + 1, None if too_long else bytes(buf)


def _json_kind(value) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    return "an array" if isinstance(value, list) else "an object"


def _parse_jsonl(lines: Iterable[tuple[int, bytes | str | None]], source: str, max_bytes: int) -> Iterator[Article | ArticleError]:
    seen_any = False
    for n, line in lines:
        where = f"{source}:{n}"
        if line is None:
            seen_any = True
            yield ArticleError(where, f"line is over the {_limit(max_bytes)} limit for one article")
            continue
        if not line.strip():
            continue
        seen_any = True
        note, encoding = None, "utf-8"
        if isinstance(line, bytes):  # already within the limit
            d = _decode_8bit(line[3:] if n == 1 and line.startswith(b"\xef\xbb\xbf") else line)
            line, note, encoding = d.text, d.note, d.encoding
        elif len(line.encode("utf-8", "surrogatepass")) > max_bytes:
            yield ArticleError(where, f"line is over the {_limit(max_bytes)} limit for one article")
            continue
        try:
            yield _jsonl_article(line, where, note, encoding)
        except ArticleError as e:
            yield e
    if not seen_any:
        yield ArticleError(source, "empty file")


def _jsonl_article(line: str, where: str, note: str | None, encoding: str) -> Article:
    try:
        rec = json.loads(line)
    except json.JSONDecodeError as e:
        msg = e.msg[:-3] if e.msg.endswith(" at") else e.msg  # "Invalid control character at"
        raise ArticleError(where, f"not valid JSON ({msg} at column {e.colno})") from None
    except RecursionError:
        raise ArticleError(where, "not valid JSON for kg (nested too deeply)") from None
    except ValueError:  # a number of more than 4300 digits
        raise ArticleError(where, "not valid JSON for kg (a number with too many digits)") from None
    if not isinstance(rec, dict):
        raise ArticleError(where, f'a JSON Lines record must be an object with a "text" field, not {_json_kind(rec)}')
    if rec.get("text") is None:
        raise ArticleError(where, 'a JSON Lines article needs a "text" string field')
    for key in ("text",) + _JSONL_OPTIONAL:
        value = rec.get(key)
        if value is not None and not isinstance(value, str):
            raise ArticleError(where, f'field "{key}" must be a string, not {_json_kind(value)}')
    art = parse_text(rec["text"], where, encoding=encoding, **{k: rec.get(k) for k in _JSONL_OPTIONAL})
    if note:
        art.warnings.insert(0, f"{where}: {note}")
    return art


# --------------------------------------------------------------------------- HTML

# What a page shows around no article: menus, cookie and copyright notices, sign-in.
_PAGE_CHROME = re.compile(
    r"cookie|privacy|privasi|terms of (?:use|service)|syarat dan ketentuan|all rights reserved|hak cipta|"
    r"copyright|©|subscribe|berlangganan|newsletter|\bsign (?:in|up)\b|\blog ?in\b|javascript", re.I)
_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*$")


def parse_html(html: str, source: str) -> Article:
    """Main text of an HTML page (with trafilatura), then the text cleaning.

    Offsets then refer to the extracted text, which is stored as the article body. A page
    with no article text (empty, or only menus and notices) is :class:`ArticleSkipped`."""
    import trafilatura  # heavy: only when HTML is read

    try:
        extracted = trafilatura.bare_extraction(html, include_comments=False, with_metadata=True)
    except Exception as e:  # noqa: BLE001 -- the HTML parser's failure on odd markup: this page only
        words = (str(e).strip().splitlines() or ["no details"])[0]
        raise ArticleError(source, f"could not read the HTML page ({words})") from None
    if isinstance(extracted, dict):  # trafilatura < 2 returned a dict
        get = extracted.get
    else:
        def get(key):
            return getattr(extracted, key, None)
    text = get("text") or ""
    if not text.strip():
        raise ArticleSkipped(source, "no article text in the HTML page (empty, or only navigation); skipped")
    try:
        art = parse_text(text, source, title=get("title"), url=get("url"), published=get("date"),
                         outlet=get("sitename"))
    except ArticleSkipped:
        raise
    except ArticleError:
        raise ArticleSkipped(source, "no article text in the HTML page (only boilerplate); skipped") from None
    words = len(art.body().split())
    if words < 25 and not any(len(s.text.split()) >= 4 and _SENTENCE_END.search(s.text) and not _PAGE_CHROME.search(s.text)
                              for s in art.sentences()):
        raise ArticleSkipped(source, f"no article text in the HTML page, only {words} word{'s' if words != 1 else ''} "
                                     "of menus, links or notices; skipped")
    return art


# --------------------------------------------------------------------------- decoding

# Signatures of common binary formats, to name what was given instead of text.
_MAGIC = ((b"\x89PNG\r\n\x1a\n", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"), (b"GIF87a", "a GIF image"),
          (b"GIF89a", "a GIF image"), (b"PK\x03\x04", "a ZIP archive, e.g. a .docx"), (b"%PDF-", "a PDF document"),
          (b"\x1f\x8b", "a gzip file"), (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document"),
          (b"\x7fELF", "a program"), (b"SQLite format 3\x00", "an SQLite database"))
_BOMS = ((b"\x00\x00\xfe\xff", "utf-32-be"), (b"\xff\xfe\x00\x00", "utf-32-le"),  # before UTF-16: same start
         (b"\xfe\xff", "utf-16-be"), (b"\xff\xfe", "utf-16-le"))

# cp1252, with latin-1 for the five bytes cp1252 leaves undefined
_CP1252 = "".join(bytes([b]).decode("cp1252", "ignore") or chr(b) for b in range(256))


def _cp1252_byte(e: UnicodeDecodeError) -> tuple[str, int]:
    """Codec error handler: a byte that is not part of valid UTF-8 is a cp1252 character."""
    return _CP1252[e.object[e.start]], e.start + 1


codecs.register_error("kg.cp1252", _cp1252_byte)


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    note: str | None = None  # the warning, when the bytes were not plain UTF-8


def decode_bytes(data: bytes, source: str, max_bytes: int = MAX_ARTICLE_BYTES) -> tuple[str, str]:
    """Decode article bytes to (text, encoding); binary data is refused.

    UTF-8; UTF-16 and UTF-32 with a byte-order mark; UTF-8 with stray cp1252 bytes
    ("utf-8+cp1252": each byte that is not valid UTF-8 is read as cp1252); cp1252
    ("latin-1" when a byte is one cp1252 leaves undefined).

    >>> decode_bytes("Menteri Luar Negeri".encode("utf-8"), "x")
    ('Menteri Luar Negeri', 'utf-8')
    >>> decode_bytes("caf\\xe9 \\u2013 ok".encode("cp1252"), "x")
    ('café – ok', 'cp1252')
    >>> decode_bytes("Péter Szijjártó ".encode("utf-8") + b"\\x93ya\\x94", "x")
    ('Péter Szijjártó “ya”', 'utf-8+cp1252')
    """
    d = decode_article_bytes(data, source, max_bytes)
    return d.text, d.encoding


def decode_article_bytes(data: bytes, source: str, max_bytes: int = MAX_ARTICLE_BYTES) -> Decoded:
    """:func:`decode_bytes`, with the warning to give when the bytes needed repair."""
    if not data.strip():
        raise ArticleError(source, "empty file")
    if len(data) > max_bytes:
        raise ArticleError(source, f"{_size(len(data))} is over the {_limit(max_bytes)} limit for one article")
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise ArticleError(source, f"binary file, not text ({what})")
    d = None
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                d = Decoded(data[len(bom):].decode(codec), codec)
            except UnicodeDecodeError:
                name = "UTF-32" if "32" in codec else "UTF-16"
                raise ArticleError(source, f"binary file, not text (it starts with a {name} byte-order mark, "
                                           f"but is not {name} text)") from None
            break
    if d is None:
        d = _decode_8bit(data[3:] if data.startswith(b"\xef\xbb\xbf") else data)
    if not d.text.strip():
        raise ArticleError(source, "empty file")
    # the whole text, not a sample: a text file may carry a stray NUL anywhere, and it is
    # then cleaned; a file that is largely control characters is not text
    if sum(map(len, XML_INVALID.findall(d.text))) > 0.05 * len(d.text):
        raise ArticleError(source, "binary file, not text")
    return d


def _decode_8bit(data: bytes) -> Decoded:
    """UTF-8, else UTF-8 with stray cp1252 bytes, else cp1252: never fails.

    Each byte that is not part of valid UTF-8 is read as cp1252. This is exact where a
    guess from the decoded text (ftfy's ``fix_encoding``) is not: it cannot tell 习近平 or
    Świątek from mojibake."""
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    valid = data.decode("utf-8", "ignore")
    stray = len(data) - len(valid.encode("utf-8"))
    multibyte = len(valid) - len(valid.encode("ascii", "ignore"))
    text = data.decode("utf-8", "kg.cp1252")
    if multibyte:
        s = "s" if stray > 1 else ""
        return Decoded(text, "utf-8+cp1252", f"text was not valid UTF-8; repaired mixed encoding ({stray} cp1252 byte{s})")
    # no UTF-8 sequence at all: a file saved in cp1252 (or latin-1)
    enc = "latin-1" if re.search(b"[\x81\x8d\x8f\x90\x9d]", data) else "cp1252"
    return Decoded(text, enc, f"text is not UTF-8; read as {enc}")
