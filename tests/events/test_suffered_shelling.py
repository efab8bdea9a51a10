"""Suffering or sustaining an attack from an actor is that actor's attack on the subject
(GUIDELINES ``attack``): "X suffered shelling from Y", "X sustained heavy shelling from Y",
"X a subi des bombardements de Y" are ``Y attack X``, never ``X attack Y``. The English parser
makes a bare gerund ("suffered shelling") the open complement of the receiving verb, so the
subject read as the shooter: a gerund under a ``receiver_verbs`` verb (``received_gerund_tags``,
graph/nlp/mistagged.py) is that verb's object noun, undergone by its subject
(graph/events/undergone.py)."""

from __future__ import annotations

import pytest

from graph.nlp import load_pipeline
from graph.nlp.extensions import make_doc


def _events(lang: str, text: str) -> set[tuple[str, str, str]]:
    nlp = load_pipeline(lang)
    doc = nlp(make_doc(nlp, text, {"id": "t", "date": "2024-01-01", "language": lang, "title": None}))
    return {(e["source"], e["relation"], e["target"]) for e in doc._.events}


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Ukraine suffered shelling from Russia.", ("RUS", "attack", "UKR")),
    ("en", "Georgian villages suffered shelling from Russian troops.", ("RUS", "attack", "GEO")),
    ("en", "Armenian troops sustained shelling from Azerbaijani artillery.", ("AZE", "attack", "ARM")),
    ("en", "Israeli positions sustained bombing from Hezbollah overnight.", ("HEZBOLLAH", "attack", "ISR")),
    ("fr", "L'Arménie a subi des bombardements de l'Azerbaïdjan.", ("AZE", "attack", "ARM")),
    ("fr", "Les positions ukrainiennes subissent les attaques de l'armée russe.", ("RUS", "attack", "UKR")),
])
def test_who_suffers_an_attack_is_its_target(lang, text, expected):
    events = _events(lang, text)
    assert expected in events
    assert (expected[2], "attack", expected[0]) not in events


def test_a_gerund_with_its_own_object_stays_a_verb():
    # "suffered losses fighting X": the fighting is the subject's own
    assert ("ARM", "attack", "AZE") in _events("en", "Armenia suffered losses fighting Azerbaijan.")
