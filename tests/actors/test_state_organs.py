"""A state's own organ named like an international one is the state's, not the UN's
(graph.actors.state_organs and the sector and body nouns of the lexicon)."""

from __future__ import annotations

import pytest


def _codes(doc, text, words):
    char = text.index(words)
    return sorted({m["code"] for m in doc._.mentions if m["start"] <= char < m["end"] and m["kind"] != "place"})


@pytest.mark.parametrize("lang, text, words, code", [
    ("en", "Iran's Supreme National Security Council vowed to punish Israel.", "Supreme National", "IRN"),
    ("en", "The Turkish National Security Council warned Athens over the islands.", "National Security", "TUR"),
    ("en", "Pakistan's National Security Council accused India of sponsoring the attack.", "Security Council", "PAK"),
    ("fr", "Le Conseil de sécurité nationale iranien a promis de punir Israël.", "Conseil de sécurité", "IRN"),
    ("fr", "Le Conseil suprême de sécurité nationale de l'Iran a menacé Israël.", "Conseil suprême", "IRN"),
    ("fr", "Le Conseil national de sécurité turc a mis en garde Athènes.", "Conseil national", "TUR"),
])
def test_a_national_security_council_is_the_states(analyse, lang, text, words, code):
    assert _codes(analyse(lang, text, "2024-05-01"), text, words) == [code]


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le Conseil de sécurité nationale iranien a promis de punir Israël."),
    ("fr", "Le Conseil de sécurité nationale turc a mis en garde Athènes."),
])
def test_the_un_is_no_source_of_a_states_council(analyse, lang, text):
    assert not [m for m in analyse(lang, text, "2024-05-01")._.mentions if m["code"] == "UN"]


def test_a_bare_national_council_is_the_state_in_focus(analyse):
    text = "La Turquie a réuni ses généraux à Ankara. Le Conseil de sécurité nationale a mis en garde Athènes."
    assert _codes(analyse("fr", text, "2024-05-01"), text, "Conseil de sécurité") == ["TUR"]


@pytest.mark.parametrize("lang, text, words", [
    ("en", "The Security Council condemned the shelling of the city.", "Security Council"),
    ("en", "The UN Security Council demanded a ceasefire.", "Security Council"),
    ("fr", "Le Conseil de sécurité a exigé un cessez-le-feu.", "Conseil de sécurité"),
    ("fr", "Le Conseil de sécurité de l'ONU a condamné les frappes.", "Conseil de sécurité"),
])
def test_the_security_council_stays_the_uns(analyse, lang, text, words):
    assert _codes(analyse(lang, text, "2024-05-01"), text, words) == ["UN"]
