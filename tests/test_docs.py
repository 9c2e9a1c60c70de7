"""The README documents every command and every saved query; the quick start is what CI runs."""

import re

from conftest import ROOT
from kg.cli import app
from kg.queries import load_library

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_command_is_documented():
    import typer.main

    commands = typer.main.get_command(app).commands
    assert len(commands) >= 11
    for name in commands:
        assert f"`kg {name}" in README, f"kg {name} is not in the README"


def test_every_option_is_documented():
    import typer.main

    missing = []
    for name, command in typer.main.get_command(app).commands.items():
        for param in command.params:
            longs = [o for o in [*param.opts, *param.secondary_opts] if o.startswith("--")]
            if longs and not any(o in README for o in longs):
                missing.append(f"kg {name} {longs[0]}")
    assert not missing, "options not in the README: " + ", ".join(missing)


def test_every_saved_query_is_documented():
    for name in load_library():
        assert f"`{name}`" in README, f"saved query {name} is not in the README"


def test_quick_start_has_two_commands_and_ci_reads_them():
    for marker in ("<!-- quickstart:install-run -->", "<!-- quickstart:test -->"):
        block = README.split(marker, 1)[1]
        cmd = re.search(r"```sh\n(.+?)\n```", block, re.S).group(1)
        assert "\n" not in cmd.strip()
    assert "kg ingest examples/articles" in README and "pytest" in README
    ci = (ROOT / ".ci" / "run").read_text()
    assert "quickstart:" in ci and "README.md" in ci
