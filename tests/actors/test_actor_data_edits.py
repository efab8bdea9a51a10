"""Extending the base is a data-file edit; malformed data gives a one-line error."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import spacy

import graph.actors.kb as kb_module
import graph.actors.lexicon as lexicon_module
from graph.errors import DataFileError
from graph.resources import data_path


@pytest.fixture
def data_copy(tmp_path, monkeypatch):
    """A writable copy of ``graph/data`` that the KB loader reads instead of the real one."""
    root = tmp_path / "data"
    shutil.copytree(data_path("actors"), root / "actors")

    def fake(*parts: str) -> Path:
        path = root.joinpath(*parts)
        if not path.exists():
            raise DataFileError(f"missing data file {'/'.join(parts)}")
        return path

    monkeypatch.setattr(kb_module, "data_path", fake)
    kb_module.load_kb.cache_clear()
    lexicon_module.load_lexicon.cache_clear()
    yield root / "actors"
    kb_module.load_kb.cache_clear()
    lexicon_module.load_lexicon.cache_clear()


def _append(path: Path, *cells: str) -> None:
    with open(path, "a", encoding="utf-8") as fh:
        fh.write("\t".join(cells) + "\n")


def test_adding_a_person_and_a_role_is_a_data_edit(data_copy):
    from graph.actors.component import add_actor_components
    from graph.nlp.extensions import register_extensions

    _append(data_copy / "people.tsv", "person/ada-quintero", "Ada Quintero", "Ada Quintero", "Quintero", "f", "")
    _append(data_copy / "roles.tsv", "person/ada-quintero", "URY", "foreign_minister", "2031-01-01", "")
    register_extensions()
    nlp = spacy.blank("en")
    add_actor_components(nlp, "en")
    doc = nlp.make_doc("Ada Quintero met the envoy. Quintero said Montevideo agreed.")
    doc._.dg_meta = {"id": "t", "date": "2031-06-01", "language": "en", "title": None}
    doc = nlp(doc)
    found = {(m["text"], m["actor_id"], m["code"]) for m in doc._.mentions}
    assert ("Ada Quintero", "person/ada-quintero", "URY") in found
    assert ("Quintero", "person/ada-quintero", "URY") in found
    assert ("Montevideo", "URY", "URY") in found


def test_adding_an_alias_to_a_state_is_a_data_edit(data_copy):
    path = data_copy / "states.tsv"
    text = path.read_text(encoding="utf-8").replace("\nMDA\tMoldova;", "\nMDA\tMoldavia;Moldova;", 1)
    path.write_text(text, encoding="utf-8")
    kb = kb_module.load_kb()
    assert "Moldavia" in kb.labels("MDA")["en"]


def test_a_malformed_line_names_the_file_and_line(data_copy):
    _append(data_copy / "roles.tsv", "person/nobody-known", "FRA", "head_of_state", "2020-01-01", "")
    with pytest.raises(DataFileError, match=r"roles\.tsv: line \d+: unknown person"):
        kb_module.load_kb()


def test_a_short_line_is_reported(data_copy):
    _append(data_copy / "groups.tsv", "group/broken", "ArmedGroup")
    with pytest.raises(DataFileError, match=r"groups\.tsv: line \d+"):
        kb_module.load_kb()
