"""Anaphors of a state and its bodies (mixin of ``coref._State``): "the country", "the army",
"les autorités", "the separatists", and forces in a breakaway region.

- *the country* / *le pays*: the most recent state of the last three sentences;
- *the army*, *the government*: a body of the state named right after it ("the government in
  Tbilisi"), else of the state the last sentences are about (a subject first);
- *the separatists*: the breakaway authority of the base (``groups.tsv``: host and kin states)
  best supported by the document, or the one named ("South Ossetian separatists");
- "Armenian forces in Nagorno-Karabakh" act for the breakaway authority, not the state.

The mixin needs ``doc``, ``kb``, ``lex``, ``date``, ``lang``, ``by_start``, ``seen_ids``,
``seen_codes``, ``recent()`` and ``_is_subject()``.

Example
-------
>>> StateAnaphors.country.__doc__.split(":")[0]
'"The country"'
"""

from __future__ import annotations

from .compose import actor_fields
from .deps import NOUN_CLAUSE_DEPS, NOUN_MODIFIER_DEPS, OBJECT_DEPS, POSSESSIVE_DEPS
from .records import ActorMention


class StateAnaphors:
    """"The country", "the army", "the separatists" (see the module)."""

    def country(self, i: int, j: int | None = None) -> list[dict]:
        """"The country": the most recent state of the last three sentences, but never the state
        whose forces it hosts ("ses militaires déployés dans le pays", "French troops in the
        country": :meth:`_stationed_codes`)."""
        theirs = self._stationed_codes(i, j) if j else set()
        for h in self.recent(i, 3):
            if h.type == "State" and h.code not in theirs:
                return [actor_fields(self.kb, h.code, self.date, self.lang)]
        return []

    def _stationed_codes(self, i: int, j: int) -> set[str]:
        """The codes of the forces stationed in the place at tokens ``i:j``: up from its noun
        through prepositions and adnominal clauses (never a clause's own verb: "Mali deployed
        its troops across the country" is Mali) to a force noun (``deployed_force_nouns``),
        the codes of the mentions of that noun or of its possessor ("ses", "French")."""
        tok = self.doc[i:j].root
        for _ in range(4):
            if tok.head is tok or (tok.pos_ in ("VERB", "AUX") and tok.dep_ not in NOUN_CLAUSE_DEPS):
                return set()
            tok = tok.head
            if tok.lower_ in self.lex.deployed_force_nouns:
                break
        else:
            return set()
        marks = {tok.i} | {c.i for c in tok.children if c.dep_ in POSSESSIVE_DEPS | NOUN_MODIFIER_DEPS}
        return {h.code for h in self.recent(i, 0) if h.code and marks & set(h.span)}

    def body(self, m: ActorMention) -> list[dict]:
        """"the army", "the government", "les autorités": a body of the state whose same body was
        named last before it ("Sudan's army ... The army"), else of the state the last sentences
        are about (a subject first, then the most recent state)."""
        i, j = m.token_start, m.token_end
        doc = self.doc
        words = m.text.lower().split()
        noun = self.lex.sector_nouns.get(words[-1])  # the sector of the head noun ("army")
        sector = self.lex.sector_nouns.get(" ".join(words[1:])) or noun  # "the defence ministry": military
        if j < len(doc) - 1 and doc[j].lower_ in self.lex.of_words | self.lex.place_prepositions:
            k = j + 1 + (doc[j + 1].lower_ in self.lex.determiners)
            named = self.by_start.get(k)  # "the government in Tbilisi", "l'armée de l'Azerbaïdjan"
            actor = self.kb.get(named.actor_id or "") if named else None
            if actor is not None and actor.type == "State":
                return [self._body_fields(actor.id, m, sector)]
        states = [h for h in self.recent(i, 2) if self._state_like(h)]
        key = self.lex.sector_nouns.get((m.label or "").lower()) or sector  # "L'armée": "armée"
        earlier = [h for h in reversed(self.history) if h.kind != "pronoun" and h.token_start < i and self._state_like(h)]
        # the last body of the same head noun ("Russia's defence ministry ... The ministry"), else of the same sector
        same = next((h for h in earlier if h.kind == "nominal" and h.text.lower().split()[-1] == words[-1]), None) \
            or next((h for h in earlier if key and h.sector == key), None)
        root = doc[i:j].root
        if root.dep_ in OBJECT_DEPS and root.head.pos_ in ("VERB", "AUX"):
            own = self._own_codes(root, root.head)  # "Paris a accusé le gouvernement": not Paris's
            states = [h for h in states if h.code not in own]
            same = same if same is not None and same.code not in own else None
        if same is not None:  # "Sudan's army ... The army": that state's army
            states = [same]
        if not states:
            return []
        best = next((h for h in states if self._is_subject(h)), states[0])
        return [self._body_fields(best.code, m, sector)]

    def _body_fields(self, code: str, m: ActorMention, sector: str | None) -> dict:
        """The fields of the body ``m`` of the state ``code``: its words as label, and ``sector``
        (else the state's own)."""
        fields = actor_fields(self.kb, code, self.date, self.lang)
        return dict(fields, label=m.label or fields["label"], sector=sector or fields.get("sector"))

    def _state_like(self, h: ActorMention) -> bool:
        """The mention names a state or a body of one."""
        return h.type in ("State", "GovernmentBody") \
            and (self.kb.get(self.kb.actor_for_code(h.code or "") or "") or h).type == "State"

    def separatists(self, m: ActorMention) -> list[dict]:
        """"The separatists": the breakaway named, else the breakaway of the base best
        supported by the document (for the state of a nationality adjective, if any); none when
        several are equally supported ("Russian separatists" with no region named), all of them
        when they belong to one joint front (one mention each)."""
        need = m.pending
        if need.breakaway:  # "South Ossetian separatists": the breakaway named
            f = actor_fields(self.kb, need.breakaway, self.date, self.lang)
            return [dict(f, label=m.label or f["label"])]
        state = need.state
        # the codes named, and those of the people resolved before it ("Gaddafi ... the rebels")
        seen = self.seen_codes | {h.code for h in self.history if h.code}
        scores: dict[str, int] = {}
        host_only = need.need == "rebels" or need.features.get("host_only")
        for gid, (host, kin) in self.kb.breakaways.items():
            if state and state not in ((host,) if host_only else (host, kin)) \
                    or not self.kb.active_on(gid, self.date):  # not yet founded, or dissolved
                continue
            scores[gid] = 3 * (gid in self.seen_ids) + (host in seen) + (kin in seen)
        if not scores:
            return []
        best_score = max(scores.values())
        tops = [gid for gid, score in scores.items() if score == best_score]
        if best_score <= 0 and not state:
            return []
        # a tie ("pro-Russian separatists": five breakaways have Russia as kin) names none of
        # them, unless all belong to one joint front (``groups.tsv``): "the separatists" in
        # Ukraine are both Donbas republics, one mention each
        if len(tops) > 1 and (len({self.kb.fronts.get(gid) for gid in tops}) > 1 or not self.kb.fronts.get(tops[0])):
            return []
        fields = [actor_fields(self.kb, gid, self.date, self.lang) for gid in sorted(tops)]
        # both referents keep the words of the text as label: they are one side of an event
        return [dict(f, label=m.label or (m.text if len(tops) > 1 else f["label"])) for f in fields]

    def breakaway_location(self, m: ActorMention) -> dict | None:
        """"Armenian forces in Nagorno-Karabakh" act for the breakaway authority, not the state."""
        j = m.token_end
        doc = self.doc
        if j >= len(doc) or doc[j].lower_ not in self.lex.place_prepositions:
            return None
        j += 1
        if j < len(doc) and doc[j].lower_ in self.lex.determiners:
            j += 1
        nxt = self.by_start.get(j)
        if nxt is not None and self.kb.get(nxt.actor_id or "") is not None:
            actor = self.kb.get(nxt.actor_id)
            if actor.type == "DeFactoAuthority" and m.code in self.kb.breakaways.get(actor.id, ()):
                return dict(actor_fields(self.kb, actor.id, self.date, self.lang), label=m.label, sector=m.sector)
        return None
