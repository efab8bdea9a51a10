"""The owner of a reason phrase: "X condemned Y for its attack", "X sanctioned firms over their support".

A possessive pronoun on the noun of a reason phrase (``reason_prepositions`` of the actor
lexicon: "for", "over") hung on a verb that judges or punishes its object
(``reason_object_verbs``: condemn, sanction, blame, praise...) names that object, not the
verb's subject: "France condemned Russia for its attack on X" is Russia's attack; "the EU
sanctioned three firms for their support for X" is the firms' support, and firms are no actor.
"""

from __future__ import annotations

from .deps import DIRECT_OBJECT_DEPS, POSSESSIVE_DEPS, PREP_OBJECT_DEPS, PREPOSITION_DEPS


def reason_object(tok, lex):
    """The direct object of the judging verb whose reason phrase ``tok`` owns, else ``None``."""
    noun = tok.head
    if tok.dep_ not in POSSESSIVE_DEPS or noun == tok or noun.dep_ not in PREP_OBJECT_DEPS:
        return None
    prep = noun.head
    verb = prep.head
    if prep.dep_ not in PREPOSITION_DEPS or prep.lower_ not in lex.reason_prepositions \
            or verb.lemma_.lower() not in lex.reason_object_verbs:
        return None
    return next((c for c in verb.children if c.dep_ in DIRECT_OBJECT_DEPS and c.i < prep.i), None)
