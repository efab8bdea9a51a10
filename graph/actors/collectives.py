"""Names of several states at once: "the two Koreas", "les deux Corées", "the Baltic states"
are one mention per state, all on the same span, so what they do together is read for each of
them (and, for a mutual relation, between them: "the two Koreas will meet").

The names are data: ``graph/data/actors/collectives.tsv`` (``name``, matched case-insensitively
on whole tokens; ``codes``, ``;``-separated states; ``note``). The pass runs on the mentions of
the recognisers, before coreference (:meth:`graph.actors.resolve.Resolver.__call__`), so "they"
and "the two neighbours" after it find the states; a mention inside such a name ("Koreas") is
replaced.

Example
-------
>>> collective_names()["the two koreas"]
('KOR', 'PRK')
"""

from __future__ import annotations

from functools import lru_cache

from ..errors import DataFileError
from ..nlp.extensions import lower_words
from .compose import actor_fields
from .kb import read_actor_table, split_cell
from .records import ActorMention


@lru_cache(maxsize=1)
def collective_names() -> dict[str, tuple[str, ...]]:
    """Lower-cased name (words separated by single spaces) -> the codes of the states it names."""
    out = {}
    for n, row in enumerate(read_actor_table("collectives.tsv"), start=2):
        codes = tuple(split_cell(row["codes"]))
        if not row["name"].strip() or len(codes) < 2:
            raise DataFileError(f"graph/data/actors/collectives.tsv: line {n} needs a name and two codes or more")
        out[" ".join(row["name"].lower().replace("’", "'").split())] = codes
    return out


@lru_cache(maxsize=1)
def _name_starts() -> frozenset[str]:
    """What a name's first token can be: each part of a name before one of its spaces."""
    return frozenset(n[:p] for n in collective_names() for p, c in enumerate(n) if c == " ")


def collectives(doc, mentions: list, kb, date: str | None, lang: str) -> list:
    """``mentions`` with one mention per state of each collective name of ``doc`` (see the
    module), the mentions inside such a name dropped."""
    names, starts = collective_names(), _name_starts()
    longest = max(len(n.split()) for n in names)
    words = [w.replace("’", "'") for w in lower_words(doc)]
    found = []
    i = 0
    while i < len(words):
        if words[i] not in starts:  # no name begins with this word: nothing to join and look up
            i += 1
            continue
        for k in range(min(longest, len(words) - i), 1, -1):
            codes = names.get(" ".join(words[i:i + k]))
            if codes:
                found.append((i, i + k, codes))
                i += k - 1
                break
        i += 1
    if not found:
        return mentions
    inside = {j for s, e, _ in found for j in range(s, e)}
    out = [m for m in mentions if not any(j in inside for j in range(m.token_start, m.token_end))]
    for s, e, codes in found:
        span = doc[s:e]
        for code in codes:
            fields = actor_fields(kb, code, date, lang)
            out.append(ActorMention(start=span.start_char, end=span.end_char, token_start=s, token_end=e,
                                    text=span.text, kind="name", plural=True, **fields))
    out.sort(key=lambda m: (m.token_start, m.token_end))
    return out
