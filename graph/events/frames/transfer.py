"""Frames of things given and withheld: ``transfer`` ("sent weapons to X": aid, but not "sent a
letter to X") and ``cut`` ("halted its aid to X", "suspended flights to Y": a sanction).

Example
-------
>>> from graph.events.frames.registry import HANDLERS
>>> HANDLERS["cut"].__name__
'cut'
"""

from __future__ import annotations

from ...actors.deps import (ACTIVE_VOICE_SUBJECT_DEPS, COMPOUND_DEPS, NOUN_MODIFIER_DEPS, PARTICIPLE_DEPS, PASSIVE_VOICE_SUBJECT_DEPS,
                            VERB_OBJECT_DEPS, XCOMP_DEPS, roles)
from ..clauses import PURPOSE_DEPS, purpose_verbs
from ..context import CueContext, FrameReading, Triple
from ..place_targets import place_target
from ..linking import co_agents
from .ordinary import ordinary
from .registry import frame

#: Dependencies under a transferred thing that may name it ("heavy weapons", "arms and ammunition").
THING_DEPS = NOUN_MODIFIER_DEPS | roles("number_modifier", "preposition", "prep_object", "conjunct")


@frame("transfer")
def transfer(ctx: CueContext) -> FrameReading | None:
    """A transfer is aid only when what is sent is a ``transfer_objects`` word (weapons, troops,
    money...); then the ordinary reading gives who sends it to whom, unless they go to
    investigate (``inquiry_verbs``: no aid, and no other reading). ``None`` otherwise, so the
    word's other rows are tried ("sent an envoy to X": the ``meet`` sense of "send")."""
    t, g = ctx.token, ctx.g
    if t.lemma_.lower() in g.get("arrival_verbs", ()):
        return _arrival(ctx)
    things = [c for c in t.children if c.dep_ in VERB_OBJECT_DEPS or c.dep_ in PASSIVE_VOICE_SUBJECT_DEPS]
    if t.dep_ in PARTICIPLE_DEPS or (t.dep_ in XCOMP_DEPS and not things):
        things.append(t.head)
    near = [x for c in things for x in ([c] if c == t.head else [c, *(
        k for k in c.children if k.dep_ in THING_DEPS)])]
    if not any(x.lemma_.lower() in g["transfer_objects"] for x in near):
        return None
    if purpose_verbs(t, g.get("inquiry_verbs", ())) or _to_boundary(ctx):  # "sent experts to X to
        return FrameReading([])  # investigate", "moved tanks to its border with X": no aid
    reading = ordinary(ctx, target=destination)
    purposes = {x.i for c in t.children if c.dep_ in PURPOSE_DEPS and c.pos_ in ("VERB", "AUX") for x in c.subtree}
    if not purposes:
        return reading
    # "deployed troops to fight X": X is whom the troops fight, not their recipient
    kept = [x for x in reading.triples if x.target["token_start"] not in purposes] if reading else []
    if kept:
        return FrameReading(kept, reading.guessed)
    return _helped(ctx) or (FrameReading([], reading.guessed) if reading else None)


def _to_boundary(ctx: CueContext) -> bool:
    """Whether the things go to a boundary (``boundary_nouns`` after a destination preposition,
    ``place_target_preps_aid``: "sent troops to the border with X", "a envoyé des chars à sa
    frontière avec X"): forces massed there are given to nobody ("sent arms to X across the
    border" still are X's)."""
    bounds, into = ctx.g.get("boundary_nouns", ()), ctx.g["place_target_preps_aid"]
    return any(p in into and n.lemma_.lower() in bounds for p, n in ctx.args.preps(ctx.token))


def _helped(ctx: CueContext) -> FrameReading | None:
    """Whom the things are sent to help ("deployed troops to help X", "sent jets to support X":
    a purpose verb of ``helping_verbs``) receives them; ``None`` when no such verb names an actor."""
    t, A = ctx.token, ctx.args
    helped = [m for v in purpose_verbs(t, ctx.g.get("helping_verbs", ())) for m in A.objects(v)]
    src = A.subjects(t)
    codes = {m["code"] for m in src}
    found = [Triple(s, x, ctx.cue.relation) for s in src for x in helped if x["code"] not in codes]
    return FrameReading(found) if found else None


def _arrival(ctx: CueContext) -> FrameReading | None:
    """Peacekeepers, aid or arms that arrive in a state are delivered to it by whom they belong to
    ("Kenyan peacekeepers arrived in Haiti", "the first shipment of US arms arrived in X"): the
    subject must be an ``arrival_things`` word (troops alone stay no event: an arrival of forces
    may be an invasion); the state is the target through ``arrival_target_preps``."""
    t, A, g = ctx.token, ctx.args, ctx.g
    subj = [c for c in t.children if c.dep_ in ACTIVE_VOICE_SUBJECT_DEPS]
    near = [x for c in subj for x in (c, *(k for k in c.subtree if k.dep_ in THING_DEPS))]
    if not any(x.lemma_.lower() in g["arrival_things"] for x in near):
        return None
    src = A.subjects(t)
    codes = {m["code"] for m in src}
    tgt = [m for m in A.prep_actors(t, g["arrival_target_preps"]) if m["code"] not in codes]
    tgt = tgt or [m for m in place_target(ctx, "arrival") if m["code"] not in codes]
    return FrameReading([Triple(s, x, ctx.cue.relation) for s in src for x in tgt])


def destination(ctx: CueContext, src: list, tgt: list) -> list:
    """A state the things are sent into ("a envoyé des armes en Ukraine", "shipped tanks into
    Ukraine": ``place_target_preps_aid``) receives them, when the parse names no other target."""
    if {m["code"] for m in tgt} - {m["code"] for m in src} or ctx.token.pos_ != "VERB":
        return tgt
    codes = {m["code"] for m in src}
    found = ctx.args.prep_actors(ctx.token, ctx.g["place_target_preps_aid"])
    return [m for m in found if m["code"] not in codes] or tgt


@frame("cut")
def cut(ctx: CueContext) -> FrameReading | None:
    """Cutting, suspending or ending a cooperative thing (``cut_objects``: aid, ties, visits,
    flights, talks...) is a sanction on whom the thing was for; ``None`` when the object is
    something else ("halted the offensive"), so the word's other frames are tried."""
    t, A, g = ctx.token, ctx.args, ctx.g
    hits = _cut_things(ctx)
    if not hits:
        return None
    if t.pos_ == "NOUN":
        src = A.noun_source(t)
    else:
        src = A.prep_actors(t, g["agent_preps"]) if A.is_passive(t) else A.subjects(t)
    src = src + co_agents(ctx, src)  # "A, in addition to B, cut ties with X"
    tgt: list[dict] = []
    for c in hits:
        tgt = A.prep_actors(c, g["noun_target_preps"] - g["noun_of_preps"]) or A.noun_target(c)
        if not tgt:  # "suspended its flights to Y" parsed on the verb
            tgt = A.prep_actors(t, g["noun_target_preps"] - g["noun_of_preps"] - g["between_preps"])
        if tgt:
            break
    rel = ctx.rules.rewrite("cut", ctx.cue.relation)
    if src and not tgt:  # "suspended aid deliveries in Baghdad": a place
        tgt = place_target(ctx, rel)
        for c in hits:
            tgt = tgt or place_target(ctx, rel, c)
    return FrameReading([Triple(s, x, rel) for s in src for x in tgt])


def _cut_things(ctx: CueContext) -> list:
    """The objects of a cutting cue that are cooperative things ("its aid", "mediation efforts")."""
    t, A, g = ctx.token, ctx.args, ctx.g
    if t.pos_ == "NOUN":  # "a suspension of air links with X"
        objs = [n for p, n in A.preps(t) if p in g["noun_of_preps"]]
    else:
        objs = [c for c in t.children if c.dep_ in VERB_OBJECT_DEPS or c.dep_ in PASSIVE_VOICE_SUBJECT_DEPS]
    if t.dep_ in PARTICIPLE_DEPS and t.head.pos_ == "NOUN":  # "the aid suspended by X"
        objs.append(t.head)
    return [c for c in objs if c.lemma_.lower() in g["cut_objects"] or any(
        k.dep_ in COMPOUND_DEPS and k.lemma_.lower() in g["cut_objects"] for k in c.children)]
