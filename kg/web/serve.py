"""`kg serve`: the application (:mod:`kg.web.app`) under Granian, a Rust HTTP server.

Granian does the HTTP/1.1 protocol (strict parsing, keep-alive, pipelining, Expect:
100-continue, a time limit on reading request heads), the listening socket and its
backlog, a cap on requests in progress per process (backpressure: the rest wait in the
backlog instead of taking threads or file descriptors), and the supervision of the server
processes (``--processes``: a process that dies is started again). Each server process
keeps its own pool of query workers (``--slots``).

The configuration reaches the server processes (started fresh by Granian) through the
environment, as JSON in ``KG_SERVE_CONFIG``; :func:`app_from_env` is Granian's factory.
"""

from __future__ import annotations

import json
import os
import sys

CONFIG_ENV = "KG_SERVE_CONFIG"
HEADER_TIMEOUT = 10.0  # seconds a client has to send a request's head (slow and idle clients are cut off)
MAX_CONNECTIONS = 2048  # connections a server process holds at once; more wait in the listen backlog
BACKLOG = 1024
MAX_HEAD = 32 * 1024  # hyper's read buffer: request heads over ~64 KiB get 431


# Granian's own messages (a server process that died and is started again, ...) on stderr
# with ours, one line each
LOG_CONFIG = {
    "formatters": {"generic": {"()": "logging.Formatter", "fmt": "kg serve: %(levelname)s: %(message)s"},
                   "access": {"()": "logging.Formatter", "fmt": "%(message)s"}},
    "handlers": {"console": {"formatter": "generic", "class": "logging.StreamHandler", "stream": "ext://sys.stderr"},
                 "access": {"formatter": "access", "class": "logging.StreamHandler", "stream": "ext://sys.stderr"}},
}


def app_from_env():
    """Granian's factory: the ASGI application for the configuration in the environment."""
    from kg.web.app import build

    return build(json.loads(os.environ[CONFIG_ENV]))


def check_store(config: dict) -> None:
    """Start one query worker the way the server will, and stop it: SystemExit(1) with one
    line when the store cannot be opened, before anything listens."""
    import asyncio

    from kg.web.executor import QueryPool, WorkerFailed

    async def probe():
        pool = QueryPool(config["store"], read_only=not config.get("allow_update"),
                         queries_dirs=config.get("queries_dirs") or (), slots=1)
        await pool.start()
        await pool.close()

    try:
        asyncio.run(probe())
    except WorkerFailed as e:
        print(f"kg: error: {e}", file=sys.stderr)
        raise SystemExit(1)


def _fit_file_limit(max_connections: int, processes: int, per_process: int) -> int:
    """Connections per process that fit the open-file limit (raised to its hard maximum first):
    past it, accepting would fail and spin instead of leaving clients in the backlog."""
    try:
        import resource

        soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
        if hard == resource.RLIM_INFINITY or hard > soft:
            want = 65536 if hard == resource.RLIM_INFINITY else hard
            resource.setrlimit(resource.RLIMIT_NOFILE, (want, hard))
            soft = want
    except (ImportError, ValueError, OSError):
        return max_connections
    fit = max(16, soft // max(1, processes) - per_process - 64)
    if fit < max_connections:
        print(f"kg serve: warning: at most {fit} connections per process fit the open-file limit "
              f"({soft}); --max-connections {max_connections} lowered", file=sys.stderr)
    return min(max_connections, fit)


def _banner(config: dict, n_queries: int) -> None:
    h, p = config["host"], config["port"]
    shown = f"[{h}]" if ":" in h else h
    processes = config.get("processes", 1)
    mem = f", memory cap {config['max_memory'] // 2**20} MB" if config.get("max_memory") else ""
    print(f"kg serve: http://{shown}:{p}/  (SPARQL endpoint /sparql, saved queries /queries, docs /docs); "
          f"{n_queries} saved queries, time limit {config['timeout']:g} s{mem}, max {config['max_rows']} rows, "
          f"{config['slots']} query slot{'s' if config['slots'] != 1 else ''}"
          f"{f', {processes} processes' if processes > 1 else ''}"
          f"{', updates allowed' if config.get('allow_update') else ''}"
          f"{', SERVICE allowed' if config.get('allow_service') else ''}. Ctrl-C stops.",
          file=sys.stderr, flush=True)
    if h not in ("127.0.0.1", "::1", "localhost"):
        print("kg serve: warning: listening beyond this machine; anyone who can reach it can query the store",
              file=sys.stderr)


def serve(store_path, host: str = "127.0.0.1", port: int = 7878, *, queries_dirs=(), timeout: float = 30.0,
          max_rows: int = 10_000, max_memory: int | None = None, slots: int | None = None, processes: int = 1,
          allow_update: bool = False, token: str | None = None, allow_service: bool = False, cors=(),
          allowed_hosts=(), max_body: int | None = None, max_connections: int = MAX_CONNECTIONS,
          header_timeout: float = HEADER_TIMEOUT) -> None:
    """Serve the store at *store_path* until interrupted (Ctrl-C, SIGTERM)."""
    import socket

    from granian import Granian
    from granian.constants import HTTPModes, Interfaces
    from granian.http import HTTP1Settings
    from granian.log import LogLevels

    from kg.queries import load_library

    if allow_update and not token:
        raise ValueError("allow_update needs a bearer token")
    config = {"store": str(store_path), "host": host, "port": port, "queries_dirs": [str(d) for d in queries_dirs],
              "timeout": timeout, "max_rows": max_rows, "max_memory": max_memory,
              "slots": 1 if allow_update else (slots or 2 * (os.cpu_count() or 1)), "processes": processes,
              "allow_update": allow_update, "token": token, "allow_service": allow_service, "cors": list(cors),
              "allowed_hosts": list(allowed_hosts)}
    if max_body:
        config["max_body"] = max_body
    library = load_library(queries_dirs, warn=lambda m: print(f"kg serve: warning: {m}", file=sys.stderr))
    try:  # say so now, in one line, rather than from inside the server
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        with socket.socket(family) as s:
            s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            s.bind((host, port))
    except OSError as e:
        print(f"kg: error: cannot listen on {host}:{port}: {e.strerror or e}", file=sys.stderr)
        raise SystemExit(1)
    check_store(config)
    max_connections = _fit_file_limit(max_connections, processes, 3 * config["slots"] + 16)
    os.environ[CONFIG_ENV] = json.dumps(config)
    server = Granian("kg.web.serve:app_from_env", factory=True, interface=Interfaces.ASGI, address=host, port=port,
                     workers=processes, http=HTTPModes.http1, websockets=False, backlog=BACKLOG,
                     backpressure=max_connections,
                     http1_settings=HTTP1Settings(header_read_timeout=int(header_timeout * 1000), keep_alive=True,
                                                 max_buffer_size=MAX_HEAD),
                     respawn_failed_workers=True, respawn_interval=0.5, log_level=LogLevels.warning,
                     log_dictconfig=LOG_CONFIG, workers_kill_timeout=5)
    _banner(config, len(library))
    server.serve()
