"""The parse repairs of ``graph/nlp/repairs.py``: a clause head the tagger read as another part
of speech is a verb (``clause_verb_tags`` of the language's grammar.json)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from graph.languages import load_json
from graph.nlp import load_pipeline
from graph.nlp.repairs import CLAUSE_VERBS


def _doc(words, pos, heads, deps):
    return Doc(spacy.blank("fr").vocab, words=words, pos=pos, heads=heads, deps=deps)


def _clause_verbs():
    nlp = spacy.blank("fr")
    return nlp.add_pipe(CLAUSE_VERBS, config={"lang": "fr"})


def test_french_clause_verbs_include_the_unknown_tag():
    assert "X" in load_json("fr", "grammar.json")["clause_verb_tags"]


@pytest.mark.parametrize("words,pos,heads,deps,verb", [
    # "La Turquie soutiendra la Suède": subject and object
    (["La", "Turquie", "soutiendra", "la", "Suède", "."], ["DET", "PROPN", "X", "DET", "PROPN", "PUNCT"],
     [1, 2, 2, 4, 2, 2], ["det", "nsubj", "ROOT", "det", "obj", "punct"], 2),
    # "Le Mali épaulera le Niger": a noun tag
    (["Le", "Mali", "épaulera", "le", "Niger"], ["DET", "PROPN", "NOUN", "DET", "PROPN"],
     [1, 2, 2, 4, 2], ["det", "nsubj", "ROOT", "det", "obj"], 2),
    # "Paris a boycotté le sommet": a tense auxiliary
    (["Paris", "a", "boycotté", "le", "sommet"], ["PROPN", "AUX", "X", "DET", "NOUN"],
     [2, 2, 2, 4, 2], ["nsubj", "aux:tense", "ROOT", "det", "obj"], 2),
])
def test_a_clause_head_with_a_subject_and_a_complement_is_a_verb(words, pos, heads, deps, verb):
    doc = _clause_verbs()(_doc(words, pos, heads, deps))
    assert doc[verb].pos_ == "VERB"


def test_a_noun_with_a_determiner_stays_a_noun():
    # "la visite Paris" misparsed with a subject: a determiner of its own keeps it a noun
    doc = _clause_verbs()(_doc(["Paris", "la", "visite", "le", "Mali"], ["PROPN", "DET", "X", "DET", "PROPN"],
                               [2, 2, 2, 4, 2], ["nsubj", "det", "ROOT", "det", "obj"]))
    assert doc[2].pos_ == "X"


def test_the_pipeline_reads_a_future_tagged_unknown_as_the_verb():
    doc = load_pipeline("fr")("La Turquie soutiendra au sommet de Vilnius l'adhésion de la Suède.")
    t = next(t for t in doc if t.text == "soutiendra")
    assert t.pos_ == "VERB" and t.lemma_ == "soutenir"


@pytest.mark.parametrize("lang,text,subject,verb,obj", [
    ("fr", "La Chine a, selon un communiqué, condamné la Russie.", "Chine", "condamné", "Russie"),
    ("fr", "Le Japon a, de son côté, critiqué la Corée du Nord.", "Japon", "critiqué", "Corée"),
    ("en", "China has, according to a statement, condemned Russia.", "China", "condemned", "Russia"),
])
def test_an_aside_after_the_auxiliary_leaves_the_participle_the_clause_head(lang, text, subject, verb, obj):
    """graph/nlp/tenses.py (f8): the subject hangs on the participle, the object is no subject."""
    doc = load_pipeline(lang)(text)
    by = {t.text: t for t in doc}
    assert by[subject].head.text == verb and by[subject].dep_ == "nsubj"
    assert by[obj].head.text == verb and by[obj].dep_ in ("obj", "dobj")


@pytest.mark.parametrize("text,subject,verb", [
    ("Le Soudan dément tout rôle dans l'attaque.", "Soudan", "dément"),
    ("Moscou dément les informations de Kiev.", "Moscou", "dément"),
    ("Le Mali pilonne les positions rebelles.", "Mali", "pilonne"),
])
def test_a_verb_hung_on_the_subject_heads_the_clause(text, subject, verb):
    """graph/nlp/hung_verbs.py (f8): the word after a sentence-opening subject is the verb."""
    doc = load_pipeline("fr")(text)
    by = {t.text: t for t in doc}
    assert by[verb].pos_ == "VERB" and by[verb].head == by[verb]
    assert by[subject].head == by[verb] and by[subject].dep_ == "nsubj"


def test_a_participle_after_the_subject_stays_its_modifier():
    doc = load_pipeline("fr")("Le président élu la semaine dernière a rencontré le ministre.")
    assert {t.text: t for t in doc}["président"].head.text == "rencontré"


@pytest.mark.parametrize("text,subject,verb", [
    ("La France a condamné le coup d'État et la Chine a dénoncé le putsch.", "Chine", "dénoncé"),
    ("Le Sénégal a salué la libération des otages et la Gambie a remercié le Togo.", "Gambie", "remercié"),
    ("Le Mali a critiqué la décision de la Cédéao et le Burkina Faso a condamné le Niger.", "Burkina", "condamné"),
])
def test_a_second_clauses_subject_hung_on_the_first_object_is_its_verbs(text, subject, verb):
    """graph/nlp/repairs.py (SplitSubjects): "A a condamné X et B a dénoncé Y": B is the subject
    of the second verb, which is a conjunct of the first, not a conjunct of X."""
    doc = load_pipeline("fr")(text)
    by = {t.text: t for t in doc}
    assert by[subject].head == by[verb] and by[subject].dep_ == "nsubj"
    assert by[verb].dep_ == "conj"


def test_an_object_list_before_a_subordinate_clause_stays_a_list():
    """"A a convié B et C, qui ont accepté": no finite verb right after C; C stays B's conjunct."""
    doc = load_pipeline("fr")("Le Kenya a convié l'Éthiopie et l'Érythrée à des pourparlers.")
    by = {t.text: t for t in doc}
    assert by["Érythrée"].dep_ == "conj" and by["Érythrée"].head == by["Éthiopie"]


@pytest.mark.parametrize("text,subject,verb", [
    ("Le Sénégal accuse la Gambie d'avoir armé les rebelles, ce que Banjul dément.", "Banjul", "dément"),
    ("Le Mali accuse la Côte d'Ivoire d'avoir envoyé des mercenaires, ce que le Ghana dément.", "Ghana", "dément"),
    ("Le Niger a fermé sa frontière, une décision que le Bénin critique vivement.", "Bénin", "critique"),
])
def test_a_verb_hung_on_a_relative_clauses_subject_heads_the_clause(text, subject, verb):
    """graph/nlp/hung_verbs.py: "ce que X dément": the homograph is the relative clause's verb."""
    doc = load_pipeline("fr")(text)
    by = {t.text: t for t in doc}
    assert by[verb].pos_ == "VERB" and by[verb].dep_ == "acl:relcl"
    assert by[subject].head == by[verb] and by[subject].dep_ == "nsubj"
    assert by["que"].head == by[verb]
