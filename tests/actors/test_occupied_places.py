"""A state or territory after a place preposition and "occupied", "annexed" or "besieged" is a
place, as after "northern" ("in the occupied West Bank", "in annexed Crimea"): the adjective is
one of the ``place_adjectives`` the place walk of :func:`graph.actors.compose.is_place` steps over."""

from __future__ import annotations

import pytest


def _kind(doc, word: str) -> str:
    char = doc.text.index(word)
    (found,) = [m for m in doc._.mentions if m["start"] <= char < m["end"]]
    return found["kind"]


@pytest.mark.parametrize("text, word", [
    ("Israeli forces carried out raids in the occupied West Bank on Monday.", "West Bank"),
    ("Settlers built new homes in the occupied Golan Heights.", "Golan"),
    ("Aid trucks waited at the crossing into besieged Gaza.", "Gaza"),
])
def test_a_name_after_an_occupation_adjective_is_a_place(analyse, text, word):
    assert _kind(analyse("en", text, "2024-01-01"), word) == "place"


def test_the_verb_occupied_before_a_name_keeps_the_actor(analyse):
    """No place preposition before "occupied": the walk stops, the object stays an actor."""
    assert _kind(analyse("en", "Russia occupied Georgia in 2008.", "2024-01-01"), "Georgia") != "place"
