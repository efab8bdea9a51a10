"""The value types and the key record of the language files' schema (:mod:`graph.language_schema`),
and the dependency roles every ``grammar.json`` maps to its parser's labels.

Example
-------
>>> WORDS.test(["not", "never"]), WORDS.test("not")
(True, False)
>>> Key(WORDS, "negators").required
True
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Callable

from .errors import DataFileError
from .resources import data_path


@lru_cache(maxsize=1)
def dependency_roles() -> dict[str, str]:
    """The dependency roles of ``graph/data/dependency_roles.tsv``: role -> what it marks. Every
    language's ``grammar.json`` lists the labels of its parser for each (``dependency_roles``)."""
    path = data_path("dependency_roles.tsv")
    lines = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    if any(len(cells) != 2 for cells in lines) or lines[:1] != [["role", "marks"]]:
        raise DataFileError(f"{path}: expected two tab-separated columns 'role', 'marks'")
    return dict(lines[1:])


@dataclass(frozen=True)
class Kind:
    """A value type of the schema: its name (in error messages) and its test."""

    name: str
    test: Callable[[Any], bool]


def _is_str_list(v) -> bool:
    return isinstance(v, list) and all(isinstance(w, str) for w in v)


def _map_of(kind: Kind) -> Kind:
    return Kind(f"object of {kind.name}",
                lambda v: isinstance(v, dict) and all(isinstance(k, str) and kind.test(x) for k, x in v.items()))


TEXT = Kind("string", lambda v: isinstance(v, str))
BOOL = Kind("boolean (true or false)", lambda v: isinstance(v, bool))
INT = Kind("integer", lambda v: isinstance(v, int) and not isinstance(v, bool))
WORDS = Kind("list of strings", _is_str_list)
RECORD = Kind("object", lambda v: isinstance(v, dict))
WORD_MAP = _map_of(TEXT)
WORDS_MAP = _map_of(WORDS)
INT_MAP = _map_of(INT)
RECORD_MAP = _map_of(RECORD)
CLITIC_MAP = _map_of(Kind("string or list of strings", lambda v: isinstance(v, str) or _is_str_list(v)))


@dataclass(frozen=True)
class Key:
    """One key of a JSON file (or column of a TSV file): its type, what it holds, whether required;
    ``fields``, when given, returns the keys an object value must hold, no more, no fewer."""

    kind: Kind
    doc: str
    required: bool = True
    fields: Callable[[], tuple[str, ...]] | None = None


def _optional(kind: Kind, doc: str) -> Key:
    return Key(kind, doc, required=False)
