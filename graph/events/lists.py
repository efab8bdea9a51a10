"""Lists in a parse: sides of "between" lists the parser split, parenthesised member lists,
asides closed by ", and".

Example
-------
In "talks between A and B as well as between C and D" ("des entretiens entre A et B ainsi
qu'entre C et D") the parser may hang D on the noun rather than on C; :func:`side_after_list`
gives D back from the mentions found for the list (A, B, C).
"""

from __future__ import annotations

from ..actors.deps import APPOS_DEPS, NOUN_CLAUSE_DEPS
from ..nlp.extensions import token_words


def side_after_list(phrases, found: list[dict]) -> list[dict]:
    """The mention right after the "and" that follows the only side of the last "between" list.

    ``phrases`` is the document's :class:`graph.events.phrases.NounPhrases` (mentions by token,
    segment bounds, grammar); ``found`` the sides already read. Nothing when the segment holds a
    single "between" word or the last list already has two sides.
    """
    doc, (lo, hi) = phrases._doc, phrases.bounds
    if not found:
        return []
    words, between = token_words(doc), phrases.g["between_preps"]  # (pos, lemma, lower) columns
    marks = [i for i in range(lo, hi) if words[i][2] in between and words[i][0] == "ADP"]
    last = [m for m in found if len(marks) > 1 and m["token_start"] > marks[-1]]
    if len({m["code"] for m in last}) != 1:
        return []
    j = max(m["token_end"] for m in last)
    if j >= hi or doc[j].pos_ != "CCONJ":
        return []
    return phrases.first_named(j + 1, min(j + 5, hi))


def listed_members(phrases, tok) -> list[dict]:
    """The actors of a parenthesised list right after a plural group noun: "les autres pays de
    la région (A, B et C)", "neighbouring states (A, B)". The members act, not the group nor
    the body it belongs to (the parser may hang the list on either). Nothing unless the
    parentheses hold only names, commas and "and", of two actors or more, and ``tok`` is a
    plural common noun that names no actor itself.

    >>> listed_members(phrases, doc[2])  # "Les autres pays de l'UA (Niger, Mali) ..."  # doctest: +SKIP
    """
    doc, (lo, hi) = phrases._doc, phrases.bounds
    if tok.pos_ != "NOUN" or "Plur" not in tok.morph.get("Number") \
            or any(m["kind"] != "nominal" for m in phrases.at(tok)):
        return []
    heads = [tok, *(c for p, c in phrases.preps(tok) if p in phrases.g["noun_of_preps"])]
    for x in (x for h in heads for x in h.children if x.dep_ in APPOS_DEPS and x.i > tok.i):
        k = x.left_edge.i if doc[x.left_edge.i].text == "(" else x.left_edge.i - 1
        end = next((j for j in range(k + 1, min(k + 16, hi)) if doc[j].text == ")"), None)
        if k < lo or doc[k].text != "(" or end is None:
            continue
        inside = [m for i in range(k + 1, end) for m in phrases.at(doc[i])]
        loose = [t for t in doc[k + 1:end] if not phrases.at(t) and not t.is_punct and t.pos_ not in ("CCONJ", "DET")]
        if not loose and len({m["code"] for m in inside}) > 1:
            return [m for i, m in enumerate(inside) if m not in inside[:i]]
    return []


def closes_aside(tok, c) -> bool:
    """Whether the conjunct ``c`` of ``tok`` follows ", and" that closes a comma-opened aside
    ``tok`` sits in: in "between A, backed by B, and C", C is no second agent of "backed"."""
    doc = tok.doc
    k = c.left_edge.i  # the conjunct's first word ("and" hangs on it in UD, before it in English)
    while k < c.i and doc[k].pos_ in ("CCONJ", "PUNCT"):
        k += 1
    j = k - 1
    if j < 1 or doc[j].pos_ != "CCONJ" or doc[j - 1].text != ",":
        return False
    for a in [tok, *tok.ancestors]:
        if a.dep_ in NOUN_CLAUSE_DEPS or (a.dep_ in APPOS_DEPS and not a.conjuncts):
            start = a.left_edge.i
            return start > 0 and doc[start - 1].text == "," and c.i > a.i
        if a.i < tok.i - 12:
            break
    return False
