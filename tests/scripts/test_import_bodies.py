"""The importer of the Phoenix dictionary's state institutions, on a small dictionary written here."""

from __future__ import annotations

import import_phoenix_bodies as bodies

ACTORS = """\
# a header comment
NORTHLAND_HIGH_COUNCIL
+HIGH_COUNCIL_OF_NORTHLAND
+NHC
\t[GUYGOVLEG]
VELDRAAD
\t[SURGOVLEG]
ZORAN_VAN_DOE_  # CountryInfo.txt
\t[GUYMIL]
JANE_ROE_  # CountryInfo.txt
\t[GUYGOV 100101-150101]
NORTHLAND_RIFLES
+RIFLES_SPOKESMAN
+JOHN_SMITH
\t[GUYMIL]
PEOPLES_PARTY
\t[GUYGOV]
OLD_COUNCIL
\t[XYZGOV]
"""


def test_bodies_keep_undated_state_institutions(tmp_path):
    src = tmp_path / "actors.txt"
    src.write_text(ACTORS, encoding="utf-8")
    rows = bodies.rows_from(src, {"GUY", "SUR"})
    got = {r[1]: (r[0], r[2]) for r in rows}
    assert got["Northland High Council;High Council of Northland;NHC"] == ("GUY", "legislature")
    assert got["Veldraad"] == ("SUR", "legislature")  # one word, a sector code: a body
    assert got["Northland Rifles"] == ("GUY", "military")  # the spokesman and the person left out
    assert not any("Zoran" in k or "Jane" in k or "Party" in k or "Old" in k for k in got)  # people, a party, no state
    assert all(r[3].startswith("Phoenix.Countries.actors.txt:") for r in rows)
