"""A person speaking "on behalf of" an actor acts for it in that sentence: "Sarkozy, speaking on
behalf of the EU, urged ...", "Au nom des Vingt-Sept, Emmanuel Macron a appelé ..." (GUIDELINES
§2: people roll up to whom they act for, in the role they act in).

The phrases come from the language's actor lexicon (``behalf_phrases``: "on behalf of", "in
the name of", "au nom de", "au nom des"). :func:`acting_on_behalf` runs on resolved mentions
(:meth:`graph.actors.resolve.Resolver.__call__`). For each such phrase right before a mention
of an office holder (a state, an organisation, a group; determiners may come between), the
person acting is found through the parse from the phrase's first word up: a person mention
covering a word above it ("Sarkozy, speaking on behalf of ...": the participle hangs on the
name), else the subject of a verb above it ("Speaking on behalf of the AU, Ramaphosa urged",
"Ramaphosa urged the parties, on behalf of the AU, to ..."). That mention, and no other mention
of the person, takes the actor's code: he acts for it in that sentence only.

Example
-------
"Speaking on behalf of the African Union, Cyril Ramaphosa urged both sides to talk." ->
"Cyril Ramaphosa" has the code ``AU``; "Cyril Ramaphosa met the AU envoy." keeps ``ZAF``.

>>> from graph.actors.lexicon import load_lexicon
>>> "on behalf of" in load_lexicon("en").behalf_phrases, "au nom des" in load_lexicon("fr").behalf_phrases
(True, True)
"""

from __future__ import annotations

from .deps import SUBJECT_DEPS

#: Types of the actors a person may act on behalf of (not people, outlets or places).
BEHALF_TYPES = frozenset({"State", "GovernmentBody", "InternationalOrganisation", "ArmedGroup", "DeFactoAuthority"})
#: The longest phrase, in words ("in the name of").
LONGEST = 4


def _phrase_start(doc, k: int, lex) -> int | None:
    """The first token of a behalf phrase ending right before token ``k``, else ``None``."""
    for n in range(LONGEST, 1, -1):
        if k - n >= 0 and " ".join(t.lower_ for t in doc[k - n:k]) in lex.behalf_phrases:
            return k - n
    return None


def _acting_person(doc, start: int, end: int, persons: dict) -> object | None:
    """The person mention acting in the clause of the phrase ``doc[start:end]`` (see the
    module): a person covering a word above it, else the subject of the first verb above it
    that has one; ``None`` past another noun ("the statement issued on behalf of the EU") or a
    verb whose subject is no person."""
    for head in doc[start].ancestors:
        if start <= head.i < end:  # "au [nom] de": the phrase's own head
            continue
        if head.i in persons:
            return persons[head.i]
        if head.pos_ in ("NOUN", "PROPN", "PRON"):
            return None
        subjects = [c for c in head.children if c.dep_ in SUBJECT_DEPS]
        if subjects:
            return next((persons[c.i] for c in subjects if c.i in persons), None)
    return None


def acting_on_behalf(doc, mentions: list, lex) -> list:
    """The mentions with each person speaking on behalf of an actor given the actor's code and
    sector (see the module); the list is changed in place and returned."""
    if not lex.behalf_phrases:
        return mentions
    persons = {i: m for m in mentions if m.type == "Person" for i in range(m.token_start, m.token_end)}
    for m in mentions:
        if not m.code or m.type not in BEHALF_TYPES or m.kind == "pronoun":
            continue
        k, start = m.token_start, _phrase_start(doc, m.token_start, lex)
        while start is None and k > 0 and doc[k - 1].lower_ in lex.determiners:  # ("au nom des": "des" ends it)
            k -= 1
            start = _phrase_start(doc, k, lex)
        person = None if start is None else _acting_person(doc, start, m.token_start, persons)
        if person is not None and person.code != m.code:
            person.assign({"code": m.code, "sector": m.sector})
    return mentions
