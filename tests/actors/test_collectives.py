"""A name of several states ("the two Koreas", "les pays baltes") is a mention of each."""

from __future__ import annotations

import pytest

from graph.actors.collectives import collective_names


def _codes(doc, word: str) -> list:
    char = doc.text.index(word)
    return sorted(m["code"] for m in doc._.mentions if m["start"] <= char < m["end"])


def test_every_collective_names_two_states_or_more():
    assert all(len(codes) >= 2 for codes in collective_names().values())


@pytest.mark.parametrize("lang, text, word, codes", [
    ("en", "The two Koreas agreed to reopen the hotline.", "The two Koreas", ["KOR", "PRK"]),
    ("en", "Moscow warned the Baltic states against the move.", "the Baltic states", ["EST", "LTU", "LVA"]),
    ("fr", "Les deux Corées ont rouvert la ligne directe.", "Les deux Corées", ["KOR", "PRK"]),
    ("fr", "Moscou a menacé les pays baltes.", "les pays baltes", ["EST", "LTU", "LVA"]),
    ("en", "Both Koreas sent athletes to the games.", "Both Koreas", ["KOR", "PRK"]),
])
def test_a_collective_name_is_each_of_its_states(analyse, lang, text, word, codes):
    doc = analyse(lang, text, "2018-05-01")
    assert _codes(doc, word) == codes


def test_a_single_state_name_is_left_alone(analyse):
    doc = analyse("en", "South Korea and Estonia signed a deal.", "2018-05-01")
    assert _codes(doc, "South Korea") == ["KOR"] and _codes(doc, "Estonia") == ["EST"]
