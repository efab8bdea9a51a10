"""A bare definite "the opposition" is the opposition of the state in focus (``<state>_OPP``)."""

from __future__ import annotations

import pytest


def _codes(doc, word: str) -> list:
    char = doc.text.index(word)
    return [m["code"] for m in doc._.mentions if m["start"] <= char < m["end"]]


@pytest.mark.parametrize("lang, text, word, code", [
    ("en", "Bolivia's government and the opposition signed a truce.", "the opposition", "BOL_OPP"),
    ("en", "Belarus jailed dozens of activists. The opposition called a strike.", "The opposition", "BLR_OPP"),
    ("fr", "Le gouvernement bolivien et l'opposition ont signé une trêve.", "l'opposition", "BOL_OPP"),
    ("fr", "La Biélorussie a emprisonné des militants. L'opposition a appelé à la grève.", "L'opposition", "BLR_OPP"),
])
def test_bare_opposition_is_the_state_in_focus_opposition(analyse, lang, text, word, code):
    doc = analyse(lang, text, "2022-01-01")
    assert _codes(doc, word) == [code]


@pytest.mark.parametrize("lang, text, word", [
    ("en", "The opposition to the plan grew in the capital.", "opposition"),  # a stance noun, no state
    ("en", "Bolivia held a vote. The opposition to the plan grew.", "opposition"),  # with a complement
    ("en", "Bolivia held a vote. The opposition leaders met.", "opposition"),  # modifies a noun
    ("fr", "La Bolivie a voté. L'opposition au projet grandit.", "opposition"),
])
def test_no_opposition_party_where_the_noun_is_a_stance_or_a_modifier(analyse, lang, text, word):
    doc = analyse(lang, text, "2022-01-01")
    assert not [c for c in _codes(doc, word) if c and c.endswith("_OPP")]
