"""Standing with an actor is support (GUIDELINES ``support``: "expresses support for, backs"):
English *stand with* (a ``cues.tsv`` row holding only with the preposition "with", as *stand by*
already was) and French *se tenir aux côtés de* (with the object *côté(s)* and "aux", as
*se ranger aux côtés de* already was)."""

from __future__ import annotations

import pytest

from graph.nlp import load_pipeline
from graph.nlp.extensions import make_doc


def _events(lang: str, text: str) -> set[tuple[str, str, str]]:
    nlp = load_pipeline(lang)
    doc = nlp(make_doc(nlp, text, {"id": "t", "date": "2024-01-01", "language": lang, "title": None}))
    return {(e["source"], e["relation"], e["target"]) for e in doc._.events}


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Japan's prime minister said Tokyo would stand with Seoul.", ("JPN", "support", "KOR")),
    ("en", "Britain will always stand with Ukraine, the prime minister said.", ("GBR", "support", "UKR")),
    ("en", "Poland stands firmly with Lithuania in its dispute with Belarus.", ("POL", "support", "LTU")),
    ("fr", "Paris se tiendra aux côtés de Kiev, a assuré le président français.", ("FRA", "support", "UKR")),
    ("fr", "Le Japon se tient aux côtés de la Corée du Sud, a déclaré le Premier ministre.", ("JPN", "support", "KOR")),
])
def test_standing_with_an_actor_is_support(lang, text, expected):
    assert expected in _events(lang, text)


@pytest.mark.parametrize("lang, text", [
    ("en", "Serbian troops stood in the square with their weapons lowered."),  # no actor after "with"
    ("en", "Kosovo said it would not stand with Serbia on the issue."),  # negated
    ("fr", "Le sommet entre la France et le Maroc se tiendra à Rabat."),  # a meeting is held, no côtés
])
def test_no_support_without_an_actor_stood_with(lang, text):
    assert not {e for e in _events(lang, text) if e[1] == "support"}
