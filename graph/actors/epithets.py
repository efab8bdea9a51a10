"""A leader's epithet is the leader the document named before: "Khalifa Haftar met ... . The
strongman of eastern Libya said", "le maréchal dissident", "l'homme fort de Tripoli", "the junta
leader" (GUIDELINES §2: people roll up to whom they act for; the epithet stands for the person,
as a surname does, so it takes his code: Haftar's ``LNA``, not Libya's).

An epithet is a definite phrase of the language's ``leader_epithets`` ("strongman", "homme
fort", "maréchal dissident", "chef de la junte"), optionally followed by an of-word and a place
("of eastern Libya", "de Tripoli", "de l'Est libyen": up to :data:`REACH` words). It binds, once
the document's mentions are resolved, to a person of the knowledge base named before it:

- with a place in its complement (a state, its capital or its nationality adjective), the last
  person named before whose code is that state, else a group based in it (its ``host`` in
  ``groups.tsv``, or the state named in the group's name: Haftar's Libyan National Army); the other way round when a word of
  ``epithet_region_words`` names a part of the state ("eastern Libya", "l'Est libyen"), so
  "l'homme fort de Tripoli" is Libya's prime minister, "the strongman of eastern Libya" Haftar;
- with no place, the person named before when the document has named one person of the base
  only (two or more: no binding; "the junta leader" then keeps the state of the junta,
  :mod:`graph.actors.juntas`).

The epithet's mention (kind ``title``) replaces the mentions inside it (the place of its
complement, a junta noun's state). With no such person the phrase is left as it was, and so it
is when it names its holder itself ("the junta leader X", "the strongman of Chechnya, X") or
its complement names a place that is no state of the base ("of Chechnya").

Example
-------
>>> REACH
4
"""

from __future__ import annotations

from functools import lru_cache

from ..model import renewed
from ..nlp.extensions import lower_words

#: Types of the groups an epithet's leader may lead.
GROUP_TYPES = frozenset({"ArmedGroup", "DeFactoAuthority"})
#: Words an epithet's place complement may span after its of-word ("de l'Est libyen").
REACH = 4


def _epithet_at(words: list[str], i: int, lex, longest: int) -> int | None:
    """The end of the longest epithet of ``lex.leader_epithets`` (of at most ``longest`` words)
    starting at ``i`` after a definite determiner, or ``None``."""
    if i == 0 or words[i - 1] not in lex.definite_determiners:
        return None
    for k in range(min(longest, len(words) - i), 0, -1):
        if " ".join(words[i:i + k]) in lex.leader_epithets:
            return i + k
    return None


def _place_end(doc, e: int, lex) -> int:
    """The end of the of-word complement after an epithet ending at ``e`` (``e``: none): the
    words up to :data:`REACH` after it while they are determiners, adjectives or nouns."""
    if e >= len(doc) or doc[e].lower_ not in lex.of_words:
        return e
    j = e + 1
    while j < len(doc) and j <= e + REACH and doc[j].pos_ in ("DET", "ADJ", "NOUN", "PROPN") \
            and "\n" not in doc[j - 1].text_with_ws:
        j += 1
    return j if j > e + 1 else e


def _place_code(doc, mentions: list, entries, kb, s: int, e: int) -> str | None:
    """The state a place of ``doc[s:e]`` names: a mention's, else a ruler entity's (a
    nationality adjective no mention kept: "l'Est libyen")."""
    for m in mentions:
        if s <= m.token_start and m.token_end <= e and m.code and m.type != "Person":
            return m.code
    for ent in doc.ents:
        if s <= ent.start and ent.end <= e and ent.ent_id_ and ent.ent_id_.isdigit():
            actor = kb.get(entries[int(ent.ent_id_)].actor_id)
            if actor is not None and actor.type == "State":
                return actor.code
    return None


@lru_cache(maxsize=None)
def _state_words(kb, place: str) -> frozenset[str]:
    """The lower-cased names and nationality adjectives of the state ``place`` ("libya",
    "libyan", "libye", "libyen")."""
    return frozenset(a.text.lower() for a in kb.aliases
                     if a.actor_id == place and a.kind in ("name", "demonym") and " " not in a.text)


def _based_in(kb, code: str, place: str) -> bool:
    """Whether the group of roll-up ``code`` is based in the state ``place``: its ``host``
    (``groups.tsv``), or the state named in its own name ("Libyan National Army")."""
    group = kb.actor_for_code(code) or ""
    if kb.breakaways.get(group, (None,))[0] == place:
        return True
    actor = kb.get(group)
    if actor is None or actor.type not in GROUP_TYPES:
        return False
    words = {w.lower() for names in kb.labels(group).values() for n in names for w in n.split()}
    return bool(words & _state_words(kb, place))


def _rank(kb, code: str, place: str, part: bool) -> int | None:
    """How well an actor of roll-up ``code`` fits the place ``place``: 0 best, ``None`` not at
    all. The state itself comes first, a group based in it (:func:`_based_in`: Haftar's LNA in
    Libya) second; the other way round when the complement names a part of the state
    (``part``: "eastern Libya", "l'Est libyen")."""
    if code == place:
        return int(part)
    return int(not part) if _based_in(kb, code, place) else None


def _bound(kb, mentions: list, s: int, place: str | None, part: bool):
    """The person mention before token ``s`` the epithet stands for (module rules), or ``None``."""
    people = [m for m in mentions if m.token_end <= s and m.type == "Person" and m.code
              and kb.get(m.actor_id or "") is not None and m.actor_id not in kb.full_name_only]
    if place is not None:
        ranked = [(r, -k, m) for k, m in enumerate(people) if (r := _rank(kb, m.code, place, part)) is not None]
        return min(ranked, key=lambda t: t[:2])[2] if ranked else None
    return people[-1] if len({m.actor_id for m in people}) == 1 else None


def _named_there(doc, mentions: list, s: int, end: int) -> bool:
    """Whether the epithet ``doc[s:end]`` names its holder itself: a person inside it or right
    after it, commas aside ("the strongman of Chechnya, Ramzan Kadyrov"), or a mention across
    its edges ("Niger's junta leader X")."""
    after = end + (end < len(doc) and doc[end].text == ",")
    return any(m.type == "Person" and (s <= m.token_start < end or m.token_start == after) for m in mentions) \
        or any(m.token_start < s < m.token_end or m.token_start < end < m.token_end for m in mentions)


def _unknown_place(words: list[str], e: int, end: int, place: str | None, lex) -> bool:
    """A complement naming a place that is no state of the base ("of Chechnya"): no binding;
    "de l'Est" (determiners and region words only) is none."""
    rest = [w for w in words[e + 1:end] if w not in lex.determiners and w not in lex.epithet_region_words]
    return end > e and place is None and bool(rest)


def leader_epithets(doc, mentions: list, kb, lex, entries) -> list:
    """``mentions`` (resolved, in order) with each epithet bound to the leader named before
    (see the module); the mentions inside a bound epithet are dropped."""
    if not lex.leader_epithets:
        return mentions
    words, i, out = lower_words(doc), 1, list(mentions)
    longest = max(len(p.split()) for p in lex.leader_epithets)  # (once a document, not at each word)
    while i < len(doc):
        e = _epithet_at(words, i, lex, longest)
        if e is None:
            i += 1
            continue
        end = _place_end(doc, e, lex)
        place = _place_code(doc, out, entries, kb, e, end) if end > e else None
        part = any(w in lex.epithet_region_words for w in words[e:end])
        person = None if _unknown_place(words, e, end, place, lex) or _named_there(doc, out, i - 1, end) \
            else _bound(kb, out, i - 1, place, part)
        if person is not None:
            inside = [m for m in out if i - 1 <= m.token_start and m.token_end <= end]
            first, last = doc[i - 1], doc[end - 1]
            made = renewed(person, start=first.idx, end=last.idx + len(last), token_start=i - 1,
                           token_end=end, text=doc[i - 1:end].text, kind="title", appos=None)
            out = sorted([m for m in out if all(m is not x for x in inside)] + [made],
                         key=lambda m: (m.token_start, m.token_end))
        i = end
    return out
