"""The state a title or apposition gives a known person wins over the base's namesake
(graph.actors.namesakes): the base knows one Abdoulaye Diop, a Senegalese official. A national
adjective two states share ("Congolese", "congolais") leaves a known president his own state."""

from __future__ import annotations

import pytest

from graph.actors.kb import load_kb
from graph.actors.namesakes import stated_code

NAME = "Abdoulaye Diop"


def _codes(doc, text, name=NAME):
    char = text.index(name)
    return [m["code"] for m in doc._.mentions if m["start"] <= char < m["end"]]


@pytest.mark.parametrize("lang, text", [
    ("en", "Mali's foreign minister Abdoulaye Diop rejected the sanctions imposed by Niger."),
    ("en", "Malian Foreign Minister Abdoulaye Diop thanked Algeria for hosting the talks."),
    ("en", "On Tuesday Abdoulaye Diop, the Malian foreign minister, accused Paris of meddling."),
    ("fr", "Le chef de la diplomatie malienne, Abdoulaye Diop, a salué la médiation de l'Algérie."),
    ("fr", "Le ministre malien des Affaires étrangères Abdoulaye Diop a reçu son homologue guinéen."),
    ("fr", "Mardi, Abdoulaye Diop, ministre malien des Affaires étrangères, a dénoncé les sanctions."),
])
def test_the_state_the_text_states_wins_over_the_base(analyse, lang, text):
    assert _codes(analyse(lang, text, "2024-01-01"), text) == ["MLI"]


@pytest.mark.parametrize("lang, text, code", [
    # no state stated, or an office held no more: the base's person
    ("en", "Abdoulaye Diop rejected the sanctions imposed by Niger.", "SEN"),
    ("en", "Abdoulaye Diop, a former Malian foreign minister, criticised the junta.", "SEN"),
    ("fr", "Abdoulaye Diop, ancien ministre malien des Affaires étrangères, a critiqué la junte.", "SEN"),
    ("en", "Senegal's foreign minister Abdoulaye Diop welcomed the envoy.", "SEN"),
])
def test_without_a_current_stated_state_the_base_decides(analyse, lang, text, code):
    assert _codes(analyse(lang, text, "2024-01-01"), text) == [code]


def test_a_nationality_does_not_move_a_group_leader_or_an_organisation_official(analyse):
    text = "Lebanese Hezbollah leader Hassan Nasrallah threatened Israel."
    assert _codes(analyse("en", text, "2023-06-01"), text, "Hassan Nasrallah") == ["HEZBOLLAH"]
    kb = load_kb()  # the AU Commission's chairman stays the AU's: a nationality only describes him
    assert stated_code(kb, "person/moussa-faki-mahamat", {"code": "NER"}, False, "2023-06-01") is None
    assert stated_code(kb, "person/abdoulaye-diop", {"code": "MLI"}, False, "2024-01-01") == "MLI"


def test_a_later_surname_keeps_the_stated_state(analyse):
    text = "Mali's foreign minister Abdoulaye Diop met the envoy. Diop then condemned the attack by Niger."
    doc = analyse("en", text, "2024-01-01")
    assert [m["code"] for m in doc._.mentions if m["text"] == "Diop"] == ["MLI"]


@pytest.mark.parametrize("lang, text", [
    # a national adjective two states share names the state the base has him in office for
    ("en", "Congolese President Denis Sassou Nguesso met rebel leaders in Libreville on Friday."),
    ("en", "Denis Sassou Nguesso, the Congolese president, urged the Seleka rebels to stop their advance."),
    ("fr", "Le président congolais Denis Sassou Nguesso a reçu le chef de la Séléka à Libreville."),
    ("fr", "Denis Sassou Nguesso, le président congolais, a appelé les rebelles au dialogue."),
])
def test_a_shared_national_adjective_keeps_the_base_office(analyse, lang, text):
    assert set(_codes(analyse(lang, text, "2013-01-12"), text, "Denis Sassou Nguesso")) == {"COG"}
