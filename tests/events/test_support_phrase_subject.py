"""A support phrase set between commas on the subject noun backs that subject (GUIDELINES
``support``): "Syrian forces, with the backing of Iran, shelled X" is ``IRN support SYR``, as
"With the backing of Iran, Syrian forces shelled X" already was. The parser hangs the phrase on
the subject noun instead of the verb; :func:`graph.events.linking.backing` takes that noun."""

from __future__ import annotations

import pytest

from graph.nlp import load_pipeline
from graph.nlp.extensions import make_doc


def _events(lang: str, text: str) -> set[tuple[str, str, str]]:
    nlp = load_pipeline(lang)
    doc = nlp(make_doc(nlp, text, {"id": "t", "date": "2024-01-01", "language": lang, "title": None}))
    return {(e["source"], e["relation"], e["target"]) for e in doc._.events}


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Syrian forces, with the support of Iran, attacked Turkish positions.", ("IRN", "support", "SYR")),
    ("en", "Syrian forces, with the backing of Iran, shelled Turkish positions.", ("IRN", "support", "SYR")),
    ("en", "Houthi rebels, with the backing of Iran, attacked Saudi oil facilities.", ("IRN", "support", "HOUTHIS")),
    ("fr", "Les forces syriennes, avec l'appui de l'Iran, ont bombardé les positions turques.", ("IRN", "support", "SYR")),
])
def test_a_support_phrase_on_the_subject_backs_it(lang, text, expected):
    events = _events(lang, text)
    assert expected in events
    assert (expected[0], "support", "TUR") not in events
