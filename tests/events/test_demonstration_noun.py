"""English "demonstration" is a protest noun, as French *manifestation* already was
(GUIDELINES ``protest``: "demonstrates or protests against"); a demonstration *of* force,
support or solidarity is a show, not a protest (a sense row with confidence 0 in ``cues.tsv``)."""

from __future__ import annotations

import pytest

from graph.nlp import load_pipeline
from graph.nlp.extensions import make_doc


def _events(text: str) -> set[tuple[str, str, str]]:
    nlp = load_pipeline("en")
    doc = nlp(make_doc(nlp, text, {"id": "t", "date": "2024-01-01", "language": "en", "title": None}))
    return {(e["source"], e["relation"], e["target"]) for e in doc._.events}


@pytest.mark.parametrize("text, expected", [
    ("Iranian students held demonstrations against the United States.", ("IRN", "protest", "USA")),
    ("Thousands of Serbians joined a demonstration against NATO in Belgrade.", ("SRB", "protest", "NATO")),
    ("Georgian protesters staged a demonstration outside the Russian embassy.", ("GEO", "protest", "RUS")),
])
def test_demonstration_against_is_a_protest(text, expected):
    assert expected in _events(text)


@pytest.mark.parametrize("text", [
    "The drills were a demonstration of force against Taiwan by China.",
    "Poland organised a demonstration of solidarity with Ukraine.",
])
def test_a_demonstration_of_something_is_no_protest(text):
    assert not {e for e in _events(text) if e[1] == "protest"}
