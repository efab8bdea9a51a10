"""``scripts/import_phoenix_organisations.py``: intergovernmental organisations from the Phoenix
dictionary, with the guidelines' codes (a dictionary written for this test)."""

from __future__ import annotations

import import_phoenix_organisations as orgs

INTERNATIONAL = """\
# a header comment
GULF_OF_NOWHERE_FISHERIES_COMMISSION_(GOFISH)_\t[IGOBUS]
UNITED_NATIONS_OFFICE_FOR_LIGHTHOUSES_\t[IGOUNOBUS]
OCEAN_STATES_SECURITY_PACT_
+OSSP
\t[IGOSEC]
NORTHERN_RIVERS_DEVELOPMENT_BANK_\t[IGODEV]
JANE_ROE_\t[IGOUNO 100101-150101]
FRIENDS_OF_THE_MOUNTAINS_ASSOCIATION_\t[NGOENV]
WARSAW_TREATY_ORGANIZATION_\t[IGOSEC]
"""


def test_organisations_get_the_guidelines_codes(tmp_path):
    src = tmp_path / "international.txt"
    src.write_text(INTERNATIONAL, encoding="utf-8")
    rows = {r[3]: r for r in orgs.rows_from(src, set())}
    # an acronym in brackets, an upper-case alias, a UN organ, the initials of the main words
    assert rows["Gulf of Nowhere Fisheries Commission"][2] == "GOFISH"
    assert rows["Ocean States Security Pact"][2] == "OSSP" and "OSSP" in rows["Ocean States Security Pact"][5]
    assert rows["United Nations Office for Lighthouses"][2] == "UN"
    assert rows["Northern Rivers Development Bank"][2] == "NRDB"
    # a person (no organisation word), an NGO and an excluded entry are left out
    assert not {"Jane Roe", "Friends of the Mountains Association", "Warsaw Treaty Organization"} & set(rows)
    assert all(r[-1].startswith("international.txt:") for r in rows.values())


def test_curated_names_win(tmp_path):
    src = tmp_path / "international.txt"
    src.write_text(INTERNATIONAL, encoding="utf-8")
    rows = orgs.rows_from(src, {"northern rivers development bank"})
    assert "Northern Rivers Development Bank" not in {r[3] for r in rows}


def test_the_import_writes_the_same_file_twice(tmp_path):
    src = tmp_path / "international.txt"
    src.write_text(INTERNATIONAL, encoding="utf-8")
    outs = []
    for name in ("a.tsv", "b.tsv"):
        assert orgs.main(["--phoenix", str(src), "--out", str(tmp_path / name)]) == 0
        outs.append((tmp_path / name).read_bytes())
    assert outs[0] == outs[1] and b"MIT" in outs[0]
    assert orgs.main(["--phoenix", str(tmp_path / "missing.txt")]) == 2
