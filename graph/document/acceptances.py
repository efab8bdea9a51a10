"""Acceptances that answer an offer stated before: "X offered to host talks, an offer Y accepted",
"B invited both sides to talks. A accepted the invitation within hours".

An agreement cue of the sentence-level lexicon ("accept", "accepter") whose sentence-level reading
gave no ``agree`` event, whose object is an offer noun (``offer_nouns`` of ``document.json``:
offer, proposal, invitation; offre, proposition, invitation) or which is a relative clause on one
("an offer Y accepted", "une offre que Y a acceptée"), names who accepts (its subject or by-agent)
but not whom. The offer it answers is the last one made to the accepter: a sentence-level event of
``offered_relations`` (``document.json``: mediations and appeals) whose target is the accepter,
in the cue's sentence before it or the sentences just before (the nearest), as a rejection answers
the claim before it (:mod:`graph.document.replies`). The accepter agrees with each source of those
offers (GUIDELINES: ``agree`` -- accepts a proposal, an invitation or a mediation of). An accepter
that is itself a source of the offer, a question, a negation or a hypothesis give nothing.

Example
-------
>>> from graph.languages import load_json
>>> sorted(load_json("en", "document.json")["offered_relations"])
['appeal', 'mediate']
"""

from __future__ import annotations

from ..actors.deps import RELCL_DEPS, VERB_OBJECT_DEPS
from ..languages import load_json
from ..model import Reference
from .brokers import unread_cues
from .replies import answer, claim_sources, rejecters


def accepted_offer(t, nouns) -> bool:
    """Whether the cue ``t`` accepts an offer noun: its object ("accepted the proposal") or the
    noun its relative clause is on ("an offer Y accepted")."""
    if any(c.dep_ in VERB_OBJECT_DEPS and c.lemma_.lower() in nouns for c in t.children):
        return True
    return t.dep_ in RELCL_DEPS and t.head.lemma_.lower() in nouns


def answered_offers(res, filters, events: list[dict], added: list[dict]) -> tuple[list[dict], list[Reference]]:
    """Acceptances with no target: the accepter agrees with whoever made the offer to it stated
    just before (see the module docstring). Returns the events and one reference per cue."""
    lex = load_json(res.lang, "document.json")
    nouns, relations = frozenset(lex.get("offer_nouns", ())), frozenset(lex.get("offered_relations", ()))
    out, refs = [], []
    for t in unread_cues(res, filters, events, "agree", {"agree"}):
        if t.pos_ not in ("VERB", "AUX") or not accepted_offer(t, nouns):
            continue
        agents = rejecters(res, t, added)
        codes = {a["code"] for a in agents}
        offerers = claim_sources(res, events, t, codes, relations) if codes else []
        if not offerers or set(offerers) & codes:
            continue
        found, ref = answer(res, t, agents, offerers, "agree", "acceptance: sources of the offer stated")
        out.extend(found)
        refs.append(ref)
    return out, refs
