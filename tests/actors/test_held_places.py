"""Fighters named by a place an armed group holds (``graph/actors/held_places.py``), EN and FR.

Texts written for these tests: fighters "in" a held place, before and while it is held, and
fighters another actor already qualifies.
"""

from __future__ import annotations

import pytest

from graph.actors.held_places import held_by, held_places
from graph.actors.kb import load_kb


def _codes_of(doc, word: str) -> list[str]:
    return [m.get("code") for m in doc._.mentions if word in m["text"].split()]


@pytest.mark.parametrize("lang,text,word,code", [
    ("en", "Israel began a three-day operation against Islamist militants across Gaza.", "militants", "HAMAS"),
    ("en", "Militants in Gaza fired rockets at Israel on Tuesday.", "Militants", "HAMAS"),
    ("fr", "Israël a lancé une offensive contre les combattants islamistes dans la bande de Gaza.",
     "combattants", "HAMAS"),
    ("en", "Saudi Arabia bombed insurgents in Sanaa on Monday.", "insurgents", "HOUTHIS"),
])
def test_fighters_in_a_held_place_are_the_group_holding_it(analyse, lang, text, word, code):
    assert _codes_of(analyse(lang, text, "2016-05-01"), word) == [code]


@pytest.mark.parametrize("lang,text,date,word,code", [
    # before the group took the place
    ("en", "Israel launched an offensive against militants in the Gaza Strip.", "2005-01-01", "militants", None),
    # a state already qualifies the fighters: its forces
    ("en", "Palestinian gunmen in Gaza fired rockets at Israel.", "2016-05-01", "gunmen", "PSE"),
    ("fr", "Les soldats israéliens dans la bande de Gaza ont tiré sur des manifestants.", "2016-05-01",
     "soldats", "ISR"),
])
def test_no_group_before_it_held_the_place_or_for_another_actor(analyse, lang, text, date, word, code):
    assert set(_codes_of(analyse(lang, text, date), word)) <= {code}


def test_the_table_dates_each_holding():
    assert held_by("the Gaza Strip", "2014-07-20", {"the"}) == "group/hamas"
    assert held_by("Mosul", "2015-01-01", set()) == "group/isis"
    assert held_by("Mosul", "2018-01-01", set()) is None  # retaken
    assert held_by("Mosul", None, set()) is None  # no date: only places still held
    assert held_by("Gaza", None, set()) == "group/hamas"
    kb = load_kb()
    assert all(kb.get(g) is not None and kb.get(g).code for rows in held_places().values() for g, _, _ in rows)
