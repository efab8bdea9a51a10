"""Brokers named in a hyphenated compound on an agreement or talks (graph.document.compounds,
graph.events.brokered): "a Qatar-brokered truce" makes Qatar mediate for each party, never a
party itself. English only: French names the broker with "négocié par", read elsewhere.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from graph.document.compounds import broker_compound
from graph.nlp import load_pipeline
from graph.nlp.extensions import make_doc


def events(text: str, lang: str = "en") -> set[tuple]:
    nlp = load_pipeline(lang)
    doc = nlp(make_doc(nlp, text, {"id": "t", "date": "2024-05-01", "language": lang, "title": None}))
    return {(e["source"], e["relation"], e["target"]) for e in doc._.events}


@pytest.mark.parametrize("text,broker,parties", [
    # a signed truce, the broker a state's name
    ("Ethiopia and Eritrea signed a US-brokered truce on Monday.", "USA", ("ETH", "ERI")),
    # an agreement verb with a prepositional object, the broker a demonym
    ("Armenia and Azerbaijan agreed to a Russian-brokered ceasefire overnight.", "RUS", ("ARM", "AZE")),
    # an acceptance, the participle "mediated"
    ("Israel and Hamas accepted an Egyptian-mediated truce late on Tuesday.", "EGY", ("ISR", "HAMAS")),
    # talks held, the broker an organisation's acronym and the participle "sponsored"
    ("Sudan and South Sudan held AU-sponsored talks in Addis Ababa.", "AU", ("SDN", "SSD")),
])
def test_a_compound_broker_mediates_for_each_party(text, broker, parties):
    got = events(text)
    assert {(broker, "mediate", p) for p in parties} <= got
    assert not {(broker, r, p) for p in parties for r in ("agree", "meet")} & got
    assert not {(p, r, broker) for p in parties for r in ("agree", "meet")} & got


def test_a_negated_compound_agreement_gives_no_mediation():
    got = events("Serbia and Kosovo did not sign the EU-brokered deal.")
    assert not {e for e in got if e[1] == "mediate"}


def test_a_backed_compound_is_no_broker():
    doc = load_pipeline("en")("The Iran-backed militia attacked the base.")
    assert not broker_compound(doc, {"token_start": 1, "token_end": 2}, {"broker_compound_lemmas": ["broker"]})
