"""Acts named by a generic noun: "condemned the decision", "a move that X condemned".

A generic act noun (``event_reference_nouns`` of the language's ``grammar.json``: decision, move,
step, act / décision, mesure, acte, geste) that names no actor of its own stands for the last
event stated before it: a definite or demonstrative one ("Khartoum condemned the decision",
"ont qualifié cet acte d'agression") in the last sentences, the antecedent of a relative clause
("France sent jets, a move that Ankara condemned") in the same or the previous sentence. Who did
that act is the target of the verb (:func:`referred_event`). When the last events stated
together have different sources, the act is ambiguous and names nobody.

A judgement that says it names nobody ("condemned the attack without naming the perpetrator",
"a condamné l'attaque sans nommer ses auteurs": a negation word over a ``culprit_naming_verbs``
verb) takes no author of an earlier act for its target either (:func:`names_nobody`).

Example
-------
>>> from graph.events.references import referred_event
>>> referred_event.__name__
'referred_event'
"""

from __future__ import annotations

from ..actors.compose import PLACE_LABELS
from ..actors.deps import (ACL_DEPS, ACTIVE_SUBJECT_DEPS, AGENT_DEPS, CONJ_DEPS, DETERMINER_DEPS, PASSIVE_AUX_DEPS,
                           PASSIVE_VOICE_SUBJECT_DEPS, RELCL_DEPS)

#: Sentences before an agentless passive attack whose places it may be told again in.
PLACE_WINDOW = 3


def referred_event(args, n, relative: bool = False) -> list[dict]:
    """The source of the last event an ``event_reference_nouns`` noun ``n`` stands for (see
    the module; ``relative``: ``n`` is the antecedent of the verb's relative pronoun); else none."""
    from .context import PARTIES  # (context imports the arguments, which import this module)

    g = args.g
    if n is not None and not relative and n.pos_ == "NOUN" and _agreement_noun(n, g):
        return agreement_parties(args, n)
    if n is None or n.pos_ != "NOUN" or n.lemma_.lower() not in g.get("event_reference_nouns", ()):
        return []
    if not relative and not definite(n, g):
        return []  # "a decision": a new one, not the last
    if any(c.dep_ not in DETERMINER_DEPS | ACL_DEPS | RELCL_DEPS and not c.is_punct for c in n.children) or (
            not relative and any(c.dep_ in ACL_DEPS | RELCL_DEPS for c in n.children)):
        return []  # "the repressive measures taken in X", "the decision to expand": described, not referred to
    reach = 1 if relative else 2
    recent = [(seg, ev) for key, (ev, seg) in args.recent_events.items()
              if not key.startswith(PARTIES) and args.segment - seg <= reach]
    if not recent:
        return []
    last = max(seg for seg, _ in recent)
    found = [ev for seg, ev in recent if seg == last]
    if len({ev["code"] for ev in found}) != 1:
        return []
    return [dict(found[0], event_anaphor=True)]


def _agreement_noun(n, g) -> bool:
    """Whether ``n`` heads an ``agreement_reference_nouns`` phrase ("the process", "the
    roadmap", "la feuille de route": the noun and the words written after it)."""
    words = [t.lower_ for t in n.doc[n.i:n.i + 4]]
    return any(e.split() == [n.lemma_.lower()] or e.split() == words[:len(e.split())]
               for e in g.get("agreement_reference_nouns", ()))


def agreement_parties(args, n) -> list[dict]:
    """The parties of the agreement or talks stated last (``joint_anaphor`` relations, the last
    two sentences) that a definite ``agreement_reference_nouns`` noun naming no actor stands for
    under a verb of a ``process_anaphor`` relation (``frame_rules.tsv``: support, mediate,
    reject; "A and B agreed on a roadmap. X has backed the process": A and B); exactly two
    parties, else none (three sides: which of them the process is between is not said)."""
    from .context import PARTIES
    from .rules import load_rules

    rules = load_rules()
    allowed, joint = rules.relations("process_anaphor"), rules.relations("joint_anaphor")
    if not definite(n, args.g) \
            or not {c.relation for c in args.lex.single.get(n.head.lemma_.lower(), ())} & allowed:
        return []  # "a process": another one; "criticised the process": not said of whom
    recent = [(seg, ev) for key, (ev, seg) in args.recent_events.items()
              if key.startswith(PARTIES) and key[len(PARTIES):] in joint
              and args.segment - seg <= 2]
    last = [ev for seg, ev in recent if seg == max(s for s, _ in recent)] if recent else []
    parties = {p["code"]: p for ev in last for p in ev.get("event_parties", [ev])}
    if len(parties) != 2:
        return []
    return [dict(p, event_anaphor=True) for p in parties.values()]


def relative_reference(args, v) -> list[dict]:
    """The act a relative clause's verb ``v`` with no object of its own takes as its object when
    the parser hung the relative pronoun as a mark ("une mesure que Khartoum a dénoncée"): the
    event its ``event_reference_nouns`` antecedent stands for; else none."""
    if v.dep_ not in ACL_DEPS | RELCL_DEPS or v.head.i > v.i:
        return []
    if not any(c.lower_ in args.g["relative_pronouns"] and c.i < v.i for c in v.children):
        return []
    return referred_event(args, v.head, True)


def names_nobody(args, v) -> bool:
    """Whether the verb ``v`` carries "without naming ..." ("sans nommer ..."): a negation word
    of the language (``negation``) over a verb of ``culprit_naming_verbs``, or under it."""
    neg, naming = args.g["negation"], args.g.get("culprit_naming_verbs", ())
    for c in v.children:
        if c.lower_ in neg and any(k.lemma_.lower() in naming for k in c.children):
            return True  # "without naming": the verb hangs on the preposition
        if c.lemma_.lower() in naming and any(k.lower_ in neg for k in c.children):
            return True  # "sans nommer": the preposition marks the verb
    return False


def antecedent_actors(args, a) -> list[dict]:
    """The actors the antecedent ``a`` of a verb's relative pronoun object stands for: who acts
    through it when it is a cue noun naming no actor itself ("les sanctions américaines contre X,
    que Y a condamnées": the United States, as "Y a condamné les sanctions américaines contre X"),
    else its own actors, else the event a generic act noun refers to."""
    if a.pos_ == "NOUN" and args.lex.noun_cues(a) and not args.at(a):
        owner = args.noun_source(a)
        if owner:
            return owner
    return args.np(a) or referred_event(args, a, True)


def unattributed_attack(t, cues, triples, instruments=()) -> bool:
    """Whether the cue token ``t`` states an attack by no actor: a verb whose cues are of the
    ``attack`` relation, with a subject or by-agent, that gave no attack ("gunmen opened fire on a
    market"; a passive with no agent, "soldiers were killed", may tell the attack stated). A later
    "the killings" does not stand for an earlier attack by someone named. A weapon of
    ``instruments`` (``attack_instruments``) as its subject or by-agent ("the base was hit by
    missiles", "rockets struck the city") tells more of the attack stated, not a new one."""
    if t.pos_ != "VERB" or t.dep_ in ACL_DEPS | RELCL_DEPS or not any(c.relation == "attack" for c in cues) \
            or any(rel == "attack" for _, _, rel in triples):
        return False  # (a participle or relative clause on a noun describes it: "a coalition fighting X")
    agents = [c for c in t.children if c.dep_ in ACTIVE_SUBJECT_DEPS | AGENT_DEPS]
    if not agents and t.dep_ in CONJ_DEPS:  # "gunmen stormed and attacked X": the first verb's subject
        agents = [c for c in t.head.children if c.dep_ in ACTIVE_SUBJECT_DEPS | AGENT_DEPS]
    if not agents:
        return _elsewhere(t)  # "a village was bombed near Sumy" after "X shelled Kharkiv": another attack
    agents += [k for c in agents for k in c.children if c.pos_ == "ADP"]  # "by | missiles"
    return not any(a.lemma_.lower() in instruments or a.lower_ in instruments for a in agents)


def _elsewhere(t) -> bool:
    """Whether the agentless passive attack verb ``t`` names a place (a place name, or a name
    the actor stage gave no code, of its subject or complements: "a convoy was ambushed near Bunia", "un village a été bombardé
    près de Soumy") that none of the ``PLACE_WINDOW`` sentences before names: an attack
    elsewhere, not the one stated before (which a passive naming no place, or the same place,
    may tell: "dozens of soldiers were killed", "Kharkiv was shelled again")."""
    if not any(c.dep_ in PASSIVE_VOICE_SUBJECT_DEPS | PASSIVE_AUX_DEPS for c in t.children):
        return False
    uncoded = {i for m in t.doc._.mentions or () if not m.get("code") for i in range(m["token_start"], m["token_end"])}
    names = {x.lower_ for c in t.children for x in c.subtree
             if x.pos_ == "PROPN" and (x.ent_type_ in PLACE_LABELS or x.i in uncoded)}
    sents = [s for s in t.doc.sents if s.start < t.sent.start][-PLACE_WINDOW:] if names else []
    return bool(sents) and not names & {x.lower_ for s in sents for x in s}


def known_event(n, g: dict) -> bool:
    """Whether action noun ``n`` names an event already told: a definite determiner ("the
    strike", "cette offensive"), or an indefinite one with an adjective that singles out a known
    event (``known_event_adjectives``: "welcomed a historic meeting", "a salué une rencontre
    historique"; not "a new meeting", which may be another).

    Why: a reaction often calls the summit or deal of the sentences before "a historic meeting";
    any other indefinite noun may be a new event, so it names none.

    Example
    -------
    "Kim and Moon met on Friday. Japan welcomed a historic meeting.": "meeting" is known.
    """
    if definite(n, g):
        return True
    marks = set(g.get("known_event_adjectives", ()))
    dets = [c.lower_ for c in n.children if c.dep_ in DETERMINER_DEPS]
    return bool(marks) and any(d in g.get("indefinite_determiners", ()) for d in dets) \
        and any(c.lemma_.lower() in marks or c.lower_ in marks for c in n.children if c.pos_ in ("ADJ", "NOUN"))


def definite(n, g: dict) -> bool:
    """Whether noun ``n`` has a definite determiner ("the strike", "cette offensive"): it names
    something already told; "a decision" may be a new one."""
    return any(c.dep_ in DETERMINER_DEPS and c.lower_ in g["definite_determiners"] for c in n.children)
