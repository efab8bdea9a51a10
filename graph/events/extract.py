"""Stance events of one parsed document: cues, filters and frames.

For every sentence: (1) find cue tokens (one dict look-up per token on its lemma, plus a spaCy
``Matcher`` for multi-word cues, compiled once per pipeline); (2) drop a cue that is negated
("did not condemn", "n'a pas"), hypothetical ("if", "would", French conditional), questioned,
denied ("denied that ...") or only alleged inside an accusation or a call; (3) read its
source and target actors with its frame (:mod:`graph.events.frames`); (4) emit one event per
(source, target) pair whose codes differ.

Confidence is the cue's lexicon confidence, times 0.75 when an argument was found by word
order instead of the parse, times 0.9 when an argument is a pronoun or anaphor.

Example
-------
>>> FRAME_ORDER[-1]
'svo'
"""

from __future__ import annotations

import weakref
from itertools import combinations

from .dates import sentence_date
from .fallback import Fallbacks
from .filters import Filters, segments
from .frames import Arguments
from .lexicon import FRAMES
from .linking import MUTUAL
from .linking import Linking
from .special import SpecialFrames

FRAME_ORDER = FRAMES


class Extractor(Filters, Fallbacks, SpecialFrames, Linking):
    """Extracts events from parsed Docs of one language (built once per pipeline)."""

    def __init__(self, nlp, lex) -> None:
        from spacy.matcher import Matcher

        from .lexicon import Cue

        self.lex = lex
        self.g = lex.g
        #: "X said Y must <verb>": a demand (or an appeal, see ``_must_relation``) of any verb.
        self.must_cue = Cue(("",), "VERB", "demand", "must", 0.7)
        #: "will not stop until Y withdraws": a condition set on Y is a demand.
        self.until_cue = Cue(("",), "VERB", "demand", "until", 0.65)
        self.window = int(next(iter(lex.g.get("fallback_window", ["12"]))))
        self.matcher = Matcher(nlp.vocab)
        self._cues_of = None  # (weak reference to the last document, its cues)
        self.multi = {}
        for k, cue in enumerate(lex.multi):
            key = f"cue{k}"
            self.multi[nlp.vocab.strings.add(key)] = cue
            first, rest = cue.lemmas[0], [{"LOWER": w} for w in cue.lemmas[1:]]
            # one plain pattern per spelling of the first lemma: a {"IN": [...]} predicate is
            # evaluated at every token for every pattern, plain attributes are compared by hash
            self.matcher.add(key, [[{"LEMMA": v}] + rest for v in dict.fromkeys([first, first.capitalize()])]
                             + [[{"LOWER": w} for w in cue.lemmas]])

    # -- cues ---------------------------------------------------------------------------
    def cues(self, doc) -> dict[int, tuple]:
        """Trigger token index -> (cues, trigger text), read-only. They depend on the tokens
        only, so the readings of one document (and its document model) share one search."""
        if self._cues_of is None or self._cues_of[0]() is not doc:
            self._cues_of = (weakref.ref(doc), self._find_cues(doc))
        return self._cues_of[1]

    def _find_cues(self, doc) -> dict[int, tuple]:
        found: dict[int, tuple] = {}
        for mid, s, e in self.matcher(doc):
            cue = self.multi[mid]
            if cue.fits(doc[s]) or cue.pos == "NOUN":
                found.setdefault(s, ([], doc[s:e].text))[0].append(cue)
        for t in doc:
            if t.i in found:
                continue
            if t.pos_ == "VERB" and self._modal(t) and any(
                    a.lemma_.lower() in self.g["speech_verbs"] | self.g.get("speech_nouns", frozenset())
                    for a in list(t.ancestors)[:4]):
                found[t.i] = ([self.must_cue], t.text)
                continue
            if t.pos_ == "VERB" and t.lemma_.lower() in self.g["demand_complements"] and any(
                    c.dep_ == "mark" and c.lower_ in self.g["until_marks"] for c in t.children):
                found[t.i] = ([self.until_cue], t.text)
                continue
            cands = self.lex.single.get(t.lemma_.lower()) or self.lex.single.get(t.lower_) \
                or self._repaired_lemma_cues(t)
            if cands:
                fit = self._senses(t, [c for c in cands if c.fits(t)])
                if fit and not self._plan_about_truce(t):  # "its own initiatives": no cue
                    continue
                if fit:
                    found[t.i] = (fit, t.text)
        return found

    def _modal(self, v) -> bool:
        g = self.g
        if any(c.dep_.startswith("aux") and c.lemma_.lower() in g["modal_must"] for c in v.children):
            return True
        return v.dep_ == "xcomp" and v.head.lemma_.lower() in g["modal_must"]

    def _speaker(self, v) -> list[dict] | None:
        """Subject of the speech verb governing ``v`` (reported speech), if any."""
        for a in list(v.ancestors)[:4]:
            if a.lemma_.lower() in self.g["speech_verbs"] and a.pos_ in ("VERB", "AUX"):
                return self.args.subjects(a)
            if a.lemma_.lower() in self.g.get("speech_nouns", ()) and a.pos_ == "NOUN":
                return self.args.noun_source(a)  # "issued a reminder to X that it must"
        return None

    def roles(self, t, cue, sent) -> list[tuple[dict, dict, str]] | None:
        """``(source, target, relation)`` triples for cue ``cue`` at token ``t``."""
        A, g, frame, rel = self.args, self.g, cue.frame, cue.relation
        self.guessed = False
        self.cue_token = t
        if frame == "mediate" and t.pos_ == "NOUN" and self._under(t):
            frame = "under"
        if frame == "transfer":  # "sent weapons to X", not "sent a letter to X"
            things = [c for c in t.children if c.dep_ in g["object_deps"] or c.dep_ in g["passive_subject_deps"]]
            if t.dep_ in ("acl", "amod") or (t.dep_ == "xcomp" and not things):
                things.append(t.head)
            near = [x for c in things for x in ([c] if c == t.head else [c, *(
                k for k in c.children if k.dep_ in ("amod", "compound", "nmod", "nummod", "prep", "pobj", "conj"))])]
            if not any(x.lemma_.lower() in g["transfer_objects"] for x in near):
                return []
            frame = "svo"
        if frame == "until":  # "will not cease its operations until X withdraws": X is asked to withdraw
            main = t.head
            while main.pos_ not in ("VERB", "AUX") and main.head != main:  # a clause the parser hung on a noun
                main = main.head
            src = self._speaker(main) or A.subjects(main)
            return [(s, x, rel) for s in src for x in A.subjects(t)]
        if frame == "cut":  # "halted its aid to X", "suspended flights to Y": a sanction
            return self._cut(t)
        if frame == "prospect":  # "raised the possibility of leaving X": a threat
            return self._prospect(t, rel)
        if frame == "with":  # "spoke (on the phone) with X": only a with-complement makes it a meeting
            withs = [w for w in ("with", "avec") if w in g["verb_target_preps"]]
            tgt = A.prep_actors(t, withs)
            return [(s, x, rel) for s in (A.subjects(t) if tgt else []) for x in tgt]
        if frame == "predicate":  # "deemed the offensive illegal", "an unjustifiable attack by X"
            return self._predicate(t, rel)
        if frame == "must":
            if not self._modal(t):
                return None
            v = t.head if t.dep_ == "xcomp" and t.head.lemma_.lower() in g["modal_must"] else t
            src = self._speaker(v)
            rel = "appeal" if t.lemma_.lower() in g["appeal_complements"] else "demand"
            return [(s, x, rel) for s in src or [] for x in A.subjects(v)]
        if frame == "under":
            if not self._under(t):
                return []
            src = _u([m for c in t.children if c.dep_ in ("poss", "nmod:poss", "amod") for m in A.np(c)]
                     + A.prep_actors(t, g["noun_of_preps"]))
            clause = t
            while clause.head != clause and clause.pos_ not in ("VERB", "AUX"):
                clause = clause.head
            inside = {x.i for x in t.subtree}
            for x in clause.subtree:  # "in Geneva (Switzerland)": where, not who
                if x.head.lower_ in g["place_preps"] and x.dep_ == "pobj":
                    inside.update(y.i for y in x.subtree)  # "in the separatist region of X"
                elif x.i > 0 and x.doc[x.i - 1].text == "(":
                    inside.add(x.i)
            tg = _u([m for x in clause.subtree if x.i not in inside for m in A.at(x)])
            return [(s, x, "mediate") for s in src for x in tg]
        if frame == "mediate" and t.pos_ == "NOUN" and t.lemma_.lower() in g.get("peace_plan_nouns", ()):
            return self._peace_plan(t)
        if frame in ("mediate", "sym", "sym_attack"):
            sides = A.between(t)
            if len(sides) < 2 and frame == "mediate" and t.dep_ in ("acl", "amod") and t.head.pos_ == "NOUN":
                sides = self._event_noun_sides(t.head)  # "A and B made peace in a deal brokered by C"
            if len(sides) < 2 and frame != "mediate" and t.pos_ == "NOUN":  # "talks of A and B"
                sides = A.prep_actors(t, g["noun_of_preps"])
            if len(sides) < 2 and frame != "mediate" and t.pos_ == "NOUN":  # "US-Taliban talks"
                sides = self._hyphen_pair(t)
            if len(sides) >= 2:
                out = [(a, b, rel) for a, b in combinations(sides, 2)]
                if frame == "sym_attack":
                    out += [(b, a, rel) for a, b in combinations(sides, 2)]
                if frame == "mediate" or t.head.lemma_.lower() in g["host_verbs"]:
                    host = t if frame == "mediate" else t.head
                    med = A.subjects(host) if host.pos_ in ("VERB", "AUX") else A.noun_source(host)
                    if not med and host.pos_ in ("VERB", "AUX") and A.is_passive(host):
                        med = A.prep_actors(host, g["agent_preps"])
                    if frame == "mediate":
                        return [(m, s, "mediate") for m in med for s in sides]
                    out += [(m, s, "mediate") for m in med for s in sides]
                return out
        src, tgt = A.source_target(t)
        if src:  # "Russian missiles struck X. The EU condemned the strike.": who struck
            A.recent_events[rel] = (src[0], A.segment)
        if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in g["complement_target_verbs"] and (
                not tgt or {m["code"] for m in tgt} <= {m["code"] for m in src}):  # not "its borders"
            tgt = self._complement_target(t, src)  # "threatened to cut off gas to X"
        if frame in ("sym", "sym_attack") and t.pos_ == "VERB":
            # "discussed Syria with X": the with-complement is the other side
            withs = {"with", "avec"} & g["verb_target_preps"]
            found = A.prep_actors(t, withs)
            deeper = not found and (not tgt or A.objects(t))  # "agreed to US mediation in talks with X": no
            for _, n in (A.preps(t) if deeper else []):  # attached one level down by the parser
                found = found or A.prep_actors(n, withs)
            tgt = found or tgt
        if frame == "accuse" and t.pos_ == "VERB" and not A.objects(t):
            # "complained to the UN over X's raids": the accused is in the of/over complement
            tgt = A.prep_actors(t, g["accuse_preps"]) or tgt
        if frame == "request":
            tgt = tgt or A.prep_actors(t, g["verb_target_preps"])
            if not tgt:  # "demanded that X cancel ...", "its demand that X ease ..."
                for c in t.children:
                    if c.dep_ in ("ccomp", "acl") and c.pos_ in ("VERB", "AUX"):
                        tgt = A.subjects(c)
            if not tgt and t.dep_ == "acl" and A.at(t.head):  # "a letter to X, asking for"
                tgt = A.np(t.head)
            if not tgt and t.dep_ in ("advcl", "conj") and t.head.pos_ == "VERB":
                # "wrote to X, asking for help": the request goes to the addressee of the verb above
                preps = g["verb_target_preps"] - g["between_preps"]
                tgt = A.prep_actors(t.head, preps) or [  # "sent a letter to X, asking for"
                    m for c in t.head.children if c.dep_ in g["object_deps"] for m in A.prep_actors(c, preps)]
        self.guessed = False
        if t.pos_ == "NOUN" or (A.is_passive(t) and not src):
            pass  # nouns, and passives with no by-agent, take their arguments from the parse only
        elif frame in ("sym", "sym_attack") and src and not tgt:
            # "A, the ..., and B, the ..., met": never guess the other side; but a conjunct the
            # parser hung inside the subject ("separatists from X and Azerbaijani forces") is one
            if len({m["code"] for m in src}) == 1 and t.pos_ in ("VERB", "AUX"):
                src = src + self._subject_conjuncts(t, src)
        elif not src or (not tgt and not (len(src) >= 2 and (frame in ("sym", "sym_attack")
                                                           or self._reciprocal(sent)))):
            clausal = any(c.dep_ in ("ccomp", "parataxis") for c in t.children)
            src = src or self._nearest(t, sent, -1, tgt)
            tgt = tgt or ([] if clausal else self._nearest(t, sent, 1, src))
            self.guessed = True
        if rel == "protest" and t.pos_ == "NOUN" and t.head.lemma_.lower() in g.get("protest_note_verbs", ()):
            rel = "condemn"  # "lodged a protest with X": a diplomatic protest note, not a demonstration
        if frame == "request":
            rel = self._request_relation(t, cue, tgt)
            if rel == "appeal" and t.lemma_.lower() in g.get("mediating_requests", ()) \
                    and len({m["code"] for m in tgt}) >= 2:
                rel = "mediate"  # "invited both sides to Moscow": a third party bringing them together
        if len({m["code"] for m in src}) >= 2 and (not tgt or self._reciprocal(sent)) \
                and frame not in ("sym", "sym_attack") and self._reciprocal(sent):
            return [(a, b, rel) for a in src for b in src if a["code"] != b["code"]]
        if rel == "attack" and len({m["code"] for m in src}) >= 2 and self._together(t):
            # "A and B fight the jihadists together": co-fighters cooperate
            return [(a, b, "cooperate") for a, b in combinations(src, 2) if a["code"] != b["code"]] + [
                (s, x, rel) for s in src for x in tgt]
        if frame == "sym_attack" and not tgt and t.pos_ in ("VERB", "AUX") and any(
                c.dep_ in g["object_deps"] and c.pos_ in ("NOUN", "PROPN") and c.lemma_.lower() not in self.lex.single
                and c.lemma_.lower() not in g.get("combat_objects", ()) for c in t.children):
            return []  # "A and B fought the militants": they fought someone else, not each other
        if frame in ("sym", "sym_attack") and not tgt and len(src) >= 2 and not (
                t.pos_ in ("VERB", "AUX") and A.is_passive(t)):  # "négociés par A, B et C": co-agents
            pairs = list(combinations(src, 2))
            return [(a, b, rel) for a, b in pairs] + (
                [(b, a, rel) for a, b in pairs] if frame == "sym_attack" else [])
        if src and not tgt and t.pos_ == "NOUN":  # parse missed "support of X for Y"
            tgt = self._noun_target_by_order(t, src)
        if src and not {m["code"] for m in tgt} - {m["code"] for m in src}:
            # "an offensive in Karabakh", "troops to Haiti", "strengthened its forces in X": a place
            tgt = self._place_target(t, rel) or tgt
        if self.lex.relation_sign.get(rel) == "+":  # "defend itself against X": X is opposed, not helped
            tgt = [m for m in tgt if not self._hostile(m)]
        out = [(s, x, rel) for s in src for x in tgt]
        if frame == "sym_attack":
            out += [(x, s, rel) for s in src for x in tgt]
        return out

    def _reciprocal(self, sent) -> bool:
        """A reciprocal phrase ("each other", "mutuellement") in the cue's own clause."""
        t = self.cue_token
        span = self.doc[max(sent.start, t.i - 3):min(sent.end, t.i + 8)]
        low = " ".join([span.text.lower(), " ".join(x.lower_ for x in t.subtree)])
        return any(w in low for w in self.g.get("reciprocal", ()))

    def _repaired_lemma_cues(self, t) -> list:
        """Verb cues of a word the lemmatiser left as it is ("réclame" for *réclamer*): the
        language's regular endings (`lemma_repairs`: French "e:er", "ent:er") tried on the
        word; only verb entries count."""
        if t.lemma_.lower() != t.lower_:
            return []
        pairs = sorted((r.split(":") for r in self.g.get("lemma_repairs", ())), key=lambda p: -len(p[0]))
        for end, lemma_end in pairs:  # the longest ending first
            if t.lower_.endswith(end):
                cands = self.lex.single.get(t.lower_[: len(t.lower_) - len(end)] + lemma_end, ())
                return [c for c in cands if c.pos == "VERB"]
        return []

    def _under(self, t) -> bool:
        left = t.doc[max(self.seg.start, t.i - 4):t.i]
        return any(x.lower_ in self.g["under_words"] for x in left)

    def _request_relation(self, t, cue, tgt) -> str:
        g = self.g
        subj = {x.i for c in t.children if c.dep_ in g["subject_deps"] for x in c.subtree}
        rel = cue.relation
        for x in t.subtree:
            if x.i in subj or x.i <= t.i:
                continue
            lem = x.lemma_.lower()
            if lem in g["demand_complements"]:
                rel = "demand"
                break
            if lem in g["appeal_complements"]:
                rel = "appeal"
                break
        if rel == "demand" and len({m["code"] for m in tgt}) >= 2 and cue.relation == "appeal":
            rel = "appeal"  # a call to cease addressed to both sides alike
        return rel

    # -- document -----------------------------------------------------------------------
    def __call__(self, doc) -> list[dict]:
        try:
            return self._events(doc)
        finally:  # keep no reference to the document (memory; pickling for n_process > 1)
            self.args = self.doc = self.seg = self.cue_token = None
            self.places, self.rejecting, self.opinions = [], set(), set()

    def _events(self, doc) -> list[dict]:
        meta = doc._.dg_meta or {}
        base, lang = meta.get("date"), self.lex.lang
        self.args = Arguments(doc, self.lex)
        self.doc = doc
        if not self.args.by_tok:
            return []
        found = self.cues(doc)
        if not found:
            return []
        places = {}
        self.places = [m for m in doc._.mentions or [] if m.get("kind") == "place" and m.get("code")]
        for m in doc._.mentions or []:
            if m.get("kind") == "place":
                places.setdefault(m["token_start"], m)
        events, seen = [], set()
        frames = {i: min((c.frame for c in cs), key=FRAME_ORDER.index) for i, (cs, _) in found.items()}
        self.rejecting = {i for i, (cs, _) in found.items() if any(c.relation == "reject" for c in cs)}
        self.opinions = {i for m in doc._.mentions or [] if m.get("type") == "Media"
                         and m["text"].lower().split()[-1] in self.g["opinion_nouns"]
                         for i in range(m["token_start"], m["token_end"])}
        for seg_no, sent in enumerate(segments(doc)):
            self.seg = sent
            self.args.segment = seg_no
            self.args.bounds = (sent.start, sent.end)
            text = sent.text.strip().rstrip("\"'”»’) ")
            if text.endswith("?"):
                continue
            idx = [i for i in range(sent.start, sent.end) if i in found]
            if not idx or not any(i in self.args.by_tok for i in range(sent.start, sent.end)):
                continue
            date = None
            for i in idx:
                t = doc[i]
                cues, trig = found[i]
                negated = self._negated(t) and cues[0].frame != "until"  # "tant que X ne se retire pas"
                if negated or self._hypothetical(t) or self._embedded(t, frames) or self._opinion(t):
                    continue
                hyphen = self._hyphen_agent(t, cues)  # "Iran-backed rebels", "a Qatari-brokered truce"
                if hyphen is None and t.dep_ == "amod" and (frames[i] == "accuse" or (t.i < t.head.i and t.tag_ in ("VBN", "JJ")
                                                                      and cues[0].pos == "VERB")):
                    continue  # "the alleged bombers", "the occupied territories": adjectives, not events
                if self._cut_object(t, found):
                    continue  # "halted its aid to X": the aid stops, it is the sanction that counts
                if t.lemma_.lower() in self.g.get("receiver_verbs", ()) and any(
                        c.dep_ in self.g["object_deps"] and c.i in found for c in t.children):
                    continue  # "received support from X": the support is the event, not a reception
                if t.lemma_.lower() in self.g["intent_verbs"] and any(
                        c.dep_ == "xcomp" and c.i in found for c in t.children):
                    continue  # "offered to mediate": the mediation is the stance
                triples = hyphen
                conf = cues[0].confidence * 0.9
                for cue in sorted(cues, key=lambda c: FRAME_ORDER.index(c.frame)) if hyphen is None else ():
                    triples = self.roles(t, cue, sent)
                    if triples is not None:
                        conf = cue.confidence * (0.75 if self.guessed else 1.0)
                        break
                if t.dep_ == "xcomp" and t.head.lemma_.lower() in self.g.get("commissive_verbs", ()):
                    # "vowed to retaliate against X", "a juré de frapper X": a threat, not an attack
                    triples = [(s, x, "threaten" if rel in ("attack", "coerce") else rel)
                               for s, x, rel in triples or []]
                for s, x, rel in triples or []:
                    if s["code"] == x["code"] or not (sent.start <= s["token_start"] < sent.end) \
                            or not (sent.start <= x["token_start"] < sent.end or x.get("event_anaphor")):
                        continue
                    if rel not in MUTUAL and self._conjoined(s, x) and not self._reciprocal(sent):
                        continue  # "mediated by A and B": co-agents are never each other's targets
                    if (s.get("sector") == "population" and rel not in self.g["population_source_relations"]) \
                            or (x.get("sector") == "population" and rel not in self.g["population_target_relations"]):
                        continue  # "Afghan civilians" suffer attacks and receive aid; they take no stance
                    key = (s["actor_id"], rel, x["actor_id"], sent.start)
                    if key in seen:
                        continue
                    seen.add(key)
                    self.args.recent_events[rel] = (s, seg_no)
                    if date is None:
                        date = sentence_date(sent.text, base, lang) or ""
                    c = conf * (0.9 if "pronoun" in (s["kind"], x["kind"]) else 1.0)
                    loc = next((places[j]["label"] for j in range(sent.start, sent.end) if j in places), None)
                    events.append({
                        "source": s["code"], "relation": rel, "target": x["code"],
                        "source_actor": s["label"], "target_actor": x["label"],
                        "source_id": s["actor_id"], "target_id": x["actor_id"],
                        "sentence": sent.text, "start": sent.start_char, "end": sent.end_char,
                        "trigger": trig, "confidence": round(min(max(c, 0.0), 1.0), 3),
                        "date": date or None, "location": loc,
                    })
        return events


def _u(ms: list[dict]) -> list[dict]:
    from .frames import _unique

    return _unique(ms)
