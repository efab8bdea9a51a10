"""A host of talks between two sides meets neither of them (graph.events.frames.mediation.host):
"C hosted two rounds of talks between A and B", "C a accueilli une série de discussions entre A
et B" are C's mediation, read from the talks; the sides inside the "between" phrase are no
visitors of C. A host of one visitor still meets it. Texts written for these tests."""

from __future__ import annotations

import pytest

from graph.nlp import load_pipeline
from graph.nlp.extensions import make_doc


def events(lang: str, text: str) -> set[tuple]:
    nlp = load_pipeline(lang)
    doc = nlp(make_doc(nlp, text, {"id": "t", "date": "2021-06-01", "language": lang, "title": None}))
    return {(e["source"], e["relation"], e["target"]) for e in doc._.events}


@pytest.mark.parametrize("lang,text,host,sides", [
    # rounds of talks between sides named before by a group noun
    ("en", "Kenya and Ethiopia clashed on the border in May. Djibouti hosted two rounds of talks between "
           "the two neighbours in June.", "DJI", ("KEN", "ETH")),
    # a series of talks between two capitals
    ("en", "Iran and the United States traded accusations. Oman hosted a series of talks between Tehran "
           "and Washington.", "OMN", ("IRN", "USA")),
    # French: "entre" is a case mark on the side's noun
    ("fr", "L'Iran et les États-Unis ont échangé des accusations. Oman a accueilli une série de "
           "discussions entre Téhéran et Washington.", "OMN", ("IRN", "USA")),
])
def test_the_host_of_talks_between_two_sides_meets_neither(lang, text, host, sides):
    got = events(lang, text)
    assert not {(host, "meet", s) for s in sides} & got
    assert not {(s, "meet", host) for s in sides} & got


@pytest.mark.parametrize("lang,text,want", [
    ("en", "Egypt hosted the Palestinian president on Monday.", ("EGY", "meet", "PSE")),
    ("fr", "L'Algérie a accueilli le président malien lundi.", ("DZA", "meet", "MLI")),
])
def test_a_host_of_one_visitor_still_meets_it(lang, text, want):
    assert want in events(lang, text)
