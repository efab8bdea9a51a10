"""Mediation frames: ``mediate`` ("C mediated between A and B", "a deal brokered by C") and
``under`` ("under the auspices of C", "sous l'égide de C": C mediates for the actors of the
clause), and peace plans ("Egypt's truce proposal").

Example
-------
>>> from graph.events.frames.registry import HANDLERS
>>> HANDLERS["under"].__name__
'under'
"""

from __future__ import annotations

from ...actors.deps import PARTICIPLE_DEPS, PREP_OBJECT_DEPS, VERB_OBJECT_DEPS, XCOMP_DEPS, roles
from ..arguments import _unique
from ..context import CueContext, FrameReading, Triple
from .ordinary import ordinary, side_pairs
from .registry import frame
from .symmetric import sides_reading

#: Actor types a chairing verb's object heads rather than mediates for ("chairs the AU").
_BODY_TYPES = ("InternationalOrganisation", "GovernmentBody")


@frame("mediate")
def mediate(ctx: CueContext) -> FrameReading:
    """The mediator of the sides the cue names; a mediation noun after "under" reads as the
    ``under`` frame, a plan noun as a peace plan; with no two sides, the ordinary reading (for
    ``chairing_verbs`` without the organisation chaired: "chairs the African Union")."""
    t = ctx.token
    if t.pos_ == "NOUN" and under_words_before(ctx):
        return under(ctx)
    if t.pos_ == "NOUN" and t.lemma_.lower() in ctx.g.get("peace_plan_nouns", ()):
        return peace_plan(ctx)
    found = sides_reading(ctx, mediating=True)
    if found is not None:
        return found
    found = ordinary(ctx)
    if t.lemma_.lower() in ctx.g.get("chairing_verbs", ()):  # "Senegal chairs the AU": the body, no side
        found = FrameReading([x for x in found.triples if x.target.get("type") not in _BODY_TYPES], found.guessed)
    return found


@frame("host")
def host(ctx: CueContext) -> FrameReading:
    """A host of two sides mediates between them (GUIDELINES: "hosts ... talks between them"):
    "C hosted the ministers of A and B", "C a reçu A et B" give ``mediate`` from C to each side
    and ``meet`` between the sides; "talks hosted by C" after "A and B reached a deal" gives
    the sides of the talks; a host of one side only meets it (the ordinary reading)."""
    t = ctx.token
    if t.dep_ in PARTICIPLE_DEPS and t.head.pos_ == "NOUN":  # "after talks hosted by C"
        found = sides_reading(ctx, mediating=True)
        if found is not None:
            return _with_meetings(ctx, found.triples, found.guessed)
    found = ordinary(ctx)
    inside = _between_objects(ctx)
    if inside:  # "C hosted five rounds of talks between the two rivals": the talks' reading mediates
        found = FrameReading([x for x in found.triples if x.target["token_start"] not in inside], found.guessed)
    hosts = {x.source["code"] for x in found.triples}
    sides = _unique([x.target for x in found.triples if x.target["code"] not in hosts])
    if len(hosts) != 1 or len({m["code"] for m in sides}) != 2 or ctx.cue.relation != "meet":
        return found  # (a sense row of the host verb: "a accueilli favorablement la proposition de X")
    rel = ctx.rules.rewrite("mediation", "mediate")
    sources = _unique([x.source for x in found.triples])
    return _with_meetings(ctx, [Triple(s, x, rel) for s in sources for x in sides], found.guessed)


def _between_objects(ctx: CueContext) -> set[int]:
    """Tokens of the "between" phrases inside the objects of the host verb ``ctx.token`` ("hosted
    talks between A and B", "five rounds of talks between the rivals", "a accueilli des
    pourparlers entre A et B"): the sides of the talks hosted, not visitors the host meets."""
    between = ctx.g["between_preps"]
    objects = [c for c in ctx.token.children if c.dep_ in VERB_OBJECT_DEPS]
    phrases = [p if any(True for _ in p.children) else p.head for o in objects for p in o.subtree if p.lower_ in between]
    return {x.i for p in phrases for x in p.subtree}  # (French "entre" is a case mark on its noun)


@frame("help_sides")
def help_sides(ctx: CueContext) -> FrameReading:
    """Who helps two sides settle their dispute mediates between them ("C offered to help A and B
    settle their differences", "a aidé A et B à surmonter leurs divergences"): ``mediate`` from
    C to each side; helping one side only is no mediation (nothing). The settlement itself is
    not asserted (the frame suppresses its complement, :data:`graph.events.filters.SUPPRESSING`)."""
    found = ordinary(ctx)
    sources = {x.source["code"] for x in found.triples}
    sides = {x.target["code"] for x in found.triples if x.target["code"] not in sources}
    if len(sides) < 2:
        return FrameReading([])
    return FrameReading([x for x in found.triples if x.target["code"] in sides], found.guessed)


def _with_meetings(ctx: CueContext, mediations: list, guessed: bool) -> FrameReading:
    """``mediations`` plus a ``meet`` between every two sides they mediate for."""
    sides = _unique([x.target for x in mediations])
    meets = [Triple(a, b, ctx.cue.relation) for a, b in side_pairs(sides) if a["code"] != b["code"]]
    return FrameReading(mediations + meets, guessed)


@frame("under")
def under(ctx: CueContext) -> FrameReading:
    """"talks under the auspices of C", "sous l'égide de C": the owner of the auspices mediates
    for every actor of the clause outside the phrase (not places: "in Geneva"), and for the
    sides of a "between" list the parser hung inside the phrase ("under the aegis of C between
    A and B")."""
    t, A, g = ctx.token, ctx.args, ctx.g
    if not under_words_before(ctx):
        return FrameReading([])
    src = _unique([m for c in t.children if c.dep_ in roles("adjectival_modifier", "possessive") for m in A.np(c)]
                  + A.prep_actors(t, g["noun_of_preps"]))
    clause = t
    while clause.head != clause and clause.pos_ not in ("VERB", "AUX"):
        clause = clause.head
    inside = {x.i for x in t.subtree}
    for x in clause.subtree:  # "in Geneva (Switzerland)": where, not who
        if x.head.lower_ in g["place_preps"] and x.dep_ in PREP_OBJECT_DEPS:
            inside.update(y.i for y in x.subtree)  # "in the separatist region of X"
        elif x.i > 0 and x.doc[x.i - 1].text == "(":
            inside.add(x.i)
    tokens, asked = list(clause.subtree), []
    asker = _asker(ctx, clause)
    if asker is not None and asker != clause:  # "invited A and B to talk under the aegis of C"
        tokens += [x for c in asker.children if c.dep_ in VERB_OBJECT_DEPS for x in c.subtree]
        asked = A.prep_actors(asker, g["verb_target_preps"])  # "called on A and B to ..."
    if asker is not None:  # who asks for the talks is no side of them
        inside.update(x.i for m in A.subjects(asker) for x in t.doc[m["token_start"]:m["token_end"]])
    if asker is None and clause.dep_ in XCOMP_DEPS:  # "A and B agreed to meet under the auspices of C"
        asked = [m for m in A.subjects(clause.head) if m["token_start"] not in inside]
    sides = [m for x in t.subtree if x.pos_ in ("NOUN", "PROPN") for m in A.between_sides(x)]
    tg = _unique([m for x in tokens if x.i not in inside for m in A.at(x)] + asked + sides)
    rel = ctx.rules.rewrite("mediation", ctx.cue.relation)
    return FrameReading([Triple(s, x, rel) for s in src for x in tg if s["code"] != x["code"]])


def _asker(ctx: CueContext, clause):
    """The request verb whose complement the "under" phrase sits in: the clause itself ("urged
    A and B, under the aegis of C, to ...") or the verb above its infinitive ("a invité A et B
    à négocier sous l'égide de C"); ``None`` for a plain clause."""
    frames = ctx.reading.frames
    if frames.get(clause.i) == "request":
        return clause
    h = clause.head
    if h != clause and clause.dep_ in XCOMP_DEPS | roles("relative_clause") and frames.get(h.i) == "request":
        return h
    return None


def under_words_before(ctx: CueContext) -> bool:
    """An ``under_words`` word ("under", "sous") in the four words before the cue."""
    t = ctx.token
    left = t.doc[max(ctx.seg.start, t.i - 4):t.i]
    return any(x.lower_ in ctx.g["under_words"] for x in left)


def peace_plan(ctx: CueContext) -> FrameReading:
    """"Egypt's truce proposal", "the Egyptian plan for peace between A and B", "la
    proposition égyptienne de trêve": whoever owns a plan about a truce or peace mediates
    for its sides: the "between" list, else the subjects of the clause that weighs it
    ("A and B are considering ..."). A plan with no such topic, or made by a side, is none."""
    t, A, g = ctx.token, ctx.args, ctx.g
    med = A.noun_source(t)
    v = t.head if t.dep_ in VERB_OBJECT_DEPS and t.head.pos_ in ("VERB", "AUX") else None
    if not med and v is not None and v.lemma_.lower() not in g["plan_receiving_verbs"]:
        med = A.subjects(v)  # "Qatar presented a peace plan between A and B"
    sides = A.between(t)
    if len({m["code"] for m in sides}) < 2:
        sides = A.subjects(v) if v is not None and v.lemma_.lower() in g["plan_receiving_verbs"] else []
    codes = {m["code"] for m in sides}
    if len(codes) < 2 or codes & {m["code"] for m in med}:
        return FrameReading([])
    rel = ctx.rules.rewrite("mediation", ctx.cue.relation)
    return FrameReading([Triple(m, s, rel) for m in med for s in sides])
