"""Table-driven extraction tests: our own sentences, one phenomenon each, both languages.

Each row of ``cases.tsv`` gives a sentence, the document date, and the set of
(source, relation, target) tuples a careful annotator writes under the guidelines; an empty
set means no event (negation, hypothesis, question, denial).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.relations import SYMMETRIC_RELATIONS
from graph.nlp import load_pipeline
from graph.nlp.extensions import make_doc

ROWS = [
    line.rstrip("\n").split("\t")
    for line in (Path(__file__).parent / "cases.tsv").read_text(encoding="utf-8").splitlines()
    if line.strip() and not line.startswith("#")
]
CASES = [
    pytest.param(*r[:5], id=r[4], marks=[pytest.mark.xfail(reason=r[5], strict=True)] if len(r) > 5 else [])
    for r in ROWS
]


def extract(lang: str, text: str, date: str | None) -> list[dict]:
    nlp = load_pipeline(lang)
    doc = nlp(make_doc(nlp, text, {"id": "t", "date": date, "language": lang, "title": None}))
    return doc._.events


@pytest.mark.parametrize("lang,date,text,expected,phenomenon", CASES)
def test_case(lang, date, text, expected, phenomenon):
    got = {norm(e["source"], e["relation"], e["target"]) for e in extract(lang, text, date)}
    want = {norm(*x.split()) for x in expected.split(";") if x.strip()}
    assert got == want


def norm(source: str, relation: str, target: str) -> tuple:
    """Symmetric relations compare as unordered pairs (GUIDELINES section 3)."""
    if relation in SYMMETRIC_RELATIONS:
        source, target = sorted((source, target))
    return source, relation, target


def test_event_fields_are_plain_and_complete():
    text = "Before the summit, Germany condemned Russia on Tuesday."
    (e,) = extract("en", text, "2022-03-04")
    assert set(e) == {"source", "relation", "target", "source_actor", "target_actor", "source_id",
                      "target_id", "sentence", "start", "end", "trigger", "confidence", "date",
                      "location", "source_record", "target_record", "source_party", "target_party"}
    assert e["source_party"]["id"] == "DEU" and e["target_record"]["type"] == "State"  # resolved actors
    assert text[e["start"]:e["end"]] == e["sentence"]
    assert e["trigger"] == "condemned"
    assert 0 <= e["confidence"] <= 1
    assert e["date"] == "2022-03-01"  # the Tuesday before Friday 4 March 2022


def test_french_weekday_and_document_date():
    (e,) = extract("fr", "Mardi, l'Allemagne a condamné la Russie.", "2022-03-04")
    assert e["date"] == "2022-03-01"
    (e,) = extract("fr", "L'Allemagne a condamné la Russie.", "2022-03-04")
    assert e["date"] == "2022-03-04"
    (e,) = extract("fr", "L'Allemagne a condamné la Russie.", None)
    assert e["date"] is None
