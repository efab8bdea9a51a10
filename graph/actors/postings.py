"""A diplomat's posting is part of the title, not an actor of the sentence: "Russia's
ambassador to the UN", "France's envoy to the EU", "le représentant de la Chine auprès de
l'ONU" are the sending state (GUIDELINES §2: diplomats roll up to the state they speak for),
and the organisation or state they are posted to is no source or target of what they say.

The same holds before the title, where the organisation is a modifier of the representative
noun and the sending state its possessive owner: "Russia's UN ambassador", "Israel's U.N.
envoy" (:func:`owned_postings`; the organisation's own envoy, "the UN envoy", stays the
organisation).

The words come from the language's actor lexicon: ``representation_nouns`` (ambassador,
envoy, représentant...) and ``title_complements`` (the prepositions of a posting: "to", "at",
"auprès", "à"), with ``of_words`` after a preposition ("auprès de") and ``determiners``.
A posting to a state stays a mention of its own (the events stage may need it: "recalled its
ambassador to the Netherlands"). The pass runs on resolved mentions (:meth:`graph.actors.resolve.Resolver.__call__`): the
representative's mention grows over the posting and the posting's own mention is dropped.

Example
-------
>>> import spacy
>>> from graph.actors.lexicon import load_lexicon
>>> from graph.actors.records import ActorMention
>>> doc = spacy.blank("en")("Russia 's ambassador to the UN spoke .")
>>> rep = ActorMention(0, 19, 0, 3, "Russia 's ambassador", actor_id="RUS", code="RUS", kind="title")
>>> un = ActorMention(27, 29, 5, 6, "UN", actor_id="org/un", code="UN", kind="name")
>>> from graph.actors.kb import load_kb
>>> [(m.text, m.code) for m in postings(doc, [rep, un], load_lexicon("en"), load_kb())]
[("Russia 's ambassador to the UN", 'RUS')]
"""

from __future__ import annotations

from dataclasses import replace


def _posting_start(doc, m, lex) -> int | None:
    """First token of the posting's name after the representative's mention ``m`` ("to the
    *UN*", "auprès de l'*ONU*"), or ``None`` when ``m`` names no representative or no
    posting preposition follows it."""
    words = [t.lower_ for t in doc[m.token_start:m.token_end]]
    if not any(" ".join(words[i:j]) in lex.representation_nouns
               for i in range(len(words)) for j in range(i + 1, min(i + 4, len(words)) + 1)):
        return None
    j = m.token_end
    if j >= len(doc) or doc[j].lower_ not in lex.title_complements:
        return None
    j += 1
    if j < len(doc) and doc[j].lower_ in lex.of_words:  # "auprès de"
        j += 1
    while j < len(doc) and doc[j].lower_ in lex.determiners:
        j += 1
    return j


def _organisation(kb, m) -> bool:
    """Whether ``m`` stands for an organisation (a posting to a state stays an actor: "Turkey
    recalled its ambassador to the Netherlands" is about the Netherlands)."""
    actor = kb.get(kb.actor_for_code(m.code) or "") or kb.get(m.actor_id or "")
    return actor is not None and actor.type != "State"


def _representative(doc, m, lex) -> bool:
    """Whether the mention ``m`` ends in a representation noun after some other word ("UN
    *ambassador*", "U.N. *permanent representative*")."""
    words = [t.lower_ for t in doc[m.token_start:m.token_end]]
    return any(" ".join(words[i:]) in lex.representation_nouns for i in range(1, len(words)))


def owned_postings(doc, mentions: list, lex, kb) -> list:
    """``mentions`` with an organisation's representative owned by a state ("Russia's UN
    ambassador", "the EU's UN envoy") made one mention of the owner; the rest unchanged."""
    out: list = []
    for m in mentions:
        prev = out[-1] if out else None
        if (prev is not None and prev.code and prev.kind != "place"
                and prev.token_end + 1 == m.token_start and doc[prev.token_end].lower_ in lex.possessive_markers
                and m.code and m.code != prev.code and _organisation(kb, m) and _representative(doc, m, lex)):
            out[-1] = replace(prev, token_end=m.token_end, end=m.end, kind=m.kind,
                              text=doc[prev.token_start:m.token_end].text)
            continue
        out.append(m)
    return out


def postings(doc, mentions: list, lex, kb) -> list:
    """``mentions`` with each representative's mention grown over its posting to an
    organisation ("Russia's ambassador to the UN") and the posting's mention dropped; the
    rest unchanged."""
    if not lex.representation_nouns:
        return mentions
    mentions = owned_postings(doc, mentions, lex, kb)
    by_start: dict[int, list] = {}
    for m in mentions:
        by_start.setdefault(m.token_start, []).append(m)
    dropped: set[int] = set()
    out = []
    for m in mentions:
        if id(m) in dropped:
            continue
        start = _posting_start(doc, m, lex) if m.code and m.kind != "place" else None
        posted = by_start.get(start, []) if start is not None else []
        if posted and all(p.code != m.code and _organisation(kb, p) for p in posted):
            end = max(p.token_end for p in posted)
            dropped.update(id(p) for p in posted)
            last = doc[end - 1]
            m = replace(m, token_end=end, end=last.idx + len(last.text), text=doc[m.token_start:end].text)
        out.append(m)
    return out
