"""Pronouns, possessives and "the latter" across sentences (``coref_cases.tsv``, EN and FR).

Each row of the table (texts written for these tests): language, a short multi-sentence text,
the word to look at, which occurrence of it (1 = first), and the code its mention must roll up
to (``NONE``: no actor mention there, e.g. an expletive "it" or "il").
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from graph.actors.resolve import mentions_at

CASES = Path(__file__).with_name("coref_cases.tsv")


def _rows():
    with open(CASES, encoding="utf-8", newline="") as fh:
        return [r for r in csv.DictReader((line for line in fh if not line.startswith("#")), delimiter="\t",
                                           quoting=csv.QUOTE_NONE)]


ROWS = _rows()


def _token_of(doc, word: str, nth: int):
    hits = [t for t in doc if t.text.lower() == word.lower()]
    assert len(hits) >= nth, f"{word!r} occurs {len(hits)} times"
    return hits[nth - 1]


def test_every_mechanism_has_three_rows_in_both_languages():
    for mechanism in {r["mechanism"] for r in ROWS}:
        rows = [r for r in ROWS if r["mechanism"] == mechanism]
        assert len(rows) >= 3 and {r["lang"] for r in rows} == {"en", "fr"}, mechanism


@pytest.mark.parametrize("row", ROWS, ids=[f"{i + 2}-{r['mechanism']}-{r['lang']}" for i, r in enumerate(ROWS)])
def test_reference(analyse, row):
    doc = analyse(row["lang"], row["text"], "2023-05-02")
    tok = _token_of(doc, row["word"], int(row["nth"]))
    found = mentions_at(doc, tok.i, places=True)
    if row["code"] == "NONE":
        assert not found, [(m["text"], m["code"]) for m in found]
        return
    assert {m["code"] for m in found} == set(row["code"].split(";")), [(m["text"], m["code"]) for m in doc._.mentions]


@pytest.mark.parametrize("lang,text,word,code", [
    ("fr", "Le président tchadien est arrivé à Paris. La Russie doit retirer ses troupes, a-t-il déclaré.", "-il", "TCD"),
    ("fr", "La ministre ghanéenne a reçu l'ambassadeur allemand. Le Togo doit libérer les otages, a-t-elle affirmé.",
     "-elle", "GHA"),
    ("fr", "Le roi du Maroc a reçu le ministre espagnol. L'Algérie soutient les rebelles, estime-t-il.", "-il", "MAR"),
    ("fr", "Le ministre malien a reçu son homologue. La France doit quitter le pays, a-t-il ajouté.", "-il", "MLI"),
    ("en", "The Chadian president arrived in Paris. Russia must withdraw its troops, said he.", "he", "TCD"),
])
def test_an_inverted_incise_subject_is_not_named_in_what_it_reports(lang, text, word, code):
    """"X doit partir, a-t-il déclaré": the speaker is an actor named before, not X (full pipeline,
    whose tokenizer keeps "-il" apart)."""
    from graph.nlp import load_pipeline
    from graph.nlp.extensions import make_doc

    nlp = load_pipeline(lang)
    doc = nlp(make_doc(nlp, text, {"id": "t", "date": "2024-03-01", "language": lang, "title": None}))
    tok = _token_of(doc, word, 1)
    assert {m["code"] for m in mentions_at(doc, tok.i)} == {code}
