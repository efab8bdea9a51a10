"""A court, judges or prosecutors "in <state>" are that state's judiciary, and a nationality
before one person of a population ("a Ukrainian sailor", "un marin ukrainien") is that state's
population, as the plural nouns already were (``seated_state_nouns``, ``population_nouns``)."""

from __future__ import annotations

import pytest


def _mention(doc, word: str) -> dict:
    char = doc.text.index(word)
    (found,) = [m for m in doc._.mentions if m["start"] <= char < m["end"]]
    return found


@pytest.mark.parametrize("lang, text, word, code", [
    ("en", "A court in Iran sentenced two men on Monday.", "court", "IRN"),
    ("en", "Judges in Belarus postponed the hearing.", "Judges", "BLR"),
    ("en", "Prosecutors in Guatemala opened a case.", "Prosecutors", "GTM"),
    ("fr", "Un tribunal en Iran a rendu son verdict.", "tribunal", "IRN"),
    ("fr", "Les juges au Mali ont reporté l'audience.", "juges", "MLI"),
])
def test_judiciary_seated_in_a_state_is_that_state(analyse, lang, text, word, code):
    mention = _mention(analyse(lang, text, "2024-01-01"), word)
    assert (mention["code"], mention["sector"]) == (code, "justice")


@pytest.mark.parametrize("lang, text, word, code", [
    ("en", "Police stopped a Ukrainian sailor at the port.", "sailor", "UKR"),
    ("en", "The border guards turned back a French tourist.", "tourist", "FRA"),
    ("en", "Three Lithuanian men were held at the crossing.", "men", "LTU"),
    ("en", "The authorities questioned a Nigerian student.", "student", "NGA"),
    ("fr", "La police a interpellé un étudiant nigérian.", "étudiant", "NGA"),
    ("fr", "Les gardes-frontières ont refoulé une touriste française.", "touriste", "FRA"),
])
def test_one_person_of_a_nationality_is_a_population(analyse, lang, text, word, code):
    mention = _mention(analyse(lang, text, "2024-01-01"), word)
    assert (mention["code"], mention["sector"]) == (code, "population")


def test_a_court_with_a_nationality_before_it_stays_a_place_phrase(analyse):
    """The seat guard of the seated nouns holds: "Turkish judges in Damascus" are Turkish."""
    mention = _mention(analyse("en", "Turkish judges in Syria visited the prison.", "2024-01-01"), "judges")
    assert mention["code"] == "TUR"
