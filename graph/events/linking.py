"""Argument-linking mechanisms of the extractor for compounds, participles and co-agents.

Sense constraints of cues ("withdraw from the treaty"), hyphenated agents ("Iran-backed
rebels", "a Turkish-brokered deal"), hyphen pairs ("US-Taliban talks"), the sides of an event
noun a participle says was brokered, co-fighters ("fought X together"), and the guards that keep
co-agents and "against" complements from being targets (see ``docs/extraction.md``).
Functions of a :class:`graph.events.context.CueContext` (the cue token, its segment, the
document's reading and the language data).
"""

from __future__ import annotations

from ..actors.deps import (ACL_DEPS, ACTIVE_VOICE_SUBJECT_DEPS, ADVMOD_DEPS, AMOD_DEPS, APPOS_DEPS, AUX_DEPS, CASE_DEPS, CONJ_DEPS,
                           FLAT_DEPS, MARK_DEPS, NOUN_MODIFIER_DEPS, PARTICIPLE_DEPS, PASSIVE_VOICE_SUBJECT_DEPS,
                           PREP_OBJECT_DEPS, REPORTED_CLAUSE_DEPS, VERB_OBJECT_DEPS, XCOMP_DEPS, roles)
from ..actors.compose import COMPOUND_DASHES
from .arguments import Arguments, _unique
from .clauses import announcer, consequence_clause, owned_object, relative_antecedents
from .conditions import own_announcement, possible
from .context import CueContext, Triple
from .lexicon import FRAMES
from .undergone import light_verb_preps


#: Frames that read the clause's subject and object; a met sense replaces the plain ones.
_ORDINARY_FRAMES = ("svo", "sym", "sym_attack")


#: the bare infinitive of "helped X fight Y" (parsed as either complement)
BARE_COMPLEMENT_DEPS = XCOMP_DEPS | roles("clausal_complement")


def _unmarked_oblique(c) -> bool:
    """An object parsed as an argument oblique with no preposition ("a concentré des troupes")."""
    return c.dep_ in roles("argument_oblique") and not any(k.dep_ in CASE_DEPS for k in c.children)


def senses(t, cues: list, args: Arguments, g) -> list:
    """The entries whose sense constraint the verb's object or complement (a noun's modifier)
    meets, else the plain entries: "withdraw from the treaty" is a sanction, "withdraw troops" a
    retreat. A met entry of confidence 0 blocks the word: "received tanks" is no meeting, "a
    trade war" no fighting."""
    if not any(c.sense for c in cues):
        return cues
    objs = {x.lemma_.lower() for c in t.children if c.dep_ in VERB_OBJECT_DEPS
            or c.dep_ in PASSIVE_VOICE_SUBJECT_DEPS or _unmarked_oblique(c)
            for x in (c, *(k for k in c.children if k.dep_ in roles("adjectival_modifier", "noun_compound")))}
    objs |= {c.lemma_.lower() for c in t.children if c.dep_ in BARE_COMPLEMENT_DEPS and c.pos_ == "VERB"  # "helped
             and not any(m.dep_ in MARK_DEPS or m.tag_ == "TO" for m in c.children)}  # X fight Y" (bare infinitive)
    if t.pos_ == "VERB":  # its manner adverb ("reacted angrily to X"), who acts in its clause ("allowed monitors to return")
        objs |= {c.lemma_.lower() for c in t.children if c.dep_ in ADVMOD_DEPS} | {x.lemma_.lower() for c in t.children
                 if c.dep_ in REPORTED_CLAUSE_DEPS for x in (c, *c.children) if x.dep_ in ACTIVE_VOICE_SUBJECT_DEPS or x.pos_ == "NOUN"}
    if t.pos_ == "VERB" and t.lemma_.lower() in g.get("subject_sense_verbs", ()):  # "US sanctions target X": the
        objs |= {c.lemma_.lower() for c in t.children if c.dep_ in ACTIVE_VOICE_SUBJECT_DEPS | roles("nominal_agent")}
    if t.pos_ == "NOUN":  # a noun's sense by its own modifiers: "a trade war" is no fighting
        objs |= {c.lemma_.lower() for c in t.children if c.dep_ in roles("adjectival_modifier", "noun_compound")}
    if t.pos_ == "ADP":  # a preposition's sense by its object: "behind the attacks"
        objs |= {c.lemma_.lower() for c in t.children if c.dep_ in roles("prep_object")}
        if t.dep_ in roles("case_marker"):  # UD: the case marker hangs on its object ("derrière l'attaque")
            objs.add(t.head.lemma_.lower())
    preps = [(p, n.lemma_.lower()) for p, n in [*args.preps(t), *light_verb_preps(t, args, g), *_object_preps(t, args)]]
    preps += [(p, a.lemma_.lower()) for p, n in args.preps(t) for a in relative_antecedents(n, t, args, g)]
    infs = [(m.lower_, c.lemma_.lower()) for c in t.children  # "encourager X à négocier", "encourage X to
            if c.dep_ in XCOMP_DEPS or c.dep_ in roles("adverbial_clause")  # talk", "called X to discuss Y"
            for m in c.children if m.dep_ in MARK_DEPS or m.tag_ == "TO"]
    infs += [(m.lower_, c.lemma_.lower()) for _, n in args.preps(t) for c in n.children  # "interdire aux navires
             if c.dep_ in ACL_DEPS and c.pos_ == "VERB" for m in c.children if m.dep_ in MARK_DEPS]  # de passer"
    marks = g.get("infinitive_sense_marks", ())

    def meets(c) -> bool:  # an infinitive's mark meets a sense naming its verb, or one of a mark that takes
        if c.prep:  # any verb ("interdire de"): "deployed troops to fight X" is no "deploy ... to X"
            return any(p == c.prep and (not c.objects or n in c.objects) for p, n in preps) \
                or any(p == c.prep and (n in c.objects if c.objects else p in marks) for p, n in infs)
        return bool(objs & c.objects)

    own = t.lemma_.lower() in g.get("owned_sense_cues", ())  # "a dénoncé ses accords avec X": a sense only for its own
    chosen = [c for c in cues if c.sense and meets(c) and not (own and not owned_object(t, c.objects, g))]
    plain = [c for c in cues if not c.sense]
    if not chosen:
        return plain
    # a sense of confidence 0 says the word is no event in that sense ("received tanks from X")
    if any(c.confidence == 0 for c in chosen):
        return []
    # a sense replaces the word's ordinary readings, symmetric ones included ("drills around X"
    # are a show of force, not joint drills), not its special frames ("must withdraw")
    # (a request needs a complement: "a appelé son homologue à rouvrir X", not "a appelé son homologue";
    # an order to leave is the sense's expulsion: "ordered X's diplomats to leave", "a ordonné à l'ambassadeur de quitter")
    return chosen + [c for c in plain if c.frame not in _ORDINARY_FRAMES and c.relation not in {s.relation for s in chosen}
                     and (c.frame != "request" or not any(n in g.get("force_leaving_verbs", ()) for _, n in preps + infs)
                          and any(p and p not in g.get("purpose_preps", ()) for p, _ in preps + infs))]


def _object_preps(t, args: Arguments) -> list:
    """The complements the parser hung on a verb's object (or on a name set beside it) instead
    of the verb: "hits X, Y with customs fees" ("with" under Y), "a frappé X de taxes"."""
    if t.pos_ != "VERB":
        return []
    objs = [c for c in t.children if c.dep_ in VERB_OBJECT_DEPS]
    objs += [k for c in objs for k in c.children if k.dep_ in APPOS_DEPS | CONJ_DEPS]
    return [pn for c in objs for pn in args.preps(c)]


def announces_threat(ctx: CueContext, v) -> bool:
    """``v`` is the cue, announced by its speaker ("Iran said it would attack X"), and a
    promise of it would be a threat (a cue relation of the ``commissive`` rule): the modal is
    the speaker's, not a hypothesis. Other announcements keep the modal's reading."""
    if v != ctx.token or ctx.reading is None or v.i not in ctx.reading.found:
        return False
    return any(ctx.rules.applies("commissive", c.relation) or c.relation in ctx.rules.relations("announced")
               for c in ctx.reading.found[v.i][0]) and own_announcement(ctx, v)


def announced_threat(ctx: CueContext, rel: str) -> str:
    """A conflictual act the speaker announces in the conditional ("Iran said it would attack
    X", "said it could blockade X", "a dit qu'il attaquerait X", "qu'il pourrait attaquer X"): a threat (the ``commissive``
    rule), as a promised attack is; other relations, and the plain future, unchanged."""
    t = ctx.token
    if ctx.rules.applies("consequence", rel) and consequence_clause(t, ctx.g, ctx.seg.start):
        return ctx.rules.rewrite("consequence", rel)  # "..., faute de quoi il frappera X"
    v = t.head if t.pos_ == "VERB" and possible(t, ctx.g) else t  # "a déclaré qu'elle pourrait attaquer X"
    if t.pos_ not in ("VERB", "AUX") or not ctx.rules.applies("commissive", rel) or not own_announcement(ctx, v):
        return rel
    modal = any(c.dep_ in AUX_DEPS and c.lower_ in ctx.g["hypothetical_aux"] for c in t.children)
    if modal or any("Cnd" in x.morph.get("Mood") for x in (v, *v.children) if x == v or x.dep_ in AUX_DEPS):
        return ctx.rules.rewrite("commissive", rel)
    return rel  # "said it will attack X": a scheduled act is stated (GUIDELINES section 1)


def aims_measure(t, cues: list, lex) -> bool:
    """Whether ``t`` is an attack verb modifying a noun cue of another relation: "the sanctions
    targeting X", "les sanctions visant X" (the participle names the measure's target; the
    measure is no attack), or one whose direct object is such a noun: "a trip that aims at
    mediation", "un déplacement qui vise la médiation" (the aim of a step, not its target)."""
    if not all(c.relation == "attack" for c in cues):
        return False
    nouns = [c for c in t.children if c.dep_ in roles("direct_object") and c.pos_ == "NOUN"]
    if t.dep_ in roles("clausal_modifier", "adnominal_clause") and t.head.pos_ == "NOUN":
        nouns.append(t.head)
    for n in nouns:
        relations = {c.relation for c in lex.noun_cues(n) if not c.sense}
        if relations and "attack" not in relations:
            return True
    return False


def plan_about_truce(t, g) -> bool:
    """False for a plan noun (`peace_plan_nouns`) whose phrase names no truce or peace."""
    if t.pos_ != "NOUN" or t.lemma_.lower() not in g.get("peace_plan_nouns", ()):
        return True
    return any(x.lemma_.lower() in g["truce_words"] or x.lower_ in g["truce_words"]
               for x in t.subtree if x.i != t.i)


# -- compounds ------------------------------------------------------------------------------


def hyphen_agent_source(ctx: CueContext) -> list[dict] | None:
    """The actor hyphenated before a participle cue ("Iran-backed"), or ``None`` when the cue is
    not such a compound."""
    t, doc = ctx.token, ctx.doc
    if t.i < 2 or doc[t.i - 1].text not in COMPOUND_DASHES or t.tag_ not in ("VBN", "JJ") \
            or t.dep_ not in roles("adjectival_modifier", "clausal_modifier", "noun_compound") or t.head == t:
        return None
    return ctx.args.at(doc[t.i - 2]) or None


def hyphen_agent(ctx: CueContext) -> list[Triple] | None:
    """A participle cue joined by a hyphen to an actor before it is done by that actor to the
    noun it modifies: "Iran-backed rebels" (support), "Saudi-led strikes on X", "a
    Turkish-brokered deal between A and B" (mediate, for each side). ``None`` when the cue is
    not such a compound."""
    src = hyphen_agent_source(ctx)
    if src is None:
        return None
    A, n = ctx.args, ctx.token.head
    cue = min(ctx.reading.found[ctx.token.i][0], key=lambda c: FRAMES.index(c.frame))
    if cue.frame == "mediate":
        sides = A.prep_actors(n, ctx.g["between_preps"])
        rel = ctx.rules.rewrite("mediation", cue.relation)
        return [Triple(m, x, rel) for m in src for x in sides]
    if cue.frame not in ("svo", "transfer"):
        return []
    tgt = A.at(n) or [m for c in n.children if c.dep_ in roles("appositive", "noun_compound") for m in A.at(c)]
    if not tgt and n.dep_ in roles("attribute") and n.head != n:  # "the Houthis are an Iran-backed militia"
        tgt = A.subjects(n.head)
    if not tgt:  # "Saudi-led strikes on Sanaa": the action noun's target
        tgt = A.noun_target(n)
    return [Triple(m, x, cue.relation) for m in src for x in tgt]


def event_noun_sides(ctx: CueContext, n) -> list[dict]:
    """The sides of an event noun that a participle says was brokered or hosted: its
    "between"/"of" list or hyphen pair ("a deal between A and B", "US-Taliban talks"), else
    the coordinated subjects of the clause it sits in ("A and B signed a truce brokered by
    C", "A et B ont signé un accord négocié par C")."""
    A, g = ctx.args, ctx.g
    sides = A.prep_actors(n, g["between_preps"]) or A.prep_actors(n, g["noun_of_preps"]) or hyphen_pair(ctx, n)
    if len({m["code"] for m in sides}) >= 2:
        return sides
    v = n.head
    for _ in range(3):
        if v.pos_ in ("VERB", "AUX") or v.head == v:
            break
        v = v.head
    subj = []
    if v.pos_ in ("VERB", "AUX"):  # "the accord, mediated by C, was signed by A and B"
        subj = A.prep_actors(v, g["agent_preps"]) if A.is_passive(v) else A.subjects(v)
    return subj if len({m["code"] for m in subj}) >= 2 else []


def third_party(ctx: CueContext, sides: list[dict]) -> list[dict]:
    """Who negotiates an agreement for others: the subject or agent (with co-agents) of a
    symmetric verb cue whose "between" list, agreement object or modified agreement noun
    names sides they are not among: "C negotiated a truce between A and B", "a deal
    negotiated by C between A and B", "un accord négocié par C entre A et B" (C mediates)."""
    t, A, g = ctx.token, ctx.args, ctx.g
    if t.pos_ not in ("VERB", "AUX"):
        return []
    objs = [c for c in t.children if c.dep_ in VERB_OBJECT_DEPS]
    nouns = objs or ([t.head] if t.dep_ in PARTICIPLE_DEPS else [])
    if not A.prep_actors(t, g["between_preps"]) and not any(agreement_noun(ctx, n) for n in nouns):
        return []
    passive = A.is_passive(t)
    sent = A.sender(t) if t.dep_ in ACL_DEPS and not passive else []  # "sent a delegation to negotiate"
    if t.dep_ in PARTICIPLE_DEPS and not passive and not sent:
        return []  # "the talks involving A": no third party named
    agents = A.prep_actors(t, g["agent_preps"]) if passive else sent or A.subjects(t)
    agents = agents + co_agents(ctx, agents)
    return agents if agents and not {m["code"] for m in agents} & {m["code"] for m in sides} else []


def agreement_noun(ctx: CueContext, n) -> bool:
    """``n`` names an agreement or talks: a truce word or a noun cue of ``agree`` or ``meet``."""
    return n.lemma_.lower() in ctx.g["truce_words"] or any(
        c.relation in ("agree", "meet") for c in ctx.lex.noun_cues(n))


def hyphen_pair(ctx: CueContext, n) -> list[dict]:
    """Two actors joined by a hyphen before a symmetric noun ("US-Taliban talks",
    "Russia-Ukraine fighting", "les pourparlers Iran-USA"): its two sides."""
    doc, A = ctx.doc, ctx.args
    mods = [x for c in n.children if c.dep_ in NOUN_MODIFIER_DEPS | FLAT_DEPS
            for x in c.subtree if x.i != n.i]
    idx = {x.i for x in mods}
    if not any(doc[i].text in ("-", "–", "/") for i in idx):
        return demonym_pair(ctx, n)  # "les négociations sino-indiennes": one token, or split off the noun
    places = {m["token_start"]: m for m in ctx.places}  # "Russia-Ukraine talks": a venue-like name
    found = _unique([m for i in sorted(idx) for m in (A.at(doc[i]) or ([places[i]] if i in places else []))])
    return found if len({m["code"] for m in found}) >= 2 else demonym_pair(ctx, n)


def demonym_pair(ctx: CueContext, n) -> list[dict]:
    """The two states of a demonym pair compound around the noun ``n``, which the actor stage
    does not read as actors: "Russian-Ukrainian talks", "Sino-Indian talks", "les pourparlers
    russo-ukrainiens" (parts read by :func:`graph.document.conflict.pair_compounds`), as two
    mentions spanning the compound."""
    from ..actors.compose import actor_fields
    from ..actors.kb import load_kb
    from ..document.conflict import compound_span, pair_compounds
    from ..document.lexicon import load_document_lexicon
    from ..model import Mention

    lang = ctx.lex.lang
    pairs = pair_compounds(ctx.doc, n, load_document_lexicon(lang))
    if len(pairs) != 1:
        return []
    kb = load_kb()
    lo, hi = compound_span(ctx.doc, n)
    span = ctx.doc[lo:n.i] if lo < n.i else ctx.doc[n.i + 1:hi + 1]
    out = []
    for code in pairs[0]:
        if kb.get(code) is None:
            return []
        fields = actor_fields(kb, code, None, lang)
        out.append(Mention(start=span.start_char, end=span.end_char, token_start=span.start, token_end=span.end,
                           text=span.text, kind="alias", **fields).to_json())
    return out


# -- guards ---------------------------------------------------------------------------------


def together(ctx: CueContext) -> bool:
    """A "together", "jointly", "ensemble" adverb on the cue's clause, or a "joint", "combined",
    "conjoint" modifier on a cue noun."""
    t = ctx.token
    words = ctx.g.get("together_words", ())
    span = " ".join(x.lower_ for x in ctx.doc[t.i + 1:min(t.i + 8, ctx.seg.end)])
    mods = ctx.g.get("together_modifiers", ())  # "a joint operation", "une opération conjointe"
    return any(c.lower_ in words or (c.dep_ in AMOD_DEPS and c.lemma_.lower() in mods) for c in t.children) or any(
        f" {w} " in f" {span} " for w in words if " " in w)


def reciprocal(ctx: CueContext, after: bool = False) -> bool:
    """A reciprocal phrase ("each other", "mutuellement") in the cue's own clause; with
    ``after``, only one after the cue ("both sides asked the UN": the sides are the subject,
    the UN the target; "both sides accused each other": reciprocal)."""
    t, seg = ctx.token, ctx.seg
    span = ctx.doc[t.i + 1 if after else max(seg.start, t.i - 3):min(seg.end, t.i + 8)]
    low = " ".join([span.text.lower(), " ".join(x.lower_ for x in t.subtree if not after or x.i > t.i)])
    return any(w in low for w in ctx.g.get("reciprocal", ()))


def hostile(ctx: CueContext, m: dict) -> bool:
    """A mention inside an "against"/"contre" complement of the cue."""
    words = ctx.g.get("hostile_preps", ())
    r = ctx.doc[m["token_start"]:m["token_end"]].root
    if ctx.cue.relation in ctx.g.get("undoing_relations", ()) and any(x.head == ctx.token and (
            x.dep_ in VERB_OBJECT_DEPS or ctx.cue.prep and x.lemma_.lower() in ctx.cue.objects) for x in r.ancestors):
        return False  # "lifted its sanctions against X", "a mis fin à son embargo contre X": the measure was against X
    for x in [r, *r.ancestors]:
        if x == ctx.token:
            break
        if x.lower_ in words or any(c.dep_ in CASE_DEPS and c.lower_ in words for c in x.children):
            return True
    return False


def co_agents(ctx: CueContext, src: list[dict]) -> list[dict]:
    """Actors who act with the cue's sources, named after a co-agent phrase (``co_agent_words``)
    attached to the cue or to a source: "brokered by C together with D", "C, along with D,
    brokered", "négociée par C aux côtés de D". They join the sources and are never targets."""
    t, A = ctx.token, ctx.args
    if not src:
        return []
    own = {i for m in src for i in range(m["token_start"], m["token_end"])}
    found: list[dict] = []
    for x in t.subtree:
        for m in A.at(x):
            if x.i != m["token_start"] or m in found or m["token_start"] in own:
                continue
            a = co_agent_head(ctx, m)
            if a is not None and (a == t or a.i in own):  # with the names coordinated to it
                r = ctx.doc[m["token_start"]:m["token_end"]].root
                found += [k for k in [m, *A.np(r)] if k not in found and k["token_start"] not in own]
    return found


def co_agent_head(ctx: CueContext, m: dict):
    """The word a co-agent phrase introducing mention ``m`` hangs on ("together with D",
    "with the support of D", "aux côtés de D"), or ``None`` when no such phrase introduces it."""
    doc = ctx.doc
    words = ctx.g.get("co_agent_words", ())
    r = doc[m["token_start"]:m["token_end"]].root
    if r.dep_ in roles("possessive") and r.head != r:  # "alongside Mozambique's forces": the owned noun
        r = r.head
    p = r.head if r.dep_ in PREP_OBJECT_DEPS else next((c for c in r.children if c.dep_ in CASE_DEPS), None)
    if p is None or not words:
        return None
    left = [w.lower_ for w in doc[max(ctx.seg.start, p.i - 3):p.i]] + [p.lemma_.lower()]  # "du": "de"
    before = " " + " ".join(left).replace("' ", "'")
    phrase = next((w for w in words if before.endswith(" " + w)), None)
    if phrase is None:
        return None
    inside = range(p.i - phrase.count(" ") - phrase.count("'"), p.i + 1)
    if ctx.cue.prep and any(doc[i].lemma_.lower() in ctx.cue.objects for i in inside):
        return None  # the phrase chose the cue's sense: "s'est rangée aux côtés de X" (X is the target)
    a = r.head if p is not r.head else p.head
    while a.i in inside and a.head != a:
        a = a.head
    return a


def backing(ctx: CueContext) -> list[Triple] | None:
    """"launched raids with the support of D", "avec le soutien de D": the cue noun is the word
    of a co-agent phrase, so D does the noun's relation toward the clause's subjects (``None``
    when the cue noun is not in such a phrase)."""
    t, A = ctx.token, ctx.args
    if t.pos_ != "NOUN":
        return None
    for p, n in A.preps(t):
        for m in A.np(n, conj=False):
            a = co_agent_head(ctx, m)
            if a is not None and a != t and m["token_start"] - 5 <= t.i < m["token_start"]:
                v = a if a.pos_ in ("VERB", "AUX") else None
                # on the subject noun itself: "Syrian forces, with the backing of Iran, shelled X"
                tgt = A.subjects(v) if v is not None else A.np(a) if a.dep_ in ACTIVE_VOICE_SUBJECT_DEPS else []
                return [Triple(s, x, ctx.cue.relation) for s in A.np(n) for x in tgt]
    return None


def conjoined(doc, a: dict, b: dict) -> bool:
    """Two mentions coordinated with each other ("A and B", "A, B et C")."""
    ra = doc[a["token_start"]:a["token_end"]].root
    rb = doc[b["token_start"]:b["token_end"]].root
    return ra != rb and rb in ra.conjuncts


def dissuasion(t, g) -> bool:
    """``t`` warns a named side off an act: "warned X not to use Y as a pretext" (a
    ``dissuasion_verbs`` verb with an object and a negated open complement): a demand on X,
    not a negated warning ("warned X against sending troops" stays a threat)."""
    return t.lemma_.lower() in g.get("dissuasion_verbs", ()) and any(
        c.dep_ in VERB_OBJECT_DEPS and c.pos_ in ("PROPN", "NOUN", "PRON") for c in t.children) and any(
        c.dep_ in XCOMP_DEPS and any(k.lower_ in g["negation"] for k in c.children) for c in t.children)

