"""The records of the actor stage while it resolves a document: what a mention still needs.

A recogniser (:mod:`graph.actors.recognise`) finds spans and makes :class:`ActorMention`
records: the public :class:`graph.model.Mention` fields plus what coreference
(:mod:`graph.actors.coref`) reads: ``pending`` (the antecedent the mention needs, or ``None``
when it names its actor itself), ``plural``, ``appos`` and the ``sentence`` index. The stage
writes only the public fields (:meth:`graph.model.Mention.to_json`) into ``Doc._.mentions``.

``Pending.need`` names the coreference handler (:data:`graph.actors.coref.HANDLERS`):

- ``person``: a name of a person (the base's ``person`` id, or an affiliation from the title
  next to it), or a bare surname named in full before;
- ``surname``: a surname of the base (``candidates``: the people sharing it);
- ``other``: an entity the base does not know, which may be a surname named before (``drop``:
  a capitalised word NER missed, kept only then);
- ``pronoun`` (``features``: person, gender, number), ``title`` (``roles``), ``body`` ("the
  army"), and the anaphor kinds of the actor lexicon (``latter``, ``former``, ``pair``,
  ``pair_any``, ``pair_person``, ``country``, ``separatists``; ``state``: the nationality
  adjective's code, ``breakaway``: the breakaway authority named).

Example
-------
>>> m = ActorMention(start=0, end=3, token_start=0, token_end=1, text="him", kind="pronoun",
...                  pending=Pending("pronoun", features={"person": True, "number": "sg"}))
>>> m.pending.need, m.to_json()["actor_id"], "pending" in m.to_json()
('pronoun', None, False)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping

from ..model import Mention

#: The needs that resolve to a pronoun mention (their span does not name the actor).
PRONOUN_NEEDS = frozenset({"pronoun", "latter", "former", "pair", "pair_any", "pair_person", "country", "body"})
#: The needs of names (a person named in full before may stand behind them).
NAME_NEEDS = frozenset({"person", "surname", "other"})


@dataclass(frozen=True)
class Pending:
    """The antecedent a mention needs: of kind ``need``, with what finding it reads (see the
    module docstring for which field each need uses)."""

    need: str
    name: str | None = None
    person: str | None = None
    candidates: tuple[str, ...] = ()
    affiliation: Mapping[str, Any] | None = None
    features: Mapping[str, Any] = field(default_factory=dict)
    roles: tuple[str, ...] = ()
    state: str | None = None
    breakaway: str | None = None
    drop: bool = False
    acts_for: str | None = None  # a person's: the actor of the role its title names ("rebel leader X")


@dataclass
class ActorMention(Mention):
    """A mention while the actor stage resolves it.

    ``pending`` is what it needs from the context (``None``: resolved), ``plural`` its
    grammatical number for agreement, ``appos`` the first token of a person set off by commas
    from this title ("X, Armenia's ambassador"), ``sentence`` the index of its sentence (set
    by coreference).
    """

    pending: Pending | None = None
    plural: bool = False
    appos: int | None = None
    sentence: int = -1

    @property
    def span(self) -> range:
        """The token indices of the mention."""
        return range(self.token_start, self.token_end)

