"""Sides of "between" lists the parser split.

Example
-------
In "talks between A and B as well as between C and D" ("des entretiens entre A et B ainsi
qu'entre C et D") the parser may hang D on the noun rather than on C; :func:`side_after_list`
gives D back from the mentions found for the list (A, B, C).
"""

from __future__ import annotations

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
