"""An armed group the base does not know, introduced by its name, its acronym and what it is,
takes the code of its acronym (``graph/actors/introduced.py``), EN and FR.

Texts written for these tests, with invented group names: the apposition after the acronym
("(MRK), un groupe rebelle congolais", "(MJN), a rebel group"), the group noun whose
of-complement the name is ("les rebelles du Front X (FPL)"), the noun right after the acronym
("(PLF) rebels"); and the shapes that stay unknown (no group noun, a group noun in a relative
clause); a namesake of a group the base knows, introduced with an acronym that is not its own
("rebels of the National Liberation Army (NLA)" is not Colombia's ELN).
"""

from __future__ import annotations

import pytest

from graph.actors.introduced import described_after
from graph.actors.lexicon import load_lexicon
from graph.nlp import load_pipeline
from graph.nlp.extensions import make_doc


def _read(lang: str, text: str):
    nlp = load_pipeline(lang)
    return nlp(make_doc(nlp, text, {"id": "t", "date": "2021-06-01", "language": lang, "title": None}))


def _events(doc) -> set[tuple]:
    return {(e["source"], e["relation"], e["target"]) for e in doc._.events}


@pytest.mark.parametrize("lang,text,want", [
    # the apposition after the acronym; the acronym alone later is the group too
    ("fr", "Des avions français ont bombardé une colonne du Mouvement pour la renaissance du Kivu (MRK), "
           "un groupe rebelle congolais. Le MRK a condamné la France.",
     {("FRA", "attack", "MRK"), ("MRK", "condemn", "FRA")}),
    ("en", "Chadian troops attacked the Movement for Justice in the North (MJN), a rebel group based in Libya. "
           "The MJN accused Chad of massacres.",
     {("TCD", "attack", "MJN"), ("MJN", "accuse", "TCD")}),
    # the group noun whose of-complement the name is
    ("fr", "Le Niger a accusé les rebelles du Front patriotique de libération (FPL) d'avoir attaqué un convoi.",
     {("NER", "accuse", "FPL")}),
    # the group noun right after the acronym
    ("en", "Nigerien troops clashed with Patriotic Liberation Front (PLF) rebels near the border on Monday.",
     {("NER", "attack", "PLF")}),
])
def test_an_introduced_armed_group_takes_its_acronym(lang, text, want):
    assert want <= _events(_read(lang, text))


@pytest.mark.parametrize("lang,text,name", [
    # an organisation with an acronym but no group noun is not a rebel group
    ("fr", "Le Conseil des maires du Sud (CMS) a appelé le Tchad au dialogue.", "CMS"),
    ("en", "The Council of Southern Mayors (CSM) urged Chad to hold talks.", "CSM"),
    # the group noun in a relative clause does not describe the name
    ("en", "Chad condemned an attack on the National Farmers Union (NFU), which rebels blamed on the army.", "NFU"),
])
def test_a_name_not_described_as_an_armed_group_stays_unknown(lang, text, name):
    doc = _read(lang, text)
    assert not [m for m in doc._.mentions if m["code"] == name]


def test_the_apposition_may_hold_determiners_and_adjectives_only():
    fr, en = load_lexicon("fr"), load_lexicon("en")
    assert described_after(", un mouvement armé".split(), ["PUNCT", "DET", "NOUN", "ADJ"], 0, fr)
    assert described_after(", a Chadian rebel group".split(), ["PUNCT", "DET", "ADJ", "NOUN", "NOUN"], 0, en)
    assert not described_after(", qui a combattu les rebelles".split(),
                               ["PUNCT", "PRON", "AUX", "VERB", "DET", "NOUN"], 0, fr)


@pytest.mark.parametrize("lang,text,want", [
    # a namesake of a known group (Colombia's ELN) introduced with an acronym of its own
    ("en", "Macedonian forces shelled positions of ethnic Albanian rebels of the National Liberation Army (NLA) "
           "near Tetovo. The NLA said it would disarm.", {("MKD", "attack", "NLA")}),
    ("en", "Macedonia accused National Liberation Army (NLA) rebels of attacking Tetovo, which the NLA denied.",
     {("MKD", "accuse", "NLA")}),
    ("fr", "Le gouvernement macédonien a accusé l'Armée de libération nationale (ALN), un mouvement rebelle "
           "albanais, d'avoir attaqué Tetovo.", {("MKD", "accuse", "ALN")}),
])
def test_a_namesake_of_a_known_group_with_another_acronym_is_introduced(lang, text, want):
    doc = _read(lang, text)
    assert want <= _events(doc)
    assert not [m for m in doc._.mentions if m["code"] == "ELN"]


@pytest.mark.parametrize("lang,text", [
    ("en", "Colombia resumed talks with the National Liberation Army (ELN), the last active rebel group."),
    ("fr", "La Colombie a repris les pourparlers avec les rebelles de l'Armée de libération nationale (ELN)."),
])
def test_a_known_group_with_its_own_acronym_stays_itself(lang, text):
    doc = _read(lang, text)
    assert {m["code"] for m in doc._.mentions if m["type"] == "ArmedGroup"} == {"ELN"}
