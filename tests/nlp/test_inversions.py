"""Postposed subjects of incises (graph/nlp/inversions.py): our own sentences, both languages."""

from __future__ import annotations

import pytest

from graph.nlp import load_pipeline
from graph.nlp.inversions import InvertedSubjects


def _subject_and_complement(lang: str, text: str, verb: str):
    doc = load_pipeline(lang)(text)
    v = next(t for t in doc if t.text == verb)
    subj = [c.text for c in v.children if c.dep_ in ("nsubj",)]
    comp = [c.text for c in v.children if c.dep_ == "ccomp"]
    return subj, comp, v.dep_


@pytest.mark.parametrize("lang,text,verb,subject,complement", [
    ("fr", "Le Tchad doit libérer les otages, a exigé le président nigérien mardi.", "exigé", "président", "doit"),
    ("fr", "Cette offensive contre le Mali est illégale, a dénoncé Alger.", "dénoncé", "Alger", "illégale"),
    ("fr", "« La Russie doit quitter l'Ukraine », a martelé le président français.", "martelé", "président", "doit"),
    ("fr", "Il faut négocier avec la Russie, estime le chancelier allemand.", "estime", "chancelier", "faut"),
    ("en", "Russia must withdraw its troops from Ukraine, demanded the German chancellor.", "demanded", "chancellor",
     "withdraw"),
])
def test_the_postposed_speaker_is_the_subject_and_the_clause_before_its_complement(lang, text, verb, subject,
                                                                                    complement):
    subj, comp, dep = _subject_and_complement(lang, text, verb)
    assert subj == [subject] and comp == [complement] and dep == "ROOT"


@pytest.mark.parametrize("text,verb,obj", [
    ("Le ministre a reçu son homologue, a dénoncé l'attaque russe contre l'Ukraine.", "dénoncé", "attaque"),
    ("Le ministre français a reçu son homologue, a salué son courage.", "salué", "courage"),
    ("La France a demandé une réunion du Conseil de sécurité.", "demandé", "réunion"),
])
def test_a_verb_coordinated_with_the_clause_before_keeps_its_object(text, verb, obj):
    doc = load_pipeline("fr")(text)
    v = next(t for t in doc if t.text == verb)
    assert [c.text for c in v.children if c.dep_ == "obj"] == [obj]


def test_the_component_runs_before_the_actor_and_event_stages():
    nlp = load_pipeline("fr")
    assert "dipgraph_inverted_subjects" in nlp.pipe_names
    assert nlp.pipe_names.index("dipgraph_inverted_subjects") < nlp.pipe_names.index("dipgraph_actors")


def test_the_lemma_repairs_give_the_verb_of_an_unlemmatised_form():
    roles = {k: [] for k in ("active_subject", "passive_subject", "clausal_subject", "passive_clausal_subject",
                             "expletive_subject", "direct_object", "adverbial_clause", "paratactic_clause",
                             "conjunct", "clausal_complement", "auxiliary", "passive_auxiliary", "expletive",
                             "adverb_modifier", "punctuation", "open_complement", "marker", "sentence_root",
                             "unclassified")}
    roles.update(active_subject=["nsubj"], clausal_complement=["ccomp"], sentence_root=["ROOT"], unclassified=["dep"])
    comp = InvertedSubjects(["estimer"], [","], ["ministre"], roles, ["e:er"])

    class Word:
        lemma_ = "estime"

    assert "estimer" in comp._lemmas(Word())


@pytest.mark.parametrize("text,verb,clitic,complement", [
    ("« Le Soudan doit cesser d'armer les rebelles », a-t-il déclaré.", "déclaré", "-il", "doit"),
    ("L'Ukraine doit retirer ses troupes, estime-t-il.", "estime", "-il", "doit"),
    ("Le Mali doit quitter la Cédéao, a-t-elle affirmé.", "affirmé", "-elle", "doit"),
])
def test_an_inverted_subject_clitic_is_the_subject(text, verb, clitic, complement):
    doc = load_pipeline("fr")(text)
    v = next(t for t in doc if t.text == verb)
    assert [c.text for c in v.children if c.dep_ == "nsubj"] == [clitic]
    assert [c.text for c in v.children if c.dep_ == "ccomp"] == [complement]
