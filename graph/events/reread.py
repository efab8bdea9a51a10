"""Reading a document again after its references changed: only the segments that can differ.

The events component reads a document twice when its document model resolved references
across sentences ("the group", "both sides"): the second reading sees the new mentions. Most
segments have none of them, and their events are those of the first reading. A
:class:`Trace` records, for each segment of a reading, the state the reading carried into it
(``Arguments.recent_events``: the last event of each relation, for "the strike"), the events
it gave and the state it left; the next reading of the same document keeps a segment's
recorded events instead of reading it again when nothing it may look at has changed:

- the mentions covering every token of its sentence, and of :data:`MARGIN` tokens on each side
  (the frames read a sentence's parse tree and small word windows), compared by content (the
  document model revises some mention dicts in place, so the trace keeps copies);
- the state carried in (compared by content);
- the document-wide parts of the reading (places, opinion writers);
- and no dependency arc of the document crosses a sentence boundary (else every segment is read).

This is mechanics, not rules: the events are those a whole second reading gives, byte for
byte (``tests/events/test_reread.py`` compares both on documents with resolved references).

Example
-------
>>> changed_tokens([{"token_start": 0, "token_end": 2, "code": "FRA"}],
...                [{"token_start": 0, "token_end": 2, "code": "DEU"}, {"token_start": 5, "token_end": 6}])
[0, 1, 5]
"""

from __future__ import annotations

import weakref
from bisect import bisect_right

import numpy
from spacy.attrs import HEAD

#: Tokens on each side of a segment's sentence whose mentions must be unchanged too.
MARGIN = 16


def _by_token(mentions: list[dict]) -> dict[int, list[dict]]:
    out: dict[int, list[dict]] = {}
    for m in mentions:
        for i in range(m["token_start"], m["token_end"]):
            out.setdefault(i, []).append(m)
    return out


def changed_tokens(before: list[dict], after: list[dict]) -> list[int]:
    """The tokens (sorted) whose covering mentions differ, in content or order, between two
    mention lists."""
    old, new = _by_token(before), _by_token(after)
    return sorted(i for i in old.keys() | new.keys() if old.get(i) != new.get(i))


def _state(recent: dict) -> dict:
    """A copy of ``recent_events`` that later in-place revisions of mentions do not change."""
    return {rel: (dict(m), n) for rel, (m, n) in recent.items()}


def _sentence_starts(doc) -> list[int] | None:
    """The first tokens of ``doc``'s sentences, or ``None`` when a dependency arc crosses from
    one sentence into another (a reading could then look past its sentence)."""
    try:
        starts = [s.start for s in doc.sents]
    except ValueError:  # no sentence boundaries: read every segment
        return None
    n = len(doc)
    if n:
        ids = numpy.zeros(n, dtype=numpy.int64)
        ids[starts[1:]] = 1
        ids = numpy.cumsum(ids)
        heads = numpy.arange(n, dtype=numpy.int64) + doc.to_array([HEAD]).view(numpy.int64).ravel()
        if (heads < 0).any() or (heads >= n).any() or (ids[heads] != ids).any():
            return None
    return starts


class Trace:
    """What one reading of a document gave per segment, and what the next reading may keep.

    Made by :meth:`start` at the beginning of a reading; the reading asks :meth:`keep` for each
    segment and, when it reads the segment itself, reports it with :meth:`record`.
    """

    def __init__(self, doc, mentions: list[dict], reading) -> None:
        self.doc = weakref.ref(doc)
        self.mentions = [dict(m) for m in mentions]
        self.places = tuple(dict(m) for m in reading.places)
        self.opinions = reading.opinions
        #: segment number -> (state in, events, state out)
        self.segments: dict[int, tuple[dict, list[dict], dict]] = {}
        self._last: Trace | None = None
        self._changed: list[int] = []
        self._starts: list[int] = []

    @classmethod
    def start(cls, doc, reading, last: Trace | None) -> Trace:
        """The trace of a new reading of ``doc`` (``reading``: its :class:`DocReading`), which
        may keep segments of ``last``, the trace of the extractor's previous reading."""
        trace = cls(doc, doc._.mentions or [], reading)
        if last is not None and last.doc() is doc and last.opinions == trace.opinions \
                and last.places == trace.places:
            starts = _sentence_starts(doc)
            if starts is not None:
                trace._last, trace._starts = last, starts
                trace._changed = changed_tokens(last.mentions, trace.mentions)
        return trace

    def _clean(self, seg) -> bool:
        """Whether no mention changed in ``seg``'s sentence or within :data:`MARGIN` of it."""
        k = bisect_right(self._starts, seg.start) - 1
        lo = self._starts[k] - MARGIN
        hi = (self._starts[k + 1] if k + 1 < len(self._starts) else len(self.doc())) + MARGIN
        j = bisect_right(self._changed, lo - 1)
        return j >= len(self._changed) or self._changed[j] >= hi

    def keep(self, seg_no: int, seg, recent: dict) -> list[dict] | None:
        """The events of segment ``seg_no`` (``seg``) kept from the previous reading, with
        ``recent`` (``Arguments.recent_events``) set to the state it left; ``None`` when the
        segment must be read."""
        rec = self._last.segments.get(seg_no) if self._last is not None else None
        if rec is None or not self._clean(seg) or recent != rec[0]:
            return None
        recent.clear()
        recent.update(_state(rec[2]))
        self.segments[seg_no] = rec
        return [dict(e) for e in rec[1]]

    def entry(self, recent: dict) -> dict:
        """The state carried into a segment the reading reads itself (give it to :meth:`record`)."""
        return _state(recent)

    def record(self, seg_no: int, entry: dict, events: list[dict], recent: dict) -> None:
        """What the reading read in segment ``seg_no``: the state it carried in, the events and
        the state it left."""
        self.segments[seg_no] = (entry, [dict(e) for e in events], _state(recent))
