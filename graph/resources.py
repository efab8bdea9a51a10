"""The one path resolver for the data files dipgraph ships.

Lexicons, the actor knowledge base, the relation table and the HTML template live in
``graph/data``; the ontology, SHACL shapes and saved queries live in the top-level
``ontology/`` folder, which a wheel installs as ``graph/ontology``. Every module finds its data
through :func:`data_path` or :func:`ontology_path`, so the same code works from a checkout, an
editable install and a normal ``pip install .``.

Example
-------
>>> data_path("relations.tsv").name
'relations.tsv'
>>> ontology_path().name
'ontology'
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from .errors import DataFileError

_PACKAGE = Path(__file__).resolve().parent


def data_path(*parts: str) -> Path:
    """Path of a file or folder under ``graph/data``; raise if it does not exist."""
    path = _PACKAGE.joinpath("data", *parts)
    if not path.exists():
        raise DataFileError(f"missing data file {'/'.join(parts)} (looked in {path.parent})")
    return path


@lru_cache(maxsize=1)
def _ontology_root() -> Path:
    for candidate in (_PACKAGE / "ontology", _PACKAGE.parent / "ontology"):
        if (candidate / "dipgraph.ttl").exists():
            return candidate
    raise DataFileError("the dipgraph ontology is not installed (no ontology/dipgraph.ttl)")


def ontology_path(*parts: str) -> Path:
    """Path under the ontology folder (ontology, shapes, saved queries); raise if missing."""
    path = _ontology_root().joinpath(*parts)
    if not path.exists():
        raise DataFileError(f"missing ontology file {'/'.join(parts)} (looked in {path.parent})")
    return path
