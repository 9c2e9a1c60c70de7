"""Every example that `kg --help` and `kg COMMAND --help` show works: each is run as written,
in a folder holding the example store (./kg-store, and a copy ./my-store), the example
articles and ../shared. `kg serve` examples are started as real processes and must answer
over HTTP (on a free port instead of the one written, which may be taken)."""

from __future__ import annotations

import os
import shlex
import shutil
import signal
import subprocess
import sys
import time
import urllib.request

import pytest

from conftest import EXAMPLES, SHARED, cli, free_port
from kg.cli import app


def _help_texts() -> dict[str, str]:
    import typer.main

    group = typer.main.get_command(app)
    texts = {"kg": group.help or ""}
    texts.update({f"kg {name}": cmd.help or "" for name, cmd in group.commands.items()})
    return texts


def _examples(text: str) -> list[list[str]]:
    """The command lines a help text shows: each line that starts with `kg` (after an
    optional "Example(s):" and environment assignments), split at ` ; `, comments dropped."""
    found = []
    for line in text.splitlines():
        line = line.strip()
        for label in ("Examples:", "Example:"):
            line = line.removeprefix(label).strip()
        lex = shlex.shlex(line, posix=True, punctuation_chars=";")
        lex.whitespace_split = True
        lex.commenters = "#"
        try:
            words = list(lex)
        except ValueError:
            continue
        cmd: list[str] = []
        for w in [*words, ";"]:
            if w == ";":
                start = next((i for i, x in enumerate(cmd) if "=" not in x), len(cmd))
                if cmd[start:start + 1] == ["kg"]:
                    found.append(cmd)
                cmd = []
            else:
                cmd.append(w)
    return found


HELP = _help_texts()
EXAMPLES_SHOWN = [(where, ex) for where, text in HELP.items() for ex in _examples(text)]


def test_help_shows_examples():
    where = {w for w, _ in EXAMPLES_SHOWN}
    assert {"kg", "kg query", "kg ingest", "kg export", "kg serve", "kg validate"} <= where
    assert len(EXAMPLES_SHOWN) >= 20


def test_no_type_placeholders_in_help(runner):
    """Flags show no type ("--version <bool>"), values a name that says what they are."""
    for where in HELP:
        r = runner.invoke(app, [*where.split()[1:], "--help"], terminal_width=200)
        assert r.exit_code == 0
        assert "<bool>" not in r.stdout and "<str>" not in r.stdout and "<list" not in r.stdout, where
    r = runner.invoke(app, ["query", "--help"], terminal_width=200)
    assert "--param" in r.stdout and "NAME=VALUE" in r.stdout and "--store" in r.stdout and "DIR" in r.stdout


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory, example_store):
    root = tmp_path_factory.mktemp("help")
    work = root / "work"
    work.mkdir()
    (work / "examples").symlink_to(EXAMPLES.parent, target_is_directory=True)
    if SHARED.is_dir():
        (root / "shared").symlink_to(SHARED, target_is_directory=True)
    return work


def _serve(args: list[str], env: dict, cwd) -> None:
    port = free_port()
    if "--port" in args:
        args[args.index("--port") + 1] = str(port)
    else:
        args += ["--port", str(port)]
    proc = subprocess.Popen([sys.executable, "-m", "kg", *args], cwd=cwd, env={**os.environ, **env},
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    try:
        deadline = time.time() + 30
        while True:
            assert proc.poll() is None, proc.communicate()[1].decode()
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/queries", timeout=2) as r:
                    assert r.status == 200 and b"timeline" in r.read()
                    return
            except OSError:
                assert time.time() < deadline, f"{args} did not answer within 30 s"
                time.sleep(0.2)
    finally:
        os.killpg(proc.pid, signal.SIGTERM)  # the server and the processes it forked, all ours
        proc.wait(timeout=30)


@pytest.mark.parametrize("where, example", EXAMPLES_SHOWN, ids=[" ".join(e) for _, e in EXAMPLES_SHOWN])
def test_every_help_example_works(where, example, sandbox, example_store, runner, monkeypatch):
    if any("../shared" in w for w in example) and not SHARED.is_dir():
        pytest.skip(f"../shared is not present ({SHARED})")
    for name in ("kg-store", "my-store", "copy-store"):
        shutil.rmtree(sandbox / name, ignore_errors=True)
    for name in ("kg-store", "my-store"):
        shutil.copytree(example_store, sandbox / name)
    monkeypatch.chdir(sandbox)
    monkeypatch.delenv("KG_STORE", raising=False)
    # the other examples of the same help text may prepare this one (export, then import)
    for _, other in [e for e in EXAMPLES_SHOWN if e[0] == where]:
        if other == example:
            break
        if other[other.index("kg") + 1] != "serve":
            cli(runner, *other[other.index("kg") + 1:])
    start = example.index("kg")
    env = dict(a.split("=", 1) for a in example[:start])
    args = example[start + 1:]
    if args[:1] == ["serve"]:
        _serve(args, env, sandbox)
        return
    for k, v in env.items():
        monkeypatch.setenv(k, v)
    r = cli(runner, *args)
    assert r.exit_code == 0, f"{' '.join(example)} (from `{where} --help`): {r.stderr or r.stdout}"
    assert r.stdout.strip() or r.stderr.strip()
