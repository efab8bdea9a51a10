"""A title and its holder in different sentences (``graph/actors/title_holders.py``), EN and FR.

Texts written for these tests: an office named by its title alone ("the UN envoy", "the Ghanaian
ambassador"), then a person the base does not know acting as the subject of a later sentence.
"""

from __future__ import annotations

import pytest


def _person(doc, name: str) -> dict:
    """The mention of the person whose name ends with ``name``."""
    found = [m for m in doc._.mentions if m.get("type") == "Person" and m["text"].endswith(name)]
    assert found, [m["text"] for m in doc._.mentions]
    return found[0]


@pytest.mark.parametrize("lang,text,name,code", [
    ("en", "The UN envoy to the region spoke bluntly on Monday. Martin Holm said the militia "
           "had attacked civilians.", "Holm", "UN"),
    ("fr", "L'envoyé spécial de l'ONU pour le Yémen s'est montré très ferme lundi. Jean Dupont a fermement "
           "condamné les bombardements.", "Dupont", "UN"),
    ("en", "The Ghanaian ambassador arrived in Paris on Monday. Kwame Boateng said the talks were useful.",
     "Boateng", "GHA"),
])
def test_the_person_acts_for_the_one_title_written_before(analyse, lang, text, name, code):
    doc = analyse(lang, text, "2020-01-01")
    assert _person(doc, name)["code"] == code


@pytest.mark.parametrize("lang,text,name", [
    # two titles naming two actors: which one he holds is unknown
    ("en", "The Ghanaian ambassador met the UN envoy. Kwame Boateng said the talks were useful.", "Boateng"),
    # an indefinite title: one of several ambassadors
    ("en", "A Ghanaian ambassador arrived in Paris. Kwame Boateng said the talks were useful.", "Boateng"),
    # the person is not the subject: not the one acting
    ("fr", "L'ambassadeur ghanéen est arrivé à Paris lundi. La police a arrêté Kwame Boateng mardi.", "Boateng"),
])
def test_no_affiliation_when_the_title_may_be_someone_else(analyse, lang, text, name):
    doc = analyse(lang, text, "2020-01-01")
    mentions = [m for m in doc._.mentions if m.get("type") == "Person" and m["text"].endswith(name)]
    assert all(not m.get("code") for m in mentions)
