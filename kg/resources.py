"""Locate the data that ships with kg: ontology/, queries/ and lexicons.

In a wheel (`pip install .`) ``ontology/`` and ``queries/`` are copied inside the
package (see ``force-include`` in pyproject.toml); in a source checkout or an
editable install they sit at the repository's top level, one folder up.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _data_dir(name: str) -> Path:
    for candidate in (_PACKAGE / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"kg data folder {name!r} not found next to {_PACKAGE}")


def ontology_dir() -> Path:
    """The folder holding ``kg.ttl`` and ``shapes.ttl``.

    >>> (ontology_dir() / "kg.ttl").is_file()
    True
    """
    return _data_dir("ontology")


def queries_dir() -> Path:
    """The folder of saved ``.rq`` queries."""
    return _data_dir("queries")


def lexicons_dir() -> Path:
    """The folder of JSONL lexicons (countries, persons, triggers, ...)."""
    return _PACKAGE / "lexicons"


def examples_dir() -> Path:
    """The bundled example articles (in a source checkout)."""
    return _PACKAGE.parent / "examples" / "articles"
