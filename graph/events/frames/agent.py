"""The ``agent_noun`` frame: a noun that names who takes a stance toward the noun's owner, read as
what the actor it describes does ("Lithuania, one of Ukraine's staunchest supporters": Lithuania
supports Ukraine; "Poland is a fierce critic of Russia"; "la Pologne, détracteur de la Russie").

The owner (a possessor, a demonym, an "of"/"de" complement) is the target; the source is the
actor the noun describes: the head of its apposition, or the subject of its copula. "one of
Y's supporters" / "l'un des partisans de Y" reads through "one". A noun that describes no actor
("the supporters of Y marched") is not read here (``None``: the word's next frame).

Example
-------
>>> from graph.events.frames.registry import HANDLERS
>>> HANDLERS["agent_noun"].__name__
'agent'
"""

from __future__ import annotations

from ...actors.deps import ACTIVE_VOICE_SUBJECT_DEPS, APPOS_DEPS, ATTRIBUTE_DEPS, PREP_OBJECT_DEPS, RELCL_DEPS, role
from ..context import CueContext, FrameReading, Triple
from ..phrases import OWNER_DEPS
from .registry import frame


@frame("agent_noun")
def agent(ctx: CueContext) -> FrameReading | None:
    """Who the noun describes does the cue's relation toward the noun's owner."""
    t, A, g = ctx.token, ctx.args, ctx.g
    tgt = [m for c in t.children if c.dep_ in OWNER_DEPS for m in A.np(c)] \
        or A.prep_actors(t, g["noun_of_preps"])
    src = _described(ctx, t)
    if not tgt or not src:
        return None
    return FrameReading([Triple(s, x, ctx.cue.relation) for s in src for x in tgt])


def _described(ctx: CueContext, n) -> list[dict]:
    """The actor the noun ``n`` describes: the head of its apposition ("Lithuania, a supporter of
    X"), the subject of its copula ("Lithuania is a supporter of X", French "est un partisan"),
    through "one of" ("one of X's supporters", a number or pronoun heading the "of" phrase)."""
    A = ctx.args
    h = n
    if n.dep_ in PREP_OBJECT_DEPS and n.head.head.pos_ in ("NUM", "PRON"):  # "one of X's supporters"
        h = n.head.head
    elif any(c.dep_ in role("case_marker") for c in n.children) and n.head.pos_ in ("NUM", "PRON"):
        h = n.head  # French: "l'un des partisans de X" (the case marker on the noun)
    if h.dep_ in APPOS_DEPS and h.head != h:
        return A.np(h.head, conj=False)
    if h.dep_ in ATTRIBUTE_DEPS and h.head != h:  # English: the copula heads its attribute
        return A.subjects(h.head)
    if any(c.dep_ in role("copula") for c in h.children):  # UD: the attribute heads its copula
        return [m for c in h.children if c.dep_ in ACTIVE_VOICE_SUBJECT_DEPS for m in A.np(c)]
    return []


@frame("members")
def members(ctx: CueContext) -> FrameReading | None:
    """The members a coalition is said to include ally with it: "the Saudi-led coalition, which
    includes A and B" (A and B cooperate with the coalition's leader), "the coalition comprises
    A, B and C"; "the delegation includes A" or "the talks include A" (not a coalition noun,
    ``member_group_nouns``) is not read here."""
    t, A = ctx.token, ctx.args
    nouns = ctx.g.get("member_group_nouns", ())
    heads = [c for c in t.children if c.dep_ in ACTIVE_VOICE_SUBJECT_DEPS]
    heads += [t.head] if t.dep_ in RELCL_DEPS else []  # "the coalition that includes A"
    if not any(h.lemma_.lower() in nouns for h in heads):
        return None
    src, tgt = A.subjects(t), A.objects(t)
    triples = [Triple(s, x, ctx.cue.relation) for s in src for x in tgt if s["code"] != x["code"]]
    return FrameReading(triples) if triples else None
