"""Calls for calm addressed to no one: "X called for calm", "X urged restraint", "X a appelé au
dialogue" are, in a document whose conflict frame has two sides, X's appeal to each side (a call
to cease fire addressed to both sides alike; ``GUIDELINES.md``).

An appeal cue of the sentence-level lexicon whose sentence-level reading gave no appeal or demand,
with a topic of calm in its own phrase (``appeal_topics`` of ``document.json``: calm, restraint,
dialogue, ceasefire, ...), a named caller (the verb's subject, the noun's owner) who is not a
side, two sides both named before, and no other actor named in the sentence (the addressee could
be someone else): one ``appeal`` event per side. A call naming its own conflict ("called for a
ceasefire in the conflict between A and B", "un cessez-le-feu entre A et B") is addressed to that
conflict's two parties, with or without a frame. A question, a negation or a hypothesis makes none.

Example
-------
>>> from graph.document.lexicon import load_document_lexicon
>>> "restraint" in load_document_lexicon("en").appeal_topics
True
"""

from __future__ import annotations

from ..actors.deps import SUBJECT_DEPS
from ..model import Reference
from .brokers import FRAME_CONFIDENCE, frame_event, mediation_agents, others_named, unread_cues
from .conflict import between_pairs

#: Relations whose sentence-level reading at a cue means the call already has its addressee
#: ("invited A and B to talks" mediates for both: no call for calm to them).
ADDRESSED = frozenset({"appeal", "demand", "mediate"})


def _topic(t, lex) -> bool:
    """A calm topic in the cue's own phrase (its subjects left out): "called for calm"."""
    subjects = {x.i for c in t.children if c.dep_ in SUBJECT_DEPS for x in c.subtree}
    return any(x.lemma_.lower() in lex.appeal_topics or x.lower_ in lex.appeal_topics
               for x in t.subtree if x.i not in subjects and x.i != t.i)


def frame_appeals(res, filters, events: list[dict]) -> tuple[list[dict], list[Reference]]:
    """Appeals for calm with no addressee: from the caller to each of the frame's two sides
    (see the module docstring). Returns the events and one reference per call."""
    first = {e.code: e.first_sentence for e in res.model.entities}
    pairs = between_pairs(res.doc, res.mentions, res.lex)
    out, refs = [], []
    for t in unread_cues(res, filters, events, "appeal", ADDRESSED):
        here = res.sents.of_token(t.i)
        if not _topic(t, res.lex):
            continue
        inside = {x.i for x in t.subtree}  # "called for a truce in the conflict between A and B"
        own = {pair for pair, _, i in pairs if i in inside}
        sides = next(iter(own)) if len(own) == 1 else tuple(res.model.sides) if not own else ()
        if len(sides) != 2 or any(first.get(c, 10 ** 9) > here for c in sides):
            continue
        callers = [a for a in mediation_agents(res, t) if a["code"] not in sides]
        if not callers:
            continue
        if others_named(res, t, {a["code"] for a in callers} | set(sides)):
            continue  # another actor in the sentence: the call may be addressed to it
        out.extend(frame_event(res, t, a, "appeal", res._fields(s), FRAME_CONFIDENCE) for a in callers for s in sides)
        refs.append(Reference(text=t.text, start=t.idx, end=t.idx + len(t.text), kind="event", antecedents=sides,
                              why="call for calm: " + ("the conflict it names" if own else "frame sides")))
    return out, refs
