"""Lexicon shapes (issue 13): cue rows, sense rows and the grammar words they need.

Each row of ``lexicon_cases.tsv`` is a sentence of our own, with the events a careful annotator
writes under the guidelines (same columns as ``cases.tsv``); symmetric relations compare as
unordered pairs.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.relations import SYMMETRIC_RELATIONS
from graph.nlp import load_pipeline
from graph.nlp.extensions import make_doc

ROWS = [
    line.rstrip("\n").split("\t")
    for line in (Path(__file__).parent / "lexicon_cases.tsv").read_text(encoding="utf-8").splitlines()
    if line.strip() and not line.startswith("#")
]


def _norm(source: str, relation: str, target: str) -> tuple:
    if relation in SYMMETRIC_RELATIONS:
        source, target = sorted((source, target))
    return source, relation, target


@pytest.mark.parametrize("lang,date,text,expected,phenomenon", [pytest.param(*r[:5], id=r[4]) for r in ROWS])
def test_lexicon_case(lang, date, text, expected, phenomenon):
    nlp = load_pipeline(lang)
    doc = nlp(make_doc(nlp, text, {"id": "t", "date": date, "language": lang, "title": None}))
    got = {_norm(e["source"], e["relation"], e["target"]) for e in doc._.events}
    assert got == {_norm(*x.split()) for x in expected.split(";") if x.strip()}


def test_lemma_fixes_reach_the_pipeline():
    """"staged" is read as *stage* (the English lemmatiser gives *stag*); nouns keep theirs."""
    nlp = load_pipeline("en")
    doc = nlp("Protesters staged a rally; the war waged by the army entered new stages.")
    assert [t.lemma_ for t in doc if t.lower_ in ("staged", "waged", "stages")] == ["stage", "wage", "stage"]
