"""Structural balance: the signed triangle census, balance ratio and most unbalanced triads.

Heider's balance theory, formalised for signed graphs by Cartwright & Harary (1956): a triad is
**balanced** when the product of its three signs is positive, i.e. ``+++`` ("the friend of my
friend is my friend") or ``+--`` ("the enemy of my enemy is my friend"); ``++-`` (two of my
friends are enemies) and ``---`` (three mutual enemies) are unbalanced and expected to change.
Davis (1967) weakened the theory so that ``---`` counts as balanced (clusterability); the census
reports all four types so either reading can be applied.

Signs come from the net weight of each pair in the undirected signed graph
(:func:`~graph.analysis.networks.signed_graph`); pairs whose net weight is 0 carry no sign and
close no triangle. The **balance ratio** is the share of balanced triangles among all signed
triangles (Cartwright & Harary's degree of balance restricted to 3-cycles). Unbalanced triads are
ranked by the geometric mean of their three absolute weights, so the strongest tensions come first.

References: D. Cartwright and F. Harary (1956), "Structural balance: a generalization of Heider's
theory", *Psychological Review* 63(5), 277-293. J. A. Davis (1967), "Clustering and structural
balance in graphs", *Human Relations* 20(2), 181-187.

Example
-------
>>> import networkx as nx
>>> S = nx.Graph()
>>> S.add_weighted_edges_from([("ARM", "FRA", 1), ("ARM", "AZE", -1), ("AZE", "FRA", -1),
...                            ("AZE", "TUR", 1), ("ARM", "TUR", -1), ("FRA", "TUR", 1)])
>>> c = triangle_census(S)
>>> c["+++"], c["++-"], c["+--"], c["---"], c["balance_ratio"]
(0, 2, 2, 0, 0.5)
"""

from __future__ import annotations

import networkx as nx

#: Triangle types by number of negative edges.
TRIAD_TYPES = ("+++", "++-", "+--", "---")
BALANCED = frozenset({"+++", "+--"})


def signed_triangles(S: nx.Graph, weight: str = "weight") -> list[dict]:
    """Every triangle of ``S`` whose three pairs carry a sign.

    Parameters
    ----------
    S : networkx.Graph
        An undirected signed graph (:func:`~graph.analysis.networks.signed_graph`).
    weight : str
        The edge attribute holding the net weight; a pair of weight 0 carries no sign.

    Returns
    -------
    list of dict
        One ``{"actors", "weights", "type", "balanced"}`` per triangle: the three actors sorted
        (a, b, c), the net weights of (a, b), (a, c), (b, c), the type (``"++-"``...) and
        whether it is balanced; ordered by actors.

    Raises
    ------
    TypeError
        When ``S`` is directed.

    Examples
    --------
    >>> S = nx.Graph()
    >>> S.add_weighted_edges_from([("a", "b", 1), ("b", "c", 1), ("a", "c", -8), ("c", "d", 0), ("b", "d", 1)])
    >>> [(t["actors"], t["weights"], t["type"], t["balanced"]) for t in signed_triangles(S)]
    [(['a', 'b', 'c'], [1.0, -8.0, 1.0], '++-', False)]
    """
    if S.is_directed():
        raise TypeError("signed_triangles needs an undirected graph (see networks.signed_graph)")

    adj: dict[str, dict[str, float]] = {n: {} for n in S.nodes()}
    for u, v, x in S.edges(data=weight, default=0.0):
        if x and u != v:
            adj[u][v] = adj[v][u] = float(x)
    out = []
    for a in sorted(adj):
        na = adj[a]
        for b in sorted(n for n in na if n > a):
            nb = adj[b]
            for c in sorted(n for n in nb if n > b and n in na):
                ws = [na[b], na[c], nb[c]]
                neg = (ws[0] < 0) + (ws[1] < 0) + (ws[2] < 0)
                out.append({
                    "actors": [a, b, c],
                    "weights": [round(x, 6) for x in ws],
                    "type": TRIAD_TYPES[neg],
                    "balanced": TRIAD_TYPES[neg] in BALANCED,
                })
    return out


def triangle_census(S: nx.Graph, weight: str = "weight", triangles: list[dict] | None = None) -> dict:
    """The signed triangle census of ``S`` and its balance ratio.

    Parameters
    ----------
    S : networkx.Graph
        An undirected signed graph.
    weight : str
        The edge attribute holding the net weight.
    triangles : list of dict, optional
        The result of :func:`signed_triangles`, to avoid listing the triangles twice.

    Returns
    -------
    dict
        Counts of ``+++``, ``++-``, ``+--``, ``---`` triangles, ``total``, ``balanced`` and
        ``balance_ratio`` (``None`` when there is no signed triangle).

    Examples
    --------
    >>> S = nx.Graph()
    >>> S.add_weighted_edges_from([("a", "b", 1), ("b", "c", -1), ("a", "c", -2)])
    >>> c = triangle_census(S)
    >>> c["+--"], c["total"], c["balance_ratio"]
    (1, 1, 1.0)
    >>> triangle_census(nx.path_graph(3))["balance_ratio"] is None
    True
    """
    tri = signed_triangles(S, weight) if triangles is None else triangles
    census = {t: 0 for t in TRIAD_TYPES}
    for t in tri:
        census[t["type"]] += 1
    total = len(tri)
    balanced = sum(census[t] for t in BALANCED)
    census.update(total=total, balanced=balanced,
                  balance_ratio=round(balanced / total, 6) if total else None)
    return census


def unbalanced_triads(S: nx.Graph, top: int | None = 10, weight: str = "weight",
                      triangles: list[dict] | None = None) -> list[dict]:
    """The unbalanced triangles (``++-``, ``---``), strongest first, with a ``tension`` score.

    Parameters
    ----------
    S : networkx.Graph
        An undirected signed graph.
    top : int or None
        How many to keep (``None``: all).
    weight : str
        The edge attribute holding the net weight.
    triangles : list of dict, optional
        The result of :func:`signed_triangles`, to avoid listing the triangles twice.

    Returns
    -------
    list of dict
        The unbalanced triangles of :func:`signed_triangles`, each with ``tension``, the
        geometric mean of its three absolute weights, highest first.

    Examples
    --------
    >>> S = nx.Graph()
    >>> S.add_weighted_edges_from([("a", "b", 1), ("b", "c", 1), ("a", "c", -8)])
    >>> t = unbalanced_triads(S)[0]
    >>> t["type"], t["tension"]
    ('++-', 2.0)
    """
    rows = []
    for t in signed_triangles(S, weight) if triangles is None else triangles:
        if t["balanced"]:
            continue
        a, b, c = (abs(x) for x in t["weights"])
        rows.append({**t, "tension": round((a * b * c) ** (1 / 3), 6)})
    rows.sort(key=lambda r: (-r["tension"], r["actors"]))
    return rows if top is None else rows[:top]
