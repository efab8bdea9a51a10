"""*The latter* / *the former* (*ce dernier*, *celui-ci*): the most recent actors named.

A mixin of the coreference state (:class:`graph.actors.coref._State`): "the latter" is the
most recent distinct actor of its sentence and the one before, "the former" the one before
it, leaving out an organisation named only as where something happened ("A met B at the
Union. The latter" is B, not the Union).

Example
-------
"Azerbaijan's president met Armenia's prime minister. The latter said ..." -> Armenia's prime
minister (``latter(i, 0)``); "The former said ..." -> Azerbaijan's president (``latter(i, 1)``).

>>> LatterMixin.latter.__name__
'latter'
"""

from __future__ import annotations

from .deps import CASE_DEPS
from .records import ActorMention


class LatterMixin:
    """``latter``/``former`` for the coreference state (reads ``recent``, ``fields``, ``doc``, ``lex``)."""

    def latter(self, i: int, which: int) -> list[dict]:
        """"The latter" (``which`` 0) / "the former" (1): the most recent distinct actors of this
        and the previous sentence, leaving out an organisation named only as where
        something happened ("A met B at the Union. The latter" is B, not the Union); a plural
        one ("ces derniers") is the actor named in the phrase of the last plural noun before it
        ("les rebelles du M23"), none when it names none ("trois journalistes", "des rebelles");
        a noun the actor stage bound from the context, with no name, leaves the most recent actor."""
        ids: list[ActorMention] = []
        for h in self.recent(i, 1):
            if h.type != "Media" and all(h.actor_id != x.actor_id for x in ids):
                ids.append(h)
        noun = self._plural_noun_before(i) if "Plur" in self.doc[i].morph.get("Number") else None
        if noun is not None:  # "ces derniers": the actor named in the last plural noun's phrase
            phrase = {x.i for x in self.doc[noun].subtree} | {noun}
            inside = sorted((h for h in self.recent(i, 1) if h.token_start in phrase
                             or h.token_start <= noun < h.token_end), key=lambda h: h.token_start)
            named = [h for h in inside if h.kind != "pronoun" and h.type != "Media"]
            if named or not any(h.kind == "pronoun" for h in inside):  # (a bound "des rebelles": by recency)
                return [self.fields(named[0])] if named and which == 0 else []
        actors = [h for h in ids if not self._located(h)] or ids
        return [self.fields(actors[which])] if len(actors) > which else []

    def _plural_noun_before(self, i: int) -> int | None:
        """The last plural noun before token ``i`` in its sentence and the one before (what a
        plural "ces derniers" / "ces dernières" names), else ``None``."""
        floor = self.sent(i) - 1
        for t in reversed(self.doc[:i]):
            if self.sent(t.i) < floor:
                return None
            if t.pos_ in ("NOUN", "PROPN") and "Plur" in t.morph.get("Number"):
                return t.i
        return None

    def _located(self, h: ActorMention) -> bool:
        """``h`` is an organisation or group (no person or state) governed by a place
        preposition ("at the Union", "au siège de l'Union"), within three heads up to its verb."""
        if h.type in ("Person", "State") or h.kind == "title":
            return False
        a = self.doc[h.token_start:h.token_end].root
        for _ in range(3):
            preps = [a] + [c for c in a.children if c.dep_ in CASE_DEPS]
            if any(t.pos_ == "ADP" and t.lower_ in self.lex.place_prepositions for t in preps):
                return True
            if a.pos_ in ("VERB", "AUX") or a.head == a:
                return False
            a = a.head
        return False
