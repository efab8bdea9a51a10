"""Noun phrases of a parse and the coded actors they name, for argument finding.

:class:`NounPhrases` is built once per document. It indexes the coded actor mentions of
``doc._.mentions`` by token and answers which actors a noun phrase names (with its conjuncts,
lists and asides), which prepositional complements a word has, and the sides of a "between"
list. :class:`graph.events.arguments.Arguments` adds the clause-level look-ups (who acts,
toward whom). Both the English (ClearNLP labels: ``prep``/``pobj``, ``agent``) and the French
(Universal Dependencies: ``case`` under ``obl``/``nmod``, ``obl:agent``) schemes are read.

Example
-------
>>> sorted(OWNER_DEPS)[:2]
['amod', 'compound']
"""

from __future__ import annotations

from ..actors.compose import COMPOUND_DASHES
from ..actors.lexicon import load_lexicon
from ..relations import SYMMETRIC_RELATIONS
from .brokered import broker_compound
from .lists import BetweenLists, _unique
from ..actors.deps import (ACL_DEPS, COMPOUND_DEPS, ACTIVE_VOICE_SUBJECT_DEPS, AGENT_DEPS, AGENT_PREPOSITION_DEPS, AMOD_DEPS,
                           APPOS_DEPS, CASE_DEPS, CONJ_DEPS, DETERMINER_DEPS, NOMINAL_AGENT_DEPS, NOUN_CLAUSE_DEPS,
                           NOUN_MODIFIER_DEPS, OBLIQUE_DEPS, PARTICIPLE_DEPS, PASSIVE_VOICE_SUBJECT_DEPS, PREPOSITION_DEPS, PREP_OBJECT_DEPS,
                           RELCL_DEPS, VERB_OBJECT_DEPS, role as dep_role, roles as dep_roles)

#: Dependencies that open a clause of their own: an argument search never descends into them.
CLAUSE_DEPS = NOUN_CLAUSE_DEPS | APPOS_DEPS | dep_roles(
    "adverbial_clause", "clausal_complement", "open_complement", "paratactic_clause", "punctuation", "coordinator",
    "marker", "clausal_subject", "unclassified", "conjunct")
#: Dependencies that attach a possessor or modifier that names who acts ("Turkey's support").
OWNER_DEPS = NOUN_MODIFIER_DEPS | dep_role("possessive")
#: The head of a prepositional complement that is an adposition itself (English "with X", "by X", "to X").
PREP_HEAD_DEPS = dep_roles("preposition", "agent_preposition", "indirect_object", "conjunct")
#: A complement marked on the noun (French "avec X" as obl, "de X" as nmod, "lui" as iobj).
MARKED_NOUN_DEPS = OBLIQUE_DEPS | dep_roles("nominal_modifier", "indirect_object")


def _hyphened_backer(c, g) -> bool:
    """``c`` names who is hyphened to a participle on the noun, parsed as the noun's compound:
    "a *UN*-backed court", "a *US*-funded radio" back or fund the noun, which is not them
    ("a UN-backed court indicted X" is no accusation by the UN). A participle of doing
    (``performing_verbs``: "a *Saudi*-led coalition", "*Iranian*-made drones") keeps its actor.

    Example: in "a UN-backed court", ``c`` is "UN", the token after it a dash, then "backed".
    """
    doc, j = c.doc, c.right_edge.i + 1
    if j + 1 >= len(doc) or doc[j].text not in COMPOUND_DASHES:
        return False
    p = doc[j + 1]
    return p.tag_ == "VBN" and p.lemma_.lower() not in g.get("performing_verbs", ())


class NounPhrases(BetweenLists):
    """Coded actor mentions of one document and the noun-phrase look-ups over its parse."""

    def __init__(self, doc, lex) -> None:
        self.lex = lex
        self.g = lex.g
        #: token bounds of the current segment: the parser sometimes hangs the next sentence's
        #: words on a verb ("appelé la Russie ... . Selon Interfax-Azerbaïdjan"); those are ignored
        self.bounds = (0, len(doc))
        self._doc = doc
        self._preps: dict[tuple, tuple] = {}  # (token, bounds) -> preps(token)
        self.by_tok: dict[int, list[dict]] = {}
        self.actor_lex = load_lexicon(doc.lang_)  # the actor stage's lexicon (reason phrases)
        self._relation_nouns = self.actor_lex.relation_nouns
        for m in doc._.mentions or []:
            if m.get("kind") == "place" or not m.get("code") or broker_compound(doc, m, self.g):
                continue  # "a China-brokered deal": China mediates, it is no argument (graph.events.brokered)
            for i in range(m["token_start"], m["token_end"]):
                self.by_tok.setdefault(i, []).append(m)

    def at(self, tok) -> list[dict]:
        """Mentions covering ``tok``."""
        return self.by_tok.get(tok.i, [])

    def np(self, tok, conj: bool = True) -> list[dict]:
        """Actors a noun phrase headed by ``tok`` names: the mention at its head (for a relative
        pronoun, at its antecedent; for a noun, its name in close apposition), else the nearest
        mentions below it (breadth first, through "of"/"de" only), plus its conjuncts, a list
        parsed as an apposition ("A, B, C and D") and sibling nationality adjectives."""
        found = self.listed_members(tok) or self._not_owner(tok, self.at(tok))
        if not found and tok.lower_ in self.g["relative_pronouns"]:
            v = self.relative_clause(tok)  # "X, with whom Y fought", "X, contre lequel Y a ..."
            ante = v.head if v is not None else self.antecedent(tok, tok.head)
            return self.np(ante) if ante is not None and ante != tok else []
        if not found:  # "the Rwandan-backed group M23", "the militant group al-Shabaab": the name in
            # close apposition (right after the noun, no comma), not the backer
            found = [m for c in tok.children if c.dep_ in APPOS_DEPS and c.left_edge.i == tok.i + 1
                     for m in self.at(c)]
        if not found:
            found = self._below(tok)
        for m in list(found):  # "the Serbian and Kosovar governments": both adjectives
            for i in range(m["token_start"], m["token_end"]):
                for c in tok.doc[i].conjuncts:
                    if not _closes_aside(tok.doc[i], c):
                        found.extend(self.at(c))
            found.extend(self._sibling_demonyms(m))
        if conj:
            for c in tok.conjuncts:
                if c.i > tok.i and not _closes_aside(tok, c):
                    found.extend(self.np(c, conj=False))
            for c in tok.children:  # "A, B, C and D" parsed as A with the apposition "B, C and D"
                if c.dep_ in APPOS_DEPS and c.i > tok.i and c.conjuncts and self.at(c) and found \
                        and {m["code"] for m in self.at(c)}.isdisjoint({m["code"] for m in found}):
                    found.extend(self.np(c))
        return _unique(found)

    def _below(self, tok) -> list[dict]:
        """The nearest mentions below ``tok`` (breadth first, through "of"/"de" only, not into
        clauses), with the conjuncts of the first found ("Hungarian and Romanian officials")."""
        found: list[dict] = []
        level = [tok]
        for _ in range(4):
            nxt = []
            for t in level:
                if self.relation_noun(t):  # "Iran's proxies", "les alliés de la France": others;
                    # a name on the noun itself stays ("its European Community partners")
                    found.extend(m for c in t.children if c.dep_ in COMPOUND_DEPS | AMOD_DEPS
                                 for m in self._not_owner(t, self.at(c)))
                    continue
                for c in t.children:
                    if c.dep_ in ACL_DEPS and (c.tag_ == "VBN" or "Part" in c.morph.get("VerbForm")):
                        if c.lemma_.lower() not in self.g.get("performing_verbs", ()):
                            continue  # "the drones provided by X": X did not strike
                        # "the measures taken by X", "une intervention menée par X"
                        nxt.extend(k for k in c.children if k.dep_ in AGENT_DEPS)
                        continue
                    if c.dep_ in CLAUSE_DEPS or (c.dep_ in AMOD_DEPS and c.tag_ == "VBN") or (
                            c.dep_ in COMPOUND_DEPS and _hyphened_backer(c, self.g)):
                        continue  # (a participle's agent is not the noun: "an X-backed group")
                    if self._prep_of(c) not in (None, *self.g["noun_of_preps"],
                                                *self.g["noun_source_preps"]):
                        continue
                    nxt.append(c)
            for t in nxt:
                here = self._not_owner(t, self.at(t))
                found.extend(here)
                if here:  # "Hungarian and Romanian officials"
                    for c in t.conjuncts:
                        found.extend(self.at(c))
            if found or not nxt:
                break
            level = nxt
        return found

    def related_owner(self, m: dict) -> bool:
        """The mention ``m`` owns a relation noun (``relation_nouns``): "Iran's proxies", "the
        allies of Russia", "les alliés de la France" are others than the state, so it acts and
        undergoes nothing there; so is the backer hyphened before a noun ("a UN-backed court")."""
        tok = self._doc[m["token_start"]:m["token_end"]].root
        head = tok.head
        if tok.dep_ in COMPOUND_DEPS and _hyphened_backer(tok, self.g):
            return True  # "a UN-backed court": the court is not the UN's
        if tok.dep_ in PREP_OBJECT_DEPS and head.lower_ in self.g["noun_of_preps"]:
            tok, head = head, head.head  # "the allies of Russia": Russia under "of" under "allies"
        owned = tok.dep_ in dep_role("possessive") or self._prep_of(tok) in self.g["noun_of_preps"]
        return owned and head != tok and head.pos_ == "NOUN" and self.relation_noun(head)

    def relation_noun(self, tok) -> bool:
        """``tok`` is a relation noun (``relation_nouns`` of the language's actors.json):
        "proxies", "allies", "les alliés"."""
        return tok.lower_ in self._relation_nouns or tok.lemma_.lower() in self._relation_nouns

    def _not_owner(self, tok, found: list[dict]) -> list[dict]:
        """The mentions at ``tok`` less the owner of a relation noun head ("Egypt's tribal
        allies" names Egypt's allies, not Egypt; "its Russian allies" stays Russia)."""
        if not self.relation_noun(tok):
            return list(found)
        owners = {k.i for c in tok.children if c.dep_ in dep_role("possessive") for k in c.subtree}
        return [m for m in found if not owners & set(range(m["token_start"], m["token_end"]))]

    def noun_agents(self, n) -> list[dict]:
        """The by-complement actors of the noun ``n`` ("the invasion by X", "la prise de X par
        Y"), also where the parser hung it on the noun's of-name ("le bombardement de Gaza par X")."""
        preps = self.g["noun_source_preps"] - self.g["noun_of_preps"]
        found = self.prep_actors(n, preps) or _unique([
            m for p, c in self.preps(n) if p in self.g["noun_of_preps"]
            and (c.pos_ == "PROPN" or c.pos_ == "NOUN" and not self.lex.noun_cues(c))
            for m in self.prep_actors(c, preps & self.g["agent_preps"])])
        if not found and n.head != n and (self._prep_of(n) in self.g["agent_preps"] or (
                n.dep_ in VERB_OBJECT_DEPS and n.head.pos_ == "VERB"
                and (self.of_patient(n, owned=False) or self._active(n.head)))):
            # "marquée par la prise de X par Y": a verb has one agent, the second is the noun's;
            # "a salué la reconnaissance de X par Y", "condemned the shelling of X by Y": an
            # active verb has none
            found = _unique([m for p, c in self.preps(n.head) if p in self.g["agent_preps"] and c.i > n.i
                             for m in self.np(c)])
        return found

    def of_patient(self, n, owned: bool = True) -> bool:
        """Whether the of-phrase of the cue noun ``n`` names who undergoes it where the language
        reads it as the source (``noun_of_role``): a noun of ``patient_of_nouns`` ("l'expulsion de
        X"), or (``owned``) a noun whose agent is named apart ("sa condamnation de X", "la prise
        de X par Y", "l'invasion russe de X")."""
        if "source" not in self.g["noun_of_role"]:
            return False
        if n.lemma_.lower() in self.g.get("patient_of_nouns", ()):
            return True
        return owned and bool(self.noun_agents(n) or [
            c for c in n.children if (c.dep_ in OWNER_DEPS and self._prep_of(c) is None and self.np(c))
            or (c.dep_ in DETERMINER_DEPS and self.at(c))])

    def patient(self, n) -> list[dict]:
        """Who undergoes the noun ``n`` (see :meth:`of_patient`): its of-phrase, or where that
        is the agent's own envoy ("le rappel de son ambassadeur au Niger"), where the envoy is."""
        found = []
        for p, c in self.preps(n):
            if p in self.g["noun_of_preps"]:
                own = [x for x in c.children if x.dep_ in DETERMINER_DEPS | dep_role("possessive")
                       and any(m["kind"] == "pronoun" for m in self.at(x))]
                found += (own and self.prep_actors(c, self.g["noun_target_preps"] | self.g["noun_source_preps"]
                                                   - self.g["agent_preps"] - self.g["noun_of_preps"])) or self.np(c)
        return _unique(found)

    def _sibling_demonyms(self, m: dict) -> list[dict]:
        """The other actor adjectives (and their conjuncts) of the noun an adjective mention
        ``m`` modifies: "ses homologues nigérien, ghanéen et malien", "the Chadian, Nigerien
        and Malian leaders" when the parser made each adjective a modifier of the noun."""
        span = range(m["token_start"], m["token_end"])
        roots = set()
        for i in span:
            x = self._doc[i]
            while x.dep_ in CONJ_DEPS and x.head != x:  # "Ghanaian and Malian counterparts"
                x = x.head
            if x.dep_ in AMOD_DEPS:
                roots.add(x.head)
        out: list[dict] = []
        for head in roots:
            for x in head.children:  # (a first adjective of a list may be read as a name: "Nigerien,")
                listed = x.dep_ in dep_role("nominal_modifier") and x.pos_ in ("ADJ", "PROPN") \
                    and x.i + 1 < len(self._doc) and self._doc[x.i + 1].text == "," \
                    and not any(c.dep_ in CASE_DEPS for c in x.children)  # (not "contre l'Iran,")
                # "homologues nigérien, burkinabé, malien et mauritanien": a later adjective read
                # as a noun in apposition, the rest of the list its modifiers and conjuncts
                aside = x.dep_ in APPOS_DEPS and x.pos_ in ("ADJ", "NOUN", "PROPN") and x.i > head.i \
                    and self._doc[x.i - 1].text == "," and bool(self.at(x))
                if (x.dep_ in AMOD_DEPS or listed or aside) and x.i not in span:
                    out.extend(self.at(x))
                    for c in [*x.conjuncts, *(c for c in x.children if aside and c.dep_ in AMOD_DEPS)]:
                        out.extend(self.at(c))
        return out

    def in_role(self, n) -> bool:
        """``n`` names the role its clause's subject acts in: "served as intermediaries",
        "a agi comme médiateur" (``role_preps``), or the state it is in: "are at war",
        "sont en guerre" (``state_phrases``: preposition and noun)."""
        role = n.head.lower_ if n.dep_ in PREP_OBJECT_DEPS else self._prep_of(n)
        return role in self.g.get("role_preps", ()) or f"{role} {n.lemma_.lower()}" in self.g.get(
            "state_phrases", ())  # "have been at war (with X)", "sont en guerre"

    def _prep_of(self, tok) -> str | None:
        """The preposition introducing ``tok`` (EN ``prep`` head or UD ``case`` child), if any."""
        if tok.dep_ in dep_roles("agent_preposition", "preposition"):
            return next(iter(self.g["agent_preps"])) if tok.dep_ in AGENT_PREPOSITION_DEPS else tok.lower_
        if tok.dep_ in dep_role("possessive"):
            return None
        for c in tok.children:
            if c.dep_ in CASE_DEPS:
                return self._adverb_prep(tok) or c.lower_
        return None

    def _adverb_prep(self, tok) -> str | None:
        """A compound preposition the parser split into an adverb on ``tok`` and a case marker:
        "près de X", "autour de X" (``adverb_preps``), else ``None``."""
        return next((a.lower_ for a in tok.children if a.pos_ == "ADV" and a.i < tok.i
                     and a.lower_ in self.g.get("adverb_preps", ())), None)

    def preps(self, tok):
        """``(preposition, nominal)`` pairs of the prepositional complements of ``tok`` (read once
        per token and segment: the frame readers and filters ask about one cue many times)."""
        key = (tok.i, self.bounds)
        found = self._preps.get(key)
        if found is None:
            found = self._preps[key] = tuple(self._read_preps(tok))
        return iter(found)

    def stance_adjunct(self, n) -> bool:
        """``n`` is the noun of a stance adjunct of its clause's verb (``adjunct_stance_phrases``:
        "in solidarity with X", "en solidarité avec X"): who acts is the verb's subject, and the
        preposition right after it is its own, however the parser hung it."""
        return n.dep_ in PREP_OBJECT_DEPS and n.head != n and n.head.pos_ == "ADP" \
            and f"{n.head.lower_} {n.lemma_.lower()}" in self.g.get("adjunct_stance_phrases", ())

    def _adjunct_preps(self, tok) -> tuple[list, set]:
        """The prepositions after a stance adjunct's noun hung on the verb: those that the noun
        ``tok`` gains, and the positions the verb ``tok`` loses ("closed its border with A in
        solidarity with B": *with B* is the solidarity's, not the closing's)."""
        if self.stance_adjunct(tok) and tok.head.head != tok.head:
            return [c for c in tok.head.head.children if c.i == tok.right_edge.i + 1 and c.pos_ == "ADP"], set()
        return [], {c.i for c in tok.children if c.pos_ == "ADP" and self.stance_adjunct(tok.doc[c.i - 1])
                    and tok.doc[c.i - 1].head.head == tok}

    def _read_preps(self, tok):
        gained, lost = self._adjunct_preps(tok)
        kids = [c for c in tok.children if self._inside(c) and c.i not in lost] + gained
        kids += [k for c in kids if c.dep_ in PREPOSITION_DEPS
                 for k in c.conjuncts if k.dep_ in CONJ_DEPS and k.pos_ == "ADP"]
        for c in kids:  # (the conjuncts: "with X and with Y")
            if c.dep_ in PREP_HEAD_DEPS and c.pos_ == "ADP":
                p = next(iter(self.g["agent_preps"])) if c.dep_ in AGENT_PREPOSITION_DEPS else c.lower_
                for g in c.children:
                    if g.dep_ in dep_roles("prep_complement", "prep_object"):
                        yield p, g
                    elif g.dep_ in PREPOSITION_DEPS:  # "away from", "on behalf of"
                        for gg in g.children:
                            if gg.dep_ in PREP_OBJECT_DEPS:
                                yield g.lower_, gg
            elif c.pos_ == "ADV" and c.lower_ in self.g.get("adverb_preps", ()):  # "critique vis-à-vis de X"
                for g in c.children:
                    if g.pos_ in ("NOUN", "PROPN", "PRON"):
                        yield c.lower_, g
            elif c.dep_ in MARKED_NOUN_DEPS:
                case = next((x.lower_ for x in c.children if x.dep_ in CASE_DEPS), "")
                if c.dep_ in NOMINAL_AGENT_DEPS:
                    case = next(iter(self.g["agent_preps"]))
                compound = f"{case} {c.lower_}"
                if compound in self.g.get("noun_preps", ()):  # "au large de X": a compound preposition (f8)
                    # (its of-phrase, or the one the parser hung beside it: "au large | des Émirats")
                    near = [*c.children, *(k for k in kids if k.left_edge.i == c.right_edge.i + 1)]
                    yield from ((compound, k) for k in near if k.dep_ in MARKED_NOUN_DEPS and any(
                        x.dep_ in CASE_DEPS and x.lower_ in self.g["noun_of_preps"] for x in k.children))
                yield self._adverb_prep(c) or case, c
        if tok.pos_ == "NOUN" and any(c.relation in SYMMETRIC_RELATIONS for c in self.lex.noun_cues(tok)):
            for c in kids:  # "une rencontre prévue avec X", "the deal signed with X": the noun's partner
                if c.dep_ in PARTICIPLE_DEPS and ("Part" in c.morph.get("VerbForm") or c.tag_ == "VBN"):
                    yield from ((p, n) for p, n in self.preps(c) if p in self.g["with_preps"])

    def prep_actors(self, tok, preps, first: bool = False) -> list[dict]:
        """Actors of the complements of ``tok`` introduced by ``preps`` (``first``: of the
        closest complement that names any: "apologised to X for ... by Y" gives X)."""
        found: list[dict] = []
        for p, n in sorted(self.preps(tok), key=lambda pn: pn[1].i):
            if p in preps:
                ms = self.np(n)
                if ms and first:
                    return _unique(ms)
                found.extend(ms)
        return _unique(found)

    def inverted_speaker(self, v) -> list[dict]:
        """The speaker the parser read as the object of a speech verb set after its quotation:
        "'X must withdraw,' said the Iranian-backed group H", "'...,' warned the Chinese foreign
        ministry" (no subject; the reported clause before the verb; a mention right after it)."""
        g = self.g
        if v.lemma_.lower() not in g["speech_verbs"] | g.get("incise_verbs", frozenset()) or not any(
                c.dep_ in dep_roles("clausal_complement", "paratactic_clause") and c.i < v.i for c in v.children):
            return []
        return next((self.np(c) for c in v.children if c.dep_ in VERB_OBJECT_DEPS and c.i > v.i
                     and c.left_edge.i == v.i + 1), [])

    def relative_clause(self, pron):
        """The relative clause whose complement the pronoun ``pron`` is ("with whom", "avec
        lequel": the pronoun under a preposition), or ``None``."""
        x = pron
        for _ in range(3):
            x = x.head
            if x.dep_ in RELCL_DEPS:
                return x
            if x.pos_ in ("VERB", "AUX") or x.head == x:
                return None
        return None

    def antecedent(self, pron, v):
        """The noun the relative pronoun ``pron`` (an argument of ``v``) stands for: the head of
        the relative clause, or, when the parser hung the clause elsewhere ("le Tchad, que
        l'Égypte soutient" read as a complement clause), the noun just before the pronoun."""
        if pron.lower_ not in self.g["relative_pronouns"]:
            return None
        if v.dep_ in RELCL_DEPS:
            return v.head
        if "Rel" not in pron.morph.get("PronType") and pron.tag_ not in ("WDT", "WP"):
            return None
        doc, lo = pron.doc, self.bounds[0]
        j = pron.i - 1  # past punctuation, a preposition and a bracket: "le Soudan, contre lequel",
        while j > max(lo, pron.i - 16) and doc[j].pos_ in ("PUNCT", "ADP"):  # "le M23 (« ... »), qui"
            if doc[j].text == ")":
                j = next((k for k in range(j - 1, max(lo, j - 12), -1) if doc[k].text == "("), j)
            j -= 1
        if j >= lo and doc[j].pos_ == "ADJ" and doc[j].head.pos_ in ("NOUN", "PROPN") and lo <= doc[j].head.i < j:
            j = doc[j].head.i  # "l'Union africaine, à laquelle": the noun the adjective follows
        if j < lo or doc[j].pos_ not in ("NOUN", "PROPN"):
            return None
        return pron.doc[j]

    def _inside(self, tok) -> bool:
        return self.bounds[0] <= tok.i < self.bounds[1]

    @staticmethod
    def _active(v) -> bool:
        """Whether the verb ``v`` has an active subject and no passive one ("X condemned ...")."""
        deps = {c.dep_ for c in v.children}
        return bool(deps & ACTIVE_VOICE_SUBJECT_DEPS) and not deps & PASSIVE_VOICE_SUBJECT_DEPS

    def has_agent(self, v) -> bool:
        """Whether ``v`` has a by-agent, also one the parser labelled as another oblique ("négocié
        par le Qatar" as ``obl:arg``)."""
        return any(x.dep_ in AGENT_DEPS or any(c.dep_ in CASE_DEPS and c.lower_ in self.g["agent_preps"]
                                                for c in x.children) for x in v.children)

def _closes_aside(tok, c) -> bool:
    """Whether the conjunct ``c`` of ``tok`` follows ", and" that closes a comma-opened aside
    ``tok`` sits in: in "between A, backed by B, and C", C is no second agent of "backed"."""
    doc = tok.doc
    k = c.left_edge.i  # the conjunct's first word ("and" hangs on it in UD, before it in English)
    while k < c.i and doc[k].pos_ in ("CCONJ", "PUNCT"):
        k += 1
    j = k - 1
    if j < 1 or doc[j].pos_ != "CCONJ" or doc[j - 1].text != ",":
        return False
    for a in [tok, *tok.ancestors]:
        if a.dep_ in NOUN_CLAUSE_DEPS or (a.dep_ in APPOS_DEPS and not a.conjuncts):
            start = a.left_edge.i
            return start > 0 and doc[start - 1].text == "," and c.i > a.i
        if a.i < tok.i - 12:
            break
    return False
