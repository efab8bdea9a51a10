"""Conditioned measures: a hostile act set as the consequence of a condition is a threat.

"Italy will impose sanctions on Egypt unless Cairo releases the student", "Chile vowed to
sever relations with Peru if the dispute continued", "Tokyo would bomb the launch sites if
Pyongyang fired again": the act is not stated (it hangs on the condition), but the warning is
(GUIDELINES section 3, ``threaten``: "warns of consequences"). The ``conditioned`` rows of
``frame_rules.tsv`` name the relations read so and what they become; a cue of another relation
in a consequent stays hypothetical, and a cue inside the condition clause itself ("if Russia
attacks X") always does.

Example
-------
>>> from graph.events.rules import load_rules
>>> load_rules().rewrite("conditioned", "sanction")
'threaten'
"""

from __future__ import annotations

from ..actors.deps import (ACTIVE_VOICE_SUBJECT_DEPS, ADVMOD_DEPS, AMOD_DEPS, AUX_DEPS, ACL_DEPS, CASE_DEPS, CCOMP_DEPS, CONJ_DEPS, MARK_DEPS,
                           MODIFIER_OBLIQUE_DEPS, PASSIVE_VOICE_SUBJECT_DEPS, PREP_OBJECT_DEPS, PREPOSITION_DEPS,
                           REPORTED_CLAUSE_DEPS, VERB_OBJECT_DEPS, XCOMP_DEPS, first_conjunct, role)
from .clauses import announcer
from .context import CueContext

#: Subjects of a condition clause (its active or passive subject).
SUBJECT_DEPS = ACTIVE_VOICE_SUBJECT_DEPS | PASSIVE_VOICE_SUBJECT_DEPS
#: Dependencies of a condition clause on the clause it conditions.
CONDITION_DEPS = role("adverbial_clause") | MODIFIER_OBLIQUE_DEPS
#: ... and the clauses a condition is misparsed as: a complement of the threat verb ("a menacé de
#: représailles si Y ...") or a relative clause on its object ("de fermer le détroit si Y ...")
HUNG_CONDITION_DEPS = CONDITION_DEPS | CCOMP_DEPS | role("relative_clause")


def condition_of(c, g, deps=CONDITION_DEPS) -> bool:
    """Whether ``c``, a dependent of a clause head, is a condition clause ("if Y ...", "unless
    Y ...", "si Y ..."): an adverbial clause (or a clause of ``deps``) marked by a
    ``hypothetical_marks`` word."""
    return c.dep_ in deps and any(
        k.dep_ in MARK_DEPS | CASE_DEPS and k.lower_ in g["hypothetical_marks"] for k in c.children)


def consequent(ctx: CueContext) -> bool:
    """Whether the cue's clause is the consequent of a condition ("X will cut ties with Y if
    ..."): a condition clause hangs on the cue, on the light verb of a noun cue, or on the
    speech verb that reports it ("said it would expel X if ..."), and the cue is not itself
    inside a condition or under a conditional mark of its own."""
    g, t, seg = ctx.g, ctx.token, ctx.seg
    heads = [t] + ([t.head] if t.pos_ == "NOUN" else [])
    if any(c.dep_ in MARK_DEPS | ADVMOD_DEPS and c.lower_ in g["hypothetical_marks"] for h in heads for c in h.children):
        return False  # "if Russia attacks X": the condition itself
    v = heads[-1]
    words = set(g["speech_verbs"]) | set(g.get("commissive_verbs", ()))
    chain = [v] + ([v.head] if v.head != v and v.head.lemma_.lower() in words else [])
    for a in chain:
        if seg is not None and not seg.start <= a.i < seg.end:
            return False
        if any(condition_of(c, g) and t not in c.subtree for c in a.children):
            return announced(v, g) and not foreign_speaker(ctx, v) or stated_threat(ctx)
    return False


def foreign_speaker(ctx: CueContext, v) -> bool:
    """Whether the speaker who reports the clause of ``v`` (the speech verb above it, or one in
    its tail) names a party other than the clause's subject: "Turkey said Russia would send
    troops to X if ...", "Ankara said Moscow would provide weapons to X" are forecasts of
    another party, not its announcement (GUIDELINES section 1); "the Kremlin said Russia would
    ...", "X said it would ..." are the speaker's own; a clause with a ``schedule_words`` word
    ("A and B would meet in Doha next week") is a schedule the speaker reports, stated."""
    if ctx.reading is None:
        return False
    g, A = ctx.g, ctx.args
    said = [v.head] if v.dep_ in REPORTED_CLAUSE_DEPS and v.head != v else []
    said += [c for c in v.children if c.dep_ in REPORTED_CLAUSE_DEPS and c.i > v.i]
    speakers = {m["code"] for h in said if h.lemma_.lower() in g["speech_verbs"] for m in A.subjects(h)}
    own = {m["code"] for m in A.subjects(v)}
    if any(x.lower_ in g.get("schedule_words", ()) for x in v.subtree):
        return False  # "Qatar said the ministers of A and B would meet next week": a schedule, stated
    return bool(speakers) and bool(own) and not own <= speakers


def stated_threat(ctx: CueContext) -> bool:
    """Whether the cue's verb itself announces the threat ("threatened retaliation if Y ...",
    "vowed revenge if Y ...", "a menacé de représailles si Y ..."): a speech or commissive verb,
    or a verb whose plain lexicon entry (no sense constraint) is a threat, read as a threat; a narrated measure
    ("if Y expands, X will take countermeasures") is a forecast."""
    t, found = ctx.token, ctx.reading.found.get(ctx.token.i) if ctx.reading is not None else None
    if not found or not any(c.relation == "threaten" for c in found[0]):
        return False  # "would recall its ambassador if ...": a measure, not a threat word
    v = t.head if t.pos_ == "NOUN" else t
    lemma, g = v.lemma_.lower(), ctx.g
    if lemma in g["speech_verbs"] or lemma in g.get("commissive_verbs", ()):
        return True
    return any(c.relation == "threaten" and not c.sense for c in ctx.lex.single.get(lemma, ()))


def condition_target(ctx: CueContext, src: list[dict], tgt: list[dict]) -> list[dict]:
    """Whom a conditioned threat is aimed at when its own clause names no one: the actors of the
    subject of its condition clause ("threatened retaliation if NATO deployed troops", "warned of
    countermeasures if the meeting between A and B went ahead"), else the first other actor of
    that clause ("vowed revenge if it is attacked by Y"). Only for cues the ``conditioned`` rule
    makes threats; ``tgt`` (the targets found so far) is kept when it names someone else."""
    t, A, g = ctx.token, ctx.args, ctx.g
    codes = {m["code"] for m in src}
    if not src or {m["code"] for m in tgt} - codes or ctx.rules.rewrite("conditioned", ctx.cue.relation) != "threaten":
        return tgt
    for h in [t] + ([t.head] if t.pos_ == "NOUN" else []):
        for c in _below(h, 3):  # its clauses, its objects' ones ("de fermer le détroit si Y ...")
            if not condition_of(c, g, HUNG_CONDITION_DEPS) or t in c.subtree:
                continue
            subj = [x for k in c.children if k.dep_ in SUBJECT_DEPS for x in k.subtree]
            for xs in (subj, list(c.subtree)):
                found = [m for x in xs for m in A.at(x) if m["code"] not in codes and m.get("kind") != "place"]
                if found:
                    return found if xs is subj else found[:1]
    return tgt


def _below(h, depth: int) -> list:
    """The words at most ``depth`` arcs below ``h``, nearest first."""
    found, layer = [], [h]
    for _ in range(depth):
        layer = [c for x in layer for c in x.children]
        found += layer
    return found


def entitled(t, a, g) -> bool:
    """Whether ``a`` is a right or capacity to do the cue ``t`` (``capacity_heads``): the
    infinitive of "has the right to strike X", "the capacity to hit X", "is entitled to respond",
    "a le droit de frapper X" is no act (GUIDELINES section 1: not asserted). A right one reserves
    (``commissive_nouns``: "reserved the right to retaliate") is left to the commissive reading."""
    v = first_conjunct(t)
    if v.head != a or a.lemma_.lower() not in g.get("capacity_heads", ()) or not (v.dep_ in XCOMP_DEPS or v.dep_ in ACL_DEPS):
        return False
    return f"{a.head.lemma_.lower()} {a.lemma_.lower()}" not in g.get("commissive_nouns", ())


def irrealis(child, a, g, wished) -> bool:
    """Whether ``a`` makes its complement ``child`` unreal: an ``irrealis_heads`` word over an
    infinitive or a clause it wishes (``wished(child)``: "hopes to sign", "would like to meet X",
    "aimerait rencontrer X", "wants X to attack Y"), or a ``deliberation_heads`` word over an
    infinitive only ("would consider sending troops to X", "is considering expelling X's
    diplomats", "envisage d'imposer des sanctions à X": weighed, not done; "considers that X
    attacked Y" is an opinion, left to the opinion filter)."""
    lemma, infinitive = a.lemma_.lower(), child.dep_ in XCOMP_DEPS
    return (infinitive or wished(child)) and lemma in g["irrealis_heads"] or infinitive and lemma in g.get(
        "deliberation_heads", ())


def announced(v, g) -> bool:
    """Whether someone announces the consequent ``v``: a speech or commissive verb above it
    ("said it would ...", "vowed to ..."), or a speaker's tail after it ("..., the premier
    said"). A condition the narration sets ("if X recognises the region, Y will cut ties") is
    a forecast, no threat."""
    words = set(g["speech_verbs"]) | set(g.get("commissive_verbs", ()))
    if any(a.lemma_.lower() in words for a in list(v.ancestors)[:3]):
        return True
    return any(c.lemma_.lower() in g["speech_verbs"] and c.i > v.i and c.pos_ in ("VERB", "AUX") for c in v.children)


def reported_announcement(ctx: CueContext, a) -> bool:
    """Whether ``a``, the head of the cue's clause, is announced in the reported future: the
    that-clause of an ``announcing_verbs`` verb ("officials said Tehran would send troops to X",
    "announced that A would meet B"), or a clause with such a verb in its tail ("A would meet B
    next week, the ministry said"), and the cue's modal is an ``announcing_aux`` one ("would"),
    alone: a scheduled or announced event is stated (GUIDELINES section 1). Not a perfect
    conditional ("would have sent", ``perfect_aux``), not a possibility ("could", "might"), not a
    restricted one ("would only meet X in Y", ``restrictive_adverbs``: a condition), and
    not a conflictual act (a ``commissive`` relation: "Y said X would attack Z" is a forecast; the
    speaker's own is a threat, see :func:`graph.events.linking.announced_threat`)."""
    g, t = ctx.g, ctx.token
    words = g.get("announcing_verbs", ())
    if not words or announcer(a, words, CCOMP_DEPS, tail=True) is None:
        return False
    verbs = [t] + ([t.head] if t.pos_ == "NOUN" else [])
    kids = [c for v in verbs for c in v.children]
    if any(c.dep_ in ADVMOD_DEPS and c.lower_ in g.get("restrictive_adverbs", ()) for c in kids):
        return False  # "said he would only welcome him in X": a condition set, not an announcement
    aux = [c for c in kids if c.dep_ in AUX_DEPS]
    if not (any(c.lower_ in g["announcing_aux"] for c in aux) or _reported_mood(verbs[-1], aux, g)) or any(
            c.lemma_.lower() in g.get("perfect_aux", ()) or (
            c.lower_ in g["hypothetical_aux"] and c.lower_ not in g["announcing_aux"]) for c in aux):
        return False
    found = ctx.reading.found.get(t.i) if ctx.reading is not None else None
    if foreign_speaker(ctx, a):
        return False  # "Ankara said Moscow would send troops to X": another party's forecast
    return not found or not any(ctx.rules.applies("commissive", c.relation) for c in found[0])


def _reported_mood(v, aux, g) -> bool:
    """Whether the clause verb ``v`` itself carries an ``announcing_morph`` feature ("qu'elle
    rencontrerait X": Mood=Cnd) and none of its auxiliaries does ("qu'il aurait rencontré X":
    a past conditional, hearsay or counterfactual, no announcement)."""
    morph = g.get("announcing_morph", ())
    return bool(morph) and any(f.lower() in morph for f in str(v.morph).split("|")) and not any(
        f.lower() in morph for c in aux for f in str(c.morph).split("|"))


def own_announcement(ctx: CueContext, v) -> bool:
    """``v`` heads the that-clause of a speech verb whose subject is the speaker itself: "Iran
    said it would strike X", "l'Iran a déclaré qu'il frapperait X" (an announcement, stated;
    not "Y said X would strike Z", a prediction)."""
    h = announcer(v, ctx.g["speech_verbs"]) if ctx.reading is not None else None
    if h is None:
        return False
    A = ctx.args
    own = {m["code"] for m in A.subjects(v)}
    return bool(own) and own <= {m["code"] for m in A.subjects(h)}


def announced_possibility(ctx: CueContext) -> bool:
    """Whether the cue held possible by a ``possibility_verbs`` verb (:func:`possible`) is the
    speaker's own announced act and a promise of it would be a threat (a ``commissive``
    relation): "la Turquie a déclaré qu'elle pourrait attaquer X" is a threat, as "said it could
    attack X" (GUIDELINES: a stated possible attack); "X pourrait attaquer Y" stays a hypothesis."""
    t = ctx.token
    found = ctx.reading.found.get(t.i) if ctx.reading is not None else None
    if t.pos_ != "VERB" or not found or not any(ctx.rules.applies("commissive", c.relation) for c in found[0]):
        return False
    return own_announcement(ctx, t.head)


def merely_possible(ctx: CueContext) -> bool:
    """Whether the cue is only held possible (:func:`possible`) and not announced as a threat."""
    return possible(ctx.token, ctx.g) and not announced_possibility(ctx)


def possible(t, g) -> bool:
    """Whether the cue infinitive ``t`` is held possible by a ``possibility_verbs`` verb in the
    conditional above it ("pourrait rencontrer X", "devrait signer un accord avec X", also under
    a verb of saying: "a déclaré qu'elle pourrait rencontrer X"): no event, as "could meet X"."""
    v = t.head if t.pos_ == "NOUN" else t
    return v.dep_ in XCOMP_DEPS and v.head != v and v.head.lemma_.lower() in g.get("possibility_verbs", ()) \
        and "Cnd" in v.head.morph.get("Mood")


def plan_content(t, g) -> bool:
    """Whether the cue ``t`` is what a plan foresees: the object, or the object of a preposition,
    of a ``plan_content_verbs`` verb whose subject is a ``peace_plan_nouns`` noun ("the plan
    provides for talks between X and Y", "la proposition envisage un cessez-le-feu entre X et Y"):
    the plan's content, not a stated event (GUIDELINES section 1); "the agreement provides for
    talks" and "the plan emerged from talks" stay events. So is what talks are about (:func:`negotiated_topic`)."""
    words, v = g.get("peace_plan_nouns", ()), t
    if negotiated_topic(t, g):
        return True
    for _ in range(4):  # (through a list: "provides for a truce, talks between X and Y and aid")
        bare = v.dep_ in MODIFIER_OBLIQUE_DEPS and not any(c.dep_ in CASE_DEPS for c in v.children)  # a misparsed object
        if v.dep_ not in VERB_OBJECT_DEPS | PREP_OBJECT_DEPS | PREPOSITION_DEPS | CONJ_DEPS and not bare or v.head == v:
            return False
        v = v.head
        if v.pos_ in ("VERB", "AUX") and v.lemma_.lower() in g.get("plan_content_verbs", ()) and any(
                c.dep_ in ACTIVE_VOICE_SUBJECT_DEPS and c.lemma_.lower() in words for c in v.children):
            return True
    return False


def suited(a, t, g) -> bool:
    """Whether ``a``, an ancestor of the cue ``t``, only holds it suitable: a
    ``suitability_adjectives`` word ("a climate conducive to talks between X and Y", "the time is
    ripe for negotiations", "La situation est propice à des pourparlers"), or a noun such a word
    modifies before the cue ("aucun climat propice au dialogue entre X et Y", the noun parsed as
    the cue's head): no event."""
    words = g.get("suitability_adjectives", ())
    return _listed(a, words) or a.pos_ == "NOUN" and any(_listed(c, words) and c.i < t.i for c in a.children) \
        or unmet(a, g)


def unmet(a, g) -> bool:
    """Whether ``a``, an ancestor of a cue, only names its preconditions as met or not: a
    ``precondition_nouns`` word subject of a ``fulfilment_verbs`` verb ("the conditions for
    talks between X and Y are not met", "les conditions d'un dialogue entre X et Y ne sont pas
    réunies"), or that verb itself ("les conditions ne sont pas remplies pour des pourparlers")."""
    nouns, verbs = g.get("precondition_nouns", ()), g.get("fulfilment_verbs", ())

    def fulfilled(v) -> bool:
        return v.pos_ in ("VERB", "AUX") and _listed(v, verbs)
    if a.pos_ == "NOUN" and _listed(a, nouns):
        return a.dep_ in SUBJECT_DEPS and fulfilled(a.head)
    return fulfilled(a) and any(c.dep_ in SUBJECT_DEPS and _listed(c, nouns) for c in a.children)


def _listed(x, words) -> bool:
    """Whether the token ``x``'s lemma or its form is one of ``words`` (the tagger may lemmatise
    an adjective or a participle oddly: "propices", "réunies")."""
    return x.lemma_.lower() in words or x.lower_ in words


def conditioned_relations(ctx: CueContext) -> bool:
    """Whether some cue relation of the token is one the ``conditioned`` rule rewrites, and the
    cue is a consequent (:func:`consequent`): the conditional filter then lets it through."""
    found = ctx.reading.found.get(ctx.token.i) if ctx.reading is not None else None
    if not found or not any(ctx.rules.applies("conditioned", c.relation) for c in found[0]):
        return False
    return consequent(ctx)


def conditioned_triples(ctx: CueContext, triples: list) -> list:
    """The triples of a consequent cue rewritten by the ``conditioned`` rule (a sanction, an
    attack, a coercion or a show of force set on a condition is a threat); the others of such
    a cue dropped (hypothetical). Triples of other cues unchanged."""
    if not triples or not conditioned_relations(ctx):
        return triples
    return [type(x)(x[0], x[1], ctx.rules.rewrite("conditioned", x[2])) for x in triples
            if ctx.rules.applies("conditioned", x[2])]


def prospected(t, g) -> bool:
    """Whether the cue noun ``t`` is only held possible by an adjective (``prospect_modifiers``:
    "une possible intervention militaire", "des frappes potentielles", "possible sanctions"):
    the ``prospected`` rule makes its hostile relations a threat."""
    words = g.get("prospect_modifiers", ())
    return t.pos_ == "NOUN" and any(c.dep_ in AMOD_DEPS and (c.lower_ in words or c.lemma_.lower() in words)
                                    for c in t.children)


def future_form(v, g) -> bool:
    """A future or conditional form: an auxiliary of ``refusal_aux`` ("will", "wo(n't)",
    "would") or a feature of ``refusal_morph`` on the verb ("Tense=Fut", "Mood=Cnd")."""
    morph = g.get("refusal_morph", frozenset())
    if any(c.dep_ in AUX_DEPS and c.lower_ in g.get("refusal_aux", ()) for c in v.children):
        return True
    return any(f.lower() in morph for f in str(v.morph).split("|"))


def warned_act(ctx: CueContext) -> bool:
    """The cue is what a warning announces: the future or conditional that-clause of a
    ``dissuasion_verbs`` verb ("warned that it will expel X's diplomats", "a prévenu qu'elle
    imposerait des sanctions à X", "a averti qu'elle expulsera ..."), the cue its verb or that
    verb's object noun. The act is not done; the warning verb states the threat (a threat cue
    of its own stays: "X will pay a heavy price, warned Y")."""
    t, g = ctx.token, ctx.g
    found = ctx.reading.found.get(t.i) if ctx.reading is not None else None
    if found and any(c.relation == "threaten" for c in found[0]):
        return False
    v = t if t.pos_ in ("VERB", "AUX") else t.head if t.dep_ in VERB_OBJECT_DEPS else None
    return v is not None and v != v.head and v.dep_ in CCOMP_DEPS \
        and v.head.lemma_.lower() in g.get("dissuasion_verbs", ()) and future_form(v, g)


def offered_acts(t) -> list:
    """The acts an intent verb ``t`` offers: its open complements ("offered to mediate"), an
    infinitive the parser hung as an adverbial clause of a verb with no object ("offered on
    Monday to mediate"), and the open complements below them, two deep ("offered to help
    mediate", "a proposé de tenter de servir de médiateur")."""
    bare = not any(c.dep_ in VERB_OBJECT_DEPS for c in t.children)
    acts = [c for c in t.children if c.dep_ in XCOMP_DEPS or (
        bare and c.dep_ in role("adverbial_clause") and "Inf" in c.morph.get("VerbForm"))]
    for depth in range(2):
        acts += [k for c in acts for k in c.children if k.dep_ in XCOMP_DEPS and k not in acts]
    return acts


def ended_act(ctx: CueContext) -> bool:
    """Whether the hostile cue noun is what its clause ends: the object of an ``ending_verbs``
    verb ("ended its strikes on X", "a cessé ses frappes contre X") or the complement of a verb
    whose object is an ``ending_nouns`` noun ("a mis fin à ses frappes contre X"): an ended act
    is no act. Not an ending asked or aimed at (an infinitive or gerund: "urged X to end its
    strikes", "talks aimed at ending the fighting")."""
    t, g, h = ctx.token, ctx.g, ctx.token.head
    if t.pos_ != "NOUN" or h == t or h.pos_ not in ("VERB", "AUX") or ctx.reading is None \
            or h.dep_ in XCOMP_DEPS or h.tag_ == "VBG" or "Inf" in h.morph.get("VerbForm"):
        return False
    if t.dep_ in VERB_OBJECT_DEPS:
        ends = h.lemma_.lower() in g.get("ending_verbs", ())
    else:  # (not its subject: "une intervention menée par X a pris fin" happened)
        ends = t.dep_ not in SUBJECT_DEPS and any(
            c.dep_ in VERB_OBJECT_DEPS and c.lemma_.lower() in g.get("ending_nouns", ()) for c in h.children)
    found, sign = ctx.reading.found.get(t.i), ctx.lex.relation_sign
    return ends and bool(found) and all(sign.get(c.relation) == "-" for c in found[0])


def negating_prep(v, g) -> bool:
    """A negating preposition (``negating_preps``) opens the verb or noun ``v``: "met without reaching an
    agreement", "ended without a deal", "sans parvenir à un accord" (what did not happen is no event)."""
    neg = g.get("negating_preps", ())
    return any(c.dep_ in MARK_DEPS | CASE_DEPS and c.lower_ in neg for c in v.children) \
        or v.dep_ in role("prep_complement") | PREP_OBJECT_DEPS and v.head.lower_ in neg


def negating_word(k, g) -> bool:
    """The token ``k`` is a negation word of the language (``negation``), not the elided first
    part of a name written with it: "N'Djamena accuse Khartoum" (Chad's capital) is no "no
    Djamena", unlike "aucun État n'a condamné" (an elision glued to a capitalised name).

    >>> import spacy
    >>> doc = spacy.blank("fr")("N'Djamena accuse")
    >>> [t.text for t in doc][:2], negating_word(doc[0], {"negation": ["n'"]})
    (["N'", 'Djamena'], False)
    """
    if k.lower_ not in g["negation"] and k.lemma_.lower() not in g["negation"]:
        return False
    nxt = k.nbor(1) if k.i + 1 < len(k.doc) else None
    return not (k.text[-1:] in ("'", "’") and not k.whitespace_ and nxt is not None and nxt.text[:1].isupper())


def negotiated_topic(t, g) -> bool:
    """Whether the cue noun ``t`` is what talks are about: the object of a ``topic_preps`` preposition
    on a ``negotiation_nouns`` noun ("talks on a trade agreement between X and Y", "des négociations
    sur un accord entre X et Y"): the deal is not reached (the talks stay an event)."""
    if t.pos_ != "NOUN" or t.head == t:
        return False
    p, h = (t.head, t.head.head) if t.dep_ in PREP_OBJECT_DEPS else (
        next((c for c in t.children if c.dep_ in CASE_DEPS), None), t.head)
    return p is not None and p.lower_ in g.get("topic_preps", ()) and h.pos_ == "NOUN" \
        and _listed(h, g.get("negotiation_nouns", ()))
