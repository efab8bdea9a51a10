"""Coalitions led by a named actor: "the Saudi-led coalition", "the coalition led by France",
"la coalition menée par l'Arabie saoudite" (and "the Saudi coalition", composed as a sector
noun by :mod:`graph.actors.known`) act for their leader (GUIDELINES §2: an actor rolls
up to whom it acts for), and a later bare "the coalition" / "la coalition" is that coalition.

Forces led by a named actor ("Saudi-led forces", "les troupes dirigées par la France") act
for it the same way, but a later bare "the forces" is not them (it may be anyone's).

The words come from the language's actor lexicon: ``coalition_nouns`` ("coalition",
"alliance"), ``led_force_nouns`` ("forces", "troops") and ``leading_words`` (the participles
that name the leader: "led", "menée").
The pass runs on resolved mentions (:meth:`graph.actors.resolve.Resolver.__call__`): the
leader's mention grows over the coalition's phrase, and each later definite coalition noun no
mention covers becomes a ``nominal`` mention of the same leader.

Example
-------
>>> import spacy
>>> from graph.actors.lexicon import load_lexicon
>>> from graph.actors.records import ActorMention
>>> doc = spacy.blank("en")("The Saudi - led coalition struck . Iran condemned the coalition .")
>>> lead = ActorMention(4, 9, 1, 2, "Saudi", actor_id="SAU", label="Saudi Arabia", type="State",
...                     code="SAU", kind="alias")
>>> [(m.text, m.code) for m in led_coalitions(doc, [lead], load_lexicon("en"))]
[('The Saudi - led coalition', 'SAU'), ('the coalition', 'SAU')]
"""

from __future__ import annotations

from dataclasses import replace

from .compose import COMPOUND_DASHES
from .records import ActorMention


def _english_phrase(doc, m, lex) -> int | None:
    """End of "X-led coalition" / "X led coalition" after the leader's mention ``m``, or None."""
    j = m.token_end
    if j < len(doc) and doc[j].text in COMPOUND_DASHES:
        j += 1
    if j >= len(doc) or doc[j].lower_ not in lex.leading_words:
        return None
    for k in range(j + 1, min(j + 4, len(doc))):  # "the US-led international coalition"
        if doc[k].lower_ in lex.coalition_nouns or doc[k].lower_ in lex.led_force_nouns:
            return k + 1
        if doc[k].pos_ not in ("ADJ", "PROPN") and not doc[k].text[:1].isupper():
            return None
    return None


def _by_phrase(doc, m, lex) -> int | None:
    """Start of "coalition led by X" / "la coalition menée par X" before the leader's mention
    ``m`` (coalition noun, leading participle, agent preposition, determiner), or None."""
    k = m.token_start
    if k > 0 and doc[k - 1].lower_ in lex.determiners:
        k -= 1
    if k < 3 or doc[k - 1].lower_ not in lex.agent_prepositions or doc[k - 2].lower_ not in lex.leading_words:
        return None
    noun = k - 3
    if doc[noun].lower_ not in lex.coalition_nouns and doc[noun].lower_ not in lex.led_force_nouns:
        return None
    return noun - 1 if noun > 0 and doc[noun - 1].lower_ in lex.determiners else noun


def _span(doc, s: int, e: int) -> dict:
    return {"start": doc[s].idx, "end": doc[e - 1].idx + len(doc[e - 1].text), "token_start": s,
            "token_end": e, "text": doc[s:e].text}


def led_coalitions(doc, mentions: list, lex) -> list:
    """``mentions`` with each coalition led by a named actor standing for its leader, and the
    later bare definite coalition nouns ("the coalition") standing for the last such coalition.
    A language without ``coalition_nouns`` or ``leading_words`` changes nothing."""
    if not lex.coalition_nouns or not lex.leading_words:
        return mentions
    out, led = [], []  # led: (end token of the coalition phrase, its mention)
    for m in mentions:
        if m.code and m.kind != "place":
            end = _english_phrase(doc, m, lex)
            start = _by_phrase(doc, m, lex) if end is None else None
            if end is not None:
                s = m.token_start - (m.token_start > 0 and doc[m.token_start - 1].lower_ in lex.determiners)
                m = replace(m, **_span(doc, s, end), label=f"{m.label}-led {doc[end - 1].lower_}", kind="nominal")
            elif start is not None:
                m = replace(m, **_span(doc, start, m.token_end), kind="nominal")
            head = end - 1 if end is not None else m.token_start + (doc[m.token_start].lower_ in lex.determiners) \
                if start is not None else m.token_end - 1  # (or "the Saudi coalition", composed with its leader)
            if doc[head].lower_ in lex.coalition_nouns:
                led.append(m)  # a later bare "the coalition" is this one; "the forces" are nobody's
        out.append(m)
    if not led:
        return out
    covered = {i for m in out for i in range(m.token_start, m.token_end)}
    first = min(m.token_end for m in led)
    for i in range(first, len(doc) - 1):
        det, noun = doc[i], doc[i + 1]
        if det.lower_ not in lex.definite_determiners or noun.lower_ not in lex.coalition_nouns \
                or i in covered or i + 1 in covered:
            continue
        if i + 2 < len(doc) and doc[i + 2].lower_ in lex.leading_words:
            continue  # "the coalition led by ...": named there
        before = [m for m in led if m.token_end <= i]
        if before:
            lead = before[-1]
            out.append(ActorMention(**_span(doc, i, i + 2), **lead.referent(), kind="nominal"))
    out.sort(key=lambda m: (m.token_start, m.token_end))
    return out
