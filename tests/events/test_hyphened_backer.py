"""An actor hyphened to a participle before a noun backs, funds or trains the noun; it is not the
noun: "a UN-backed court indicted X" is no accusation by the UN, "the UN-backed government
accused X" none by the UN (English only: French says "soutenu par X" after the noun). The
tagger reads "UN - backed court" as a compound, a dash adjective and a participle on "court":
the actor stage no longer composes the name with the noun after such a participle
(``Composer.backer``), and the noun phrases skip such a compound and treat it as acting for
nothing (``graph.events.phrases._hyphened_backer``). A participle of doing (``performing_verbs``:
"Saudi-led", "US-led") keeps its actor, and "X-backed rebels" still reads X's support."""

from __future__ import annotations

import pytest

from graph.nlp import load_pipeline
from graph.nlp.extensions import make_doc


def _events(text: str) -> set[tuple[str, str, str]]:
    nlp = load_pipeline("en")
    doc = nlp(make_doc(nlp, text, {"id": "t", "date": "2024-01-01", "language": "en", "title": None}))
    return {(e["source"], e["relation"], e["target"]) for e in doc._.events}


@pytest.mark.parametrize("text, backer", [
    ("A UN-backed court indicted the former Liberian president.", "UN"),
    ("The UN-backed government accused the rebels of attacking Tripoli.", "UN"),
    ("A US-funded radio station in Prague accused Moscow of lying.", "USA"),
])
def test_the_backer_does_not_act_for_the_noun(text, backer):
    assert not any(s == backer for s, _, _ in _events(text))


@pytest.mark.parametrize("text, expected", [
    ("Iran-backed Houthi rebels attacked a Saudi oil facility.", {("IRN", "support", "HOUTHIS"), ("HOUTHIS", "attack", "SAU")}),
    ("The Saudi-led coalition bombed Houthi positions.", {("SAU", "attack", "HOUTHIS")}),
    ("US-led troops attacked Taliban positions.", {("USA", "attack", "TALIBAN")}),
])
def test_led_and_backed_compounds_keep_their_readings(text, expected):
    assert expected <= _events(text)
