"""Bare titles whose holder was named far back, and bare spokespersons of the actor in focus
(``graph/actors/titles.py``), EN and FR.

Texts written for these tests: a leader named in full once, then several sentences about
something else, then the bare title as a subject; an actor, then "the spokesman".
"""

from __future__ import annotations

import pytest

from graph.actors.lexicon import load_lexicon
from graph.actors.titles import title_keys_in

FILLER = {
    "en": "Talks covered gas pipelines and trade. A new airport was opened. Officials signed several contracts.",
    "fr": "Les discussions ont porté sur le gaz. Un nouvel aéroport a été inauguré. Des contrats ont été signés.",
}


def _last_sentence_people(doc) -> list[dict]:
    """The person mentions of the last sentence the context resolved (kind ``pronoun``)."""
    last = list(doc.sents)[-1]
    return [m for m in doc._.mentions if m["start"] >= last.start_char and m.get("type") == "Person"
            and m.get("kind") == "pronoun"]


def _subject_of_last_sentence(doc) -> list[dict]:
    """The mentions of the title opening the last sentence ("The spokesman ...")."""
    last = list(doc.sents)[-1]
    return [m for m in doc._.mentions if m["start"] == last.start_char]


@pytest.mark.parametrize("lang,first,title,code", [
    ("en", "Turkish President Recep Tayyip Erdogan arrived in Baku on Tuesday.",
     "The president condemned Armenia.", "TUR"),
    ("en", "Ghanaian Foreign Minister Kwame Asante Mensah arrived in Lome on Monday.",  # unknown to the base
     "The foreign minister condemned Mali.", "GHA"),
    ("fr", "Le président turc Recep Tayyip Erdogan est arrivé à Bakou mardi.",
     "Le président a condamné l'Arménie.", "TUR"),
    ("fr", "Le ministre ghanéen des affaires étrangères Kwame Asante Mensah est arrivé à Lomé lundi.",
     "Le chef de la diplomatie a condamné le Mali.", "GHA"),
])
def test_a_bare_title_is_the_one_holder_named_far_back(analyse, lang, first, title, code):
    doc = analyse(lang, f"{first} {FILLER[lang]} {title}", "2021-06-01")
    assert [m["code"] for m in _last_sentence_people(doc)] == [code]


@pytest.mark.parametrize("lang,text", [
    # two holders of the role named: ambiguous
    ("en", "Iran's foreign minister Hossein Amir-Abdollahian and his Turkish counterpart Mevlut Cavusoglu met "
           "in Ankara on Friday. {filler} The foreign minister accused Israel of provoking a war."),
    ("fr", "Joe Biden et Emmanuel Macron se sont rencontrés à Washington jeudi. {filler} "
           "Le président a condamné la Russie."),
    # the title as an object: the host's president, perhaps, not the visitor
    ("en", "Turkish President Recep Tayyip Erdogan arrived in Baku on Tuesday. {filler} "
           "Azerbaijani officials later met the president."),
])
def test_an_ambiguous_or_object_title_gives_no_actor(analyse, lang, text):
    doc = analyse(lang, text.format(filler=FILLER[lang]), "2021-06-01")
    assert not _last_sentence_people(doc)


def test_title_keys_are_the_longest_written():
    titles = load_lexicon("en").titles
    assert title_keys_in("ghanaian foreign minister kwame mensah", titles) == ["foreign minister"]
    assert "foreign minister" not in title_keys_in("deputy foreign minister x", titles)


@pytest.mark.parametrize("lang,text,code", [
    ("en", "The Kremlin rejected the report on Tuesday. The spokesman said Kyiv was lying.", "RUS"),
    ("en", "The United Nations called for calm on Monday. The spokesperson urged restraint.", "UN"),
    ("fr", "Le Kremlin a rejeté le rapport mardi. Le porte-parole a affirmé que Kiev mentait.", "RUS"),
])
def test_a_bare_spokesperson_speaks_for_the_actor_in_focus(analyse, lang, text, code):
    doc = analyse(lang, text, "2023-05-02")
    assert [m["code"] for m in _subject_of_last_sentence(doc)] == [code]


@pytest.mark.parametrize("lang,text", [
    ("en", "Russia and China held talks in Beijing. The spokesman accused Washington of interfering."),  # no focus
    ("en", "Kenya sent troops to Somalia. A spokesman said the base was attacked."),  # indefinite
    ("fr", "La Russie et la Chine ont tenu des discussions à Pékin. Le porte-parole a accusé Washington."),
])
def test_a_spokesperson_with_no_clear_focus_is_nobody(analyse, lang, text):
    doc = analyse(lang, text, "2023-05-02")
    assert not _subject_of_last_sentence(doc)


@pytest.mark.parametrize("lang,text,code", [
    ("en", "A Hamas envoy accused the Israeli army of firing at protesters on Friday. "
           "The envoy then asked the United Nations to step in.", "HAMAS"),
    ("fr", "Un émissaire du Hamas a accusé l'armée israélienne de tirer sur des manifestants vendredi. "
           "L'émissaire a exhorté les Nations unies à intervenir.", "HAMAS"),
])
def test_a_bare_title_repeats_a_title_written_before_with_its_actor(analyse, lang, text, code):
    doc = analyse(lang, text, "2023-05-02")
    assert [m["code"] for m in _subject_of_last_sentence(doc)] == [code]


def test_two_titles_written_before_leave_the_bare_title_unresolved(analyse):
    doc = analyse("en", "The US envoy met Qatar's envoy in Doha. The envoy urged Hamas to accept the truce.", "2023-05-02")
    assert not _subject_of_last_sentence(doc)
