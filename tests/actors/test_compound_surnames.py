"""The second half of a hyphenated surname is not the known person of that surname
(``compound_tail`` in ``graph/actors/compose.py``): "Nkosazana Dlamini-Zuma" is not Jacob Zuma,
"Claire Dubois-Macron" is not Emmanuel Macron; "the Putin-Erdogan meeting" still names two
known people (the first half is a known name). Texts written for these tests, EN and FR.
"""

from __future__ import annotations

import pytest

from graph.nlp import load_pipeline
from graph.nlp.extensions import make_doc


def _read(lang: str, text: str):
    nlp = load_pipeline(lang)
    return nlp(make_doc(nlp, text, {"id": "t", "date": "2015-06-01", "language": lang, "title": None}))


@pytest.mark.parametrize("lang,text,wrong", [
    ("fr", "Nkosazana Dlamini-Zuma a condamné le Mali.", ("ZAF", "condemn", "MLI")),
    ("fr", "Mme Dlamini-Zuma a appelé le Soudan à la retenue.", ("ZAF", "appeal", "SDN")),
    ("en", "Nkosazana Dlamini-Zuma condemned Mali.", ("ZAF", "condemn", "MLI")),
    ("en", "Claire Dubois-Macron, a lawyer, urged Mali to free the soldiers.", ("FRA", "appeal", "MLI")),
])
def test_the_tail_of_a_hyphenated_surname_is_not_the_known_person(lang, text, wrong):
    doc = _read(lang, text)
    assert wrong not in {(e["source"], e["relation"], e["target"]) for e in doc._.events}


@pytest.mark.parametrize("lang,text", [
    ("en", "Putin met Erdogan in Sochi. The Putin-Erdogan meeting ended with a deal on Idlib."),
    ("fr", "Le sommet Poutine-Erdogan s'est tenu à Sotchi."),
])
def test_two_known_names_joined_by_a_hyphen_stay_two_people(lang, text):
    codes = [m["code"] for m in _read(lang, text)._.mentions]
    assert "RUS" in codes and "TUR" in codes


def test_the_office_before_the_name_still_gives_the_organisation():
    doc = _read("fr", "La présidente de la Commission de l'UA, Nkosazana Dlamini-Zuma, a condamné le Mali.")
    got = {(e["source"], e["relation"], e["target"]) for e in doc._.events}
    assert ("AU", "condemn", "MLI") in got and ("ZAF", "condemn", "MLI") not in got
