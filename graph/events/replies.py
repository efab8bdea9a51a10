"""Replies stated by their manner: "X retaliated against Y by expelling its diplomats".

A reply verb (``reply_verbs`` of the language's ``grammar.json``: retaliate, respond, react,
hit back) whose manner phrase (a ``manner_preps`` word over a gerund or a noun: "by expelling",
"with sanctions") states an act of its own says what the reply was: the act is the event, and the reply verb's own reading (the
CAMEO ``retaliate`` cue's ``attack``) yields to it (:func:`manner_reply`). The act takes the
reply's target when it names none of its own (:func:`replied_target`): "retaliated against Y
by expelling its diplomats" is a sanction of Y, "responded to Y by recalling its ambassador" a
recall from Y. A hostile act with no target of its own answers the act of whom its occasion
names (:func:`answered_target`): "in retaliation for Y's strike, X shelled ...", "X recalled its
ambassador after Y's decision to ...", "X expelled two diplomats after Y closed ...".

Example
-------
>>> from graph.events.replies import manner_reply
>>> manner_reply.__name__
'manner_reply'
"""

from __future__ import annotations

from ..actors.deps import (ACTIVE_SUBJECT_DEPS, AGENT_DEPS, CONJ_DEPS, MARK_DEPS, POSSESSIVE_DEPS, PREP_OBJECT_DEPS,
                           PREPOSITION_DEPS, VERB_OBJECT_DEPS, role)
from .context import CueContext

#: A gerund under a preposition ("by *expelling*").
PREP_COMPLEMENT_DEPS = role("prep_complement")
#: A side clause ("after Y *announced* ...").
ADVCL_DEPS = role("adverbial_clause")


def manner_acts(t, g) -> list:
    """The gerunds or nouns of the manner phrases of the reply verb ``t`` and their conjuncts
    ("by expelling ... and closing ...", "with sanctions and tariffs"); none when ``t`` is no ``reply_verbs`` word."""
    if t.lemma_.lower() not in g.get("reply_verbs", ()):
        return []
    acts = [k for c in t.children if c.dep_ in PREPOSITION_DEPS and c.lower_ in g.get("manner_preps", ())
            for k in c.children if k.dep_ in PREP_COMPLEMENT_DEPS or k.dep_ in PREP_OBJECT_DEPS]
    return acts + [k for a in acts for k in a.children if k.dep_ in CONJ_DEPS]


def manner_reply(ctx: CueContext) -> bool:
    """A reply cue whose manner gerund is a cue itself ("retaliated against Y by expelling its
    diplomats") or has a cue object ("by imposing sanctions on ..."): the gerund states the act,
    not the reply verb."""
    found = ctx.reading.found
    return any(k.i in found or any(c.dep_ in VERB_OBJECT_DEPS and c.i in found for c in k.children)
               for k in manner_acts(ctx.token, ctx.g))


def replied_target(ctx: CueContext, src: list[dict]) -> list[dict]:
    """Whom the reply a manner gerund ``ctx.token`` (or its object noun) states is aimed at: the actors of the reply
    verb's target phrase ("retaliated against Y", "responded to Y"), less the source's own."""
    g = ctx.g
    t = ctx.token.head if ctx.token.pos_ == "NOUN" and ctx.token.dep_ in VERB_OBJECT_DEPS else ctx.token
    for reply in {t.head.head, t.head.head.head}:
        if t in manner_acts(reply, g):
            own = {m["code"] for m in src}
            return [m for m in ctx.args.prep_actors(reply, g["verb_target_preps"]) if m["code"] not in own]
    return []


def answered_target(ctx: CueContext, src: list[dict]) -> list[dict]:
    """Whom a conflictual cue with no target of its own answers: who acts in its occasion, an
    ``occasion_preps`` phrase or side clause of its verb ("after Y's decision", "following Y's
    move", "after Y announced ...") or a ``reply_nouns`` phrase ("in retaliation for Y's strike",
    "in response to Y's expulsion of ..."): the owner or by-agent of the act noun, or the side
    clause's own subject. Cooperative cues ("sent aid after Y's earthquake") are left alone."""
    t, A, g = ctx.token, ctx.args, ctx.g
    if ctx.lex.relation_sign.get(ctx.cue.relation) != "-":
        return []
    v = t.head if t.pos_ == "NOUN" and t.dep_ in VERB_OBJECT_DEPS else t
    acts, subjects = [], []
    for c in v.children:
        objs = [k for k in c.children if k.dep_ in PREP_OBJECT_DEPS] if c.dep_ in PREPOSITION_DEPS else []
        if c.lower_ in g.get("occasion_preps", ()):
            acts += objs  # "after Y's decision", "following Y's move"
        acts += [k for n in objs if n.lemma_.lower() in g.get("reply_nouns", ())  # "in response to Y's ..."
                 for p in n.children if p.dep_ in PREPOSITION_DEPS for k in p.children if k.dep_ in PREP_OBJECT_DEPS]
        if c.dep_ in ADVCL_DEPS and any(m.dep_ in MARK_DEPS and m.lower_ in g.get("occasion_preps", ()) for m in c.children):
            subjects += [k for k in c.children if k.dep_ in ACTIVE_SUBJECT_DEPS]  # "after Y announced ..."
    own = {m["code"] for m in src}
    named = [x for c in v.children if c.dep_ in VERB_OBJECT_DEPS or c.dep_ in PREPOSITION_DEPS
             and c.lower_ in g["verb_target_preps"] for x in c.subtree]
    if any(m["code"] not in own for x in named for m in A.at(x)):
        return []  # "recalled its ambassador from Z after Y's decision": Z, read as a place later
    found = [m for n in acts for k in n.children if k.dep_ in POSSESSIVE_DEPS | AGENT_DEPS for m in A.np(k)]
    found += [m for k in subjects for m in A.np(k)]
    found += [m for n in acts for m in A.prep_actors(n, g["agent_preps"])]
    return [m for m in found if m["code"] not in own and m.get("kind") != "place"]


def reply_target(ctx: CueContext, src: list[dict], tgt: list[dict]) -> list[dict]:
    """``tgt``, or when it names no one but the source, the target of the reply the cue states
    (:func:`replied_target`) or of the occasion it answers (:func:`answered_target`)."""
    if {m["code"] for m in tgt} - {m["code"] for m in src}:
        return tgt
    return replied_target(ctx, src) or answered_target(ctx, src) or tgt
