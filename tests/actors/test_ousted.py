"""A leader the text calls ousted acts for his state's opposition, not the government that
replaced him; a "former president" with no such word keeps the base's code (GUIDELINES §2)."""

from __future__ import annotations

import pytest

DATE = "2014-03-01"  # after Mohamed Morsi's removal (the base: Egypt's president 2012-2013)


def _codes(analyse, lang, text, word="Morsi"):
    doc = analyse(lang, text, DATE)
    return [m["code"] for m in doc._.mentions if word in m["text"]]


@pytest.mark.parametrize("lang, text", [
    ("en", "The ousted president Mohamed Morsi denounced the trial as a farce."),
    ("en", "Deposed leader Mohamed Morsi urged his supporters to keep marching."),
    ("en", "Mohamed Morsi, the overthrown president, rejected the new constitution."),
    ("fr", "Le président déchu Mohamed Morsi a dénoncé un procès politique."),
    ("fr", "Mohamed Morsi, le président renversé, a rejeté la nouvelle Constitution."),
    ("fr", "Le président destitué Mohamed Morsi a appelé ses partisans à manifester."),
])
def test_an_ousted_leader_acts_for_his_states_opposition(analyse, lang, text):
    assert _codes(analyse, lang, text) == ["EGY_OPP"]


def test_later_mentions_of_the_ousted_leader_keep_the_opposition_code(analyse):
    text = "Ousted president Mohamed Morsi refused to recognise the court. Morsi then left the room."
    assert _codes(analyse, "en", text) == ["EGY_OPP", "EGY_OPP"]


@pytest.mark.parametrize("lang, text", [
    ("en", "Mohamed Morsi denounced the trial as a farce."),
    ("en", "The army ousted Mohamed Morsi in July."),  # the verb, not his title: no camp stated
])
def test_no_ousted_title_keeps_the_base_code(analyse, lang, text):
    assert _codes(analyse, lang, text) == ["EGY"]
