"""An armed group the base does not know is the group the text introduces by its name, its
acronym and what it is (GUIDELINES §2: non-state armed groups take a short upper-case code of
their acronym).

News about smaller conflicts names groups no dictionary lists, and introduces them once in full
with their acronym and a description: "the Union of Resistance Forces (UFR), a Chadian rebel
group", "l'Union des forces de la résistance (UFR), un mouvement rebelle tchadien", "les
putschistes du Régiment de sécurité présidentielle (RSP)". The name and the acronym are unknown
names to the recognisers, so every event of the group was lost, and the pronouns after it found
no actor.

:func:`introduced_groups` gives such a group the code of its acronym when:

- an unknown name (``kind`` ``name``, no code) is followed by its acronym in parentheses: one
  token in capitals (:data:`ACRONYM`) that names no known actor either;
- a noun of an armed group of the language's lexicon (``introduced_group_nouns``: "rebel
  group", "militia", "rebels", "mouvement rebelle", "putschistes") describes it: in the
  apposition after the parentheses, before any word but a determiner or an adjective ("(UFR),
  un mouvement rebelle tchadien", "(UFR), a Chadian rebel group", "(UFR) rebels"), or as the
  noun whose of-complement the name is ("les rebelles du Mouvement X (MX)", "rebels of the X
  (MX)").

A name the base knows as another armed group is such a name too when the acronym after it is
none of that group's names (:func:`namesake`): "ethnic Albanian rebels of the National Liberation
Army (NLA)" in Macedonia are not Colombia's ELN, "les rebelles du Front de libération nationale
(FLN)" in Burundi not an older namesake. The base's group keeps its own acronym ("the National
Liberation Army (ELN)").

Every unknown name mention of the document spelled as the name or the acronym (and every mention
of the namesake's name) then takes the
group (actor id ``group/introduced/<acronym>``, type ``ArmedGroup``). A name with an acronym and
no such noun ("the Economic Community of Central African States (ECCAS)", a body the base
lacks) stays unknown: an organisation is not a rebel group.

The pass runs on the recognisers' mentions, before coreference
(:meth:`graph.actors.resolve.Resolver.__call__`), so "its spokesman", "le mouvement" find it.

Example
-------
>>> from graph.actors.lexicon import load_lexicon
>>> described_after(", un mouvement rebelle tchadien".split(), ["PUNCT", "DET", "NOUN", "ADJ", "ADJ"], 0,
...                 load_lexicon("fr"))
True
>>> described_after(", which rebels attacked".split(), ["PUNCT", "DET", "NOUN", "VERB"], 0, load_lexicon("en"))
False
"""

from __future__ import annotations

import re

from ..nlp.extensions import token_words

#: An acronym in parentheses: capitals, digits and hyphens, two to eight characters.
ACRONYM = re.compile(r"^[A-Z][A-Z0-9-]{1,7}$")
#: Words of the apposition the group noun may follow besides a determiner of the lexicon ("un
#: mouvement rebelle", "a Chadian rebel group"; not "which" of "(X), which rebels attacked").
_BEFORE_NOUN = frozenset({"ADJ", "NUM", "PROPN"})
#: Tokens after the parentheses looked at for the group noun.
WINDOW = 6


def _longest_noun(words: list[str], i: int, nouns: frozenset[str]) -> int:
    """The number of words of the longest group noun of ``nouns`` starting at ``words[i]`` (0: none)."""
    for k in (3, 2, 1):
        if i + k <= len(words) and " ".join(words[i:i + k]) in nouns:
            return k
    return 0


def described_after(words: list[str], pos: list[str], j: int, lex) -> bool:
    """A group noun of ``lex.introduced_group_nouns`` stands at ``j`` (lower-case ``words``,
    coarse tags ``pos``) or after a comma there, before any word but a determiner or an adjective."""
    if j < len(words) and words[j] == ",":
        j += 1
    for k in range(j, min(j + WINDOW, len(words))):
        if _longest_noun(words, k, lex.introduced_group_nouns):
            return True
        if pos[k] not in _BEFORE_NOUN and words[k] not in lex.determiners:
            return False
    return False


def _described_before(words: list[str], i: int, lex) -> bool:
    """The name starting at ``i`` is the of-complement of a group noun ("les rebelles du X")."""
    j = i - 1
    while j >= 0 and words[j] in lex.determiners and words[j] not in lex.of_words:  # "de l'", not "du"
        j -= 1
    if j < 1 or words[j] not in lex.of_words:
        return False
    j -= 1
    while j >= 0 and words[j] in lex.determiners:
        j -= 1
    return any(" ".join(words[j - k + 1:j + 1]) in lex.introduced_group_nouns for k in (1, 2, 3) if j - k + 1 >= 0)


def _acronym(doc, m, known) -> str | None:
    """The acronym in parentheses right after the mention ``m`` (one token), unless it is known."""
    e = m.token_end
    if e + 2 < len(doc) and doc[e].text == "(" and doc[e + 2].text == ")" and ACRONYM.match(doc[e + 1].text):
        return None if doc[e + 1].text in known else doc[e + 1].text
    return None


def _unknown_name(m) -> bool:
    return m.kind == "name" and not m.code and m.type in (None, "Unknown")


def _is_group_name(m) -> bool:
    return m.kind == "name" and m.type == "ArmedGroup"


def namesake(kb, m, acronym: str) -> bool:
    """Whether the armed group of the base that the name mention ``m`` matched is a namesake of
    the group the text introduces with ``acronym``: the acronym is neither the group's code nor
    one of its names in any language.

    Example
    -------
    >>> from graph.actors.kb import load_kb
    >>> from graph.model import Mention
    >>> m = Mention(0, 24, 0, 3, "National Liberation Army", "group/eln", "ELN", "ArmedGroup", "ELN", kind="name")
    >>> namesake(load_kb(), m, "NLA"), namesake(load_kb(), m, "ELN")
    (True, False)
    """
    if kb is None or m.kind != "name" or m.type != "ArmedGroup" or not m.actor_id:
        return False
    names = {n for spellings in kb.labels(m.actor_id).values() for n in spellings}
    names |= {a.text for a in kb.aliases if a.actor_id == m.actor_id}
    return acronym.replace("-", "_") != m.code and acronym not in names


def introduced_groups(doc, mentions: list, lex, kb=None) -> list:
    """``mentions`` where the unknown names of an armed group the text introduces (see the
    module) take that group; the list itself is returned, its records changed in place. ``kb``
    (the base) lets a namesake of a known group be introduced too."""
    if not lex.introduced_group_nouns:
        return mentions
    known = {m.text for m in mentions if m.code}
    columns = token_words(doc)
    words, pos = [w[2] for w in columns], [w[0] for w in columns]
    groups: dict[str, dict] = {}
    for m in mentions:
        acronym = _acronym(doc, m, known) if _unknown_name(m) or _is_group_name(m) else None
        if acronym and not _unknown_name(m) and not namesake(kb, m, acronym):
            continue
        if acronym and (described_after(words, pos, m.token_end + 3, lex) or _described_before(words, m.token_start, lex)):
            fields = {"actor_id": f"group/introduced/{acronym.lower()}", "label": m.text, "type": "ArmedGroup",
                      "code": acronym.upper().replace("-", "_"), "sector": None, "pending": None}
            m.assign(fields)
            if m.token_end - m.token_start > 1:  # (a one-word piece of a name NER cut, "Front", is not the name)
                groups.setdefault(m.text.lower(), fields)
            groups.setdefault(acronym.lower(), fields)
    if groups:
        for m in mentions:
            if (_unknown_name(m) or _is_group_name(m)) and m.text.lower() in groups:
                m.assign(groups[m.text.lower()])
    return mentions
