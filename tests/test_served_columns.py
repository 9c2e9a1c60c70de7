"""Issue 13, over HTTP: a saved query's answer from a real `kg serve` process has the
query's own columns only, in every format (the parameters are bound, not echoed on every
row), and its rows are the library's."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from urllib.parse import urlencode

import pytest

from kg.queries import load_library, run_saved
from kg.store import open_store


@pytest.fixture(scope="module")
def served(example_store):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-m", "kg", "serve", "--store", str(example_store), "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    deadline = time.time() + 30
    while True:
        assert proc.poll() is None, proc.communicate()[1].decode()
        try:
            urllib.request.urlopen(url + "/queries", timeout=2).read()
            break
        except OSError:
            assert time.time() < deadline, "kg serve did not answer within 30 s"
            time.sleep(0.2)
    yield url
    os.killpg(proc.pid, signal.SIGTERM)  # our server process
    proc.wait(timeout=30)


def _get(url: str) -> str:
    with urllib.request.urlopen(url, timeout=60) as r:
        assert r.status == 200
        return r.read().decode("utf-8")


@pytest.mark.parametrize("name, params", [
    ("timeline", {"actor": "Iran", "type": "WeaponSupplyAllegation", "from": "2024-01-01", "to": "2024-12-31"}),
    ("phone-calls", {"person": "Vladimir Putin"}),
    ("meetings-between", {"a": "USA", "b": "China"}),
])
def test_served_answers_have_no_parameter_columns(served, example_store, name, params):
    st = open_store(example_store, read_only=True)
    res = run_saved(st, load_library(), name, params)
    names = [v.value for v in res.variables]
    n = sum(1 for _ in res)
    assert n and not set(params) & set(names)
    base = f"{served}/queries/{name}?{urlencode(params)}"
    doc = json.loads(_get(base + "&format=json"))
    assert doc["head"]["vars"] == names and len(doc["results"]["bindings"]) == n
    rows = list(csv.reader(io.StringIO(_get(base + "&format=csv"))))
    assert rows[0] == names and len(rows) == n + 1
    tsv = _get(base + "&format=tsv").splitlines()
    assert tsv[0].split("\t") == [f"?{v}" for v in names] and len(tsv) == n + 1
    page = _get(base + "&format=html")
    head = re.search(r"<thead[^>]*>(.*?)</thead>", page, re.S).group(1)  # the results table's header
    heads = [re.sub(r"<[^>]+>", "", h).strip() for h in re.findall(r"<th[^>]*>(.*?)</th>", head, re.S)]
    assert heads == names
