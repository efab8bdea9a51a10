"""Replies stated by their manner: "X retaliated against Y by expelling its diplomats".

A reply verb (``reply_verbs`` of the language's ``grammar.json``: retaliate, respond, react,
hit back) whose manner phrase (a ``manner_preps`` word over a gerund or a noun: "by expelling",
"with sanctions") states an act of its own says what the reply was: the act is the event, and the reply verb's own reading (the
CAMEO ``retaliate`` cue's ``attack``) yields to it (:func:`manner_reply`). The act takes the
reply's target when it names none of its own (:func:`replied_target`): "retaliated against Y
by expelling its diplomats" is a sanction of Y, "responded to Y by recalling its ambassador" a
recall from Y.

Example
-------
>>> from graph.events.replies import manner_reply
>>> manner_reply.__name__
'manner_reply'
"""

from __future__ import annotations

from ..actors.deps import CONJ_DEPS, PREP_OBJECT_DEPS, PREPOSITION_DEPS, VERB_OBJECT_DEPS, role
from .context import CueContext

#: A gerund under a preposition ("by *expelling*").
PREP_COMPLEMENT_DEPS = role("prep_complement")


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
