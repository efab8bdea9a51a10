"""Frame handlers: how a cue's frame (the ``frame`` column of ``cues.tsv``) reads its
source and target actors.

Handlers are registered by frame name in :data:`HANDLERS` (see
:mod:`graph.events.frames.registry`) and grouped by family: ordinary subject-verb-object
cues and accusations (:mod:`.ordinary`), requests, demands and conditions (:mod:`.request`),
symmetric cues (:mod:`.symmetric`), mediation (:mod:`.mediation`), transfers and cuts
(:mod:`.transfer`), judgements, prospects and consequences (:mod:`.judgement`), stance agent
nouns (:mod:`.agent`).

Example
-------
>>> from graph.events.lexicon import FRAMES
>>> sorted(HANDLERS) == sorted(FRAMES)
True
"""

from __future__ import annotations

from ..context import CueContext, FrameReading
from . import agent, judgement, mediation, ordinary, request, symmetric, transfer  # noqa: F401 (registration)
from .registry import HANDLERS, frame

__all__ = ["HANDLERS", "frame", "read_frame"]


def read_frame(ctx: CueContext) -> FrameReading | None:
    """Read the cue ``ctx.cue`` at ``ctx.token`` with the handler of its frame."""
    return HANDLERS[ctx.cue.frame](ctx)
