"""Brokers of an agreement named in a later sentence: "The deal was brokered by X".

A definite agreement noun ("the deal", "the truce", "l'accord") with no party of its own,
governed by a brokering verb (``event_governors["agreement"]`` of ``document.json``: broker,
mediate, host, chair; négocier, parrainer, accueillir), takes the parties of the last agreement
stated in the previous ``EVENT_WINDOW`` sentences (:class:`graph.model.EventEntity`): its agent
(by-agent, or subject of an active verb) mediates for each party. A negated or hypothetical
verb, an agent that is itself a party, or two different agreements in the nearest sentence
give nothing.

Example
-------
>>> CONFIDENCE
0.7
"""

from __future__ import annotations

from ..events.dates import sentence_date
from ..model import Reference

#: Confidence of a mediation read through an event anaphor.
CONFIDENCE = 0.7


def _agents(res, gov) -> list[dict]:
    """Coded mentions of the by-agent of ``gov`` (passive or participle), else of its subject."""
    idx = set()
    for c in gov.children:
        if c.dep_ in ("agent", "obl:agent") or (c.dep_ == "obl" and any(k.lower_ in ("by", "par") for k in c.children)):
            idx |= {x.i for x in c.subtree}
    if not idx:
        idx = {x.i for c in gov.children if c.dep_ == "nsubj" for x in c.subtree}
    return [m for m in res.coded if m["token_start"] in idx]


def broker_events(res, filters, base_date: str | None) -> tuple[list[dict], list[Reference]]:
    """Mediation events and the references they were read from (``res``: a ReferenceResolver)."""
    events, refs = [], []
    for t, _, entity in res.governed_event_nouns("agreement"):
        gov = t.head if t.dep_.startswith(("nsubj", "obj", "dobj")) else next(
            c for c in t.children if c.dep_ in ("acl", "relcl", "acl:relcl"))
        span = res.doc[t.i - 1:t.i + 1]
        parties = list(entity.participants) if entity is not None else []
        refs.append(Reference(text=span.text, start=span.start_char, end=span.end_char, kind="event",
                              antecedents=tuple(parties), ambiguous=not parties,
                              why=f"agreement: {entity.trigger}" if entity else "agreement: ?"))
        if len(parties) < 2 or filters._negated(gov) or filters._hypothetical(gov):
            continue
        sent = gov.sent
        for a in _agents(res, gov):
            if a["code"] in parties:
                continue
            for p in parties:
                f = res._fields(p)
                events.append({
                    "source": a["code"], "relation": "mediate", "target": f["code"],
                    "source_actor": a["label"], "target_actor": f["label"],
                    "source_id": a["actor_id"], "target_id": f["actor_id"],
                    "sentence": sent.text, "start": sent.start_char, "end": sent.end_char,
                    "trigger": gov.text, "confidence": CONFIDENCE,
                    "date": sentence_date(sent.text, base_date, res.lang), "location": None,
                })
    return events, refs
