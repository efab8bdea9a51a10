"""A speaker described by an apposition ("X, a close friend of Y, called on Z") is the source,
not the actor the apposition names: when the parser hangs the verb on the name and the
word-order fallback looks left for a subject, a mention inside the apposition gives way to the
noun it describes (:func:`graph.events.fallback._apposition_holder`). French parses of the same
shapes already give the subject; they are kept as regression rows."""

from __future__ import annotations

import pytest

from graph.nlp import load_pipeline
from graph.nlp.extensions import make_doc


def _events(lang: str, text: str) -> set[tuple[str, str, str]]:
    nlp = load_pipeline(lang)
    doc = nlp(make_doc(nlp, text, {"id": "t", "date": "2008-03-06", "language": lang, "title": None}))
    return {(e["source"], e["relation"], e["target"]) for e in doc._.events}


@pytest.mark.parametrize("lang, text, source, target, wrong", [
    ("en", "French President Jacques Chirac, a close friend of Hariri, called on Damascus to implement the "
           "resolution fully.", "FRA", "SYR", "LBN"),
    ("en", "Russian Foreign Minister Sergei Lavrov, a former envoy to the United Nations, called on Georgia "
           "to withdraw its troops.", "RUS", "GEO", "UN"),
    ("en", "American envoy Richard Holbrooke, a former ambassador to Germany, called on Serbia to accept "
           "the plan.", "USA", "SRB", "DEU"),
    ("fr", "Jacques Chirac, un proche de Rafic Hariri, a appelé Damas à appliquer la résolution.",
     "FRA", "SYR", "LBN"),
    ("fr", "Mwai Kibaki, vieux rival de Yoweri Museveni, a demandé à l'Ouganda de retirer ses troupes.",
     "KEN", "UGA", "UGA"),
])
def test_the_described_speaker_calls(lang, text, source, target, wrong):
    got = _events(lang, text)
    assert any(s == source and t == target for s, _r, t in got), got
    assert not any(s == wrong and t == target for s, _r, t in got if wrong != target), got
