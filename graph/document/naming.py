"""Anaphors named by their apposition: "The group, known as ISIS-K, ..." is ISIS-K.

A definite anaphor that the actor stage or the document model bound to an actor by salience
("the group", "the militia", "le mouvement") and that is followed by a comma and a naming
participle (``naming_words`` of ``document.json``: known, called, dubbed; connu, appelé,
surnommé) names its referent itself: the one actor named within ``NAME_WINDOW`` tokens after the
participle, before the next comma or full stop. Its mention is rewritten to that actor; two
actors named there, or none, leave it as it was; so does a personal pronoun, an anaphor that
is the word's subject ("The group called on X") or a word followed by a call's preposition
(``naming_blockers``: "appelé à la retenue par X").

Example
-------
>>> NAME_WINDOW
6
"""

from __future__ import annotations

from ..model import Reference

#: Tokens after the naming participle searched for the name ("connu sous le nom de X").
NAME_WINDOW = 6
_FIELDS = ("actor_id", "label", "type", "code", "sector")


def _named(res, j: int) -> list[dict]:
    """Named (not pronoun) coded mentions starting within ``NAME_WINDOW`` tokens after token ``j``,
    before the next comma or sentence end."""
    doc = res.doc
    stop = j + 1
    while stop < min(len(doc), j + NAME_WINDOW + 1) and doc[stop].text not in (",", ";", ".", ")"):
        stop += 1
    return [m for m in res.coded if j < m["token_start"] < stop and m.get("kind") != "pronoun"]


def _no_naming(res, s: int, e: int, j: int) -> bool:
    """The word at ``j`` is no naming participle of the anaphor ``[s, e)``: the anaphor is a
    personal pronoun ("He called Israel's raid a crime"), the word's subject ("The group called
    on Rwanda") or a call follows ("le mouvement, appelé à la retenue par le Kenya")."""
    doc = res.doc
    root = doc[s:e].root
    return (root.pos_ == "PRON" or root.head.i == j
            or j + 1 < len(doc) and doc[j + 1].lower_ in res.lex.naming_blockers)


def named_anaphors(res, refs: list, added: list) -> None:
    """Rewrite anaphors followed by ", known as X" to X (see the module docstring)."""
    doc, words = res.doc, res.lex.naming_words
    spans: dict[tuple[int, int], list[dict]] = {}
    for m in [*res.mentions, *added]:
        if m.get("kind") == "pronoun" and m.get("code"):
            spans.setdefault((m["token_start"], m["token_end"]), []).append(m)
    for (s, e), ms in spans.items():
        j = e + 1 if e < len(doc) and doc[e].text == "," else e
        if len(ms) != 1 or j >= len(doc) or doc[j].lower_ not in words or _no_naming(res, s, e, j):
            continue
        names = _named(res, j)
        if len({m["code"] for m in names}) != 1 or names[0]["code"] == ms[0]["code"]:
            continue
        ms[0].update({k: names[0][k] for k in _FIELDS})
        span = doc[s:e]
        refs.append(Reference(text=span.text, start=span.start_char, end=span.end_char, kind="nominal",
                              antecedents=(names[0]["code"],), why=f"named by its apposition ({doc[j].text})"))
        res.revised = True
