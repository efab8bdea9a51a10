"""The typed records the extractor's steps pass to each other.

A reading of one document (:class:`DocReading`) holds what every cue of the document shares:
the argument finder, the cues found and their preferred frames, the cues that reject, the
tokens of opinion writers and the places. A :class:`CueContext` is one cue token in one
sentence segment, with that reading and the language data; filters and frame handlers take it
and change nothing in it. A frame handler answers with a :class:`FrameReading`: candidate
events (:class:`Triple`) and whether an argument was guessed from word order.

Example
-------
>>> Triple({"code": "FRA"}, {"code": "DEU"}, "meet").relation
'meet'
>>> FrameReading([]).guessed
False
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, NamedTuple

from ..model import renewed
from .arguments import Arguments
from .lexicon import FRAMES, Cue, Lexicon
from .rules import FrameRules, load_rules

#: Prefix of the ``Arguments.recent_events`` key that keeps the parties of the last stated event of
#: a ``joint_anaphor`` relation, which the frames do not overwrite ("A and B met. C offered to host
#: further talks": A and B).
PARTIES = "parties:"


class Triple(NamedTuple):
    """A candidate event: ``source`` does ``relation`` toward ``target`` (mention dicts)."""

    source: dict
    target: dict
    relation: str


@dataclass(frozen=True)
class FrameReading:
    """What a frame handler read at a cue: candidate events, and whether a source or target was
    taken by word order instead of the parse (the confidence is then lowered)."""

    triples: list[Triple]
    guessed: bool = False


@dataclass(frozen=True)
class DocReading:
    """Per-document state shared by the cues of one document (built by
    :meth:`graph.events.extract.Extractor.read`)."""

    doc: Any  # spacy.tokens.Doc
    args: Arguments
    #: trigger token index -> (cues, trigger text)
    found: dict[int, tuple[list[Cue], str]]
    #: trigger token index -> its preferred frame (first in :data:`FRAMES` order)
    frames: dict[int, str] = field(default_factory=dict)
    #: trigger tokens of ``reject`` cues (what they govern is not asserted)
    rejecting: frozenset[int] = frozenset()
    #: tokens of opinion writers ("analysts", "editorialists")
    opinions: frozenset[int] = frozenset()
    #: coded place mentions
    places: tuple[dict, ...] = ()


@dataclass(frozen=True)
class CueContext:
    """One cue token ``token`` in sentence segment ``seg`` (number ``seg_no``) of a reading.

    ``cue`` is the lexicon row a frame handler reads the token with (``None`` for filters,
    which look at the token only); ``lex`` is the language data (``lex.g``: grammar lists).
    """

    token: Any  # spacy.tokens.Token
    seg: Any  # spacy.tokens.Span, or None outside a reading (every ancestor counts)
    reading: DocReading
    lex: Lexicon
    cue: Cue | None = None
    seg_no: int = 0
    #: how far (tokens) the word-order fallback looks for an argument
    window: int = 12

    @property
    def g(self) -> dict[str, frozenset[str]]:
        """The language's grammar lists."""
        return self.lex.g

    @property
    def doc(self):
        """The document."""
        return self.reading.doc

    @property
    def args(self) -> Arguments:
        """The document's argument finder."""
        return self.reading.args

    @property
    def places(self) -> tuple[dict, ...]:
        """The document's coded place mentions."""
        return self.reading.places

    @property
    def rules(self) -> FrameRules:
        """The relation rewrites and confidences of ``graph/data/frame_rules.tsv``."""
        return load_rules()

    def at(self, token, cue: Cue | None = None) -> CueContext:
        """The same context for another token (and cue)."""
        return renewed(self, token=token, cue=cue)

    def with_cue(self, cue: Cue) -> CueContext:
        """The same context, read with lexicon row ``cue``."""
        return renewed(self, cue=cue)


def preferred_frame(cues) -> str:
    """The frame tried first among ``cues`` (the order of :data:`graph.events.lexicon.FRAMES`); a
    sense its complement chose comes before the word's plain entries ("gave X until Friday to
    withdraw": the request, not the transfer of "give")."""
    return min(cues, key=lambda c: (not c.sense, FRAMES.index(c.frame))).frame


def reading_of(doc, lex: Lexicon, found: dict, args: Arguments | None = None) -> DocReading:
    """The per-document reading of ``doc`` given its cues ``found`` (see :class:`DocReading`)."""
    mentions = doc._.mentions or []
    opinion_nouns = lex.g["opinion_nouns"]
    return DocReading(
        doc=doc,
        args=args if args is not None else Arguments(doc, lex),
        found=found,
        frames={i: preferred_frame(cs) for i, (cs, _) in found.items()},
        rejecting=frozenset(i for i, (cs, _) in found.items() if any(c.relation == "reject" for c in cs)),
        opinions=frozenset(i for m in mentions if m.get("type") == "Media"
                           and m["text"].lower().split()[-1] in opinion_nouns
                           for i in range(m["token_start"], m["token_end"])),
        places=tuple(m for m in mentions if m.get("kind") == "place" and m.get("code")),
    )
