"""Witnesses of an agreement stated in an earlier sentence: "The deal, signed in the presence of X".

:func:`graph.document.brokers.witness_mediations` reads "A and B signed a deal in the presence
of X", where the sentence states the agreement. Here the sentence only refers back to it: a
definite agreement noun with no party of its own ("the agreement", "Sunday's accord", "l'accord")
is signed (``signing_verbs``: the participle on the noun, or the passive verb the noun is the
subject of) in the presence of X (``presence_phrases``), with no signer named. X mediates for
each party of the agreement stated nearest before, in the ``EVENT_WINDOW`` sentences before
(:func:`graph.document.brokers.stated_parties`), else between the frame's two sides. Nothing is
read when the sentence names any other actor, or for a negation or hypothesis.

Example
-------
>>> MAX_CLIMB
3
"""

from __future__ import annotations

from ..actors.deps import NOUN_CLAUSE_DEPS, PASSIVE_SUBJECT_DEPS, roles
from ..model import Reference
from .brokers import FRAME_CONFIDENCE, mediations, others_named, stated_parties, verb_agents
from .frame import own_participants

#: Heads climbed from the presence phrase to the signing verb ("signed in [the presence]").
MAX_CLIMB = 3
_POSSESSIVE_DEPS = roles("possessive")


def later_witnesses(res, filters) -> tuple[list[dict], list[Reference]]:
    """Mediations of witnesses of an agreement stated before their sentence, and the references
    naming its parties (``res``: a ReferenceResolver)."""
    doc, lex = res.doc, res.lex
    phrases = [p.split() for p in lex.presence_phrases]
    stated = {e.sentence for e in res.model.events if e.kind == "agreement"}
    # (a phrase can begin only with the first word of one; an empty phrase matches anywhere)
    firsts = None if any(not p for p in phrases) else {p[0] for p in phrases}
    out, refs = [], []
    for sent in (doc.sents if doc.has_annotation("SENT_START") else [doc[:]]):
        if res.sents.of_token(sent.start) in stated:
            continue  # the sentence states its agreement: brokers.witness_mediations reads it
        words = [w[2] for w in res.words[sent.start:sent.end]]  # (the word columns, no Token per word)
        for k in range(len(sent)):
            if firsts is not None and words[k] not in firsts:
                continue
            n = next((len(p) for p in phrases if words[k:k + len(p)] == p), 0)
            noun, verb = _signed_noun(res, sent[k]) if n else (None, None)
            if noun is None:
                continue
            stop = next((j for j in range(k + n, len(sent)) if sent[j].text in (";", ".", ":", ",")), len(sent))
            parties = stated_parties(res, noun.i)
            first, last = sent.start + k + n, sent.start + stop  # a mention may take in "du"
            witnesses = [m for m in res.coded if m["token_end"] > first and m["token_start"] < last
                         and m["code"] not in parties]
            if len(parties) < 2 or not witnesses or filters.negated(verb) or filters.hypothetical(verb) \
                    or others_named(res, sent[k], {m["code"] for m in witnesses} | set(parties)):
                continue
            out.extend(mediations(res, sent[k:k + n], witnesses, parties, FRAME_CONFIDENCE))
            why = "frame sides" if set(parties) == set(res.model.sides) else "parties of the agreement stated"
            refs.append(Reference(text=noun.text, start=noun.idx, end=noun.idx + len(noun.text), kind="event",
                                  antecedents=tuple(parties), why=f"witness: {why}"))
    return out, refs


def _signed_noun(res, anchor):
    """The definite agreement noun, with no party or signer of its own, signed at the presence
    phrase starting at ``anchor`` ("the accord, signed in the presence of"), and its signing
    verb; else ``(None, None)``."""
    verb = anchor
    for _ in range(MAX_CLIMB):
        if verb.pos_ == "VERB" or verb.head == verb:
            break
        verb = verb.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in res.lex.signing_verbs or verb_agents(res, verb):
        return None, None
    if verb.dep_ in NOUN_CLAUSE_DEPS:
        noun = verb.head
    else:
        noun = next((c for c in verb.children if c.dep_ in PASSIVE_SUBJECT_DEPS), None)
    if noun is None or noun.pos_ != "NOUN" or res.lex.event_kind(noun.lemma_.lower()) != "agreement":
        return None, None
    definite = any(c.lower_ in res.lex.definite_determiners or c.dep_ in _POSSESSIVE_DEPS for c in noun.children)
    if not definite or own_participants(res.doc, noun, res.coded):
        return None, None
    return noun, verb
