"""Request phrases: who asked for an act is neither a side of it nor its addressee.

"The Council met at the request of X", "A and B met at X's behest", "à la demande de X": the
phrase (a ``request_phrase_nouns`` noun under a ``request_phrase_preps`` preposition) names who
asked for the meeting. It is no side of a symmetric cue (:func:`requester`), and the request
noun there is no appeal of its own (:func:`request_phrase`): the parse cannot tell who was
asked, so the phrase gives no event.

Example
-------
>>> request_phrase.__name__
'request_phrase'
"""

from __future__ import annotations

from ..actors.deps import CASE_DEPS, PREP_OBJECT_DEPS
from .context import CueContext


def requester(ctx: CueContext, m: dict) -> bool:
    """A mention inside a request phrase of the cue ("met at the request of X", "at X's behest",
    "à la demande de X"): who asked for the talks, not a side of them."""
    nouns = ctx.g.get("request_phrase_nouns", ())
    return any(n.lemma_.lower() in nouns and any(x.i == m["token_start"] for x in n.subtree if x != n)
               for _, n in ctx.args.preps(ctx.token))


def request_phrase(ctx: CueContext) -> bool:
    """The cue is the noun of a request phrase ("at the request of X", "à la demande de X"): a
    circumstance of the act it is hung on, not a request stated of anyone."""
    t, g = ctx.token, ctx.g
    if t.pos_ != "NOUN" or t.lemma_.lower() not in g.get("request_phrase_nouns", ()):
        return False
    preps = g.get("request_phrase_preps", ())
    return (t.dep_ in PREP_OBJECT_DEPS and t.head.lower_ in preps) or any(
        c.dep_ in CASE_DEPS and c.lower_ in preps for c in t.children)
