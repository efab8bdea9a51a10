"""Leaders first named by one word when the document names their state
(``graph/actors/leader_names.py``), EN and FR.

Texts written for these tests: a summit of two states, their leaders named by one name each; people
whose first or family name is a leader's ("François Bozizé", "Moon Sung-hoon").
"""

from __future__ import annotations

import pytest

from graph.actors.kb import load_kb
from graph.actors.leader_names import leader_named


def _people(doc) -> dict[str, str]:
    return {m["text"].split()[-1]: m.get("actor_id") for m in doc._.mentions if m.get("type") == "Person"}


@pytest.mark.parametrize("lang,text", [
    ("en", "The summit of North Korea and South Korea was held on the border. Leaders Kim and Moon signed "
           "a declaration."),
    ("en", "China welcomed the meeting of Kim and Moon on the border between the two Koreas."),
    ("fr", "Le Japon a loué la franchise de MM. Kim et Moon pendant la rencontre entre les deux Corées."),
])
def test_leaders_named_by_one_word_are_the_leaders_of_the_states_named(analyse, lang, text):
    people = _people(analyse(lang, text, "2018-04-27"))
    assert people.get("Moon") == "person/moon-jae-in"
    assert people.get("Kim") == "person/kim-jong-un"


def test_a_leader_word_without_his_state_named_stays_unknown(analyse):
    people = _people(analyse("en", "Moon said the talks with France were useful.", "2018-04-27"))
    assert people.get("Moon") != "person/moon-jae-in"


def test_only_leaders_in_office_at_the_date_and_of_a_state_named():
    kb = load_kb()
    assert leader_named(kb, "Moon", {"KOR"}, "2018-04-27") == "person/moon-jae-in"
    assert leader_named(kb, "Moon", {"KOR"}, "2023-01-01") is None  # out of office
    assert leader_named(kb, "Kim", {"PRK"}, "2018-04-27") == "person/kim-jong-un"  # not Kim Jong-il
    assert leader_named(kb, "Moon", {"FRA"}, "2018-04-27") is None
    assert leader_named(kb, "moon", {"KOR"}, "2018-04-27") is None  # a word, not a name


@pytest.mark.parametrize("lang,date,text,word", [
    ("fr", "2013-01-12", "Le président Denis Sassou Nguesso a reçu le président François Bozizé à Brazzaville. "
                         "Le président François Hollande a salué l'accord.", "François"),
    ("fr", "2013-01-12", "Selon Paris, François Bozizé a demandé l'aide de la France. François Hollande a refusé.",
     "François"),
    ("en", "2018-04-27", "The envoy met Moon Sung-hoon in Seoul before President Moon Jae-in spoke about South Korea.",
     "Moon"),
])
def test_a_leader_word_that_the_next_name_continues_is_someone_else(analyse, lang, date, text, word):
    mentions = analyse(lang, text, date)._.mentions
    assert not [m for m in mentions if m["text"] == word and m.get("type") == "Person"]


def test_the_next_word_continuing_the_name_blocks_the_leader():
    kb = load_kb()
    assert leader_named(kb, "François", {"FRA"}, "2013-01-12") == "person/francois-hollande"
    assert leader_named(kb, "François", {"FRA"}, "2013-01-12", next_word="Bozizé") is None
    assert leader_named(kb, "Moon", {"KOR"}, "2018-04-27", next_word="and") == "person/moon-jae-in"
    assert leader_named(kb, "Moon", {"KOR"}, "2018-04-27", next_word="PARIS") == "person/moon-jae-in"
