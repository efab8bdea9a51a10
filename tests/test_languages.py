"""A language is a data folder: same files everywhere, one checked loader, no silent English."""

from __future__ import annotations

import json
import shutil

import pytest

import graph.language_schema as language_schema
import graph.languages as languages
import graph.resources as resources
from graph.cli import main
from graph.errors import DataFileError, UnsupportedLanguage
from graph.language_schema import SCHEMAS
from graph.languages import LANGUAGE_FILES, load_json, read_lines, read_table, supported_languages
from graph.nlp.models import choose_model
from graph.resources import data_path


def test_every_language_folder_has_the_same_files_and_a_pipeline():
    folders = sorted(p.name for p in data_path("lang").iterdir() if p.is_dir())
    assert folders == list(supported_languages()) == sorted(json.loads(data_path("pipelines.json").read_text()))
    for lang in folders:
        assert sorted(p.name for p in data_path("lang", lang).iterdir()) == sorted(LANGUAGE_FILES), lang


@pytest.mark.parametrize("lang", supported_languages())
def test_every_file_of_every_language_loads_against_its_schema(lang):
    for name in LANGUAGE_FILES:
        if name.endswith(".json"):
            raw = load_json(lang, name)
            assert set(raw) <= set(SCHEMAS[name])
        elif name.endswith(".tsv"):
            rows = read_table(lang, name)
            assert all(row["cue"] and row["relation"] for _, row in rows)
        else:
            assert read_lines(lang, name)
    assert isinstance(load_json(lang, "grammar.json")["fallback_window"], int)


@pytest.fixture
def data_copy(tmp_path, monkeypatch):
    """A copy of graph/data's language files that the resolver finds instead (loader caches emptied)."""
    shutil.copytree(data_path("lang"), tmp_path / "data" / "lang")
    for name in ("pipelines.json", "dependency_roles.tsv"):
        shutil.copy(data_path(name), tmp_path / "data" / name)
    monkeypatch.setattr(resources, "_PACKAGE", tmp_path)
    caches = (languages.load_json, languages.pipeline_preferences, language_schema.dependency_roles)
    for cache in caches:
        cache.cache_clear()
    yield tmp_path / "data"
    for cache in caches:
        cache.cache_clear()


def _rewrite(path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_an_unknown_key_is_an_error_naming_file_line_and_key(data_copy):
    path = data_copy / "lang" / "fr" / "grammar.json"
    _rewrite(path, '"negation":', '"negations":')
    line = next(n for n, text in enumerate(path.read_text().splitlines(), 1) if '"negations"' in text)
    with pytest.raises(DataFileError, match=f"fr/grammar.json:{line}: unknown key 'negations'"):
        load_json("fr", "grammar.json")


def test_a_wrong_type_is_an_error_naming_file_line_and_key(data_copy):
    path = data_copy / "lang" / "en" / "grammar.json"
    _rewrite(path, '"fallback_window": 20', '"fallback_window": ["20"]')
    line = next(n for n, text in enumerate(path.read_text().splitlines(), 1) if '"fallback_window"' in text)
    with pytest.raises(DataFileError, match=f"en/grammar.json:{line}: key 'fallback_window' must be an integer"):
        load_json("en", "grammar.json")
    _rewrite(data_copy / "lang" / "en" / "actors.json", '"determiners": [', '"determiners": {"x": [')
    with pytest.raises(DataFileError):  # not even JSON any more
        load_json("en", "actors.json")


def test_an_unknown_or_missing_dependency_role_is_an_error_naming_file_and_role(data_copy):
    path = data_copy / "lang" / "fr" / "grammar.json"
    _rewrite(path, '"direct_object": ["obj"]', '"direct_objet": ["obj"]')
    line = next(n for n, text in enumerate(path.read_text().splitlines(), 1) if '"direct_objet"' in text)
    with pytest.raises(DataFileError, match=f"fr/grammar.json:{line}: unknown dependency_roles entry 'direct_objet'"):
        load_json("fr", "grammar.json")
    _rewrite(path, '  "direct_objet": ["obj"],\n', "")
    with pytest.raises(DataFileError, match="fr/grammar.json:[0-9]+: dependency_roles lacks 'direct_object'"):
        load_json("fr", "grammar.json")
    path = data_copy / "lang" / "en" / "grammar.json"
    _rewrite(path, '"direct_object": ["dobj"]', '"direct_object": "dobj"')
    with pytest.raises(DataFileError, match="key 'dependency_roles' must be an object of list of strings"):
        load_json("en", "grammar.json")


def test_a_new_role_is_declared_once_and_then_required_of_every_language(data_copy):
    table = data_copy / "dependency_roles.tsv"
    table.write_text(table.read_text(encoding="utf-8") + "vocative\ta word addressing someone\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="en/grammar.json:[0-9]+: dependency_roles lacks 'vocative'"):
        load_json("en", "grammar.json")
    for lang, labels in (("en", '[]'), ("fr", '["vocative"]')):
        _rewrite(data_copy / "lang" / lang / "grammar.json", '"dependency_roles": {\n',
                 f'"dependency_roles": {{\n  "vocative": {labels},\n')
        assert "vocative" in load_json(lang, "grammar.json")["dependency_roles"]


def test_a_missing_required_key_or_file_is_an_error_naming_it(data_copy):
    doc = data_copy / "lang" / "en" / "document.json"
    raw = json.loads(doc.read_text(encoding="utf-8"))
    del raw["kind_nouns"]
    doc.write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(DataFileError, match="en/document.json: missing key 'kind_nouns'"):
        load_json("en", "document.json")
    (data_copy / "lang" / "fr" / "actors.json").unlink()
    with pytest.raises(DataFileError, match="missing data file lang/fr/actors.json"):
        load_json("fr", "actors.json")


def test_an_undeclared_tsv_column_is_an_error_naming_the_header_line(data_copy):
    path = data_copy / "lang" / "fr" / "cues.tsv"
    _rewrite(path, "cue\tpos\t", "cue\tposition\t")
    with pytest.raises(DataFileError, match=r"fr/cues.tsv:\d+: unknown column 'position'"):
        read_table("fr", "cues.tsv")


def test_a_bad_boilerplate_pattern_is_an_error_naming_file_and_line(data_copy):
    from graph.ingest import text

    path = data_copy / "lang" / "fr" / "boilerplate.txt"
    path.write_text("# patterns\n\npublicit[ée]\n(unclosed\n", encoding="utf-8")
    text._patterns.cache_clear()
    try:
        with pytest.raises(DataFileError, match=r"fr/boilerplate.txt:4: not a regular expression"):
            text.strip_boilerplate("Qatar mediated.")
    finally:
        text._patterns.cache_clear()


def test_an_unsupported_language_is_an_error_never_english():
    from graph.actors.lexicon import load_lexicon as actor_words
    from graph.document.lexicon import load_document_lexicon
    from graph.events.lexicon import load_lexicon

    for load in (actor_words, load_document_lexicon, load_lexicon, choose_model):
        with pytest.raises(UnsupportedLanguage, match=r"^unsupported language 'de' \(supported: en, fr\)$"):
            load("de")


def test_the_cli_refuses_an_unsupported_language_in_one_line(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("Qatar mediated between the two sides.", encoding="utf-8")
    assert main(["build", str(tmp_path / "a.txt"), "-o", str(tmp_path / "out"), "--lang", "de"]) == 2
    assert capsys.readouterr().err == "Error: unsupported language 'de' (supported: en, fr)\n"
    assert not (tmp_path / "out").exists()
