"""Groups named by their members: "the contact group (comprising A, B and C) met Y" is A, B and C.

A noun that no coded mention covers ("the contact group", "la délégation", "the coalition"),
followed by an opening parenthesis or a comma and a participle listing members
(``membership_words`` of ``document.json``: comprising, composed of, made up of; composé de,
comprenant, réunissant), stands for the actors named in that list: from the participle to the
closing parenthesis, or, after a comma, to the next verb, semicolon or full stop. At least
``MIN_MEMBERS`` different codes must be named there (one member is an apposition, not a group);
pronouns do not count. The noun phrase (the noun and the words hung on it before it) gets one
mention per member (marked ``members_of``), so the events stage reads "the group agreed the terms
with Y" for each, and no member acts on another through it.

Example
-------
>>> MIN_MEMBERS
2
"""

from __future__ import annotations

from ..model import Reference

_FIELDS = ("actor_id", "label", "type", "code", "sector")
#: The fewest different members a list must name for its noun to stand for them.
MIN_MEMBERS = 2
_OPENERS = ("(", ",")
_STOPS = frozenset({".", ";", "!", "?"})


def _members(res, j: int, opener: str) -> list[dict]:
    """Named coded mentions of the member list that starts after the participle at token ``j``."""
    doc = res.doc
    stop = j + 1
    while stop < len(doc) and doc[stop].text not in _STOPS and not (
            doc[stop].text == ")" if opener == "(" else doc[stop].pos_ in ("VERB", "AUX")):
        stop += 1
    if opener == "(" and (stop >= len(doc) or doc[stop].text != ")"):
        return []  # an unclosed parenthesis: no list to trust
    return [m for m in res.coded if j < m["token_start"] < stop and m.get("kind") != "pronoun"]


def member_groups(res, refs: list, added: list) -> None:
    """Add the members of "the N (comprising A, B and C)" as mentions of N (see the module docstring)."""
    doc, words = res.doc, res.lex.membership_words
    covered = {i for m in [*res.coded, *added] for i in range(m["token_start"], m["token_end"])}
    lowers = res.words  # (the word columns: a Token only after a membership word)
    for j in range(2, len(doc)):
        if lowers[j][2] not in words or doc[j - 1].text not in _OPENERS:
            continue
        n = doc[j - 2]
        if n.pos_ != "NOUN" or n.i in covered or n.i in res.covered:
            continue
        members = _members(res, j, doc[j - 1].text)
        codes = list(dict.fromkeys(m["code"] for m in members))
        if len(codes) < MIN_MEMBERS:
            continue
        g = n
        while g.head.pos_ == "NOUN" and g.i - 3 <= g.head.i < g.i:
            g = g.head  # "le groupe de contact": the phrase's head noun
        s = g.left_edge.i if g.left_edge.i not in covered else g.i
        span = doc[s:n.i + 1]
        refs.append(Reference(text=span.text, start=span.start_char, end=span.end_char, kind="members",
                              antecedents=tuple(codes), why=f"members listed after {doc[j].text}"))
        for m in [next(m for m in members if m["code"] == c) for c in codes]:
            fields = {k: m[k] for k in _FIELDS}
            added.append({"start": span.start_char, "end": span.end_char, "token_start": s, "token_end": n.i + 1,
                          "text": span.text, **fields, "kind": "pronoun", "members_of": s})
        res.covered.update(range(s, n.i + 1))
