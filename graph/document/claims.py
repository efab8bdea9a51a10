"""Claims of responsibility: "X claimed responsibility for the attack", "X a revendiqué l'attentat".

Whoever claims an attack is its attacker (an ``attack`` event, ``GUIDELINES.md``): a claim verb
(``claim_verbs`` of the language's ``document.json``: "claim responsibility" / revendiquer, a
lemma and, for a phrase, its object's lemma) with a named subject and an attack noun
(``event_nouns["attack"]``) in its phrase gives the subject an attack on

- the states the attack noun names as its target or place ("for the attack on a Kenyan base",
  "l'attaque contre une caserne malienne", "an attack near Gatumba in Burundi"), else
- for a definite noun ("the attack", "l'attentat"), the one target of the attack by no one named
  stated in its sentence or the ``EVENT_WINDOW`` sentences before ("Gunmen attacked a church in
  Burkina Faso. The Islamic State claimed responsibility for the attack").

Two targets or none, a negated or hypothetical claim, or a claimant among the targets: no event.

Example
-------
"Gunmen attacked a church in Burkina Faso. The Islamic State claimed responsibility for the
attack." gives ISIS ``attack`` BFA.
"""

from __future__ import annotations

from ..actors.deps import ACTIVE_SUBJECT_DEPS, NOUN_MODIFIER_DEPS, roles
from ..model import Reference
from ..nlp.extensions import token_words
from .brokers import frame_event
from .coups import verb_phrases

#: Sentences before a claim in which the attack it claims may have been stated.
EVENT_WINDOW = 3
#: Confidence of a claimed attack (a reading across sentences when the noun names no target).
CLAIM_CONFIDENCE = 0.6
#: Dependents of the attack noun naming its target or place ("on X", "contre X", "in X").
_TARGET_DEPS = NOUN_MODIFIER_DEPS | roles("preposition", "prep_object")


def claimed_attacks(res, filters, events: list[dict]) -> tuple[list[dict], list[Reference]]:
    """Attacks by the claimant of each claim of responsibility (see the module); the events and
    one reference per claim read.

    Why: a group that claims an attack names itself its attacker, often of an attack told before.

    Example
    -------
    "Le JNIM a revendiqué l'attaque contre une caserne malienne.": AL_QAEDA ``attack`` MLI.
    """
    verbs = verb_phrases(getattr(res.lex, "claim_verbs", ()))
    out: list[dict] = []
    refs: list[Reference] = []
    if not verbs:
        return out, refs
    stated = {(e["source"], e["target"], e["start"]) for e in events if e["relation"] == "attack"}
    for i, (pos, lemma, _) in enumerate(token_words(res.doc)):
        obj = verbs.get(lemma, False)
        if pos != "VERB" or obj is False:
            continue
        v = res.doc[i]
        if obj is not None and not any(c.lemma_.lower() == obj for c in v.children):
            continue
        if filters.negated(v) or filters.hypothetical(v):
            continue
        subject = {x.i for c in v.children if c.dep_ in ACTIVE_SUBJECT_DEPS for x in c.subtree}
        noun = next((x for x in v.subtree if x.i > v.i and x.pos_ == "NOUN" and x.i not in subject
                     and (res.lex.event_kind(x.lemma_.lower()) or res.lex.event_kind(x.lower_)) == "attack"), None)
        heads = [x for c in v.children if c.dep_ in ACTIVE_SUBJECT_DEPS for x in (c, *c.conjuncts)]
        # the subject itself, not who its participle names ("X, backed by Y, claimed ...")
        claimants = [m for m in res.coded if any(m["token_start"] <= x.i < m["token_end"] for x in heads)]
        if noun is None or not claimants:
            continue
        targets = _targets(res, noun)
        codes = {m["code"] for m in claimants}
        if len(targets) != 1 or targets & codes:
            continue
        target = next(iter(targets))
        refs.append(Reference(text=noun.text, start=noun.idx, end=noun.idx + len(noun.text), kind="event",
                              antecedents=(target,), why="claimed attack: its target"))
        for m in claimants:
            if (m["code"], target, v.sent.start_char) not in stated:
                out.append(frame_event(res, v, m, "attack", res._fields(target), CLAIM_CONFIDENCE))
    return out, refs


def _targets(res, noun) -> set:
    """The codes the attack ``noun`` names as its target or place, else, for a definite noun,
    those of the attack by no one named told last before it (see the module)."""
    idx = {x.i for c in noun.children if c.dep_ in _TARGET_DEPS for x in c.subtree}
    own = {m["code"] for m in res.mentions if m.get("code") and m.get("type") != "Media" and m["token_start"] in idx}
    if own or not res._definite(noun.i - 1):
        return own
    here = res.sents.of_token(noun.i)
    earlier = [e for e in res.model.events if e.kind == "attack" and 0 <= here - e.sentence <= EVENT_WINDOW]
    last = [e for e in earlier if e.sentence == max((x.sentence for x in earlier), default=-1)]
    if len(last) != 1 or last[0].participants:
        return set()  # the last attack told has its attacker, or two were told: not this claim's
    return set(last[0].targets)
