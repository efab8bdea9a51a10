"""The registry of frame handlers: one function per frame name of ``cues.tsv``.

A handler takes a :class:`graph.events.context.CueContext` (the cue token, its lexicon row,
its sentence segment, the document's reading and the language data) and returns a
:class:`graph.events.context.FrameReading` (candidate events), or ``None`` when the frame does
not apply to this token, so that the word's next frame is tried ("halted the offensive" is no
``cut``; "must" without a modal is no ``must``).

Example
-------
>>> @frame("example")
... def _example(ctx):
...     return None
>>> HANDLERS.pop("example") is _example
True
"""

from __future__ import annotations

from typing import Callable, Optional

from ..context import CueContext, FrameReading

Handler = Callable[[CueContext], Optional[FrameReading]]
#: frame name -> handler
HANDLERS: dict[str, Handler] = {}


def frame(name: str) -> Callable[[Handler], Handler]:
    """Register the decorated function as the handler of frame ``name``."""

    def register(fn: Handler) -> Handler:
        if name in HANDLERS:
            raise ValueError(f"frame '{name}' is registered twice")
        HANDLERS[name] = fn
        return fn

    return register
