"""The query executor of the HTTP process: a pool of query workers (:mod:`kg.web.worker`),
one process per slot, started once and reused.

A job goes to a free worker over its pipe and the answer comes back as the bytes the client
gets. A watch (every 50 ms while anything runs) stops a job past the time limit or whose
worker's resident memory passes the cap: the worker is killed (SIGKILL), its CPU and memory
come back at once, the client gets a one-line 503, and a fresh worker takes the slot (ready
in ~0.3 s). Nothing else can end a pyoxigraph query, which has no cancellation.

The per-request cost is one round trip over a pipe and a JSON head: ``QueryPool.run`` of
``ASK {}`` takes ~0.11 ms, of which the worker's own work is ~0.045 ms and the rest two process
wake-ups. A free worker is taken without a task or a timer (``asyncio.wait_for`` on a queue
cost ~25 µs a request), the most recently used first (its caches are warm); only when every
worker is busy does a request wait, first come first served. The query's parse, evaluation
and serialisation hold the worker's GIL, not the HTTP process's. A worker left holding more than half the memory cap
after a big answer is replaced, so memory a query needed does not stay taken.
"""

from __future__ import annotations

import asyncio
import collections
import json
import os
import signal
import subprocess
import sys

from kg.limits import rss
from kg.web.protocol import HTTPError
from kg.web.worker import FRAME, send

WATCH_EVERY = 0.05  # seconds between looks at the running jobs' clocks and memory


class WorkerFailed(Exception):
    """A worker could not start (its one-line reason) or died."""


class _Proc:
    """One worker process and the parent's end of its pipes."""

    def __init__(self, loop: asyncio.AbstractEventLoop, config: dict):
        self.loop = loop
        r_job, self.wfd = os.pipe()  # parent -> worker
        self.rfd, w_ans = os.pipe()  # worker -> parent
        cfg = dict(config, **{"in": r_job, "out": w_ans})
        try:
            self.proc = subprocess.Popen([sys.executable, "-m", "kg.web.worker", json.dumps(cfg)],
                                         pass_fds=(r_job, w_ans), stdin=subprocess.DEVNULL)
        finally:
            os.close(r_job)
            os.close(w_ans)
        self.pid = self.proc.pid
        try:  # fewer wake-ups for big answers (Linux; 64 KiB elsewhere)
            import fcntl

            fcntl.fcntl(self.rfd, getattr(fcntl, "F_SETPIPE_SZ", 1031), 1 << 20)
        except (OSError, ImportError):
            pass
        os.set_blocking(self.rfd, False)
        self.buf = bytearray()
        self.fut: asyncio.Future = loop.create_future()  # the "ready" frame first
        self.deadline = 0.0
        self.alive = True
        loop.add_reader(self.rfd, self._readable)

    def _readable(self):
        try:
            data = os.read(self.rfd, 1 << 20)
        except BlockingIOError:
            return
        except OSError:
            data = b""
        if not data:
            self._fail(WorkerFailed("the query worker stopped"))
            self.close()
            return
        self.buf += data
        if len(self.buf) < FRAME.size:
            return
        nh, nb = FRAME.unpack_from(self.buf)
        end = FRAME.size + nh + nb
        if len(self.buf) < end:
            return
        head = json.loads(bytes(self.buf[FRAME.size:FRAME.size + nh]))
        body = bytes(self.buf[FRAME.size + nh:end])
        del self.buf[:end]
        if not self.fut.done():
            self.fut.set_result((head, body))

    def _fail(self, e: BaseException):
        if not self.fut.done():
            self.fut.set_exception(e)

    def call(self, job: dict, body: bytes) -> asyncio.Future:
        self.fut = self.loop.create_future()
        try:
            send(self.wfd, job, body)
        except OSError:
            self._fail(WorkerFailed("the query worker stopped"))
            self.close()
        return self.fut

    def kill(self, reason: BaseException):
        """Stop it now (SIGKILL), whatever it is doing; its caller gets *reason*."""
        if self.alive:
            try:
                os.kill(self.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        self._fail(reason)
        self.close()

    def close(self):
        if not self.alive:
            return
        self.alive = False
        self.loop.remove_reader(self.rfd)
        for fd in (self.rfd, self.wfd):
            try:
                os.close(fd)
            except OSError:
                pass
        # reap it without blocking the loop (a killed process is gone within milliseconds)
        self.loop.run_in_executor(None, self.proc.wait)


class QueryPool:
    """*slots* workers on the store at *store_path*; :meth:`run` a job within the limits."""

    def __init__(self, store_path: str, *, read_only: bool = True, queries_dirs=(), slots: int = 2,
                 timeout: float = 30.0, max_memory: int | None = None, log=None):
        self.config = {"store": str(store_path), "read_only": read_only, "queries_dirs": [str(d) for d in queries_dirs]}
        self.slots, self.timeout, self.max_memory = max(1, slots), timeout, max_memory
        self.log = log or (lambda m: print(f"kg serve: {m}", file=sys.stderr, flush=True))
        self.busy: set[_Proc] = set()
        self.procs: set[_Proc] = set()
        self._watch: asyncio.Task | None = None
        self._closing = False

    async def start(self) -> None:
        """Start every worker and wait until each has the store open; WorkerFailed if one cannot."""
        self.loop = asyncio.get_running_loop()
        self.idle: list[_Proc] = []  # free workers
        self.waiting: collections.deque[asyncio.Future] = collections.deque()  # requests waiting for one, oldest first
        procs = [self._spawn() for _ in range(self.slots)]
        try:
            for p in procs:
                await self._ready(p)
        except WorkerFailed:
            await self.close()
            raise
        for p in procs:
            self._release(p)

    def _spawn(self) -> _Proc:
        p = _Proc(self.loop, self.config)
        self.procs.add(p)
        return p

    async def _ready(self, p: _Proc) -> None:
        try:
            head, _ = await p.fut
        except WorkerFailed:
            raise WorkerFailed("a query worker stopped at start") from None
        if not head.get("ready"):
            p.kill(WorkerFailed(head.get("error", "")))
            raise WorkerFailed(f"a query worker stopped at start: {head.get('error')}")

    async def _replace(self) -> None:
        """A fresh worker for a slot whose worker was stopped (tries again every second)."""
        while not self._closing:
            p = self._spawn()
            try:
                await self._ready(p)
            except WorkerFailed as e:
                self.procs.discard(p)
                if self._closing:
                    return
                self.log(f"warning: {e}; trying again")
                await asyncio.sleep(1.0)
                continue
            self._release(p)
            return

    def _release(self, p: _Proc) -> None:
        """A free worker goes to the oldest waiting request, else to the idle list."""
        while self.waiting:
            fut = self.waiting.popleft()
            if not fut.done():
                fut.set_result(p)
                return
        self.idle.append(p)

    async def _acquire(self) -> _Proc:
        """A free worker: at once when one is idle and nobody waits (no task, no timer: the
        common case costs microseconds), else first come first served within the time limit
        (+ 2 s for a restart); HTTPError 503 when none frees up by then."""
        if self.idle and not self.waiting:
            return self.idle.pop()
        wait = (self.timeout or 30.0) + 2.0
        fut = self.loop.create_future()
        self.waiting.append(fut)
        busy = HTTPError(503, f"server busy: all {self.slots} query slots stayed taken for {wait:g} s; "
                              "try again later", {"Retry-After": "5"})
        timer = self.loop.call_later(wait, lambda: fut.done() or fut.set_exception(busy))
        try:
            return await fut
        except asyncio.CancelledError:  # the request was abandoned: a worker handed to it goes on
            if fut.done() and not fut.cancelled() and fut.exception() is None:
                self._release(fut.result())
            raise
        finally:
            timer.cancel()

    async def run(self, job: dict, body: bytes = b"") -> tuple[dict, bytes]:
        """The worker's answer (head, body). HTTPError 503 when no slot frees up in time,
        at the time limit, or at the memory cap."""
        p = await self._acquire()
        if self.timeout and self.timeout > 0:
            p.deadline = self.loop.time() + self.timeout
        else:
            p.deadline = float("inf")
        fut = p.call(job, body)
        self.busy.add(p)
        if self._watch is None or self._watch.done():
            self._watch = self.loop.create_task(self._watcher())
        try:
            return await fut
        except WorkerFailed as e:
            raise HTTPError(500, f"query failed: {e}") from None
        except asyncio.CancelledError:  # abandoned mid-query: its answer must not reach the next job
            if not fut.done():
                p.kill(WorkerFailed("the request was abandoned"))
            raise
        finally:
            self.busy.discard(p)
            if p.alive and self.max_memory and rss(p.pid) > self.max_memory // 2:
                p.kill(WorkerFailed("replaced: it held more than half the memory cap"))
            if p.alive:
                self._release(p)
            else:
                self.procs.discard(p)
                if not self._closing:
                    self.loop.create_task(self._replace())

    async def _watcher(self) -> None:
        """Stop the jobs past their limits; runs while any job does."""
        while self.busy:
            await asyncio.sleep(WATCH_EVERY)
            now = self.loop.time()
            for p in list(self.busy):
                if now > p.deadline:
                    p.kill(HTTPError(503, f"query time limit exceeded ({self.timeout:g} s; kg serve --timeout): "
                                          "the query was stopped; simplify it or add LIMIT"))
                elif self.max_memory and rss(p.pid) > self.max_memory:
                    p.kill(HTTPError(503, f"query memory limit exceeded ({self.max_memory // 2**20} MB; "
                                          "kg serve --max-memory): the query was stopped; simplify it or add LIMIT"))

    async def close(self) -> None:
        self._closing = True
        for p in list(self.procs):
            p.kill(WorkerFailed("the server is stopping"))
        self.procs.clear()
