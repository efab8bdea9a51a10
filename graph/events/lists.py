"""Lists in a parse: the sides of "between" lists, also where the parser split them, and
parenthesised member lists.

Example
-------
In "talks between A and B as well as between C and D" ("des entretiens entre A et B ainsi
qu'entre C et D") the parser may hang D on the noun rather than on C;
:meth:`BetweenLists.side_after_list` gives D back from the mentions found for the list (A, B, C);
in "between the army, led by N, and the militia" :meth:`BetweenLists.side_after_aside` gives
the militia back.
"""

from __future__ import annotations

from ..actors.deps import (ACTIVE_VOICE_SUBJECT_DEPS, APPOS_DEPS, CASE_DEPS, CONJ_DEPS, NOUN_MODIFIER_DEPS, PARTICIPLE_DEPS, PASSIVE_VOICE_SUBJECT_DEPS,
                           PREP_OBJECT_DEPS, VERB_OBJECT_DEPS)
from ..nlp.extensions import token_words


class BetweenLists:
    """The "between A and B" readings of :class:`graph.events.phrases.NounPhrases` (mixed in: they
    use its mentions by token ``at``/``np``, ``preps``, segment ``bounds``, grammar ``g``)."""

    def between(self, tok) -> list[dict]:
        """Actors of a "between A and B" complement of ``tok`` or of its object."""
        found = self.between_sides(tok)
        if not found and tok.pos_ == "NOUN":  # "talks held (in Doha) between A and B": on its participle
            for c in tok.children:  # (one with an agent is the third party's: "brokered by C between")
                if c.dep_ in PARTICIPLE_DEPS and c.pos_ == "VERB" and not self.has_agent(c):
                    found = found or self.between_sides(c)
                    for _, n in self.preps(c) if not found else ():
                        found = found or self.between_sides(n)
        if not found and tok.head != tok and (tok.dep_ in NOUN_MODIFIER_DEPS or ((tok.dep_ in VERB_OBJECT_DEPS or _article_case(tok)) and (
                tok.head.lemma_.lower() in self.g["light_verbs"] or self._between_next(tok)))):
            found = self.between_sides(tok.head)  # "led mediation between A and B" 
            h = tok.head
            if not found and h.head != h and h.head.lemma_.lower() in self.g["light_verbs"]:
                found = self.between_sides(h.head)  # "launched a mediation effort between"
        if not found:
            for c in tok.children:
                if c.dep_ in VERB_OBJECT_DEPS or c.dep_ in ACTIVE_VOICE_SUBJECT_DEPS | PASSIVE_VOICE_SUBJECT_DEPS:
                    found = self.between_sides(c)
                    if found:
                        break
        if not found and tok.dep_ in ACTIVE_VOICE_SUBJECT_DEPS | PASSIVE_VOICE_SUBJECT_DEPS \
                and tok.head.lemma_.lower() in self.g.get("occurrence_verbs", ()):
            found = self.between_sides(tok.head)  # "des pourparlers ont eu lieu entre A et B"
        if not found:  # "led mediation in the past between A and B": the parser hung it lower
            heads = [tok] + ([tok.head] if tok.head.lemma_.lower() in self.g["light_verbs"] else [])
            if self.in_role(tok):  # "a agi comme médiateur entre A et B": the list is on the verb
                found = self.between_sides(tok.head.head if tok.dep_ in PREP_OBJECT_DEPS else tok.head)
            for h in heads:
                for _, n in self.preps(h):
                    found = found or self.between_sides(n)
        return found


    def _between_next(self, n) -> bool:
        """Whether a "between" word follows the object noun ``n`` at once: "a salué l'accord entre
        A et B" with the list hung on the verb is the noun's list."""
        j = n.right_edge.i + 1  # (a mediating verb's list is its own: "brokered a truce between A and B")
        return j < self.bounds[1] and n.doc[j].lower_ in self.g["between_preps"] and not any(
            c.frame == "mediate" for c in self.lex.single.get(n.head.lemma_.lower(), ()))

    def between_sides(self, tok) -> list[dict]:
        """Actors of the "between" complements of ``tok``, with a side the parser lost behind an
        aside ("between the army, led by N, and the militia")."""
        found: list[dict] = []
        for p, n in self.preps(tok):
            if p in self.g["between_preps"]:
                ms = self.np(n)
                if len({m["code"] for m in ms}) == 1:
                    ms = ms + [m for m in self.side_after_aside(n) or self.side_after_and(ms)
                               if m["code"] != ms[0]["code"]]
                found.extend(ms)
        found = _unique(found)  # "between A and B as well as between C and D": D hung elsewhere
        return found + [m for m in self.side_after_list(found) if m not in found]

    def side_after_aside(self, n) -> list[dict]:
        """The actor named after "and" that follows an aside set off by commas right after the
        noun ``n``: "the army, led by N, and the militia", "l'armée, dirigée par N, et les
        milices" (the parser hangs the second side in or after the aside)."""
        doc, hi = n.doc, self.bounds[1]
        i = max([n.i] + [m["token_end"] - 1 for m in self.at(n)]) + 1
        if i >= hi or doc[i].text != ",":
            return []
        close = next((j for j in range(i + 2, min(i + 14, hi)) if doc[j].text == ","), None)
        if close is None or close + 1 >= hi or doc[close + 1].pos_ != "CCONJ":
            return []
        return self.first_named(close + 2, min(close + 5, hi))

    def side_after_and(self, side: list[dict]) -> list[dict]:
        """The actor named right after the "and" that follows the only side of a "between" list,
        when the parser coordinated it with a noun above the list ("des négociations entre les
        États-Unis et les talibans": *talibans* a conjunct of *négociations*), not with a verb (a
        new clause: "... entre A et B, et C a dit").

        >>> BetweenLists.side_after_and.__name__
        'side_after_and'
        """
        doc, hi = self._doc, self.bounds[1]
        j = max(m["token_end"] for m in side)
        if j >= hi or doc[j].pos_ != "CCONJ":
            return []
        found = self.first_named(j + 1, min(j + 5, hi))
        roots = [doc[m["token_start"]:m["token_end"]].root for m in found]
        return found if roots and all(r.dep_ in CONJ_DEPS and r.head.pos_ in ("NOUN", "PROPN") and r.head.i < side[0]["token_start"]
                                      for r in roots) else []

    def first_named(self, lo: int, hi: int) -> list[dict]:
        """The mentions that start at the first token of ``lo..hi-1`` where one starts, or none
        (the side named right after an "and", past a determiner or a title)."""
        for j in range(lo, hi):
            ms = [m for m in self.at(self._doc[j]) if m["token_start"] == j]
            if ms:
                return ms
        return []

    def side_after_list(self, found: list[dict]) -> list[dict]:
        """The mention right after the "and" that follows the only side of the last "between" list.

        ``found`` holds the sides already read. Nothing when the segment holds a single "between"
        word or the last list already has two sides.
        """
        doc, (lo, hi) = self._doc, self.bounds
        if not found:
            return []
        words, between = token_words(doc), self.g["between_preps"]  # (pos, lemma, lower) columns
        marks = [i for i in range(lo, hi) if words[i][2] in between and words[i][0] == "ADP"]
        last = [m for m in found if len(marks) > 1 and m["token_start"] > marks[-1]]
        if len({m["code"] for m in last}) != 1:
            return []
        j = max(m["token_end"] for m in last)
        if j >= hi or doc[j].pos_ != "CCONJ":
            return []
        return self.first_named(j + 1, min(j + 5, hi))

    def listed_members(self, tok) -> list[dict]:
        """The actors of a parenthesised list right after a plural group noun ``tok``: "les autres
        pays de la région (A, B et C)", "neighbouring states (A, B)". The members act, not the
        group nor the body it belongs to (the parser may hang the list on either). Nothing unless
        the parentheses hold only names, commas and "and", of two actors or more, and ``tok`` is
        a plural common noun that names no actor itself."""
        doc, (lo, hi) = self._doc, self.bounds
        if tok.pos_ != "NOUN" or "Plur" not in tok.morph.get("Number") \
                or any(m["kind"] != "nominal" for m in self.at(tok)):
            return []
        heads = [tok, *(c for p, c in self.preps(tok) if p in self.g["noun_of_preps"])]
        for x in (x for h in heads for x in h.children if x.dep_ in APPOS_DEPS and x.i > tok.i):
            k = x.left_edge.i if doc[x.left_edge.i].text == "(" else x.left_edge.i - 1
            end = next((j for j in range(k + 1, min(k + 16, hi)) if doc[j].text == ")"), None)
            if k < lo or doc[k].text != "(" or end is None:
                continue
            inside = [m for i in range(k + 1, end) for m in self.at(doc[i])]
            loose = [t for t in doc[k + 1:end] if not self.at(t) and not t.is_punct and t.pos_ not in ("CCONJ", "DET")]
            if not loose and len({m["code"] for m in inside}) > 1:
                return [m for i, m in enumerate(inside) if m not in inside[:i]]
        return []


def _unique(ms: list[dict]) -> list[dict]:
    """The mentions ``ms`` without repeats (same span, same actor), in order."""
    seen, out = set(), []
    for m in ms:
        key = (m["start"], m["end"], m["actor_id"])
        if key not in seen:
            seen.add(key)
            out.append(m)
    return out


def _article_case(n) -> bool:
    """Whether the noun ``n`` hangs on its verb through an article the parser read as a
    preposition ("accueillera des pourparlers entre A et B": "des" a case marker, ``PronType=Art``):
    an object, for the between-list the parser hung on the verb."""
    return any(c.dep_ in CASE_DEPS and "Art" in c.morph.get("PronType") for c in n.children)
