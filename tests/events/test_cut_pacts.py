"""Cancelling, scrapping or suspending a pact, accord or alliance with an actor is a sanction
(GUIDELINES ``sanction``: "breaks or reduces relations with"): the nouns *pact*, *accord*,
*alliance* (French *pacte*, *alliance*, *convention*) are ``cut_objects`` of ``grammar.json`` like
*treaty* and *agreement* already were, so the ``cut`` frame reads them and the pact noun's own
``agree`` reading ("a pact with X") is not kept as a second, opposite event."""

from __future__ import annotations

import pytest

from graph.nlp import load_pipeline
from graph.nlp.extensions import make_doc


def _events(lang: str, text: str) -> set[tuple[str, str, str]]:
    nlp = load_pipeline(lang)
    doc = nlp(make_doc(nlp, text, {"id": "t", "date": "2024-01-01", "language": lang, "title": None}))
    return {(e["source"], e["relation"], e["target"]) for e in doc._.events}


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Jakarta cancelled its security pact with Australia.", ("IDN", "sanction", "AUS")),
    ("en", "Niamey terminated the military accord with Washington on Saturday.", ("NER", "sanction", "USA")),
    ("en", "Mali's military rulers scrapped a defence pact with Paris, state television reported.", ("MLI", "sanction", "FRA")),
    ("fr", "Bamako a suspendu son pacte de défense avec la France.", ("MLI", "sanction", "FRA")),
    ("fr", "Niamey a dénoncé la convention militaire avec Washington.", ("NER", "sanction", "USA")),
])
def test_cutting_a_pact_is_a_sanction(lang, text, expected):
    events = _events(lang, text)
    assert expected in events
    assert (expected[0], "agree", expected[2]) not in events


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Russia signed a security pact with Belarus.", ("RUS", "agree", "BLR")),
    ("fr", "La Russie a signé un pacte de sécurité avec la Biélorussie.", ("RUS", "agree", "BLR")),
])
def test_signing_a_pact_stays_an_agreement(lang, text, expected):
    events = _events(lang, text)
    assert expected in events and (expected[0], "sanction", expected[2]) not in events
