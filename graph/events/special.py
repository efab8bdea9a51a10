"""Special frames of the extractor: ``cut`` (halting aid is a sanction), ``prospect`` (raising the
possibility of leaving an alliance is a threat) and ``predicate`` ("deemed the offensive illegal").

Mixin of :class:`graph.events.extract.Extractor` (needs ``self.g``, ``self.args``, and the
fallbacks of :class:`graph.events.fallback.Fallbacks`).

Example
-------
>>> SpecialFrames.__name__
'SpecialFrames'
"""

from __future__ import annotations


class SpecialFrames:
    """The ``cut``, ``prospect`` and ``predicate`` frames."""

    def _cut_object(self, t, found) -> bool:
        """``t`` is the thing a cutting cue stops ("suspended its aid", "la suspension de son aide")."""
        if t.lemma_.lower() not in self.g["cut_objects"]:
            return False
        h = t.head
        if t.dep_ == "pobj" and h.head != h:
            h = h.head
        return h.i in found and h != t and any(c.frame == "cut" for c in found[h.i][0])

    def _cut(self, t) -> list[tuple] | None:
        """Cutting, suspending or ending a cooperative thing (``cut_objects``: aid, ties, visits,
        flights, talks...) is a sanction on whom the thing was for; ``None`` when the object is
        something else ("halted the offensive"), so the word's other frames are tried."""
        A, g = self.args, self.g
        if t.pos_ == "NOUN":  # "a suspension of air links with X"
            objs = [n for p, n in A.preps(t) if p in g["noun_of_preps"]]
        else:
            objs = [c for c in t.children if c.dep_ in g["object_deps"] or c.dep_ in g["passive_subject_deps"]]
        if t.dep_ in ("acl", "amod") and t.head.pos_ == "NOUN":  # "the aid suspended by X"
            objs.append(t.head)
        hits = [c for c in objs if c.lemma_.lower() in g["cut_objects"] or any(  # "mediation efforts"
            k.dep_ == "compound" and k.lemma_.lower() in g["cut_objects"] for k in c.children)]
        if not hits:
            return None
        if t.pos_ == "NOUN":
            src = A.noun_source(t)
        else:
            src = A.prep_actors(t, g["agent_preps"]) if A.is_passive(t) else A.subjects(t)
        tgt: list[dict] = []
        for c in hits:
            tgt = A.prep_actors(c, g["noun_target_preps"] - g["noun_of_preps"]) or A.noun_target(c)
            if not tgt:  # "suspended its flights to Y" parsed on the verb
                tgt = A.prep_actors(t, g["noun_target_preps"] - g["noun_of_preps"] - g["between_preps"])
            if tgt:
                break
        if src and not tgt:  # "suspended aid deliveries in Baghdad": a place
            tgt = self._place_target(t, "sanction")
            for c in hits:
                tgt = tgt or self._place_target(c, "sanction")
        return [(s, x, "sanction") for s in src for x in tgt]

    def _predicate(self, t, rel) -> list[tuple]:
        A, g = self.args, self.g
        if t.dep_ == "amod":  # "the illegal offensive by X": X; said by the clause's subject
            n = t.head
            tgt = A.noun_source(n) or A.np(n)
            v = n.head
            while v.pos_ not in ("VERB", "AUX") and v.head != v:
                v = v.head
            src = A.subjects(v) if v.pos_ in ("VERB", "AUX") else []
        else:  # "deemed X illegal", "called X unacceptable", "called X a provocation"
            v = t.head if t.head != t else t
            if t.pos_ == "NOUN":  # a noun names a stance only as what someone calls X
                if v.pos_ == "ADP" and v.head != v:  # "described X as an aggressor", "traité X d'agresseur"
                    v = v.head
                if t.dep_ in g["subject_deps"] or v.lemma_.lower() not in g.get("naming_verbs", ()) | {"be", "être"}:
                    return []
            src = A.subjects(v)
            objs = [c for c in v.children if c.dep_ in g["object_deps"] or c.dep_ in g["subject_deps"]]
            tgt = []
            objs.append(None)
            for c in objs:
                if c is None:  # "called the annexation by X illegal" (by-phrase on the verb)
                    tgt = A.prep_actors(v, g["agent_preps"])
                    break
                if c.dep_ in g["subject_deps"] and v.lemma_.lower() not in ("be", "être"):
                    continue
                tgt = A.noun_source(c) or A.np(c)
                if tgt:
                    break
            if v.lemma_.lower() in ("be", "être"):  # "X is illegal", said by whom?
                src = self._speaker(v) or []
        return [(s, x, rel) for s in src for x in tgt]

    def _prospect(self, t, rel: str) -> list[tuple]:
        """"raised the possibility of his country withdrawing from X", "a évoqué la perspective de
        quitter X": raising the prospect of leaving or cutting (``exit_words``) is a threat to X."""
        A, g = self.args, self.g
        inside = [x for c in t.children if c.dep_ not in ("det", "amod", "poss", "nmod:poss")
                  for x in c.subtree]
        exits = [x for x in inside if x.lemma_.lower() in g["exit_words"]]
        if not exits:
            return []
        src = A.noun_source(t)
        codes = {m["code"] for m in src}
        x = exits[0]
        tgt = [m for m in A.objects(x) + A.prep_actors(x, g["verb_target_preps"] | g["noun_source_preps"])
               if m["code"] not in codes]
        return [(s, y, rel) for s in src for y in tgt]

