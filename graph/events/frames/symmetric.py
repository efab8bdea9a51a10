"""Symmetric frames: ``sym`` ("A and B met", "talks between A and B"), ``sym_attack`` (the
same, stated in both directions: "clashes between A and B") and ``with`` ("spoke with X":
only a with-complement makes it a meeting).

Example
-------
>>> from graph.events.frames.registry import HANDLERS
>>> HANDLERS["sym_attack"].__name__
'sym_attack'
"""

from __future__ import annotations


from ...actors.deps import PARTICIPLE_DEPS, VERB_OBJECT_DEPS, XCOMP_DEPS
from ..clauses import negated_verb
from ..context import PARTIES, CueContext, FrameReading, Triple
from ..requesters import requester
from ..linking import co_agents, event_noun_sides, hyphen_pair, third_party
from .ordinary import ordinary, side_pairs
from .registry import frame


@frame("sym")
def sym(ctx: CueContext) -> FrameReading:
    """Each pair of the sides of a symmetric cue; a host verb above it mediates ("hosted talks
    between A and B")."""
    found = sides_reading(ctx)
    if found is not None:
        return found
    reading = ordinary(ctx, symmetric=True, target=with_target)
    hosts = host_subjects(ctx)  # "A and B offered to host further talks": the hosts do not meet each other
    return FrameReading([x for x in reading.triples if not (x[0]["token_start"] in hosts and x[1]["token_start"] in hosts)],
                        reading.guessed) if hosts else reading


def host_subjects(ctx: CueContext) -> set[int]:
    """The first tokens of the subjects of the ``host_verbs`` verb whose object is the talks
    noun cue ("A and B will host talks", "A and B hosted a new round of talks"): hosts, no sides."""
    t, A, g = ctx.token, ctx.args, ctx.g
    if t.pos_ != "NOUN":
        return set()
    hosted = t  # up through "a new round of", "un nouveau cycle de" to the object of the verb
    while hosted.dep_ not in VERB_OBJECT_DEPS and hosted.head.pos_ in ("NOUN", "ADP") and hosted.head != hosted \
            and hosted.i - hosted.head.i < 5:
        hosted = hosted.head
    verb = hosted.head
    if hosted.dep_ not in VERB_OBJECT_DEPS or verb.lemma_.lower() not in g["host_verbs"]:
        return set()
    return {m["token_start"] for m in A.subjects(verb)}


@frame("sym_attack")
def sym_attack(ctx: CueContext) -> FrameReading:
    """A symmetric attack ("clashes between A and B", "A and B fought"): both directions; a fight
    someone is helped to wage ("helped X fight Y") is X's, one way."""
    both = not helped_fight(ctx)
    return sides_reading(ctx, both_ways=True) or ordinary(ctx, symmetric=True, both_ways=both, target=with_target)


def helped_fight(ctx: CueContext) -> bool:
    """The cue is the verbal complement of a helping verb that is itself a purpose ("sent troops
    to help X fight Y", "pour aider X à combattre Y", ``helping_verbs``, ``purpose_marks``): the
    aim is the helped side's campaign, not a battle stated both ways ("helped X fight Y" is one).

    >>> helped_fight.__name__
    'helped_fight'
    """
    t, g = ctx.token, ctx.g
    marks = g.get("purpose_marks", ())
    heads = [t.head, t.head.head] if t.head.pos_ == "ADP" else [t.head]
    return t.pos_ == "VERB" and t.head != t and t.dep_ not in PARTICIPLE_DEPS and any(
        h.lemma_.lower() in g.get("helping_verbs", ()) and any(m.tag_ == "TO" or m.lower_ in marks for m in h.children)
        for h in heads)


@frame("with")
def with_(ctx: CueContext) -> FrameReading:
    """"spoke (on the phone) with X": the subject meets X; no with-complement, no event."""
    A = ctx.args
    tgt = A.prep_actors(ctx.token, with_preps(ctx))
    return FrameReading([Triple(s, x, ctx.cue.relation) for s in (A.subjects(ctx.token) if tgt else [])
                         for x in tgt])


def with_preps(ctx: CueContext) -> list[str]:
    """The language's "with" prepositions that introduce a target (``with_preps`` of grammar.json)."""
    return sorted(ctx.g["with_preps"] & ctx.g["verb_target_preps"])


def with_target(ctx: CueContext, src: list, tgt: list) -> list:
    """"discussed Syria with X": the with-complement of a symmetric verb is the other side, also
    when the parser hung it one level down (but not "agreed to US mediation in talks with X")."""
    t, A = ctx.token, ctx.args
    tgt = [m for m in tgt if not requester(ctx, m)]  # "met at the request of X": X asked, no side
    if t.pos_ != "VERB":
        return tgt
    withs = with_preps(ctx)
    found = A.prep_actors(t, withs) or [  # "restored its ties with X": on the sense's object
        m for c in t.children if c.dep_ in VERB_OBJECT_DEPS and c.lemma_.lower() in ctx.cue.objects
        for m in A.prep_actors(c, withs)]
    deeper = not found and (not tgt or A.objects(t))
    for _, n in (A.preps(t) if deeper else []):
        found = found or A.prep_actors(n, withs)
    return found or [m for m in tgt if not topic(ctx, m)]


def topic(ctx: CueContext, m: dict) -> bool:
    """A mention inside an object of the symmetric verb that is itself an action noun cue, or any
    noun object of a ``topic_verbs`` verb: what was discussed, not who with ("discussed Turkey's
    offensive", "discussed Iran's nuclear programme")."""
    t, lex = ctx.token, ctx.lex
    topical = t.lemma_.lower() in ctx.g["topic_verbs"]  # "discussed Iran's nuclear programme"
    for c in t.children:
        if c.dep_ in VERB_OBJECT_DEPS and c.pos_ == "NOUN" and (topical or lex.noun_cues(c)):
            if any(x.i == m["token_start"] for x in c.subtree):
                return True
    return False


def sides_reading(ctx: CueContext, both_ways: bool = False, mediating: bool = False) -> FrameReading | None:
    """The two or more sides of a symmetric or mediation cue ("between A and B", "talks of A
    and B", "US-Taliban talks", "a deal brokered by C" between the clause's subjects), paired;
    with who hosts or mediates them (a host verb with a ``welcoming_adverbs`` adverb welcomes
    the talks, hosts none). ``None`` when fewer than two sides are found."""
    t, A, g = ctx.token, ctx.args, ctx.g
    sides = A.between(t)
    if len(sides) < 2 and t.dep_ in PARTICIPLE_DEPS and t.head.pos_ == "NOUN" and (
            mediating or third_party(ctx, [])):  # "A and B made peace in a deal brokered by C"
        sides = event_noun_sides(ctx, t.head)
    if len(sides) < 2 and not mediating and t.pos_ == "NOUN":  # "talks of A and B"
        sides = A.prep_actors(t, g["noun_of_preps"])
    if len(sides) < 2 and not mediating and t.pos_ == "NOUN":  # "US-Taliban talks"
        sides = hyphen_pair(ctx, t)
    if len(sides) < 2 and not mediating:  # "A and B met. C offered to host further talks"
        sides = continued_sides(ctx)
    if len(sides) < 2:
        return None
    rel = ctx.cue.relation
    pairs = side_pairs(sides)
    group = between_group(ctx)
    if len({group(m) for m in sides}) > 1:  # "between A and B as well as between C and D"
        pairs = [(a, b) for a, b in pairs if group(a) == group(b)]
    out = [Triple(a, b, rel) for a, b in pairs]
    if both_ways:
        out += [Triple(b, a, rel) for a, b in pairs]
    hosted = t.head.head if t.head.lower_ in g["noun_of_preps"] and t.head.head.pos_ == "NOUN" else t
    welcomed = any(c.lemma_.lower() in g.get("welcoming_adverbs", ()) for c in hosted.head.children)
    if mediating or (hosted.head.lemma_.lower() in g["host_verbs"] and not welcomed):  # not "accueilli favorablement"
        host = t if mediating else hosted.head
        med = A.subjects(host) if host.pos_ in ("VERB", "AUX") else A.noun_source(host)
        if not med and host.pos_ in ("VERB", "AUX") and A.is_passive(host) and not negated_verb(host, g):  # "was not brokered by C"
            med = A.prep_actors(host, g["agent_preps"])
        med = med + co_agents(ctx.at(host, ctx.cue), med)
        mediations = [Triple(m, s, ctx.rules.rewrite("mediation", rel)) for m in med for s in sides]
        return FrameReading(mediations if mediating or offered(ctx, host) else out + mediations)
    med = third_party(ctx, sides)  # "a truce negotiated by C between A and B"
    return FrameReading(out + [Triple(m, s, ctx.rules.rewrite("mediation", rel)) for m in med for s in sides])


def continued_sides(ctx: CueContext) -> list[dict]:
    """The parties of the talks stated in the last sentences (the ``joint_anaphor`` parties of
    the cue's relation) when the cue is a talks noun a ``host_verbs`` verb hosts, continued by a
    ``continuation_words`` word ("C offered to host further talks", "C will host the next round
    of talks", "C hosted a new round of negotiations"); else none."""
    t, A, g = ctx.token, ctx.args, ctx.g
    words = g.get("continuation_words", ())
    nouns = [t] + ([t.head.head] if t.head.lower_ in g["noun_of_preps"] and t.head.head.pos_ == "NOUN" else [])
    if t.pos_ != "NOUN" or nouns[-1].head.lemma_.lower() not in g["host_verbs"] \
            or nouns[-1].dep_ not in VERB_OBJECT_DEPS or not any(c.lower_ in words for n in nouns for c in n.children):
        return []
    last = A.recent_events.get(PARTIES + ctx.cue.relation)
    if last is None or A.segment - last[1] > 2 or A.segment == last[1]:
        return []
    parties = last[0].get("event_parties", [])
    if {m["code"] for m in A.subjects(nouns[-1].head)} & {m["code"] for m in parties}:
        return []  # "A and B met. A offered to host further talks": a side, no mediator
    return [dict(p, event_anaphor=True) for p in parties]


def offered(ctx: CueContext, host) -> bool:
    """Whether hosting is only offered: ``host`` is the infinitive of an ``intent_verbs`` or
    ``commissive_verbs`` word ("offered to host talks between A and B", "is ready to host ...",
    "a proposé d'accueillir des pourparlers entre A et B"): the offer is the host's mediation
    (the ``offered`` rule), the talks are not held, so no meeting of the sides."""
    words = set(ctx.g["intent_verbs"]) | set(ctx.g.get("commissive_verbs", ()))
    return host.dep_ in XCOMP_DEPS and host.head != host and host.head.lemma_.lower() in words \
        and ctx.rules.applies("offered", ctx.rules.rewrite("mediation", ctx.cue.relation))


def between_group(ctx: CueContext):
    """A function giving each side the number of "between" words of the segment before it, so
    that "talks between A and B as well as between C and D" ("entre A et B ainsi qu'entre C et
    D") pair A with B and C with D only."""
    preps = ctx.g["between_preps"]
    marks = [x.i for x in ctx.seg if x.lower_ in preps and x.pos_ == "ADP"]
    return lambda m: sum(1 for i in marks if i < m["token_start"])
