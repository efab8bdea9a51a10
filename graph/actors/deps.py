"""The dependency labels the actor stage reads, named by the role they mark.

The pipelines use two label schemes: ClearNLP for English (``nsubj``, ``dobj``, ``pobj``,
``poss``...) and Universal Dependencies for French (``nsubj``, ``obj``, ``obl:arg``,
``nmod:poss``...); each set below holds the labels of both for one role, so the tests read the
same for every language. A nominal subject is any label starting ``nsubj`` (``nsubjpass``,
``nsubj:pass``).

Example
-------
>>> import spacy
>>> from spacy.tokens import Doc
>>> doc = Doc(spacy.blank("en").vocab, words=["Rome", "and", "Oslo", "agreed"],
...           heads=[3, 0, 0, 3], deps=["nsubj", "cc", "conj", "ROOT"])
>>> is_subject(doc[0]), is_subject(first_conjunct(doc[2])), "obj" in OBJECT_DEPS
(True, True, True)
"""

from __future__ import annotations

#: objects of a verb or a preposition: a pronoun there is not the verb's subject
OBJECT_DEPS = frozenset({"dobj", "obj", "iobj", "dative", "pobj", "obl:arg"})
#: possessive determiners ("his visit", "sa visite")
POSSESSIVE_DEPS = frozenset({"poss", "det", "nmod:poss"})
#: adjuncts of a clause ("During his visit, ...", "Lors de sa visite, ...")
ADJUNCT_DEPS = frozenset({"prep", "obl", "obl:mod", "obl:arg", "advcl", "advmod", "npadvmod"})
#: clausal complements ("it seems that ...", "il faut ...")
CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "csubj"})
#: complements that make "it is ..." impersonal ("it is clear that", "it is likely to")
COMPLEMENT_DEPS = CLAUSE_DEPS | {"acomp", "oprd"}
#: a predicate noun ("it is a threat": not impersonal)
ATTRIBUTE_DEP = "attr"
#: passive subjects
PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass", "nsubj:pass"})
#: by-agents of a passive ("negotiated by Moscow", "négocié par Moscou"); in UD the noun itself
#: carries the label, in ClearNLP the preposition "by"
AGENT_DEPS = frozenset({"agent", "obl:agent"})
NOMINAL_AGENT_DEP = "obl:agent"
#: the object of a preposition (English) and a preposition as case marker (French)
PREP_OBJECT_DEP = "pobj"
CASE_DEP = "case"
#: verbs a clause's subject carries over to ("wants to go", "came and said", "said, adding")
SUBJECT_CHAIN_DEPS = frozenset({"xcomp", "conj", "advcl"})
#: the root of a sentence as a subject-taking head ("Erdogan hosted": ``nsubj`` or ``ROOT``)
ROOT_DEP = "ROOT"
#: the active nominal subject, and the prefix of every nominal-subject label
SUBJECT_DEP = "nsubj"
#: expletive subjects ("there", "il" of "il y a")
EXPLETIVE_PREFIX = "expl"
#: a name's parts after the first (``flat``, ``flat:name``)
FLAT_PREFIX = "flat"
#: a conjunct ("Russia and *China*")
CONJ_DEP = "conj"


def is_subject(tok) -> bool:
    """A nominal subject, active or passive."""
    return tok.dep_.startswith(SUBJECT_DEP)


def first_conjunct(tok):
    """The first member of the coordination ``tok`` is in ("China" in "Russia and China" ->
    "Russia"), or ``tok``."""
    while tok.dep_ == CONJ_DEP and tok.head != tok:
        tok = tok.head
    return tok
