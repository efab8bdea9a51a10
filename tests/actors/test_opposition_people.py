"""A person named as the opposition's acts for his state's opposition, ``<state>_OPP``
(graph.actors.opposition_people); the base has Raila Odinga as Kenya's former prime minister."""

from __future__ import annotations

import pytest

NAME = "Raila Odinga"


def _codes(doc, text, name=NAME):
    char = text.index(name)
    return [m["code"] for m in doc._.mentions if m["start"] <= char < m["end"]]


@pytest.mark.parametrize("lang, text", [
    ("en", "Opposition leader Raila Odinga accused Uganda of arming the police."),
    ("en", "Tanzania welcomed the opposition of Raila Odinga into the talks."),
    ("en", "Raila Odinga's opposition party accused Ethiopia of meddling in the vote."),
    ("fr", "Le chef de l'opposition Raila Odinga a accusé l'Ouganda d'ingérence."),
    ("fr", "L'opposition de Raila Odinga a salué la médiation de la Tanzanie."),
])
def test_a_person_named_as_the_opposition_acts_for_it(analyse, lang, text):
    assert _codes(analyse(lang, text, "2024-03-01"), text) == ["KEN_OPP"]


def test_later_mentions_of_the_opposition_leader_keep_it(analyse):
    text = "Opposition leader Raila Odinga met the envoy. Odinga then accused Uganda of meddling."
    doc = analyse("en", text, "2024-03-01")
    assert [m["code"] for m in doc._.mentions if m["text"] == "Odinga"] == ["KEN_OPP"]


@pytest.mark.parametrize("lang, text", [
    ("en", "Raila Odinga accused Uganda of meddling."),  # no opposition word: the base's role
    ("en", "The president met the opposition, Raila Odinga said."),  # past a comma: another phrase
    ("en", "Raila Odinga's opposition to the deal angered Uganda."),  # a stance, not a party
    ("fr", "Raila Odinga a accusé l'Ouganda d'ingérence."),
])
def test_without_an_opposition_phrase_the_person_keeps_his_state(analyse, lang, text):
    assert _codes(analyse(lang, text, "2024-03-01"), text) == ["KEN"]
