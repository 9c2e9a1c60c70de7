"""`kg extract` gives byte-identical output whatever the string-hash seed.

Python randomises string hashing per process (PYTHONHASHSEED), so iterating a set of
strings, or taking the first of one, can differ from run to run. Such code once made one
article's supplier, weapon and stance change between runs. These tests run the real
command in fresh processes under several hash seeds, over every fixture article, and
compare the output bytes.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from conftest import EXAMPLES, ROOT, SEEDS

HOLDOUT = ROOT / "tests" / "holdout" / "articles"
HASH_SEEDS = ("0", "1", "42", "12345", "random")
FORMATS = ("json", "ttl")

# Two speakers from two countries, and no supplier named in the clause: the supplier is the
# first speaker's country. It was the first element of a *set* of the speakers' countries,
# so it changed with the hash seed; the fixture articles alone never hit that path.
SPEAKERS_ARTICLE = """Jerman dan Prancis kirim tank ke Ukraina
Senin, 3 Juli 2023 - 10:00 WIB
BERLIN - Jerman dan Prancis mengatakan telah mengirim tank Leopard ke Ukraina pada hari Senin.
Germany and France said they had sent tanks to Ukraine on Monday.
Rusia dan Iran mengakui memasok drone kepada Suriah.
"""


def _article_paths(tmp_path) -> list[str]:
    extra = tmp_path / "speakers_two_countries.txt"
    extra.write_text(SPEAKERS_ARTICLE, encoding="utf-8")
    paths = [EXAMPLES, HOLDOUT, extra]
    if SEEDS.is_dir():
        paths.append(SEEDS)
    return [str(p) for p in paths]


@pytest.fixture(scope="module")
def outputs(tmp_path_factory) -> dict[str, dict[str, bytes]]:
    """stdout of `kg extract --format FMT <every article>` per format and hash seed: one
    process each, all started at once (each one extracts every article in one batch)."""
    paths = _article_paths(tmp_path_factory.mktemp("determinism"))
    procs = {}
    for fmt in FORMATS:
        for seed in HASH_SEEDS:
            env = {**os.environ, "PYTHONHASHSEED": seed}
            cmd = [sys.executable, "-m", "kg.cli", "extract", "--format", fmt, *paths]
            procs[fmt, seed] = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out: dict[str, dict[str, bytes]] = {fmt: {} for fmt in FORMATS}
    for (fmt, seed), p in procs.items():
        stdout, stderr = p.communicate(timeout=300)
        assert p.returncode == 0, f"kg extract --format {fmt} (PYTHONHASHSEED={seed}) failed:\n{stderr.decode()}"
        out[fmt][seed] = stdout
    return out


def test_json_is_the_same_under_every_hash_seed(outputs):
    runs = outputs["json"]
    results = json.loads(runs[HASH_SEEDS[0]])
    assert set(p.stem for p in EXAMPLES.glob("*.txt")) <= set(results)
    assert set(p.stem for p in HOLDOUT.glob("*.txt")) <= set(results)
    assert sum(len(r["events"]) for r in results.values()) > 50
    assert results["speakers_two_countries"]["events"], "the regression article must give its claims"
    for seed in HASH_SEEDS[1:]:
        if runs[seed] != runs[HASH_SEEDS[0]]:
            other = json.loads(runs[seed])
            differ = sorted(name for name in results if results[name] != other.get(name))
            pytest.fail(f"PYTHONHASHSEED={seed} gives other output than {HASH_SEEDS[0]} for: {', '.join(differ)}")


def test_ttl_is_the_same_under_every_hash_seed(outputs):
    runs = outputs["ttl"]
    first = runs[HASH_SEEDS[0]].decode()
    assert "kg:WeaponSupplyAllegation" in first and "kg:Meeting" in first and "kg:PhoneCall" in first
    for seed in HASH_SEEDS[1:]:
        assert runs[seed] == runs[HASH_SEEDS[0]], f"PYTHONHASHSEED={seed} gives other quads than {HASH_SEEDS[0]}"


def test_shared_seed_articles_are_in_the_check(outputs):
    if not SEEDS.is_dir():
        pytest.skip(f"../shared is not present ({SEEDS}); its seed articles are left out of the determinism check")
    results = json.loads(outputs["json"][HASH_SEEDS[0]])
    for p in SEEDS.glob("*.txt"):
        assert results[p.stem]["events"], p.name
