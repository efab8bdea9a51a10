"""Language data: one folder per language, one loader, one documented schema.

Everything dipgraph knows about a language is data in ``graph/data/lang/<lang>/``, and every
folder holds the same files (:data:`LANGUAGE_FILES`):

- ``cues.tsv``: the stance cue lexicon (:mod:`graph.events.lexicon`);
- ``cues_cameo.tsv``: cues imported from CAMEO (``scripts/import_cameo_verbs.py``; a header
  only for a language without an import);
- ``grammar.json``: the event extractor's function words, verb classes and dependency labels;
- ``document.json``: the document model's word lists (:mod:`graph.document.lexicon`);
- ``actors.json``: the actor stage's word lists (:mod:`graph.actors.lexicon`);
- ``boilerplate.txt``: regular expressions of ad, teaser and footer lines (:mod:`graph.ingest.text`).

The languages are the keys of the pipeline preference table ``graph/data/pipelines.json``, the
one place that names them; :func:`check_language` turns any other code into a one-line
:class:`~graph.errors.UnsupportedLanguage` error, never a fall-back to English.

Every key of a JSON file and every column of a TSV file is declared in :data:`SCHEMAS` with its
type and what it holds. :func:`load_json` and :func:`read_table` refuse an unknown key, a value of
the wrong type, a missing required key or a missing file with a :class:`~graph.errors.DataFileError`
naming the file and the key or line. **To add a key, add one line to that file's table in
:data:`SCHEMAS`** (:mod:`graph.language_schema` is the one place); the stage that reads the key then finds it in
the loaded dict.

Example
-------
>>> supported_languages()
('en', 'fr')
>>> load_json("en", "grammar.json")["fallback_window"]
20
>>> check_language("xx")
Traceback (most recent call last):
...
graph.errors.UnsupportedLanguage: unsupported language 'xx' (supported: en, fr)
"""

from __future__ import annotations

import csv
import json
from functools import lru_cache
from pathlib import Path
from typing import Any

from .errors import DataFileError, UnsupportedLanguage
from .language_schema import SCHEMAS
from .resources import data_path



#: The files of every language folder.
LANGUAGE_FILES = ("actors.json", "boilerplate.txt", "cues.tsv", "cues_cameo.tsv", "document.json", "grammar.json")


@lru_cache(maxsize=1)
def pipeline_preferences() -> dict[str, dict]:
    """The pipeline preference table ``graph/data/pipelines.json``: language -> pipelines."""
    path = data_path("pipelines.json")
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except ValueError as exc:
        raise DataFileError(f"{path}: {exc}") from None


def supported_languages() -> tuple[str, ...]:
    """The languages dipgraph reads: the keys of the pipeline preference table, sorted."""
    return tuple(sorted(pipeline_preferences()))


def check_language(lang: str) -> str:
    """``lang`` if it is supported; else raise :class:`~graph.errors.UnsupportedLanguage`."""
    if lang not in pipeline_preferences():
        raise UnsupportedLanguage(lang, supported_languages())
    return lang


def language_file(lang: str, name: str) -> Path:
    """Path of ``name`` in the folder of ``lang`` (checked: a supported language, a known file)."""
    check_language(lang)
    if name not in LANGUAGE_FILES:
        raise DataFileError(f"unknown language file {name!r} (one of {', '.join(LANGUAGE_FILES)})")
    return data_path("lang", lang, name)


@lru_cache(maxsize=None)
def load_json(lang: str, name: str) -> dict[str, Any]:
    """The checked content of a JSON file of ``lang`` (comment keys ``_...`` dropped).

    Do not mutate the result: it is cached and shared.
    """
    path = language_file(lang, name)
    try:
        pairs = json.loads(path.read_text(encoding="utf-8"))
    except ValueError as exc:
        raise DataFileError(f"{path}: {exc}") from None
    if not isinstance(pairs, dict):
        raise DataFileError(f"{path}: the file must hold one JSON object")
    schema = SCHEMAS[name]
    out = {k: v for k, v in pairs.items() if not k.startswith("_")}
    for key, value in out.items():
        spec = schema.get(key)
        if spec is None:
            where = "graph/grammar_keys.py GRAMMAR_KEYS" if name == "grammar.json" else f"graph/language_schema.py SCHEMAS[{name!r}]"
            raise DataFileError(f"{path}:{_line_of(path, key)}: unknown key {key!r} (declare it in {where})")
        if not spec.kind.test(value):
            article = "an" if spec.kind.name[0] in "aeiou" else "a"
            raise DataFileError(f"{path}:{_line_of(path, key)}: key {key!r} must be {article} {spec.kind.name}")
        if spec.fields:
            _check_fields(path, key, value, spec.fields())
    missing = [k for k, spec in schema.items() if spec.required and k not in out]
    if missing:
        raise DataFileError(f"{path}: missing key {', '.join(repr(k) for k in missing)}")
    return out


def _check_fields(path: Path, key: str, value: dict, fields: tuple[str, ...]) -> None:
    """Raise a :class:`~graph.errors.DataFileError` naming the file, line and field when the
    object ``value`` of ``key`` holds a field not in ``fields`` or lacks one."""
    unknown = [f for f in value if f not in fields]
    if unknown:
        raise DataFileError(f"{path}:{_line_of(path, unknown[0])}: unknown {key} entry {unknown[0]!r} "
                            f"(declare it in {data_path('dependency_roles.tsv')})")
    missing = [f for f in fields if f not in value]
    if missing:
        raise DataFileError(f"{path}:{_line_of(path, key)}: {key} lacks {', '.join(repr(f) for f in missing)}")


def _line_of(path: Path, key: str) -> int:
    """Line number of ``"key":`` in a JSON file (1 when it cannot be found)."""
    needle = json.dumps(key)
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if needle in line and line.split(needle, 1)[1].lstrip().startswith(":"):
            return n
    return 1


def read_table(lang: str, name: str) -> list[tuple[int, dict[str, str]]]:
    """The rows of a TSV file of ``lang`` as ``(line number, row)``; ``#`` lines are comments.

    The header must hold every required column and no undeclared one.
    """
    path = language_file(lang, name)
    schema = SCHEMAS[name]
    with open(path, encoding="utf-8", newline="") as fh:
        lines = [(n, line) for n, line in enumerate(fh, 1) if line.strip() and not line.startswith("#")]
    if not lines:
        raise DataFileError(f"{path}: no header line")
    header_line, header = lines[0][0], lines[0][1].rstrip("\r\n").split("\t")
    unknown = [c for c in header if c not in schema]
    missing = [c for c, spec in schema.items() if spec.required and c not in header]
    if unknown or missing:
        what = f"unknown column {unknown[0]!r}" if unknown else f"missing column {missing[0]!r}"
        raise DataFileError(f"{path}:{header_line}: {what}")
    rows = csv.DictReader((line for _, line in lines), delimiter="\t")
    return [(n, row) for (n, _), row in zip(lines[1:], rows)]


def read_lines(lang: str, name: str) -> list[tuple[str, str]]:
    """The stripped non-empty, non-comment lines of a text file of ``lang``, each with its
    ``file:line`` location for error messages."""
    path = language_file(lang, name)
    return [(f"{path}:{n}", line.strip()) for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
            if line.strip() and not line.startswith("#")]
