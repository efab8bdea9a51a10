"""Verb lemmas the lemmatiser left as word forms (``graph/nlp/lemmas.py``): the language's
regular endings, checked against the lemmatiser's verb index."""

from __future__ import annotations

import pytest

from graph.nlp import load_pipeline
from graph.nlp.lemmas import VerbLemmas


def test_an_ending_gives_a_known_verb_only():
    lemmas = VerbLemmas([("e", "er"), ("ètre", "étrer")], {"estimer", "perpétrer"})
    assert lemmas.repair("estime") == "estimer"
    assert lemmas.repair("perpètre") == "perpétrer"  # the longest ending first
    assert lemmas.repair("table") is None  # "tabler" is no verb it knows


@pytest.mark.parametrize("text,form,lemma", [
    ("Le Kenya estime que la Somalie doit partir.", "estime", "estimer"),
    ("Le Qatar préside la réunion.", "préside", "présider"),
    ("Le Mali entame des négociations avec l'Algérie.", "entame", "entamer"),
    ("La Russie bombarde la ville.", "bombarde", "bombarder"),
    ("Les milices perpètrent des attaques.", "perpètrent", "perpétrer"),
])
def test_french_verbs_get_their_infinitive(text, form, lemma):
    doc = load_pipeline("fr")(text)
    assert next(t.lemma_ for t in doc if t.text == form) == lemma


def test_nouns_and_known_lemmas_are_left_alone():
    doc = load_pipeline("fr")("Le ministre a condamné la Russie et exprimé son estime pour la Chine.")
    assert [t.lemma_ for t in doc if t.text in ("estime", "condamné")] == ["condamner", "estime"]
