"""The mention and event records."""

import json

import pytest

from graph.model import Event, Mention


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

