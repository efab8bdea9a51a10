"""Proposals of a third party for an agreement: "a US proposal for a ceasefire", "la feuille de
route onusienne pour un cessez-le-feu".

A proposal noun (``proposal_nouns`` of ``document.json``: proposal, plan, initiative, roadmap;
proposition, plan, feuille de route) owned by an actor ("the Egyptian proposal", "Qatar's
plan", "la proposition de X") and about an agreement (an agreement noun in its complement, else
in its sentence) makes the owner a mediator for each party of that agreement: the parties the
agreement noun names ("a ceasefire between A and B"), completed by the subjects of the verb the
proposal depends on ("A and B have seen a US proposal", "A a accepté la feuille de route de X
pour une trêve avec B"), else the frame's two sides. An owner that is itself a party, fewer
than two parties, a negated or hypothetical verb, or a question give nothing.

Example
-------
>>> CONFIDENCE
0.6
"""

from __future__ import annotations

from functools import lru_cache

from ..actors.deps import NOUN_MODIFIER_DEPS, SUBJECT_DEPS, role
from ..model import Reference
from .brokers import frame_event
from .frame import own_participants

#: Confidence of a mediation read from a proposal.
CONFIDENCE = 0.6
#: Dependencies of a proposal noun that name its owner ("the US plan", "Egypt's proposal").
_OWNER_DEPS = NOUN_MODIFIER_DEPS | role("possessive")


@lru_cache(maxsize=8)
def _prefixes(nouns: frozenset) -> frozenset:
    """Every beginning of every noun of ``nouns`` ("f", "fe", ..., "feuille de route")."""
    return frozenset(k[:j] for k in nouns for j in range(1, len(k) + 1))


def _proposal_length(res, t) -> int:
    """Tokens of the proposal noun starting at ``t`` ("feuille de route": 3), or 0."""
    doc, nouns = res.doc, res.lex.proposal_nouns
    if t.text.lower() not in _prefixes(nouns) and t.lemma_.lower() not in nouns:
        return 0  # (no noun begins with the word: no span's text to build)
    for n in (3, 2, 1):
        if t.i + n <= len(doc) and (doc[t.i:t.i + n].text.lower() in nouns
                                    or n == 1 and t.lemma_.lower() in nouns):
            return n
    return 0


def _agreement(res, t, end: int):
    """The agreement noun the proposal at ``t`` is about: in its complement, else in its sentence."""
    lex = res.lex

    def is_agreement(w):
        return w.pos_ == "NOUN" and "agreement" in (lex.event_kind(w.lemma_.lower()), lex.event_kind(w.lower_))
    inner = [w for w in t.subtree if w.i >= end and is_agreement(w)]
    return inner[0] if inner else next((w for w in t.sent if w.i != t.i and is_agreement(w)), None)


def proposal_mediations(res, filters) -> tuple[list[dict], list[Reference]]:
    """Mediations read from proposals and the references they were read from."""
    events, refs = [], []
    for i, (pos, _, _) in enumerate(res.words):
        if pos != "NOUN":
            continue  # (a Token only for a noun)
        t = res.doc[i]
        n = _proposal_length(res, t) if t.pos_ == "NOUN" else 0
        if not n or t.sent.text.rstrip().endswith("?"):
            continue
        agreement = _agreement(res, t, t.i + n)
        if agreement is None:
            continue
        inside = {x.i for x in agreement.subtree}
        owner_idx = {x.i for c in t.children if c.dep_ in _OWNER_DEPS and c.i not in inside
                     for x in c.subtree if x.i not in inside}
        owners = [m for m in res.coded if m["token_start"] in owner_idx]
        if not owners:
            continue
        parties = own_participants(res.doc, agreement, res.coded)
        verb = t.head if t.head.pos_ in ("VERB", "AUX") else None
        if len(parties) < 2 and verb is not None:
            parties += [m["code"] for m in res.coded if m["code"] not in parties and any(
                m["token_start"] in {x.i for x in c.subtree} for c in verb.children if c.dep_ in SUBJECT_DEPS)]
        if len(parties) < 2 and len(res.model.sides) == 2:
            parties = list(res.model.sides)
        parties = list(dict.fromkeys(p for p in parties if p not in {o["code"] for o in owners}))
        span = res.doc[t.i:t.i + n]
        refs.append(Reference(text=span.text, start=span.start_char, end=span.end_char, kind="proposal",
                              antecedents=tuple(parties) if len(parties) >= 2 else (), ambiguous=len(parties) < 2,
                              why=f"proposal of {','.join(o['code'] for o in owners)} for {agreement.text}"))
        anchor = verb if verb is not None else t
        if len(parties) < 2 or filters.negated(anchor) or filters.hypothetical(anchor):
            continue
        events.extend(frame_event(res, t, o, "mediate", res._fields(p), CONFIDENCE) for o in owners for p in parties)
    return events, refs
