"""Rebel movements of past wars (``groups.tsv``: SPLM, RCD, MLC, FDD, FNL) are actors of their
own, and with their ``start``/``end`` dates they are "the rebels" only in texts of their time."""

from __future__ import annotations

import pytest


def _codes(doc, word: str) -> list:
    char = doc.text.index(word)
    return [m["code"] for m in doc._.mentions if m["start"] <= char < m["end"]]


@pytest.mark.parametrize("lang, text, date, word, code", [
    ("en", "Khartoum and the Sudan People's Liberation Movement resumed talks in Kenya.", "2003-08-01",
     "Sudan People's Liberation Movement", "SPLM"),
    ("en", "SPLA fighters overran a garrison town, the army said.", "1997-03-10", "SPLA", "SPLM"),
    ("en", "Uganda denied arming the MLC, while Kigali backed the RCD.", "1999-05-02", "RCD", "RCD"),
    ("fr", "Le Mouvement de libération du Congo a pris Gbadolite.", "1999-07-03",
     "Mouvement de libération du Congo", "MLC"),
    ("fr", "Les FDD ont attaqué une position de l'armée burundaise.", "2001-11-12", "FDD", "FDD"),
    ("fr", "Le Palipehutu-FNL a rejeté l'offre du gouvernement.", "2006-02-01", "Palipehutu-FNL", "FNL"),
])
def test_past_rebel_movements_are_named_actors(analyse, lang, text, date, word, code):
    doc = analyse(lang, text, date)
    assert code in _codes(doc, word)


@pytest.mark.parametrize("lang, text, date, word", [
    ("en", "Sudan accused the rebels of attacking a convoy in Darfur.", "2004-06-01", "the rebels"),  # no host: not the SPLM
    ("en", "Sudan accused the rebels of attacking a convoy in Darfur.", "2023-06-01", "the rebels"),
    ("fr", "Le Burundi a accusé les rebelles d'avoir attaqué une colline.", "2021-09-20", "les rebelles"),
])
def test_a_past_movement_is_not_the_rebels_of_a_later_text(analyse, lang, text, date, word):
    doc = analyse(lang, text, date)
    assert not {"SPLM", "FDD", "FNL"} & set(_codes(doc, word))
