"""A military unit noun or an officer's rank with a demonym is that state's military ("an Indian
patrol", "une patrouille malienne", "Australian Major General X"); a demonym on a place noun is
not a unit (GUIDELINES §2)."""

from __future__ import annotations

import pytest


def _codes_at(doc, text: str, word: str) -> list:
    char = text.index(word)
    return [(m["code"], m.get("sector")) for m in doc._.mentions if m["start"] <= char < m["end"]]


@pytest.mark.parametrize("lang, text, word, code", [
    ("en", "An Egyptian patrol came under fire on the outskirts of the camp.", "patrol", "EGY"),
    ("en", "Nigerian patrols arrested two smugglers on the lake.", "patrols", "NGA"),
    ("en", "Ghanaian and Zambian contingents left the buffer zone on Monday.", "Zambian", "ZMB"),
    ("en", "Ghanaian and Zambian contingents left the buffer zone on Monday.", "Ghanaian", "GHA"),
    ("en", "A Senegalese detachment escorted the convoy to the airport.", "detachment", "SEN"),
    ("fr", "Une patrouille tchadienne a essuyé des tirs près du camp.", "patrouille", "TCD"),
    ("fr", "Les contingents ghanéen et zambien ont quitté la zone tampon lundi.", "contingents", "GHA"),
    ("fr", "Les contingents ghanéen et zambien ont quitté la zone tampon lundi.", "zambien", "ZMB"),
    ("fr", "Un détachement sénégalais a escorté le convoi jusqu'à l'aéroport.", "détachement", "SEN"),
])
def test_a_unit_noun_with_a_demonym_is_the_states_military(analyse, lang, text, word, code):
    doc = analyse(lang, text, "2024-01-01")
    assert _codes_at(doc, text, word) == [(code, "military")]


@pytest.mark.parametrize("lang, text, word, code", [
    ("en", "Canadian Brigadier General Anne Fortin inspected the checkpoint.", "Fortin", "CAN"),
    ("en", "The Egyptian colonel in charge of the sector denied the report.", "colonel", "EGY"),
    ("en", "Indian Lieutenant General Arjun Mehta took command of the force.", "Mehta", "IND"),
    ("fr", "Le colonel sénégalais Amadou Diallo a démenti l'information.", "Diallo", "SEN"),
    ("fr", "Le général de brigade canadien Anne Fortin a inspecté le poste.", "Fortin", "CAN"),
])
def test_a_rank_with_a_demonym_is_the_states_officer(analyse, lang, text, word, code):
    doc = analyse(lang, text, "2024-01-01")
    assert [c for c, _ in _codes_at(doc, text, word)] == [code]


@pytest.mark.parametrize("lang, text, word", [
    ("en", "The storm flooded a Ghanaian town near the coast.", "town"),
    ("fr", "La tempête a inondé une ville ghanéenne près de la côte.", "ville"),
])
def test_a_demonym_on_a_non_unit_noun_is_no_military(analyse, lang, text, word):
    doc = analyse(lang, text, "2024-01-01")
    assert all(s != "military" for _, s in _codes_at(doc, text, word))
