"""Finding the source and target actors of a stance cue in a dependency parse.

:class:`Arguments` is built once per document. Over the noun phrases of :class:`graph.events.phrases.NounPhrases`
it answers, for a trigger token, "who acts" and "toward whom", following the cue's frame (see
``graph/data/lang/en/cues.tsv``). Both the English (ClearNLP labels: ``prep``/``pobj``, ``agent``, ``nsubjpass``)
and the French (Universal Dependencies: ``case`` under ``obl``/``nmod``, ``nsubj:pass``, ``obl:agent``) are read.

Example
-------
>>> [c.__name__ for c in Arguments.__mro__[:2]]
['Arguments', 'NounPhrases']
"""

from __future__ import annotations

from ..actors.deps import (ACL_DEPS, CASE_DEPS, ACTIVE_VOICE_SUBJECT_DEPS, AMOD_DEPS, CCOMP_DEPS, COMPOUND_DEPS, CONJ_DEPS,
                           DETERMINER_DEPS, NOUN_CLAUSE_DEPS, PARTICIPLE_DEPS, PASSIVE_AUX_DEPS, PASSIVE_VOICE_SUBJECT_DEPS,
                           PREP_OBJECT_DEPS, RELCL_DEPS, SUBJECT_CHAIN_DEPS, VERB_OBJECT_DEPS, XCOMP_DEPS, role, roles)
from ..actors.reasons import reason_doer, reason_object
from .assurance import assured_target, assured_verb
from .clauses import clause_tense, negated_verb, raised_infinitive, raised_participle, trailing_participle_verb
from .receipt import giver_objects
from .undergone import received_verb
from .references import antecedent_actors, known_event, referred_event, relative_reference
from .phrases import OWNER_DEPS, NounPhrases, _unique

#: An adjective or possessive naming who a noun's action is by ("the Russian withdrawal", "its withdrawal").
_NOUN_ACTOR_DEPS = AMOD_DEPS | role("possessive")
#: A participle, adjective or side clause hung on the noun or clause a passive agent belongs to.
_MODIFYING_CLAUSE_DEPS = PARTICIPLE_DEPS | role("adverbial_clause")


class Arguments(NounPhrases):
    """Coded actor mentions of one document and the argument look-ups over its parse."""

    def __init__(self, doc, lex) -> None:
        super().__init__(doc, lex)
        self.recent_events: dict[str, tuple[dict, int]] = {}  # relation -> (source, segment) of its last event
        self.segment = 0

    def enter(self, seg, seg_no: int) -> None:
        """Start reading segment number ``seg_no`` (a Span): arguments stay inside it."""
        self.segment = seg_no
        self.bounds = (seg.start, seg.end)

    # -- verbs --------------------------------------------------------------------------
    def is_passive(self, v) -> bool:
        """Whether ``v`` is a passive verb or participle ("was condemned by X", "troops ordered out")."""
        if v.dep_ in PARTICIPLE_DEPS and v.tag_ == "VBN" and v.head.pos_ in ("NOUN", "PROPN"):
            return True  # "West Africans ordered out of Nigeria": a participle is passive
        deps = {c.dep_ for c in v.children}
        if deps & (PASSIVE_VOICE_SUBJECT_DEPS | PASSIVE_AUX_DEPS):
            return True
        if any(p in self.g["agent_preps"] for p, _ in self.preps(v)) and not deps & ACTIVE_VOICE_SUBJECT_DEPS:
            # a participle with an agent and no subject (not "X a salué la prise de Y par Z"); a
            # noun's verbal modifier with one ("un accord négocié par X" read as an infinitive) is
            # one too, unless a gerund ("forces fighting by")
            return v.tag_ == "VBN" or "Part" in v.morph.get("VerbForm") or (
                v.dep_ in PARTICIPLE_DEPS and v.tag_ != "VBG" and "Ger" not in v.morph.get("VerbForm"))
        return False

    def subjects(self, v, depth: int = 0) -> list[dict]:
        """Who does ``v``: its subject; for a relative clause, the noun it modifies; for an
        ``xcomp``/``conj``/``advcl`` verb without a subject, the subject of the verb above, or its
        object under an ``object_control_verbs`` verb ("urged X to talk": X talks)."""
        subj = [c for c in v.children if c.dep_ in ACTIVE_VOICE_SUBJECT_DEPS and self._inside(c)]
        subj.sort(key=lambda c: not self.at(c))  # a subject that is a mention first
        for c in subj:
            ante = self.antecedent(c, v)
            if ante is not None:
                if ante.pos_ == "NOUN" and ante.lemma_.lower() in self.g.get("speech_nouns", ()):
                    return self.statement_authors(ante, depth)  # "the statement, which condemned X"
                return self.np(ante)
            found = self.np(c)
            if found:
                return found
            if c.lower_ in self.g["first_person"]:  # "'We support X,' said the president"
                for a in v.ancestors:
                    if a.lemma_.lower() in self.g["speech_verbs"]:
                        return self.subjects(a, depth + 1)
        if subj and not any(c.lower_ in self.g["relative_pronouns"] for c in subj):
            return []
        if not subj and self.inverted_speaker(v):  # "'...,' said the Iranian-backed group H"
            return self.inverted_speaker(v)
        if v.dep_ in NOUN_CLAUSE_DEPS and v.head.pos_ == "NOUN" \
                and v.head.lemma_.lower() in self.g.get("speech_nouns", ()):
            return self.statement_authors(v.head, depth)  # "a statement condemning X"
        if v.dep_ in RELCL_DEPS:
            return self.np(v.head) or self.sender(v, depth)
        if v.dep_ in ACL_DEPS and self.sender(v, depth):  # "a dépêché une délégation pour négocier"
            return self.sender(v, depth)
        if depth < 3 and v.dep_ in role("prep_complement") and v.head.head != v.head:  # "after meeting X"
            doer = reason_doer(v, self.actor_lex)  # "sanctioned X for aiding Y": X aids (else the verb's subject)
            return self.np(doer) if doer is not None else self.subjects(raised_infinitive(v, self.g.get("raised_infinitive_marks", ()), self.np) or v.head.head, depth + 1)
        upper = (self.raised_conjunct(v) or raised_participle(v) or raised_infinitive(v, self.g.get("raised_infinitive_marks", ()), self.np)) if depth < 3 else None
        if upper is not None:  # "X said Y must halt work and accused Z": X accused
            return self.subjects(upper, depth + 1)
        if depth < 3 and (v.dep_ in SUBJECT_CHAIN_DEPS or v.dep_ in role("adjectival_complement") and v.lemma_.lower()
                          in self.g["commissive_verbs"] | self.g.get("raising_adjectives", frozenset())) and v.head != v:
            # "said it was ready to strike X", "is due to arrive": who is ready is the copula's subject
            if v.dep_ in XCOMP_DEPS and v.head.lemma_.lower() in self.g["object_control_verbs"]:
                # "urged X to talk": X talks; "entered X to join the battle": the subject does
                objs = [m for c in v.head.children if c.dep_ in VERB_OBJECT_DEPS
                        for m in self.np(c)] or self.prep_actors(v.head, self.g.get("addressee_preps", ()))
                if objs:
                    return objs
            return self.subjects(v.head, depth + 1)
        return []

    def sender(self, v, depth: int = 0) -> list[dict]:
        """Who sent the unnamed envoy an infinitive ``v`` is hung on: "sent an envoy to mediate",
        "appointed a delegation to negotiate" (``sending_verbs``): the sender acts; so does the subject
        of a verb whose object a purpose infinitive hangs on ("a convoqué l'ambassadeur pour protester")."""
        n, h, g = v.head, v.head.head, self.g
        if depth >= 3 or "Inf" not in v.morph.get("VerbForm") or n.dep_ not in VERB_OBJECT_DEPS or h.lemma_.lower() \
                not in g.get("sending_verbs", ()) and not any(c.lower_ in g.get("purpose_marks", ()) and c.pos_ == "ADP" for c in v.lefts):
            return []
        return self.subjects(h, depth + 1)

    def raised_conjunct(self, v):
        """The verb of the reporting clause a conjunct ``v`` belongs to when the parser hung it on the
        embedded clause below, else ``None``: "X said Y must halt work and accused Z", "X a déclaré que Y
        devait cesser et a accusé Z". The tenses tell: a finite conjunct cannot share an embedded
        infinitive's modal, nor a verb of another tense, and it has the reporting verb's tense."""
        h = v.head
        if v.dep_ not in CONJ_DEPS or h == v:
            return None
        a = h
        while a.dep_ in roles("conjunct", "open_complement") and a.head != a:
            a = a.head
        if a.dep_ not in CCOMP_DEPS or a.head.pos_ not in ("VERB", "AUX"):
            return None
        own = clause_tense(v)
        if own is None or own != clause_tense(a.head):
            return None
        infinitive = "Inf" in h.morph.get("VerbForm") and "Fin" in v.morph.get("VerbForm")
        own_aux = any(c.dep_ in role("auxiliary") for c in v.children)
        return a.head if infinitive or (own_aux and clause_tense(h) != own) else None

    def statement_authors(self, n, depth: int = 0) -> list[dict]:
        """Who speaks through the statement noun ``n``: its owner ("Britain's statement", "a
        statement by X"), else the subject of the verb it is the object or complement of
        ("A and B issued a statement condemning Y", "in a resolution calling on X")."""
        owners = self.noun_source(n)
        if owners:
            return owners
        h = n.head
        if n.dep_ in PREP_OBJECT_DEPS and h.head != h:  # "in a statement": the verb above the preposition
            h = h.head
        if h == n or h.pos_ not in ("VERB", "AUX") or depth >= 3:
            return []
        if n.dep_ in PASSIVE_VOICE_SUBJECT_DEPS:  # "a statement ... was signed by A and B"
            return self.prep_actors(h, self.g["agent_preps"])
        if n.dep_ not in ACTIVE_VOICE_SUBJECT_DEPS:
            return self.subjects(h, depth + 1)
        return []

    def objects(self, v) -> list[dict]:
        """Actors ``v`` acts on: its objects ("condemned X"), the owner of an object cue noun
        ("condemned the shelling by X"), the event an anaphoric object names ("condemned the
        strike"), the noun a relative clause modifies ("Moscow, which it criticises")."""
        out = []
        for c in v.children:
            if not self._inside(c):
                continue
            if c.dep_ in VERB_OBJECT_DEPS and self.antecedent(c, v) is not None:
                out.extend(antecedent_actors(self, self.antecedent(c, v)))
            elif c.dep_ in VERB_OBJECT_DEPS or self._de_argument(v, c):
                cues = self.lex.noun_cues(c)
                actor = (self.departure(c) or (self._not_left(c, cues, self.noun_source(c)),))[0] \
                    if cues and c.pos_ == "NOUN" and not self.at(c) else []
                if cues and c.pos_ == "NOUN" and not actor and not self.at(c) and cues[0].frame == "sym":
                    actor = self.between_sides(c)  # "welcomed the meeting between A and B": A and B
                if cues and c.pos_ == "NOUN" and not actor and not self.at(c):
                    actor = self.event_anaphor(c, cues[0].relation)  # "condemned the strike"
                out.extend(actor or self._not_left(c, cues, self.np(c)) or referred_event(self, c))  # "the decision"
            elif c.dep_ in roles("open_complement", "unclassified") and self.at(c) and c.i > v.i:
                out.extend(self.np(c))  # French parses "appeler X à" this way; "dep": unlabelled object
        return _unique(out or relative_reference(self, v))  # "une mesure que X a dénoncée"

    def _de_argument(self, v, c) -> bool:
        """Whether ``c`` is the de-argument of a pronominal verb ``v``, which is its object: "s'est
        félicité de la décision de X", "s'est offusquée du rapprochement de X avec Y"."""
        g = self.g
        return c.dep_ in role("argument_oblique") and any(
            x.dep_ in CASE_DEPS and x.lower_ in g["noun_of_preps"] for x in c.children) and any(
            x.lower_ in g.get("reflexive_clitics", ()) and x.i < v.i and x.dep_ not in ACTIVE_VOICE_SUBJECT_DEPS
            for x in v.children)

    def departure(self, n, relation: str | None = None) -> tuple[list[dict], list[dict]] | None:
        """Who leaves and what is left, for a noun ``n`` of leaving (a relation whose places,
        ``place_target_preps_<relation>``, take a source preposition of nouns: ``retreat``):
        "the withdrawal of X's troops from Y", "X's pullout from Y", "le retrait des troupes
        russes de Géorgie". The from-complement is the place left (the target), not the source;
        the owner or of-phrase is who leaves ("the Bosnian town": a place named by its people is
        no side left), but a possessive of-phrase names the place left ("de ses soldats du Mali"). ``None`` when no place left or no leaver is named;
        ``relation`` defaults to the one of the noun's own cue."""
        g = self.g
        if relation is None:
            relation = next((c.relation for c in self.lex.noun_cues(n) if not c.sense), "")
        places = set(g.get(f"place_target_preps_{relation}", ())) & set(g["noun_source_preps"])
        if n.pos_ != "NOUN" or not places:
            return None
        leaver: list[dict] = []
        left: list[dict] = []
        for p, k in sorted(self.preps(n), key=lambda pk: pk[1].i):
            if p in g["noun_of_preps"] and not leaver:  # "of its troops", "des troupes russes (de Géorgie)"
                leaver = [] if any(c.morph.get("Poss") == ["Yes"] for c in k.children) else self.np(k)
                left += [m for q, x in self.preps(k) if q in places for m in self.np(x)]
            elif p in places:
                left += self.np(k)
        leaver = [m for c in n.children if c.dep_ in _NOUN_ACTOR_DEPS for m in self.np(c)] or leaver
        h = n.head
        if not leaver and n.dep_ in VERB_OBJECT_DEPS and h.pos_ == "VERB" and h.lemma_.lower() not in self.lex.single:
            leaver = self.subjects(h)  # "X completed the withdrawal of forces from Y" (not "welcomed")
        if not (leaver and left):
            return None
        codes = {m["code"] for m in leaver}  # (a town named by its people is a place, no side)
        return leaver, _unique([m for m in left if m["code"] not in codes and m.get("sector") != "population"])

    def _not_left(self, n, cues, found: list[dict]) -> list[dict]:
        """``found`` but the places a noun of leaving ``n`` names: "welcomed the withdrawal of forces
        from X", "a salué le retrait des forces hors de X" (X is left by someone unnamed, neither
        welcomed nor the source)."""
        left = {id(m) for k in self._left_heads(n, cues) for x in k.subtree for m in self.at(x)}
        return [m for m in found if id(m) not in left]

    def _left_heads(self, n, cues) -> list:
        """The heads of the from-phrases (``place_target_preps_<relation>`` that are also
        ``noun_source_preps``) of a noun ``n`` of leaving, directly or on its of-phrase."""
        g = self.g  # (not French "de": "le retrait des soldats français" names who leaves)
        places = (set(g.get(f"place_target_preps_{cues[0].relation}", ())) & set(g["noun_source_preps"])) \
            - set(g["noun_of_preps"]) if cues and n.pos_ == "NOUN" else set()
        if not places:
            return []
        heads = [k for q, k in self.preps(n) if q in places]
        return heads + [k for q0, k0 in self.preps(n) if q0 in self.g["noun_of_preps"]
                        for q, k in self.preps(k0) if q in places]

    def place_left(self, m: dict, cue_token) -> bool:
        """Whether mention ``m`` is the place a noun of leaving (other than the cue) names
        ("welcomed the pullout of troops from X"): no side of the cue's event."""
        doc = cue_token.doc
        r = doc[m["token_start"]:m["token_end"]].root
        for n in list(r.ancestors)[:3]:
            cues = [k for k in self.lex.single.get(n.lemma_.lower(), ()) if k.pos in ("NOUN", "ANY") and not k.sense]
            if n != cue_token and cues and any(r in k.subtree for k in self._left_heads(n, cues)):
                return True
        return False

    def event_anaphor(self, n, relation: str) -> list[dict]:
        """"the strike", "cette offensive": with a definite determiner and no owner, an action
        noun names the event of that relation stated in the last sentences; its source acts."""
        if not known_event(n, self.g):  # definite, or "a historic meeting"
            return []
        last = self.recent_events.get(relation)
        if last is None or self.segment - last[1] > 2:
            return []
        # may lie in an earlier sentence; an agreement's anaphor names all its parties
        return [dict(p, event_anaphor=True) for p in last[0].get("event_parties", [last[0]])]

    # -- who acts, toward whom ----------------------------------------------------------
    def source_target(self, t) -> tuple[list[dict], list[dict]]:
        """Sources and targets of a cue with the ordinary frame (verb or noun)."""
        g = self.g
        feel = bool({t.lemma_.lower(), t.lower_} & set(g.get("experiencer_passives", ())))  # "was 'encouraged' by"
        if t.pos_ in ("VERB", "AUX") or t.tag_ in ("VBN", "VBG") or feel and self.is_passive(t):
            feel = feel and not any(c.dep_ in XCOMP_DEPS for c in t.children)
            if (feel or self.is_passive(t)) and (feel or t.lemma_.lower() in g["adjectival_passives"] and not self.prep_actors(
                    t, g["agent_preps"])):  # "X is opposed to Y"; "X was disappointed by Y", "X s'est dit déçu de Y"
                return (_unique([m for c in t.children if c.dep_ in PASSIVE_VOICE_SUBJECT_DEPS for m in self.np(c)]) or self.subjects(t),
                        self.prep_actors(t, g["experiencer_preps"] if feel else g["adjectival_passive_preps"]))
            if self.is_passive(t):
                src = self.prep_actors(t, g["agent_preps"])
                tgt = _unique([m for c in t.children if c.dep_ in PASSIVE_VOICE_SUBJECT_DEPS
                               for m in self.np(c)])
                first = t.head if t.dep_ in CONJ_DEPS else t  # "populated by X and supported by Y"
                relative = first.dep_ in RELCL_DEPS and any(  # "X, which is backed by Y"
                    c.lower_ in g["relative_pronouns"] for c in t.children if c.dep_ in PASSIVE_VOICE_SUBJECT_DEPS)
                if not tgt and (first.dep_ in _MODIFYING_CLAUSE_DEPS or relative):
                    up = trailing_participle_verb(first)  # "X attacked Y's positions, backed by Z": X
                    tgt = (self.subjects(up) if up is not None else []) or (
                        self.subjects(first.head) if first.head.pos_ in ("VERB", "AUX") else self.np(first.head))  # "Backed by Y, X attacked Z": X
                return src, tgt
            src = self.subjects(t)
            own = {m["code"] for m in src}
            # "recalled its envoy from X": the subject's own possessive is no target
            tgt = [m for m in self.objects(t) if m["code"] not in own or m["kind"] != "pronoun"] \
                or self._venue_free(self.prep_actors(t, g["verb_target_preps"], first=True), t)
            if not tgt and t.lemma_.lower() in g["complement_target_verbs"]:
                # "threatened to leave X", "promised to help X" (not "to keep its neutrality")
                for c in t.children:
                    if c.dep_ in XCOMP_DEPS and c.pos_ == "VERB":
                        tgt = [m for m in self.objects(c) or self.prep_actors(c, g["verb_target_preps"])
                               if m["code"] not in own]
            return src, tgt
        return self.noun_source(t), self.noun_target(t)

    def _venue_free(self, found: list[dict], v) -> list[dict]:
        """``found`` without the actors of a venue complement of ``v`` ("soutiendra au sommet de
        Madrid ...", "backed X at the NATO summit": Madrid and NATO are where, not whom)."""
        g = self.g
        venue = {x.i for p, n in self.preps(v) if n.lemma_.lower() in g.get("venue_nouns", ())
                 and (p in g["place_preps"] or p in g.get("place_preps_contracted", ())) for x in n.subtree}
        return [m for m in found if m["token_start"] not in venue]

    def _received(self, n):
        """The verb of "X drew condemnation from Y", "a essuyé les critiques de Y", "X came under
        fire from Y" (a verb whose subject undergoes the noun), or ``None``."""
        return received_verb(self.g, n)

    def noun_source(self, n) -> list[dict]:
        """Who acts through the cue noun ``n``: its owner ("Turkey's support", "son soutien"), the
        agent of a performing participle ("the offensive launched by X"), a by/from complement,
        the subject of a light verb ("X launched an offensive"), or who a received noun comes
        from ("drew condemnation from Y")."""
        g = self.g
        recv, pledge = self._received(n), assured_verb(self, n)
        if pledge is not None and self.subjects(pledge):  # "X assured Y of its support": X supports
            return self.subjects(pledge)
        if recv is not None:  # "drew condemnation from Y": Y condemns
            preps = g["noun_source_preps"] - g["agent_preps"]
            return giver_objects(self, recv, n) or self.prep_actors(recv, preps) or self.prep_actors(n, preps)
        if n.dep_ in COMPOUND_DEPS and n.head != n and not any(
                c.dep_ in OWNER_DEPS for c in n.children):  # "a mediation mission": the mission's
            return self.noun_source(n.head)
        owners = _unique([m for c in n.children if (c.dep_ in OWNER_DEPS and self._prep_of(c) is None)
                          or (c.dep_ in DETERMINER_DEPS and self.at(c))  # French "son soutien": a possessive
                          for m in (self.np(c) if c.dep_ not in DETERMINER_DEPS else self.at(c))])
        if owners:
            return owners
        for c in n.children:  # "the offensive launched by X", "l'intervention menée par X"
            if c.dep_ in PARTICIPLE_DEPS and c.lemma_.lower() in g.get("performing_verbs", ()) and (
                    c.tag_ == "VBN" or "Part" in c.morph.get("VerbForm")):
                by = self.prep_actors(c, g["agent_preps"])
                if by:
                    return by
        src = self.noun_agents(n)
        if src:
            return src
        # "la condamnation de Moscou" (French: the of-phrase is the source), "the support of X for Y"
        # (not "the blockade of X with Y's help": a with-complement is no target that makes X act)
        # ("l'expulsion de l'ambassadeur": the of-phrase undergoes it)
        if not self.of_patient(n, owned=False) and ("source" in g["noun_of_role"] or self.prep_actors(
                n, g["noun_target_preps"] - g["noun_of_preps"] - g["with_preps"])):
            src = self.prep_actors(n, g["noun_of_preps"])
            if src:
                return src
        if any(reason_object(c, self.actor_lex) is not None for c in n.children):
            return []  # "imposed sanctions on firms over their support": the firms' (no actor), not the subject's
        h = n.head
        if n.dep_ in PREP_OBJECT_DEPS and h.head != h:  # "sent envoys for talks", "bound by a treaty"
            h = h.head
        if h.lemma_.lower() in g.get("measure_nouns", ()) and h.dep_ in VERB_OBJECT_DEPS:
            h = h.head  # "held two rounds of talks", "launched three days of strikes"
        if h != n and h.lemma_.lower() in g["light_verbs"] and n.dep_ not in ACTIVE_VOICE_SUBJECT_DEPS:
            if n.dep_ in PASSIVE_VOICE_SUBJECT_DEPS and h == n.head and self.is_passive(h):
                return [] if negated_verb(h, g) else self.prep_actors(h, g["agent_preps"])  # "sanctions on X were imposed by Y"
            if self.is_passive(h) and h != n.head:
                return _unique([m for c in h.children if c.dep_ in PASSIVE_VOICE_SUBJECT_DEPS
                                for m in self.np(c)])
            return self.subjects(h)
        if (self.in_role(n) or self.stance_adjunct(n)) and h.pos_ in ("VERB", "AUX") and h != n and (self.stance_adjunct(n) or not any(
                c.dep_ in VERB_OBJECT_DEPS for c in h.children)):  # (not "condemned X as an attack"; "in solidarity with X")
            return self.subjects(h)  # "served as intermediaries between A and B", "agit comme médiateur"
        if self.in_role(n) and any(c.dep_ in role("copula") for c in n.children):  # UD: "sont en guerre"
            return _unique([m for c in n.children if c.dep_ in ACTIVE_VOICE_SUBJECT_DEPS for m in self.np(c)])
        return self.subjects(v) if (v := self._occasion_verb(n)) is not None else []

    def _occasion_verb(self, n):
        """The verb of the clause that a fronted occasion phrase opens, when the cue noun ``n``
        is that occasion and has a with-complement: "Lors d'un entretien avec X, Y a ...", "au
        cours d'une rencontre avec X", "Après une réunion avec X" (Y is in the talks), with no
        verb between the occasion word and the noun. ``occasion_words`` of grammar.json."""
        words = self.g.get("occasion_words", ())
        left = n.doc[max(0, n.i - 4):n.i]
        opener = next((x for x in reversed(left) if x.lower_ in words), None)
        if opener is None or not self.prep_actors(n, self.g["with_preps"]) \
                or any(x.pos_ in ("VERB", "AUX") for x in n.doc[opener.i + 1:n.i]):
            return None  # (not "Après avoir refusé une rencontre avec X": no talks were held)
        v = n
        for _ in range(3):
            v = v.head
            if v.pos_ in ("VERB", "AUX"):
                return v if v.i > n.i else None
        # the parser hung the main clause under the occasion noun, as a relative clause with
        # its own subject: "Lors d'un échange avec X, Y a réaffirmé ..."
        return next((c for c in n.rights if c.pos_ in ("VERB", "AUX") and c.dep_ in NOUN_CLAUSE_DEPS and any(
            x.dep_ in ACTIVE_VOICE_SUBJECT_DEPS and x.pos_ != "PRON" for x in c.children)), None)

    def noun_target(self, n) -> list[dict]:
        """Toward whom the cue noun ``n`` acts: its target complement ("support for X"), a compound
        beside an owner ("Russia's Ukraine invasion"), the of-phrase where the language reads it
        as the target (``noun_of_role``), a light verb's complement, or the owner of what
        drew the noun ("the raid drew condemnation")."""
        g = self.g
        recv, pledge = self._received(n), assured_verb(self, n)
        if pledge is not None:  # "X assured Y of its support": Y is supported
            return assured_target(self, pledge)
        if recv is not None:  # "the Israeli raid drew condemnation from Y": the raid's owner is the target
            subj = [c for c in recv.children if c.dep_ in ACTIVE_VOICE_SUBJECT_DEPS]
            return _unique([m for c in subj for m in (self.np(c) or self.noun_source(c))])
        preps = g["noun_target_preps"]
        tgt = self.prep_actors(n, preps - g["noun_of_preps"]) or _unique([  # (hung on a demonym:
            m for c in n.children if c.dep_ in AMOD_DEPS and self.at(c)  # "les frappes israéliennes contre X")
            for m in self.prep_actors(c, preps - g["noun_of_preps"])])
        if not tgt and any(c.dep_ in role("possessive") for c in n.children):
            # "its Karabakh offensive", "Russia's Ukraine invasion": the compound is the target
            tgt = _unique([m for c in n.children if c.dep_ in COMPOUND_DEPS for m in self.at(c)])
        # "the condemnation of Moscow", "la prise de X par Y"
        if not tgt and ("target" in g["noun_of_role"] or self.of_patient(n)):
            tgt = self.patient(n)
        if not tgt and n.head != n and n.head.lemma_.lower() in g["light_verbs"]:
            # "launched strikes on X"; not "carried out strikes from X" (a noun's source preposition
            # names where it comes from)
            tgt = self.prep_actors(n.head, g["verb_target_preps"] - g["between_preps"] - g["noun_source_preps"])
            if not tgt and n.dep_ in VERB_OBJECT_DEPS:  # "gave X an ultimatum", "offered Kyiv its support"
                tgt = _unique([m for c in n.head.children if c.dep_ in role("indirect_object") and c != n
                               for m in self.np(c)])
        return tgt
