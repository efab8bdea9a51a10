"""Efforts that brought an agreement about: "Kuwait's efforts helped the two states reach a deal",
"grâce aux efforts du Qatar, A et B ont signé une trêve".

An effort noun (``effort_nouns`` of ``document.json``: efforts; efforts) owned by actors ("the
efforts of X and Y", "X's efforts", "les efforts de X") says who worked for an agreement when it
is the subject of a verb of outcome (``effort_outcomes``: help, lead to, pave the way; aider,
permettre, aboutir) with an agreement noun below it, or depends on the verb whose object is an
agreement noun ("A and B signed a truce thanks to the efforts of X"). Each owner then mediates for
each party of that agreement: the parties the agreement noun names, else those of the agreement
stated in the sentence or the ones before, else the frame's two sides
(:func:`graph.document.brokers.stated_parties`). An owner that is a party, fewer than two
parties, another actor named in the sentence, a question, a negation or a hypothesis give
nothing (precision first: "the efforts of A helped reach a deal with B" is A's own deal).

Example
-------
>>> CONFIDENCE
0.6
"""

from __future__ import annotations

from ..actors.deps import DIRECT_OBJECT_DEPS, SUBJECT_DEPS
from ..languages import load_json
from ..model import Reference
from ..nlp.extensions import token_words
from .brokers import _NOUN_AGENT_DEPS, mediations, others_named, stated_parties
from .frame import own_participants

#: Confidence of a mediation read from efforts that brought an agreement about.
CONFIDENCE = 0.6


def _is_agreement(res, w) -> bool:
    """Whether ``w`` is an agreement noun ("deal", "accord")."""
    kinds = (res.lex.event_kind(w.lemma_.lower()), res.lex.event_kind(w.lower_))
    return w.pos_ in ("NOUN", "PROPN") and "agreement" in kinds


def _verb_above(t, hops: int = 2):
    """The verb ``t`` depends on, through at most ``hops`` heads ("thanks to the efforts"), else None."""
    v = t
    for _ in range(hops):
        if v.head == v:
            return None
        v = v.head
        if v.pos_ in ("VERB", "AUX"):
            return v
    return None


def brought_agreement(res, t, outcomes: frozenset):
    """The agreement noun the efforts at ``t`` brought about, else ``None``: below a verb of
    outcome whose subject the efforts are ("X's efforts helped A and B reach a deal"), or the
    object of the verb the efforts depend on ("A and B signed a truce thanks to X's efforts")."""
    v = _verb_above(t)
    if v is None:
        return None
    own = {x.i for x in t.subtree}
    if t.dep_ in SUBJECT_DEPS and t.head == v and v.lemma_.lower() in outcomes:
        return next((w for w in v.subtree if w.i not in own and _is_agreement(res, w)), None)
    if t.dep_ not in SUBJECT_DEPS:
        return next((c for c in v.children if c.dep_ in DIRECT_OBJECT_DEPS and _is_agreement(res, c)), None)
    return None


def effort_mediations(res, filters) -> tuple[list[dict], list[Reference]]:
    """Mediations read from efforts that brought an agreement about (see the module docstring)."""
    raw = load_json(res.lang, "document.json")
    nouns, outcomes = frozenset(raw.get("effort_nouns", ())), frozenset(raw.get("effort_outcomes", ()))
    out, refs = [], []
    for i, (pos, _, lower) in enumerate(token_words(res.doc)):
        if pos != "NOUN" or lower not in nouns:
            continue
        t = res.doc[i]
        if t.sent.text.rstrip().endswith("?"):
            continue
        agreement = brought_agreement(res, t, outcomes)
        if agreement is None:
            continue
        idx = {x.i for c in t.children if c.dep_ in _NOUN_AGENT_DEPS for x in c.subtree}
        owners = [m for m in res.coded if m["token_start"] in idx]
        codes = {o["code"] for o in owners}
        if not owners:
            continue
        parties = own_participants(res.doc, agreement, res.coded)
        if len(parties) < 2:
            parties = stated_parties(res, t.i)
        verb = _verb_above(t)
        if (len(parties) < 2 or codes & set(parties) or others_named(res, t, codes | set(parties))
                or filters.negated(verb) or filters.hypothetical(verb)):
            continue
        out.extend(mediations(res, t, owners, list(parties), CONFIDENCE))
        refs.append(Reference(text=t.text, start=t.idx, end=t.idx + len(t.text), kind="event",
                              antecedents=tuple(parties), why=f"efforts of {','.join(sorted(codes))} for {agreement.text}"))
    return out, refs
