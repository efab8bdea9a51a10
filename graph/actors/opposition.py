"""A bare definite opposition noun is the opposition of the state the text is about: "the
government and the opposition resumed talks", "le gouvernement vénézuélien et l'opposition"
(GUIDELINES §2: an opposition acting as a party of its own takes ``<state>_OPP``).

The phrase ("the opposition", "l'opposition": ``opposition_nouns`` after a definite
determiner, heading its phrase: not "the opposition to the plan" nor "the opposition leader")
is pending ``opposition``; coreference gives it the state a bare body noun would take ("the
government": the state named right after it, else the state the last two sentences are
about, :meth:`graph.actors.states.StateAnaphors.body`), and this module makes that state's
opposition of it (:func:`graph.actors.compose.opposition_actor`). With no state in focus the
phrase is no mention. Importing the module registers the phrase and the need.

Example
-------
>>> from graph.actors.recognise import PHRASES
>>> from graph.actors.coref import HANDLERS
>>> "OPPOSITION" in PHRASES, "opposition" in HANDLERS
(True, True)
"""

from __future__ import annotations

from .compose import opposition_actor, strip_det
from .coref import handles
from .records import ActorMention, Pending
from .recognise import phrase


def _complement(doc, j: int, noun: int) -> bool:
    """Whether the preposition at ``j`` opens a complement of the noun at ``noun`` (English: the
    preposition hangs on the noun; UD: on the complement, which hangs on the noun), not of the
    verb ("accused the opposition of sabotage")."""
    tok = doc[j]
    return tok.pos_ == "ADP" and (tok.head.i == noun or tok.head.head.i == noun and tok.head.i != noun)


@phrase("OPPOSITION")
def bare_opposition(r, scan, s: int, e: int, key: str) -> ActorMention | None:
    """"the opposition" on its own, definite, heading its phrase: pending the state in focus."""
    doc, lex = scan.doc, r.lex
    if s == 0 or doc[s - 1].lower_ not in lex.definite_determiners or scan.taken[s - 1] \
            or e < len(doc) and (doc[e].pos_ in ("NOUN", "PROPN") or _complement(doc, e, e - 1)):
        return None  # ("the opposition to the plan", "l'opposition au projet", "the opposition leader X")
    return r.mention(doc, s - 1, e, {"label": strip_det(doc, s - 1, e, lex)}, "pronoun",
                     pending=Pending("opposition"))


@handles("opposition")
def state_opposition(st, m: ActorMention) -> list[dict]:
    """The opposition of the state the bare noun's context is about (none without a state)."""
    states = [f for f in st.body(m) if f.get("type") == "State" and f.get("code")]
    return [opposition_actor(states[0]["code"], m.label or m.text)] if states else []
