"""French shapes (issue 13, round 3): our own sentences in ``french_cases.tsv``, checked like
``cases.tsv`` (the tuples a careful annotator writes under the guidelines)."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.nlp import load_pipeline

from test_event_cases import extract, norm

ROWS = [
    line.rstrip("\n").split("\t")
    for line in (Path(__file__).parent / "french_cases.tsv").read_text(encoding="utf-8").splitlines()
    if line.strip() and not line.startswith("#")
]


@pytest.mark.parametrize("lang,date,text,expected,phenomenon", [pytest.param(*r[:5], id=r[4]) for r in ROWS])
def test_french_case(lang, date, text, expected, phenomenon):
    got = {norm(e["source"], e["relation"], e["target"]) for e in extract(lang, text, date)}
    want = {norm(*x.split()) for x in expected.split(";") if x.strip()}
    assert got == want


@pytest.mark.parametrize("text,subject", [
    ("La France s'est retirée du Mali.", "France"),
    ("Les deux pays se sont entendus sur une trêve.", "pays"),
    ("Nous nous sommes félicités de l'accord.", "Nous"),
])
def test_pronominal_verbs_have_an_active_subject(text, subject):
    doc = load_pipeline("fr")(text)
    assert [t.text for t in doc if t.dep_ == "nsubj"] == [subject]
    assert not [t for t in doc if t.dep_ in ("nsubj:pass", "aux:pass")]


def test_a_passive_with_an_agent_stays_passive():
    doc = load_pipeline("fr")("L'accord a été signé par le Mali.")
    assert [t.text for t in doc if t.dep_ == "nsubj:pass"] == ["accord"]


@pytest.mark.parametrize("name", ["Royaume-Uni", "Nouvelle-Zélande", "Bosnie-Herzégovine", "Addis-Abeba"])
def test_hyphenated_names_are_one_token(name):
    for text in (f"Le ministre a quitté {name}, puis il est rentré.", f"Il parle du {name.upper()}."):
        doc = load_pipeline("fr")(text)
        assert any(t.text.lower() == name.lower() for t in doc)


@pytest.mark.parametrize("text,first,second", [
    ("Le Kenya a convié l'Éthiopie et l'Érythrée à des pourparlers à Nairobi.", "Éthiopie", "Érythrée"),
    ("Le Kenya a invité l'Éthiopie et l'Érythrée à des pourparlers.", "Éthiopie", "Érythrée"),
])
def test_a_second_object_is_the_conjunct_of_the_first(text, first, second):
    doc = load_pipeline("fr")(text)
    t = next(t for t in doc if t.text == second)
    assert t.dep_ == "conj" and t.head.text == first


@pytest.mark.parametrize("text,word", [
    ("Les pourparlers russo-ukrainiens ont repris.", "russo-ukrainiens"),
    ("La guerre israélo-palestinienne a repris.", "israélo-palestinienne"),
    ("Les négociations arméno-azerbaïdjanaises avancent.", "arméno-azerbaïdjanaises"),
])
def test_pair_compounds_are_one_token(text, word):
    assert word in [t.text for t in load_pipeline("fr")(text)]


def test_pro_and_short_prefixes_are_left_to_the_tokenizer():
    words = [t.text for t in load_pipeline("fr")("Les séparatistes pro-russes et l'après-guerre.")]
    assert "pro-russes" in words and "après-guerre" in words


@pytest.mark.parametrize("text,verb,mood", [
    ("La Russie a averti qu'elle frapperait l'Ukraine.", "frapperait", ["Cnd"]),
    ("Ils ont dit qu'ils prendraient des mesures.", "prendraient", ["Cnd"]),
    ("La Russie préparait une attaque.", "préparait", ["Ind"]),
])
def test_conditionals_read_as_imperfects_get_the_conditional_mood(text, verb, mood):
    doc = load_pipeline("fr")(text)
    assert next(t for t in doc if t.text == verb).morph.get("Mood") == mood
