"""High-recall stance candidates: every pair of actor mentions around a cue, per relation.

A :class:`Candidate` is one (source mention, relation, target mention) reading of a lexicon cue
in one sentence segment. :func:`candidates` proposes, for every cue the rules' lexicon finds
(single words, multi-word cues, "must" and "until" cues), every ordered pair of coded mentions
of the cue's segment whose codes differ, with each relation the cue can mean (a call can be an
``appeal`` or a ``demand``). Negated and hypothetical cues and questions give no candidate (the
guidelines never count them); the rules' other filters (embedding, opinion, adjectival use...)
are recorded as flags rather than applied, and the rules' own events are attached so that their
decision is one feature among others (:mod:`graph.events.scorer.features`).

Example
-------
>>> sorted(RELATION_ALTERNATIVES["request"])
['appeal', 'demand']
"""

from __future__ import annotations

from dataclasses import dataclass

from ...actors.deps import AMOD_DEPS
from ...relations import SYMMETRIC_RELATIONS
from .. import filters
from ..segments import segments

#: Frames whose cue can mean more than its lexicon relation (the rules choose from the complement).
RELATION_ALTERNATIVES = {
    "request": ("appeal", "demand"),
    "must": ("demand", "appeal"),
}
#: At most this many mentions per segment are paired (headline lists and tables stay bounded).
MAX_MENTIONS = 12
#: Filters that state what the guidelines never count as an event (negated or hypothetical
#: statements, section 1): their cues give no candidate. The other filters are only flags.
HARD_FLAGS = frozenset({"negated", "hypothetical"})


@dataclass
class Candidate:
    """One reading of a cue: ``source`` does ``relation`` toward ``target`` in segment ``seg``.

    ``source`` and ``target`` are mention dicts of ``doc._.mentions``; ``flags`` holds the rules'
    filter decisions on the cue; ``rule`` says how the rules coded this pair in this segment
    (``"same"``, ``"other"`` relation, ``"reverse"`` direction, or ``""``).
    """

    seg_no: int
    seg: object  # spaCy Span of the segment
    cue_i: int
    cue_text: str
    lemma: str
    pos: str
    frame: str
    relation: str
    confidence: float
    source: dict
    target: dict
    flags: frozenset = frozenset()
    rule: str = ""
    n_mentions: int = 0
    n_cues: int = 0
    rule_in_seg: bool = False  # the rules stated some event in this segment
    n_segs: int = 1  # segments of the document with a candidate of the same tuple
    doc_rule: str = ""  # how the rules coded this pair anywhere in the document ("same", "other", "")

    @property
    def key(self) -> tuple:
        """What the scorer decides on: the segment and the coded tuple."""
        return (self.seg.start_char, self.source["code"], self.relation, self.target["code"])

    def label(self) -> str:
        """The tuple as ``SRC relation TGT`` (for messages and tests)."""
        return f"{self.source['code']} {self.relation} {self.target['code']}"


#: The rules' filters recorded on each candidate, by name (``amod``: any adjectival cue).
FLAG_FILTERS = (
    ("negated", filters.negated),
    ("hypothetical", filters.hypothetical),
    ("embedded", filters.embedded),
    ("opinion", filters.opinion),
    ("amod", lambda ctx: ctx.token.dep_ in AMOD_DEPS),
    ("cut_object", filters.cut_object),
    ("intent", filters.intent),
)


def _flags(ctx) -> frozenset:
    """The rules' filter decisions on the cue of ``ctx`` (names of the filters that fire)."""
    return frozenset(name for name, fires in FLAG_FILTERS if fires(ctx))


def _rule_index(rule_events: list[dict]) -> dict[tuple, set]:
    idx: dict[tuple, set] = {}
    for e in rule_events:
        idx.setdefault((e["start"], e["source"], e["target"]), set()).add(e["relation"])
    return idx


def candidates(extractor, doc, rule_events: list[dict]) -> list[Candidate]:
    """All candidates of ``doc`` (parsed, with ``doc._.mentions``), given the rules' events.

    ``extractor`` is the pipeline's :class:`graph.events.extract.Extractor` (its lexicon, cue
    finder and filters are reused).
    """
    coded = [m for m in doc._.mentions or [] if m.get("code")]
    if not coded:
        return []
    reading = extractor.read(doc)
    if not reading.found:
        return []
    rules = _rule_index(rule_events)
    stated = {e["start"] for e in rule_events}
    out: list[Candidate] = []
    for seg_no, seg in enumerate(segments(doc)):
        reading.args.enter(seg, seg_no)
        idx = [i for i in range(seg.start, seg.end) if i in reading.found]
        ments = [m for m in coded if seg.start <= m["token_start"] < seg.end
                 and not reading.args.related_owner(m)][:MAX_MENTIONS]  # not "Iran" in "Iran's proxies"
        if not idx or len({m["code"] for m in ments}) < 2 \
                or seg.text.strip().rstrip("\"'”»’) ").endswith("?"):  # a question states nothing
            continue
        for i in idx:
            t = doc[i]
            cues, trig = reading.found[i]
            flags = _flags(extractor.context(t, seg, reading, seg_no))
            if flags & HARD_FLAGS:
                continue
            readings = {}
            for cue in cues:
                for rel in RELATION_ALTERNATIVES.get(cue.frame, (cue.relation,)):
                    readings.setdefault(rel, cue)
            for rel, cue in readings.items():
                for s in ments:
                    if s.get("kind") == "place":
                        continue  # places are targets only (GUIDELINES: places are not actors)
                    for x in ments:
                        if x["code"] == s["code"]:
                            continue
                        coded_rels = rules.get((seg.start_char, s["code"], x["code"]), set())
                        rule = "same" if rel in coded_rels else "other" if coded_rels else ""
                        if rel in rules.get((seg.start_char, x["code"], s["code"]), ()) and rule != "same":
                            rule = "same" if rel in SYMMETRIC_RELATIONS else "reverse"
                        out.append(Candidate(seg_no, seg, i, trig, t.lemma_.lower(), t.pos_, cue.frame,
                                             rel, cue.confidence, s, x, flags, rule, len(ments), len(idx),
                                             seg.start_char in stated))
    _document_context(out, rule_events)
    return out


def norm_tuple(source: str, relation: str, target: str) -> tuple[str, str, str]:
    """Symmetric relations as unordered pairs (GUIDELINES section 3): what the scorer counts.

    >>> norm_tuple("TUR", "meet", "FIN"), norm_tuple("TUR", "condemn", "FIN")
    (('FIN', 'meet', 'TUR'), ('TUR', 'condemn', 'FIN'))
    """
    if relation in SYMMETRIC_RELATIONS:
        source, target = sorted((source, target))
    return source, relation, target


def _document_context(cands: list[Candidate], rule_events: list[dict]) -> None:
    """Set what the rest of the document says of each candidate's tuple and pair.

    ``n_segs``: how many segments offer the same tuple (a stance repeated in a lead, a quote
    and a summary is more likely meant); ``doc_rule``: whether the rules state this tuple
    (``"same"``) or only another relation between the two actors (``"other"``) somewhere in
    the document.
    """
    segs: dict[tuple, set] = {}
    for c in cands:
        segs.setdefault(norm_tuple(c.source["code"], c.relation, c.target["code"]), set()).add(c.seg_no)
    stated = {norm_tuple(e["source"], e["relation"], e["target"]) for e in rule_events}
    pairs = {frozenset((e["source"], e["target"])) for e in rule_events}
    for c in cands:
        t = norm_tuple(c.source["code"], c.relation, c.target["code"])
        c.n_segs = len(segs[t])
        c.doc_rule = "same" if t in stated else "other" if frozenset((t[0], t[2])) in pairs else ""
