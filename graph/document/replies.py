"""Rejections that answer a claim stated before: "A accused B of ... . B denies the charges."

A rejection cue of the sentence-level lexicon ("deny", "reject", "dismiss"; "démentir", "nier",
"rejeter") whose sentence-level reading gave no ``reject`` event names who rejects (the verb's
by-agent or subject: "B denied that it was involved", "une demande rejetée par B"; the noun a
relative clause is on: "les Qataris, qui ont démenti"; a noun's owner: "B's denial") but not whom.
The claim it answers is the last one stated against the rejecter: a sentence-level event of
``answered_relations`` (``document.json``: accusations, demands and sanctions) whose target is the rejecter,
in the cue's sentence (before the cue) or the ``EVENT_WINDOW`` sentences before, the nearest such
sentence; further back, only when every earlier claim against the rejecter came from the same
sources (a headline's accusation). The rejecter rejects each source of those claims. This
module owns every denial's answer, in its sentence or later ("A accused B, which B denies"); the
events stage's ``denial`` frame only says that a denied involvement, claim or statement names no
target ("denies links with Z" is no rejection of Z).

Nothing is made when the rejecter made a claim against its claimant in that sentence too ("each
side accused the other": which claim is denied is not said), when the sentence names another
actor outside what is denied (the rejection may be addressed to it), when a source is itself a rejecter, or for a
question, a negation or a hypothesis.

Example
-------
>>> from graph.document.lexicon import load_document_lexicon
>>> sorted(load_document_lexicon("en").answered_relations)
['accuse', 'demand', 'sanction']
"""

from __future__ import annotations

from ..actors.deps import (ACTIVE_SUBJECT_DEPS, OBLIQUE_DEPS, PREPOSITION_DEPS, RELCL_DEPS, REPORTED_CLAUSE_DEPS,
                           VERB_OBJECT_DEPS)
from ..languages import load_json
from ..model import Reference
from .brokers import FRAME_CONFIDENCE, frame_event, mediation_agents, unread_cues, verb_agents
from .references import EVENT_WINDOW


def rejecters(res, t, added: list[dict]) -> list[dict]:
    """Who rejects at the verb cue ``t``: its by-agent or subject (also a group reference resolved
    here, in ``added``: "a claim both states deny"); for a relative clause whose subject is the
    relative pronoun ("the Qataris, who denied it"), the noun it is on."""
    subject = {x.i for c in t.children if c.dep_ in ACTIVE_SUBJECT_DEPS for x in c.subtree}
    agents = verb_agents(res, t) or [m for m in added if m["token_start"] in subject]
    if not agents and t.dep_ in RELCL_DEPS and any(
            c.lower_ in load_json(res.lang, "grammar.json")["relative_pronouns"] for c in t.children):
        agents = [m for m in res.coded if res.doc[m["token_start"]:m["token_end"]].root == t.head]
    return agents


def claim_sources(res, events: list[dict], t, rejecting: set[str], relations=None) -> list[str]:
    """Sources of the claims (``answered_relations`` events, or those of ``relations``) against
    ``rejecting`` stated nearest before the cue ``t``: in its sentence before it, else in the
    ``EVENT_WINDOW`` sentences before; further back, only when every earlier claim against them had
    the same sources."""
    here = res.sents.of_token(t.i)
    found: dict[int, list[str]] = {}
    claims = [e for e in events if e["relation"] in (relations or res.lex.answered_relations)]
    mutual = {(res.sents.of_char(e["start"]), e["target"]) for e in claims if e["source"] in rejecting}
    for e in claims:
        if e["target"] not in rejecting:
            continue
        s = res.sents.of_char(e["start"])
        if (s, e["source"]) in mutual:  # "each side accused the other": which claim is denied is not said
            found.setdefault(s, [])
            continue
        if s > here:
            continue
        if s == here:  # the claim must come before the rejection
            at = e["sentence"].find(e["trigger"])
            if at < 0 or e["start"] + at >= t.idx:
                continue
        found.setdefault(s, [])
        if e["source"] not in found[s]:
            found[s].append(e["source"])
    if not found:
        return []
    near = [s for s in found if here - s <= EVENT_WINDOW]
    if near:
        return found[max(near)]
    earlier = {tuple(sorted(v)) for v in found.values()}  # further back: one set of claimants only
    return list(next(iter(earlier))) if len(earlier) == 1 else []


def _denied(res, t) -> set[int]:
    """The tokens of what the cue ``t`` denies: its reported clause ("denied that its troops
    entered Z") or its ``denied_nouns`` object ("denies any role in the raid on Z"). The actors
    named there are what the denial is about, not whom it answers."""
    nouns = load_json(res.lang, "grammar.json").get("denied_nouns", ())
    denied = [c for c in t.children
              if c.dep_ in REPORTED_CLAUSE_DEPS or (c.dep_ in VERB_OBJECT_DEPS and c.lemma_.lower() in nouns)]
    if any(c.dep_ in VERB_OBJECT_DEPS for c in denied):  # "denied any role | in the raid": the parse may hang it on the verb
        denied += [c for c in t.children if c.dep_ in PREPOSITION_DEPS | OBLIQUE_DEPS and c.i > t.i]
    return {x.i for c in denied for x in c.subtree}


def _others_named(res, t, codes: set[str]) -> bool:
    """Whether ``t``'s sentence names (not by a pronoun: the actor stage's guess) an actor outside
    ``codes`` and outside what ``t`` denies; the sentence ends at a full stop even where the parser
    read on ('... souveraineté. "Les ...').

    Example: in "Y denied any role in the raid on Z", Z is what is denied, no other actor."""
    doc = res.doc
    start = next((i + 1 for i in range(t.i - 1, t.sent.start - 1, -1) if doc[i].text in ".!?"), t.sent.start)
    end = next((i for i in range(t.i + 1, t.sent.end) if doc[i].text in ".!?"), t.sent.end)
    denied = _denied(res, t)
    return bool({m["code"] for m in res.coded if start <= m["token_start"] < end
                 and m["token_start"] not in denied and m.get("kind") != "pronoun"} - codes)


def answered_claims(res, filters, events: list[dict], added: list[dict]) -> tuple[list[dict], list[Reference]]:
    """Rejections with no target: the rejecter rejects whoever made the claim against it stated
    just before (see the module docstring). Returns the events and one reference per cue."""
    out, refs = [], []
    for t in unread_cues(res, filters, events, "reject", {"reject"}):
        agents = rejecters(res, t, added) if t.pos_ in ("VERB", "AUX") else mediation_agents(res, t)
        codes = {a["code"] for a in agents}
        if not codes:
            continue
        claimants = claim_sources(res, events, t, codes)
        if not claimants:  # "A accused B of ... . It denied the charge": the pronoun is the accused B
            agents, claimants = _accused_instead(res, events, t, agents)
            codes = {a["code"] for a in agents}
        if not claimants or set(claimants) & codes or _others_named(res, t, codes | set(claimants)):
            continue
        found, ref = answer(res, t, agents, claimants, "reject", "rejection: sources of the claim stated")
        out.extend(found)
        refs.append(ref)
    return out, refs


def answer(res, t, agents: list[dict], sources: list[str], relation: str, why: str) -> tuple[list[dict], Reference]:
    """The events of each of ``agents`` answering each code of ``sources`` with ``relation`` at
    the cue ``t`` (a rejection of a claim, an acceptance of an offer), and their reference."""
    found = [frame_event(res, t, a, relation, res._fields(c), FRAME_CONFIDENCE)
             for a in {a["code"]: a for a in agents}.values() for c in sources]
    return found, Reference(text=t.text, start=t.idx, end=t.idx + len(t.text), kind="event",
                            antecedents=tuple(sources), why=why)


def _accused_instead(res, events: list[dict], t, agents: list[dict]) -> tuple[list[dict], list[str]]:
    """A pronoun rejecter the actor stage bound to the maker of the claim stated just before
    ("A accused B of shelling the town. It denied the charge": "it" was bound to A, the subject):
    a denial answers a claim, so the pronoun is the one target of that claim (of the same type:
    a person for a person), and the claim's sources are the claimants. Else nothing."""
    if not agents or any(a.get("kind") != "pronoun" for a in agents) or len({a["code"] for a in agents}) != 1:
        return [], []
    here, code = res.sents.of_token(t.i), agents[0]["code"]
    claims = [e for e in events if e["relation"] in res.lex.answered_relations and e["source"] == code
              and 0 < here - res.sents.of_char(e["start"]) <= EVENT_WINDOW]
    latest = max((res.sents.of_char(e["start"]) for e in claims), default=-1)
    near = [e for e in claims if res.sents.of_char(e["start"]) == latest]
    targets = {e["target"] for e in near}
    if len(targets) != 1:
        return [], []
    accused = res._fields(targets.pop())
    if (accused.get("type") == "Person") != (agents[0].get("type") == "Person"):
        return [], []
    return [dict(agents[0], **accused)], sorted({e["source"] for e in near})
