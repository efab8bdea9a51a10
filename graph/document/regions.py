"""Divided states named by their half: "the North", "the South", "le Nord", "the mainland".

A document about a divided state's conflict names its two sides by the half of the country they
hold once it has named them: "South Korean howitzers returned fire at the North's positions"
(North Korea), "if the South violated its waters" (South Korea), "Khartoum accused the South"
(South Sudan), "le Nord" of Cyprus (the Turkish Cypriot state). The divided states are data:
``graph/data/actors/divided_states.tsv`` gives each pair's halves ("north", "south", "island",
"mainland") and their actor codes; the language's ``document.json``
``region_words`` maps a half to its words (North / Nord; "island" / île). A region word with a
definite determiner and no name after it stands for the code of its half in the one pair of the
document whose two codes were both named before it; none or two such pairs: no one. North and
South must be capitalised ("in the north of the country" is a place, not a side).

Example
-------
"North Korea shelled an island. South Korea fired back at the North's guns.": "the North" is PRK.
"""

from __future__ import annotations

from functools import lru_cache

from ..actors.kb import read_actor_table
from ..nlp.extensions import token_words

#: Halves that are a side only when capitalised ("the North", not "the north of the country").
CAPITALISED = frozenset({"north", "south"})


@lru_cache(maxsize=1)
def divided_states() -> tuple[dict, ...]:
    """The divided states of ``graph/data/actors/divided_states.tsv``: half -> actor code, per pair."""
    pairs: dict[str, dict] = {}
    for row in read_actor_table("divided_states.tsv"):
        pairs.setdefault(row["pair"], {})[row["half"]] = row["code"]
    return tuple(pairs.values())


def region_sides(res, refs: list, added: list) -> None:
    """Resolve "the North" / "le Sud" / "the mainland" to the half of the document's divided
    state (see the module); append to ``refs`` and ``added``.

    Why: a divided state's conflict calls its sides by their halves after naming them once.

    Example
    -------
    "Seoul said the North must stop.", after "North Korea" and "South Korea" were named: PRK.
    """
    words = {w: half for half, ws in getattr(res.lex, "region_words", {}).items() for w in ws}
    if not words:
        return
    doc = res.doc
    for i, (_, _, lower) in enumerate(token_words(doc)):
        half = words.get(lower)
        if half is None:
            continue
        t = doc[i]
        if t.i in res.covered or t.i == 0 or (half in CAPITALISED and not t.text[:1].isupper()):
            continue
        if doc[t.i - 1].lower_ not in res.lex.definite_determiners or t.i + 1 < len(doc) and (
                doc[t.i + 1].pos_ in ("PROPN", "ADJ") or doc[t.i + 1].text[:1].isupper() and not doc[t.i + 1].is_punct):
            continue  # "the North Korean army", "the South China Sea", "le continent africain": not a half
        named = {m["code"] for m in res.coded if m["token_start"] < t.i and m.get("kind") != "pronoun"}
        pairs = [p for p in divided_states() if half in p and set(p.values()) <= named]
        keys = [pairs[0][half]] if len(pairs) == 1 else []
        if keys:
            res._emit(t.i, t.i + 1, "region", keys, f"{half} of {'/'.join(sorted(pairs[0].values()))}", refs, added)
