"""A past participle after a preposition that the parser took for an infinitive marker
("sent doctors to besieged Gaza") or left without an object ("stayed in occupied Gaza")
describes the place: no attack or coercion by the sentence's subject
(:func:`graph.events.clauses.misread_infinitive`, read by the ``adjective`` filter). Real
infinitives keep their events."""

from __future__ import annotations

import pytest

from graph.nlp import load_pipeline
from graph.nlp.extensions import make_doc


def _events(text: str) -> set[tuple[str, str, str]]:
    nlp = load_pipeline("en")
    doc = nlp(make_doc(nlp, text, {"id": "t", "date": "2024-01-01", "language": "en", "title": None}))
    return {(e["source"], e["relation"], e["target"]) for e in doc._.events}


@pytest.mark.parametrize("text", [
    "Jordan sent doctors to besieged Gaza on Friday.",
    "The UN shipped food to blockaded Yemen on Sunday.",
    "Turkey delivered medicine to shelled Armenia.",
    "The Israeli army stayed on alert in occupied Gaza after the rocket fire.",  # a stranded "in"
    "Russian troops stayed in occupied Georgia.",
])
def test_participle_of_a_place_after_to_is_no_act(text):
    assert not {e for e in _events(text) if e[1] in ("attack", "coerce")}


@pytest.mark.parametrize("text, expected", [
    ("Hamas claimed to have attacked Israel.", ("HAMAS", "attack", "ISR")),  # another auxiliary
    ("Israel decided to blockade Gaza.", ("ISR", "coerce", "PSE")),  # the base form
    ("Russia vowed to attack Ukraine.", ("RUS", "threaten", "UKR")),
])
def test_real_infinitives_keep_their_events(text, expected):
    assert expected in _events(text)
