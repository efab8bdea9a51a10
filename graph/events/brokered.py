"""Actors that broker the agreement or talks of a cue are none of its parties.

Two shapes name a mediator inside the phrase of an agreement or of talks:

- the phrase of a cue read in the ``under`` frame: "A and B agreed to meet under the auspices
  of C", "sous l'égide de C";
- an English hyphenated compound of an actor and a brokering participle on the noun: "a
  China-brokered deal", "UN-sponsored talks" (:func:`graph.document.compounds.broker_compound`).

In both, C mediates (GUIDELINES §3: a mediator is a third party): the events stage keeps C
out of the agreement or meeting it reads there (:func:`in_mediator_phrase`; the noun phrases
leave a compound's actor out, :class:`graph.events.phrases.NounPhrases`), and the document
stage reads C's mediation for each party.

Example
-------
>>> in_mediator_phrase.__name__, broker_compound.__name__
('in_mediator_phrase', 'broker_compound')
"""

from __future__ import annotations

from ..document.compounds import broker_compound

__all__ = ["broker_compound", "in_mediator_phrase"]


def in_mediator_phrase(ctx, m: dict) -> bool:
    """The actor ``m`` stands in the phrase of another cue of the segment read in the ``under``
    frame ("under the auspices of C", "sous l'égide de C"), or is the actor of a brokering
    compound ("a C-brokered deal")."""
    t, seg = ctx.token, ctx.seg
    if broker_compound(ctx.doc, m, ctx.g):
        return True
    return any(i != t.i and seg.start <= i < seg.end and any(c.frame == "under" for c in cues)
               and any(x.i == m["token_start"] for x in ctx.doc[i].subtree)
               for i, (cues, _) in ctx.reading.found.items())
