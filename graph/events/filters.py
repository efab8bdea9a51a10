"""Filters on stance cues for the extractor.

A cue states no event when it is negated, hypothetical, denied, or only alleged inside an accusation, a call or
a threat (see ``docs/extraction.md``). The word lists come from the language's ``grammar.json`` (``ctx.g``).
Each filter is a named function of a :class:`graph.events.context.CueContext`; :data:`CUE_FILTERS` is the
pipeline the extractor runs. The sentence segments the cues are read in are :mod:`graph.events.segments`.

Example
-------
>>> [name for name, _ in CUE_FILTERS][:3]
['negated', 'hypothetical', 'embedded']
"""

from __future__ import annotations

from typing import Callable

from ..actors.deps import (ACTIVE_VOICE_SUBJECT_DEPS, ADVMOD_DEPS, AMOD_DEPS, APPOS_DEPS, AUX_DEPS, CASE_DEPS, CONJ_DEPS,
                           DETERMINER_DEPS, MARK_DEPS, MODIFIER_OBLIQUE_DEPS, OBLIQUE_DEPS, PASSIVE_VOICE_SUBJECT_DEPS, PREPOSITION_DEPS, PREP_OBJECT_DEPS, ROOT_DEPS, VERB_OBJECT_DEPS, XCOMP_DEPS, CCOMP_DEPS, role, roles)
from .clauses import consequence_clause, misread_infinitive, negated_verb, raised_participle, standing_participle
from .conditions import conditioned_relations, ended_act, entitled, irrealis, merely_possible, negating_prep, negating_word, offered_acts, plan_content, reported_announcement, suited, warned_act
from .context import CueContext
from .linking import announces_threat, dissuasion, hyphen_agent_source
from .replies import manner_reply
from .requesters import request_phrase
from .segments import is_question, segments  # noqa: F401  (re-exported: their home before graph/events/segments.py)

#: Frames whose complement states something not asserted (the accused, demanded or helped action).
SUPPRESSING = frozenset({"accuse", "request", "trait", "help_sides"})
#: Dependencies of adjuncts (time, manner, side clauses) that a suppressing cue does not govern.
ADJUNCT_DEPS = roles("noun_adverbial", "adverb_modifier", "relative_clause", "appositive", "punctuation",
                     "paratactic_clause", "conjunct")
NEGATOR_DEPS = role("negator")
ADVCL_DEPS = role("adverbial_clause")
CLAUSAL_COMPLEMENT_DEPS = role("clausal_complement")
#: Dependencies of a word that may negate its head ("not", "no", "pas", "jamais").
NEGATING_DEPS = NEGATOR_DEPS | DETERMINER_DEPS | ADVMOD_DEPS
#: Dependencies of a determiner or correlative that negates a subject ("no state", "neither A nor B").
SUBJECT_NEGATING_DEPS = DETERMINER_DEPS | role("preconjunct")
#: Clauses that end the climb from a cue to the clause a hope or fear governs.
CLAUSE_BOUNDARY_DEPS = roles("clausal_complement", "paratactic_clause", "adverbial_clause", "conjunct")
#: Side clauses and adjuncts a conditional mark may introduce ("if Y ...", "en cas de ...").
CONDITION_DEPS = ADVCL_DEPS | MODIFIER_OBLIQUE_DEPS
#: A clause or phrase under a preposition ("aimed at *establishing*").
PREP_COMPLEMENT_DEPS = role("prep_complement")
#: Clauses and participles that modify a noun ("a meeting *aimed* at", "une réunion *visant* à").
NOUN_CLAUSE_DEPS = roles("clausal_modifier", "adnominal_clause") | AMOD_DEPS
#: Heads of a sentence or of a reported or parallel clause: a conditional is not looked for above them.
MAIN_CLAUSE_DEPS = ROOT_DEPS | roles("clausal_complement", "paratactic_clause")


def negated(ctx: CueContext) -> bool:
    """The cue is negated: "did not condemn", "n'a pas condamné", "refused to condemn", "neither
    A nor B supported X", "vowed not to return X", "hardly convinced" (a ``degree_negation``
    adverb right before the cue), but not a litotes ("does not hide its support")."""
    g, t = ctx.g, ctx.token
    # a predicate of a negated copula too: "X was not behind the attack", "is not unacceptable"
    heads = [t] + ([t.head] if t.head.lemma_.lower() in g["copulas"] and t.dep_ not in ACTIVE_VOICE_SUBJECT_DEPS else [])
    if t.dep_ in VERB_OBJECT_DEPS or t.dep_ in PREP_OBJECT_DEPS | XCOMP_DEPS | OBLIQUE_DEPS:
        heads += [t.head, t.head.head] if t.dep_ in PREP_OBJECT_DEPS else [t.head]
    elif t.dep_ in NOUN_CLAUSE_DEPS and t.head.dep_ in VERB_OBJECT_DEPS:  # "will sign no text recognising X"
        heads.append(t.head.head)
    for h in heads:
        if h is not t and ({h.lemma_.lower(), h.lower_} & g.get("litotes_verbs", frozenset())):
            continue  # "does not hide its support": the negation asserts the support
        if _negation_on(h, g):
            return True
    if any(c.dep_ in ADVMOD_DEPS and c.i == t.i - 1 and c.lower_ in g["degree_negation"] for c in t.children):
        return True  # "hardly convinced by X", "peu convaincue par X" (not "peu après, X a attaqué")
    for c in t.children:  # "Neither France nor Germany supported X", "no state condemned X"
        if c.dep_ in ACTIVE_VOICE_SUBJECT_DEPS and any(k.dep_ in SUBJECT_NEGATING_DEPS and negating_word(k, g)
                                               for k in c.children):
            return True
    if t.lemma_.lower() in g.get("complement_target_verbs", ()) and not dissuasion(t, g) and any(
            c.dep_ in XCOMP_DEPS and any(k.dep_ in NEGATOR_DEPS or k.lower_ in g["negation"] for k in c.children
                                        if k.dep_ in NEGATOR_DEPS | ADVMOD_DEPS)
            for c in t.children):
        return True  # "vowed not to return the Golan to Syria": no agreement
    return _under_negating_verb(t, g) or _negated_content(t, g)


def _negated_content(t, g) -> bool:
    """The cue's clause is the content ("that ...") of a noun under a negating determiner: "gave
    no indication that X was pressing Y", "there is no evidence that X attacked Y", "aucune
    preuve que X a attaqué Y" (what nothing shows is not stated)."""
    v = t
    for _ in range(3):
        if v.dep_ in NOUN_CLAUSE_DEPS and v.head.pos_ == "NOUN" and any(c.dep_ in MARK_DEPS for c in v.children):
            return any(c.dep_ in DETERMINER_DEPS and c.lower_ in g["negation"] for c in v.head.children)
        if v.head == v or v.dep_ in MAIN_CLAUSE_DEPS:
            return False
        v = v.head
    return False


def _negation_on(v, g) -> bool:
    """A negation word hangs on the verb ``v`` ("n'hésitera pas", "will not hesitate"), or a negating preposition opens it."""
    return negating_prep(v, g) or negated_verb(v, g, NEGATING_DEPS)


def _under_negating_verb(t, g) -> bool:
    """"refused to condemn", "failed to reach an agreement", "refrained from criticising"."""
    v = t
    for _ in range(3):
        if v.dep_ in XCOMP_DEPS | PREPOSITION_DEPS and v.head.lemma_.lower() in g["negating_verbs"]:
            # "will not hesitate to strike", "n'hésitera pas à frapper": a negated negating verb
            # that is also a litotes asserts the complement (a resolve, read as a promise)
            return not (v.head.lemma_.lower() in g.get("litotes_verbs", ()) and _negation_on(v.head, g))
        if v.dep_ not in VERB_OBJECT_DEPS and v.dep_ not in XCOMP_DEPS | PREP_OBJECT_DEPS | PREPOSITION_DEPS | PREP_COMPLEMENT_DEPS:
            break
        v = v.head
    return False


def _consequence(ctx: CueContext) -> bool:
    """A conflictual cue in a clause a ``consequence_marks`` phrase opens: the threat is stated."""
    found, t = (ctx.reading.found if ctx.reading is not None else {}), ctx.token
    return t.i in found and any(ctx.rules.applies("consequence", c.relation) for c in found[t.i][0]) \
        and consequence_clause(t, ctx.g, ctx.seg.start if ctx.seg is not None else 0)


def hypothetical(ctx: CueContext) -> bool:
    """The cue is only hoped, feared, conditional or possible: "hopes to sign", "if X attacks",
    "should Iran attack", "would condemn", French conditional mood; "raised the possibility of"
    (not what follows a demand: "failing which it would strike X" is a threat)."""
    g, t = ctx.g, ctx.token
    if _consequence(ctx):
        return False
    ancestors = list(t.ancestors)
    for a in ancestors:  # "raised the possibility of X withdrawing", "a climate conducive to talks"
        if a.pos_ == "NOUN" and a.lemma_.lower() in g["hypothetical_nouns"] or suited(a, t, g) or entitled(t, a, g):
            return True
    child = t
    for a in ancestors[:4]:
        if irrealis(child, a, g, _wished_clause):
            return True  # "hopes to sign an agreement", "is unlikely to attack", "wants X to attack Y"
        if child.dep_ in CONJ_DEPS and a.pos_ == "VERB" and not any(
                c.dep_ in ACTIVE_VOICE_SUBJECT_DEPS for c in child.children):
            child = a  # "hopes to tighten sanctions and impose a blockade": the first verb's role
            continue
        if child.dep_ in CLAUSE_BOUNDARY_DEPS or a.dep_ in ROOT_DEPS and child.dep_ not in XCOMP_DEPS:
            break
        child = a
    if _noun_purpose(t) or _asked_for(t, g) or _mandative(t) or t.pos_ == "NOUN" and _mandative(t.head) or warned_act(ctx) or merely_possible(ctx) or plan_content(t, g):
        return True
    conditional = _conditional_clause(ctx)
    if conditional is not None:
        return conditional
    verbs = [t] + ([t.head] if t.pos_ == "NOUN" else [])
    for v in verbs:
        for c in [v, *v.children]:
            if c != v and c.dep_ in AUX_DEPS and c.lower_ in g["hypothetical_aux"]:
                return True
            if "Cnd" in c.morph.get("Mood") and (c == v or c.dep_ in AUX_DEPS):
                return True
    return False


def _wished_clause(child) -> bool:
    """A clause with a subject of its own that its head wishes, hopes or fears ("wants Putin to
    attack X", "fears that Russia will attack", "veut que la Russie attaque X", "hopes for Russia
    to withdraw"): what the head's subject wishes of another, no event."""
    if not any(c.dep_ in ACTIVE_VOICE_SUBJECT_DEPS | PASSIVE_VOICE_SUBJECT_DEPS for c in child.children):
        return False
    return child.dep_ in CLAUSAL_COMPLEMENT_DEPS or child.dep_ in ADVCL_DEPS and "Inf" in child.morph.get(
        "VerbForm") and any(c.dep_ in AUX_DEPS and c.tag_ == "TO" for c in child.children)


def _mandative(t) -> bool:
    """A that-clause in the bare infinitive with a subject of its own ("reiterated its demand
    today that Israel *ease* ...", "insisted that Iran *stop*"): a mandative subjunctive, what is
    asked, not what is done."""
    return t.dep_ in CLAUSAL_COMPLEMENT_DEPS | NOUN_CLAUSE_DEPS and "Inf" in t.morph.get("VerbForm") and any(
        c.dep_ in MARK_DEPS for c in t.children) and any(c.dep_ in ACTIVE_VOICE_SUBJECT_DEPS for c in t.children) \
        and not any(c.dep_ in AUX_DEPS for c in t.children)


def _asked_for(t, g) -> bool:
    """The cue is what a request noun asks for: "calls for a ceasefire between A and B", "les
    appels pour une trêve entre A et B" (``request_nouns`` with a ``purpose_preps`` complement;
    the preposition heads the cue in English, is its case marker in French)."""
    if t.dep_ in PREP_OBJECT_DEPS and t.head.lower_ in g["purpose_preps"]:
        n = t.head.head
    elif any(c.dep_ in CASE_DEPS and c.lower_ in g["purpose_preps"] for c in t.children):
        n = t.head
    else:
        return False
    return n != t and n.pos_ == "NOUN" and n.lemma_.lower() in g["request_nouns"]


def _noun_purpose(t) -> bool:
    """The cue is the aim of a participle on a noun: "a meeting aimed at establishing ties",
    "une réunion visant à rétablir les relations" (what the meeting is for, not what it did)."""
    a = t.head.head if t.dep_ in PREP_COMPLEMENT_DEPS else t.head
    if t.dep_ not in PREP_COMPLEMENT_DEPS | XCOMP_DEPS or a.dep_ not in NOUN_CLAUSE_DEPS or a.head.pos_ != "NOUN":
        return False
    return a.tag_ in ("VBN", "VBG") or "Part" in a.morph.get("VerbForm")


#: (the unions :func:`_conditional_clause` tests each child against)
_MARK_OR_ADVMOD, _MARK_OR_CASE = MARK_DEPS | ADVMOD_DEPS, MARK_DEPS | CASE_DEPS


def _conditional_clause(ctx: CueContext) -> bool | None:
    """``True`` when a conditional mark or an inverted auxiliary governs the cue's clause, ``False`` when a
    speech verb does (a modal is then the speaker's: "said it would send troops" is an announcement; "said X's
    move would have consequences" a warning, :func:`reported_announcement`), else ``None`` (its modals decide)."""
    g, t, seg = ctx.g, ctx.token, ctx.seg
    reported, warning = False, _consequence_verb(ctx)
    for a in [t, *t.ancestors]:
        if seg is not None and not seg.start <= a.i < seg.end:
            break
        subj = [c.i for c in a.children if c.dep_ in ACTIVE_VOICE_SUBJECT_DEPS]
        for c in a.children:
            if c.dep_ in _MARK_OR_ADVMOD and c.lower_ in g["hypothetical_marks"]:
                return True
            if c.dep_ in CONDITION_DEPS and any(
                    k.dep_ in _MARK_OR_CASE and k.lower_ in g["hypothetical_marks"] for k in c.children):
                return not conditioned_relations(ctx)  # "X will cut ties if Y ...": a threat, else hypothetical
            if c.dep_ in AUX_DEPS and c.lower_ in g["inversion_aux"] and subj and c.i < min(subj):
                return True  # "Should Iran attack Israel, ..."
        if a.lemma_.lower() in g["speech_verbs"] and a != t or announces_threat(ctx, a) or a == warning \
                or reported_announcement(ctx, a):  # ("said it would strike X": the speaker's own, a threat)
            reported = True  # ("said Tehran would send troops": an announcement)
        if a.dep_ in MAIN_CLAUSE_DEPS or a.pos_ == "VERB" and a != t:
            break
    return False if reported else None


def _consequence_verb(ctx: CueContext):
    """The verb of a cue read by the ``consequence`` frame ("Y said X's move would have
    consequences", "la décision de X aurait des conséquences"), else ``None``: its modal or
    conditional is the speaker's warning (a threat), not a hypothesis; a conditional mark
    ("if X moves, it would have consequences") still makes it one."""
    t = ctx.token
    if ctx.reading is None or ctx.reading.frames.get(t.i) != "consequence" or t.dep_ not in VERB_OBJECT_DEPS:
        return None
    return t.head


def opinion(ctx: CueContext) -> bool:
    """Said by analysts, experts or observers ("analysts say X backs Y", "according to
    experts"): opinions, not events (GUIDELINES section 1)."""
    opinions = ctx.reading.opinions if ctx.reading is not None else ()
    if not opinions:
        return False
    g, t = ctx.g, ctx.token
    for a in [t, *list(t.ancestors)[:5]]:
        for c in a.children:
            if c.i in opinions and c.dep_ in ACTIVE_VOICE_SUBJECT_DEPS and a.lemma_.lower() in g["speech_verbs"]:
                return True
            words = {c.lower_} | {k.lower_ for k in c.children if k.dep_ in CASE_DEPS}
            if words & g["according_words"] and any(x.i in opinions for x in c.subtree):
                return True
    return False


def embedded(ctx: CueContext) -> bool:
    """Inside the complement of a deny verb or of an accusing, calling or rejecting cue
    ("rejected a US offer to host talks": no meeting; "accused X of shelling Y": no attack), but
    not a verb the addressee is asked to stop doing ("urged X to stop backing Y": X backs Y)."""
    g, t, seg = ctx.g, ctx.token, ctx.seg
    if _ended(t, g):  # "sought an end to the French alliance with X": the alliance is stated
        return False
    if t.dep_ in AMOD_DEPS and hyphen_agent_source(ctx) is not None and ctx.args is not None and any(
            ctx.args.at(x) for x in (t.head, *t.head.children) if x == t.head or x.dep_ in APPOS_DEPS):
        return False  # "urged the Iranian-backed group H to ...": what describes an actor is stated
    if _consequence(ctx):  # "demanded X, failing which it will impose sanctions on Y": a threat is stated
        return False
    if t.pos_ == "VERB" and t.dep_ in XCOMP_DEPS and t.head.lemma_.lower() in g.get("cessation_verbs", ()) \
            and _asked_to_stop(ctx):
        return False  # "urged X to stop backing Y": what X is asked to stop doing, X does
    frames, rejecting = (ctx.reading.frames, ctx.reading.rejecting) if ctx.reading is not None else ({}, ())
    child, chain = t, [t, *t.ancestors]
    raised = next((x for x in chain if raised_participle(x) is not None), None)
    if raised is not None:  # "urged Y to show restraint, describing X as ...": said by the clause above
        chain = chain[:chain.index(raised) + 1] + [raised_participle(raised), *raised_participle(raised).ancestors]
    for a in chain[1:]:
        if seg is not None and not seg.start <= a.i < seg.end:
            break  # a head in another sentence the parser ran together with this one
        if child is raised:  # an adjunct of the clause above, not its complement
            child = a
            continue
        if a.lemma_.lower() in g["deny_verbs"] and not adjunct(child, g) \
                and child.dep_ not in ACTIVE_VOICE_SUBJECT_DEPS:
            return True  # "denied that X attacked", not "denied it and accused X"
        if a.lemma_.lower() in g.get("allegation_verbs", ()) and child.dep_ in CLAUSAL_COMPLEMENT_DEPS:
            return True  # "claimed that X had attacked Y": an accusation, not an attack
        if a.lemma_.lower() in g["suppress_xcomp_verbs"] and child.dep_ in XCOMP_DEPS:
            return True  # "threatened to invade X": the invasion is not asserted
        suppressing = frames.get(a.i) in SUPPRESSING or a.i in rejecting
        if suppressing and a.i not in rejecting and frames.get(t.i) == "under" and frames.get(a.i) == "request":
            suppressing = False  # "urged A and B to resume talks under the aegis of C": C's role is stated
        if suppressing and child.dep_ not in ACTIVE_VOICE_SUBJECT_DEPS \
                and child.dep_ not in PASSIVE_VOICE_SUBJECT_DEPS and not adjunct(child, g):
            return True
        child = a
    return False


def _ended(t, g) -> bool:
    """The cue noun ``t`` is what an ending noun ends ("an end to the raids", "la fin des
    raids", ``ending_nouns``): it goes on, whoever asks that it stop."""
    h = t.head.head if t.dep_ in PREP_OBJECT_DEPS else t.head
    return t.pos_ == "NOUN" and h != t and h.pos_ == "NOUN" and h.lemma_.lower() in g.get("ending_nouns", ())


def _asked_to_stop(ctx: CueContext) -> bool:
    """The doer of the cue under a cessation verb is found and is not who asks it to stop (a
    parse that lost the addressee would make the asker the doer)."""
    if ctx.reading is None:
        return False
    A, top = ctx.args, ctx.token.head
    while top.dep_ in XCOMP_DEPS | CCOMP_DEPS and top.head != top:
        top = top.head
    doers = {m["code"] for m in A.subjects(ctx.token)}
    return bool(doers) and top != ctx.token.head and not doers & {m["code"] for m in A.subjects(top)}


def adjunct(child, g) -> bool:
    """A time or circumstance adjunct ("invited X, after meeting Y"), not the complement
    that states what is alleged or asked."""
    if child.dep_ in ADJUNCT_DEPS:
        return True
    preps = g.get("adjunct_preps", frozenset())
    if child.dep_ in PREPOSITION_DEPS and child.lower_ in preps:
        return True
    return child.dep_ in OBLIQUE_DEPS | ADVCL_DEPS and any(
        c.dep_ in CASE_DEPS | MARK_DEPS and c.lower_ in preps for c in child.children)


def cut_object(ctx: CueContext) -> bool:
    """The cue is the thing a cutting cue stops ("suspended its aid", "la suspension de son
    aide"): the sanction is the event, not the aid."""
    t, found = ctx.token, ctx.reading.found
    if t.lemma_.lower() not in ctx.g["cut_objects"]:
        return False
    h = t.head
    if t.dep_ in PREP_OBJECT_DEPS and h.head != h:
        h = h.head
    return h.i in found and h != t and any(c.frame == "cut" for c in found[h.i][0])


def undone(ctx: CueContext) -> bool:
    """A conflictual cue noun that a conciliatory verb lifts or eases ("lifted its blockade on
    X", "a levé le blocus de X"): the concession is the event, not the blockade (the mirror of
    :func:`cut_object`); or one its clause ends (:func:`ended_act`: "a mis fin à ses frappes")."""
    t, found = ctx.token, ctx.reading.found
    if t.pos_ != "NOUN" or t.dep_ not in VERB_OBJECT_DEPS or t.head.i not in found or t.head == t:
        return ended_act(ctx)
    if not _hostile_cue(ctx, t):
        return False
    return ended_act(ctx) or any(c.relation in ctx.g.get("undoing_relations", ()) for c in found[t.head.i][0])


def _hostile_cue(ctx: CueContext, k) -> bool:
    """The token ``k`` is a cue all of whose relations are hostile (sign ``-``)."""
    found, sign = ctx.reading.found, ctx.lex.relation_sign
    return k.i in found and all(sign.get(c.relation) == "-" for c in found[k.i][0])


def received(ctx: CueContext) -> bool:
    """A receiving verb whose object is a cue ("received support from X"): the support is the
    event, not the reception."""
    t, g = ctx.token, ctx.g
    return t.lemma_.lower() in g.get("receiver_verbs", ()) and any(
        c.dep_ in VERB_OBJECT_DEPS and c.i in ctx.reading.found for c in t.children)


def intent(ctx: CueContext) -> bool:
    """An intent verb whose complement is a cue ("offered to mediate") or a hosting verb
    ("offered to host talks between A and B", its verb often parsed a noun): the mediation is the stance."""
    t = ctx.token  # (the act may be deeper: "offered on Monday to mediate", "offered to help mediate")
    return t.lemma_.lower() in ctx.g["intent_verbs"] and any(
        c.i in ctx.reading.found or c.lemma_.lower() in ctx.g["host_verbs"] or any(
            k.dep_ in VERB_OBJECT_DEPS and _hostile_cue(ctx, k)
            for k in c.children)  # or a hostile cue noun of its light verb: "vowed to impose sanctions on X"
        for c in offered_acts(t))


def negated_statement(ctx: CueContext) -> bool:
    """A negated cue, except a condition ("tant que X ne se retire pas": the negation belongs to
    the condition)."""
    return negated(ctx) and ctx.reading.found[ctx.token.i][0][0].frame != "until"


def adjective(ctx: CueContext) -> bool:
    """An adjective reading of a cue ("the alleged bombers", "the occupied territories"), unless
    an actor is hyphenated to it ("Iran-backed rebels"); a standing state ("Israeli-occupied") always."""
    t = ctx.token
    cues = ctx.reading.found[t.i][0]
    if t.dep_ not in AMOD_DEPS or hyphen_agent_source(ctx) is not None:
        return standing_participle(t, ctx.g) or misread_infinitive(t, ctx.g)
    return ctx.reading.frames[t.i] == "accuse" or (
        t.i < t.head.i and t.tag_ in ("VBN", "JJ") and cues[0].pos == "VERB")


#: The filters a cue must pass before its frame is read, by name (see :func:`rejected_by`).
CUE_FILTERS: tuple[tuple[str, Callable[[CueContext], bool]], ...] = (
    ("negated", negated_statement),
    ("hypothetical", hypothetical),
    ("embedded", embedded),
    ("opinion", opinion),
    ("adjective", adjective),
    ("cut_object", cut_object),
    ("undone", undone),
    ("received", received),
    ("intent", intent),
    ("reply", manner_reply),
    ("request_phrase", request_phrase),
)


def rejected_by(ctx: CueContext, skip: frozenset[str] = frozenset()) -> str | None:
    """The name of the first filter of :data:`CUE_FILTERS` (but those named in ``skip``) that drops the cue, or ``None``."""
    for name, keep_out in CUE_FILTERS:
        if name not in skip and keep_out(ctx):
            return name
    return None
