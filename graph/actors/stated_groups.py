"""The armed group the text says a known person leads wins over the base's state office: "X, the
leader of the Y", "X, who leads the Y rebels", "the Y's commander, X", "rebel leader X of the Y",
"X, le chef des Y" make X act for the group Y in this document (GUIDELINES §2: people roll up to
whom they act for at the time of the text, in the role they act in), even when the base lists a
state office of his at that date (a rebel leader named minister in a unity government).

The text states the group in one of these ways, read here for a person the base knows:

- the affiliation composed with the title before the name or set off after it ("the Y's
  commander, X", "X, the Y's commander"): the title's actor is a group;
- the apposition with an office noun or the relative clause with an office verb that
  :func:`graph.actors.described.office_named` reads ("X, the leader of the Y", "X, who leads the
  Y", "X, le chef des Y") names a group;
- an office noun set off by a comma right after the name, then an of-word and the group's mention
  (:func:`set_off_office`: "X, le chef des Y", where the parser may read no apposition);
- a group title of the lexicon (one with ``acts_for``: "rebel leader", "chef rebelle") in the
  name's mention and an of-word right after the name with the group's mention
  (:func:`group_after_title`).

A past office ("former rebel leader X", "X, a former leader of the Y") moves no one: the caller
passes ``past``, and the apposition reading skips ``former_words``.

Example
-------
"Guillaume Soro, le chef des Forces nouvelles, a rejeté l'accord" -> Guillaume Soro ``FN`` (the
base lists him as an Ivorian minister at that date).
"""

from __future__ import annotations

from types import SimpleNamespace

from .described import office_named

#: Types of the actors a person may lead as a group rather than a state's office.
GROUP_TYPES = frozenset({"ArmedGroup", "DeFactoAuthority"})


def stated_group(st, m, affiliation: dict | None, past: bool):
    """The group the text states the known person ``m`` leads (see the module), as an object with
    ``code`` and ``sector``, or ``None`` (a past office, or no group stated).

    Example
    -------
    "Hezbollah's commander, X": ``affiliation`` ``{"code": "HEZBOLLAH"}`` -> ``code`` HEZBOLLAH.
    """
    if past:
        return None
    code = (affiliation or {}).get("code")
    if st.kb.code_type(code) in GROUP_TYPES:
        return SimpleNamespace(code=code, sector=(affiliation or {}).get("sector"))
    h = office_named(st, m) or set_off_office(st, m) or group_after_title(st, m)
    return h if h is not None and h.type in GROUP_TYPES else None


def _group_title(doc, m, lex) -> bool:
    """Whether the name's mention ``m`` holds a group title of the lexicon (``titles`` with
    ``acts_for``: "rebel leader", "chef rebelle") before the name."""
    words = doc[m.token_start:m.token_end].text.lower()
    return any(info.get("acts_for") and f"{title} " in f"{words} " for title, info in lex.titles.items())


def group_after_title(st, m):
    """The group mention right after the name of the person ``m`` that a group title names
    ("rebel leader X of the Y", "le chef rebelle X des Y"), or ``None``: an of-word,
    determiners, then a mention of a group.

    Example
    -------
    "Rebel leader X of the Y met ..." -> the mention of Y.
    """
    doc, lex = st.doc, st.lex
    j = m.token_end
    if j >= len(doc) or doc[j].lower_ not in lex.of_words or not _group_title(doc, m, lex):
        return None
    return _group_at(st, j + 1, j)


def _group_at(st, j: int, start: int):
    """The resolved group mention at token ``j`` or after the of-words and determiners from ``j``
    (at most three of them), else ``None``."""
    doc, lex = st.doc, st.lex
    while j < len(doc) and doc[j].lower_ in lex.of_words | lex.determiners and j - start < 3:
        j += 1
    h = st.by_start.get(j)
    return h if h is not None and h.pending is None and h.code and h.type in GROUP_TYPES else None


def set_off_office(st, m):
    """The group mention closing an office set off by a comma right after the person ``m`` ("X,
    the head of the Y", "X, le chef des Y"): a comma, determiners, an office noun of the lexicon
    (``office_nouns``) as the first content word, an of-word; else ``None``. A past office ("X, a
    former head of the Y": ``former_words``) is none.

    Example
    -------
    "Guillaume Soro, le chef des Forces nouvelles, a dit" -> the mention of the Forces nouvelles.
    """
    doc, lex = st.doc, st.lex
    j = m.token_end
    if j >= len(doc) or doc[j].text != ",":
        return None
    j += 1
    while j < len(doc) and doc[j].lower_ in lex.determiners:
        j += 1
    if j + 1 >= len(doc) or doc[j].lower_ not in lex.office_nouns or doc[j + 1].lower_ not in lex.of_words:
        return None
    return _group_at(st, j + 1, j + 1)
