"""Line breaks start sentences for the English parser (``graph/nlp/lines.py``): a headline,
a caption or a list item with no full stop is parsed on its own, so its subject is not hung on
the verb of the next line."""

from __future__ import annotations

import pytest
import spacy

from graph.languages import load_json
from graph.nlp import load_pipeline
from graph.nlp.extensions import make_doc
from graph.nlp.lines import NAME, line_starts


def _events(text: str) -> set[tuple]:
    nlp = load_pipeline("en")
    doc = nlp(make_doc(nlp, text, {"id": "t", "date": "2022-03-01", "language": "en", "title": None}))
    return {(e["source"], e["relation"], e["target"]) for e in doc._.events}


def test_the_component_marks_words_after_line_breaks_only():
    doc = line_starts(spacy.blank("en")("Kenya recalls envoy\n\n\"Nairobi said so\nand left"))
    starts = [t.text for t in doc if t.is_sent_start and t.i]
    assert starts == ["and"]  # an opening quote is left to the parser


def test_english_switches_it_on_and_french_off():
    assert load_json("en", "grammar.json")["line_sentence_starts"] is True
    assert load_json("fr", "grammar.json")["line_sentence_starts"] is False
    assert NAME in load_pipeline("en").pipe_names and NAME not in load_pipeline("fr").pipe_names


@pytest.mark.parametrize("text,expected", [
    # a headline over a caption line, then the body: the headline's subjects stay its own
    ("Peru and Chile cut ties with Ecuador\nEcuador hosts a large trade fair\n"
     "The two governments gave no reason.", {("PER", "sanction", "ECU"), ("CHL", "sanction", "ECU")}),
    # a headline over a short label line and a body sentence that reports a speaker
    ("Kenya sends troops to Haiti\nPolice mission starts\nNairobi said the force would land soon.",
     {("KEN", "aid", "HTI")}),
])
def test_each_line_is_parsed_on_its_own(text, expected):
    assert expected <= _events(text)


@pytest.mark.parametrize("text,starts", [
    ("Kenya recalls envoy\n\nNairobi said so", ["Nairobi"]),  # blank line between paragraphs
    ("Live updates\nGhana condemns Togo\nMore soon", ["Ghana", "More"]),  # one-line items
    ("Talks end\n  Accra left", ["Accra"]),  # indentation after the break
])
def test_starts_after_every_kind_of_break(text, starts):
    doc = line_starts(spacy.blank("en")(text))
    assert [t.text for t in doc if t.is_sent_start and t.i] == starts


def test_an_initialism_opening_a_line_ends_no_sentence():
    """(e4) "U.S. President ..." on a line of its own: the parser once closed a sentence at "U.S."."""
    doc = line_starts(spacy.blank("en")("Summit ends\nU.N. envoy Ali Rahimi urged calm.\nU.S.\nNext"))
    starts = [t.text for t in doc if t.is_sent_start and t.i]
    assert starts == ["U.N.", "U.S.", "Next"] and doc[4].is_sent_start is False  # "envoy" continues
    assert ("USA", "appeal", "ISR") in _events("Gaza talks stall\n\n\nU.S. President Tom Ridley is again calling"
                                                " on Israel and Hamas to return to the table.")


@pytest.mark.parametrize("lang,text,starts", [
    ("en", "any part in the crisis The talks began in Doha", ["The"]),  # a heading run on
    ("en", "judges sat in The Hague on Monday", []),  # a capitalised word after: a name
    ("fr", "la fin de la crise Des entretiens ont eu lieu", ["Des"]),
    ("fr", "la Cour siège à La Haye", []),
    ("fr", "Des entretiens ont eu lieu", []),  # the first word is left to the parser
])
def test_a_capitalised_opener_between_lower_case_words_starts_a_sentence(lang, text, starts):
    from graph.nlp.lines import run_on_starts

    openers = frozenset(load_json(lang, "grammar.json")["run_on_openers"])
    doc = run_on_starts(spacy.blank(lang)(text), openers)
    assert [t.text for t in doc[1:] if t.is_sent_start] == starts
