"""Fighters in a place an armed group holds act for that group: "Islamist militants in the Gaza
Strip" are Hamas, "les combattants dans Sanaa" the Houthis (GUIDELINES §2: an actor rolls up to
the non-state group it acts for).

A text often names the fighters of a group by the place it holds rather than by the group.
Which group holds which place, and when, is data: ``graph/data/actors/held_places.tsv``
(``places``: the place's names in every language, ``;``-separated, matched case-insensitively
on the place mention's text without its determiner; ``group``: an id of ``groups.tsv``;
``start``/``end``: ISO dates, ``end`` excluded, empty = open; ``note``: the source). Only
groups with a code of the guidelines are listed. Without a document date only places still
held (no ``end``) count.

The pass runs on the recognisers' mentions, before coreference
(:meth:`graph.actors.resolve.Resolver.__call__`): a plural fighter noun of the language's
lexicon (``fighter_nouns``: "militants", "insurgents", "combattants") that no mention covers,
with its adjectives ("Islamist militants", "les combattants islamistes"), right before a place
preposition and the place mention, becomes a ``nominal`` mention of the group; the place stays
a place. A noun another actor already qualifies ("Palestinian gunmen": a state's forces) is
left alone.

Example
-------
>>> held_by("the Gaza Strip", "2014-07-20", {"the"})
'group/hamas'
>>> held_by("Gaza", "2005-01-01", {"the"}) is None  # before Hamas took it
True
"""

from __future__ import annotations

from functools import lru_cache

from ..errors import DataFileError
from .compose import actor_fields
from .kb import read_actor_table, split_cell
from .records import ActorMention

#: Kinds of the mentions of a held place (a state's name or capital after a preposition is
#: mostly a ``place``, but "Militants in Gaza fired" may read it as the state's ``alias``).
PLACE_KINDS = frozenset({"place", "alias", "name"})
#: Adjectives a fighter noun may take between itself and the preposition ("combattants islamistes dans").
MAX_ADJECTIVES = 2


@lru_cache(maxsize=1)
def held_places() -> dict[str, list[tuple[str, str | None, str | None]]]:
    """Lower-cased place name -> ``[(group id, start, end)]`` of the groups holding it."""
    out: dict[str, list] = {}
    for n, row in enumerate(read_actor_table("held_places.tsv"), start=2):
        names = split_cell(row["places"])
        if not names or not row["group"].startswith("group/"):
            raise DataFileError(f"graph/data/actors/held_places.tsv: line {n} needs places and a group id")
        for name in names:
            out.setdefault(" ".join(name.lower().replace("’", "'").split()), []).append(
                (row["group"], row.get("start") or None, row.get("end") or None))
    return out


def held_by(place: str, date: str | None, determiners) -> str | None:
    """The group holding the place named ``place`` at ``date`` (see the module), or ``None``."""
    words = place.lower().replace("’", "'").split()
    while words and words[0] in determiners:
        words = words[1:]
    day = (date or "")[:10]
    return next((group for group, start, end in held_places().get(" ".join(words), ())
                 if _held_on(start, end, day)), None)


def holds_a_place(group: str, date: str | None) -> bool:
    """Whether the group with id ``group`` holds some place at ``date`` (see the module)."""
    day = (date or "")[:10]
    return any(g == group and _held_on(start, end, day) for rows in held_places().values() for g, start, end in rows)


def _held_on(start: str | None, end: str | None, day: str) -> bool:
    """Whether a hold from ``start`` to ``end`` (excluded; ``None``: open) covers ``day``; with
    no day, only a hold that has not ended."""
    return bool(day and (start or "") <= day and (end is None or day < end) or not day and end is None)


def _fighters(doc, m: ActorMention, lex, covered: set) -> tuple[int, int] | None:
    """The span of the fighters before place mention ``m`` ("Islamist militants in"), or ``None``."""
    j = m.token_start - 1
    while j >= 0 and doc[j].lower_ in lex.determiners:
        j -= 1
    if j < 1 or doc[j].lower_ not in lex.place_prepositions:
        return None
    end = j
    j -= 1
    for _ in range(MAX_ADJECTIVES if lex.adjective_after_noun else 0):
        if j > 0 and doc[j].pos_ == "ADJ" and j not in covered:
            j -= 1
    if doc[j].lower_ not in lex.fighter_nouns or j in covered:
        return None
    start = j
    while start > 0 and start - 1 not in covered and (doc[start - 1].pos_ == "ADJ"
                                                     or doc[start - 1].lower_ in lex.fighter_nouns):
        start -= 1
    return start, end


def fighters_in_held_places(doc, mentions: list, kb, lex, date: str | None, lang: str) -> list:
    """``mentions`` with a ``nominal`` mention of the group for each fighter noun before a place
    it holds (see the module)."""
    if not lex.fighter_nouns:
        return mentions
    covered = {i for m in mentions if not _guess(m) for i in range(m.token_start, m.token_end)}
    found = []
    for m in mentions:
        group = held_by(m.text, date, lex.determiners) if m.kind in PLACE_KINDS else None
        span = _fighters(doc, m, lex, covered) if group and kb.get(group) is not None else None
        if span is not None:
            s, e = span
            fields = actor_fields(kb, group, date, lang)
            found.append(ActorMention(start=doc[s].idx, end=doc[e - 1].idx + len(doc[e - 1]), token_start=s,
                                      token_end=e, text=doc[s:e].text, kind="nominal", plural=True,
                                      **dict(fields, sector="military")))
    if not found:
        return mentions
    inside = {i for f in found for i in range(f.token_start, f.token_end)}
    kept = [m for m in mentions if not (_guess(m) and m.token_start in inside)]
    return sorted(kept + found, key=lambda m: (m.token_start, m.token_end))


def _guess(m: ActorMention) -> bool:
    """A capitalised word kept only in case it is a surname ("Militants" opening a sentence)."""
    return m.pending is not None and m.pending.drop
