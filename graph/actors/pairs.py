"""Resolution of "the two countries", "both sides", "the parties to the conflict" (GUIDELINES:
one mention per referent).

The two referents are the two most salient codes: mentions in the last ``PAIR_WINDOW`` sentences
weigh ``PAIR_DECAY`` per sentence back, every earlier mention of the document adds
``PAIR_FREQUENCY`` (the two sides of a conflict recur throughout a report), each earlier
sentence naming both codes adds ``PAIR_DYAD`` to the pair, and a coordination of the two codes
alone in the anaphor's sentence or the one before adds ``PAIR_COORDINATED``. The subject of the anaphor's own
clause, the by-agents of its sentence and the brokers, hosts and mediators of the last sentences
are left out ("Russia urged the two parties", "talks hosted by Qatar and Egypt ... the two
sides").

Mixin of ``graph.actors.coref._State`` (needs ``doc``, ``kb``, ``lex``, ``history``, ``date``,
``lang``, ``sent()``, ``recent()``, ``fields()``).

Example
-------
>>> PAIR_WINDOW
5
"""

from __future__ import annotations

from .compose import actor_fields
from .deps import (ACTIVE_SUBJECT_DEPS, AGENT_DEPS, CASE_DEPS, CONJ_DEPS, NOMINAL_AGENT_DEPS, PREP_OBJECT_DEPS, ROOT_DEPS,
                   SUBJECT_CHAIN_DEPS, first_conjunct, is_subject)
from .records import ActorMention

#: Sentences back "the two countries" may look for its two referents.
PAIR_WINDOW = 5
#: Weight of a mention one sentence further back, for the salience of "the two countries".
PAIR_DECAY = 0.5
#: Weight of each earlier mention in the document (the conflict's two sides recur throughout).
PAIR_FREQUENCY = 0.1
#: Weight of each earlier sentence that names both codes of a pair (the two sides of the story).
PAIR_DYAD = 0.5
#: Weight of a pair whose two codes are the only members of a coordination in the anaphor's
#: sentence or the one before ("ses homologues du Niger et du Bénin ... les deux pays").
PAIR_COORDINATED = 3.0


class PairResolver:
    """The pair anaphors of :mod:`graph.actors.coref`."""

    def pair(self, i: int, persons: bool, window: int = PAIR_WINDOW, states_only: bool = False,
             any_type: bool = False) -> list[dict]:
        """The two most salient distinct referents: people (``persons``: the two most recent) or
        their codes' actors.

        The salience of a code is the sum of its mentions in the last ``window`` sentences, each
        weighing ``PAIR_DECAY`` per sentence back, plus ``PAIR_FREQUENCY`` per mention earlier in
        the document; a pair earns ``PAIR_DYAD`` per earlier sentence naming both. The subject of
        the anaphor's own clause is not a candidate
        ("Russia urged the two parties"). ``states_only`` ("the two countries") keeps states and de
        facto states; "both sides" leaves out international organisations (``any_type``: "they"
        keeps them).
        """
        here = self.sent(i)
        own_tokens = self._clause_subject(i)
        own = {h.code for h in self.recent(i, 0)
               if own_tokens & set(range(h.token_start, h.token_end)) or self._agent(h)}
        own |= {h.code for h in self.recent(i, window) if self._third_party(h)}
        score: dict[str, float] = {}
        latest: dict[str, int] = {}
        first: dict[str, dict] = {}
        for rank, h in enumerate(self.recent(i, window)):
            if not self._pair_candidate(h, persons, states_only, any_type) or h.code in own:
                continue  # "Russia urged the two parties", "M. Ban a exhorté les deux dirigeants": not them
            key = h.actor_id if persons else h.code
            if persons and key not in first and any(f.code == h.code for f in first.values()):
                continue  # two leaders of two sides
            if persons and key not in first and len(first) == 2:
                break
            score[key] = score.get(key, 0.0) + PAIR_DECAY ** (here - h.sentence)
            latest.setdefault(key, rank)
            first.setdefault(key, h)
        if len(score) < 2:  # one leader named: the leaders of the two sides
            return self.pair(i, persons=False, window=window) if persons else []
        if persons:
            best = list(first)[:2]
            best.sort(key=lambda k: -latest[k])
            return [self.fields(first[k]) for k in best]
        for h in self.history:
            if h.token_start < i and h.code in score:
                score[h.code] += PAIR_FREQUENCY
        together = self._dyads(i, set(score))
        for ab in self._coordinated(i, set(score)):
            together[ab] = together.get(ab, 0.0) + PAIR_COORDINATED
        pairs = [(a, b) for a in score for b in score if a < b]
        best = max(pairs, key=lambda ab: (score[ab[0]] + score[ab[1]] + together.get(ab, 0.0),
                                          -min(latest[ab[0]], latest[ab[1]]), ab))
        ordered = sorted(best, key=lambda k: -latest[k])  # in the order of the text
        return [actor_fields(self.kb, self.kb.actor_for_code(k) or first[k].actor_id, self.date, self.lang)
                for k in ordered]

    def _agent(self, h: ActorMention) -> bool:
        """A by-agent ("negotiated by Moscow, Paris and Washington"): a third party at work."""
        root = self.doc[h.token_start:h.token_end].root
        root = first_conjunct(root)
        if root.dep_ in AGENT_DEPS:
            return True
        prep = root.head if root.dep_ in PREP_OBJECT_DEPS \
            else next((c for c in root.children if c.dep_ in CASE_DEPS), None)
        if prep is not None and prep.lower_ in self.lex.agent_prepositions:
            return True
        # a list the parser attached elsewhere: "by Moscow, Paris and Washington", read leftwards
        covered = {t for m in self.recent(h.token_start, 0) for t in range(m.token_start, m.token_end)}
        j = h.token_start - 1
        while j >= 0 and h.token_start - j <= 12:
            tok = self.doc[j]
            if tok.lower_ in self.lex.agent_prepositions:
                return True
            if not (tok.text == "," or tok.lower_ in self.lex.coordinators or tok.lower_ in self.lex.determiners
                    or j in covered):
                return False
            j -= 1
        return False

    def _third_party(self, h: ActorMention) -> bool:
        """The broker, host or mediator of the story ("the deal was brokered by Turkey", "Erdogan
        hosted the ceremony"): a third party, not one of "both parties"."""
        root = self.doc[h.token_start:h.token_end].root
        root = first_conjunct(root)
        verb = None
        if root.dep_ in PREP_OBJECT_DEPS and root.head.lower_ in self.lex.agent_prepositions:
            verb = root.head.head
        elif root.dep_ in NOMINAL_AGENT_DEPS or any(c.dep_ in CASE_DEPS and c.lower_ in self.lex.agent_prepositions
                                             for c in root.children):
            verb = root.head
        if verb is not None and verb.lemma_.lower() in self.lex.third_party_verbs:
            return True
        return root.dep_ in ACTIVE_SUBJECT_DEPS | ROOT_DEPS \
            and root.head.lemma_.lower() in self.lex.third_party_subject_verbs

    def _dyads(self, i: int, codes: set[str]) -> dict[tuple[str, str], float]:
        """``PAIR_DYAD`` for every earlier sentence naming both codes of a pair (shared among the
        pairs of a sentence that names more than two of them)."""
        by_sent: dict[int, set[str]] = {}
        here = self.sent(i)
        for h in self.history:
            if h.token_start < i and h.sentence < here and h.code in codes:
                by_sent.setdefault(h.sentence, set()).add(h.code)
        out: dict[tuple[str, str], float] = {}
        for found in by_sent.values():
            if len(found) < 2:
                continue
            share = PAIR_DYAD / (len(found) - 1)
            for a in found:
                for b in found:
                    if a < b:
                        out[(a, b)] = out.get((a, b), 0.0) + share
        return out

    def _coordinated(self, i: int, codes: set[str]) -> list[tuple[str, str]]:
        """The pairs of ``codes`` that are the only two codes of one coordination in the
        anaphor's sentence or the one before ("Sudan and South Sudan", "ses homologues du Niger et
        du Bénin"): their mentions hold names joined by the same coordination ("the Kenyan
        president and the French minister" joins people, not the two countries)."""
        members: dict[int, set[str]] = {}
        for h in self.recent(i, 1):
            if h.code not in codes:
                continue
            for t in self.doc[h.token_start:h.token_end]:
                if t.pos_ == "PROPN" and (t.dep_ in CONJ_DEPS or any(c.dep_ in CONJ_DEPS for c in t.children)):
                    members.setdefault(first_conjunct(t).i, set()).add(h.code)
        return [tuple(sorted(found)) for found in members.values() if len(found) == 2]

    def _clause_subject(self, i: int) -> set[int]:
        """Tokens of the subject of the clause in which the anaphor at ``i`` is an object or a
        complement (the actor addressing "the two parties" is not one of them)."""
        tok = self.doc[i]
        head = tok.head
        for _ in range(3):
            if is_subject(tok) or head == tok:
                return set()
            if head.pos_ in ("VERB", "AUX"):
                break
            tok, head = head, head.head
        else:
            return set()
        for _ in range(2):
            subj = [c for c in head.children if is_subject(c)]
            if subj:
                return {x.i for c in subj for x in c.subtree}
            if head.dep_ not in SUBJECT_CHAIN_DEPS or head.head == head:
                break
            head = head.head
        return set()

    def _pair_candidate(self, h: ActorMention, persons: bool, states_only: bool, any_type: bool = False) -> bool:
        if h.type in ("Media", "Unknown") or not h.code:
            return False
        if not persons and not any_type:
            holder = self.kb.get(self.kb.actor_for_code(h.code) or "")
            allowed = ("State", "DeFactoAuthority") if states_only else ("State", "DeFactoAuthority", "ArmedGroup")
            if holder is not None and holder.type not in allowed:
                return False
            if holder is None and states_only:
                return False
        return not persons or h.type == "Person"
