"""Pronouns standing for an event just named: "Kenya condemned the raid and Uganda called it unacceptable".

An object pronoun (``event_pronouns`` of the language's ``document.json``: it / l', le, la) of a
reaction verb (``event_governors["attack"]``: condemn, denounce / condamner) or of an evaluative
verb with a complement (``event_governors["evaluation"]``: "called it unacceptable", "described
it as a crime", "l'a qualifiée de crime") stands for the nearest noun before it that agrees with
it in number (and, in French, in gender) when that noun is an attack or coup noun
(``event_nouns``): "it" is the raid, so the verb's subject judges the raider, not the last actor
named. The nearest candidate (in the pronoun's sentence; else the subject of the sentence
before) must be that noun: an actor named after it, or another noun
("called the report biased ... called it"), leaves the actor stage's reading alone.

The raiders are the event noun's own actors ("Ethiopia's raid"), else the participants of the
last event of its kind stated in its sentence or the ``EVENT_WINDOW`` sentences before, when they
are one set; else nobody (the pronoun gives no event: a wrong antecedent is worse than none).

Example
-------
"Ethiopian troops raided a village in Somalia. Kenya condemned the raid and Uganda called it
unacceptable.": "it" stands for the raid, whose raider is ETH (not Kenya).
"""

from __future__ import annotations

from ..actors.deps import ACTIVE_SUBJECT_DEPS, CASE_DEPS, DIRECT_OBJECT_DEPS, PREPOSITION_DEPS, SUBJECT_DEPS, roles
from ..model import Reference
from ..nlp.extensions import token_words
from .coups import coup_noun
from .frame import own_participants

#: Sentences before the event noun in which the event it names may have been stated.
EVENT_WINDOW = 3
#: Event kinds whose participants a judgement is against.
JUDGED_KINDS = ("attack", "coup")
#: Dependents of an evaluative verb that state the judgement ("unacceptable", "as a crime", "de crime").
_COMPLEMENT_DEPS = roles("object_predicate", "open_complement", "adjectival_complement", "argument_oblique",
                         "modifier_oblique") | PREPOSITION_DEPS


def event_pronouns(res, refs: list, added: list) -> None:
    """Resolve object pronouns of reaction and evaluative verbs to the event just named (see the
    module): the actor stage's reading of the pronoun is replaced by the event's participants,
    or dropped when they are not known.

    Why: "X condemned the strike and Y called it a crime": Y judges the striker, not X.

    Example
    -------
    "Israel bombed a school. The strike killed ten civilians. France described it as a crime.":
    "it" is the strike, whose participant is ISR.
    """
    lex, doc = res.lex, res.doc
    pronouns = frozenset(getattr(lex, "event_pronouns", ()))
    judging = lex.event_governors.get("attack", frozenset()) | lex.event_governors.get("coup", frozenset())
    evaluative = lex.event_governors.get("evaluation", frozenset())
    if not pronouns:
        return
    for i, (pos, _, lower) in enumerate(token_words(doc)):
        if pos != "PRON" or lower not in pronouns:
            continue
        t = doc[i]
        if t.dep_ not in DIRECT_OBJECT_DEPS:
            continue
        v = t.head
        lemma = v.lemma_.lower()
        if v.pos_ != "VERB" or lemma not in judging and not (lemma in evaluative and _judgement(v, t)):
            continue
        noun = _antecedent(res, t, v)
        if noun is None:
            continue
        kind = "coup" if coup_noun(noun, lex.event_nouns.get("coup", ())) else "attack"
        keys = _participants(res, noun, kind)
        for m in [m for m in res.mentions if m["token_start"] == t.i]:
            res.mentions.remove(m)  # the actor stage's guess: an actor named before the event
        res.revised = True
        if keys:
            res._emit(t.i, t.i + 1, "event", keys, f"{kind}: {noun.text}", refs, added)
        else:
            refs.append(Reference(text=t.text, start=t.idx, end=t.idx + len(t.text), kind="event",
                                  ambiguous=True, why=f"{kind}: {noun.text}, by no one known"))
            res.covered.add(t.i)


def _judgement(v, t) -> bool:
    """Whether the evaluative verb ``v`` states a judgement after its pronoun ``t``: an adjective
    or a noun ("called it unacceptable", "a crime"), or a preposition with a noun ("as a crime",
    "de crime"); not a verb ("called it to stop", which is an appeal to an actor)."""
    for c in v.children:
        if c.i <= t.i or c.dep_ not in _COMPLEMENT_DEPS:
            continue
        if c.pos_ in ("ADJ", "NOUN") or any(k.pos_ in ("ADJ", "NOUN") for k in c.children if k.dep_ not in CASE_DEPS):
            return True
    return False


def _antecedent(res, t, v):
    """The nearest singular noun before pronoun ``t`` in its sentence (the verb's own subject left
    out), else the subject of the sentence before, when it is an attack or coup noun; ``None``
    when an actor or another noun is nearer."""
    doc, lex = res.doc, res.lex
    subject = {x.i for c in v.children if c.dep_ in ACTIVE_SUBJECT_DEPS for x in c.subtree}
    actors = {i for m in res.coded for i in range(m["token_start"], m["token_end"])}
    here = res.sents.of_token(t.i)
    gender = set(v.morph.get("Gender")) | set(t.morph.get("Gender"))
    for j in range(t.i - 1, -1, -1):
        if res.sents.of_token(j) != here:  # the sentence before: its subject, the topic it leaves
            w = next((c for c in doc[j].sent.root.children if c.dep_ in SUBJECT_DEPS), None)
            return w if w is not None and w.pos_ == "NOUN" and _judged(lex, w) else None
        w = doc[j]
        if j in subject:
            continue
        if j in actors:
            return None  # an actor is nearer: the actor stage's reading stands
        if w.pos_ != "NOUN" or "Plur" in w.morph.get("Number"):
            continue
        if gender and w.morph.get("Gender") and not gender & set(w.morph.get("Gender")):
            continue  # "l'a condamnée": not a masculine noun
        return w if _judged(lex, w) else None
    return None


def _judged(lex, w) -> bool:
    """Whether noun ``w`` is an attack or coup noun."""
    return (lex.event_kind(w.lemma_.lower()) or lex.event_kind(w.lower_)) in JUDGED_KINDS \
        or coup_noun(w, lex.event_nouns.get("coup", ()))


def _participants(res, noun, kind: str) -> list[str]:
    """The actors of the event ``noun`` names: its own, else those of the last event of ``kind``
    stated in its sentence or the ``EVENT_WINDOW`` before when they are one set; else ``[]``."""
    own = own_participants(res.doc, noun, res.coded)
    if own:
        return own if len(own) == 1 else []
    at = res.sents.of_token(noun.i)
    earlier = [e for e in res.model.events if e.kind == kind and 0 <= at - e.sentence <= EVENT_WINDOW]
    last = [e for e in earlier if e.sentence == max((x.sentence for x in earlier), default=-1)]
    return list(last[0].participants) if len({e.participants for e in last}) == 1 else []
