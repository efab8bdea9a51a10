"""``scripts/import_phoenix_groups.py``: armed groups from the Phoenix non-state dictionary,
with the guidelines' codes (a dictionary written for this test, invented groups)."""

from __future__ import annotations

import import_phoenix_groups as groups

NONSTATE = """\
# a header comment
NORTHERN_HILLS_LIBERATION_FRONT_(NHLF)_ [ABCREB] #  note
+HILLS_FRONT_
+JOHN_DOE_
VALLEY_PEOPLE'S_ARMY_ [ABCREB]
ANSAR_AL-WADI_ [IMGMUSALQ]
+ANSAR_AL-WADI_GROUP_
JOHN_ROE_ [IMGMUS]
EASTERN_REGION_RESISTANCE_ARMY_ [EAFREB]
AL-QAIDA_IN_THE_VALLEY_ [IMGMUSALQ]
OLD_CURATED_ARMY_ [ABCREB]
UNITED_RIVER_FORCES_ [ABCREB]
+URF
MOUNTAIN_FRONT_(ABC)_ [ABCREB]
"""


def _rows(tmp_path, known=None, taken=frozenset()):
    src = tmp_path / "nonstate.txt"
    src.write_text(NONSTATE, encoding="utf-8")
    return {r[3]: r for r in groups.rows_from(src, dict(known or {}), set(taken), frozenset({"ABC"}))}


def test_groups_get_the_guidelines_codes(tmp_path):
    rows = _rows(tmp_path)
    # an acronym in brackets, the initials of three main words, the name of a short one
    assert rows["Northern Hills Liberation Front"][2] == "NHLF"
    assert rows["Valley People's Army"][2] == "VPA"
    assert rows["Ansar al-Wadi"][2] == "ANSAR_AL_WADI" and "Ansar al-Wadi Group" in rows["Ansar al-Wadi"][5]
    # a group alias is kept, a person's name is not
    assert "Hills Front" in rows["Northern Hills Liberation Front"][5]
    assert "John Doe" not in rows["Northern Hills Liberation Front"][5]
    # no host or kin: an imported group is never "the separatists"
    assert all(r[9] == "" and r[10] == "" for r in rows.values())
    assert all(r[-1].startswith("nonstate.txt:") for r in rows.values())


def test_people_and_affiliates_of_curated_groups_are_left_out(tmp_path):
    rows = _rows(tmp_path)
    assert not {"John Roe", "Al-Qaida in the Valley"} & set(rows)
    # rebels coded by region are groups too
    assert rows["Eastern Region Resistance Army"][2] == "ERRA"


def test_curated_names_and_codes_win(tmp_path):
    rows = _rows(tmp_path, known={"old curated army": "OCA", "urf": "URF_CURATED"}, taken={"VPA"})
    assert "Old Curated Army" not in rows
    assert rows["Valley People's Army"][2] == "VALLEY_PEOPLE_S_ARMY"
    # an entry with a curated name is that group: its other names take the curated code
    assert rows["United River Forces"][2] == "URF_CURATED"
    # a country's name in brackets is no acronym
    assert rows["Mountain Front"][2] == "MOUNTAIN_FRONT"


def test_the_import_writes_the_same_file_twice(tmp_path):
    src = tmp_path / "nonstate.txt"
    src.write_text(NONSTATE, encoding="utf-8")
    outs = []
    for name in ("a.tsv", "b.tsv"):
        assert groups.main(["--phoenix", str(src), "--out", str(tmp_path / name)]) == 0
        outs.append((tmp_path / name).read_bytes())
    assert outs[0] == outs[1] and b"MIT" in outs[0]
    assert groups.main(["--phoenix", str(tmp_path / "missing.txt")]) == 2
