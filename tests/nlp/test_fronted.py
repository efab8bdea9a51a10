"""``dipgraph_fronted_subjects``: a coordinated subject the French parser hung on a fronted
complement after its comma is the verb's subject again (graph/nlp/fronted.py)."""

from __future__ import annotations

import pytest

from graph.nlp import load_pipeline


@pytest.mark.parametrize("text,subject,verb", [
    ("Grâce aux bons offices de la Norvège, la Colombie et le Venezuela ont repris le dialogue.", "Colombie", "repris"),
    ("Sous la médiation du Qatar, le Tchad et le Soudan ont signé un accord.", "Tchad", "signé"),
    ("Après la visite du ministre, la Chine et la Russie ont condamné le Japon.", "Chine", "condamné"),
])
def test_the_first_conjunct_is_the_subject_again(text, subject, verb):
    doc = load_pipeline("fr")(text)
    (s,) = [t for t in doc if t.text == subject]
    assert s.dep_ == "nsubj" and s.head.text == verb


def test_a_list_of_complements_stays_where_it_is():
    doc = load_pipeline("fr")("Les ministres de la Hongrie, de la Pologne et de la Slovaquie ont critiqué Bruxelles.")
    assert [t.text for t in doc if t.dep_ == "nsubj"] == ["ministres"]
