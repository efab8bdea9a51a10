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

from ..actors.deps import ACL_DEPS, ACTIVE_SUBJECT_DEPS, AGENT_DEPS, CONJ_DEPS, DETERMINER_DEPS, RELCL_DEPS


def referred_event(args, n, relative: bool = False) -> list[dict]:
    """The source of the last event an ``event_reference_nouns`` noun ``n`` stands for (see
    the module; ``relative``: ``n`` is the antecedent of the verb's relative pronoun); else none."""
    from .context import PARTIES  # (context imports the arguments, which import this module)

    g = args.g
    if n is None or n.pos_ != "NOUN" or n.lemma_.lower() not in g.get("event_reference_nouns", ()):
        return []
    if not relative and not any(c.dep_ in DETERMINER_DEPS and c.lower_ in g["definite_determiners"] for c in n.children):
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
    agents += [k for c in agents for k in c.children if c.pos_ == "ADP"]  # "by | missiles"
    return bool(agents) and not any(a.lemma_.lower() in instruments or a.lower_ in instruments for a in agents)
