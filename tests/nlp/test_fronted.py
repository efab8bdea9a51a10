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


@pytest.mark.parametrize("text,subject,verb", [
    ("Lors d'un entretien avec le président ghanéen Nana Akufo-Addo, le roi du Maroc Mohammed VI a évoqué la sécurité.",
     "roi", "évoqué"),
    ("Condamnant une attaque de la Russie contre un port, le ministre moldave Nicu Popescu a convoqué un diplomate.",
     "ministre", "convoqué"),
    ("Le président a parlé vendredi.\n\nSaluant le courage de la Lituanie, le ministre polonais a promis des armes.",
     "ministre", "promis"),
])
def test_the_noun_phrase_after_a_fronted_phrase_is_the_subject(text, subject, verb):
    """(f8) the subject noun phrase the parser hung on the fronted phrase, or a main verb it hung
    under a fronted participle (also across a line the parser ran on)."""
    doc = load_pipeline("fr")(text)
    (s,) = [t for t in doc if t.text == subject]
    assert s.head.text == verb and s.dep_ == "nsubj"
    assert s.head.head == s.head
