"""A leader the text calls ousted acts for his state's opposition, not its government: "the ousted
president X", "deposed leader X", "X, the overthrown president,", "le président déchu X", "X,
le président renversé," are ``<state>_OPP`` (GUIDELINES §2: people roll up to whom they act for
at the time of the text; an opposition acting as a party distinct from its government takes
``<state>_OPP``). The base lists his past office, so he would otherwise speak for the
government that replaced him.

:func:`ousted_people` runs on resolved mentions (:meth:`graph.actors.resolve.Resolver`, after
:func:`graph.actors.opposition_people.opposition_people`): a person whose code is a state's, with
a word of the lexicon's ``ousted_words`` ("ousted", "deposed", "déchu", "renversé") in his
mention, among the few words right before it (determiners, a title: no comma; not the verb
whose object he is: "the army ousted X"), or in the title
set off by a comma right after his name, takes ``<state>_OPP``, and so do the other mentions of
that person in the document. A "former president" with no such word keeps the base's code: the
text does not say whom he acts for.

Example
-------
"Ousted president Marc Ravalomanana accused the junta" -> Marc Ravalomanana ``MDG_OPP``.
"""

from __future__ import annotations

from .opposition_people import give_opposition

#: The most words between an ousted word and the person's name ("the ousted former president").
MAX_GAP = 3


def _ousted_before(doc, m, words) -> bool:
    """Whether an ousted word lies in the mention or among the words right before it, with no
    punctuation between."""
    if any(t.lower_ in words for t in doc[m.token_start:m.token_end]):
        return True
    j, head = m.token_start - 1, doc[m.token_start:m.token_end].root.head.i
    while j >= 0 and m.token_start - j <= MAX_GAP and not doc[j].is_punct:
        if doc[j].lower_ in words:
            return j != head  # ("the army ousted X": the verb of which he is the object)
        j -= 1
    return False


def _ousted_after(doc, m, words) -> bool:
    """Whether the title set off by a comma right after the name holds an ousted word ("X, the
    ousted president,", "X, le président déchu,"), before the next punctuation."""
    j = m.token_end
    if j >= len(doc) or doc[j].text != ",":
        return False
    for k in range(j + 1, min(j + 2 + MAX_GAP, len(doc))):
        if doc[k].is_punct:
            return False
        if doc[k].lower_ in words:
            return True
    return False


def ousted_people(doc, mentions: list, kb, lex) -> list:
    """The mentions with each person the text calls ousted given his state's opposition code (see
    the module); changed in place and returned."""
    words = lex.ousted_words
    if not words:
        return mentions
    return give_opposition(mentions, kb, lambda m: _ousted_before(doc, m, words) or _ousted_after(doc, m, words))
