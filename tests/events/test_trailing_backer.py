"""A comma-set past participle that closes the sentence says who backs the clause's subject,
even when the parser hangs it on the object (GUIDELINES ``support``: "backs"): "X attacked Y's
positions, backed by Z" is ``Z support X``, not ``Z support Y``
(:func:`graph.events.clauses.trailing_participle_verb`). A participle right on its noun, with no
comma, keeps that noun ("struck Hezbollah positions backed by Iran": Iran backs Hezbollah)."""

from __future__ import annotations

import pytest

from graph.nlp import load_pipeline
from graph.nlp.extensions import make_doc


def _events(lang: str, text: str) -> set[tuple[str, str, str]]:
    nlp = load_pipeline(lang)
    doc = nlp(make_doc(nlp, text, {"id": "t", "date": "2024-01-01", "language": lang, "title": None}))
    return {(e["source"], e["relation"], e["target"]) for e in doc._.events}


@pytest.mark.parametrize("lang, text, expected, wrong", [
    ("en", "Azerbaijani forces attacked Armenian positions, backed by Turkey.", ("TUR", "support", "AZE"), "ARM"),
    ("en", "Russian troops shelled Ukrainian villages, supported by Belarus.", ("BLR", "support", "RUS"), "UKR"),
    ("fr", "L'armée azerbaïdjanaise a attaqué les positions arméniennes, soutenue par la Turquie.",
     ("TUR", "support", "AZE"), "ARM"),
])
def test_a_trailing_backer_backs_the_subject(lang, text, expected, wrong):
    events = _events(lang, text)
    assert expected in events
    assert (expected[0], "support", wrong) not in events


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Israel struck Hezbollah positions backed by Iran.", ("IRN", "support", "HEZBOLLAH")),
    ("en", "Baku, supported by Ankara, attacked Armenia.", ("TUR", "support", "AZE")),
])
def test_a_participle_on_its_noun_keeps_it(lang, text, expected):
    assert expected in _events(lang, text)
