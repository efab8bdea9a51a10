"""The relation table against the annotation guidelines (../shared/eval/GUIDELINES.md §3); the
mention and event records."""

import json

import pytest

from graph.model import Event, Mention, relations

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
    import graph.model as model
    from graph.errors import DataFileError

    bad = tmp_path / "relations.tsv"
    text = model.data_path("relations.tsv").read_text(encoding="utf-8")
    bad.write_text(text.replace("\t3.4\tno\t", "\t3.4\tmaybe\t", 1), encoding="utf-8")
    monkeypatch.setattr(model, "data_path", lambda name: bad)
    model.relations.cache_clear()
    try:
        with pytest.raises(DataFileError, match=r"relations.tsv: relation 'support': symmetric must be yes or no"):
            model.relations()
    finally:
        model.relations.cache_clear()


def test_goldstein_sign_agrees_with_relation_sign():
    for rel in relations().values():
        assert (rel.goldstein > 0) == (rel.sign == "+"), rel.name
        if rel.cameo_code in GOLDSTEIN:
            assert rel.goldstein == GOLDSTEIN[rel.cameo_code]


def test_event_row_carries_derived_fields_and_round_trips():
    e = Event(doc="d", source="FRA", relation="condemn", target="AZE", source_actor="France",
              target_actor="Azerbaijan", sentence="France condemned Baku.", start=3, end=25,
              trigger="condemned", confidence=0.87654, language="en", date="2020-10-01")
    row = e.to_json()
    assert row["sign"] == "-" and row["plover"] == "ACCUSE" and row["cameo"] == "11"
    assert row["confidence"] == 0.877
    assert list(row) == sorted(row)
    assert Event.from_json(row).to_json() == row


def test_mention_rows_hold_the_public_fields_in_order_and_round_trip():
    m = Mention(start=4, end=10, token_start=1, token_end=2, text="Berlin", actor_id="DEU", label="Germany",
                type="State", code="DEU", sector="government", kind="alias")
    row = m.to_json()
    assert list(row) == ["start", "end", "token_start", "token_end", "text", "actor_id", "label", "type", "code",
                         "sector", "kind"]
    assert json.loads(json.dumps(row)) == row and Mention.from_json(dict(row, extra=1)) == m


def test_mention_assign_copies_a_referent_and_refuses_unknown_fields():
    office = Mention(0, 9, 0, 2, "the envoy", actor_id="FRA", label="France", type="State", code="FRA", kind="title")
    person = Mention(11, 19, 3, 5, "Ana Ruiz", actor_id="person/ana-ruiz", label="Ana Ruiz", type="Person",
                     code="FRA", sector="diplomacy")
    office.assign(person.referent())
    assert (office.actor_id, office.type, office.sector, office.kind, office.text) == (
        "person/ana-ruiz", "Person", "diplomacy", "title", "the envoy")
    with pytest.raises(TypeError, match="no field '_pending'"):
        office.assign({"_pending": "person"})

