"""The conflict frame's sides (``graph.document.conflict``) on multi-sentence documents.

Each row of ``frames.tsv`` (texts written for these tests) gives the sides the frame must find,
or ``-`` where the evidence is weak or ambiguous and the frame must have none.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.document.conflict import name_code, pair_compounds
from graph.document.lexicon import load_document_lexicon
from graph.nlp import load_pipeline
from graph.nlp.extensions import make_doc

ROWS = [line.split("\t") for line in (Path(__file__).parent / "frames.tsv").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")]


@pytest.mark.parametrize("mechanism,lang,text,sides", ROWS, ids=[f"{r[0]}-{r[1]}-{i}" for i, r in enumerate(ROWS)])
def test_frame_sides(mechanism, lang, text, sides):
    nlp = load_pipeline(lang)
    doc = nlp(make_doc(nlp, text.replace("\\n", "\n"), {"id": "t", "date": "2023-05-02", "language": lang,
                                                        "title": None}))
    got = " ".join((doc._.document or {}).get("sides") or []) or "-"
    assert got == sides.strip()


def test_every_mechanism_has_three_documents_and_both_languages():
    for mechanism in ("lead", "between", "compound", "mediator", "ambiguous", "rollup", "aim", "between_anaphor", "border"):
        rows = [r for r in ROWS if r[0] == mechanism]
        assert len(rows) >= 3 and {r[1] for r in rows} == {"en", "fr"}


@pytest.mark.parametrize("lang,word,code", [
    ("en", "Pakistani", "PAK"), ("en", "Sino", "CHN"), ("en", "U.S.", "USA"), ("en", "Russo", "RUS"),
    ("fr", "russo", "RUS"), ("fr", "israélo", "ISR"), ("fr", "palestinienne", "PSE"), ("fr", "ukrainiens", "UKR"),
    ("fr", "américano", "USA"), ("en", "Geneva", None), ("fr", "climat", None),
])
def test_pair_compound_parts(lang, word, code):
    assert name_code(word, load_document_lexicon(lang)) == code


@pytest.mark.parametrize("lang,text,noun,pair", [
    ("fr", "Les pourparlers russo-ukrainiens ont repris.", "pourparlers", ("RUS", "UKR")),
    ("fr", "Les négociations sino-indiennes ont échoué.", "négociations", ("CHN", "IND")),
    ("en", "The Russian-Ukrainian talks resumed.", "talks", ("RUS", "UKR")),
    ("en", "The Russia-Ukraine-Belarus talks resumed.", "talks", None),
])
def test_pair_compounds_around_a_noun(lang, text, noun, pair):
    doc = load_pipeline(lang)(text)
    t = next(x for x in doc if x.text == noun)
    assert pair_compounds(doc, t, load_document_lexicon(lang)) == ([pair] if pair else [])


def test_a_prefix_form_stands_for_a_word_not_a_groups_name(monkeypatch):
    import graph.document.conflict as conflict

    names = {"russian": "RUS", "russe": "RUS", "russian national front": "RNF"}
    monkeypatch.setattr(conflict, "side_names", lambda lang: names)
    assert name_code("russo", load_document_lexicon("fr")) == "RUS"
    names["russkiy"] = "XXX"  # two one-word names with the stem: ambiguous
    assert name_code("russo", load_document_lexicon("fr")) is None
