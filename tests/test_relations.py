"""The relation table against the annotation guidelines (../shared/eval/GUIDELINES.md §3)."""

import pytest

from graph.relations import relations

# Sign and PLOVER type per relation, copied by hand from the guidelines' table.
GUIDELINES = {
    "support": ("+", "SUPPORT"), "mediate": ("+", "CONSULT"), "meet": ("+", "CONSULT"),
    "agree": ("+", "AGREE"), "cooperate": ("+", "COOPERATE"), "aid": ("+", "AID"),
    "concede": ("+", "CONCEDE"), "retreat": ("+", "RETREAT"), "appeal": ("+", "REQUEST"),
    "demand": ("-", "REQUEST"), "condemn": ("-", "ACCUSE"), "accuse": ("-", "ACCUSE"),
    "reject": ("-", "REJECT"), "threaten": ("-", "THREATEN"), "protest": ("-", "PROTEST"),
    "sanction": ("-", "SANCTION"), "mobilize": ("-", "MOBILIZE"), "coerce": ("-", "COERCE"),
    "attack": ("-", "ASSAULT"),
}

# Goldstein weights of the representative CAMEO codes, from GDELT's CAMEO.goldsteinscale.txt.
GOLDSTEIN = {"045": 5.0, "051": 3.4, "111": -2.0, "190": -10.0, "100": -5.0, "020": 3.0}


def test_relation_table_matches_guidelines():
    table = relations()
    assert {name: (r.sign, r.plover) for name, r in table.items()} == GUIDELINES


def test_symmetric_relations_are_the_guidelines_unordered_ones():
    # GUIDELINES.md §3: "Symmetric relations: meet, agree, cooperate".
    assert {name for name, r in relations().items() if r.symmetric} == {"meet", "agree", "cooperate"}


def test_a_bad_symmetric_value_names_the_file_and_relation(tmp_path, monkeypatch):
    import graph.relations as table_module
    from graph.errors import DataFileError

    bad = tmp_path / "relations.tsv"
    text = table_module.data_path("relations.tsv").read_text(encoding="utf-8")
    bad.write_text(text.replace("\t3.4\tno\t", "\t3.4\tmaybe\t", 1), encoding="utf-8")
    monkeypatch.setattr(table_module, "data_path", lambda name: bad)
    table_module.relations.cache_clear()
    try:
        with pytest.raises(DataFileError, match=r"relations.tsv: relation 'support': symmetric must be yes or no"):
            table_module.relations()
    finally:
        table_module.relations.cache_clear()


def test_goldstein_sign_agrees_with_relation_sign():
    for rel in relations().values():
        assert (rel.goldstein > 0) == (rel.sign == "+"), rel.name
        if rel.cameo_code in GOLDSTEIN:
            assert rel.goldstein == GOLDSTEIN[rel.cameo_code]
