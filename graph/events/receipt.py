"""Who a received cue noun comes from when the French parser took the giver for an object.

"La France a reçu du Mali une demande de retrait", "a reçu des autorités maliennes une
demande": the de-phrase before the received noun ("du", "des" read as a partitive article) is
tagged as a second direct object of the receiving verb (``receiver_verbs`` of grammar.json).

Example
-------
>>> giver_objects(None, None, None)
[]
"""

from __future__ import annotations

from ..actors.deps import VERB_OBJECT_DEPS


def giver_objects(args, recv, n) -> list[dict]:
    """Actors of the objects of the receiving verb ``recv`` that stand before the received noun
    ``n`` and open with an of-preposition ("a reçu du Mali une demande"): who gave ``n``."""
    if args is None or n.dep_ not in VERB_OBJECT_DEPS:
        return []
    return [m for c in recv.children if c.dep_ in VERB_OBJECT_DEPS and c.i < n.i
            and c.doc[c.left_edge.i].lower_ in args.g["noun_of_preps"] for m in args.np(c)]
