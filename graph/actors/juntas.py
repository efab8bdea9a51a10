"""A bare "the junta", "the military council", "la junte" is the state it rules (GUIDELINES §2:
a state's government and army take its code).

A text names the state once ("Mali's ruling military council", "the coup in Mali") and goes on
with "the junta". A definite junta noun of the language's lexicon (``junta_nouns``: "junta",
"military council", "junte", "conseil militaire") that no mention covers becomes a ``nominal``
mention of a state, read in this order:

1. the state named right after it by "of"/"in" ("the junta in Mali", "la junte du Niger");
2. else the state of the last junta mention composed with a state before it in the document
   ("Mali's ruling military council ... the junta"); a bare definite head of a junta noun of
   several words ("the council", "le conseil") is read by this rule only, when no other known
   actor holding that noun ("the Security Council") is named in between;
3. else the one state named in its sentence before it or in the :data:`WINDOW` sentences
   before, leaving out the subject of its own verb ("France urged the junta to ..." is never
   France) and states named only inside a person's title; two states or none: no mention.

The pass runs on the recognisers' mentions, before coreference
(:meth:`graph.actors.resolve.Resolver.__call__`): the states it reads are those named (not
pronouns), and pronouns, appositions ("X, a member of the military council") and titles after
it find the junta.

Example
-------
>>> from graph.actors.lexicon import load_lexicon
>>> junta_at(["the", "military", "council", "met"], 1, load_lexicon("en"))
3
>>> junta_at(["a", "junta"], 1, load_lexicon("en")) is None  # no definite determiner before
True
>>> junta_at(["a", "junta", "spokesman", "said"], 1, load_lexicon("en"))  # but a title after
3
"""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache

from ..nlp.extensions import lower_words
from .compose import actor_fields
from .deps import is_subject
from .records import ActorMention

#: Sentences before the junta's own in which rule 3 looks for the state.
WINDOW = 2


def junta_at(words: list[str], i: int, lex) -> int | None:
    """The end of the longest junta noun starting at ``i`` after a definite determiner
    (lower-cased ``words``), or ``None``; with any determiner or none, a junta noun modifying a
    one-word title ("a junta spokesman", "junta leader X") ends after the title."""
    if words[i] not in _beginnings(lex.junta_nouns):
        return None  # (no junta noun begins with the word)
    longest = max((len(n.split()) for n in lex.junta_nouns), default=0)
    for k in range(min(longest, len(words) - i), 0, -1):
        if " ".join(words[i:i + k]) in lex.junta_nouns:
            if not lex.adjective_after_noun and i + k < len(words) and words[i + k] in lex.titles:
                return i + k + 1
            return i + k if i > 0 and words[i - 1] in lex.definite_determiners else None
    return None


@lru_cache(maxsize=8)
def _beginnings(nouns: frozenset[str]) -> frozenset[str]:
    """The words, or runs of words, a noun of ``nouns`` is or begins with ("military",
    "military council" of "military council")."""
    return frozenset(n[:j] for n in nouns for j in range(len(n) + 1) if j == len(n) or n[j] == " ")


def junta_heads(lex) -> frozenset[str]:
    """The head nouns of the junta nouns of several words ("council" of "military council",
    "conseil" of "conseil militaire": the first word where adjectives follow their noun)."""
    return frozenset(n.split()[0 if lex.adjective_after_noun else -1] for n in lex.junta_nouns if " " in n)


def _head_only(doc, words: list[str], i: int, lex) -> bool:
    """``doc[i]`` is a bare definite junta head with no complement ("the council said")."""
    return i > 0 and words[i - 1] in lex.definite_determiners and words[i] in junta_heads(lex) \
        and not (i + 1 < len(doc) and (words[i + 1] in lex.of_words or doc[i + 1].is_title))


def _ruled_state(doc, kb, lex, mentions: list, s: int, e: int, starts: list[int], head: bool = False) -> str | None:
    """The code of the state the junta noun ``doc[s:e]`` stands for (rules of the module; a bare
    head noun, ``head``: rule 2 only, with no other mention of that noun in between)."""
    j = e
    if j < len(doc) - 1 and doc[j].lower_ in lex.of_words | lex.place_prepositions:
        k = j + 1 + (doc[j + 1].lower_ in lex.determiners)
        after = next((m for m in mentions if m.token_start == k and kb.code_type(m.code) == "State"), None)
        if after is not None:
            return after.code
    before = [m for m in mentions
              if m.token_end <= s and m.code and m.pending is None and kb.code_type(m.code) == "State"]
    composed = [m for m in before if m.kind != "place" and any(
        n in m.text.lower() for n in lex.junta_nouns)]
    if head:
        noun = doc[s].lower_
        last = composed[-1].token_end if composed else len(doc)
        other = any(last <= m.token_start < s and m.code and noun in m.text.lower() for m in mentions)
        return composed[-1].code if composed and not other else None  # "the Security Council" in between
    if composed:
        return composed[-1].code
    verb = doc[s:e].root.head
    here = bisect_right(starts, s) - 1
    codes = set()
    for m in before:
        if bisect_right(starts, m.token_start) - 1 < here - WINDOW or m.type == "Person" or m.kind == "title":
            continue
        root = doc[m.token_start:m.token_end].root
        if root.head == verb and is_subject(root):
            continue  # "France urged the junta": not France
        codes.add(m.code)
    return codes.pop() if len(codes) == 1 else None


def bare_juntas(doc, mentions: list, kb, lex, date: str | None, lang: str) -> list:
    """``mentions`` with a ``nominal`` mention of the ruled state for each bare definite junta
    noun (see the module)."""
    if not lex.junta_nouns:
        return mentions
    words = lower_words(doc)
    mentions = [m for m in mentions if m.code or m.text.lower() not in lex.junta_nouns]  # "Junta leader X"
    covered = {i for m in mentions for i in range(m.token_start, m.token_end)}
    starts = [x.start for x in doc.sents] if doc.has_annotation("SENT_START") else [0]
    found = []
    i = 0
    while i < len(doc):
        e = junta_at(words, i, lex) if i not in covered else None
        code = _ruled_state(doc, kb, lex, mentions, i, e, starts) if e and not covered & set(range(i, e)) else None
        if not code and i not in covered and _head_only(doc, words, i, lex):  # "the council" of a junta named
            e = i + 1
            code = _ruled_state(doc, kb, lex, mentions, i, e, starts, head=True)
        if code:
            s = i - 1 if i and words[i - 1] in lex.definite_determiners else i  # with "the", as "the army" is
            fields = actor_fields(kb, kb.actor_for_code(code), date, lang)
            sector = lex.sector_nouns.get(words[e - 1]) or lex.sector_nouns.get(" ".join(words[i:e]))
            found.append(ActorMention(start=doc[s].idx, end=doc[e - 1].idx + len(doc[e - 1]), token_start=s,
                                      token_end=e, text=doc[s:e].text, kind="nominal",
                                      **dict(fields, sector=sector or fields.get("sector"))))
        i = e if code else i + 1
    if not found:
        return mentions
    return sorted(mentions + found, key=lambda m: (m.token_start, m.token_end))
