"""Pledges made to an addressee: "X assured Y of its support", "X a assuré Y de son soutien".

The cue noun sits in an of/de complement of the verb (or, as the French parser often hangs it,
of the verb's object); the verb's subject acts and its object is the target. The verbs are the
``assurance_verbs`` of grammar.json.

Example
-------
>>> assured_verb(None, None) is None
True
"""

from __future__ import annotations

from ..actors.deps import PREP_OBJECT_DEPS, VERB_OBJECT_DEPS, XCOMP_DEPS


def assured_verb(args, n):
    """The pledging verb whose of/de complement is the cue noun ``n`` ("assured Y of its
    support", "assuré Y de sa solidarité", with the complement hung on Y), or ``None``."""
    if args is None or n is None:
        return None
    verbs = args.g.get("assurance_verbs", ())
    h = n.head
    if not verbs or h == n:
        return None
    prep = args._prep_of(n)
    if n.dep_ in PREP_OBJECT_DEPS and h.head != h:  # English: of -> the verb
        prep, h = h.lower_, h.head
    if prep not in args.g["noun_of_preps"]:
        return None
    if h.dep_ in VERB_OBJECT_DEPS and h.head != h and h.head.lemma_.lower() in verbs:
        return h.head  # French: "de son soutien" hung on the addressee
    return h if h.lemma_.lower() in verbs else None


def assured_target(args, v) -> list[dict]:
    """The addressees of the pledging verb ``v``: its objects (also a name the French parser
    took for an open complement: "assuré Kiev du soutien de X")."""
    return [m for c in v.children if c.dep_ in VERB_OBJECT_DEPS or (
        c.dep_ in XCOMP_DEPS and c.pos_ in ("PROPN", "NOUN")) for m in args.np(c)]
