"""``scripts/import_state_kinds.py``: geographic kinds of states from countryinfo records."""

from __future__ import annotations

import import_state_kinds as kinds

from graph.document.lexicon import state_kinds


def test_region_subregion_and_borders_give_the_kinds():
    assert kinds.kinds_of({"region": "Africa", "subregion": "Western Africa", "borders": ["SEN"]}) == ["africa"]
    assert kinds.kinds_of({"region": "Asia", "subregion": "Central Asia", "borders": ["CHN"]}) == ["asia", "central_asia"]
    assert kinds.kinds_of({"region": "Americas", "subregion": "Latin America and the Caribbean",
                           "intermediateregion": "Caribbean", "borders": []}) == ["caribbean", "island", "latin_america"]


def test_a_record_without_region_or_borders_field_has_no_invented_kind():
    assert kinds.kinds_of({}) == []


def test_the_script_writes_a_file_with_provenance(tmp_path):
    out = tmp_path / "kinds.tsv"
    assert kinds.main(["--out", str(out)]) == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("#") and "code\tkinds\tprovenance" in lines
    assert any(line.startswith("JPN\t") and "island" in line for line in lines)


def test_imported_kinds_add_to_the_curated_ones():
    table = state_kinds()
    assert {"monarchy", "gulf", "asia"} <= table["QAT"]  # curated + imported
    assert "africa" in table["GHA"] and "island" in table["ISL"]
