"""A small threaded HTTP/1.1 server: connections, request heads, bodies, responses.

It carries requests to an application object with one method,
``handle(method, target, headers, read_body, answer_early) -> response`` (a
:class:`kg.server.App`), and nothing else: no routing, no content. It replaces the
standard library's ``http.server`` because that one parses every request head with the
``email`` package and costs ~0.2 ms of CPU per request, close to what a small SPARQL query
costs (measured on event-sources, a sub-millisecond saved query, one client: 1,190 → 1,440
requests/s when this server replaced it).

What it does: HTTP/1.0 and 1.1, keep-alive (1.1 by default, 1.0 when asked), pipelined
requests, ``Content-Length`` bodies read only when the application asks (``Expect:
100-continue`` is answered then), ``HEAD``, a limit on the request head (431), one-line
errors for malformed requests (400, 505), an idle timeout, and an access log. Chunked
request bodies are left to the application to refuse (411).

>>> h = Headers([("Content-Type", "text/plain"), ("accept", "a"), ("Accept", "b")])
>>> h.get("content-type"), h["ACCEPT"], h.get("Host"), "accept" in h
('text/plain', 'a, b', None, True)
"""

from __future__ import annotations

import functools
import socket
import socketserver
import sys
import threading
import time

MAX_HEAD = 64 * 1024  # request line + headers
IDLE_TIMEOUT = 120.0  # seconds a keep-alive connection may sit idle (or a client may stall)


class Headers:
    """Request headers: case-insensitive ``get``; repeated fields joined with ", "."""

    __slots__ = ("_d",)

    def __init__(self, items=()):
        self._d: dict[str, str] = {}
        for k, v in items:
            k = k.lower()
            self._d[k] = self._d[k] + ", " + v if k in self._d else v

    def get(self, name: str, default=None):
        return self._d.get(name.lower(), default)

    def __getitem__(self, name: str) -> str | None:
        return self._d.get(name.lower())

    def __contains__(self, name: str) -> bool:
        return name.lower() in self._d

    def items(self):
        return self._d.items()


class Response:
    __slots__ = ("status", "body", "ctype", "headers", "close")

    def __init__(self, status: int, body: bytes, ctype: str, headers: dict | None = None, close: bool = False):
        self.status, self.body, self.ctype, self.headers, self.close = status, body, ctype, headers or {}, close


class Answered(Exception):
    """Raised by the application when the response was already sent through
    ``answer_early`` (a 503 at the time limit): send nothing more on this connection."""


class BadRequest(Exception):
    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status, self.message = status, message


@functools.lru_cache(maxsize=None)
def _reason(status: int) -> bytes:
    from http import HTTPStatus

    try:
        return HTTPStatus(status).phrase.encode("latin-1")
    except ValueError:
        return b"Unknown"


_date_cache = [0, b""]


def _date() -> bytes:
    """The Date header value, formatted once a second."""
    now = int(time.time())
    if _date_cache[0] != now:
        from email.utils import formatdate

        _date_cache[0], _date_cache[1] = now, formatdate(now, usegmt=True).encode("ascii")
    return _date_cache[1]


def response_bytes(resp: Response, head_only: bool, server: bytes, keep_alive: bool, http10: bool) -> bytes:
    """Status line, headers and (unless HEAD, 204 or 304) the body, as one buffer."""
    parts = [b"HTTP/1.1 %d %s\r\nServer: %s\r\nDate: %s\r\nContent-Type: %s\r\nContent-Length: %d\r\n"
             % (resp.status, _reason(resp.status), server, _date(), resp.ctype.encode("latin-1"), len(resp.body))]
    for k, v in resp.headers.items():
        parts.append(f"{k}: {v}\r\n".encode("latin-1", "replace"))
    if not keep_alive:
        parts.append(b"Connection: close\r\n")
    elif http10:
        parts.append(b"Connection: keep-alive\r\n")
    parts.append(b"\r\n")
    if not head_only and resp.status not in (204, 304) and resp.status >= 200:
        parts.append(resp.body)
    return b"".join(parts)


class Connection(socketserver.BaseRequestHandler):
    """One client connection: requests are read and answered in turn until it closes."""

    app = None  # these three are set by make_server
    server_header = b"kg"
    quiet = False

    def setup(self):
        self.sock: socket.socket = self.request
        self.sock.settimeout(IDLE_TIMEOUT)
        try:
            self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        except OSError:
            pass
        self.buf = bytearray()
        self.peer = self.client_address[0] if isinstance(self.client_address, tuple) else str(self.client_address)
        self._send_lock = threading.Lock()
        self._closed_for_writing = False

    # -- reading ---------------------------------------------------------------------------
    def _fill(self) -> bool:
        """Read more into the buffer; False at end of stream or on timeout/reset."""
        try:
            chunk = self.sock.recv(65536)
        except (socket.timeout, OSError):
            return False
        if not chunk:
            return False
        self.buf += chunk
        return True

    def _read_head(self) -> bytes | None:
        start = 0
        while True:
            # tolerate empty lines before a request (RFC 9112 §2.2)
            while self.buf[:2] == b"\r\n":
                del self.buf[:2]
            end = self.buf.find(b"\r\n\r\n", max(0, start - 3))
            if 0 <= end <= MAX_HEAD:
                head = bytes(self.buf[:end])
                del self.buf[: end + 4]
                return head
            if len(self.buf) > MAX_HEAD:
                raise BadRequest(431, f"request head too large (limit {MAX_HEAD} bytes)")
            start = len(self.buf)
            if not self._fill():
                return None

    def _read_exact(self, n: int) -> bytes:
        while len(self.buf) < n:
            if not self._fill():
                raise ConnectionError("the client closed the connection before sending the whole body")
        data = bytes(self.buf[:n])
        del self.buf[:n]
        return data

    @staticmethod
    def parse_head(head: bytes):
        """(method, target, version, Headers) of a request head, or BadRequest."""
        lines = head.split(b"\r\n")
        parts = lines[0].split(b" ")
        if len(parts) != 3 or not parts[0] or not parts[1]:
            raise BadRequest(400, f"bad request line: {lines[0][:100].decode('latin-1')!r}")
        method, target, version = (p.decode("latin-1") for p in parts)
        if not method.isalpha() or not method.isupper():
            raise BadRequest(400, f"bad method: {method[:20]!r}")
        if version not in ("HTTP/1.1", "HTTP/1.0"):
            if version.startswith("HTTP/") and version[5:6].isdigit():
                raise BadRequest(505, f"HTTP version not supported: {version[:20]} (use HTTP/1.1)")
            raise BadRequest(400, f"bad request line: {lines[0][:100].decode('latin-1')!r}")
        items = []
        for line in lines[1:]:
            name, sep, value = line.partition(b":")
            if not sep or not name or name != name.strip() or line[:1] in (b" ", b"\t"):
                raise BadRequest(400, f"bad header line: {line[:100].decode('latin-1')!r}")
            items.append((name.decode("latin-1"), value.strip(b" \t").decode("latin-1")))
        return method, target, version, Headers(items)

    # -- writing ---------------------------------------------------------------------------
    def _send(self, data: bytes) -> bool:
        with self._send_lock:
            if self._closed_for_writing:
                return False
            try:
                self.sock.sendall(data)
                return True
            except OSError:
                self._closed_for_writing = True
                return False

    def _log(self, method: str, target: str, version: str, status: int, size: int):
        if not self.quiet:
            t = time.strftime("%d/%b/%Y %H:%M:%S")
            sys.stderr.write(f'{self.peer} [{t}] "{method} {target[:2000]} {version}" {status} {size}\n')

    def _refuse(self, e: BadRequest):
        body = (e.message + "\n").encode("utf-8")
        self._send(response_bytes(Response(e.status, body, "text/plain; charset=utf-8"), False,
                                  self.server_header, False, False))
        self._log("-", "-", "-", e.status, len(body))
        self._linger()

    # -- the loop ----------------------------------------------------------------------------
    def handle(self):
        app = self.app
        while True:
            try:
                head = self._read_head()
                if head is None:
                    return
                method, target, version, headers = self.parse_head(head)
            except BadRequest as e:
                self._refuse(e)
                return
            http10 = version == "HTTP/1.0"
            conn = (headers.get("Connection") or "").lower()
            keep_alive = ("keep-alive" in conn) if http10 else ("close" not in conn)
            length = (headers.get("Content-Length") or "").strip()
            has_body = bool(headers.get("Transfer-Encoding")) or length not in ("", "0")
            expect = "100-continue" in (headers.get("Expect") or "").lower() and not http10
            consumed = []
            sent_early = threading.Event()

            def read_body(n: int) -> bytes:
                if expect and not consumed and len(self.buf) < n:
                    self._send(b"HTTP/1.1 100 Continue\r\n\r\n")
                consumed.append(n)
                return self._read_exact(n)

            def answer_early(resp: Response):
                # from the watchdog's thread while this one waits for its query
                try:
                    self._send(response_bytes(resp, method == "HEAD", self.server_header, False, http10))
                    with self._send_lock:
                        self._closed_for_writing = True
                        try:
                            self.sock.shutdown(socket.SHUT_WR)
                        except OSError:
                            pass
                    self._log(method, target, version, resp.status, len(resp.body))
                finally:
                    sent_early.set()

            try:
                resp = app.handle(method, target, headers, read_body, answer_early)
            except Answered:
                # the watchdog took this request; if the query returned just then, wait for its
                # answer to be out before the connection is closed under it
                sent_early.wait(10)
                return
            except ConnectionError:
                return
            except Exception as e:  # a bug: answer 500 rather than drop the connection
                import traceback

                traceback.print_exc()
                msg = str(e).strip().splitlines()[0] if str(e).strip() else ""
                resp = Response(500, f"internal error: {type(e).__name__}: {msg}\n".encode("utf-8"),
                                "text/plain; charset=utf-8", close=True)
            unread = has_body and not consumed
            if resp.close or unread:
                keep_alive = False
            if not self._send(response_bytes(resp, method == "HEAD", self.server_header, keep_alive, http10)):
                return
            self._log(method, target, version, resp.status, len(resp.body))
            if not keep_alive:
                if unread and not expect:
                    self._linger()
                return

    def _linger(self, limit: int = 16 << 20, seconds: float = 2.0):
        """Read and drop what the client is still sending (a body refused unread) for a
        moment, so that it gets the answer rather than a reset connection."""
        try:
            self.sock.shutdown(socket.SHUT_WR)
            self.sock.settimeout(0.5)
            end, left = time.monotonic() + seconds, limit
            while left > 0 and time.monotonic() < end:
                chunk = self.sock.recv(65536)
                if not chunk:
                    break
                left -= len(chunk)
        except OSError:
            pass


class ThreadedServer(socketserver.ThreadingTCPServer):
    """One thread per connection (daemon threads: Ctrl-C does not wait for idle clients)."""

    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128
    block_on_close = False


def listen(host: str, port: int) -> socket.socket:
    """A listening socket on host:port (0 picks a free port), to share between processes."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(ThreadedServer.request_queue_size)
    except OSError:
        sock.close()
        raise
    return sock


def make_server(app, host: str, port: int, *, server_header: str = "kg", quiet: bool = False,
                sock: socket.socket | None = None) -> ThreadedServer:
    """A server for *app* bound to host:port (0 picks a free port), or accepting on *sock*,
    a socket from :func:`listen` (each process of a pre-forked server has one such server);
    call ``serve_forever()``."""
    handler = type("KgConnection", (Connection,), {"app": app, "server_header": server_header.encode("latin-1"),
                                                    "quiet": quiet})
    family = sock.family if sock is not None else (socket.AF_INET6 if ":" in host else socket.AF_INET)
    cls = type("KgServer", (ThreadedServer,), {"address_family": family})
    if sock is None:
        return cls((host, port), handler)
    server = cls(sock.getsockname()[:2], handler, bind_and_activate=False)
    server.socket.close()
    server.socket = sock
    server.server_address = sock.getsockname()
    return server
