"""References to the sides of the conflict: "both sides", "the two countries", "the parties".

- **pair anaphors of the actor stage** ("both sides", "the parties to the conflict", "the two
  countries", "les belligérants"), which the actor stage resolved by recency alone, are revised
  against the frame: the frame's two sides when they fit (``pair_any`` anaphors always;
  ``pair`` and ``pair_person`` ones ("the two leaders": the sides' codes) when the actor stage's
  pair holds a mediator, or, any of them, the clause's own subject or by-agent ("X urged the two
  leaders to ...": X is not one of them; with no sides that fit, no event). When the actor stage's pair and
  the frame's sides are two different, plausible pairs ("Fighting between A and B ... C and D
  met ... X urged the two countries"), the reference is ambiguous: its mentions are dropped and
  no event is made from it; unless the actor stage's pair is the coordination named just before
  it (its sentence or the one before, no other actor in between: "C and D met on Monday. The two
  countries agreed ..."), which it keeps. A pair anaphor that claims a conflict (a ``warring_words`` word:
  "the warring parties", "les belligérants") in a document whose frame has no two sides names no
  one (no event): the actor stage's two most recent states need not be at war.
- **side nouns** ("the parties", "the belligerents", "les parties": a definite plural of
  ``side_nouns``, which lists plural forms, with no number and no actor of its own): the frame's two sides when there are
  two that fit and were named before; else ambiguous (no event).

Example
-------
>>> SIDE_TYPES == {"State", "DeFactoAuthority", "ArmedGroup"}
True
"""

from __future__ import annotations

from ..actors.deps import NOUN_MODIFIER_DEPS, PREPOSITION_DEPS
from ..model import Reference
from .conflict import OPPOSITION_SUFFIX
from .frame import SIDE_TYPES, coordination_before
#: Actor types of a ``pair`` anaphor ("the two countries").
STATE_TYPES = frozenset({"State", "DeFactoAuthority"})


def _sides_fit(res, tok_index: int, types: frozenset) -> bool:
    """The frame has two sides of ``types``, both named before, none the clause's subject, a
    by-agent or a mediator."""
    sides = res.model.sides
    if len(sides) != 2:
        return False
    known = {e.code: e for e in res.model.entities}
    exclude = res._clause_subjects(res.doc[tok_index]) | res._agents(tok_index) | set(res.model.mediators)
    here = res.sents.of_token(tok_index)
    def typed(x):  # a state's opposition (``VEN_OPP``) has no actor type but is a side
        return known[x].type in types or types == SIDE_TYPES and x.endswith(OPPOSITION_SUFFIX)
    return not any(x in exclude or x not in known or not typed(x) or known[x].first_sentence > here for x in sides)


def pairs(res, refs: list, added: list) -> None:
    """Revise the actor stage's pair anaphors against the frame (see the module docstring)."""
    anaphors = res.actor_anaphors
    sides = res.model.sides
    spans: dict[tuple[int, int], list[dict]] = {}
    for m in res.mentions:
        if m.get("kind") == "pronoun" and m.get("code"):
            spans.setdefault((m["token_start"], m["token_end"]), []).append(m)
    for (s, e), ms in spans.items():
        category = anaphors.get(res.doc[s:e].text.lower())
        codes = {m["code"] for m in ms}
        if len(ms) != 2 or category not in ("pair", "pair_any", "pair_person") or codes == set(sides):
            continue
        span = res.doc[s:e]
        fit = _sides_fit(res, s, STATE_TYPES if category == "pair" else SIDE_TYPES)
        if codes & (res._clause_subjects(span.root) | res._agents(s)):
            # "X urged the two leaders to...": the recency pair holds X itself, which is wrong
            _revise_or_drop(res, refs, span, ms, codes, fit)
            continue
        if category == "pair_person":
            if codes & set(res.model.mediators):
                _revise_or_drop(res, refs, span, ms, codes, fit)
            continue
        if len(sides) < 2 and any(w.lower_ in res.lex.warring_words for w in span):
            # "the warring parties" in a document whose frame has no sides: no one at war is named
            for m in ms:
                res.mentions.remove(m)
            refs.append(Reference(text=span.text, start=span.start_char, end=span.end_char, kind="pair",
                                  ambiguous=True, why="no sides in the frame"))
            res.revised = True
            continue
        if category == "pair" and not codes & set(res.model.mediators):
            if fit and not codes & set(sides) and _just_named(res, s, codes):
                refs.append(Reference(text=span.text, start=span.start_char, end=span.end_char, kind="pair",
                                      antecedents=tuple(sorted(codes)), why="the pair named just before"))
            elif fit and not codes & set(sides):  # two pairs, both plausible: no event
                for m in ms:
                    res.mentions.remove(m)
                refs.append(Reference(text=span.text, start=span.start_char, end=span.end_char, kind="pair",
                                      ambiguous=True, why=f"frame sides or {','.join(sorted(codes))}"))
                res.revised = True
            continue
        if not fit:
            continue
        for m, code in zip(ms, sides):
            m.update(res._fields(code))
        refs.append(Reference(text=span.text, start=span.start_char, end=span.end_char, kind="pair",
                              antecedents=tuple(sides), why=f"frame sides (actor stage: {','.join(sorted(codes))})"))
        res.revised = True


def _just_named(res, i: int, codes: set) -> bool:
    """The actor stage's pair ``codes`` is the coordination named just before token ``i`` ("C and
    D met on Monday; the two countries ..."): it wins over the frame's sides."""
    def fits(m):
        return True
    return set(coordination_before(res.doc, res.coded, res.sents, i, fits)) == codes


def _revise_or_drop(res, refs: list, span, ms: list[dict], codes: set, fit: bool) -> None:
    """The actor stage's pair ``ms`` holds an actor that cannot be one of the two (the clause's
    own subject or agent, a mediator): the frame's sides when they ``fit``, else no one."""
    if fit:
        for m, code in zip(ms, res.model.sides):
            m.update(res._fields(code))
        refs.append(Reference(text=span.text, start=span.start_char, end=span.end_char, kind="pair",
                              antecedents=tuple(res.model.sides),
                              why=f"frame sides (actor stage: {','.join(sorted(codes))})"))
    else:
        for m in ms:
            res.mentions.remove(m)
        refs.append(Reference(text=span.text, start=span.start_char, end=span.end_char, kind="pair",
                              ambiguous=True, why=f"actor stage pair {','.join(sorted(codes))} holds the clause's actor"))
    res.revised = True


def side_nouns(res, refs: list, added: list) -> None:
    """"The parties", "les belligérants": the frame's two sides, else ambiguous."""
    doc, lex = res.doc, res.lex
    for i, (pos, _, lower) in enumerate(res.words):
        if pos != "NOUN" or lower not in lex.side_nouns:
            continue  # (a Token only for a side noun)
        t = doc[i]
        if t.i in res.covered or t.pos_ != "NOUN" or t.lower_ not in lex.side_nouns \
                or t.morph.get("Number") == ["Sing"]:
            continue
        start = t.i - 1
        while start >= 0 and doc[start].pos_ == "ADJ" and doc[start].lower_ not in lex.group_numbers:
            start -= 1
        if start < 0 or doc[start].lower_ not in lex.definite_determiners or any(
                c.lower_ in lex.group_numbers or c.pos_ == "NUM" for c in t.children):
            continue
        if any(x.i in res.covered for x in t.subtree if x.i != t.i) or any(
                c.dep_ in NOUN_MODIFIER_DEPS | PREPOSITION_DEPS for c in t.children if c.i > t.i):
            continue  # "the parties of the coalition", "the parties to the deal": not the sides
        keys = list(res.model.sides) if _sides_fit(res, t.i, SIDE_TYPES) else []
        res._emit(start, t.i + 1, "sides", keys, "the frame's two sides", refs, added)
