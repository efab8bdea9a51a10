"""A coalition led by a named actor acts for its leader, and so does a later "the coalition"."""

from __future__ import annotations

import pytest


def _at(doc, text: str):
    """(code, mention text) of the mentions whose span starts at the first token of ``text``."""
    char = doc.text.index(text)
    return [(m["code"], m["text"]) for m in doc._.mentions if m["start"] == char]


@pytest.mark.parametrize("lang, text, phrase, code", [
    ("en", "The Egyptian-led coalition shelled the port. Libya condemned the coalition.", "The Egyptian-led coalition", "EGY"),
    ("en", "The coalition led by Nigeria entered the capital.", "The coalition led by Nigeria", "NGA"),
    ("en", "Rebels fought the French-led international coalition near the border.", "the French-led international coalition", "FRA"),
    ("fr", "La coalition menée par le Nigeria est entrée dans la capitale.", "La coalition menée par le Nigeria", "NGA"),
    ("fr", "Le Tchad a quitté la coalition dirigée par la France.", "la coalition dirigée par la France", "FRA"),
])
def test_led_coalition_is_its_leader(analyse, lang, text, phrase, code):
    doc = analyse(lang, text, "2020-01-01")
    assert (code, phrase) in _at(doc, phrase)


@pytest.mark.parametrize("lang, text, later, code", [
    ("en", "The Egyptian-led coalition shelled the port. Libya condemned the coalition.", "the coalition.", "EGY"),
    ("en", "The Kenyan coalition crossed the border. Somalia accused the coalition of abuses.", "the coalition of", "KEN"),
    ("fr", "La coalition menée par le Nigeria a frappé. Le Niger a critiqué la coalition.", "la coalition.", "NGA"),
])
def test_later_coalition_is_the_last_led_one(analyse, lang, text, later, code):
    doc = analyse(lang, text, "2020-01-01")
    assert [c for c, _ in _at(doc, later)] == [code]


@pytest.mark.parametrize("lang, text, word", [
    ("en", "The coalition government in Berlin fell after the vote.", "coalition"),
    ("en", "Parties formed a coalition. The coalition agreed a budget.", "The coalition"),
    ("fr", "La coalition au pouvoir a perdu la majorité.", "La coalition"),
])
def test_no_leader_no_coalition_mention(analyse, lang, text, word):
    doc = analyse(lang, text, "2020-01-01")
    assert _at(doc, word) == []


@pytest.mark.parametrize("lang, text, phrase, code", [
    ("en", "Saudi-led forces struck a depot on the coast.", "Saudi-led forces", "SAU"),
    ("en", "The troops led by Kenya crossed the river.", "The troops led by Kenya", "KEN"),
    ("en", "Rebels ambushed the French-led army near the border.", "the French-led army", "FRA"),
    ("fr", "Les troupes dirigées par le Kenya ont traversé le fleuve.", "Les troupes dirigées par le Kenya", "KEN"),
    ("fr", "Les rebelles ont attaqué les forces menées par la France.", "les forces menées par la France", "FRA"),
    ("fr", "L'armée conduite par le Nigeria est entrée dans la ville.", "L'armée conduite par le Nigeria", "NGA"),
])
def test_led_forces_are_their_leader(analyse, lang, text, phrase, code):
    doc = analyse(lang, text, "2020-01-01")
    assert (code, phrase) in _at(doc, phrase)


@pytest.mark.parametrize("lang, text, later", [
    ("en", "Saudi-led forces entered the port. Witnesses said the forces looted shops.", "the forces looted"),
    ("fr", "Les forces menées par la France sont entrées à Gao. Des témoins ont vu les forces partir.", "les forces partir"),
])
def test_later_bare_forces_are_not_the_led_ones(analyse, lang, text, later):
    doc = analyse(lang, text, "2020-01-01")
    assert [c for c, _ in _at(doc, later)] == []
