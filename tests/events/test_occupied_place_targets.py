"""Acts on a place "in the occupied X" take X as their place target (GUIDELINES: an offensive in
X, a show of force in X), now that the actor stage reads X as a place there
(``place_adjectives``: occupied, annexed, besieged)."""

from __future__ import annotations

import pytest

from graph.nlp import load_pipeline
from graph.nlp.extensions import make_doc


def _events(text: str) -> set[tuple[str, str, str]]:
    nlp = load_pipeline("en")
    doc = nlp(make_doc(nlp, text, {"id": "t", "date": "2024-01-01", "language": "en", "title": None}))
    return {(e["source"], e["relation"], e["target"]) for e in doc._.events}


@pytest.mark.parametrize("text, expected", [
    ("Israeli forces carried out raids in the occupied West Bank on Monday.", ("ISR", "attack", "PSE")),
    ("Israeli soldiers stayed on alert in the occupied West Bank during the holiday.", ("ISR", "mobilize", "PSE")),
    ("Moroccan soldiers remained on alert in the occupied Western Sahara.", ("MAR", "mobilize", "ESH")),
    ("Israeli warplanes struck targets in besieged Gaza overnight.", ("ISR", "attack", "PSE")),
])
def test_act_in_an_occupied_place(text, expected):
    assert expected in _events(text)
