"""Announced refusals: a cooperative act its actor says it *will not* do is a rejection.

"Hungary will not back Kyiv", "Berlin said it would not send tanks to Kyiv", "la Hongrie ne
soutiendra pas l'Ukraine", "Berlin a déclaré qu'il n'enverrait pas de chars à Kiev": the negation
drops the support or the aid (nothing was done), but the actor states a refusal toward the target
(GUIDELINES: ``reject`` -- refuses, declines), as "refused to send troops to X" already is.

The refusal needs a future or conditional form on the negated verb (``refusal_aux``: will,
would; ``refusal_morph``: the French future and conditional) and an actor who speaks for itself:
the verb heads the sentence ("X will not support Y") or the that-clause of a speech verb whose
subject is the verb's own ("X said it would not support Y"; not "Y said X would not help Z", a
prediction). A past negation ("did not support") states nothing; a conditional mark ("if ...")
still makes the clause hypothetical. Which relations a refusal turns into ``reject`` is the
``refusal`` rule of ``graph/data/frame_rules.tsv``.

Example
-------
>>> from graph.events.rules import load_rules
>>> load_rules().rewrite("refusal", "support")
'reject'
"""

from __future__ import annotations

from ..actors.deps import AUX_DEPS, ROOT_DEPS, VERB_OBJECT_DEPS
from .conditions import future_form as _future
from .context import CueContext, Triple
from .filters import NEGATING_DEPS, _conditional_clause
from .linking import own_announcement


def refusal_verb(ctx: CueContext):
    """The verb that carries the cue and its negation: the cue itself, or the light verb of a
    cue noun ("would not *provide* support", "n'*apportera* pas son soutien")."""
    t, g = ctx.token, ctx.g
    if t.pos_ == "NOUN" and t.dep_ in VERB_OBJECT_DEPS and t.head.lemma_.lower() in g["light_verbs"]:
        return t.head
    return t


def _negator(v, g) -> bool:
    """A negation word on ``v`` itself, not "not only" ("will not only send X but also ...")."""
    return any(c.dep_ in NEGATING_DEPS and c.lower_ in g["negation"]
               and not (c.i + 1 < len(c.doc) and c.doc[c.i + 1].lower_ in g.get("refusal_blockers", ()))
               for c in v.children)


def refusal(ctx: CueContext) -> bool:
    """Whether the negated cue at ``ctx.token`` is a refusal its actor announces (see the module)."""
    g = ctx.g
    if ctx.reading is None or not any(ctx.rules.applies("refusal", c.relation)
                                      for c in ctx.reading.found.get(ctx.token.i, ((),))[0]):
        return False
    v = refusal_verb(ctx)
    if not (_negator(v, g) and _future(v, g)):
        return False
    if not (v.dep_ in ROOT_DEPS or own_announcement(ctx, v)):
        return False
    return _conditional_clause(ctx) is not True


def refused(ctx: CueContext, triples: list[Triple]) -> list[Triple]:
    """The rejections of a refusal's candidate events (the relations the ``refusal`` rule
    rewrites; the others state nothing)."""
    return [Triple(s, x, ctx.rules.rewrite("refusal", rel)) for s, x, rel in triples
            if ctx.rules.applies("refusal", rel)]
