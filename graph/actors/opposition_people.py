"""A person the text names as the opposition's acts for his state's opposition: "opposition
leader Raila Odinga", "the opposition of Raila Odinga", "Raila Odinga's opposition party", "le
chef de l'opposition X", "l'opposition de X" are ``KEN_OPP``, not Kenya's government nor the
state named nearest in the sentence (GUIDELINES §2: an opposition acting as a party of its own
takes ``<state>_OPP``; people roll up to whom they act for).

:func:`opposition_people` runs on resolved mentions (:meth:`graph.actors.resolve.Resolver`): a
person whose code is a state's, with an opposition noun of the lexicon (``opposition_nouns``,
its one-word entries: "opposition") right before his name (past determiners and of-words:
"opposition leader X", "the opposition of X", "l'opposition de X"; not past a comma: "met the
opposition, X said") or after his
possessive ("X's opposition party"; not "X's opposition to the plan": a stance), takes
``<state>_OPP``, and so do the other mentions of that person in the document: the text has told
whom he speaks for.

Example
-------
"Opposition leader Raila Odinga accused Uganda of meddling" -> Raila Odinga ``KEN_OPP``
(the base has him as Kenya's former prime minister).
"""

from __future__ import annotations

from .compose import opposition_actor

#: The most small words (determiners, of-words) between an opposition noun and a name.
MAX_GAP = 3


def _opposition_words(lex) -> frozenset[str]:
    """The one-word opposition nouns of the lexicon ("opposition")."""
    return frozenset(w for w in lex.opposition_nouns if " " not in w)


def _named_opposition(doc, m, lex, words) -> bool:
    """Whether an opposition noun stands right before the person's name or after his
    possessive (see the module)."""
    if any(t.lower_ in words for t in doc[m.token_start:m.token_end]):
        return True  # "opposition leader X" read as one name mention
    j, small = m.token_start - 1, lex.determiners | lex.of_words
    while j >= 0 and m.token_start - j <= MAX_GAP and doc[j].lower_ in small:
        j -= 1
    if j >= 0 and doc[j].lower_ in words:
        return True  # "opposition leader X", "l'opposition de X", "le chef de l'opposition X"
    e = m.token_end
    return e + 1 < len(doc) and doc[e].lower_ in lex.possessive_markers and doc[e + 1].lower_ in words \
        and not (e + 2 < len(doc) and doc[e + 2].pos_ == "ADP")  # "X's opposition party", not "... to"


def give_opposition(mentions: list, kb, named) -> list:
    """The mentions with each person whose code is a state's and for whom ``named(m)`` holds,
    and every other mention of that person, given the state's opposition code; changed in place
    and returned. Shared by :func:`opposition_people` and :func:`graph.actors.ousted.ousted_people`.

    Example: ``named`` true for "Raila Odinga" (code KEN) -> each mention of him ``KEN_OPP``.
    """
    found = {}
    for m in mentions:
        if m.type == "Person" and m.code and m.actor_id and not m.code.endswith("_OPP") \
                and kb.code_type(m.code) == "State" and named(m):
            found[m.actor_id] = opposition_actor(m.code, "")["code"]
    for m in mentions:
        if m.actor_id in found and m.type == "Person":
            m.assign({"code": found[m.actor_id]})
    return mentions


def opposition_people(doc, mentions: list, kb, lex) -> list:
    """The mentions with each person named as the opposition's given his state's opposition code
    (see the module); changed in place and returned."""
    words = _opposition_words(lex)
    return give_opposition(mentions, kb, lambda m: _named_opposition(doc, m, lex, words))
