"""Request frames: ``request`` ("urged X to withdraw", "a call on X to ..."), ``must`` ("X said
Y must withdraw": a demand or an appeal of any verb) and ``until`` ("will not stop until X
withdraws": a condition set on X is a demand).

Example
-------
>>> from graph.events.frames.registry import HANDLERS
>>> HANDLERS["must"].__name__
'must'
"""

from __future__ import annotations

from ...actors.deps import ACL_DEPS, ACTIVE_VOICE_SUBJECT_DEPS, AUX_DEPS, MARK_DEPS, VERB_OBJECT_DEPS, XCOMP_DEPS, roles
from ..clauses import raised_participle
from ..context import CueContext, FrameReading, Triple
from .ordinary import ordinary
from .registry import frame


@frame("request")
def request(ctx: CueContext) -> FrameReading:
    """A request to its addressee; the complement says whether it is a ``demand`` (to withdraw,
    to cease) or an ``appeal`` (to talk, to help). An appeal joined to a demand ("urged X to
    show restraint and stop its offensive") states both (GUIDELINES section 3)."""
    if private_addressee(ctx):
        return FrameReading([])
    reading = ordinary(ctx, target=addressee, relation=request_relation)
    if reading is None or _complement(ctx) != ("appeal", True):
        return reading
    demand = ctx.rules.rewrite("request_demand", ctx.cue.relation)
    appeal = ctx.rules.rewrite("request_appeal", ctx.cue.relation)
    both = [Triple(x.source, x.target, appeal) for x in reading.triples if x.relation == demand != appeal]
    return FrameReading(reading.triples + both, reading.guessed)


@frame("must")
def must(ctx: CueContext) -> FrameReading | None:
    """"X said Y must withdraw": the speaker demands (or, for talking and helping verbs,
    appeals) that the subject of the modal verb act. ``None`` without a modal."""
    t, g = ctx.token, ctx.g
    if not modal(t, g):
        return None
    c = disposed(t, g) or t  # "Y must be ready to talk": the clause of "ready" holds the modal
    v = c.head if c.dep_ in XCOMP_DEPS and c.head.lemma_.lower() in g["modal_must"] else c
    src = speaker(ctx, v)
    rel = ctx.cue.relation
    if t.lemma_.lower() in g["appeal_complements"]:
        rel = ctx.rules.rewrite("must_appeal", rel)
    return FrameReading([Triple(s, x, rel) for s in src or [] for x in ctx.args.subjects(v)])


@frame("until")
def until(ctx: CueContext) -> FrameReading:
    """"will not cease its operations until X withdraws": X is asked to withdraw, by the speaker
    or else the subject of the main clause."""
    t, A = ctx.token, ctx.args
    main = t.head
    while main.pos_ not in ("VERB", "AUX") and main.head != main:  # a clause the parser hung on a noun
        main = main.head
    src = speaker(ctx, main) or A.subjects(main)
    return FrameReading([Triple(s, x, ctx.cue.relation) for s in src for x in A.subjects(t)])


def private_addressee(ctx: CueContext) -> bool:
    """The request is made to people or firms, not to an actor ("ordered its airlines to avoid
    X's airspace", "urged Italian nationals to leave X", ``private_addressees``), or to its own
    forces ("ordered its troops to leave X", ``force_nouns``): its object is such a noun and names
    no actor but the requester's own, so no actor of the complement is its addressee ("ordered
    Russian troops to leave" stays a demand of Russia)."""
    t, A, g = ctx.token, ctx.args, ctx.g
    words = g.get("private_addressees", frozenset()) | g.get("force_nouns", frozenset())
    own = {m["code"] for m in A.subjects(t)} if t.pos_ in ("VERB", "AUX") else set()
    for c in t.children:
        if c.dep_ in VERB_OBJECT_DEPS and c.lemma_.lower() in words:
            return {m["code"] for m in A.np(c)} <= own
    return False


def modal(v, g) -> bool:
    """``v`` carries a modal of obligation ("must", "should", "doit"), itself or through the
    disposition adjective it complements ("Y must be ready to mediate", "Y doit être prêt à
    négocier": ``disposition_adjectives``)."""
    if any(c.dep_ in AUX_DEPS and c.lemma_.lower() in g["modal_must"] for c in v.children):
        return True
    if v.dep_ in XCOMP_DEPS and v.head.lemma_.lower() in g["modal_must"]:
        return True
    h = disposed(v, g)
    return h is not None and modal(h, g)


def disposed(v, g):
    """The clause word a disposition adjective hangs on when ``v`` complements one ("be ready
    to mediate": *be*; "doit être prêt à négocier", where the adjective hangs on the modal:
    *prêt*), else None.

    >>> disposed.__name__
    'disposed'
    """
    a = v.head
    if v.dep_ not in XCOMP_DEPS or a.lower_ not in g.get("disposition_adjectives", ()):
        return None
    return a if a.head.lemma_.lower() in g["modal_must"] else a.head


def speaker(ctx: CueContext, v) -> list[dict] | None:
    """Subject of the speech verb governing ``v`` (reported speech), if any; an incise verb
    after its quotation speaks too ("'X will pay a heavy price,' threatened Y")."""
    A, g = ctx.args, ctx.g
    for a in list(v.ancestors)[:4]:
        if a.pos_ in ("VERB", "AUX") and (a.lemma_.lower() in g["speech_verbs"] or (
                a.lemma_.lower() in g.get("incise_verbs", ()) and v.i < a.i)):
            return A.subjects(a)
        if a.lemma_.lower() in g.get("speech_nouns", ()) and a.pos_ == "NOUN":
            return A.noun_source(a)  # "issued a reminder to X that it must"
    return None


def addressee(ctx: CueContext, src: list, tgt: list) -> list:
    """Whom a request is made to: its object or to-complement, or whom a request verb asks it of
    (``request_source_preps``: "a exigé de X des explications"); "demanded that X cancel" (the
    subject of the complement clause); "stressed the need for X to talk" (the subject of the
    noun's for-clause, ``clause_subject_marks``); "a letter to X, asking for" (the noun it modifies);
    "wrote to X, asking for help" (the addressee of the verb above; "phoned A and B, urging them
    to", its object for a pronoun); "renewed its demand this week
    that X end" (a that-clause hung on the light verb, ``that_marks``)."""
    t, A, g = ctx.token, ctx.args, ctx.g
    left = [m for _, n in A.preps(t) for m in (A.departure(n) or ((), ()))[0]]
    tgt = left or _reached(ctx, tgt) or A.prep_actors(t, g["verb_target_preps"])  # "called for the withdrawal of X from Y": X
    if not tgt and t.pos_ == "VERB":  # "a exigé de Moscou le retrait", "demanded of X an apology"
        tgt = A.prep_actors(t, g.get("request_source_preps", frozenset()))
    if not tgt:
        for c in t.children:
            if _clause_head(c) and (c.dep_ in roles("clausal_complement", "clausal_modifier") or (
                    t.pos_ == "NOUN" and c.dep_ in roles("adverbial_clause")  # "set a deadline for X to"
                    and any(x.lower_ in g.get("clause_subject_marks", ()) for x in c.children))):
                tgt = A.subjects(c)
    if not tgt:  # "stressed the need for A and B to return to talks": who the need is for
        tgt = [m for c in t.children if c.dep_ in VERB_OBJECT_DEPS for k in c.children
               if k.pos_ in ("VERB", "AUX") and any(x.lower_ in g.get("clause_subject_marks", ()) for x in k.children)
               for m in A.subjects(k)]
    if not tgt and t.pos_ == "NOUN" and t.dep_ in VERB_OBJECT_DEPS:  # "renewed its demand this week that X end"
        tgt = [m for c in t.head.children if c.i > t.i and _clause_head(c) and c.dep_ in SPLIT_CLAUSE_DEPS
               and any(x.lower_ in g.get("that_marks", ()) and x.i < c.i for x in c.children) for m in A.subjects(c)]
    if not tgt and t.dep_ in ACL_DEPS and A.at(t.head):
        tgt = A.np(t.head)
    if not tgt and t.dep_ in roles("adverbial_clause", "conjunct") and t.head.pos_ == "VERB":
        preps = g["verb_target_preps"] - g["between_preps"]
        tgt = A.prep_actors(t.head, preps) or [  # "sent a letter to X, asking for"
            m for c in t.head.children if c.dep_ in VERB_OBJECT_DEPS for m in A.prep_actors(c, preps)]
    return tgt or warring_sides(ctx)


def _reached(ctx: CueContext, tgt: list) -> list:
    """"phoned A and B, urging them to", "hosted A and B, asking them to": a plural pronoun object
    of a request in an adverbial clause or a conjunct ("met A and B and urged them to") stands for
    all the actors the verb above reached (its objects), when they are more than one and include
    those ``tgt`` names."""
    t, A = ctx.token, ctx.args
    if t.dep_ not in roles("adverbial_clause", "conjunct") or t.head.pos_ != "VERB" or not any(
            c.dep_ in VERB_OBJECT_DEPS and c.pos_ == "PRON" and "Plur" in c.morph.get("Number") for c in t.children):
        return tgt
    reached = [m for c in t.head.children if c.dep_ in VERB_OBJECT_DEPS for m in A.np(c)]
    codes = {m["code"] for m in reached}
    return reached if len(codes) > 1 and {m["code"] for m in tgt} <= codes else tgt


#: Where the parser hangs a request noun's that-clause on the verb when a time word stands between.
SPLIT_CLAUSE_DEPS = roles("clausal_complement", "adverbial_clause")


def _clause_head(c) -> bool:
    """Whether ``c`` heads a clause: a verb, or a word the tagger read as a noun that has a
    clause marker and a subject of its own ("its demand that X end the blockade": *end*)."""
    return c.pos_ in ("VERB", "AUX") or (c.pos_ == "NOUN" and any(x.dep_ in MARK_DEPS for x in c.children)
                                          and any(x.dep_ in ACTIVE_VOICE_SUBJECT_DEPS for x in c.children))


def warring_sides(ctx: CueContext) -> list:
    """The sides of the conflict a request with no addressee asks to settle: "called for a
    ceasefire in the war between A and B", "urged an end to the fighting between A and B" (the
    "between" list of the thing asked for, or of the noun it is in or to)."""
    t, A, g = ctx.token, ctx.args, ctx.g
    asked = [c for c in t.children if c.dep_ in VERB_OBJECT_DEPS]
    asked += [n for p, n in A.preps(t) if p in g["verb_target_preps"] - g["between_preps"]]
    for n in asked:
        for x in (n, *(k for p, k in A.preps(n) if p not in g["between_preps"])):
            sides = A.between_sides(x)
            if len({m["code"] for m in sides}) >= 2:
                return sides
    return []


def request_relation(ctx: CueContext, tgt: list) -> str:
    """``demand`` or ``appeal`` by the first complement word after the cue (``demand_complements``,
    ``appeal_complements``); an invitation (``invitation_verbs``: "invited X to deploy its force
    to free ...") is never a demand; a call to cease addressed to both sides alike is an appeal;
    an invitation of two sides (``mediating_requests``) is a mediation."""
    t, g, cue, rules = ctx.token, ctx.g, ctx.cue, ctx.rules
    rel = cue.relation
    kind, stop = _complement(ctx)
    if kind == "demand" or stop:  # "to show restraint and stop its offensive": a demand (and an appeal)
        rel = rules.rewrite("request_demand", rel)
    elif kind == "appeal":
        rel = rules.rewrite("request_appeal", rel)
    codes = {m["code"] for m in tgt}
    back = rules.rewrite("both_sides_appeal", rel)
    if len(codes) >= 2 and back != rel and cue.relation == back:
        rel = back
    if t.lemma_.lower() in g.get("mediating_requests", ()) and len(codes) >= 2:
        # "invited both sides to Moscow": a third party bringing them together
        rel = rules.rewrite("mediating_request", rel)
    return rel


def _complement(ctx: CueContext) -> tuple[str | None, bool]:
    """The kind of the first complement word after the request cue (``"demand"``, ``"appeal"``
    or ``None``), and for an appeal whether a demand complement is joined to it ("to show
    restraint and stop its offensive"); an invitation is never a demand; a call on a third party
    to press another (``pressing_complements``: "to force X to withdraw"; ``pressing_nouns`` under a
    verb of the complement: "to put pressure on X") is an appeal."""
    t, g = ctx.token, ctx.g
    inviting = t.lemma_.lower() in g.get("invitation_verbs", ())
    subj = {x.i for c in t.children if c.dep_ in ACTIVE_VOICE_SUBJECT_DEPS for x in c.subtree}
    subj |= {y.i for x in t.subtree if x != t and raised_participle(x) == t for y in x.subtree}  # ", ending ..."
    for x in t.subtree:
        if x.i in subj or x.i <= t.i:
            continue
        lem = x.lemma_.lower()
        if (lem in g.get("pressing_complements", ()) and x.pos_ == "VERB") or (
                lem in g.get("pressing_nouns", ()) and x.pos_ == "NOUN" and x.head != t):
            return "appeal", False  # "asked the court to order X to withdraw": help asked of a third party
        if lem in g["demand_complements"] and not inviting:
            return "demand", False
        if lem in g["appeal_complements"]:
            v = x
            while v.pos_ not in ("VERB", "AUX") and v.head not in (v, t):  # "faire preuve de retenue"
                v = v.head
            stop = any(c.lemma_.lower() in g["demand_complements"] for y in {x, v} for c in y.conjuncts if c.i > y.i)
            return "appeal", stop and not inviting
    return None, False
