"""Stance events of one parsed document: cues, filters and frames.

For every sentence: (1) find cue tokens (one dict look-up per token on its lemma, plus
:class:`graph.events.multiword.MultiWordCues` for multi-word cues, indexed once per pipeline);
(2) drop a cue that a filter of :data:`graph.events.filters.CUE_FILTERS` rejects: negated ("did not condemn", "n'a pas"),
hypothetical ("if", "would", French conditional), denied ("denied that ..."), only alleged
inside an accusation or a call, said by an opinion writer...; questions state nothing; (3) read
its source and target actors with the handler of its frame (:mod:`graph.events.frames`);
(4) emit one event per (source, target) pair whose codes differ.

Confidence is the cue's lexicon confidence, times a factor (``graph/data/frame_rules.tsv``:
0.75) when an argument was found by word order instead of the parse, and another (0.9) when an
argument is a pronoun or anaphor; relation rewrites (a promised attack is a threat...) come
from the same table (:mod:`graph.events.rules`).

The extractor keeps no state between documents or cues: each document is read into a
:class:`graph.events.context.DocReading`, each cue into a :class:`graph.events.context.CueContext`.

Example
-------
>>> FRAME_ORDER[-1]
'svo'
"""

from __future__ import annotations

import weakref

from ..actors.deps import ACL_DEPS, CASE_DEPS, COPULA_DEPS, MARK_DEPS, POSSESSIVE_DEPS, VERB_OBJECT_DEPS, XCOMP_DEPS
from ..nlp.extensions import token_words
from .arguments import Arguments
from .alleged import alleged_triples
from .clauses import PURPOSE_DEPS
from .conditions import conditioned_triples, prospected
from .context import PARTIES, CueContext, DocReading, FrameReading, Triple, reading_of
from .dates import sentence_date
from .brokered import broker_compound, in_mediator_phrase
from .filters import hypothetical, negated, rejected_by
from .frames import read_frame
from .frames.judgement import named_object
from .frames.request import modal
from .lexicon import FRAMES, Cue
from .linking import aims_measure, conjoined, hyphen_agent, plan_about_truce, reciprocal, senses
from .multiword import MultiWordCues
from .references import unattributed_attack
from .refusals import refusal, refused
from .reread import Trace
from .rules import load_rules
from .segments import is_question, segments

FRAME_ORDER = FRAMES
#: The filters an announced refusal passes anyway: its negation and modal are the refusal's.
REFUSAL_FILTERS = frozenset({"negated", "hypothetical"})


class Extractor:
    """Extracts events from parsed Docs of one language (built once per pipeline).

    Public interface: :meth:`cues` (the cue tokens of a Doc), :meth:`read` (a document's
    reading), :meth:`context` (one cue in one segment), :meth:`negated` and
    :meth:`hypothetical` (two filters on any token), and calling it on a Doc (its events).
    """

    def __init__(self, nlp, lex) -> None:
        self.lex = lex
        self.g = lex.g
        self.rules = rules = load_rules()
        #: "X said Y must <verb>": a demand (or an appeal, see the ``must`` frame) of any verb.
        self.must_cue = Cue(("",), "VERB", rules.rewrite("must_cue", "*"), "must", rules.value("must_cue"))
        #: "will not stop until Y withdraws": a condition set on Y is a demand.
        self.until_cue = Cue(("",), "VERB", rules.rewrite("until_cue", "*"), "until", rules.value("until_cue"))
        self.window = lex.fallback_window
        #: The language's regular verb endings (``lemma_repairs``), the longest first.
        self.lemma_repairs = sorted((tuple(r.split(":")) for r in self.g.get("lemma_repairs", ())),
                                    key=lambda p: -len(p[0]))
        #: The language's regular adjective endings (``adjective_repairs``), the longest first.
        self.adjective_repairs = sorted((tuple(r.split(":")) for r in self.g.get("adjective_repairs", ())),
                                        key=lambda p: -len(p[0]))
        #: the multi-word cues, looked up on the token columns (the ``Matcher``'s matches, faster)
        self.multi = MultiWordCues(nlp.vocab.strings, lex.multi, lex.g.get("separable_particles", ()))
        self._cues_of = None  # (weak reference to the last document, its cues)
        self._segments_of = None  # (weak reference to the last document, its segments' bounds)
        self._trace: Trace | None = None  # what the last reading read, segment by segment

    # -- cues ---------------------------------------------------------------------------
    def cues(self, doc, args: Arguments | None = None) -> dict[int, tuple]:
        """Trigger token index -> (cues, trigger text), read-only. They depend on the tokens
        only, so the readings of one document (and its document model) share one search."""
        if self._cues_of is None or self._cues_of[0]() is not doc:
            args = args if args is not None else Arguments(doc, self.lex)
            self._cues_of = (weakref.ref(doc), self._find_cues(doc, args))
        return self._cues_of[1]

    def _find_cues(self, doc, args: Arguments) -> dict[int, tuple]:
        found: dict[int, tuple] = {}
        for cue, s, e in self.multi(doc):
            if cue.fits(doc[s]) or cue.pos == "NOUN":
                found.setdefault(s, ([], doc[s:e].text))[0].append(cue)
        for s, (cues, text) in list(found.items()):  # "forced the envoy out": a sense constraint
            fit = senses(doc[s], cues, args, self.g)
            if fit:
                found[s] = (fit, text)
            else:
                del found[s]
        single = self.lex.single
        for i, (pos, lemma, lower) in enumerate(token_words(doc)):  # a Token only for a word worth a look
            if i in found:
                continue
            special = self._special_cue(doc[i]) if pos == "VERB" else None
            if special is not None:
                found[i] = ([special], doc[i].text)
                continue
            cands = single.get(lemma) or single.get(lower) or ()
            if not cands and (lemma != lower or not self._repaired_verb_cues(lower)) and (
                    pos != "NOUN" or not self._repaired_adjective_cues(lower)):
                continue  # no cue, no repaired verb lemma, no role adjective (see below)
            t = doc[i]
            # a verb whose form is a noun cue's lemma ("La France critique X"): the verb's cues
            cands = [c for c in cands if c.fits(t)] or [c for c in self._repaired_lemma_cues(t) if c.fits(t)] \
                or self._role_adjective_cues(t)
            if cands:
                fit = senses(t, cands, args, self.g)
                if fit and plan_about_truce(t, self.g) and not aims_measure(t, fit, self.lex):
                    found[t.i] = (fit, t.text)
        return found

    def _special_cue(self, t) -> Cue | None:
        """The ``must`` cue of a modal verb under a speech verb, or the ``until`` cue of a
        demanded action under an "until" mark."""
        g = self.g
        if t.pos_ != "VERB":
            return None
        if modal(t, g) and any(a.lemma_.lower() in g["speech_verbs"] | g.get("speech_nouns", frozenset())
                               for a in list(t.ancestors)[:4]):
            return self.must_cue
        if t.lemma_.lower() in g["demand_complements"] and any(
                c.dep_ in MARK_DEPS and c.lower_ in g["until_marks"] for c in t.children):
            return self.until_cue
        return None

    def _repaired_lemma_cues(self, t) -> list:
        """Verb cues of a word the lemmatiser left as it is ("réclame" for *réclamer*): the
        language's regular endings (`lemma_repairs`: French "e:er", "ent:er") tried on the
        word; only verb entries count."""
        return self._repaired_verb_cues(t.lower_) if t.lemma_.lower() == t.lower_ else []

    def _repaired_verb_cues(self, lower: str) -> list:
        """The verb cues of the word form ``lower`` with its first matching ending repaired."""
        for end, lemma_end in self.lemma_repairs:
            if lower.endswith(end):
                cands = self.lex.single.get(lower[: len(lower) - len(end)] + lemma_end, ())
                return [c for c in cands if c.pos == "VERB"]
        return []

    def _role_adjective_cues(self, t) -> list:
        """Adjective cues of a word after a role preposition, or of the genitive complement of a
        naming verb's object, that the tagger read as a noun and the lemmatiser left inflected
        ("a décrit X comme irresponsables": *irresponsable*; "a qualifié l'offensive
        d'illégale": *illégal*), tried with the language's adjective endings
        (`adjective_repairs`: French "es:", "euse:eux"); the same for a predicate noun with a
        copula and no determiner ("X est responsable de l'attaque")."""
        found = self._repaired_adjective_cues(t.lower_) if t.pos_ == "NOUN" else []
        if not found:
            return []
        deps = {c.dep_ for c in t.children}
        naming = t.head.lemma_.lower() in self.g.get("naming_verbs", ())
        preps = set(self.g.get("role_preps", ())) | (set(self.g.get("naming_preps", ())) if naming else set())
        if not (any(c.dep_ in CASE_DEPS and c.lemma_.lower() in preps for c in t.children)
                or named_object(t, self.g) is not None
                or (deps & COPULA_DEPS and not deps & POSSESSIVE_DEPS)):
            return []
        return found

    def _repaired_adjective_cues(self, lower: str) -> list:
        """The adjective cues of the word form ``lower`` with the first ending that gives any repaired."""
        for end, lemma_end in self.adjective_repairs:
            if lower.endswith(end):
                cands = self.lex.single.get(lower[: len(lower) - len(end)] + lemma_end, ())
                if any(c.pos == "ADJ" for c in cands):
                    return [c for c in cands if c.pos == "ADJ"]
        return []

    # -- public filters and contexts -----------------------------------------------------
    def read(self, doc) -> DocReading:
        """The reading of ``doc`` (its argument finder and cues) shared by its cues."""
        args = Arguments(doc, self.lex)
        return reading_of(doc, self.lex, self.cues(doc, args), args)

    def context(self, token, seg, reading: DocReading | None, seg_no: int = 0) -> CueContext:
        """The context of cue ``token`` in segment ``seg`` of ``reading``."""
        return CueContext(token, seg, reading, self.lex, None, seg_no, self.window)

    def negated(self, token) -> bool:
        """Whether ``token`` is negated ("did not condemn", "refused to sign")."""
        return negated(self.context(token, None, None))

    def unattributed(self, token) -> bool:
        """Whether the cue ``token`` asserts an attack by no actor named (:func:`unattributed_attack`)."""
        found = self.cues(token.doc).get(token.i)
        return found is not None and unattributed_attack(token, found[0], [], self.g.get("attack_instruments", ())) \
            and not self.negated(token) and not self.hypothetical(token)

    def hypothetical(self, token, seg=None) -> bool:
        """Whether ``token`` is only hoped, conditional or possible ("would sign", "if X
        attacks"); ``seg`` bounds the clauses looked at."""
        return hypothetical(self.context(token, seg, None))

    # -- document -----------------------------------------------------------------------
    def __call__(self, doc) -> list[dict]:
        """The stance events of ``doc`` (parsed, with ``doc._.mentions``), as plain dicts.

        Reading the same document again (after the document model changed some mentions), the
        segments whose reading cannot change keep their events (:mod:`graph.events.reread`)."""
        args = Arguments(doc, self.lex)
        if not args.by_tok:
            return []
        found = self.cues(doc, args)
        if not found:
            return []
        reading = reading_of(doc, self.lex, found, args)
        self._trace = trace = Trace.start(doc, reading, self._trace)
        places = {}
        for m in doc._.mentions or []:
            if m.get("kind") == "place":
                places.setdefault(m["token_start"], m)
        events: list[dict] = []
        for seg_no, seg in enumerate(self._segments(doc)):
            args.enter(seg, seg_no)
            kept = trace.keep(seg_no, seg, args.recent_events)
            if kept is None:
                entry = trace.entry(args.recent_events)
                kept = self._segment(doc, seg, seg_no, reading, places)
                trace.record(seg_no, entry, kept, args.recent_events)
            events.extend(kept)
        return events

    def _segments(self, doc) -> list:
        """:func:`segments` of ``doc``, cut once for all its readings (they depend on the parse only)."""
        if self._segments_of is None or self._segments_of[0]() is not doc:
            self._segments_of = (weakref.ref(doc), [(s.start, s.end) for s in segments(doc)])
        return [doc[a:b] for a, b in self._segments_of[1]]

    def _segment(self, doc, seg, seg_no: int, reading: DocReading, places: dict) -> list[dict]:
        """The events of segment number ``seg_no`` (``seg``) of ``reading``."""
        args, found = reading.args, reading.found
        idx = [i for i in range(seg.start, seg.end) if i in found]
        if not idx or not any(i in args.by_tok for i in range(seg.start, seg.end)) or is_question(seg):
            weapons = self.g.get("attack_instruments", ())
            if idx and not is_question(seg) and any(unattributed_attack(doc[i], found[i][0], [], weapons) and rejected_by(
                    self.context(doc[i], seg, reading, seg_no)) is None for i in idx):
                args.recent_events.pop("attack", None)  # "gunmen attacked a bus": no actor named at all
            return []  # (the question test, which builds the segment's text, last)
        events: list[dict] = []
        seen: set = set()
        date = None  # the segment's date, computed when a first event needs it
        for i in idx:
            ctx = self.context(doc[i], seg, reading, seg_no)
            why = rejected_by(ctx)
            refuses = why == "negated" and refusal(ctx) and rejected_by(ctx, skip=REFUSAL_FILTERS) is None
            if why is not None and not refuses:
                continue
            triples, conf = self._triples(ctx)
            if refuses:  # "said it would not send weapons to X": a refusal toward X
                triples = refused(ctx, triples)
            if unattributed_attack(doc[i], found[i][0], triples, self.g.get("attack_instruments", ())):
                args.recent_events.pop("attack", None)  # "gunmen opened fire": "the killings" are not the earlier attack's
            for s, x, rel in triples:
                if not self._keep(ctx, s, x, rel) or (s["actor_id"], rel, x["actor_id"], seg.start) in seen:
                    continue
                seen.add((s["actor_id"], rel, x["actor_id"], seg.start))
                joint = rel in self.rules.relations("joint_anaphor")
                args.recent_events[rel] = (_with_parties(args.recent_events.get(rel), s, x, seg_no) if joint else s, seg_no)
                if joint:  # kept apart from what the frames overwrite: "A and B met. C offered to host further talks"
                    args.recent_events[PARTIES + rel] = args.recent_events[rel]
                if date is None:
                    date = sentence_date(seg.text, (doc._.dg_meta or {}).get("date"), self.lex.lang) or ""
                c = conf * (self.rules.value("pronoun_argument") if "pronoun" in (s["kind"], x["kind"]) else 1.0)
                events.append(_event(ctx, found[i][1], Triple(s, x, rel), c, date, places))
        return events

    def _triples(self, ctx: CueContext) -> tuple[list[Triple], float]:
        """Candidate events of the cue at ``ctx.token`` and their confidence: a hyphenated agent
        ("Iran-backed"), else the first of the word's frames (in :data:`FRAME_ORDER`) that
        applies; a promised attack ("vowed to strike X") is a threat."""
        t = ctx.token
        cues = ctx.reading.found[t.i][0]
        triples = hyphen_agent(ctx)
        conf = cues[0].confidence * self.rules.value("hyphen_agent")
        frame = None
        if triples is None:  # "what X said was an attack by Y": X accuses Y
            triples = next((a for c in cues if (a := alleged_triples(ctx.with_cue(c)))
                            is not None), None)
        if triples is None:
            for cue in sorted(cues, key=lambda c: FRAME_ORDER.index(c.frame)):
                reading: FrameReading | None = read_frame(ctx.with_cue(cue))
                if reading is not None:
                    triples, frame = reading.triples, cue.frame
                    conf = cue.confidence * (self.rules.value("guessed_argument") if reading.guessed else 1.0)
                    break
        v = t.head if t.pos_ == "NOUN" and t.dep_ in VERB_OBJECT_DEPS \
            and t.head.lemma_.lower() in self.g["light_verbs"] else t  # "vowed to impose sanctions"
        h = v.head.lemma_.lower()
        resolve = h in self.g["negating_verbs"] and h in self.g["litotes_verbs"]  # "will not hesitate to"
        reserved = v.dep_ in ACL_DEPS and f"{v.head.head.lemma_.lower()} {h}" in self.g.get("commissive_nouns", ())
        if (v.dep_ in XCOMP_DEPS and (h in self.g.get("commissive_verbs", ()) or resolve) or reserved) and frame != "must":
            # "vowed to retaliate against X", "a juré de frapper X": a threat, not an attack;
            # "ready to mediate": a readiness states no event unless it is a threat
            rule = "resolve" if resolve else "commissive"
            triples = [Triple(s, x, self.rules.rewrite(rule, rel)) for s, x, rel in triples or []
                       if v.head.pos_ != "ADJ" or self.rules.applies(rule, rel) or self.rules.applies("offered", rel)]
        if prospected(t, self.g):  # "une possible intervention militaire au Niger": a threat
            triples = [Triple(s, x, self.rules.rewrite("prospected", rel)) for s, x, rel in triples or []]
        return conditioned_triples(ctx, list(triples or [])), conf

    def _keep(self, ctx: CueContext, s: dict, x: dict, rel: str) -> bool:
        """Whether a candidate event stands: two actors of this segment (or an event anaphor),
        not co-agents of one another ("mediated by A and B"), and no population taking a stance."""
        seg, g = ctx.seg, self.g
        if s["code"] == x["code"] or not (seg.start <= s["token_start"] < seg.end) \
                or not (seg.start <= x["token_start"] < seg.end or x.get("event_anaphor")):
            return False
        if s.get("members_of") is not None and s.get("members_of") == x.get("members_of"):
            return False  # "the contact group (comprising A, B and C) met Y": no A meet B
        if in_mediator_phrase(ctx, x) or broker_compound(ctx.doc, s, g):
            return False  # "A and B agreed to meet under the auspices of C", "C-brokered talks": C mediates
        if rel not in self.rules.relations("mutual") and conjoined(ctx.doc, s, x) and not reciprocal(ctx):
            return False  # "mediated by A and B": co-agents are never each other's targets
        if rel == "retreat" and ctx.token.lemma_.lower() in g.get("force_leaving_verbs", ()) \
                and not _forces(ctx.doc, s, g):
            return False  # "the minister left Sudan" is no retreat; "French troops left Mali" is
        if rel == "attack" and ctx.token.lemma_.lower() in g.get("force_entering_verbs", ()) \
                and (not _forces(ctx.doc, s, g) or _called_in(ctx.token, g) or _called_in_elsewhere(ctx, s, x)):
            return False  # "Senegalese troops entered Gambia" is an incursion; "the minister entered X" none
        if rel == "mobilize" and _purpose_target(ctx, x):
            return False  # "deployed troops to fight X": X is fought, no show of force ("to deter X" is)
        # "Afghan civilians" suffer attacks and receive aid; they take no stance
        return not ((s.get("sector") == "population" and rel not in g["population_source_relations"])
                    or (x.get("sector") == "population" and rel not in g["population_target_relations"]))


def _purpose_target(ctx: CueContext, m: dict) -> bool:
    """The actor ``m`` stands in a purpose clause of the cue whose verb shows no force against it
    ("deployed troops to fight X", "to help X", "to protect X"; ``show_of_force_verbs``: "to deter
    X" does)."""
    shows = ctx.g.get("show_of_force_verbs", ())
    return any(c.dep_ in PURPOSE_DEPS and c.pos_ == "VERB" and c.lemma_.lower() not in shows
               and m["token_start"] in {x.i for x in c.subtree} for c in ctx.token.children)


def _with_parties(last: tuple[dict, int] | None, s: dict, x: dict, seg_no: int) -> dict:
    """The source ``s`` of an event of a ``joint_anaphor`` relation, carrying the parties of every
    event of that relation stated in segment ``seg_no`` (``last``: the relation's entry so far),
    for a later anaphor ("A, B and C signed a truce. X welcomed the agreement": A, B and C)."""
    parties = list(last[0].get("event_parties", ())) if last is not None and last[1] == seg_no else []
    codes = {p["code"] for p in parties}
    parties += [m for m in (s, x) if m["code"] not in codes and not codes.add(m["code"])]
    return dict(s, event_parties=parties)


def _called_in(v, g) -> bool:
    """Forces that enter a state to fight someone else there or to help ("entered X to join the
    battle against Y", "to help X"): an entry for the host, not against it."""
    marks = g.get("purpose_marks", ())
    purpose = [c for c in v.children if c.dep_ in PURPOSE_DEPS and any(m.tag_ == "TO" or m.lower_ in marks
                                                                          for m in c.children)]
    return any(x.lower_ in g["hostile_preps"] or x.lemma_.lower() in g.get("helping_verbs", ())
               for c in purpose for x in c.subtree)


def _called_in_elsewhere(ctx: CueContext, s: dict, x: dict) -> bool:
    """The document tells elsewhere that the same forces entered the same state to help or to
    fight someone else there (a headline "X's troops enter Y" over "X's troops entered Y to join
    the battle against Z"): one entry, for the host."""
    g, doc = ctx.g, ctx.doc
    for v in doc:
        if v.i == ctx.token.i or v.lemma_.lower() not in g.get("force_entering_verbs", ()) or not _called_in(v, g):
            continue
        near = {k.i for c in v.children for k in (c, *c.children)}
        codes = {m.get("code") for m in doc._.mentions or [] if near & set(range(m["token_start"], m["token_end"]))}
        if {s["code"], x["code"]} <= codes:
            return True
    return False


def _forces(doc, m: dict, g) -> bool:
    """The mention names armed forces: a military actor ("les soldats kényans") or the owner of a
    ``force_nouns`` head ("la force de l'Union africaine", "the AU's troops")."""
    if m.get("sector") == "military":
        return True
    h = doc[m["token_end"] - 1]
    for _ in range(3):
        if h.lemma_.lower() in g.get("force_nouns", ()) or h.lower_ in g.get("force_nouns", ()):
            return True
        if h.head == h:
            return False
        h = h.head
    return False


def _event(ctx: CueContext, trigger: str, triple: Triple, conf: float, date: str, places: dict) -> dict:
    """The event dict of ``triple`` (see :mod:`graph.nlp.extensions` for its fields)."""
    s, x, rel = triple
    seg = ctx.seg
    loc = next((places[j]["label"] for j in range(seg.start, seg.end) if j in places), None)
    return {
        "source": s["code"], "relation": rel, "target": x["code"],
        "source_actor": s["label"], "target_actor": x["label"],
        "source_id": s["actor_id"], "target_id": x["actor_id"],
        "sentence": seg.text, "start": seg.start_char, "end": seg.end_char,
        "trigger": trigger, "confidence": round(min(max(conf, 0.0), 1.0), 3),
        "date": date or None, "location": loc,
    }
