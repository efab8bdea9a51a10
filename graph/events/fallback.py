"""Word-order fallbacks of the extractor: arguments the parse did not give.

When a verb cue has no subject or no object in the parse, the nearest coded mention before or
after it in its sentence is taken (not the speaker of a report, nor a mention in another
clause); a cue noun without a target takes a mention just after a target preposition (places
as targets: :mod:`graph.events.place_targets`).
Functions of a :class:`graph.events.context.CueContext` (the cue token, its segment, the
document's reading and places, the language data and the fallback window).

Example
-------
>>> nearest.__name__
'nearest'
"""

from __future__ import annotations

from ..actors.deps import (ACTIVE_VOICE_SUBJECT_DEPS, ADNOMINAL_CLAUSE_DEPS, APPOS_DEPS, CCOMP_DEPS, CONJ_DEPS, DETERMINER_DEPS, FLAT_DEPS,
                           CASE_DEPS, PASSIVE_VOICE_SUBJECT_DEPS, PREP_OBJECT_DEPS, RELCL_DEPS, REPORTED_CLAUSE_DEPS,
                           PARTICIPLE_DEPS, VERB_OBJECT_DEPS, XCOMP_DEPS, role, roles)
from ..actors.lexicon import load_lexicon
from .context import CueContext
from .linking import co_agent_head
from .patients import hostile_action_nouns, patients
from .phrases import _unique

#: Parts of a name or of the noun phrase around it ("the UN refugee agency", "Emmanuel Macron").
NAME_PART_DEPS = roles("noun_compound", "adjectival_modifier", "possessive") | FLAT_DEPS
#: A noun modifying the noun a name belongs to ("Thai military sources": Thai hangs on sources).
NMOD_DEPS = role("nominal_modifier")
#: Dependencies of an adverbial clause ("when ...", "after ...").
ADVCL_DEPS = role("adverbial_clause")


def clause_target(ctx: CueContext, src: list[dict]) -> list[dict]:
    """The target a threat or warning names inside its that-clause: the first other actor of a
    clause whose subject is the speaker itself ("warned that it would answer any attack by X",
    "a prévenu qu'il riposterait à toute attaque de X") or of an agentless passive clause that
    states an attack ("warned that strikes would be carried out against X", "that X would be
    targeted": the speaker is the unnamed doer), or the subject of a clause that names the
    consequences the cue's sense words list ("warned that X would face consequences")."""
    t, A = ctx.token, ctx.args
    codes = {m["code"] for m in src}
    if not codes:
        return []
    outcome = {w for c in ctx.lex.single.get(t.lemma_.lower(), ()) for w in c.objects}
    for c in t.children:
        if c.dep_ not in CCOMP_DEPS or c.pos_ not in ("VERB", "AUX"):
            continue
        if _agentless_attack(ctx, c):
            return [m for x in c.subtree for m in A.at(x) if m["code"] not in codes][:1]
        subj = A.subjects(c)
        if not subj:
            continue
        if {m["code"] for m in subj} <= codes:  # the speaker's own announced action
            own = {x.i for k in c.children if k.dep_ in ACTIVE_VOICE_SUBJECT_DEPS for x in k.subtree}
            for x in c.subtree:
                ms = [m for m in A.at(x) if m["code"] not in codes and x.i not in own]
                if ms:
                    return ms[:1]
        elif any(x.lemma_.lower() in outcome for x in c.subtree):
            return [m for m in subj if m["code"] not in codes]
    return []


def _agentless_attack(ctx: CueContext, v) -> bool:
    """Whether the clause of verb ``v`` is a passive with no by-agent whose verb or subject is
    a cue of a relation a promise turns into a threat (``commissive`` rows of frame_rules.tsv:
    attack, coerce)."""
    A = ctx.args
    if not A.is_passive(v) or A.prep_actors(v, ctx.g["agent_preps"]):
        return False
    words = [v] + [k for k in v.children if k.dep_ in PASSIVE_VOICE_SUBJECT_DEPS]
    return any(ctx.rules.applies("commissive", c.relation) and c.confidence > 0
               for w in words for c in ctx.lex.single.get(w.lemma_.lower(), ()))

def nearest(ctx: CueContext, step: int, other: list[dict]) -> list[dict]:
    """Word-order fallback: the closest coded mention before (step -1) or after (+1) the
    cue in its sentence, when the parse gives no argument."""
    t, sent = ctx.token, ctx.seg
    codes = {m["code"] for m in other}
    victims = patients(ctx) if step > 0 else frozenset()  # "condemned the attack on X"
    i = t.i + step
    while sent.start <= i < sent.end and abs(i - t.i) <= ctx.window:
        if ctx.doc[i].text in (";",) or (step > 0 and ctx.doc[i].lower_ in ctx.g["hypothetical_marks"]
                                           and t.lemma_.lower() not in ctx.g["suppress_xcomp_verbs"]):
            break
        ms = [m for m in ctx.args.at(ctx.doc[i]) if m["code"] not in codes and not far(ctx, m)
              and co_agent_head(ctx, m) is None  # "with the help of X": X acts with the subject
              and not ctx.args.place_left(m, t)  # "welcomed the pullout of troops from X"
              and not ctx.args.related_owner(m)  # "Iran's proxies attacked": not Iran
              and m["token_start"] not in victims and not under_whom(ctx, m)
              and not (step < 0 and _outside_own_subject(ctx, m))]
        if step < 0:  # "X, a close friend of Y, called on Z": X calls, not the friend of the apposition
            ms = [h for m in ms for h in (_apposition_holder(ctx, m) or [m]) if h["code"] not in codes]
        if ms and step > 0:  # "discussed [of] Karabakh with X": a topic, not the other side
            first = ctx.doc[ms[0]["token_start"]]
            before = [x for x in (first.nbor(-1) if first.i > 0 else None, first) if x is not None]
            # (a relation may list more: "s'est retirée du Mali", order_target_preps_<relation>)
            preps = ctx.g["verb_target_preps"] | ctx.g.get(f"order_target_preps_{ctx.cue.relation}", frozenset())
            if any(x.pos_ == "ADP" and x.lower_ not in preps for x in before):
                ms = []
        if ms:
            return ms[:1]
        i += step
    return []


def _apposition_holder(ctx: CueContext, m: dict) -> list[dict]:
    """The coded mentions of the noun an apposition describes, when ``m`` lies inside that
    apposition before the cue ("Jacques Chirac, a close friend of Hariri, called on Damascus":
    Chirac, not Hariri; "Jacques Chirac, un proche de Hariri, a appelé Damas"), else ``[]``.
    The parse sometimes hangs such a verb on the name, and the word-order fallback would
    otherwise take the friend named last for the speaker.

    >>> _apposition_holder.__name__
    '_apposition_holder'
    """
    r = ctx.doc[m["token_start"]:m["token_end"]].root
    for _ in range(4):
        if r.head == r or r.i >= ctx.token.i:
            return []
        if r.dep_ in APPOS_DEPS and r.head.i < r.i:
            return [h for h in ctx.args.at(r.head) if h is not m]
        r = r.head
    return []


def _outside_own_subject(ctx: CueContext, m: dict) -> bool:
    """Whether the verb cue has a subject of its own that names no actor and ``m`` lies outside
    the cue's clause ("Iraq summoned the Turkish envoy after artillery fire hit a resort": the
    fire hit it, not the envoy of the clause above). A state organ's noun ("police", "troops":
    ``sector_nouns``) is whose it is left unsaid, and the fallback still looks for it."""
    t = ctx.token
    subjects = [c for c in t.children if c.dep_ in ACTIVE_VOICE_SUBJECT_DEPS and c.pos_ == "NOUN"]
    if t.pos_ not in ("VERB", "AUX") or not subjects \
            or subjects[0].lemma_.lower() in load_lexicon(t.doc.lang_).sector_nouns:
        return False
    return not t.left_edge.i <= m["token_start"] <= t.right_edge.i


def under_whom(ctx: CueContext, m: dict) -> bool:
    """A mention that names under whose aegis something happens ("a truce signed under the
    auspices of X", "sous l'égide de X"): a mediator (the ``under`` frame's cue nouns), no side
    of another cue."""
    if ctx.cue is not None and ctx.cue.frame == "under":
        return False
    r = ctx.doc[m["token_start"]:m["token_end"]].root
    for _ in range(3):
        if r.head == r:
            return False
        r = r.head
        if r.pos_ == "NOUN" and r != ctx.token and any(
                c.frame == "under" for c in ctx.lex.single.get(r.lemma_.lower(), ())):
            return True
    return False


def far(ctx: CueContext, m: dict) -> bool:
    """A mention the word-order fallback must not take: the speaker of the report the cue is
    in ("..., a UN official said", "according to X"), or one inside another clause than the
    cue's ("an investigation of arms sales to Croatia")."""
    g, t = ctx.g, ctx.token
    r = ctx.doc[m["token_start"]:m["token_end"]].root
    while r.dep_ in NAME_PART_DEPS | NMOD_DEPS and r.head != r:
        r = r.head  # "the UN refugee agency reported", "US military sources said": the agency, the sources
    if r.dep_ in ACTIVE_VOICE_SUBJECT_DEPS and r.head.lemma_.lower() in g["speech_verbs"] and r.head != t:
        return True
    if r.head.lower_ in g["according_preps"] and r.head.head.lower_ in g["according_words"]:
        return True
    if any(c.dep_ in CASE_DEPS and c.lower_ in g["according_words"] for c in r.children):
        return True  # "selon des sources de l'ONU" (the case marker on the noun)
    v = r
    for _ in range(6):  # the clause the mention is in (a copular predicate with a subject heads one too:
        if v.pos_ in ("VERB", "AUX") or v.head == v or (v != r and _own_subject(v)):  # "tandis que X est tendue")
            break
        v = v.head
    if not ctx.seg.start <= v.i < ctx.seg.end:
        return False  # the parse ran a headline into this sentence: it says nothing here
    if _time_clause_object(r, v, t, g):
        return True
    near = {t, *(c for c in t.children
                 if not _side_clause(c, g) and not (c.dep_ in XCOMP_DEPS and not _governed(t, c, g)))}
    a = t
    for _ in range(4):  # up to the verb of the cue's clause
        a = a.head
        near.add(a)
        if a.pos_ in ("VERB", "AUX") or a.head == a:
            break
    if v.dep_ in CONJ_DEPS and v.head == t and _own_subject(v):
        return True  # a conjunct clause with a subject of its own: "condemned the raid, and X recalled its envoy"
    if v.dep_ in CONJ_DEPS and v.head == t:  # "attacked and shelled X" shares X, but not a conjunct of
        # the reporting clause above the cue's, nor one after a cue with its own object that is no
        # hostile act ("deplored the loss of life and called on X"; "condemned the incursion and urged X")
        return ctx.args.raised_conjunct(v) is not None or (
            any(c.dep_ in VERB_OBJECT_DEPS for c in t.children) and not hostile_action_nouns(ctx))
    return v not in near and not (v.dep_ in XCOMP_DEPS and v.head == t and _governed(t, v, g))


def _own_subject(v) -> bool:
    """Whether ``v`` has a subject of its own (it heads a clause, verbal or not)."""
    return any(c.dep_ in ACTIVE_VOICE_SUBJECT_DEPS | PASSIVE_VOICE_SUBJECT_DEPS for c in v.children)


def _time_clause_object(r, v, t, g) -> bool:
    """Whether the mention rooted at ``r`` is inside the time clause ``v`` on the cue ``t``
    ("promised by X when the city was handed back from Y", ``time_clause_words``) but not its
    subject: who acts in the clause may be whom the cue answers ("threatened sanctions after Y
    was declared the winner"), the rest of the clause is not."""
    if v.head != t or not _time_clause(v, g):
        return False
    return r.head != v or r.dep_ not in ACTIVE_VOICE_SUBJECT_DEPS | PASSIVE_VOICE_SUBJECT_DEPS


def _time_clause(v, g) -> bool:
    """Whether ``v`` heads an adverbial clause opened by a ``time_clause_words`` word ("when
    asked about X", "after Y invaded Z")."""
    return v.dep_ in ADVCL_DEPS and v.left_edge.lower_ in g.get("time_clause_words", ())


def _governed(t, v, g) -> bool:
    """Whether the marked infinitive ``v`` hung on the cue verb ``t`` is one ``t`` governs (a
    control, threat or promise verb: "urged X to talk", "threatened to cut gas to X"), not one
    the parser gave a plain verb ("soutiendra ... le souhait de X à entrer dans l'Otan")."""
    if t.pos_ not in ("VERB", "AUX") or not any(c.dep_ in role("marker") for c in v.children):
        return True
    return any(t.lemma_.lower() in g.get(k, ()) for k in (
        "object_control_verbs", "complement_target_verbs", "intent_verbs", "commissive_verbs", "suppress_xcomp_verbs"))


def _side_clause(c, g) -> bool:
    """A clause beside the cue's own: a complement clause, or an adverbial clause set off by a
    comma ("shuttling between the hotels, serving as intermediaries between A and B")."""
    if c.dep_ in REPORTED_CLAUSE_DEPS:
        return True
    return c.dep_ in ADVCL_DEPS and c.left_edge.i > 0 and c.doc[c.left_edge.i - 1].text == ","


def noun_target_by_order(ctx: CueContext, src: list[dict]) -> list[dict]:
    """A target preposition within six words after a cue noun, then a mention within three
    (a guess by word order: "support of X for Y" when the parse missed the "for"); a place or a
    verb after the preposition ends the guess ("X's visit to Algeria angered Y": Y is the
    verb's, the place is read by :func:`place_target`)."""
    n = ctx.token
    preps = ctx.g["noun_target_preps"] - ctx.g["noun_of_preps"] - ctx.g["between_preps"]
    codes = {m["code"] for m in src}
    end = min(n.i + 7, ctx.seg.end)
    placed = {i for m in ctx.places for i in range(m["token_start"], m["token_end"])}
    for i in range(n.i + 1, end):
        if ctx.doc[i].lower_ in preps:
            for j in range(i + 1, min(i + 4, ctx.seg.end)):
                ms = [m for m in ctx.args.at(ctx.doc[j]) if m["code"] not in codes]
                if ms:
                    return ms[:1]
                if j in placed or ctx.doc[j].pos_ in ("VERB", "AUX"):
                    return []
            return []
        if ctx.doc[i].is_punct:
            return []
    return []


def participle_target(ctx: CueContext, src: list[dict]) -> list[dict]:
    """The target complement of an agentive participle (itself no cue) on a cue noun, which
    the parser hangs on the participle ("the offensive led by A and B against Y", "l'offensive
    menée par A et B contre Y"): Y, when none of the source's."""
    n, A, g = ctx.token, ctx.args, ctx.g
    preps = g["noun_target_preps"] - g["noun_of_preps"] - g["noun_source_preps"] - g["between_preps"]
    codes = {m["code"] for m in src}
    verbs = [c for c in n.children if c.dep_ in PARTICIPLE_DEPS and c.pos_ == "VERB" and A.has_agent(c)
             and not ctx.lex.single.get(c.lemma_.lower())]  # not "a strike condemned by X in a warning to Y"
    return _unique([m for c in verbs for x in c.subtree if x == c or x.dep_ in CONJ_DEPS  # (or on its agent's
                    for m in A.prep_actors(x, preps) if m["code"] not in codes])  # last conjunct)


def relation_noun_target(ctx: CueContext) -> list[dict]:
    """The target a cue noun's relation adds prepositions for (``noun_target_preps_<relation>``),
    on the noun or on the light verb it is the object of: "voiced concern over X's moves",
    "expressed alarm at X's build-up" (``condemn``: over, about, at).

    >>> relation_noun_target.__name__
    'relation_noun_target'
    """
    n, A = ctx.token, ctx.args
    preps = ctx.g.get(f"noun_target_preps_{ctx.cue.relation}")
    if not preps or n.pos_ != "NOUN":
        return []
    heads = [n] + ([n.head] if n.dep_ in VERB_OBJECT_DEPS and n.head.lemma_.lower() in ctx.g["light_verbs"] else [])
    return boundary_partner(ctx, heads, preps) or next(
        (ms for h in heads for ms in [A.prep_actors(h, preps, first=True)] if ms), [])


def boundary_partner(ctx: CueContext, heads, preps) -> list[dict]:
    """The other side of a boundary noun (``boundary_nouns``) the cue noun or its light verb is
    placed at: "drills near its border with X" (before the boundary's owner), "exercises along
    the border with X" (the with-phrase on the boundary, or hung on a head right after it),
    "exercices près de sa frontière avec X"; else the place its of-phrase names ("au large des
    côtes de X", where X is read as a place)."""
    A, g = ctx.args, ctx.g
    bounds = g.get("boundary_nouns", ())
    for p, b in (pb for h in heads for pb in A.preps(h)):
        if p not in preps or b.lemma_.lower() not in bounds:
            continue
        side = [m for h in [b, *heads] for q, x in A.preps(h) if q in g["with_preps"]
                and (h == b or x.left_edge.i - 1 == b.right_edge.i + 1) for m in A.np(x)]
        if not side:  # "au large des côtes de X": the place the coast is of
            of = {y.i for q, x in A.preps(b) if q in g["noun_of_preps"] for y in x.subtree}
            side = [m for m in ctx.places if m["token_start"] in of]
        if side:
            return side[:1]
    return []


def defended(ctx: CueContext, src: list[dict]) -> list[dict]:
    """Who defends itself against a hostile cue noun (``defence_verbs``, ``hostile_preps``): the
    target of the attack: "X retains the right to defend itself against raids by Y", "X se
    défend contre l'agression de Y" (Y attacks X).

    >>> defended.__name__
    'defended'
    """
    n, A, g = ctx.token, ctx.args, ctx.g
    prep = n.head.lower_ if n.dep_ in PREP_OBJECT_DEPS else A._prep_of(n)
    if n.pos_ != "NOUN" or ctx.lex.relation_sign.get(ctx.cue.relation) != "-" or prep not in g.get("hostile_preps", ()):
        return []
    v = n.head.head if n.dep_ in PREP_OBJECT_DEPS else n.head
    if v.dep_ in VERB_OBJECT_DEPS and v.lemma_.lower() not in g.get("defence_verbs", ()):
        v = v.head  # "protect its villages against X's raids" (the complement hung on the object)
    if v.lemma_.lower() not in g.get("defence_verbs", ()) or any(  # not "against a possible invasion"
            c.dep_ in DETERMINER_DEPS and c.lower_ in g.get("indefinite_determiners", ()) for c in n.children):
        return []
    who = A.subjects(v)
    if not who and v.dep_ in ADNOMINAL_CLAUSE_DEPS and v.head.dep_ in VERB_OBJECT_DEPS:
        who = A.subjects(v.head.head)  # "X retains the right to defend itself against ..."
    codes = {m["code"] for m in src}
    return [m for m in who if m["code"] not in codes]


def complement_target(ctx: CueContext, src: list[dict]) -> list[dict]:
    """For verbs whose target sits inside their complement ("threatened to shell Iraqi towns",
    "agreed to reopen its borders to UN peacekeepers", "refused to deploy troops in Iraq"): the
    first actor in the complement or object, else the first place there; not one in a relative
    clause describing a noun of the complement ("pledged troops to the coalition that includes
    A and B": A and B are members of the coalition, not the other side of the pledge)."""
    t = ctx.token
    codes = {m["code"] for m in src}
    inside: list[int] = []
    for c in t.children:
        if c.dep_ in XCOMP_DEPS or c.dep_ in VERB_OBJECT_DEPS:
            described = {y.i for x in c.subtree if x.dep_ in RELCL_DEPS for y in x.subtree} | _time_clause_rest(c, ctx.g)
            inside.extend(x.i for x in c.subtree if not (x.dep_ in ACTIVE_VOICE_SUBJECT_DEPS and x.head == c)
                          and x.i not in described)  # "to the coalition that includes A, B": no target
    inside.sort()
    for i in inside:
        ms = [m for m in ctx.args.at(ctx.doc[i]) if m["code"] not in codes]
        if ms:  # with its conjuncts: "aid for Romania and Poland"
            root = ctx.doc[ms[0]["token_start"]:ms[0]["token_end"]].root
            more = [m for m in ctx.args.np(root) if m["code"] not in codes]
            return more or ms[:1]
    for m in ctx.places:
        if m["token_start"] in inside and m["code"] not in codes:
            return [m]
    return []


def _time_clause_rest(c, g) -> set[int]:
    """The tokens of the time clauses inside the complement ``c`` (``time_clause_words``), less
    their subjects: "refused to comment when asked about X's moves", "declined to answer while
    visiting X" (X is no target of the refusal); "refused to attend after Y invaded Z" (Y may be)."""
    out: set[int] = set()
    for x in c.subtree:
        if _time_clause(x, g):
            subj = {y.i for k in x.children if k.dep_ in ACTIVE_VOICE_SUBJECT_DEPS | PASSIVE_VOICE_SUBJECT_DEPS
                    for y in k.subtree}
            out |= {y.i for y in x.subtree} - subj
    return out


def subject_conjuncts(ctx: CueContext, src: list[dict]) -> list[dict]:
    """Mentions joined by "and" inside the subject of a symmetric verb, of another code than
    the subject's head: the other side of a misparsed "A from X and B fought"."""
    t = ctx.token
    codes = {m["code"] for m in src}
    out: list[dict] = []
    for c in t.children:
        if c.dep_ not in ACTIVE_VOICE_SUBJECT_DEPS:
            continue
        for x in c.subtree:
            if x.dep_ in CONJ_DEPS:
                out.extend(m for m in ctx.args.at(x) if m["code"] not in codes)
    return out

