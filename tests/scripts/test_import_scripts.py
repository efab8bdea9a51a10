"""The importers of the PETRARCH-2 dictionaries, on small dictionaries written for these tests."""

from __future__ import annotations

import importlib
from pathlib import Path

import import_cameo_verbs as cameo
import import_phoenix_actors as phoenix
import pytest
from import_common import PHOENIX

VERBS = """\
&TREATY
+TREATY
+PACT

####### VERB PATTERNS #######

---  RETREAT   [080]  ---
WITHDRAW {WITHDRAWS WITHDREW }
- * TROOP                                             [0874]        # WITHDRAW
- * (FROM &TREATY)                                    [161]         # WITHDRAW
- * STAFF                                             [073]         # WITHDRAW
- ALLY *                                              [161]         # WITHDRAW

---  DISAPPROVE   [111]  ---
BERATE
ARRIVE
"""

ACTORS = """\
# a header comment
JANE_ROE_  # CountryInfo.txt
+J_ROE
\t[GUYGOV 100101-150101]
ACTING_MINISTER_JOHN_DOE_
\t[GUYGOV >100101]
RICH_ELDER_
\t[GUYELI >100101]
OLD_HAND_
\t[SURGOV 800101-850101]
"""


def test_cameo_import_maps_codes_and_keeps_reviewed_senses(tmp_path):
    src = tmp_path / "verbs.txt"
    src.write_text(VERBS, encoding="utf-8")
    rows = cameo.rows_from(src, {"withdraw": {"retreat"}})
    by = {(r[0], r[2], r[5], r[6]): r for r in rows}
    assert ("withdraw", "sanction", "treaty|pact", "from") in by  # a sense with its provenance
    assert by[("withdraw", "sanction", "treaty|pact", "from")][8].startswith("CAMEO.2.0.txt:")
    assert not any(r[0] == "withdraw" and r[2] == "retreat" for r in rows)  # the curated entry says it
    assert not any(r[0] == "withdraw" and "staff" in r[5] for r in rows)  # rejected at review
    assert ("berate", "condemn", "", "") in by  # a reviewed plain verb
    assert not any(r[0] == "arrive" for r in rows)  # a broad synonym that review left out
    assert cameo.relation_for("0874") == "retreat" and cameo.relation_for("036") is None


def test_phoenix_import_keeps_named_state_officials(tmp_path):
    src = tmp_path / "actors.txt"
    src.write_text(ACTORS, encoding="utf-8")
    rows = phoenix.rows_from(src, set(), {"GUY", "SUR"})
    assert [(r[0], r[4], r[5], r[6], r[7]) for r in rows] == [
        ("person/jane-roe", "GUY", "2010-01-01", "2015-01-01", "official")]
    # a description, an elite (no office) and a role that ended before 1990 are left out


def test_importers_write_the_same_file_twice(tmp_path):
    src = tmp_path / "verbs.txt"
    src.write_text(VERBS, encoding="utf-8")
    outs = []
    for name in ("a.tsv", "b.tsv"):
        assert cameo.main(["--cameo", str(src), "--out", str(tmp_path / name)]) == 0
        outs.append((tmp_path / name).read_bytes())
    assert outs[0] == outs[1] and b"MIT" in outs[0]
    assert cameo.main(["--cameo", str(tmp_path / "missing.txt")]) == 2


def test_curated_sense_rows_leave_the_dictionary_senses_of_the_word(tmp_path):
    """A curated sense row ("withdraw inspectors": sanction) is no plain reading of the word:
    the dictionary's other senses of it stay; a curated plain row of that relation drops them."""
    curated = tmp_path / "cues.tsv"
    header = "cue\tpos\trelation\tframe\tconfidence\tobject\tprep\n"
    curated.write_text(header + "withdraw\tVERB\tretreat\tsvo\t0.7\t\t\n"
                       "withdraw\tVERB\tsanction\tsvo\t0.65\tinspector\t\n", encoding="utf-8")
    words = cameo.curated_words(curated)
    assert words == {"withdraw": {"retreat"}}
    src = tmp_path / "verbs.txt"
    src.write_text(VERBS, encoding="utf-8")
    assert any(r[2] == "sanction" and r[6] == "from" for r in cameo.rows_from(src, words))
    assert not any(r[2] == "sanction" for r in cameo.rows_from(src, {"withdraw": {"sanction"}}))


@pytest.mark.parametrize("script", ["import_cameo_verbs", "import_phoenix_actors", "import_phoenix_bodies",
                                    "import_phoenix_groups", "import_phoenix_organisations",
                                    "import_state_kinds", "import_towns"])
def test_the_shipped_data_file_is_what_its_importer_writes(script, tmp_path):
    """An imported file is never edited by hand, and curated rows decide what each importer
    leaves out: after a curated file changes, the importers are run again (``make data``)."""
    module = importlib.import_module(script)
    if not PHOENIX.exists():
        pytest.skip("the shared PETRARCH-2 dictionaries are not beside the project")
    out = tmp_path / module.OUT.name
    assert module.main(["--out", str(out)]) == 0
    assert out.read_bytes() == Path(module.OUT).read_bytes(), f"run scripts/{script}.py"
