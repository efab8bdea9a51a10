"""Frames of what a speaker says about an action: ``denial`` ("denied any involvement": no
actor named in the denied thing is rejected; the accuser is the document model's), ``predicate`` ("deemed the offensive
illegal", "an unjustifiable attack by X", "called X an aggressor"), ``prospect`` ("raised
the possibility of leaving X": a threat), ``consequence`` ("said X's move will have
consequences": a threat) and ``trait`` ("said the attack bore the hallmarks of X": an accusation).

Example
-------
>>> from graph.events.frames.registry import HANDLERS
>>> HANDLERS["predicate"].__name__
'predicate'
"""

from __future__ import annotations

from ...actors.deps import (ACTIVE_VOICE_SUBJECT_DEPS, AMOD_DEPS, APPOS_DEPS, AUX_DEPS, CASE_DEPS, OBJECT_DEPS, PREPOSITION_DEPS,
                             RELCL_DEPS, REPORTED_CLAUSE_DEPS, VERB_OBJECT_DEPS, roles)
from ..context import CueContext, FrameReading, Triple
from .registry import frame
from .request import speaker


@frame("predicate")
def predicate(ctx: CueContext) -> FrameReading | None:
    """The speaker judges the actor of the thing judged: "the illegal offensive by X" (said by the
    clause's subject), "deemed X illegal", "called X a provocation", "X is illegal" (said by the
    reporting speaker)."""
    t, A = ctx.token, ctx.args
    if t.dep_ in AMOD_DEPS and _role_phrase(ctx) is None:  # "the illegal offensive by X": said by the clause's subject
        n = t.head
        tgt = A.noun_source(n) or A.np(n)
        v = n.head
        while v.pos_ not in ("VERB", "AUX") and v.head != v:
            v = v.head
        src = A.subjects(v) if v.pos_ in ("VERB", "AUX") else []
        if n.dep_ in ACTIVE_VOICE_SUBJECT_DEPS and n.head == v:  # "X's illegal move will ...", said by Y
            src = speaker(ctx, v) or []
    else:
        judged = _judged(ctx)
        if judged is None:  # "issued a threat against X": not a judgement, the word's next frame
            return None
        src, tgt = judged
    return FrameReading([Triple(s, x, ctx.cue.relation) for s in src for x in tgt])


def _judged(ctx: CueContext) -> tuple[list, list] | None:
    """"deemed X illegal", "called X unacceptable", "called X a provocation": the subject of the
    verb judges X (or the by-phrase of what X is); ``None`` when the word is said of nothing
    ("issued a threat", "described X as a partner" for "reckless")."""
    t, A, g = ctx.token, ctx.args, ctx.g
    copulas = g["copulas"]
    naming = g.get("naming_verbs", frozenset())
    v = t.head if t.head != t else t
    # UD: the copula hangs on the predicate ("X est responsable", "X est derrière l'attaque",
    # the case marker on its noun): the predicate is the clause
    if any(c.dep_ in roles("copula") for c in t.children):
        v = t
    marked = (v == t or (t.dep_ in CASE_DEPS and t.pos_ == "ADP")) \
        and any(c.dep_ in roles("copula") for c in v.children)
    judged = _role_phrase(ctx)
    named = named_object(t, g) if judged is None else None
    if judged is not None:  # "described X as illegal / as an aggressor", "décrit X comme illégal"
        v = judged
        if v.lemma_.lower() not in naming:
            return None
    elif named is not None:  # "a qualifié l'invasion d'illégale": the verb of the object judged
        v = named.head
    elif t.pos_ == "NOUN" and v != t:  # a noun names a stance only as what someone calls X
        if v.pos_ == "ADP" and v.head != v:  # "traité X d'agresseur"
            v = v.head
        if t.dep_ in ACTIVE_VOICE_SUBJECT_DEPS or v.lemma_.lower() not in naming | copulas:
            return None
    copular = v.lemma_.lower() in copulas or (marked and v in (t, t.head))
    src = A.subjects(v)
    objs = [c for c in v.children if c.dep_ in VERB_OBJECT_DEPS or c.dep_ in ACTIVE_VOICE_SUBJECT_DEPS]
    if t.pos_ == "ADJ" and v.lemma_.lower() in naming:  # "branded X's action illegal": the small clause's subject
        objs = [c for c in t.children if c.dep_ in ACTIVE_VOICE_SUBJECT_DEPS] + objs
    tgt: list = []
    objs.append(None)
    for c in objs:
        if c is None:  # "called the annexation by X illegal" (by-phrase on the verb)
            tgt = A.prep_actors(v, g["agent_preps"])
            break
        if c.dep_ in ACTIVE_VOICE_SUBJECT_DEPS and not copular and c.head == v:
            continue
        tgt = (A.np(c) if c.pos_ in ("PROPN", "PRON") else []) or A.noun_source(c) or A.np(c)  # a name is who acts
        if tgt:
            break
    if copular:  # "X is illegal", said by whom?
        src = speaker(ctx, v) or []
    return src, tgt


def _role_phrase(ctx: CueContext):
    """The verb a judgement word is said by through a role preposition (``role_preps``: as, comme),
    on the verb or on its object: "described the move as illegal", "décrit l'offensive comme
    illégale"; ``None`` when the word is in no such phrase."""
    t, preps = ctx.token, set(ctx.g.get("role_preps", ())) | set(ctx.g.get("naming_preps", ()))
    if t.head != t and (t.head.pos_ == "ADP" or t.head.dep_ in PREPOSITION_DEPS) and t.head.lemma_.lower() in preps:
        # ClearNLP: the preposition heads (tagged ADV at times)
        h = t.head.head
    elif any(c.dep_ in CASE_DEPS and c.lemma_.lower() in preps for c in t.children):  # UD: a case marker
        h = t.head
    else:
        return None
    if h.dep_ in VERB_OBJECT_DEPS | OBJECT_DEPS:  # on the object (a noun, or a verb-tagged "launches")
        h = h.head
    return h


def named_object(t, g):
    """The object of a naming verb whose genitive complement ``t`` is: French "qualifier X de Y"
    parsed with "d'illégale" on X or on X's last word ("a qualifié l'offensive soudanaise
    d'inadmissible", "l'attaque des rebelles de provocation"), or whose apposition or second
    object the noun ``t`` is ("branded the Iranian strike a war crime", the parser's apposition
    for a small clause); else ``None``."""
    h = t.head
    if t.pos_ == "NOUN" and t.dep_ in APPOS_DEPS | VERB_OBJECT_DEPS and h != t and h.i < t.i \
            and h.dep_ in VERB_OBJECT_DEPS and h.head.lemma_.lower() in g.get("naming_verbs", ()):
        return h
    if not any(c.dep_ in roles("case_marker") and c.lower_ in g["noun_of_preps"] for c in t.children):
        return None
    for n in list(t.ancestors)[:3]:
        if n.dep_ in VERB_OBJECT_DEPS and n.i < t.i and n.head.lemma_.lower() in g.get("naming_verbs", ()):
            return n
    return None


@frame("prospect")
def prospect(ctx: CueContext) -> FrameReading:
    """"mentioned the possibility of her government withdrawing from X", "a évoqué la perspective de
    quitter X": raising the prospect of leaving or cutting (``exit_words``) is a threat to X."""
    t, A, g = ctx.token, ctx.args, ctx.g
    inside = [x for c in t.children if c.dep_ not in roles("adjectival_modifier", "determiner", "possessive")
              for x in c.subtree]
    exits = [x for x in inside if x.lemma_.lower() in g["exit_words"]]
    if not exits:
        return FrameReading([])
    src = A.noun_source(t)
    codes = {m["code"] for m in src}
    x = exits[0]
    tgt = [m for m in A.objects(x) + A.prep_actors(x, g["verb_target_preps"] | g["noun_source_preps"])
           if m["code"] not in codes]
    return FrameReading([Triple(s, y, ctx.cue.relation) for s in src for y in tgt])


@frame("consequence")
def consequence(ctx: CueContext) -> FrameReading | None:
    """"Y said X's move will have consequences", "a déclaré que la décision de X aura des
    conséquences": the speaker threatens X (the subject, or who acts in it) when a consequence
    noun is the object of a ``consequence_verbs`` verb in reported speech; a past consequence
    ("had consequences") is a fact, not a threat (``None``: the frame does not apply). A subject
    that names no actor leaves the target to the ``consequence_target_preps`` complement ("would
    have consequences for X", "aurait des conséquences pour X")."""
    t, A, g = ctx.token, ctx.args, ctx.g
    v = t.head
    if t.dep_ not in VERB_OBJECT_DEPS or v.lemma_.lower() not in g.get("consequence_verbs", ()) or any(
            "Past" in x.morph.get("Tense") for x in (v, *(c for c in v.children if c.dep_ in AUX_DEPS))) \
            or v.tag_ == "VBG":  # "are paying the price": a fact, not a threat
        return None
    src = speaker(ctx, v) or []
    tgt = [m for c in v.children if c.dep_ in ACTIVE_VOICE_SUBJECT_DEPS
           for m in ((A.np(c) if c.pos_ in ("PROPN", "PRON") else []) or A.noun_source(c) or A.np(c))]
    if not tgt:  # "the move would have consequences for X": whom they fall on, when the subject names no actor
        tgt = A.prep_actors(t, g.get("consequence_target_preps", ())) or A.prep_actors(v, g.get("consequence_target_preps", ()))
    return FrameReading([Triple(s, x, ctx.cue.relation) for s in src for x in tgt])


@frame("trait")
def trait(ctx: CueContext) -> FrameReading | None:
    """"X said the attack bore the hallmarks of Y", "the bombing has all the marks of a Y attack,
    X said": a trait noun (hallmark, mark, signature) borne by its clause's subject
    (``trait_verbs``: bear, have, carry) names who did the thing; the reporting speaker accuses
    the actors of its ``trait_preps`` phrase (who acts in it: "of an Iranian attack"). Without a
    reporting speaker (the narration's own judgement) or a bearing verb, no event."""
    t, A, g = ctx.token, ctx.args, ctx.g
    v = t.head
    if t.dep_ not in VERB_OBJECT_DEPS or v.lemma_.lower() not in g.get("trait_verbs", ()):
        return None
    src = speaker(ctx, v) or []
    tgt = [m for p, n in A.preps(t) if p in g.get("trait_preps", ())
           for m in ((A.noun_source(n) if n.pos_ == "NOUN" else []) or A.np(n))]
    return FrameReading([Triple(s, x, ctx.cue.relation) for s in src for x in tgt])


@frame("denial")
def denial(ctx: CueContext) -> FrameReading | None:
    """Denying what one is accused of ("Y denies any involvement / denied that it took part / a
    claim Y denies") rejects no actor the denied thing names ("denies links with Z" is no
    rejection of Z): the reading has no event. Whom it rejects (the source of the claim stated
    before) is the document model's to say (:mod:`graph.document.replies`). A denied accusation
    with its owner ("denied X's charges") or any other object is left to the word's next frame."""
    t, A = ctx.token, ctx.args
    nouns = ctx.g.get("denied_nouns", ())
    objs = [A.antecedent(c, t) or c for c in t.children if c.dep_ in VERB_OBJECT_DEPS]
    objs += [t.head] if t.dep_ in RELCL_DEPS and not objs else []  # "a claim both states deny"
    said = any(c.dep_ in REPORTED_CLAUSE_DEPS for c in t.children)  # "denied that it was involved"
    if not (said and not objs) and not any(n.lemma_.lower() in nouns and not A.at(n) for n in objs):
        return None
    if A.objects(t):
        return None  # "denied X's accusations", "denied Ukrainian claims": the owner, as before
    return FrameReading([])
