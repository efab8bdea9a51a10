"""A person after a long title naming one state (``graph/actors/long_titles.py``), EN and FR.

Texts written for these tests: ministries the lexicon does not list, before the name of an
official the base does not know.
"""

from __future__ import annotations

import pytest


def _code_of(doc, name: str):
    found = [m for m in doc._.mentions if m.get("type") == "Person" and m["text"].endswith(name)]
    assert found, [m["text"] for m in doc._.mentions]
    return found[0].get("code")


@pytest.mark.parametrize("lang,text,name,code", [
    ("en", "Montenegro's Labour and Social Welfare Minister Ana Petrovic said the reform was overdue.",
     "Petrovic", "MNE"),
    ("en", "Croatia's Regional Development Minister Ivan Horvat opened the bridge.", "Horvat", "HRV"),
    ("fr", "Le ministre bosnien du Commerce extérieur Mirko Horvat a dénoncé la taxe.", "Horvat", "BIH"),
])
def test_the_person_acts_for_the_state_of_his_long_title(analyse, lang, text, name, code):
    assert _code_of(analyse(lang, text, "2018-11-22"), name) == code


@pytest.mark.parametrize("lang,text,name", [
    ("en", "Yesterday Minister Mirko Horvat said the tariff was a blow.", "Horvat"),  # no state
    ("en", "France met Germany. Regional Development Chairman Tibor Szalay opened the bridge.", "Szalay"),
])
def test_no_state_without_a_title_word_and_one_state(analyse, lang, text, name):
    assert _code_of(analyse(lang, text, "2018-11-22"), name) is None
