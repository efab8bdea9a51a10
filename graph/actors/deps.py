"""Dependency roles: the parser labels the actor, document and event stages read, by role.

The labels are language data: each language's ``grammar.json`` lists, under
``dependency_roles``, the labels of its pipelines' scheme for every role of
``graph/data/dependency_roles.tsv`` (English: ClearNLP ``nsubj``, ``dobj``, ``pobj``,
``poss``...; French: Universal Dependencies ``nsubj``, ``obj``, ``obl:arg``, ``nmod:poss``...).
This module is the one place the code gets them from: :func:`role` gives a role's labels, and the
constants below name the roles and the unions of roles the stages test (``OBJECT_DEPS``,
``ADJUNCT_DEPS``...). The module sits in the actor stage, below the document and event stages
that import it too (``docs/ARCHITECTURE.md``).

A role's set is the union of the labels every supported language lists for it. The code before
held both schemes' labels in one set, so the union keeps the output byte for byte; a test reads
the same whatever the token's language, and Docs built by hand need none. It is safe because a
token carries only its own parser's labels and the two schemes share a label only where they
mean much the same (``case`` comes nearest to a clash: the English possessive ``'s``, the French
adposition; both introduce their noun). A new pipeline with another label scheme only lists its
labels in its folder's ``grammar.json``; should they clash with another scheme's, make the sets
per language through ``token.doc.lang_``.

Example
-------
>>> import spacy
>>> from spacy.tokens import Doc
>>> doc = Doc(spacy.blank("en").vocab, words=["Rome", "and", "Oslo", "agreed"],
...           heads=[3, 0, 0, 3], deps=["nsubj", "cc", "conj", "ROOT"])
>>> is_subject(doc[0]), is_subject(first_conjunct(doc[2])), "obj" in OBJECT_DEPS
(True, True, True)
>>> sorted(role("passive_subject"))
['nsubj:pass', 'nsubjpass']
"""

from __future__ import annotations

from functools import lru_cache

from ..errors import DataFileError
from ..language_schema import dependency_roles
from ..languages import load_json, supported_languages


@lru_cache(maxsize=None)
def role(name: str) -> frozenset[str]:
    """The labels of dependency role ``name`` in every supported language's scheme.

    Raises :class:`~graph.errors.DataFileError` for a role ``graph/data/dependency_roles.tsv``
    does not declare (the data files are checked against it when they load).
    """
    if name not in dependency_roles():
        raise DataFileError(f"unknown dependency role {name!r} (declare it in graph/data/dependency_roles.tsv)")
    return frozenset(label for lang in supported_languages()
                     for label in load_json(lang, "grammar.json")["dependency_roles"][name])


@lru_cache(maxsize=None)
def roles(*names: str) -> frozenset[str]:
    """The labels of several roles together."""
    return frozenset().union(*(role(n) for n in names))


#: the root of a sentence
ROOT_DEPS = role("sentence_root")
#: nominal subjects, active or passive
SUBJECT_DEPS = roles("active_subject", "passive_subject")
ACTIVE_SUBJECT_DEPS = role("active_subject")
PASSIVE_SUBJECT_DEPS = role("passive_subject")
#: the subject of an active verb, a noun or a clause ("*Russia* condemned", "*what X did* angered Y")
ACTIVE_VOICE_SUBJECT_DEPS = roles("active_subject", "clausal_subject")
#: the subject of a passive verb, a noun or a clause ("*the deal* was signed")
PASSIVE_VOICE_SUBJECT_DEPS = roles("passive_subject", "passive_clausal_subject")
#: the auxiliary of a passive ("was" of "was signed", "été" of "a été signé")
PASSIVE_AUX_DEPS = role("passive_auxiliary")
#: objects of a verb or a preposition: a pronoun there is not the verb's subject
OBJECT_DEPS = roles("direct_object", "indirect_object", "prep_object", "argument_oblique")
DIRECT_OBJECT_DEPS = role("direct_object")
#: a verb's objects and object-like complements ("backed *Kyiv*", "gave *Kyiv* arms", "is *a threat*",
#: "called it *a provocation*"): what a cue verb acts on
VERB_OBJECT_DEPS = roles("direct_object", "indirect_object", "attribute", "object_predicate")
#: the object of a preposition heading it (English)
PREP_OBJECT_DEPS = role("prep_object")
#: a preposition heading its object (English)
PREPOSITION_DEPS = role("preposition")
#: every oblique: a prepositional phrase marked on its noun (French)
OBLIQUE_DEPS = roles("modifier_oblique", "argument_oblique", "nominal_agent")
#: prepositional adjuncts marked on their noun (French)
MODIFIER_OBLIQUE_DEPS = role("modifier_oblique")
#: possessive determiners ("his visit", "sa visite")
POSSESSIVE_DEPS = roles("possessive", "determiner")
DETERMINER_DEPS = role("determiner")
#: adjuncts of a clause ("During his visit, ...", "Lors de sa visite, ...")
ADJUNCT_DEPS = roles("preposition", "modifier_oblique", "argument_oblique", "adverbial_clause", "adverb_modifier",
                     "noun_adverbial")
#: clausal complements ("it seems that ...", "il faut ...")
CLAUSE_DEPS = roles("clausal_complement", "open_complement", "clausal_subject")
#: complements that make "it is ..." impersonal ("it is clear that", "it is likely to")
COMPLEMENT_DEPS = CLAUSE_DEPS | roles("adjectival_complement", "object_predicate")
#: a copula under its predicate (French "est" of "est illégal")
COPULA_DEPS = role("copula")
#: a predicate noun ("it is a threat": not impersonal)
ATTRIBUTE_DEPS = role("attribute")
#: by-agents of a passive ("negotiated by Moscow", "négocié par Moscou"); in UD the noun itself
#: carries the label (``NOMINAL_AGENT_DEPS``), in ClearNLP the preposition "by"
AGENT_DEPS = roles("agent_preposition", "nominal_agent")
NOMINAL_AGENT_DEPS = role("nominal_agent")
#: a preposition as case marker (French; the possessive 's in English)
CASE_DEPS = role("case_marker")
#: verbs a clause's subject carries over to ("wants to go", "came and said", "said, adding")
SUBJECT_CHAIN_DEPS = roles("open_complement", "conjunct", "adverbial_clause")
#: expletive subjects ("there", "il" of "il y a")
EXPLETIVE_DEPS = role("expletive")
#: a name's parts after the first (French ``flat:name``)
FLAT_DEPS = role("flat_name")
#: a conjunct ("Russia and *China*")
CONJ_DEPS = role("conjunct")
#: open clausal complements ("wants to go", "refused to condemn")
XCOMP_DEPS = role("open_complement")
#: auxiliaries, of tense, mood or voice
AUX_DEPS = roles("auxiliary", "passive_auxiliary")
#: subordinating conjunctions ("if", "until")
MARK_DEPS = role("marker")
#: adjectives modifying a noun ("the alleged bombers")
AMOD_DEPS = role("adjectival_modifier")
#: a noun's modifiers that may name who it belongs to ("the US plan", "Russian troops", "le plan de paix")
NOUN_MODIFIER_DEPS = roles("noun_compound", "adjectival_modifier", "nominal_modifier")
#: the clause-level adverb ("not" in French, "never")
ADVMOD_DEPS = role("adverb_modifier")
#: a clause modifying a noun as the parser labels it ``acl`` (UD: relative clauses included)
ADNOMINAL_CLAUSE_DEPS = role("adnominal_clause")
#: a clause modifying a noun, not a relative one ("the aid *sent* by X", "une délégation *chargée* de")
ACL_DEPS = role("clausal_modifier")
#: a relative clause ("X, *which backs Y*")
RELCL_DEPS = role("relative_clause")
#: every clause on a noun, relative or not
NOUN_CLAUSE_DEPS = ADNOMINAL_CLAUSE_DEPS | RELCL_DEPS
#: a participle or adjective on a noun ("the aid *sent* by X", "the *armed* groups")
PARTICIPLE_DEPS = roles("adjectival_modifier", "clausal_modifier")
#: a clausal complement with its own subject ("said *that* ...")
CCOMP_DEPS = role("clausal_complement")
#: a reported or parallel clause ("said *that* ...", "..., *he said*")
REPORTED_CLAUSE_DEPS = roles("clausal_complement", "paratactic_clause")
#: a noun compound modifier ("the *peace* talks")
COMPOUND_DEPS = role("noun_compound")
#: an apposition ("Sergei Lavrov, *the foreign minister*")
APPOS_DEPS = role("appositive")
#: the preposition heading a passive's agent (English "by")
AGENT_PREPOSITION_DEPS = role("agent_preposition")


def is_subject(tok) -> bool:
    """A nominal subject, active or passive."""
    return tok.dep_ in SUBJECT_DEPS


def first_conjunct(tok):
    """The first member of the coordination ``tok`` is in ("China" in "Russia and China" ->
    "Russia"), or ``tok``."""
    while tok.dep_ in CONJ_DEPS and tok.head != tok:
        tok = tok.head
    return tok
