"""Names shared by several states: bare "Congo" is the Congo the document names elsewhere by
an unambiguous name ("the Republic of Congo", "Brazzaville", "RDC", "Kinshasa"), else the
default of the table.

The table is data: ``graph/data/actors/ambiguous.tsv`` (``form``: the shared name or demonym,
matched case-insensitively as the whole mention or, in a nominal, as one of its words;
``candidates``: the codes it may stand for, ``;``-separated; ``default``: the code when the
document names none or several of them by other names; ``note``; ``states``: for candidates
that are groups of one people in several states, the state of each, so "Kurdish forces" in a
text naming Syria and no other of those states are the SDF). The pass runs on named
mentions before coreference (:meth:`graph.actors.resolve.Resolver.__call__`), so "the country"
after "Congo" takes the code chosen here.

Example
-------
>>> table = ambiguous_table()
>>> table["congo"]
(('COD', 'COG'), 'COD')
"""

from __future__ import annotations

from functools import lru_cache

from ..errors import DataFileError
from .compose import actor_fields
from .held_places import holds_a_place
from .kb import read_actor_table, split_cell


@lru_cache(maxsize=1)
def ambiguous_table() -> dict[str, tuple[tuple[str, ...], str]]:
    """Lower-cased shared form -> (candidate codes, default code)."""
    out = {}
    for n, row in enumerate(read_actor_table("ambiguous.tsv"), start=2):
        cands = tuple(split_cell(row["candidates"]))
        default = row["default"].strip()
        if not row["form"].strip() or len(cands) < 2 or default not in cands:
            raise DataFileError(f"graph/data/actors/ambiguous.tsv: line {n} needs a form, two candidates or more and a default among them")
        if row.get("states") and len(split_cell(row["states"])) != len(cands):
            raise DataFileError(f"graph/data/actors/ambiguous.tsv: line {n}: one state per candidate")
        out[row["form"].strip().lower()] = (cands, default)
    return out


@lru_cache(maxsize=1)
def candidate_states() -> dict[str, dict[str, tuple[str, ...]]]:
    """Lower-cased shared form -> {state code: candidate codes} for the forms whose candidates
    live in states (``states`` column: "Kurdish" is Iraq's KRG, Syria's SDF or YPG, Turkey's PKK).

    >>> candidate_states()["kurdish"]["SYR"]
    ('SDF', 'YPG')
    """
    out: dict[str, dict[str, tuple[str, ...]]] = {}
    for row in read_actor_table("ambiguous.tsv"):
        for state, cand in zip(split_cell(row.get("states")), split_cell(row["candidates"])):
            homes = out.setdefault(row["form"].strip().lower(), {})
            homes[state] = (*homes.get(state, ()), cand)
    return out


def _governs(kb, code: str, date: str | None) -> bool:
    """Whether candidate ``code`` can be a people's "authorities": no armed group, or one holding
    a place at ``date`` (``held_places.tsv``): "the Kurdish authorities" are never the PKK."""
    actor = kb.get(kb.actor_for_code(code) or code)
    return actor is None or actor.type != "ArmedGroup" or holds_a_place(actor.id, date)


def _home_choice(m, mentions: list, homes: dict, others: list[str], named: set) -> list[str]:
    """The candidates of a people's demonym ("Kurdish forces"): the group named right after it
    ("the Kurdish YPG"), else the one named elsewhere, else the group of the state named right
    after it ("in Syria"), else of the one state named as a place, else of the first state the
    document names; in that state, the group the document names, else its first."""
    cands = {c for group in homes.values() for c in group}
    after = [x.code for x in mentions if x.token_start == m.token_end and x.code in cands]
    if after or len(others) == 1:
        return after[:1] or others
    near = {x.code for x in mentions if x.code in homes and 0 <= x.token_start - m.token_end <= 3}
    places = {x.code for x in mentions if x.code in homes and x.kind == "place"}
    first = next(([x.code] for x in mentions if x.code in homes), [])  # the state the text is first about
    state = next((next(iter(c)) for c in (near, places) if len(c) == 1), first[0] if first else None)
    if state is None:
        return []
    group = homes[state]
    return [next((c for c in group if c in named), group[0])]


def _shared_form(m, kb, lex, table) -> str | None:
    """The shared form ``m`` is written with, or ``None``: the whole mention without its
    determiner ("Congo", "le Congo"), or one word of a nominal naming a candidate ("the
    Congolese army")."""
    words = m.text.lower().replace("’", "'").split()
    if m.pending is not None and m.pending.need != "other" and not set(words) & candidate_states().keys() \
            or m.type == "Person":  # ("Kurdish rebels": the Kurdish group, not rebels of a state)
        return None  # (an unknown name "Congo" is pending "other"; a title's holder keeps his state)
    while len(words) > 1 and (words[0] in lex.determiners or words[0].endswith("'") and words[0] in lex.determiners):
        words = words[1:]
    if " ".join(words) in table:
        return " ".join(words)
    if m.kind in ("nominal", "title"):
        form = next((w for w in words if w in table and (m.code in table[w][0] or m.pending is not None)), None)
        text = " ".join(words)
        longer = form and any(len(n) > len(form) and n.lower() in text for c in table[form][0]
                              for names in kb.labels(c).values() for n in names)
        return None if longer else form  # ("le président de la République du Congo": named in full)
    return None


def _several_bodies(m, doc, lex) -> bool:
    """Whether a people's demonym ``m`` names several bodies or a population, no one group:
    "Kurdish groups", "Kurdish armed groups", "les groupes kurdes" (``people_group_nouns``),
    "Kurdish civilians" (``population_nouns``)."""
    if doc is None:
        return False
    last = m.text.lower().split()[-1]
    if m.kind == "nominal" and (last in lex.population_nouns or last in lex.people_group_nouns):
        return True
    step = -1 if lex.adjective_after_noun else 1
    j = m.token_start - 1 if step < 0 else m.token_end
    for _ in range(3):  # (up to two adjectives between: "Kurdish armed groups")
        if not 0 <= j < len(doc) or not doc[j].is_alpha or doc[j].is_title and step > 0:
            return False
        if doc[j].lower_ in lex.people_group_nouns:
            return True
        j += step
    return False


def disambiguate(mentions: list, kb, lex, date: str | None, lang: str, doc=None) -> list:
    """``mentions`` with each one written with a shared form (see the module) standing for
    the candidate the document names otherwise, else the table's default; a people's demonym
    naming several bodies ("Kurdish groups") stands for no actor."""
    table = ambiguous_table()
    shared = {id(m): _shared_form(m, kb, lex, table) for m in mentions}
    named = {m.code for m in mentions if m.pending is None and not shared[id(m)] and m.code}
    for m in mentions:
        form = shared[id(m)]
        if not form:
            continue
        cands, default = table[form]
        others = [c for c in cands if c in named]
        homes = candidate_states().get(form, {})
        if homes and _several_bodies(m, doc, lex):
            m.assign({"actor_id": f"people/{form}", "label": m.text, "type": "Unknown", "code": None, "sector": None})
            m.pending = None
            continue
        if m.sector == "government":  # "the Kurdish authorities": a candidate that governs
            homes = {s: g for s, g in ((s, tuple(c for c in g if _governs(kb, c, date))) for s, g in homes.items()) if g}
            others = [c for c in others if _governs(kb, c, date)]
        if homes:  # "Kurdish forces" in a text naming Syria alone: the SDF
            others = _home_choice(m, mentions, homes, others, named)
        code = others[0] if len(others) == 1 else default
        if code == m.code:
            continue
        fields = actor_fields(kb, kb.actor_for_code(code) or code, date, lang)
        keep = {"label": m.label, "sector": m.sector} if m.kind in ("nominal", "title") else {}
        m.assign({**fields, **{k: v for k, v in keep.items() if v}})
        m.pending = None
    return mentions
