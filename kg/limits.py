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


def run_limited(cmd: list[str], timeout: float | None = None, max_memory: int | None = None,
                env: dict | None = None, every: float = 0.05) -> str | None:
    """Run *cmd* (its output goes where ours goes) and wait for it; kill it when it runs past
    *timeout* seconds or its resident memory passes *max_memory* bytes. None when it ended by
    itself (its exit code is in the exception it raises: SystemExit when not 0), else the reason."""
    p = subprocess.Popen(cmd, env=env)
    start = time.monotonic()
    try:
        while True:
            try:
                code = p.wait(every)
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
            return reason
    except BaseException:
        p.kill()
        p.wait()
        raise
