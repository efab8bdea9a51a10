"""Calling an actor's act a crime is condemning the actor (GUIDELINES ``condemn``: "calls the
target's action 'illegal', 'inadmissible'"): "X described Y's bombing as a war crime", "X called
the Y attack a crime", "X a qualifié de crime de guerre le bombardement de Y" are ``X condemn
Y``. *Crime* is a ``predicate`` cue (cues.tsv), read only as what a naming verb or a copula says
of something; the parser's apposition for the small clause ("branded the strike a war crime")
is the naming verb's second object (``named_object`` in graph/events/frames/judgement.py)."""

from __future__ import annotations

import pytest

from graph.nlp import load_pipeline
from graph.nlp.extensions import make_doc


def _events(lang: str, text: str) -> set[tuple[str, str, str]]:
    nlp = load_pipeline(lang)
    doc = nlp(make_doc(nlp, text, {"id": "t", "date": "2024-01-01", "language": lang, "title": None}))
    return {(e["source"], e["relation"], e["target"]) for e in doc._.events}


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Canada described Russia's bombing of the hospital as a war crime.", ("CAN", "condemn", "RUS")),
    ("en", "Germany branded the Iranian strike a war crime.", ("DEU", "condemn", "IRN")),
    ("en", "Germany branded the Iranian strike a provocation.", ("DEU", "condemn", "IRN")),
    ("en", "Poland called Russia's shelling of the plant a crime.", ("POL", "condemn", "RUS")),
    ("en", "Britain said the Russian strike on Kyiv was a war crime.", ("GBR", "condemn", "RUS")),
    ("fr", "La France a qualifié de crime de guerre le bombardement russe.", ("FRA", "condemn", "RUS")),
    ("fr", "L'Allemagne a qualifié l'attaque iranienne de crime de guerre.", ("DEU", "condemn", "IRN")),
    ("fr", "Le Canada considère la frappe russe comme un crime.", ("CAN", "condemn", "RUS")),
])
def test_calling_an_act_a_crime_condemns_its_actor(lang, text, expected):
    assert expected in _events(lang, text)


@pytest.mark.parametrize("lang, text", [
    ("en", "The ICC investigates war crimes in Ukraine."),
    ("en", "Russia committed war crimes in Ukraine, the report says."),
])
def test_a_crime_named_by_no_one_condemns_nobody(lang, text):
    assert not any(r == "condemn" for _, r, _ in _events(lang, text))
