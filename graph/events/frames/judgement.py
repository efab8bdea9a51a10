"""Frames of what a speaker says about an action: ``predicate`` ("deemed the offensive
illegal", "an unjustifiable attack by X", "called X an aggressor") and ``prospect`` ("raised
the possibility of leaving X": a threat).

Example
-------
>>> from graph.events.frames.registry import HANDLERS
>>> HANDLERS["predicate"].__name__
'predicate'
"""

from __future__ import annotations

from ...actors.deps import ACTIVE_VOICE_SUBJECT_DEPS, AMOD_DEPS, VERB_OBJECT_DEPS, roles
from ..context import CueContext, FrameReading, Triple
from .registry import frame
from .request import speaker


@frame("predicate")
def predicate(ctx: CueContext) -> FrameReading:
    """The speaker judges the actor of the thing judged: "the illegal offensive by X" (said by the
    clause's subject), "deemed X illegal", "called X a provocation", "X is illegal" (said by the
    reporting speaker)."""
    t, A = ctx.token, ctx.args
    if t.dep_ in AMOD_DEPS:  # "the illegal offensive by X": X; said by the clause's subject
        n = t.head
        tgt = A.noun_source(n) or A.np(n)
        v = n.head
        while v.pos_ not in ("VERB", "AUX") and v.head != v:
            v = v.head
        src = A.subjects(v) if v.pos_ in ("VERB", "AUX") else []
    else:
        src, tgt = _judged(ctx)
    return FrameReading([Triple(s, x, ctx.cue.relation) for s in src for x in tgt])


def _judged(ctx: CueContext) -> tuple[list, list]:
    """"deemed X illegal", "called X unacceptable", "called X a provocation": the subject of the
    verb judges X (or the by-phrase of what X is)."""
    t, A, g = ctx.token, ctx.args, ctx.g
    copulas = g["copulas"]
    v = t.head if t.head != t else t
    named = _named_object(t, g)
    if named is not None:  # "a qualifié l'invasion d'illégale": the verb of the object judged
        v = named.head
    if t.pos_ == "NOUN":  # a noun names a stance only as what someone calls X
        if v.pos_ == "ADP" and v.head != v:  # "described X as an aggressor", "traité X d'agresseur"
            v = v.head
        if t.dep_ in ACTIVE_VOICE_SUBJECT_DEPS or v.lemma_.lower() not in g.get("naming_verbs", frozenset()) | copulas:
            return [], []
    src = A.subjects(v)
    objs = [c for c in v.children if c.dep_ in VERB_OBJECT_DEPS or c.dep_ in ACTIVE_VOICE_SUBJECT_DEPS]
    tgt: list = []
    objs.append(None)
    for c in objs:
        if c is None:  # "called the annexation by X illegal" (by-phrase on the verb)
            tgt = A.prep_actors(v, g["agent_preps"])
            break
        if c.dep_ in ACTIVE_VOICE_SUBJECT_DEPS and v.lemma_.lower() not in copulas:
            continue
        tgt = A.noun_source(c) or A.np(c)
        if tgt:
            break
    if v.lemma_.lower() in copulas:  # "X is illegal", said by whom?
        src = speaker(ctx, v) or []
    return src, tgt


def _named_object(t, g):
    """The object of a naming verb whose genitive complement ``t`` is: French "qualifier X de Y"
    parsed with "d'illégale" on X or on X's last word ("a qualifié l'offensive soudanaise
    d'inadmissible", "l'attaque des rebelles de provocation"); else ``None``."""
    if not any(c.dep_ in roles("case_marker") and c.lower_ in g["noun_of_preps"] for c in t.children):
        return None
    for n in list(t.ancestors)[:3]:
        if n.dep_ in VERB_OBJECT_DEPS and n.i < t.i and n.head.lemma_.lower() in g.get("naming_verbs", ()):
            return n
    return None


@frame("prospect")
def prospect(ctx: CueContext) -> FrameReading:
    """"raised the possibility of his country withdrawing from X", "a évoqué la perspective de
    quitter X": raising the prospect of leaving or cutting (``exit_words``) is a threat to X."""
    t, A, g = ctx.token, ctx.args, ctx.g
    inside = [x for c in t.children if c.dep_ not in roles("adjectival_modifier", "determiner", "possessive")
              for x in c.subtree]
    exits = [x for x in inside if x.lemma_.lower() in g["exit_words"]]
    if not exits:
        return FrameReading([])
    src = A.noun_source(t)
    codes = {m["code"] for m in src}
    x = exits[0]
    tgt = [m for m in A.objects(x) + A.prep_actors(x, g["verb_target_preps"] | g["noun_source_preps"])
           if m["code"] not in codes]
    return FrameReading([Triple(s, y, ctx.cue.relation) for s in src for y in tgt])
