"""Mediator ranking: third parties that reach out to both sides of a conflict.

A pair of actors is **in conflict** when the net weight between them (both directions summed,
:func:`~graph.analysis.networks.signed_graph`) is negative. A third party ``m`` **mediates**
between ``a`` and ``b`` when it acts cooperatively toward both: ``m``'s outgoing cooperative
weight (``positive``) toward ``a`` and toward ``b`` are both > 0. Its score on that pair is the
weaker of the two ties, ``min(pos(m, a), pos(m, b))``, since a broker needs both sides; an
actor's mediation score is the sum over the conflicting pairs it bridges. Explicit ``mediate``
events (the guidelines annotate "X mediates between A and B" as ``X mediate A`` and
``X mediate B``) are counted separately, so a reader can tell declared mediation from
even-handed support.

This follows the broker idea of Gould & Fernandez (1989) and the "third party in a conflict
triad" of Simmel, restricted to pairs in conflict, as in event-data studies of mediation
(e.g. Bercovitch & Gartner 2006).

References: R. V. Gould and R. M. Fernandez (1989), "Structures of mediation: a formal approach
to brokerage in transaction networks", *Sociological Methodology* 19, 89-126. J. Bercovitch and
S. S. Gartner (2006), "Is there method in the madness of mediation?", *International
Interactions* 32(4), 329-354.

Example
-------
>>> import networkx as nx
>>> G = nx.DiGraph()
>>> G.add_edge("ARM", "AZE", weight=-1.0, positive=0.0, negative=1.0)
>>> G.add_edge("RUS", "ARM", weight=0.5, positive=0.5, negative=0.0, relations={"mediate": 1})
>>> G.add_edge("RUS", "AZE", weight=0.3, positive=0.3, negative=0.0, relations={"mediate": 1})
>>> m = mediators(G)[0]
>>> m["mediator"], m["score"], m["pairs"], m["explicit"]
('RUS', 0.3, [['ARM', 'AZE']], 1)
"""

from __future__ import annotations

import networkx as nx

from .networks import signed_graph


def conflict_pairs(G: nx.DiGraph) -> list[tuple[str, str]]:
    """The pairs of actors in conflict in ``G``.

    Parameters
    ----------
    G : networkx.DiGraph
        A :func:`~graph.analysis.networks.stance_graph`.

    Returns
    -------
    list of tuple of str
        The unordered pairs (each sorted, in order) whose net weight, both directions summed,
        is negative.

    Examples
    --------
    >>> G = nx.DiGraph()
    >>> G.add_edge("ARM", "AZE", weight=-1.0)
    >>> G.add_edge("AZE", "ARM", weight=0.4)
    >>> G.add_edge("RUS", "ARM", weight=0.5)
    >>> conflict_pairs(G)
    [('ARM', 'AZE')]
    """
    S = signed_graph(G)
    return sorted(tuple(sorted((u, v))) for u, v, w in S.edges(data="weight") if w < 0)


def _mediates(d: dict) -> bool:
    return d.get("relations", {}).get("mediate", 0) > 0


def mediators(G: nx.DiGraph, top: int | None = None) -> list[dict]:
    """Rank third parties by how much they bridge pairs in conflict; see the module docstring.

    Parameters
    ----------
    G : networkx.DiGraph
        A :func:`~graph.analysis.networks.stance_graph` (edges with ``weight`` and ``positive``).
    top : int or None
        How many mediators to keep (``None``: all).

    Returns
    -------
    list of dict
        One dict per mediator: ``mediator``, ``score`` (sum of the weaker tie over the pairs),
        ``pairs`` (the conflicting pairs it bridges, sorted), ``explicit`` (how many of those
        pairs it has ``mediate`` events toward on both sides), sorted by score, then explicit,
        then name.

    Examples
    --------
    A third party that backs only one side bridges nothing:

    >>> G = nx.DiGraph()
    >>> G.add_edge("ARM", "AZE", weight=-1.0, positive=0.0)
    >>> G.add_edge("FRA", "ARM", weight=0.5, positive=0.5)
    >>> mediators(G)
    []
    """
    found: dict[str, dict] = {}
    for a, b in conflict_pairs(G):
        for m in sorted((set(G.predecessors(a)) & set(G.predecessors(b))) - {a, b}):
            da, db = G[m][a], G[m][b]
            tie = min(da.get("positive", 0.0), db.get("positive", 0.0))
            if tie <= 0:
                continue
            r = found.setdefault(m, {"mediator": m, "score": 0.0, "pairs": [], "explicit": 0})
            r["score"] += tie
            r["pairs"].append([a, b])
            r["explicit"] += int(_mediates(da) and _mediates(db))
    result = [{**r, "score": round(r["score"], 6)} for r in found.values()]
    result.sort(key=lambda r: (-r["score"], -r["explicit"], r["mediator"]))
    return result if top is None else result[:top]
