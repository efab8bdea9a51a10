"""A French name written with an elided first part ("N'Djamena", Chad's capital) is no negation
of its verb (``negating_word`` in ``graph/events/conditions.py``): the parser hangs "N'" on the
name as a determiner, and the subject test of ``filters.negated`` read it as "no Djamena"
("aucun État n'a condamné"), so every event with N'Djamena as its subject was dropped. A real
negating determiner of the subject still negates. Texts written for these tests.
"""

from __future__ import annotations

import pytest

from graph.nlp import load_pipeline
from graph.nlp.extensions import make_doc


def _events(text: str) -> set[tuple]:
    nlp = load_pipeline("fr")
    doc = nlp(make_doc(nlp, text, {"id": "t", "date": "2019-02-07", "language": "fr", "title": None}))
    return {(e["source"], e["relation"], e["target"]) for e in doc._.events}


@pytest.mark.parametrize("text,want", [
    # present tense, object and infinitive complement
    ("N'Djamena accuse Khartoum de soutenir les rebelles.", ("TCD", "accuse", "SDN")),
    # compound past with a noun object naming the target
    ("N'Djamena a condamné l'attaque du Soudan.", ("TCD", "condemn", "SDN")),
    # after a sentence naming the other side, with an adverb
    ("La Libye a fermé sa frontière. N'Djamena accusait alors Tripoli de protéger les rebelles.",
     ("TCD", "accuse", "LBY")),
])
def test_an_elided_name_as_subject_is_no_negation(text, want):
    assert want in _events(text)


@pytest.mark.parametrize("text", [
    "Aucun État n'a condamné la Russie.",
    "Aucun pays africain ne soutient le Maroc.",
])
def test_a_negating_determiner_of_the_subject_still_negates(text):
    assert not _events(text)
