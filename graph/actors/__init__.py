"""Actor stage: the knowledge base of diplomatic actors and their resolution in text.

- :mod:`graph.actors.kb`: :func:`load_kb` -> :class:`KnowledgeBase` (states, organisations,
  groups, media, people with dated :class:`Role` records), read from ``graph/data/actors/``;
- :mod:`graph.actors.component`: ``add_actor_components(nlp, lang)`` adds the ruler and the
  ``dipgraph_actors`` component that sets ``doc._.mentions``;
- :mod:`graph.actors.resolve`: :func:`mention_at` / :func:`mentions_at`, the look-ups the
  events stage uses;
- inside the stage: the recognisers (:mod:`graph.actors.recognise`, :mod:`graph.actors.known`)
  make typed :class:`~graph.actors.records.ActorMention` records, whose ``pending`` need picks
  a coreference handler (:mod:`graph.actors.coref`, :mod:`graph.actors.states`,
  :mod:`graph.actors.pairs`, :mod:`graph.actors.salience`); ``doc._.mentions`` holds their
  public rows (:meth:`graph.model.Mention.to_json`).

See ``docs/actors.md`` for how the base is organised and how to extend it.
"""

from .kb import KnowledgeBase, Role, load_kb
from .resolve import mention_at, mentions_at

__all__ = ["KnowledgeBase", "Role", "load_kb", "mention_at", "mentions_at"]
