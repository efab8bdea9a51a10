"""``dipgraph_honorific_heads``: the name after a French courtesy word ("M.", "Mme") heads its
phrase, so a person named "M. X" is the subject (or object) of the verb (graph/nlp/honorifics.py)."""

from __future__ import annotations

import pytest

from graph.languages import load_json
from graph.nlp import load_pipeline
from graph.nlp.extensions import make_doc


@pytest.mark.parametrize("text,name,dep,head", [
    # subject of the sentence's verb
    ("M. Ruto a critiqué vendredi la décision de Kampala.", "Ruto", "nsubj", "critiqué"),
    # object of the verb, a first and last name after "Mme"
    ("Le président a reçu Mme Ingrid Larsen au palais.", "Ingrid", "obj", "reçu"),
    # a subject with a name of three words and an apposition after it
    ("M. Jean-Marc Le Bihan, conseiller du ministre, a quitté Dakar.", "Jean-Marc", "nsubj", "quitté"),
])
def test_the_name_takes_the_place_of_the_courtesy_word(text, name, dep, head):
    doc = load_pipeline("fr")(text)
    (tok,) = [t for t in doc if t.text == name]
    assert tok.dep_ == dep and tok.head.text == head
    courtesy = doc[tok.i - 1]
    assert courtesy.head == tok and courtesy.dep_.startswith("flat")


def test_a_preposition_before_the_courtesy_word_hangs_on_the_name():
    doc = load_pipeline("fr")("Selon M. Okafor, le Nigeria veut négocier.")
    (tok,) = [t for t in doc if t.text == "Okafor"]
    assert [c.text for c in tok.children if c.dep_ == "case"] == ["Selon"]


def test_french_switches_it_on():
    assert "m." in load_json("fr", "grammar.json")["honorific_heads"]
    assert "dipgraph_honorific_heads" in load_pipeline("fr").pipe_names
    assert "dipgraph_honorific_heads" not in load_pipeline("en").pipe_names


def test_the_pronoun_after_a_subject_named_with_m_is_that_person():
    """The next sentence's "Il" is the person named "M. X" as subject, not a state he accused."""
    nlp = load_pipeline("fr")
    text = ("Le ministre russe Sergueï Lavrov a accusé Kiev de mentir. "
            "M. Saakachvili a dénoncé une agression et accusé Moscou de chercher à le renverser. "
            "Il a remercié l'Union européenne pour son aide.")
    doc = nlp(make_doc(nlp, text, {"id": "t", "date": "2008-08-14", "language": "fr", "title": None}))
    (il,) = [m for m in doc._.mentions if m["text"] == "Il"]
    assert il["code"] == "GEO"
