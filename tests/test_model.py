"""The relation table against the annotation guidelines (../shared/eval/GUIDELINES.md §3)."""

from graph.model import Event, relations

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
