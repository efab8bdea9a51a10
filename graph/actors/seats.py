"""A government named by its seat: "the Tripoli-based government", "Libya's eastern-based
government", "le gouvernement basé à Benghazi".

Where a country has rival governments, the text often names one by the city or region it sits
in. Which seat stands for which actor is data: ``graph/data/actors/government_seats.tsv``
(``state``: the country's code; ``places``: city names and region words in every language,
``;``-separated, matched case-insensitively; ``actor``: an id of the base, a group of
``groups.tsv`` or the state itself; ``start``/``end``: ISO dates, ``end`` excluded, empty =
open; ``note``: the source). A city not in the table that names a state (its capital) gives
that state's government; any other city, or a region word of a country not in the table, gives
nothing.

The pass runs on the recognisers' mentions, before coreference
(:meth:`graph.actors.resolve.Resolver.__call__`), for a seat noun of the lexicon
(``seat_nouns``: government, administration; gouvernement, autorités) with a seat participle
(``seat_participles``: based; basé, installé):
- joined by a hyphen to a place mention before it ("the Tripoli-based government");
- joined by a hyphen to a region word whose country is the possessive mention before it
  ("Libya's eastern-based government");
- after it, followed by a place preposition and a place mention or a region word and its
  country ("le gouvernement basé à Tripoli", "le gouvernement installé dans l'est de la Libye").
The whole phrase becomes one ``nominal`` mention of the seat's actor; the place and country
mentions inside it are dropped.

Example
-------
>>> seat_actor("Sanaa", None, "2020-01-01")
'group/houthis'
>>> seat_actor("eastern", "LBY", "2020-01-01")  # no rival government code for Libya's east
'LBY'
"""

from __future__ import annotations

from functools import lru_cache

from ..errors import DataFileError
from ..nlp.extensions import token_words
from .compose import HYPHENS, actor_fields
from .held_places import _held_on
from .kb import read_actor_table, split_cell
from .records import ActorMention

#: Kinds of the place mentions a seat may be ("Tripoli" after "à" is a place; before a hyphen an alias).
SEAT_KINDS = frozenset({"place", "alias", "name"})


@lru_cache(maxsize=1)
def seats() -> dict[str, list[tuple[str, str, str | None, str | None]]]:
    """Lower-cased place or region word -> ``[(state code, actor id, start, end)]``."""
    out: dict[str, list] = {}
    for n, row in enumerate(read_actor_table("government_seats.tsv"), start=2):
        names = split_cell(row["places"])
        if not names or not row["state"] or not row["actor"]:
            raise DataFileError(f"graph/data/actors/government_seats.tsv: line {n} needs a state, places and an actor")
        for name in names:
            out.setdefault(name.lower().replace("’", "'"), []).append(
                (row["state"], row["actor"], row.get("start") or None, row.get("end") or None))
    return out


def seat_actor(place: str, state: str | None, date: str | None) -> str | None:
    """The actor whose government sits at ``place`` (a city, or a region word of ``state``) at
    ``date``, from the table; ``None`` when it lists none."""
    day = (date or "")[:10]
    return next((actor for code, actor, start, end in seats().get(place.lower().replace("’", "'"), ())
                 if (state is None or code == state) and _held_on(start, end, day)), None)


def _city(m: ActorMention, date: str | None) -> str | None:
    """The actor a government seated in the city of mention ``m`` is: the table's, else the
    state the city names (a capital)."""
    found = seat_actor(m.text, None, date)
    if found is None and m.code and m.type == "State" and m.actor_id == m.code:
        return m.code
    return found


def _before(doc, m: ActorMention, lex, date) -> tuple[int, int, str] | None:
    """ "the Tripoli-based government" at place mention ``m``: (start, end, actor) or ``None``."""
    e = m.token_end
    if e + 2 < len(doc) and doc[e].text in HYPHENS and doc[e + 1].lower_ in lex.seat_participles \
            and doc[e + 2].lower_ in lex.seat_nouns:
        actor = _city(m, date)
        return (m.token_start, e + 3, actor) if actor else None
    return None


def _region_before(doc, i: int, owners: dict, lex, date) -> tuple[int, int, str] | None:
    """ "Libya's eastern-based government": the region word at ``i`` of the state whose
    possessive mention ends right before it (``owners``: token end -> mention)."""
    if not (i + 3 < len(doc) and doc[i + 1].text in HYPHENS and doc[i + 2].lower_ in lex.seat_participles
            and doc[i + 3].lower_ in lex.seat_nouns):
        return None
    owner = owners.get(i) or owners.get(i - 1)  # "Libya 's eastern"
    actor = seat_actor(doc[i].lower_, owner.code, date) if owner is not None and owner.code else None
    return (owner.token_start, i + 4, actor) if actor else None


def _after(doc, n: int, places: dict, owners: dict, lex, date) -> tuple[int, int, str] | None:
    """ "le gouvernement basé à Tripoli", "installé dans l'est de la Libye": the seat noun at ``n``."""
    j = n + 1
    if j + 1 >= len(doc) or doc[j].lower_ not in lex.seat_participles or doc[j + 1].lower_ not in lex.place_prepositions:
        return None
    j += 2
    while j < len(doc) and doc[j].lower_ in lex.determiners:
        j += 1
    if j in places:
        m = places[j]
        actor = _city(m, date)
        return (n, m.token_end, actor) if actor else None
    k = j + 1
    while k < len(doc) and (doc[k].lower_ in lex.of_words or doc[k].lower_ in lex.determiners):
        k += 1  # "l'est | de la | Libye"
    owner = next((o for o in owners.values() if o.token_start == k), None)
    actor = seat_actor(doc[j].lower_, owner.code, date) if j < len(doc) and owner is not None and owner.code else None
    return (n, owner.token_end, actor) if actor else None


def seated_governments(doc, mentions: list, kb, lex, date: str | None, lang: str) -> list:
    """``mentions`` with a ``nominal`` mention for each government named by its seat (see the
    module), the mentions inside it dropped."""
    if not lex.seat_participles:
        return mentions
    words = token_words(doc)  # (pos, lemma, lower) of each token, read once (no Token a word)
    if not any(w[2] in lex.seat_nouns for w in words):
        return mentions  # (every shape needs a seat noun)
    places = {m.token_start: m for m in mentions if m.kind in SEAT_KINDS}
    owners = {m.token_end: m for m in mentions if m.code and m.type == "State"}
    found = [s for m in mentions if m.kind in SEAT_KINDS for s in [_before(doc, m, lex, date)] if s]
    cities = seats()
    found += [s for i, (pos, _, low) in enumerate(words) if low in cities and pos != "PROPN"
              for s in [_region_before(doc, i, owners, lex, date)] if s]
    found += [s for i, w in enumerate(words) if w[2] in lex.seat_nouns
              for s in [_after(doc, i, places, owners, lex, date)] if s]
    out = []
    for s, e, actor in found:
        if kb.get(actor) is None or any(x.token_start < e and s < x.token_end for x in out):
            continue
        if s > 0 and doc[s - 1].lower_ in lex.determiners:
            s -= 1
        fields = actor_fields(kb, actor, date, lang)
        out.append(ActorMention(start=doc[s].idx, end=doc[e - 1].idx + len(doc[e - 1]), token_start=s, token_end=e,
                                text=doc[s:e].text, kind="nominal",
                                **dict(fields, sector=fields["sector"] or "government")))
    if not out:
        return mentions
    kept = [m for m in mentions if not any(x.token_start < m.token_end and m.token_start < x.token_end for x in out)]
    return sorted(kept + out, key=lambda m: (m.token_start, m.token_end))
