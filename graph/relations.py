"""The relation table: the 19 stance relations of ``graph/data/relations.tsv``.

Each relation carries its sign, its PLOVER and CAMEO codes, its Goldstein weight and its label
and definition per language; the table's ``symmetric`` column says which relations are compared
as unordered pairs.

Example
-------
>>> relations()["condemn"].sign, relations()["condemn"].plover
('-', 'ACCUSE')
>>> "meet" in SYMMETRIC_RELATIONS
True
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from functools import lru_cache

from .errors import DataFileError
from .resources import data_path


@dataclass(frozen=True)
class Relation:
    """One of the 19 stance relations, as listed in ``graph/data/relations.tsv``.

    ``labels`` and ``definitions`` map a language to the relation's label and definition (the
    table's ``label_<lang>`` and ``definition_<lang>`` columns). ``symmetric`` relations are
    compared as unordered pairs (the guidelines' meet, agree, cooperate).

    >>> relations()["support"].labels["fr"]
    'soutient'
    """

    name: str
    sign: str
    plover: str
    cameo_root: str
    cameo_code: str
    goldstein: float
    symmetric: bool = False
    labels: dict[str, str] = field(default_factory=dict, hash=False)
    definitions: dict[str, str] = field(default_factory=dict, hash=False)

    @property
    def sign_value(self) -> int:
        """+1 for cooperative relations, -1 for conflictual ones."""
        return 1 if self.sign == "+" else -1


@lru_cache(maxsize=1)
def relations() -> dict[str, Relation]:
    """The relation table, keyed by relation name, in the file's order."""
    with open(data_path("relations.tsv"), encoding="utf-8", newline="") as fh:
        rows = csv.DictReader(fh, delimiter="\t")
        return {
            r["relation"]: Relation(
                name=r["relation"],
                sign=r["sign"],
                plover=r["plover"],
                cameo_root=r["cameo_root"],
                cameo_code=r["cameo_code"],
                goldstein=float(r["goldstein"]),
                symmetric=_yes_no(r, "symmetric"),
                labels=by_language(r, "label_"),
                definitions=by_language(r, "definition_"),
            )
            for r in rows
        }


def _yes_no(row: dict[str, str], column: str) -> bool:
    """The ``yes``/``no`` value of ``column`` in a row of the relation table."""
    value = row[column]
    if value not in ("yes", "no"):
        raise DataFileError(f"relations.tsv: relation {row['relation']!r}: {column} must be yes or no, not {value!r}")
    return value == "yes"


def by_language(row: dict[str, str], prefix: str) -> dict[str, str]:
    """``{lang: value}`` of the row's ``<prefix><lang>`` columns, in column order."""
    return {key[len(prefix):]: value for key, value in row.items() if key.startswith(prefix)}


#: Relations the guidelines compare as unordered pairs (the table's ``symmetric`` column).
SYMMETRIC_RELATIONS = frozenset(name for name, rel in relations().items() if rel.symmetric)
