"""A state's own organ named like an international one is the state's: "Iran's Supreme National
Security Council", "Turkey's National Security Council", "le Conseil de sécurité nationale
iranien" are Iran's and Turkey's, not the UN Security Council (GUIDELINES §2: a state's
government and its bodies take the state's code; the UN's organs take ``UN``).

The base names the UN's organ "Security Council", "Conseil de sécurité"; the language's lexicon
lists the state organs whose names hold it as sector nouns (``sector_nouns``: "national security
council", "conseil de sécurité nationale"), which the composition of a state with a sector noun
reads ("Iran's ...", "... iranien": :mod:`graph.actors.compose`). An organisation's name that
is only part of a longer sector noun at the same place is therefore no mention of the
organisation (:func:`inside_state_organ`): the longer phrase is, and its state is the one the
possessive, the national adjective or the complement names. "The Security Council" and "the UN
Security Council" stay the UN's.

Example
-------
"Le Conseil de sécurité nationale turc a mis en garde Athènes": "Conseil de sécurité" (the UN's
name) lies inside the sector noun "conseil de sécurité nationale" -> no UN mention; the sector
noun composed with "turc" is Turkey's.
"""

from __future__ import annotations

#: The most tokens a sector noun may run before the organisation's name ("supreme national").
MAX_LEAD = 3


def inside_state_organ(scan, ent, actor) -> bool:
    """Whether the name ``ent`` of the organisation ``actor`` (not a state, not a person) is only
    part of a longer sector noun of the lexicon covering it (see the module)."""
    if actor.type in ("State", "Person"):
        return False
    for s in range(max(0, ent.start - MAX_LEAD), ent.start + 1):
        item = scan.by_start.get(s)
        if item is not None and item[0] == "SECTOR" and item[2] <= ent.start and item[3] >= ent.end \
                and item[3] - item[2] > ent.end - ent.start:
            return True
    return False
