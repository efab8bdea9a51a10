"""Encouraging an actor to sign, ratify, accept, implement or join something is a call on it
(GUIDELINES ``appeal``: "calls on, urges, asks"), like encouraging it to talk or negotiate
already was: the ``request`` sense row of *encourage*/*encourager* in ``cues.tsv`` lists the
infinitives sign, ratify, accept, implement, join (signer, ratifier, accepter, appliquer,
rejoindre). A bare "encouraged X" stays support."""

from __future__ import annotations

import pytest

from graph.nlp import load_pipeline
from graph.nlp.extensions import make_doc


def _events(lang: str, text: str) -> set[tuple[str, str, str]]:
    nlp = load_pipeline(lang)
    doc = nlp(make_doc(nlp, text, {"id": "t", "date": "2024-01-01", "language": lang, "title": None}))
    return {(e["source"], e["relation"], e["target"]) for e in doc._.events}


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Kouchner said France had encouraged Yerevan to sign.", ("FRA", "appeal", "ARM")),
    ("en", "Washington encouraged Kyiv to accept the ceasefire proposal.", ("USA", "appeal", "UKR")),
    ("en", "The EU encourages Serbia to implement the Ohrid agreement.", ("EU", "appeal", "SRB")),
    ("fr", "Paris a encouragé Erevan à signer le protocole.", ("FRA", "appeal", "ARM")),
    ("fr", "L'Union africaine encourage le Soudan à accepter la médiation.", ("AU", "appeal", "SDN")),
    ("fr", "Washington encourage Kiev à ratifier l'accord.", ("USA", "appeal", "UKR")),
])
def test_encouraging_to_sign_is_an_appeal(lang, text, expected):
    events = _events(lang, text)
    assert expected in events and (expected[0], "support", expected[2]) not in events


def test_bare_encouragement_stays_support():
    assert ("FRA", "support", "ARM") in _events("en", "France encouraged Armenia.")
