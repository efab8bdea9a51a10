"""Phrases resolved against the document model: group references, nominal and event anaphors.

Each resolver scans the parse for phrases the actor stage left without a mention and gives,
for each, a :class:`graph.model.Reference` plus one mention dict per antecedent (kind
``pronoun``, so events made from it carry the anaphor's lower confidence). Ambiguity gives a
reference with no antecedent and no mention: no event is made from it.

- **group references** ("the two generals", "both allies", "the two Gulf monarchies", "all three",
  "les trois pays"): a number, optional kind modifiers and a group noun (``group_nouns``: its actor
  types). The frame's sides when they fit the number, types and kinds; else the entities named
  before that fit, when exactly that many do or the salience drops after that many.
- **nominal anaphors** ("the group", "the militia", "the junta", "the kingdom", "le mouvement",
  "l'archipel"): a definite determiner and a kind noun (``kind_nouns``) bind to the most salient
  compatible actor of the last ``NOMINAL_WINDOW`` sentences, unless a rival is nearly as salient
  ("the group" is a bloc, ``type_kinds``, only when no armed group fits).
- **event anaphors** ("the strike was condemned by Y", "cette attaque a été dénoncée par Y"): a
  definite attack noun governed by a reaction verb (``event_governors``) stands for the attackers
  of the last attack stated (``EVENT_WINDOW`` sentences back; further back, only when the same
  attackers stated every earlier attack, else, under a headline, the headline's attack when it has one set of attackers). Brokered agreement nouns give events directly (:mod:`.brokers`).

Example
-------
>>> NOMINAL_WINDOW, SALIENCE_MARGIN
(3, 1.5)
"""

from __future__ import annotations

from ..actors.deps import (ACTIVE_SUBJECT_DEPS, AGENT_DEPS, AGENT_PREPOSITION_DEPS, AUX_DEPS, COMPOUND_DEPS, CONJ_DEPS,
                           COPULA_DEPS, DIRECT_OBJECT_DEPS, NOUN_CLAUSE_DEPS, PREP_OBJECT_DEPS, SUBJECT_DEPS, roles)
from ..actors.compose import actor_fields
from ..actors.lexicon import load_lexicon
from ..model import Reference
from ..nlp.extensions import token_words
from .frame import (SIDE_TYPES, SUBJECT_WEIGHT, Sentences, coordination_before, earlier_events, event_phrase,
                    floating_quantifier, floating_start, has_headline, holder_type, hyphen_premodifier,
                    hyphenated_start, is_subject, own_participants)

#: Sentences back a nominal anaphor or group reference looks for its antecedents.
NOMINAL_WINDOW = 3
#: Sentences back a group reference looks when the frame does not answer.
GROUP_WINDOW = 5
#: Groups of this many or more ("the six countries") are read only when the document names exactly
#: that many fitting actors before them: salience cannot rank so many, and a near miss is wrong.
EXACT_COUNT = 5
#: Sentences back an event anaphor looks for its event.
EVENT_WINDOW = 3
#: The chosen antecedent must be this many times as salient as the first one left out.
SALIENCE_MARGIN = 1.5
#: Weight of an actor's salience in the whole document, added to its salience here.
DOCUMENT_WEIGHT = 0.1
DECAY = 0.5  #: weight of a mention one sentence further back
#: An object clitic before its verb ("Paris l'a condamnée", "lui reproche").
OBJECT_CLITIC_DEPS = roles("direct_object", "indirect_object")
_POSSESSIVE_DEPS = roles("possessive")
#: A governor's subject or object: the event noun it governs stands for its participants.
_GOVERNED_DEPS = SUBJECT_DEPS | DIRECT_OBJECT_DEPS


class ReferenceResolver:
    """Resolve the references of one parsed document against its model."""

    def __init__(self, doc, mentions: list[dict], model, kb, lex, date: str | None, lang: str) -> None:
        self.doc, self.mentions, self.model, self.kb, self.lex = doc, mentions, model, kb, lex
        self.date, self.lang = date, lang
        self.sents, self.revised = Sentences(doc), False  # revised: whether :meth:`pairs` rewrote mentions
        self.actor_lex = load_lexicon(lang)
        self.actor_anaphors = self.actor_lex.anaphors
        self.covered = {i for m in mentions if m.get("code") for i in range(m["token_start"], m["token_end"])}
        self.coded = [m for m in mentions if m.get("code") and m.get("kind") != "place" and m.get("type") != "Media"]
        self.words = token_words(doc)  # (pos, lemma, lower) of each token, for passes over every word
        self.headline = has_headline(doc)  # read once, not per far-back anaphor

    # -- shared ---------------------------------------------------------------------------
    def _definite(self, i: int) -> bool:
        return i >= 0 and self.doc[i].lower_ in self.lex.group_determiners | self.lex.definite_determiners

    def _clause_subjects(self, tok) -> set[str]:
        """Codes of the subject of the clause the phrase at ``tok`` is an object of (not itself)."""
        head = tok
        for _ in range(4):
            if head.dep_ in SUBJECT_DEPS or head.head == head:
                return set()
            head = head.head
            if head.pos_ in ("VERB", "AUX"):
                break
        if head.pos_ == "AUX" and head.dep_ not in AUX_DEPS | COPULA_DEPS:
            return set()  # "it was the clash between the two": a copula's subject acts on nobody
        subj = {x.i for c in head.children if c.dep_ in SUBJECT_DEPS for x in c.subtree}
        return {m["code"] for m in self.coded if m["token_start"] in subj}

    def _clause_actors(self, tok, end: int) -> set[str]:
        """Codes named elsewhere in the clause of the group phrase ``[tok, end)``: the group is not
        one of its own clause's other arguments ("the six countries accused Qatar": Qatar is not
        one of the six)."""
        head = tok
        while head.pos_ not in ("VERB", "AUX") and head.head != head:
            head = head.head
        if head.pos_ not in ("VERB", "AUX"):
            return set()
        inside = {x.i for x in head.subtree} - set(range(tok.i - 1, end))
        return {m["code"] for m in self.coded if m["token_start"] in inside and m.get("kind") != "pronoun"}

    def _agents(self, i: int) -> set[str]:
        """Codes of by-agents in the sentence (brokers are not parties)."""
        s = self.sents.of_token(i)
        out = set()
        for m in self.coded:
            if self.sents.of_token(m["token_start"]) == s:
                root = self.doc[m["token_start"]:m["token_end"]].root
                while root.dep_ in CONJ_DEPS and root.head != root:  # "by Egypt, Qatar and the US"
                    root = root.head
                if root.dep_ in AGENT_DEPS or (
                        root.dep_ in PREP_OBJECT_DEPS and root.head.dep_ in AGENT_PREPOSITION_DEPS):
                    out.add(m["code"])
        return out

    def _salience(self, i: int, window: int, fits) -> dict[str, float]:
        here = self.sents.of_token(i)
        score: dict[str, float] = {}
        for m in self.coded:
            if m["token_start"] >= i:
                break
            s = self.sents.of_token(m["token_start"])
            if here - s > window or m["kind"] == "pronoun" or not fits(m):
                continue  # pronouns are the actor stage's guesses: only what the text names counts
            w = (SUBJECT_WEIGHT if is_subject(self.doc, m) else 1.0) * DECAY ** (here - s)
            key = m["actor_id"] if m.get("type") == "Person" and fits.persons else m["code"]
            score[key] = score.get(key, 0.0) + w
        for key in score:  # the actors the whole document is about weigh more
            ent = self.model.entity(key)
            score[key] += DOCUMENT_WEIGHT * (ent.salience if ent is not None else 0.0)
        return score

    def _fields(self, key: str) -> dict:
        """Mention fields of a code (its canonical actor) or of a person id."""
        actor_id = key if "/" in key else (self.kb.actor_for_code(key) or key)
        if self.kb.get(actor_id) is None:  # an actor the text affiliates ("X, Armenia's envoy")
            m = next(m for m in self.coded if key in (m["code"], m["actor_id"]))
            return {k: m[k] for k in ("actor_id", "label", "type", "code", "sector")}
        return actor_fields(self.kb, actor_id, self.date, self.lang)

    def _emit(self, s: int, e: int, kind: str, keys: list[str], why: str, out_refs, out_mentions) -> None:
        span = self.doc[s:e]
        ref = Reference(text=span.text, start=span.start_char, end=span.end_char, kind=kind,
                        antecedents=tuple(self._fields(k)["code"] for k in keys), ambiguous=not keys, why=why)
        out_refs.append(ref)
        for k in keys:
            out_mentions.append({"start": span.start_char, "end": span.end_char, "token_start": s, "token_end": e,
                                 "text": span.text, **self._fields(k), "kind": "pronoun"})
        self.covered.update(range(s, e))

    @staticmethod
    def _choose(score: dict[str, float], n: int) -> list[str]:
        """The ``n`` most salient keys, or ``[]`` when the ``n+1``-th is nearly as salient."""
        ranked = sorted(score.items(), key=lambda kv: (-kv[1], kv[0]))
        if len(ranked) < n:
            return []
        if len(ranked) > n and ranked[n - 1][1] < SALIENCE_MARGIN * ranked[n][1]:
            return []
        return [k for k, _ in ranked[:n]]

    # -- group references -----------------------------------------------------------------
    def groups(self, refs: list, added: list) -> None:
        """Resolve numbered group phrases ("the two countries", "les trois pays") against the
        salient actors; append what is read to ``refs`` and the new mentions to ``added``."""
        doc, lex = self.doc, self.lex
        for i, (_, _, lower) in enumerate(self.words):
            if lex.group_numbers.get(lower) is None:
                continue  # (a Token only for a number word)
            t = doc[i]
            n = lex.group_numbers.get(t.lower_)
            if n is None or t.i in self.covered:
                continue
            start = t.i
            if t.lower_ not in lex.universal_determiners and not self._definite(t.i - 1):
                continue
            if t.i > 0 and doc[t.i - 1].lower_ in lex.group_determiners and t.lower_ not in lex.universal_determiners:
                start = t.i - 1
            kinds, j, noun = set(), t.i + 1, None
            while j < min(len(doc), t.i + 7):
                w = doc[j]
                two = f"{w.lemma_.lower()} {doc[j + 1].lemma_.lower()}" if j + 1 < len(doc) else ""
                if two in lex.group_nouns and not w.i + 1 in self.covered:
                    noun, j = two, j + 2
                    break
                kind = lex.kind_modifiers.get(w.lower_)
                if w.lemma_.lower() in lex.group_nouns and w.pos_ == "NOUN":
                    noun = w.lemma_.lower()
                    if kind:
                        kinds.add(kind)
                    j += 1
                    break
                if kind:
                    kinds.add(kind)
                elif w.i in self.covered or w.pos_ != "ADJ" and not hyphen_premodifier(w):
                    break
                j += 1
            if noun is None and floating_start(doc, t.i, lex) is not None:  # "all three", "tous les trois"
                start, noun, j = floating_start(doc, t.i, lex), "", t.i + 1
            if noun is None or any(k in self.covered for k in range(start, j)) \
                    or doc[start:j].text.lower() in self.actor_anaphors:
                continue  # the actor stage's anaphors ("the two sides") are its own, revised by pairs()
            j = self._post_modifiers(j, kinds)
            types = set(lex.group_nouns[noun]) if noun else set(SIDE_TYPES)
            floated = floating_quantifier(doc, self.coded, self.sents, start, n) if noun == "" else None
            keys = floated if floated is not None else (self._group(t, n, types, kinds, j)
                                                        or self._repeated(refs, t, n, types, kinds))
            self._emit(start, j, "group", keys, f"{n} named just before" if floated is not None else
                       f"{n} x {'/'.join(sorted(types))}" + (f" [{', '.join(sorted(kinds))}]" if kinds else ""),
                       refs, added)

    def _repeated(self, refs: list, tok, n: int, types: set[str], kinds: set[str]) -> list[str]:
        """The antecedents of the last group of ``n`` resolved before ``tok`` ("the six Arab
        governments ... the six countries"), when each still fits the types and kinds and none is
        the clause's subject or by-agent; else none."""
        last = next((r for r in reversed(refs) if r.kind == "group" and r.start < tok.idx and len(r.antecedents) == n),
                    None)
        known, own = {e.code: e for e in self.model.entities}, self._clause_subjects(tok) | self._agents(tok.i)
        if last is None or not all(c in known and c not in own and known[c].type in types
                                   and kinds <= set(known[c].kinds) for c in last.antecedents):
            return []
        return list(last.antecedents)

    def _post_modifiers(self, j: int, kinds: set[str]) -> int:
        """Kind modifiers after the noun ("les deux pays sahéliens", "les monarchies du Golfe")."""
        doc, mods = self.doc, self.lex.kind_modifiers
        while j < len(doc) and j not in self.covered:
            w = doc[j]
            if w.pos_ == "ADJ" and w.lower_ in mods:
                kinds.add(mods[w.lower_])
                j += 1
            elif w.lower_ in self.actor_lex.of_words and j + 1 < len(doc) and doc[j + 1].lower_ in mods:
                kinds.add(mods[doc[j + 1].lower_])
                j += 2
            else:
                break
        return j

    def _group(self, tok, n: int, types: set[str], kinds: set[str], end: int) -> list[str]:
        persons = types == {"Person"}
        exclude = self._clause_subjects(tok) | self._agents(tok.i) | set(self.model.mediators)
        exclude |= self._clause_actors(tok, end)  # "the two countries accused Poland": not Poland
        known = {e.code: e for e in self.model.entities}

        def fits(m, *, code_only=False):
            if m["code"] in exclude:
                return False
            if persons:
                return m.get("type") == "Person"
            if holder_type(self.kb, m) not in types:
                return False
            ent = known.get(m["code"])
            return not kinds or (ent is not None and kinds <= set(ent.kinds))
        fits.persons = persons
        coordinated = [] if persons else coordination_before(self.doc, self.coded, self.sents, tok.i, fits)
        if len(coordinated) == n:  # "Egypt and the UAE ..., a claim both states deny": the ones just named
            return coordinated
        sides = self.model.sides
        if not persons and len(sides) == n and all(
                s in known and s not in exclude and known[s].type in types and kinds <= set(known[s].kinds)
                and known[s].first_sentence <= self.sents.of_token(tok.i) for s in sides):
            return list(sides)
        if n >= EXACT_COUNT:
            score = {} if persons else self._salience(tok.i, 10 ** 6, fits)
            return sorted(score) if len(score) == n else []
        score = self._salience(tok.i, GROUP_WINDOW if not kinds else 10 ** 6, fits)
        if persons:  # people roll up to codes: two generals of one side are not "the two"
            codes = {}
            for pid, s in score.items():
                code = next(m["code"] for m in self.coded if m["actor_id"] == pid)
                codes.setdefault(code, (pid, s))
            if len(codes) != len(score):
                return []
        return self._choose(score, n) if len(score) != n else sorted(score, key=lambda k: -score[k])

    # -- nominal anaphors -----------------------------------------------------------------
    def nominals(self, refs: list, added: list) -> None:
        """Bind definite kind nouns ("the group", "la junte") to the most
        salient earlier actor of a compatible kind; append to ``refs`` and ``added``."""
        doc, lex = self.doc, self.lex
        for i, (pos, _, _) in enumerate(self.words):
            if i in self.covered or pos not in ("NOUN", "PROPN"):
                continue
            t = doc[i]
            lemma = t.lemma_.lower()
            if lemma in lex.kind_nouns and t.dep_ in COMPOUND_DEPS and t.head.lemma_.lower() in lex.kind_nouns:
                continue  # "the rebel group": the group is the anaphor
            key = lemma
            prev = t.i - 1
            while prev >= 0 and doc[prev].pos_ == "ADJ" and lemma not in lex.kind_nouns:
                prev -= 1
            two = f"{doc[t.i - 1].lower_} {lemma}" if t.i > 0 else ""
            if two in lex.kind_nouns:
                key, prev = two, t.i - 2
            elif lemma not in lex.kind_nouns:
                continue
            if t.is_title and not doc[t.i - 1 if t.i else 0].is_sent_start and t.i and not doc[t.i - 1].is_title:
                continue  # "the Movement for ...": a name
            prev = prev - 1 if prev >= 0 and (doc[prev].pos_ == "ADJ" or doc[prev].lower_ in lex.kind_modifiers
                                              or doc[prev].dep_ in COMPOUND_DEPS
                                              and doc[prev].lemma_.lower() in lex.kind_nouns) else prev
            body, inner = prev, None
            prev = hyphenated_start(doc, prev)
            if prev < body:  # "the Iran-backed militia group": the compound's name stays its own mention
                inner = next(k for k in range(prev + 1, t.i + 1) if "-" not in (doc[k].text, doc[k - 1].text,
                                                                                  doc[k + 1].text))
            if not self._definite(prev) or doc[prev].lower_ in lex.universal_determiners:
                continue
            nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
            if nxt is not None and (nxt.lower_ in self.actor_lex.of_words or nxt.pos_ == "PROPN"
                                    or nxt.i in self.covered):
                continue  # "the group of seven", "le groupe de contact", "the group Hamas"
            if any(c.dep_ in roles("noun_compound", "possessive") and c.i in self.covered for c in t.children):
                continue
            start = prev if inner is None else inner
            end = t.i + 1
            while end < len(doc) and doc[end].pos_ == "ADJ" and self.actor_lex.adjective_after_noun:
                end += 1  # "le mouvement chiite"
            spec = lex.kind_nouns[key]
            if t.morph.get("Number") == ["Plur"] and spec.get("number") != "pl":
                continue  # "les factions": a group reference, not one actor
            mods = {lex.kind_modifiers[w.lower_] for w in doc[start:end] if w.i != t.i and w.lower_ in lex.kind_modifiers}
            why = sorted(set(spec.get("kinds", ())) | mods)
            self._emit(start, end, "nominal", self._nominal(t, spec, mods), "/".join(spec["types"])
                       + (f" [{', '.join(why)}]" if why else ""), refs, added)

    def _nominal(self, tok, spec: dict, mods: set[str] = frozenset()) -> list[str]:
        """The most salient earlier actor of the kind noun's types and kinds (any one; a type of
        ``type_kinds`` needs one of its kinds too and is taken only when no other type fits) that has
        every kind its modifiers name ("the Islamic republic", "la monarchie du Golfe")."""
        types, kinds, typed = set(spec["types"]), set(spec.get("kinds", ())), spec.get("type_kinds", {})
        own, known = self._clause_subjects(tok), {e.code: e for e in self.model.entities}

        def fits(m):
            ent, kind = known.get(m["code"]), holder_type(self.kb, m)
            need = set(typed.get(kind, ())) | kinds
            return m["code"] not in own and kind in fits.allowed and (
                not (need or mods) or (ent is not None and (not need or bool(need & set(ent.kinds)))
                                       and mods <= set(ent.kinds)))
        fits.persons, fits.allowed = False, types - set(typed)  # "the group": a bloc only when no group fits
        score = self._salience(tok.i, NOMINAL_WINDOW, fits) if typed else {}
        fits.allowed = types
        return self._choose(score or self._salience(tok.i, NOMINAL_WINDOW, fits), 1)

    # -- object clitics ------------------------------------------------------------------
    def clitics(self, refs: list, added: list) -> None:
        """French object clitics before their verb ("Paris l'a condamnée", "les a appelés à",
        "lui reproche"): singular ones take the most salient actor of the last two sentences that
        is not the verb's subject; plural ones the frame's sides (as "both sides")."""
        doc = self.doc
        for i, (pos, _, lower) in enumerate(self.words):
            if pos != "PRON" or self.lex.object_clitics.get(lower) is None:
                continue  # (a Token only for a clitic)
            t = doc[i]
            number = self.lex.object_clitics.get(t.lower_)
            if number is None or t.i in self.covered or t.pos_ != "PRON" or t.i + 1 >= len(doc):
                continue
            if not (t.dep_ in OBJECT_CLITIC_DEPS and t.head.pos_ == "VERB" and t.head.i > t.i):
                continue
            if number == "pl":  # the frame's sides only: a plural clitic is too vague for salience
                own = self._clause_subjects(t) | set(self.model.mediators)
                sides = self.model.sides
                keys = list(sides) if len(sides) == 2 and not own & set(sides) else []
            else:
                own = self._clause_subjects(t)

                def fits(m):
                    return m["code"] not in own
                fits.persons = False
                keys = self._choose(self._salience(t.i, 2, fits), 1)
            self._emit(t.i, t.i + 1, "clitic", keys, number, refs, added)

    # -- event anaphors -------------------------------------------------------------------
    def event_anaphors(self, refs: list, added: list) -> None:
        """Give a noun that refers back to an earlier attack ("the strike was condemned") the
        attackers of that event entity as participants; append to ``refs`` and ``added``."""
        for t, _gov, entity in self.governed_event_nouns("attack", document_wide=True):
            keys = list(entity.participants) if entity is not None else []
            self._emit(t.i - 1, t.i + 1, "event", keys, f"attack: {entity.trigger}" if entity else "attack: ?",
                       refs, added)

    def governed_event_nouns(self, kind: str, governors: frozenset | None = None, definite: bool = True,
                             document_wide: bool = False):
        """``(noun token, governing verb, event entity or None)`` for each definite event noun of ``kind``
        with no actor of its own, governed by a verb of ``governors`` (default
        ``event_governors[kind]``) as its subject, object or the noun a participle modifies: the
        last event of ``kind`` stated in the ``EVENT_WINDOW`` sentences before; with none there and
        ``document_wide``, the events stated earlier in the document when one set of participants
        stated them all, else those of the first sentence (the headline) when it has one set. ``definite=False`` also yields indefinite nouns ("three truces brokered
        by X"), with no entity: only the frame can tell their parties."""
        lex, doc = self.lex, self.doc
        governors = lex.event_governors.get(kind, frozenset()) if governors is None else governors
        for i, (pos, lemma, lower) in enumerate(self.words):
            if pos != "NOUN" or i in self.covered or lex.event_kind(lemma) != kind and lex.event_kind(lower) != kind:
                continue
            t = doc[i]
            g = event_phrase(t, self.actor_lex.of_words)
            if g != t and (lex.event_kind(g.lemma_.lower()) or lex.event_kind(g.lower_)):
                continue  # "the ceasefire agreement": the head noun stands for it
            # "Tuesday's accord", "leur accord": a possessive with no actor (own_participants drops actor owners)
            is_definite = self._definite(t.i - 1) or self._definite(g.left_edge.i) \
                or any(c.dep_ in _POSSESSIVE_DEPS or "Yes" in c.morph.get("Poss") for c in t.children)
            if not (is_definite or not definite) \
                    or own_participants(doc, t, self.coded) or g != t and own_participants(doc, g, self.coded):
                continue
            # the noun as the subject of a transitive verb is no signing ("the truce sealed his defeat")
            active = g.dep_ in ACTIVE_SUBJECT_DEPS and any(c.dep_ in DIRECT_OBJECT_DEPS for c in g.head.children)
            govs = [g.head] if g.dep_ in _GOVERNED_DEPS and not active else []
            govs += [c for c in g.children if c.dep_ in NOUN_CLAUSE_DEPS]
            gov = next((v for v in govs if v.lemma_.lower() in governors), None)
            if gov is None:
                continue
            here = self.sents.of_token(t.i)
            earlier = [e for e in self.model.events if e.kind == kind and 0 < here - e.sentence <= EVENT_WINDOW]
            if not earlier and document_wide:  # far back: one set of participants, else the headline's
                earlier = earlier_events(self.model.events, kind, here, self.headline)
            last = [e for e in earlier if e.sentence == max((x.sentence for x in earlier), default=-1)]
            entity = last[0] if is_definite and len({e.participants for e in last}) == 1 else None
            yield t, gov, entity
