"""A French stressed pronoun that repeats the subject ("La SADC a elle aussi suspendu le pays",
"Le Maroc, lui aussi, a rappelé") is no actor of its own (``SpanTests.subject_reprise`` in
``graph/actors/spans.py``): it was resolved to the actor named before and read as the verb's
target ("SADC sanction AU"). A pronoun opening its sentence ("Elle aussi a appelé") is the
subject itself and stays. Texts written for these tests.
"""

from __future__ import annotations

import pytest

from graph.nlp import load_pipeline
from graph.nlp.extensions import make_doc


def _events(text: str) -> set[tuple]:
    nlp = load_pipeline("fr")
    doc = nlp(make_doc(nlp, text, {"id": "t", "date": "2021-06-01", "language": "fr", "title": None}))
    return {(e["source"], e["relation"], e["target"]) for e in doc._.events}


@pytest.mark.parametrize("text,wrong,right", [
    # after the auxiliary
    ("L'Union africaine a suspendu le Gabon. La SADC avait elle aussi suspendu le pays en mars.",
     ("SADC", "sanction", "AU"), ("SADC", "sanction", "GAB")),
    ("Le Mali a condamné l'attaque. La France a elle aussi condamné le Niger.",
     ("FRA", "condemn", "MLI"), ("FRA", "condemn", "NER")),
    # set off by commas after the subject
    ("L'Algérie a rappelé son ambassadeur. Le Maroc, lui aussi, a rappelé son ambassadeur en Espagne.",
     ("MAR", "sanction", "DZA"), ("MAR", "sanction", "ESP")),
    # plural, with "également"
    ("Le Tchad a accusé le Soudan. Les Etats-Unis ont eux également condamné Khartoum.",
     ("USA", "condemn", "TCD"), ("USA", "condemn", "SDN")),
])
def test_a_pronoun_repeating_the_subject_is_no_target(text, wrong, right):
    got = _events(text)
    assert wrong not in got and right in got


def test_a_pronoun_opening_its_sentence_is_the_subject():
    assert ("RUS", "appeal", "UKR") in _events("La Russie a condamné l'Ukraine. Elle aussi a appelé Kiev au dialogue.")
