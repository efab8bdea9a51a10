"""Co-agents who fight beside a cue's subject, told apart from the backers of a support phrase.

"Les soldats tchadiens ont attaqué X aux côtés des forces nigériennes": the Nigerien forces act
with the Chadians (co-fighters, ``cooperate``); "avec le soutien du Rwanda, le M23 a attaqué X":
Rwanda backs the M23 (its ``support`` is read from the noun), it is no co-fighter.

Example
-------
>>> from graph.nlp import load_pipeline  # doctest: +SKIP
>>> nlp = load_pipeline("fr")  # doctest: +SKIP
>>> sorted((e["source"], e["relation"], e["target"]) for e in nlp(  # doctest: +SKIP
...     "Avec le soutien du Rwanda, le M23 a attaqué des villages congolais.")._.events)
[('M23', 'attack', 'COD'), ('RWA', 'attack', 'COD'), ('RWA', 'support', 'M23')]
"""

from __future__ import annotations

from .context import CueContext
from .linking import co_agent_head


def fellow_agents(ctx: CueContext, co: list[dict]) -> list[dict]:
    """The co-agents (:func:`co_agents`) that act beside the cue's subject ("fought X alongside
    D", "aux côtés de D"), not the backers of a support phrase ("with the support of D", whose
    noun is a cue of its own)."""
    found = ctx.reading.found if ctx.reading is not None else {}
    out = []
    for m in co:
        a = co_agent_head(ctx, m)
        r = ctx.doc[m["token_start"]:m["token_end"]].root
        inside = ctx.doc[_phrase_start(ctx, a, r):r.i] if a is not None else []
        if not any(x.pos_ == "NOUN" and x.i in found for x in inside):
            out.append(m)
    return out


def _phrase_start(ctx: CueContext, a, r) -> int:
    """Where the co-agent phrase of ``r`` starts: after its head ``a``, or, for a phrase fronted
    before its verb ("avec le soutien du Rwanda, le M23 a attaqué"), after the comma or verb before it."""
    if a.i < r.i:
        return a.i + 1
    return next((x.i + 1 for x in reversed(ctx.doc[ctx.seg.start:r.i]) if x.is_punct or x.pos_ in ("VERB", "AUX")), ctx.seg.start)
