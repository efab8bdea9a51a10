"""The owner of a reason phrase: "X condemned Y for its attack", "X sanctioned firms over their support".

A possessive pronoun on the noun of a reason phrase (``reason_prepositions`` of the actor
lexicon: "for", "over") hung on a verb that judges or punishes its object
(``reason_object_verbs``: condemn, sanction, blame, praise...) names that object, not the
verb's subject: "France condemned Russia for its attack on X" is Russia's attack; "the EU
sanctioned three firms for their support for X" is the firms' support, and firms are no actor.
A light verb carrying a judgement noun (``reason_object_nouns``) judges that noun's object
(``reason_noun_preps``): "the EU imposed sanctions on X over its support for Y" is X's support.
A gerund heading the reason phrase is done by that object too (:func:`reason_doer`): "Britain
sanctioned Iran for aiding X" is Iran's aid.
"""

from __future__ import annotations

from .deps import DIRECT_OBJECT_DEPS, POSSESSIVE_DEPS, PREP_OBJECT_DEPS, PREPOSITION_DEPS, role

PREP_COMPLEMENT_DEPS = role("prep_complement")


def reason_object(tok, lex):
    """The direct object of the judging verb whose reason phrase ``tok`` owns, else ``None``."""
    noun = tok.head
    if tok.dep_ not in POSSESSIVE_DEPS or noun == tok or noun.dep_ not in PREP_OBJECT_DEPS:
        return None
    return _judged(noun.head, lex)


def reason_doer(verb, lex):
    """The direct object of the judging verb whose reason phrase the gerund ``verb`` heads
    ("sanctioned Iran for aiding X", "praised A for hosting B"), else ``None``."""
    if verb.dep_ not in PREP_COMPLEMENT_DEPS or verb.tag_ != "VBG":
        return None
    return _judged(verb.head, lex)


def _judged(prep, lex):
    """The direct object before ``prep`` of the judging verb it is a reason preposition of, or
    the object of the judgement noun a light verb carries there ("imposed sanctions on X")."""
    verb = prep.head
    if prep.dep_ not in PREPOSITION_DEPS or prep.lower_ not in lex.reason_prepositions:
        return None
    obj = next((c for c in verb.children if c.dep_ in DIRECT_OBJECT_DEPS and c.i < prep.i), None)
    if verb.lemma_.lower() in lex.reason_object_verbs or obj is None:
        return obj
    if obj.lemma_.lower() not in lex.reason_object_nouns and obj.lower_ not in lex.reason_object_nouns:
        return None  # "imposed sanctions on X over its ...": the noun's object X
    return next((k for c in obj.children if c.dep_ in PREPOSITION_DEPS and c.lower_ in lex.reason_noun_preps
                 for k in c.children if k.dep_ in PREP_OBJECT_DEPS), None)
