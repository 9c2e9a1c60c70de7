"""Time and memory limits for work that cannot be interrupted from inside: a pyoxigraph query
has no cancellation, so it runs in a child process that is killed (SIGKILL) when it passes
a limit; its CPU and memory come back at once. Used by ``kg query --timeout/--max-memory``;
``kg serve`` does the same with its pool of query workers (kg.web.executor).

>>> run_limited([sys.executable, "-c", "pass"], timeout=10)
>>> run_limited([sys.executable, "-c", "import time; time.sleep(5)"], timeout=0.2)
'time limit exceeded (0.2 s)'
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time

_PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


def rss(pid: int) -> int:
    """Resident memory of a process in bytes (0 when it is gone)."""
    try:
        with open(f"/proc/{pid}/statm", "rb") as f:
            return int(f.read().split()[1]) * _PAGE
    except (OSError, ValueError, IndexError):
        try:
            import psutil

            return psutil.Process(pid).memory_info().rss
        except Exception:  # noqa: BLE001 - gone, or no way to tell
            return 0


def _copy(src, dst) -> None:
    """Copy a child's output stream to one of ours as it comes, then close it."""
    out = getattr(dst, "buffer", None)
    for chunk in iter(lambda: src.read1(65536), b""):
        if out is not None:
            out.write(chunk)
            out.flush()
        else:
            dst.write(chunk.decode("utf-8", "replace"))
            dst.flush()
    src.close()


def run_limited(cmd: list[str], timeout: float | None = None, max_memory: int | None = None,
                env: dict | None = None, every: float = 0.05) -> str | None:
    """Run *cmd* (its output is copied to ours) and wait for it; kill it when it runs past
    *timeout* seconds or its resident memory passes *max_memory* bytes. None when it ended by
    itself (its exit code is in the exception it raises: SystemExit when not 0), else the reason."""
    # The child's output is copied to our sys.stdout/sys.stderr (not inherited as file
    # descriptors): whoever called us may have replaced them (a test runner, an embedding).
    p = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    pumps = [threading.Thread(target=_copy, args=(src, dst), daemon=True)
             for src, dst in ((p.stdout, sys.stdout), (p.stderr, sys.stderr))]
    for t in pumps:
        t.start()
    start = time.monotonic()
    try:
        while True:
            try:
                code = p.wait(every)
                for t in pumps:
                    t.join()
                if code:
                    raise SystemExit(code)
                return None
            except subprocess.TimeoutExpired:
                pass
            if timeout and time.monotonic() - start > timeout:
                reason = f"time limit exceeded ({timeout:g} s)"
            elif max_memory and rss(p.pid) > max_memory:
                reason = f"memory limit exceeded ({max_memory // 2**20} MB)"
            else:
                continue
            p.kill()
            p.wait()
            for t in pumps:
                t.join()
            return reason
    except BaseException:
        p.kill()
        p.wait()
        raise
