"""A host state's rebels are only the armed groups that existed at the document's date
(``groups.tsv`` ``start``/``end``): "the rebels" of a 1999 Congo text are not the M23 (2012)."""

from __future__ import annotations

import pytest


def _codes(doc, word: str) -> list:
    char = doc.text.index(word)
    return [m["code"] for m in doc._.mentions if m["start"] <= char < m["end"]]


@pytest.mark.parametrize("lang, text, date, word", [
    ("en", "Congo signed a truce with Uganda and Rwanda. The rebels did not sign it.", "1999-07-10", "The rebels"),
    ("en", "Kinshasa said the rebels had shelled Goma overnight.", "2001-02-03", "the rebels"),
    ("fr", "Le Burundi a accusé la Tanzanie d'abriter les rebelles sur son territoire.", "2000-08-28", "les rebelles"),
    ("fr", "Le président congolais a appelé les rebelles à déposer les armes.", "1998-09-01", "les rebelles"),
])
def test_rebels_of_a_date_before_a_group_was_founded_are_not_that_group(analyse, lang, text, date, word):
    doc = analyse(lang, text, date)
    assert not {"M23", "RED_TABARA", "WAZALENDO"} & set(_codes(doc, word))


@pytest.mark.parametrize("lang, text, date, word, code", [
    ("en", "Congo signed a truce with Rwanda. The rebels did not sign it.", "2013-07-10", "The rebels", "M23"),
    ("fr", "Kinshasa a accusé Kigali de soutenir les rebelles.", "2022-06-01", "les rebelles", "M23"),
])
def test_rebels_after_the_founding_are_still_the_group(analyse, lang, text, date, word, code):
    doc = analyse(lang, text, date)
    assert code in _codes(doc, word)


def test_active_on_reads_the_start_and_end_columns():
    from graph.actors.kb import load_kb

    kb = load_kb()
    assert not kb.active_on("group/m23", "1999-07-10") and kb.active_on("group/m23", "2013-01-01")
    assert kb.active_on("group/ntc", "2011-06-01") and not kb.active_on("group/ntc", "2014-01-01")
    assert kb.active_on("group/m23", None)
