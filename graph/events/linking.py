"""Argument-linking mechanisms of the extractor for compounds, participles and co-agents.

Sense constraints of cues ("withdraw from the treaty"), hyphenated agents ("Iran-backed
rebels", "a Turkish-brokered deal"), hyphen pairs ("US-Taliban talks"), the sides of an event
noun a participle says was brokered, co-fighters ("fought X together"), peace plans ("Egypt's
truce proposal"), and the guards that keep co-agents and "against" complements from being
targets (see ``docs/extraction.md``).
Mixin of :class:`graph.events.extract.Extractor` (needs ``self.g``, ``self.args``, ``self.doc``,
``self.seg``, ``self.places``, ``self.cue_token``).

Example
-------
>>> sorted(MUTUAL)
['agree', 'attack', 'cooperate', 'meet']
"""

from __future__ import annotations

from .frames import Arguments, _unique
from .lexicon import FRAMES

#: Relations two coordinated actors may hold toward each other ("A and B met", "fought").
MUTUAL = frozenset({"meet", "agree", "cooperate", "attack"})


class Linking:
    """Sense selection, compound and co-agent linking, and their guards."""

    def _senses(self, t, cues: list) -> list:
        """The entries whose sense constraint the verb's object or complement meets, else the
        plain entries: "withdraw from the treaty" is a sanction, "withdraw troops" a retreat."""
        if not any(c.sense for c in cues):
            return cues
        objs = {x.lemma_.lower() for c in t.children if c.dep_ in self.g["object_deps"]
                or c.dep_ in self.g["passive_subject_deps"]
                for x in (c, *(k for k in c.children if k.dep_ in ("compound", "amod")))}
        args = self.args or Arguments(t.doc, self.lex)  # cues are also read outside a reading
        preps = [(p, n.lemma_.lower()) for p, n in args.preps(t)]

        def meets(c) -> bool:
            if c.prep:
                return any(p == c.prep and (not c.objects or n in c.objects) for p, n in preps)
            return bool(objs & c.objects)

        senses = [c for c in cues if c.sense and meets(c)]
        plain = [c for c in cues if not c.sense]
        if not senses:
            return plain
        # a sense replaces the word's ordinary reading, not its special frames ("must withdraw")
        return senses + [c for c in plain if c.frame != "svo" and c.relation not in {s.relation for s in senses}]

    # -- frames -------------------------------------------------------------------------
    def _hyphen_agent(self, t, cues) -> list[tuple] | None:
        """A participle cue joined by a hyphen to an actor before it is done by that actor to the
        noun it modifies: "Iran-backed rebels" (support), "Saudi-led strikes on X", "a
        Turkish-brokered deal between A and B" (mediate, for each side). ``None`` when ``t`` is
        not such a compound."""
        doc = self.doc
        if t.i < 2 or doc[t.i - 1].text not in ("-", "–") or t.tag_ not in ("VBN", "JJ") \
                or t.dep_ not in ("amod", "compound", "acl") or t.head == t:
            return None
        src = self.args.at(doc[t.i - 2])
        if not src:
            return None
        A, n = self.args, t.head
        cue = min(cues, key=lambda c: FRAMES.index(c.frame))
        self.cue_token = t
        if cue.frame == "mediate":
            sides = A.prep_actors(n, self.g["between_preps"])
            return [(m, x, "mediate") for m in src for x in sides]
        if cue.frame not in ("svo", "transfer"):
            return []
        tgt = A.at(n) or [m for c in n.children if c.dep_ in ("appos", "compound") for m in A.at(c)]
        if not tgt:  # "Saudi-led strikes on Sanaa": the action noun's target
            tgt = A.noun_target(n)
        return [(m, x, cue.relation) for m in src for x in tgt]

    def _event_noun_sides(self, n) -> list[dict]:
        """The sides of an event noun that a participle says was brokered or hosted: its
        "between"/"of" list or hyphen pair ("a deal between A and B", "US-Taliban talks"), else
        the coordinated subjects of the clause it sits in ("A and B signed a truce brokered by
        C", "A et B ont signé un accord négocié par C")."""
        A, g = self.args, self.g
        sides = A.prep_actors(n, g["between_preps"]) or A.prep_actors(n, g["noun_of_preps"]) or self._hyphen_pair(n)
        if len({m["code"] for m in sides}) >= 2:
            return sides
        v = n.head
        for _ in range(3):
            if v.pos_ in ("VERB", "AUX") or v.head == v:
                break
            v = v.head
        subj = A.subjects(v) if v.pos_ in ("VERB", "AUX") else []
        return subj if len({m["code"] for m in subj}) >= 2 else []

    def _hyphen_pair(self, n) -> list[dict]:
        """Two actors joined by a hyphen before a symmetric noun ("US-Taliban talks",
        "Russia-Ukraine fighting", "les pourparlers Iran-USA"): its two sides."""
        doc, A = self.doc, self.args
        mods = [x for c in n.children if c.dep_ in ("compound", "amod", "nmod", "flat", "flat:name")
                for x in c.subtree if x.i != n.i]
        idx = {x.i for x in mods}
        if not any(doc[i].text in ("-", "–", "/") for i in idx):
            return []
        places = {m["token_start"]: m for m in self.places}  # "Russia-Ukraine talks": a venue-like name
        found = _unique([m for i in sorted(idx) for m in (A.at(doc[i]) or ([places[i]] if i in places else []))])
        return found if len({m["code"] for m in found}) >= 2 else []

    def _together(self, t) -> bool:
        """A "together", "jointly", "ensemble" adverb on the cue's clause."""
        words = self.g.get("together_words", ())
        span = " ".join(x.lower_ for x in self.doc[t.i + 1:min(t.i + 8, self.seg.end)])
        return any(c.lower_ in words for c in t.children) or any(  # (parsers tag "ensemble" oddly)
            f" {w} " in f" {span} " for w in words if " " in w)

    def _hostile(self, m: dict) -> bool:
        """A mention inside an "against"/"contre" complement."""
        hostile = self.g.get("hostile_preps", ())
        r = self.doc[m["token_start"]:m["token_end"]].root
        for x in [r, *r.ancestors]:
            if x == self.cue_token:
                break
            if x.lower_ in hostile or any(c.dep_ == "case" and c.lower_ in hostile for c in x.children):
                return True
        return False

    def _conjoined(self, a: dict, b: dict) -> bool:
        """Two mentions coordinated with each other ("A and B", "A, B et C")."""
        doc = self.doc
        ra = doc[a["token_start"]:a["token_end"]].root
        rb = doc[b["token_start"]:b["token_end"]].root
        return ra != rb and rb in ra.conjuncts

    def _peace_plan(self, t) -> list[tuple]:
        """"Egypt's truce proposal", "the Egyptian plan for peace between A and B", "la
        proposition égyptienne de trêve": whoever owns a plan about a truce or peace mediates
        for its sides: the "between" list, else the subjects of the clause that weighs it
        ("A and B are considering ..."). A plan with no such topic, or made by a side, is none."""
        A, g = self.args, self.g
        med = A.noun_source(t)
        v = t.head if t.dep_ in g["object_deps"] and t.head.pos_ in ("VERB", "AUX") else None
        if not med and v is not None and v.lemma_.lower() not in g["plan_receiving_verbs"]:
            med = A.subjects(v)  # "Qatar presented a peace plan between A and B"
        sides = A.between(t)
        if len({m["code"] for m in sides}) < 2:
            sides = A.subjects(v) if v is not None and v.lemma_.lower() in g["plan_receiving_verbs"] else []
        codes = {m["code"] for m in sides}
        if len(codes) < 2 or codes & {m["code"] for m in med}:
            return []
        return [(m, s, "mediate") for m in med for s in sides]

    def _plan_about_truce(self, t) -> bool:
        """False for a plan noun (`peace_plan_nouns`) whose phrase names no truce or peace."""
        g = self.g
        if t.pos_ != "NOUN" or t.lemma_.lower() not in g.get("peace_plan_nouns", ()):
            return True
        return any(x.lemma_.lower() in g["truce_words"] or x.lower_ in g["truce_words"]
                   for x in t.subtree if x.i != t.i)
