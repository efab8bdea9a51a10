"""Coups as event entities: whose coup a later "condemned the coup" / "a condamné le putsch" names.

A coup is not an event between two actors, but a later judgement of it ("the African Union
condemned the coup") is one against the state where it took place: its junta or army (the
guidelines roll a state's army up to the state's code) or the government it overthrew. The
coup entity of a sentence is read from

- a coup noun (``event_nouns["coup"]`` of the language's ``document.json``: coup, putsch,
  takeover / putsch, coup, renversement) that names its state itself, places included ("the coup
  in Niger", "the Guinean coup", "le renversement du président Ali Bongo"), or
- a coup verb (``coup_verbs``: overthrow, oust, "seize power" / renverser, "prendre pouvoir",
  a lemma and, for a phrase, its object's lemma) and the actors of its subject, object and
  complements ("soldiers overthrew President Bazoum", "l'armée a pris le pouvoir au Gabon"), or
- a state's mention that names it by its coup (``coup_agents``: "the junta", "la junte
  guinéenne", "les putschistes").

Its participant is that state, only when the words name exactly one state (two: which one's coup
is not said, no entity). A later definite coup noun with no actor of its own under a verb of
``event_governors["coup"]`` then stands for that state (:meth:`ReferenceResolver.event_anaphors`).

Example
-------
"Soldiers overthrew President Bazoum of Niger. The African Union condemned the coup.": the coup
entity of the first sentence has the participant NER; "the coup" stands for Niger.
"""

from __future__ import annotations

from ..actors.deps import DETERMINER_DEPS, DIRECT_OBJECT_DEPS, NOUN_MODIFIER_DEPS, SUBJECT_DEPS, roles
from ..model import EventEntity
from ..nlp.extensions import token_words
from .frame import Sentences, own_participants

#: Types of the actor a coup is told of: a state (its army, junta or overthrown leader).
COUP_TYPES = frozenset({"State"})

#: Dependents of a coup verb whose actors tell whose coup it is (not clauses it reports).
_ARGUMENT_DEPS = roles("active_subject", "passive_subject", "direct_object", "modifier_oblique", "argument_oblique",
                       "nominal_agent", "agent_preposition", "preposition")
#: Dependents of a coup noun that name its state ("the coup in Niger", "Guinea's coup"); not its clauses.
_NOUN_DEPS = NOUN_MODIFIER_DEPS | roles("possessive", "preposition", "appositive")


def coup_entities(doc, mentions: list[dict], lex, sents: Sentences) -> list[EventEntity]:
    """The coup entities of ``doc`` (see the module), one per sentence at most, in text order.

    Why: "the coup" of a later sentence names no actor; the state its coup was told of is the
    actor a condemnation of it is against.

    Example
    -------
    "Gabon's army seized power." gives ``EventEntity(kind="coup", participants=("GAB",))``.
    """
    coups = lex.event_nouns.get("coup", frozenset())
    if not coups:
        return []
    verbs = verb_phrases(getattr(lex, "coup_verbs", ()))
    out: list[EventEntity] = []
    seen: set[int] = set()
    agents = frozenset(getattr(lex, "coup_agents", ()))
    for m in mentions:  # "the junta", "la junte guinéenne": the state of the coup it carried out
        words = doc[m["token_start"]:m["token_end"]] if m.get("code") and m.get("type") in COUP_TYPES else ()
        s = sents.of_token(m["token_start"])
        if s not in seen and any(w.lemma_.lower() in agents or w.lower_ in agents for w in words):
            seen.add(s)
            out.append(EventEntity(kind="coup", relation="coup", participants=(m["code"],), sentence=s,
                                   trigger=m["text"]))
    for i, (pos, lemma, _) in enumerate(token_words(doc)):
        if pos not in ("NOUN", "VERB"):
            continue
        t = doc[i]
        if pos == "NOUN" and coup_noun(t, coups):
            idx = {x.i for c in t.children if c.dep_ in _NOUN_DEPS for x in c.subtree}
        elif t.pos_ == "VERB" and lemma in verbs and (verbs[lemma] is None or any(
                c.dep_ in DIRECT_OBJECT_DEPS and c.lemma_.lower() == verbs[lemma] for c in t.children)):
            idx = {x.i for c in t.children if c.dep_ in _ARGUMENT_DEPS for x in c.subtree}
        else:
            continue
        codes = {c for c in _states(t, idx, mentions, doc.text)}
        s = sents.of_token(t.i)
        if len(codes) != 1 or s in seen:
            continue
        seen.add(s)
        out.append(EventEntity(kind="coup", relation="coup", participants=tuple(codes), sentence=s, trigger=t.text))
    return sorted(out, key=lambda e: e.sentence)


def coup_noun(t, coups) -> bool:
    """Whether noun ``t`` is a coup noun of ``coups``: its lemma, or an entry of several words
    that the words from ``t`` on spell ("coup d'État", "coup de force"; not "coup de feu")."""
    if t.lemma_.lower() in coups or t.lower_ in coups:
        return True
    words = [x.lower_.replace("\u2019", "'") for x in t.doc[t.i:t.i + 4]]
    return any(" " in w and words[:len(w.replace("'", "' ").split())] == w.replace("'", "' ").split() for w in coups)


def governed_coups(res, refs: list, added: list) -> None:
    """A definite coup noun with no actor of its own under a verb of ``event_governors["coup"]``
    ("the AU condemned the coup", "a condamné le putsch"): the state of the coup entity stated
    last before it, when the coups stated before it were all told of one state; else no one.

    Why: a judgement of a coup is one against the state whose army or junta carried it out.

    Example
    -------
    "Soldiers overthrew President Bazoum of Niger. The AU condemned the coup.": "the coup" is NER.
    """
    coups = res.lex.event_nouns.get("coup", frozenset())
    governors = res.lex.event_governors.get("coup", frozenset())
    entities = [e for e in res.model.events if e.kind == "coup"]
    if not coups or not governors:
        return
    for i, (pos, _, _) in enumerate(token_words(res.doc)):
        if pos != "NOUN" or i in res.covered:
            continue
        t = res.doc[i]
        if not coup_noun(t, coups):
            continue
        if t.head.lemma_.lower() not in governors or t.dep_ not in DIRECT_OBJECT_DEPS | SUBJECT_DEPS:
            continue
        own = _states(t, {x.i for c in t.children if c.dep_ in _NOUN_DEPS for x in c.subtree}, res.mentions,
                      res.doc.text)
        if own or own_participants(res.doc, t, res.coded):  # "the coup in Niger": its own state, one
            keys = sorted(own) if len(own) == 1 else []
        elif res._definite(t.i - 1) or any(c.dep_ in DETERMINER_DEPS and c.lower_ in res.lex.definite_determiners
                                           for c in t.children):
            before = {e.participants for e in entities if e.sentence < res.sents.of_token(t.i)}
            keys = list(next(iter(before))) if len(before) == 1 else []
        else:
            continue  # "a coup": another one
        res._emit(t.i, t.i + 1, "event", keys, f"coup: {','.join(keys) or '?'}", refs, added)


def _states(t, idx: set, mentions: list[dict], text: str) -> set:
    """The codes of the states named at token indices ``idx`` (places included) on the line of
    token ``t`` (a headline parsed together with the dateline below it names no state of its coup)."""
    return {m["code"] for m in mentions if m.get("code") and m.get("type") in COUP_TYPES and m["token_start"] in idx
            and "\n" not in text[min(t.idx, m["start"]):max(t.idx, m["start"])]}


def verb_phrases(words) -> dict:
    """Verb phrases of the lexicon (``coup_verbs``, ``claim_verbs``) as lemma -> the object lemma
    the phrase needs, or ``None`` for a bare verb; shared by the coup and claim readings.

    Example
    -------
    >>> verb_phrases(["overthrow", "seize power"])
    {'overthrow': None, 'seize': 'power'}
    """
    out: dict = {}
    for w in words:
        verb, _, obj = w.partition(" ")
        out[verb] = obj or None
    return out
