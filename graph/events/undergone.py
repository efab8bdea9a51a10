"""Who an event noun comes from when its subject undergoes it: receiving verbs and "under".

"The raid drew condemnation from Y", "a essuyé les critiques de Y": the noun is the object of a
receiving verb (``receiver_verbs`` of grammar.json). "Sudanese troops came under fire from
Ethiopian forces", "les positions sont passées sous le feu de X": the noun (one of
``undergone_nouns``) is the complement of an undergoing preposition (``undergone_preps``: under,
sous) of a verb. Either way the verb's subject is the target and the from-complement the source.

Example
-------
>>> received_verb({}, None) is None
True
"""

from __future__ import annotations

from ..actors.deps import CASE_DEPS, VERB_OBJECT_DEPS


def undergoing_verb(g: dict, n):
    """The verb of "X came under fire from Y" ("under" on the verb, English) or "X est passé
    sous le feu de Y" (the case marker on the noun, UD) for a noun of ``undergone_nouns``, or
    ``None``. Only hostile nouns are listed: "talks held under the aegis of X" is a mediation."""
    if n.lemma_.lower() not in g.get("undergone_nouns", ()) or n.head == n:
        return None
    preps, h = g.get("undergone_preps", ()), n.head
    if h.lower_ in preps and h.head != h and h.head.pos_ in ("VERB", "AUX"):
        return h.head
    if h.pos_ in ("VERB", "AUX") and any(c.dep_ in CASE_DEPS and c.lower_ in preps for c in n.children):
        return h
    return None


def received_verb(g: dict, n):
    """The verb whose subject undergoes the cue noun ``n``: a receiving verb of which it is the
    object ("drew condemnation from Y") or an undergoing verb ("came under fire from Y"); else
    ``None``."""
    if n is None:
        return None
    h = n.head
    if n.dep_ in VERB_OBJECT_DEPS and h != n and h.lemma_.lower() in g.get("receiver_verbs", ()):
        return h
    return undergoing_verb(g, n)


def light_verb_preps(t, args, g) -> list:
    """The complements of the light verb a noun cue is the object of: "opened fire on X",
    "a ouvert le feu sur X" (the parser hangs the preposition on the verb, not on the noun), and
    of the verb it is undergone under: "came under fire from X" (so a sense row with "under"
    holds)."""
    if t.pos_ != "NOUN" or t.head == t:
        return []
    under = undergoing_verb(g, t)
    if under is not None:
        return list(args.preps(under))
    h = t.head
    if t.dep_ not in VERB_OBJECT_DEPS or h.lemma_.lower() not in g["light_verbs"]:
        return []
    return list(args.preps(h))
