"""``dipgraph_stop_line_starts``: in French, a line break after a line that ends with a full stop
starts a sentence for the parser; a headline or a line cut with no stop is left to the parser
(graph/nlp/lines.py)."""

from __future__ import annotations

import pytest
import spacy

from graph.languages import load_json
from graph.nlp import load_pipeline
from graph.nlp.extensions import make_doc
from graph.nlp.lines import STOP_LINES, stop_line_starts

STOPS = frozenset({".", "!", "?"})


@pytest.mark.parametrize("text,starts", [
    # two paragraphs, the second opening with a courtesy word
    ("Le Kenya a rappelé son ambassadeur.\n\nM. Odinga a protesté.", ["M."]),
    # a headline with no stop over the body, then a question ending a paragraph
    ("Tensions au Sahel\nLe Niger accuse le Bénin. Qui ment ?\nA Cotonou, on dément.", ["A"]),
    # a line cut inside a sentence, then an exclamation closing a line
    ("Le Tchad a fermé\nsa frontière avec le Soudan !\n  Les deux pays discutent.", ["Les"]),
])
def test_a_sentence_starts_after_a_line_that_ends_with_a_stop(text, starts):
    doc = stop_line_starts(spacy.blank("fr")(text), STOPS)
    assert [t.text for t in doc if t.is_sent_start and t.i] == starts


def test_french_switches_it_on_and_english_keeps_its_line_starts():
    assert load_json("fr", "grammar.json")["stop_line_sentence_starts"] == [".", "!", "?"]
    assert STOP_LINES in load_pipeline("fr").pipe_names and STOP_LINES not in load_pipeline("en").pipe_names


def test_the_paragraph_after_a_stop_is_a_sentence_of_its_own():
    """The parser ran "... Ossètes.\\n\\nM. X a dénoncé ..." into one sentence."""
    nlp = load_pipeline("fr")
    text = ("Le ministre a accusé Tbilissi de « génocide » contre les Ossètes.\n\n"
            "M. Saakachvili a dénoncé une « invasion ».\n\nA Washington, la Maison Blanche s'est tue.")
    doc = nlp(make_doc(nlp, text, {"id": "t", "date": "2008-08-14", "language": "fr", "title": None}))
    firsts = [s[0].text for s in doc.sents]
    assert "M." in firsts and "A" in firsts
