"""Dependency labels are language data (issue 12): the code reads named roles, never labels.

Each language's ``grammar.json`` lists, under ``dependency_roles``, the labels of its parser's
scheme for every role of ``graph/data/dependency_roles.tsv``; ``graph.actors.deps`` turns them into
named sets. The roles are tried here on Docs built by hand in both schemes (English: ClearNLP,
French: Universal Dependencies), and a walker fails on any dependency-label literal in a module
of graph/.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc

import graph
from graph.actors import deps
from graph.actors.lexicon import load_lexicon as load_actor_lexicon
from graph.actors.salience import expletive
from graph.events.lexicon import Cue
from graph.language_schema import dependency_roles
from graph.languages import load_json, supported_languages

ROOT = Path(graph.__file__).resolve().parent

#: The label schemes of the pipelines (https://spacy.io/api/annotation for ClearNLP, as spaCy's
#: English models use it; https://universaldependencies.org/u/dep/ for UD v2, whose labels take
#: subtypes ``rel:sub``).
CLEARNLP = {"ROOT", "acl", "acomp", "advcl", "advmod", "agent", "amod", "appos", "attr", "aux", "auxpass", "case", "cc",
            "ccomp", "compound", "conj", "csubj", "csubjpass", "dative", "dep", "det", "dobj", "expl", "intj", "mark",
            "meta", "neg", "nmod", "npadvmod", "nsubj", "nsubjpass", "nummod", "oprd", "parataxis", "pcomp", "pobj",
            "poss", "preconj", "predet", "prep", "prt", "punct", "quantmod", "relcl", "xcomp"}
UD = {"acl", "advcl", "advmod", "amod", "appos", "aux", "case", "cc", "ccomp", "clf", "compound", "conj", "cop",
      "csubj", "dep", "det", "discourse", "dislocated", "expl", "fixed", "flat", "goeswith", "iobj", "list", "mark",
      "nmod", "nsubj", "nummod", "obj", "obl", "orphan", "parataxis", "punct", "reparandum", "root", "vocative",
      "xcomp"}
SCHEMES = {"en": CLEARNLP, "fr": UD}

#: Strings that equal a label but name something else there.
NOT_LABELS = {
    "graph/events/lexicon.py": {"prep"},  # the cue table's column
    "graph/language_schema.py": {"prep"},  # the cue table's column
    "graph/ingest/html_text.py": {"meta"},  # the HTML element
    "graph/events/scorer/candidates.py": {"amod"},  # a filter flag's name, a feature of the trained scorer
}


def _is_label(text: str) -> bool:
    base, colon, sub = text.partition(":")
    return text in CLEARNLP or text in UD or bool(colon and base in UD and sub.isalpha())


def label_literals(path: Path) -> list[str]:
    """``file:line: 'label'`` of each string constant of ``path`` (docstrings aside) that is a
    dependency label of either scheme, or of a role of the data."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
                  and node.body and isinstance(node.body[0], ast.Expr)
                  and isinstance(node.body[0].value, ast.Constant)}
    name = path.relative_to(ROOT.parent).as_posix()
    known = {label for lang in supported_languages()
             for labels in load_json(lang, "grammar.json")["dependency_roles"].values() for label in labels}
    return [f"{name}:{node.lineno}: {node.value!r}" for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings
            and (_is_label(node.value) or node.value in known) and node.value not in NOT_LABELS.get(name, ())]


def test_no_module_holds_a_dependency_label():
    assert [hit for path in sorted(ROOT.rglob("*.py")) for hit in label_literals(path)] == []


def test_the_walker_sees_labels_but_not_docstrings_or_other_words(tmp_path):
    sample = tmp_path / "graph" / "sample.py"
    sample.parent.mkdir()
    sample.write_text('"""Reads "nsubj" in a docstring."""\n'
                      'A = t.dep_ == "nsubj:pass"\nB = {"obl:arg", "pobj"}\nC = "support"\nD = "ROOT"\n',
                      encoding="utf-8")
    global ROOT
    saved, ROOT = ROOT, tmp_path / "graph"
    try:
        assert sorted(h.split(": ", 1)[1] for h in label_literals(sample)) == ["'ROOT'", "'nsubj:pass'", "'obl:arg'",
                                                                                "'pobj'"]
    finally:
        ROOT = saved


@pytest.mark.parametrize("lang", supported_languages())
def test_every_language_lists_labels_of_its_scheme_for_every_role(lang):
    roles = load_json(lang, "grammar.json")["dependency_roles"]
    assert list(roles) == list(dependency_roles())
    scheme = SCHEMES[lang] | {"ROOT"}  # spaCy names the root ROOT in every scheme
    assert [label for labels in roles.values() for label in labels
            if label not in scheme and label.partition(":")[0] not in scheme] == []


def _doc(lang, words, heads, labels, pos=None):
    return Doc(spacy.blank(lang).vocab, words=words, heads=heads, deps=labels, pos=pos)


# "Moscow was criticised by Kyiv" / "Moscou a été critiquée par Kiev": a passive with its agent
PASSIVES = [
    _doc("en", ["Moscow", "was", "criticised", "by", "Kyiv"], [2, 2, 2, 2, 3],
         ["nsubjpass", "auxpass", "ROOT", "agent", "pobj"]),
    _doc("fr", ["Moscou", "a", "été", "critiquée", "par", "Kiev"], [3, 3, 3, 3, 5, 3],
         ["nsubj:pass", "aux:tense", "aux:pass", "ROOT", "case", "obl:agent"]),
]


@pytest.mark.parametrize("doc", PASSIVES, ids=["en", "fr"])
def test_roles_read_a_passive_alike_in_both_schemes(doc):
    assert deps.is_subject(doc[0]) and doc[0].dep_ in deps.PASSIVE_SUBJECT_DEPS
    agent = [t for t in doc if t.dep_ in deps.AGENT_DEPS]
    assert agent and agent[-1].i >= len(doc) - 2  # "by" (ClearNLP) or the noun itself (UD)
    assert doc[len(doc) - 1].dep_ in deps.OBJECT_DEPS | deps.NOMINAL_AGENT_DEPS
    assert [t.i for t in doc if t.dep_ in deps.AUX_DEPS] == list(range(1, len(doc) - 3))


def test_coordinated_objects_and_possessives_in_both_schemes():
    # "Ankara armed Baku and Tbilisi" / "Ankara a armé Bakou et Tbilissi"
    en = _doc("en", ["Ankara", "armed", "Baku", "and", "Tbilisi"], [1, 1, 1, 2, 2],
              ["nsubj", "ROOT", "dobj", "cc", "conj"])
    fr = _doc("fr", ["Ankara", "a", "armé", "Bakou", "et", "Tbilissi"], [2, 2, 2, 2, 5, 3],
              ["nsubj", "aux:tense", "ROOT", "obj", "cc", "conj"])
    for doc in (en, fr):
        last = doc[len(doc) - 1]
        assert deps.first_conjunct(last).dep_ in deps.OBJECT_DEPS and not deps.is_subject(last)
    # "its envoy" / "son envoyé"
    assert _doc("en", ["its", "envoy"], [1, 1], ["poss", "ROOT"])[0].dep_ in deps.POSSESSIVE_DEPS
    assert _doc("fr", ["son", "envoyé"], [1, 1], ["det", "ROOT"])[0].dep_ in deps.POSSESSIVE_DEPS


def test_expletive_subjects_by_role_in_both_schemes():
    there = _doc("en", ["There", "are", "talks"], [1, 1, 1], ["expl", "ROOT", "attr"])
    il = _doc("fr", ["Il", "faut", "négocier"], [1, 1, 1], ["expl:subj", "ROOT", "xcomp"])
    paris = _doc("en", ["Paris", "backs", "Rome"], [1, 1, 1], ["nsubj", "ROOT", "dobj"])
    assert expletive(there, 0, load_actor_lexicon("en")) and expletive(il, 0, load_actor_lexicon("fr"))
    assert not expletive(paris, 0, load_actor_lexicon("en"))


def test_a_verb_tagged_adjective_is_read_as_a_verb_by_its_roles():
    cue = Cue(("accuse",), "VERB", "accuse", "accuse", 0.9)
    # "Le pays accuse son voisin" with "accuse" tagged ADJ; "Iran backs Hamas" with "backs" tagged ADJ
    fr = _doc("fr", ["Le", "pays", "accuse", "son", "voisin"], [1, 2, 2, 4, 2],
              ["det", "nsubj", "ROOT", "det", "obj"], ["DET", "NOUN", "ADJ", "DET", "NOUN"])
    en = _doc("en", ["Iran", "backs", "Hamas"], [1, 1, 1], ["nsubj", "ROOT", "dobj"], ["PROPN", "ADJ", "PROPN"])
    # "Le pays est accusé": a copula makes it an adjective
    cop = _doc("fr", ["Le", "pays", "est", "accusé"], [1, 3, 3, 3], ["det", "nsubj", "cop", "ROOT"],
               ["DET", "NOUN", "AUX", "ADJ"])
    assert cue.fits(fr[2]) and cue.fits(en[1]) and not cue.fits(cop[3])


def test_a_role_is_whatever_the_language_folders_list(monkeypatch):
    real = load_json.__wrapped__
    edited = {lang: dict(real(lang, "grammar.json")) for lang in supported_languages()}
    edited["en"]["dependency_roles"] = dict(edited["en"]["dependency_roles"], direct_object=["dobj", "theme"])
    monkeypatch.setattr(deps, "load_json", lambda lang, name: edited[lang])
    deps.role.cache_clear(), deps.roles.cache_clear()
    try:
        assert deps.role("direct_object") == {"dobj", "theme", "obj"}
        with pytest.raises(graph.errors.DataFileError, match="unknown dependency role 'subject'"):
            deps.role("subject")
        assert "theme" in deps.roles("indirect_object", "direct_object")
    finally:
        deps.role.cache_clear(), deps.roles.cache_clear()


def test_voice_subjects_nominal_and_clausal_in_both_schemes():
    # "Kyiv denied it" / "Kiev l'a démenti": an active nominal subject
    en = _doc("en", ["Kyiv", "denied", "it"], [1, 1, 1], ["nsubj", "ROOT", "dobj"])
    fr = _doc("fr", ["Kiev", "l'", "a", "démenti"], [3, 3, 3, 3], ["nsubj", "obj", "aux:tense", "ROOT"])
    # "That Moscow armed Baku was denied" / "Que Moscou ait armé Bakou a été démenti": a passive clausal subject
    en_pass = _doc("en", ["That", "Moscow", "armed", "Baku", "was", "denied"], [2, 2, 5, 2, 5, 5],
                   ["mark", "nsubj", "csubjpass", "dobj", "auxpass", "ROOT"])
    fr_pass = _doc("fr", ["Que", "Moscou", "ait", "armé", "Bakou", "a", "été", "démenti"], [3, 3, 3, 7, 3, 7, 7, 7],
                   ["mark", "nsubj", "aux:tense", "csubj:pass", "obj", "aux:tense", "aux:pass", "ROOT"])
    assert en[0].dep_ in deps.ACTIVE_VOICE_SUBJECT_DEPS and fr[0].dep_ in deps.ACTIVE_VOICE_SUBJECT_DEPS
    assert en_pass[2].dep_ in deps.PASSIVE_VOICE_SUBJECT_DEPS and fr_pass[3].dep_ in deps.PASSIVE_VOICE_SUBJECT_DEPS
    assert en_pass[2].dep_ not in deps.ACTIVE_VOICE_SUBJECT_DEPS and fr_pass[1].dep_ not in deps.PASSIVE_VOICE_SUBJECT_DEPS
    assert [t.text for t in en_pass if t.dep_ in deps.PASSIVE_AUX_DEPS] == ["was"]
    assert [t.text for t in fr_pass if t.dep_ in deps.PASSIVE_AUX_DEPS] == ["été"]


def test_verb_objects_direct_indirect_and_predicates():
    # "Ankara gave Baku drones" / "Ankara lui a donné des drones" / "Paris called it a provocation"
    gave = _doc("en", ["Ankara", "gave", "Baku", "drones"], [1, 1, 1, 1], ["nsubj", "ROOT", "dative", "dobj"])
    donne = _doc("fr", ["Ankara", "lui", "a", "donné", "des", "drones"], [3, 3, 3, 3, 5, 3],
                 ["nsubj", "iobj", "aux:tense", "ROOT", "det", "obj"])
    called = _doc("en", ["Paris", "called", "it", "a", "provocation"], [1, 1, 1, 4, 1],
                  ["nsubj", "ROOT", "dobj", "det", "oprd"])
    assert [t.text for t in gave if t.dep_ in deps.VERB_OBJECT_DEPS] == ["Baku", "drones"]
    assert [t.text for t in donne if t.dep_ in deps.VERB_OBJECT_DEPS] == ["lui", "drones"]
    assert [t.text for t in called if t.dep_ in deps.VERB_OBJECT_DEPS] == ["it", "provocation"]


def test_the_speaker_of_a_speech_verb_includes_the_inverted_french_pronoun_only():
    from graph.document.quotes import SPEAKER_DEPS
    # "..., a-t-il déclaré" (inverted il labelled expl:subj), "..., a déclaré Paris", "There remained doubts"
    inverted = _doc("fr", ["a", "-t-il", "déclaré"], [2, 2, 2], ["aux:tense", "expl:subj", "ROOT"])
    named = _doc("fr", ["a", "déclaré", "Paris"], [1, 1, 1], ["aux:tense", "ROOT", "nsubj"])
    there = _doc("en", ["There", "remained", "doubts"], [1, 1, 1], ["expl", "ROOT", "nsubj"])
    assert inverted[1].dep_ in SPEAKER_DEPS and named[2].dep_ in SPEAKER_DEPS
    assert there[0].dep_ not in SPEAKER_DEPS and there[2].dep_ in SPEAKER_DEPS
