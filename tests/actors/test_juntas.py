"""A bare "the junta" / "la junte" is the state it rules (``graph/actors/juntas.py``), EN and FR.

Texts written for these tests: a state named, then the junta; and the shapes where the junta
must not take a state (its own verb's subject, two states named).
"""

from __future__ import annotations

import pytest

from graph.actors.lexicon import load_lexicon
from graph.actors.juntas import junta_at


def _junta_codes(doc) -> list:
    return [m.get("code") for m in doc._.mentions if m["text"].lower().split()[0] in ("the", "la", "le")
            and m["text"].lower().split()[-1] in ("junta", "junte", "council")]


@pytest.mark.parametrize("lang,text,code", [
    ("en", "Mali's military seized power in May. The junta expelled the French ambassador on Monday.", "MLI"),
    ("en", "France said the junta in Mali must hand power to civilians.", "MLI"),
    ("en", "Mali's ruling military council rejected the plan. France urged the junta to hold elections.", "MLI"),
    ("fr", "Le Mali a été suspendu de la Cédéao. La junte a expulsé l'ambassadeur de France.", "MLI"),
    ("en", "Sudan's Transitional Military Council met the protesters. The military council rejected the plan.",
     "SDN"),
    # the bare head of a junta named before
    ("en", "Sudan's ruling military council met the envoy. The council rejected Ethiopia's proposal.", "SDN"),
])
def test_a_bare_junta_is_the_state_it_rules(analyse, lang, text, code):
    assert _junta_codes(analyse(lang, text, "2021-06-01")) == [code]


@pytest.mark.parametrize("lang,text", [
    # the subject of the junta's own verb is not the junta
    ("fr", "La France a demandé à la junte de rendre le pouvoir aux civils."),
    ("en", "France urged the junta to hold elections."),
    # two states named: which one the junta rules is not told
    ("en", "France condemned the coup in Mali. The junta expelled the French ambassador."),
    # another council named after the junta: "the council" may be that one
    ("en", "Sudan's ruling military council met the envoy. The UN Security Council met on Monday. "
           "The council rejected the plan."),
    # a bare head with no junta named before
    ("en", "The council rejected the plan of Ethiopia."),
])
def test_no_state_when_the_text_does_not_tell_which(analyse, lang, text):
    assert _junta_codes(analyse(lang, text, "2021-06-01")) == []


def test_a_person_described_as_a_member_of_the_junta_is_its_state(analyse):
    doc = analyse("en", "Sudan's ruling military council met the envoy. Yasser Kamal, a member of the military "
                        "council, said the talks would resume.", "2019-05-01")
    assert [m["code"] for m in doc._.mentions if m["text"] == "Yasser Kamal"] == ["SDN"]


def test_junta_nouns_need_a_definite_determiner_and_take_the_longest():
    lex = load_lexicon("en")
    assert junta_at("the transitional military council met".split(), 1, lex) == 4
    assert junta_at("a junta".split(), 1, lex) is None
    assert junta_at("la junte militaire".split(), 1, load_lexicon("fr")) == 3
