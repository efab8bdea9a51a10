"""Places as the targets of acts on them, and the places an expulsion is from.

An attack, an aid or a sanction with no actor target may act on a place the text names after a
``place_target_preps_<relation>`` preposition ("an offensive in X", "troops to Haiti", "shelled
the enclave of X"); the from-place of an expulsion verb is the place left, never a target
("expelled from Mayotte"). Functions of a :class:`graph.events.context.CueContext`, read by the
frames (:mod:`graph.events.frames.ordinary`, :mod:`graph.events.frames.transfer`).

Example
-------
>>> place_target.__name__, expelled_from.__name__
('place_target', 'expelled_from')
"""

from __future__ import annotations

from ..actors.deps import (ACTIVE_VOICE_SUBJECT_DEPS, ADNOMINAL_CLAUSE_DEPS, CASE_DEPS, CONJ_DEPS, PASSIVE_VOICE_SUBJECT_DEPS,
                           VERB_OBJECT_DEPS, PREP_OBJECT_DEPS)
from .context import CueContext


def place_target(ctx: CueContext, rel: str, t=None) -> list[dict]:
    """A place the cue ``t`` (default: the context's cue token) acts on, for the relations with a
    ``place_target_preps_<rel>`` list: "an offensive in X", "troops to Haiti", "shelled the
    enclave of X" (the empty preposition: a place inside the object)."""
    t = ctx.token if t is None else t
    preps = ctx.g.get(f"place_target_preps_{rel}")
    if not preps:
        return []
    h = t.head.head if t.dep_ in PREP_OBJECT_DEPS and t.head.head != t.head else t.head
    heads = [t] + ([h] if h.lemma_.lower() in ctx.g["light_verbs"] and not (  # "arrived on a visit"
        t.pos_ != "NOUN" and h.lemma_.lower() in ctx.g.get("travel_verbs", ())) else [])  # not "flew to X to discuss"
    if t.pos_ == "NOUN":  # "an offensive launched in X", "une intervention menée en X"
        heads += [c for c in t.children if c.dep_ in ADNOMINAL_CLAUSE_DEPS and c.pos_ == "VERB"
                  and not any(x.dep_ in ACTIVE_VOICE_SUBJECT_DEPS for x in c.children)]
    left = expelled_from(ctx, t)
    for h in heads:
        for p, n in ctx.args.preps(h):
            if p in preps and n.i not in left:  # the place may be a modifier: "in Montenegro province"
                inside = {x.i for x in n.subtree if x.i <= n.i}
                ms = [m for m in ctx.places if inside & set(range(m["token_start"], m["token_end"]))]
                if ms:
                    return ms[:1] + _conjunct_places(ctx, n, ms[0])
    if t.pos_ == "VERB" and "" in preps:  # "shelled the enclave of X": a place in the object
        for c in t.children:
            if c.dep_ in VERB_OBJECT_DEPS:
                inside = {x.i for x in c.subtree}
                ms = [m for m in ctx.places if m["token_start"] in inside]
                if ms:
                    return ms[:1]
    return []


def expelled_from(ctx: CueContext, t=None) -> set[int]:
    """Token indices of the from-complements (``expulsion_preps``) of an expulsion verb
    (``expulsion_verbs``: "expelled from Mayotte", "chassés de Gaza"; also an object the French
    parser reads with its "de": "a expulsé de Mayotte des migrants"): the place left, never the
    target of the expulsion; not when its object is an envoy (``expulsion_envoys``: "expelled two
    diplomats from Russia" names whose diplomats)."""
    t, g = ctx.token if t is None else t, ctx.g
    if t.lemma_.lower() not in g.get("expulsion_verbs", ()):
        return set()
    preps, envoys = g.get("expulsion_preps", ()), g.get("expulsion_envoys", ())
    if any(x.lower_ in envoys for c in t.children if c.dep_ in VERB_OBJECT_DEPS | PASSIVE_VOICE_SUBJECT_DEPS
           for x in c.subtree):
        return set()  # "expelled two diplomats from Russia": whose diplomats
    heads = [n for p, n in ctx.args.preps(t) if p in preps]
    heads += [c for c in t.children if c.dep_ in VERB_OBJECT_DEPS
              and any(k.dep_ in CASE_DEPS and k.lower_ in preps for k in c.children)]
    return {x.i for n in heads for x in n.subtree}


def _conjunct_places(ctx: CueContext, n, first: dict) -> list[dict]:
    """The places joined to the place noun ``n`` ("troops to Chad and Niger", "an offensive in
    Syria and Iraq"): each conjunct's place, as the first one is a target of its own."""
    heads = [c for c in n.subtree if c.dep_ in CONJ_DEPS and c.head.i in {n.i, *(x.i for x in n.subtree
                                                                              if x.dep_ in CONJ_DEPS)}]
    found = [m for m in ctx.places if m["code"] != first["code"] and any(
        m["token_start"] <= c.i < m["token_end"] for c in heads)]
    return [m for i, m in enumerate(found) if m["code"] not in {x["code"] for x in found[:i]}]
