"""The armed group the text says a known person leads wins over the state office the base lists
for him at that date; a past role moves no one (GUIDELINES §2: in the role they act in at the
time of the text)."""

from __future__ import annotations

import pytest

# the base: Riek Machar is South Sudan's vice-president in 2023 (and the SPLM-IO's leader);
# Guillaume Soro is an Ivorian minister from 2007 (and led the Forces Nouvelles)
MACHAR, SORO = ("2023-06-01", "Riek Machar"), ("2007-06-01", "Guillaume Soro")


def _code(analyse, lang, text, who):
    date, name = who
    doc = analyse(lang, text, date)
    char = text.index(name)
    return [m["code"] for m in doc._.mentions if m["start"] <= char < m["end"]]


@pytest.mark.parametrize("lang, text, who, code", [
    ("en", "Riek Machar, who leads the SPLM-IO, blamed Uganda for the fighting.", MACHAR, "SPLM_IO"),
    ("en", "Guillaume Soro, the head of the Forces Nouvelles, turned down the offer.", SORO, "FN"),
    ("en", "Rebel leader Riek Machar of the SPLM-IO flew to Nairobi on Friday.", MACHAR, "SPLM_IO"),
    ("fr", "Guillaume Soro, le chef des Forces nouvelles, a décliné l'offre.", SORO, "FN"),
    ("fr", "Riek Machar, qui dirige le SPLM-IO, a imputé les combats à l'Ouganda.", MACHAR, "SPLM_IO"),
    ("fr", "Le chef rebelle Guillaume Soro des Forces nouvelles est arrivé à Ouagadougou.", SORO, "FN"),
])
def test_the_group_the_text_states_wins_over_the_state_office(analyse, lang, text, who, code):
    assert _code(analyse, lang, text, who) == [code]


@pytest.mark.parametrize("lang, text, who, code", [
    ("en", "Former rebel leader Riek Machar flew to Nairobi on Friday.", MACHAR, "SSD"),
    ("en", "Guillaume Soro, a former head of the Forces Nouvelles, turned down the offer.", SORO, "CIV"),
    ("fr", "L'ancien chef rebelle Riek Machar est arrivé à Nairobi vendredi.", MACHAR, "SSD"),
    ("en", "Riek Machar blamed Uganda for the fighting.", MACHAR, "SSD"),  # no role stated: the base's
])
def test_a_past_or_unstated_role_keeps_the_base_office(analyse, lang, text, who, code):
    assert _code(analyse, lang, text, who) == [code]
