"""A diplomat's posting to an organisation is part of the title: the sending state speaks."""

from __future__ import annotations

import pytest


def _codes(doc) -> list:
    return [m["code"] for m in doc._.mentions]


@pytest.mark.parametrize("lang, text, codes", [
    ("en", "Brazil's ambassador to the UN rejected the draft.", ["BRA"]),
    ("en", "The Kenyan envoy to the African Union walked out of the meeting.", ["KEN"]),
    ("en", "India's permanent representative to the UN Security Council criticised Pakistan.", ["IND", "PAK"]),
    ("fr", "Le représentant du Brésil auprès de l'ONU a rejeté le projet.", ["BRA"]),
    ("fr", "L'ambassadeur du Kenya auprès de l'Union africaine a quitté la réunion.", ["KEN"]),
    ("fr", "L'ambassadrice indienne à l'ONU a critiqué le Pakistan.", ["IND", "PAK"]),
])
def test_the_posting_is_no_actor_of_its_own(analyse, lang, text, codes):
    doc = analyse(lang, text, "2022-01-01")
    assert _codes(doc) == codes


def test_the_mention_spans_the_posting(analyse):
    doc = analyse("en", "Brazil's ambassador to the UN rejected the draft.", "2022-01-01")
    assert doc._.mentions[0]["text"] == "Brazil's ambassador to the UN"


@pytest.mark.parametrize("lang, text, posted", [
    ("en", "Turkey recalled its ambassador to the Netherlands.", "NLD"),  # a state: still an actor
    ("en", "Ghana's ambassador met the UN envoy.", "UN"),  # no posting preposition
    ("fr", "Le ministre brésilien a écrit à l'ONU.", "UN"),  # not a representative
])
def test_other_complements_stay_actors(analyse, lang, text, posted):
    doc = analyse(lang, text, "2022-01-01")
    assert posted in _codes(doc)


@pytest.mark.parametrize("text, codes", [
    ("Brazil's UN ambassador rejected the draft.", ["BRA"]),
    ("Japan's U.N. envoy criticised North Korea.", ["JPN", "PRK"]),
    ("Kenya's AU ambassador praised Ethiopia.", ["KEN", "ETH"]),
    ("The EU's UN ambassador condemned Belarus.", ["EU", "BLR"]),
    ("Ghana's president met the UN envoy.", ["GHA", "UN"]),  # no owner: the organisation's envoy
])
def test_an_owned_representative_before_the_title_is_the_owner(analyse, text, codes):
    doc = analyse("en", text, "2022-01-01")
    assert _codes(doc) == codes
