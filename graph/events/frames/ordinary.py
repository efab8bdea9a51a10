"""The ordinary frame (``svo``: "X condemned Y", "X's support for Y") and accusations.

:func:`ordinary` is the argument reading the other families end in when their own reading
finds nothing: the parse's source and target, the word-order fallback when one is missing,
reciprocal and co-agent pairs, places as targets, and the "against" guard. Families adapt it
with a target step (who else can be the target) and a relation step (which relation the
complement says).

Example
-------
>>> from graph.events.frames.registry import HANDLERS
>>> HANDLERS["svo"].__name__, HANDLERS["accuse"].__name__
('svo', 'accuse')
"""

from __future__ import annotations

from itertools import combinations
from typing import Callable, Optional

from ...actors.reasons import reason_doer
from ...actors.deps import (ACL_DEPS, ACTIVE_VOICE_SUBJECT_DEPS, APPOS_DEPS, CASE_DEPS, CCOMP_DEPS, REPORTED_CLAUSE_DEPS,
                            VERB_OBJECT_DEPS, XCOMP_DEPS, roles)
from ..conditions import condition_of, condition_target
from ..coagents import fellow_agents
from ..context import CueContext, FrameReading, Triple
from ..fallback import (clause_target, complement_target, defended, nearest, noun_target_by_order, participle_target,
                        relation_noun_target, subject_conjuncts)
from ..place_targets import expelled_from, place_target
from ..linking import (BARE_COMPLEMENT_DEPS, announced_threat, backing, co_agent_head, co_agents, dissuasion, hostile,
                       reciprocal, together)
from ..patients import patients
from ..references import names_nobody
from ..replies import reply_target
from .registry import frame

#: Clauses under a sense reading's verb or its object that state its purpose as a cue of their own
#: ("sent two envoys to mediate", "sent envoys who will mediate"; French relatives acl:relcl included).
_PURPOSE_CLAUSE_DEPS = XCOMP_DEPS | roles("clausal_modifier", "adverbial_clause", "relative_clause")
TargetStep = Callable[[CueContext, list, list], list]
RelationStep = Callable[[CueContext, list], str]


@frame("svo")
def svo(ctx: CueContext) -> FrameReading:
    """"X condemned Y", "Y was condemned by X", "X's condemnation of Y"."""
    return ordinary(ctx, target=_unnamed)


def _unnamed(ctx: CueContext, src: list, tgt: list) -> list:
    """"condemned the attack without naming the perpetrator": a verb that says it names nobody
    targets only what its own clause names, not the author of an earlier attack (an event
    anaphor: the attack noun read as its attackers)."""
    if not names_nobody(ctx.args, ctx.token):
        return tgt
    inside = {x.i for x in ctx.token.subtree}
    return [m for m in tgt if m["token_start"] in inside and not m.get("event_anaphor")
            and not (m.get("kind") == "pronoun" and ctx.lex.noun_cues(ctx.doc[m["token_end"] - 1]))]


@frame("accuse")
def accuse(ctx: CueContext) -> FrameReading:
    """"X accused Y of ...", "X complained to the UN over Y's raids" (the accused is in the
    of/over complement when the verb has no object)."""
    return ordinary(ctx, target=_accused)


def _accused(ctx: CueContext, src: list, tgt: list) -> list:
    t, A = ctx.token, ctx.args
    # "denied receiving Iranian support": what a verbal complement names is not who is answered
    inside = {x.i for c in _clauses(ctx) for x in c.subtree}
    tgt = [m for m in tgt if m["token_start"] not in inside]
    if t.pos_ == "VERB" and not A.objects(t):
        return A.prep_actors(t, ctx.g["accuse_preps"]) or tgt or _charged(ctx)
    return tgt or _charged(ctx)


def _charged(ctx: CueContext) -> list:
    """Who an accusation's that-clause says did something: its subject ("alleged that X shelled
    the plant", "its accusation that X had attacked the consulate", "a affirmé que X avait
    bombardé"; GUIDELINES section 3, ``accuse``: "alleges that the target did something"). Only
    for the ``accuse`` relation (a denial's clause names no one answered), and only when the
    clause's verb is a cue of its own ("alleged that X had played a part in ..." is left)."""
    t, single = ctx.token, ctx.lex.single
    if ctx.cue.relation != "accuse":
        return []
    deps = CCOMP_DEPS | (ACL_DEPS if t.pos_ == "NOUN" else frozenset())
    return [m for c in t.children if c.dep_ in deps and c.pos_ in ("VERB", "AUX")
            and any(q.fits(c) for q in single.get(c.lemma_.lower(), ()))
            for x in c.children if x.dep_ in ACTIVE_VOICE_SUBJECT_DEPS for m in ctx.args.np(x)]


def _clauses(ctx: CueContext) -> list:
    """The verbal complements of the cue: clauses ("said that ...") and verbal objects ("denied
    receiving ...", "a nié avoir reçu ..."), whose actors belong to their own events."""
    return [c for c in ctx.token.children if c.dep_ in REPORTED_CLAUSE_DEPS
            or (c.pos_ in ("VERB", "AUX") and (c.dep_ in VERB_OBJECT_DEPS or c.dep_ in XCOMP_DEPS))]


def ordinary(ctx: CueContext, *, symmetric: bool = False, both_ways: bool = False,
             target: Optional[TargetStep] = None, relation: Optional[RelationStep] = None) -> FrameReading:
    """Source and target of the cue by the parse, else by word order.

    ``symmetric``: the cue joins its actors ("met", "fought": co-subjects are each other's
    other side, and no side is guessed); ``both_ways``: each event is stated in both directions;
    ``target``: a step that may change the target list; ``relation``: a step that chooses the
    relation from the complement (else the cue's relation, or a protest note's ``condemn``).
    """
    t, A, g = ctx.token, ctx.args, ctx.g
    backed = backing(ctx)  # "launched raids with the support of D": D supports the raiders
    if backed is not None:
        return FrameReading(backed)
    src, tgt = (t.pos_ == "NOUN" and A.departure(t, ctx.cue.relation)) or A.source_target(t)
    if not tgt:  # "voiced concern over X's moves", "defend itself against Y's attacks"; "l'accord avec X a été dénoncé par Y"
        tgt = (relation_noun_target(ctx) or participle_target(ctx, src) or defended(ctx, src)) if t.pos_ == "NOUN" \
            else _passive_bond_partner(ctx)  # "l'offensive menée par A et B contre Y": on the participle
    last = A.recent_events.get(ctx.cue.relation)
    if src and not (last and last[1] == A.segment and "event_parties" in last[0]):
        # "Russian missiles struck X. The EU condemned the strike.": who struck (this segment's agreement's parties stay)
        A.recent_events[ctx.cue.relation] = (src[0], A.segment)
    if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in g["complement_target_verbs"] and (
            not tgt or {m["code"] for m in tgt} <= {m["code"] for m in src}):  # not "its borders"
        # "threatened to cut off gas to X", "warned that it would answer any attack by X"
        tgt = complement_target(ctx, src) or clause_target(ctx, src)
    tgt = reply_target(ctx, src, tgt)  # "retaliated against Y by expelling its diplomats", "after Y's decision to ..."
    tgt = helped(ctx, src, _aimed(ctx, src, tgt))  # "threatened retaliation if Y deployed troops"
    if target is not None:
        tgt = target(ctx, src, tgt)
    if ctx.cue.relation in g.get("undoing_relations", ()) and t.pos_ in ("VERB", "AUX") and not (
            {m["code"] for m in tgt} - {m["code"] for m in src}):
        tgt = [m for c in undone_nouns(ctx) for m in A.noun_target(c)]  # "eased its blockade of X": the blockade's target
    victims = patients(ctx) | expelled_from(ctx)  # "condemned the attack on X", "expelled from Mayotte": no target
    tgt = [m for m in tgt if m["token_start"] not in victims and m not in _hosted_sides(ctx)]
    co = co_agents(ctx, src)  # "brokered by C together with D": D acts too, on no one of them
    partners = co if ctx.cue.relation in ctx.rules.relations("co_partners") else []
    co = [m for m in co if m not in partners]  # "worked alongside D": D is the partner
    tgt = [m for m in tgt if m not in co and co_agent_head(ctx, m) is None] + partners
    src = src if symmetric else src + co  # (a helper of one side is no second side)
    src, tgt, guessed = _fallback(ctx, src, tgt, symmetric)
    rel = announced_threat(ctx, relation(ctx, tgt) if relation is not None else _protest_note(ctx))
    pairs = _joint(ctx, src, tgt, rel, symmetric, both_ways, fellow_agents(ctx, co))
    if pairs is not None:
        return FrameReading(pairs, guessed)
    if _purpose(ctx):  # "sent negotiators to X for talks": the talks are the event
        return FrameReading([])
    if src and not tgt and t.pos_ == "NOUN":  # parse missed "support of X for Y"
        tgt = noun_target_by_order(ctx, src)
        guessed = guessed or bool(tgt)
    if src and not {m["code"] for m in tgt} - {m["code"] for m in src} and not body_gathering(ctx, src):
        # "an offensive in Karabakh", "troops to Haiti", "strengthened its forces in X": a place
        # (a rewritten act keeps its places: "faute de quoi il imposera des sanctions au Mali")
        tgt = place_target(ctx, rel) or (place_target(ctx, ctx.cue.relation) if rel != ctx.cue.relation else []) \
            or _object_place(ctx, rel) or tgt
    if ctx.lex.relation_sign.get(rel) == "+":  # "defend itself against X": X is opposed, not helped
        tgt = [m for m in tgt if not hostile(ctx, m)]
    out = [Triple(s, x, rel) for s in src for x in tgt if symmetric or not _same_mention(x, src)]
    if both_ways:
        out += [Triple(x, s, rel) for s in src for x in tgt]
    return FrameReading(out, guessed)


def undone_nouns(ctx: CueContext) -> list:
    """The nouns a conceding verb undoes: its objects ("eased its blockade of X"), or the
    complement its sense names ("a mis fin à son embargo contre X": prep *à*)."""
    t, c = ctx.token, ctx.cue
    found = [x for x in t.children if x.dep_ in VERB_OBJECT_DEPS and x.pos_ == "NOUN"]
    if c.prep:
        found += [n for p, n in ctx.args.preps(t) if p == c.prep and n.pos_ == "NOUN" and n.lemma_.lower() in c.objects]
    return found


def _aimed(ctx: CueContext, src: list, tgt: list) -> list:
    """The targets of a conditioned threat: the actors of its condition (``condition_target``),
    unless the act names a place it leaves or strikes ("will pull its force out of X unless Y
    ...": X is aimed at, not Y)."""
    aimed = condition_target(ctx, src, tgt)
    return tgt if aimed is not tgt and place_target(ctx, ctx.cue.relation) else aimed


def _fallback(ctx: CueContext, src: list, tgt: list, symmetric: bool) -> tuple[list, list, bool]:
    """The word-order fallback: the nearest mention before (source) or after (target) a verb
    cue the parse gave none; never for nouns or agentless passives, never the other side of a
    symmetric cue (but a conjunct the parser hung inside its subject: "separatists from X and
    Azerbaijani forces fought"), nor for the reason gerund of a verb whose object names no actor."""
    t, A = ctx.token, ctx.args
    if t.pos_ == "NOUN" or (A.is_passive(t) or reason_doer(t, A.actor_lex) is not None) and not src:
        return src, tgt, False  # "sanctioned firms for aiding X": the firms aid, no actor
    if symmetric and src and not tgt:
        if len({m["code"] for m in src}) == 1 and t.pos_ in ("VERB", "AUX"):
            src = src + subject_conjuncts(ctx, src)
        return src, tgt, False
    if not src or (not tgt and not (len(src) >= 2 and (symmetric or reciprocal(ctx)))):
        clausal = bool(_clauses(ctx)) if ctx.cue.frame == "accuse" else any(
            c.dep_ in REPORTED_CLAUSE_DEPS for c in t.children)
        src = src or nearest(ctx, -1, tgt)
        tgt = tgt or ([] if clausal or _other_party_object(ctx) or _object_sides(ctx) or _hosted_sides(ctx)
                      or names_nobody(A, t) else nearest(ctx, 1, src))
        return src, [m for m in tgt if m["token_start"] not in expelled_from(ctx)], True
    return src, tgt, False


def _other_party_object(ctx: CueContext) -> bool:
    """Whether the cue's object names another party through its owner ("struck Iran's
    proxies", "killed a commander of Egypt's allies": ``relation_nouns``): the owner named
    after the verb is no target by word order."""
    return any(ctx.args.relation_noun(k) and not any(x.dep_ in APPOS_DEPS for x in k.children)
               and any(x.pos_ == "PROPN" and x.i <= k.i + 5 for x in k.children)
               for c in ctx.token.children if c.dep_ in VERB_OBJECT_DEPS for k in c.subtree)


def _object_sides(ctx: CueContext) -> bool:
    """Whether the cue's object names the sides of a meeting ("would host talks between A and
    B", "said it will organise a summit between A and B"): the sides meet each other (the
    noun's reading), so the first of them is no target of the verb by word order."""
    return any(len({m["code"] for m in ctx.args.between_sides(c)}) > 1
               for c in ctx.token.children if c.dep_ in VERB_OBJECT_DEPS)


def _hosted_sides(ctx: CueContext) -> list:
    """The sides of a between-list hung on a ``host_verbs`` verb ("accueillera des pourparlers
    entre A et B", the list on the verb): the hosted meeting's sides, no guest of the host."""
    t = ctx.token
    if t.pos_ not in ("VERB", "AUX") or t.lemma_.lower() not in ctx.g["host_verbs"]:
        return []
    sides = ctx.args.between_sides(t)
    return sides if len({m["code"] for m in sides}) > 1 else []


def _passive_bond_partner(ctx: CueContext) -> list:
    """The with-complement of a sense object that is the verb's passive subject ("l'accord de
    défense avec X a été dénoncé par Y", "the treaty with X was scrapped by Y"): X, the other
    party of the ended bond, is the target."""
    t, A = ctx.token, ctx.args
    if not ctx.cue.sense or t.pos_ != "VERB":
        return []
    subs = [c for c in t.children if c.dep_ in roles("passive_subject") and c.lemma_.lower() in ctx.cue.objects]
    return [m for c in subs for k in c.subtree if k.dep_ in CASE_DEPS and k.lower_ in ctx.g["with_preps"]
            for m in A.np(k.head)]


def _purpose(ctx: CueContext) -> bool:
    """A sense reading ("sent an envoy": meet) whose verb states its purpose as a cue of its
    own ("sent two envoys to mediate between A and B", "sent negotiators to X for talks"): the
    purpose is the event, with its own arguments."""
    if not ctx.cue.sense or ctx.reading is None or ctx.cue.prep in ctx.g.get("purpose_marks", ()) \
            or ctx.cue.frame in ("request", "accuse"):
        # "called X to discuss Y": the purpose chose the sense, it is the call's topic; "gave X
        # until Monday to withdraw": what a request asks is its content, not its purpose; "pointed
        # the finger at X for the strike": what an accusation is for is its charge
        return False
    if any(c.dep_ in BARE_COMPLEMENT_DEPS and c.lemma_.lower() in ctx.cue.objects for c in ctx.token.children):
        return False  # "helped X fight Y": the complement chose the sense
    found, t = ctx.reading.found, ctx.token
    if any(n.i in found for p, n in ctx.args.preps(t) if p in ctx.g.get("purpose_preps", ())):
        return True
    leaving = ctx.g.get("force_leaving_verbs", ())  # "ordered X's diplomats to leave": the sense's expulsion
    return any(x.i in found and x.i != t.i and x.dep_ in _PURPOSE_CLAUSE_DEPS and x.lemma_.lower() not in leaving
               for c in t.children if not condition_of(c, ctx.g) for x in (c, *c.children))  # not "if Y ..."


def helped(ctx: CueContext, src: list, tgt: list) -> list:
    """For a verb read in a sense its verbal complement chose ("helped X fight Y", "called X to
    discuss Y"), the party named between the verb and that complement: X is helped or called,
    Y is whom X fights, whether the parser made X the object of the cue or the subject of the
    complement ("will help Nigeria fight Boko Haram": help -> Nigeria), or hung the complement
    on Y as a compound ("to help Kenya combat al-Shabaab")."""
    t, doc = ctx.token, ctx.token.doc
    if not ctx.cue.sense or t.pos_ not in ("VERB", "AUX"):
        return tgt
    comp = next((x for x in doc[t.i + 1:ctx.seg.end] if x.lemma_.lower() in ctx.cue.objects
                 and (x.pos_ == "VERB" or x.dep_ in roles("noun_compound"))
                 and t in (x.head, x.head.head)), None)
    if comp is None:
        return tgt
    codes = {m["code"] for m in src}
    between = [m for i in range(t.i + 1, comp.i) for m in ctx.args.at(doc[i]) if m["code"] not in codes]
    return list({id(m): m for m in between}.values()) or tgt


def _object_place(ctx: CueContext, rel: str) -> list:
    """For a sense reading or a transfer, a place the parser hung on its object ("a dépêché un
    émissaire à Alger", "a envoyé des armes en Ukraine": the complement of the thing sent; of a
    noun's of-phrase: "le rappel de son ambassadeur au Niger")."""
    if not (ctx.cue.sense or ctx.cue.frame == "transfer"):
        return []
    heads = [c for c in ctx.token.children if c.dep_ in VERB_OBJECT_DEPS]
    if ctx.token.pos_ == "NOUN":
        heads += [n for p, n in ctx.args.preps(ctx.token) if p in ctx.g["noun_of_preps"]]
    for c in heads:
        found = place_target(ctx, rel, c)
        if found:
            return found
    return []


def _protest_note(ctx: CueContext) -> str:
    """The cue's relation; a protest noun lodged or delivered ("lodged a protest with X") is a
    diplomatic protest note: ``condemn``, not a demonstration; "warned X not to ..." a demand."""
    t, rel = ctx.token, ctx.cue.relation
    if t.pos_ == "NOUN" and t.head.lemma_.lower() in ctx.g.get("protest_note_verbs", ()):
        return ctx.rules.rewrite("protest_note", rel)
    if dissuasion(t, ctx.g) and ctx.rules.applies("dissuasion", rel):  # "warned X not to ..."
        return ctx.rules.rewrite("dissuasion", rel)
    return rel


def _joint(ctx: CueContext, src: list, tgt: list, rel: str, symmetric: bool,
           both_ways: bool, fellows: list = ()) -> list[Triple] | None:
    """Events among several sources, or ``None`` when the sources act on the target alone:
    "A and B accuse each other" (reciprocal), "A and B fight X together" or "A fought X
    alongside B" (co-fighters cooperate; ``fellows``: co-agents that act beside the subject),
    "A and B met" (symmetric co-agents); "A and B fought the militants": none."""
    t, A = ctx.token, ctx.args
    codes = {m["code"] for m in src}
    outside = any(m["code"] not in codes for m in tgt)  # "both sides asked the UN": the UN, not each other
    if len(codes) >= 2 and not symmetric and reciprocal(ctx, after=outside):
        return [Triple(a, b, rel) for a in src for b in src if a["code"] != b["code"] and not one_side(a, b)]
    group = src + [m for m in fellows if m not in src]  # (a symmetric cue keeps co-agents apart)
    if ctx.rules.applies("co_fighters", rel) and len({m["code"] for m in group}) >= 2 and (together(ctx) or fellows):
        allies = ctx.rules.rewrite("co_fighters", rel)
        return [Triple(a, b, allies) for a, b in side_pairs(group) if a["code"] != b["code"]] + [
            Triple(s, x, rel) for s in group for x in tgt]
    if both_ways and not tgt and t.pos_ in ("VERB", "AUX") and any(
            c.dep_ in VERB_OBJECT_DEPS and c.pos_ in ("NOUN", "PROPN")
            and c.lemma_.lower() not in ctx.lex.single and c.lemma_.lower() not in ctx.cue.objects
            and c.lemma_.lower() not in ctx.g.get("combat_objects", ()) for c in t.children):
        return []  # they fought someone else, not each other (but "restored ties": the sense's object)
    if symmetric and not tgt and len(src) >= 2 and not (
            t.pos_ in ("VERB", "AUX") and A.is_passive(t)):  # "négociés par A, B et C": co-agents
        pairs = side_pairs(src)
        return [Triple(a, b, rel) for a, b in pairs] + (
            [Triple(b, a, rel) for a, b in pairs] if both_ways else [])
    return None


def side_pairs(sides: list) -> list:
    """The pairs of sides, leaving out two referents of one span with one label: a tie read as
    all its candidates ("the separatists" of a state with two breakaway republics) is one side,
    while "the two Koreas" or "the two countries" (one label per referent) pair.

    >>> a, b, c = ({"token_start": 0, "token_end": 1, "label": "Kyiv"},
    ...            {"token_start": 2, "token_end": 4, "label": "the rebels"},
    ...            {"token_start": 2, "token_end": 4, "label": "the rebels"})
    >>> len(side_pairs([a, b, c])), len(side_pairs([b, c]))
    (2, 0)
    """
    return [(a, b) for a, b in combinations(sides, 2) if not one_side(a, b)]


def one_side(a: dict, b: dict) -> bool:
    """``a`` and ``b`` are referents of one span read together (the same span and label)."""
    return (a["token_start"], a["token_end"], a.get("label")) == (b["token_start"], b["token_end"], b.get("label"))


def body_gathering(ctx: CueContext, src: list) -> bool:
    """A gathering noun (``venue_nouns``) of organisations alone ("the G20 summit in New Delhi",
    "le sommet de l'UA à Addis-Abeba"): its city is where the body meets, no state it meets."""
    t = ctx.token
    return t.pos_ == "NOUN" and t.lemma_.lower() in ctx.g.get("venue_nouns", ()) \
        and all(m.get("type") not in ("State", "Person") for m in src)


def _same_mention(m: dict, mentions: list) -> bool:
    """``m`` is one of ``mentions`` (same first token, same code): a source is never a target of its own
    cue ("A and B offered to host further talks": the talks' sides, read from the subjects, are the subjects)."""
    return any(m["token_start"] == x["token_start"] and m["code"] == x["code"] for x in mentions)
