"""Package data (ontology/, queries/, lexicons) works from a plain wheel install, outside
the checkout — not only in editable mode."""

import subprocess
import sys
import zipfile

import pytest

from conftest import ROOT


def test_wheel_carries_the_data_and_works_outside_the_checkout(tmp_path):
    pytest.importorskip("hatchling")
    r = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                        "-w", str(tmp_path / "dist"), str(ROOT)], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    [wheel] = list((tmp_path / "dist").glob("kg-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    for needed in ("kg/ontology/kg.ttl", "kg/ontology/shapes.ttl", "kg/queries/timeline.rq",
                   "kg/lexicons/countries.jsonl", "kg/lexicons/triggers.jsonl", "kg/static/graph.js",
                   "kg/static/vendor/echarts.min.js", "kg/static/vendor/LICENSE-echarts", "kg/static/vendor/MANIFEST"):
        assert needed in names, needed
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    script = """
import kg, kg.resources as r
from kg.queries import load_library
from kg.article import parse_text
from kg.events import extract
assert str(r.ontology_dir()).startswith(SITE), r.ontology_dir()
assert str(r.queries_dir()).startswith(SITE), r.queries_dir()
assert "timeline" in load_library()
from kg.web.pages import STATIC_DIR
assert str(STATIC_DIR).startswith(SITE) and (STATIC_DIR / "vendor" / "echarts.min.js").stat().st_size > 500000
art = parse_text("JAKARTA - Menteri Luar Negeri Retno Marsudi bertemu Menteri Luar Negeri Rusia Sergei Lavrov di Jakarta.", "x")
print(extract(art).to_json()["events"][0]["type"])
""".replace("SITE", repr(str(site)))
    out = subprocess.run([sys.executable, "-c", script], cwd=tmp_path, capture_output=True, text=True,
                         env={"PYTHONPATH": str(site), "PATH": "/usr/bin:/bin"})
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "Meeting"
