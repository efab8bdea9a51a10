"""Leaders first named by one name only: "leaders Kim and Moon", "MM. Kim et Moon".

News texts name well-known leaders by one word even the first time, when the text is about
their states ("the summit of leaders Kim and Moon" in an article about the two Koreas). The
word is often a surname the base does not match alone because it is too common
(``surname_stoplist`` of the actor lexicon: "Kim", "Moon", "Lee"), so the name reaches
coreference as an unknown person. :func:`leader_named` reads it as the leader of the base
whose name begins or ends with that word when exactly one such person:

- holds a leader's role (:data:`LEADER_ROLES`) at the document's date (without a date, as
  his most recent role), and
- acts for a state or organisation the document names (``seen_codes``: any mention of the
  document has that code).

Someone named in full before ("Stella Kim, a lawyer") wins: the registry of names is read
before this module. A word that the next word of the text continues as a name (``next_word``: a
capitalised word, "le président François Bozizé", "President Joseph Kabila") is the first name of
someone else, not the leader who shares it ("François" Hollande in a text that names him later).
Two leaders fitting ("Kim" in a text naming North and South Korea while
both had a leader called Kim) leave the name unknown.

Example
-------
>>> from graph.actors.kb import load_kb
>>> leader_named(load_kb(), "Moon", {"KOR", "PRK"}, "2018-04-27")
'person/moon-jae-in'
>>> leader_named(load_kb(), "Moon", {"FRA"}, "2018-04-27") is None
True
>>> leader_named(load_kb(), "François", {"FRA"}, "2013-01-12", next_word="Bozizé") is None
True
"""

from __future__ import annotations

from .kb import KnowledgeBase, slugify

#: Roles of the base whose holders a text names by one word once their state is named.
LEADER_ROLES = frozenset({"head_of_state", "head_of_government", "supreme_leader"})

_INDEX: dict[int, dict[str, tuple[str, ...]]] = {}


def _index(kb: KnowledgeBase) -> dict[str, tuple[str, ...]]:
    """Name word (slug) -> people of the base who ever held a leader's role and whose names
    begin or end with it (built once per base)."""
    key = id(kb)
    if key not in _INDEX:
        found: dict[str, set[str]] = {}
        for pid, actor in kb.actors.items():
            if actor.type != "Person" or not any(r.role in LEADER_ROLES for r in kb.roles(pid)):
                continue
            for names in kb.labels(pid).values():
                for name in names:
                    parts = name.split()
                    for word in {parts[0], parts[-1]} if len(parts) > 1 else ():
                        found.setdefault(slugify(word), set()).add(pid)
        _INDEX[key] = {w: tuple(sorted(p)) for w, p in found.items()}
    return _INDEX[key]


def continues_name(word: str) -> bool:
    """Whether the text word ``word`` after a one-word name continues the name: a capitalised
    word of letters ("Bozizé", "Kabila", "Sassou-Nguesso"), not a stop or a lower-case word."""
    return word[:1].isupper() and word.replace("-", "").replace("'", "").isalpha() and not word.isupper()


def leader_named(kb: KnowledgeBase, word: str, seen_codes: set, date: str | None, next_word: str = "") -> str | None:
    """The person id of the one leader the single name ``word`` stands for (see the module),
    or ``None`` (also when ``next_word``, the text's word after it, continues the name)."""
    if len(word.split()) != 1 or not word[:1].isupper() or continues_name(next_word):
        return None
    fits = []
    for pid in _index(kb).get(slugify(word), ()):
        role = kb.role_at(pid, date)
        if role is None or role.role not in LEADER_ROLES or date and not role.active(date[:10]):
            continue  # (a leader of the past: "Kim" in 2018 is not Kim Jong-il)
        if kb.code_for(role.actor, date) in seen_codes:
            fits.append(pid)
    return fits[0] if len(fits) == 1 else None
