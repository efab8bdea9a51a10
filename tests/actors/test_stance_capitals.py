"""A capital after French "à" is its government when it is the complement of a stance noun
("son soutien à Kigali": ``stance_nouns``, graph.actors.compose.is_place), and a place under a
verb of motion or meeting ("arrivé à Kigali", "réunis à Nairobi")."""

from __future__ import annotations

import pytest


def _kinds(doc, text, name):
    char = text.index(name)
    return [(m["kind"], m["code"]) for m in doc._.mentions if m["start"] <= char < m["end"]]


@pytest.mark.parametrize("text, name, code", [
    ("Le Burundi a apporté tout son soutien à Kigali dans ce différend.", "Kigali", "RWA"),
    ("Luanda a renouvelé mardi son appui à Kinshasa contre les rebelles.", "Kinshasa", "COD"),
    ("Le Tchad a exprimé sa solidarité à Niamey après l'embuscade meurtrière.", "Niamey", "NER"),
    ("Le Qatar a promis une aide financière à Khartoum.", "Khartoum", "SDN"),
])
def test_a_capital_after_a_stance_noun_is_its_government(analyse, text, name, code):
    kinds = _kinds(analyse("fr", text, "2024-05-01"), text, name)
    assert kinds and all(k != "place" for k, _ in kinds) and {c for _, c in kinds} == {code}


@pytest.mark.parametrize("text, name", [
    ("Le ministre ougandais est arrivé à Kigali lundi soir.", "Kigali"),
    ("Les médiateurs se sont réunis à Nairobi pour une nouvelle session.", "Nairobi"),
    ("Une conférence de soutien s'est tenue à Niamey la semaine dernière.", "Niamey"),
])
def test_a_capital_where_people_go_or_meet_stays_a_place(analyse, text, name):
    assert [k for k, _ in _kinds(analyse("fr", text, "2024-05-01"), text, name)] == ["place"]

