"""Sentencing someone and issuing an arrest warrant against them are coercion (GUIDELINES:
``coerce``, "arrests ... against"; CAMEO 173): ``sentence`` (verb) and ``warrant`` (noun, with
its light verb "issue" and a "for/against" target) in English, ``mandat d'arrêt`` in French.
Courts are their state's judiciary and one foreign national a population target."""

from __future__ import annotations

import pytest

from graph.nlp import load_pipeline
from graph.nlp.extensions import make_doc


def _events(lang: str, text: str) -> set[tuple[str, str, str]]:
    nlp = load_pipeline(lang)
    doc = nlp(make_doc(nlp, text, {"id": "t", "date": "2024-01-01", "language": lang, "title": None}))
    return {(e["source"], e["relation"], e["target"]) for e in doc._.events}


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "A court in Iran sentenced a French tourist to six years in prison.", ("IRN", "coerce", "FRA")),
    ("en", "A Russian court has jailed a Ukrainian sailor for three years.", ("RUS", "coerce", "UKR")),
    ("en", "Judges in Belarus jailed two Lithuanian men on Tuesday.", ("BLR", "coerce", "LTU")),
    ("en", "The International Criminal Court issued an arrest warrant for Vladimir Putin.", ("ICC", "coerce", "RUS")),
    ("en", "A Turkish court issued arrest warrants against three Swedish citizens.", ("TUR", "coerce", "SWE")),
    ("fr", "La Cour pénale internationale a émis un mandat d'arrêt contre Vladimir Poutine.", ("ICC", "coerce", "RUS")),
    ("fr", "L'Iran a arrêté un ressortissant britannique à l'aéroport de Téhéran.", ("IRN", "coerce", "GBR")),
])
def test_judicial_coercion(lang, text, expected):
    assert expected in _events(lang, text)


@pytest.mark.parametrize("lang, text", [
    ("en", "The ceasefire warrants a cautious welcome in Kyiv."),  # "warrant" as a verb
    ("en", "Iran did not sentence the French tourist."),  # negated
    ("en", "A court in Iran could sentence a French tourist next week."),  # hypothetical
])
def test_no_coercion_without_an_asserted_judicial_act(lang, text):
    assert not {e for e in _events(lang, text) if e[1] == "coerce"}
