"""Salience of the actors a pronoun or a bare title may stand for (mixin of ``coref._State``).

After Lappin & Leass (1994), reduced to recency, grammatical role and main-clause emphasis: a
mention weighs ``RECENCY`` plus ``ROLE_WEIGHTS`` of its role plus ``MAIN_CLAUSE`` when its verb
is the sentence's main verb, times ``GUESS_WEIGHT`` when it is itself a resolved pronoun, halved
(``DECAY``) per sentence back; an actor's salience sums its best mention of each sentence.
Expletive subjects ("it seems that", "il faut", "il a été décidé de") are no actors: the
``expletive_*`` and ``impersonal_*`` lists of the actor lexicon.

The mixin needs ``doc``, ``kb``, ``lex``, ``history``, ``date``, ``lang``, ``starts``, ``sent()``,
``recent()`` and ``fields()``.

Reference: S. Lappin and H. J. Leass, "An algorithm for pronominal anaphora resolution",
*Computational Linguistics* 20(4), 1994.

Example
-------
>>> RECENCY + ROLE_WEIGHTS["active_subject"] + MAIN_CLAUSE > RECENCY + ROLE_WEIGHTS["direct_object"] + MAIN_CLAUSE
True
"""

from __future__ import annotations

from .compose import actor_fields
from .deps import (ADNOMINAL_CLAUSE_DEPS, ATTRIBUTE_DEPS, CLAUSE_DEPS, COMPLEMENT_DEPS, EXPLETIVE_DEPS,
                   OBJECT_DEPS, PASSIVE_SUBJECT_DEPS, SUBJECT_CHAIN_DEPS, XCOMP_DEPS, first_conjunct, is_subject, role)
from .records import ActorMention

ADVERBIAL_CLAUSE_DEPS = role("adverbial_clause")

#: Sentences back a pronoun may look for its antecedent.
PRONOUN_WINDOW = 2

#: Salience of a mention (Lappin & Leass 1994): every mention, by grammatical role, in the main
#: clause; a pronoun resolved by the actor stage weighs ``GUESS_WEIGHT`` of a name; halved
#: (``DECAY``) per sentence back.
RECENCY = 100.0
ROLE_WEIGHTS = {"active_subject": 80.0, "passive_subject": 70.0, "direct_object": 50.0, "indirect_object": 40.0,
                "modifier_oblique": 40.0, "prep_object": 40.0}
#: the weights by label; a UD label weighs as its base label (``nsubj:pass`` as ``nsubj``)
LABEL_WEIGHTS = {label: w for name, w in ROLE_WEIGHTS.items() for label in role(name)}
MAIN_CLAUSE = 50.0
#: "The president" is the office of the most salient state only when it outweighs the next one
#: this many times.
FOCUS_MARGIN = 1.5
#: Roles of the base a title may stand for as the office of the state in focus (not envoys,
#: ambassadors or heads of organisations, who mostly act for someone else).
STATE_OFFICES = frozenset({"head_of_state", "head_of_government", "president", "supreme_leader", "crown_prince",
                           "vice_president", "foreign_minister", "defence_minister", "interior_minister",
                           "commander_in_chief", "chief_of_staff"})
GUESS_WEIGHT = 0.5
DECAY = 0.5

_MORPH_NUMBER = {"sg": "Sing", "pl": "Plur"}
_MORPH_GENDER = {"m": "Masc", "f": "Fem"}


def expletive(doc, i: int, lex) -> bool:
    """An expletive subject ("it seems that", "it is clear that", "il faut", "il y a"): the
    pronoun, following word and impersonal verb lists of the actor lexicon (``lex``)."""
    tok = doc[i]
    if tok.dep_ in EXPLETIVE_DEPS:
        return True
    if tok.lower_ not in lex.expletive_pronouns:
        return False
    if i + 1 < len(doc) and doc[i + 1].lower_ in lex.expletive_next:
        return True
    clause = any(c.dep_ in CLAUSE_DEPS for c in tok.head.children)
    if tok.dep_ in PASSIVE_SUBJECT_DEPS and tok.head.lemma_.lower() in lex.impersonal_passive_verbs:
        return clause or not lex.impersonal_needs_clause  # "it was agreed that", "il a été décidé de"
    if tok.head.lemma_.lower() not in lex.impersonal_verbs:
        return False
    if not lex.impersonal_needs_clause:
        return True
    if any(c.dep_ in COMPLEMENT_DEPS and c.lemma_.lower() in lex.personal_adjectives for c in tok.head.children):
        return False  # "it was ready to strike X": whoever "it" stands for is ready
    return any(c.dep_ in COMPLEMENT_DEPS for c in tok.head.children) and not any(
        c.dep_ in ATTRIBUTE_DEPS for c in tok.head.children)


def summed(best_in: dict[tuple[str, int], float]) -> dict[str, float]:
    """Per-actor salience from the best mention of each ``(actor, sentence)``."""
    scores: dict[str, float] = {}
    for (key, _), w in best_in.items():
        scores[key] = scores.get(key, 0.0) + w
    return scores


class SalienceMixin:
    """Salience, coordinated subjects, unnamed focus and offices in focus (see the module)."""

    def _after_subject(self, tok) -> bool:
        """A subject of ``tok``'s sentence comes before it (a plural possessive there is the subject's)."""
        return any(is_subject(t) and t.i != tok.i for t in tok.sent[:tok.i - tok.sent.start])

    def coordinated_subject(self, i: int, sentence: int) -> list[dict]:
        """The members of a coordinated subject before token ``i`` in ``sentence`` ("Russia and
        China vetoed ...; they", "L'Arabie saoudite et l'Égypte ont rompu leurs relations"): a
        plural pronoun's antecedent is the group, one mention per distinct code."""
        members: dict[int, list[ActorMention]] = {}
        for h in self.history:
            if h.sentence != sentence or h.token_start >= i or h.type == "Media" or not h.code:
                continue
            root = self.doc[h.token_start:h.token_end].root
            root = first_conjunct(root)
            if is_subject(root):
                members.setdefault(root.i, []).append(h)
        for group in sorted(members.values(), key=lambda g: -g[0].token_start):
            codes = {h.code: h for h in group}
            if len(codes) >= 2:
                return [self.fields(h) for h in codes.values()]
        return []

    def _verb_of(self, tok):
        """The verb a pronoun belongs to: its head, or for a clitic before it ("l'accuse",
        "les a appelés") the next verb."""
        if tok.head.pos_ == "VERB":
            return tok.head
        for k in range(tok.i + 1, min(tok.i + 4, tok.sent.end)):
            if self.doc[k].pos_ == "VERB":
                return self.doc[k]
        return tok.head

    def _own_codes(self, tok, verb) -> set:
        """The codes of the subject of ``verb`` (the noun a relative clause qualifies for its
        relative pronoun, "X, qui l'accuse"): an object pronoun of that verb is not them."""
        tokens = {c.i for c in verb.children if is_subject(c)}
        if not tokens and _participle_clause(verb):
            tokens = _chain_subject(verb)
        if tokens and verb.dep_ in ADNOMINAL_CLAUSE_DEPS:
            tokens.add(verb.head.i)
        return {h.code for h in self.recent(tok.i, 0) if tokens & set(h.span)}

    def salience(self, h: ActorMention, here: int) -> float:
        """Salience of mention ``h`` for a pronoun in sentence ``here``: Lappin & Leass's
        factors reduced to recency, grammatical role and main-clause emphasis, halved per
        sentence back; the actor stage's own guesses (pronouns) count ``GUESS_WEIGHT``."""
        root = self.doc[h.token_start:h.token_end].root
        root = first_conjunct(root)
        dep = root.dep_.split(":")[0]
        weight = RECENCY + LABEL_WEIGHTS.get(dep, 0.0)
        verb = root.head
        for _ in range(3):  # the clause's verb ("with Baku": the preposition's verb)
            if verb.pos_ in ("VERB", "AUX") or verb.head == verb:
                break
            verb = verb.head
        verb = first_conjunct(verb)
        if dep in LABEL_WEIGHTS and verb.head == verb:
            weight += MAIN_CLAUSE
        if h.kind == "pronoun":
            weight *= GUESS_WEIGHT
        return weight * DECAY ** (here - h.sentence)

    def unnamed_focus(self, i: int, here: int, gender: str | None, number: str | None) -> float:
        """Salience of the main-clause subjects of the earlier sentences that are no actor
        mention ("The marshal said...", "The strike killed ten"), agreeing with the pronoun in
        number and gender: a pronoun whose best antecedent is one of them is left unresolved."""
        named = {k for h in self.recent(i, PRONOUN_WINDOW) for k in range(h.token_start, h.token_end)}
        best = 0.0
        for s in range(max(0, here - PRONOUN_WINDOW), here):
            end = self.starts[s + 1] if s + 1 < len(self.starts) else len(self.doc)
            root = self.doc[self.starts[s]:end].root
            for c in root.children:
                if not is_subject(c) or c.pos_ not in ("NOUN", "PROPN") or c.i in named:
                    continue
                nums, genders = c.morph.get("Number"), c.morph.get("Gender")
                if number in _MORPH_NUMBER and nums and _MORPH_NUMBER[number] not in nums:
                    continue
                if gender in _MORPH_GENDER and genders and _MORPH_GENDER[gender] not in genders:
                    continue
                w = (RECENCY + ROLE_WEIGHTS["active_subject"] + MAIN_CLAUSE) * DECAY ** (here - s)
                best = max(best, w)
        return best

    def office_in_focus(self, m: ActorMention) -> list[dict]:
        """"The president", "le chef de la diplomatie" with no holder named before, as a
        subject, with no complement, of a ``STATE_OFFICES`` role (``m.pending.roles``): the
        office of the state in focus, i.e. the most salient state of the sentence so far and
        the two before (``salience``), when it outweighs the next state ``FOCUS_MARGIN`` times;
        the holder at the date when the base knows exactly one, else the state in that sector."""
        i, j = m.token_start, m.token_end
        here = self.sent(i)
        span = self.doc[i:j]
        if not set(m.pending.roles) & STATE_OFFICES or not is_subject(span.root) \
                or j < len(self.doc) and self.doc[j].lower_ in self.lex.of_words:
            return []  # "the envoy", "X met the president", "le secrétaire général de l'Alliance"
        best_in: dict[tuple[str, int], float] = {}
        for h in self.recent(i, PRONOUN_WINDOW):
            if h.token_start >= i or not h.code or h.type != "State":
                continue  # the state itself or its bodies, not its people ("Mali expelled the French envoy")
            actor = self.kb.get(self.kb.actor_for_code(h.code) or "")
            if actor is not None and actor.type == "State":
                per = (actor.id, h.sentence)
                best_in[per] = max(best_in.get(per, 0.0), self.salience(h, here))
        scores = summed(best_in)
        ranked = sorted(scores.items(), key=lambda kv: -kv[1])
        if not ranked or len(ranked) > 1 and ranked[0][1] < FOCUS_MARGIN * ranked[1][1]:
            return []
        state = ranked[0][0]
        people = self.kb.holders(state, m.pending.roles, self.date)
        if len(people) == 1:
            return [dict(actor_fields(self.kb, people[0], self.date, self.lang), kind="pronoun")]
        fields = actor_fields(self.kb, state, self.date, self.lang)
        sectors = self.kb.role_sectors
        sector = next((sectors[r] for r in m.pending.roles if r in sectors), fields.get("sector"))
        return [dict(fields, label=m.label or fields["label"], sector=sector, kind="pronoun")]


def _participle_clause(verb) -> bool:
    """A participle clause with no subject of its own ("X a critiqué Y, lui reprochant ...",
    "X froze its aid, accusing Y"): it is about the subject of the verb it depends on."""
    return verb.head != verb and (verb.dep_ in ADVERBIAL_CLAUSE_DEPS or verb.tag_ == "VBG"
                                  or "Part" in verb.morph.get("VerbForm") and "Pres" in verb.morph.get("Tense"))


def _chain_subject(verb) -> set:
    """The tokens of the subject up the chain of clauses sharing it (complements, conjuncts,
    adverbial clauses; "Paris a décidé de geler ... et de suspendre ..., accusant"); none past a
    verb with an object that may be the complement's subject ("exhorté Moscou à ...")."""
    v = verb
    for _ in range(5):
        if v.dep_ not in SUBJECT_CHAIN_DEPS or v.head == v:
            return set()
        infinitive = v.dep_ in XCOMP_DEPS and ("Inf" in v.morph.get("VerbForm") or v.tag_ == "VB")
        v = v.head
        if infinitive and any(c.dep_ in OBJECT_DEPS for c in v.children):
            return set()  # object control: "exhorté Moscou à ...", "urged Moscow to ..."
        subj = [c for c in v.children if is_subject(c)]
        if subj:
            return {x.i for c in subj for x in c.subtree}
    return set()
