"""A name several states share ("Congo", "Korea") is the one the document names otherwise."""

from __future__ import annotations

import pytest

from graph.actors.ambiguous import ambiguous_table


def _codes(doc, word: str) -> list:
    char = doc.text.index(word)
    return [m["code"] for m in doc._.mentions if m["start"] <= char < m["end"]]


def test_every_default_is_one_of_its_candidates():
    table = ambiguous_table()
    assert table["congo"] == (("COD", "COG"), "COD")
    assert all(default in cands for cands, default in table.values())


@pytest.mark.parametrize("lang, text, word, code", [
    ("en", "Congo accused its neighbour of arming the militia.", "Congo", "COD"),  # nothing else named: default
    ("en", "Brazzaville rejected the report. Congo recalled its envoy.", "Congo recalled", "COG"),
    ("en", "Kinshasa rejected the report. Congo recalled its envoy.", "Congo recalled", "COD"),
    ("fr", "Le Congo a rappelé son ambassadeur au Gabon.", "Congo", "COD"),
    ("fr", "Le président de la République du Congo a parlé. Le Congo a rappelé son ambassadeur.", "Congo a", "COG"),
    ("en", "Pyongyang fired a missile. Korea condemned the launch.", "Korea", "PRK"),
])
def test_a_shared_name_is_the_state_named_elsewhere_else_the_default(analyse, lang, text, word, code):
    doc = analyse(lang, text, "2022-01-01")
    assert _codes(doc, word) == [code]


def test_a_pronoun_after_a_shared_name_takes_the_chosen_state(analyse):
    doc = analyse("en", "Brazzaville rejected the report. Congo said it would appeal.", "2022-01-01")
    assert _codes(doc, "it would") == ["COG"]


def test_a_full_name_is_never_reread(analyse):
    doc = analyse("en", "The Republic of Congo and the Democratic Republic of Congo signed.", "2022-01-01")
    assert _codes(doc, "Republic of Congo and") == ["COG"]
    assert _codes(doc, "Democratic Republic") == ["COD"]
