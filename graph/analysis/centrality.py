"""Who backs and who opposes whom: signed degrees, PageRank and betweenness per sign layer.

A signed network mixes two relations that centrality measures must not add up: being supported
by many and being condemned by many are different positions. Following the usual practice for
signed networks (e.g. Everett & Borgatti 2014), each measure is computed on the **positive
layer** (edges weighted by their cooperative part, ``positive``) and on the **negative layer**
(edges weighted by their conflictual part, ``negative``) of a
:func:`~graph.analysis.networks.stance_graph` separately.

- support / opposition *given* and *received*: weighted out- and in-degree on each layer;
- PageRank (Brin & Page 1998) on each layer: actors that are backed (or attacked) by actors
  that are themselves much backed (or attacked);
- betweenness (Freeman 1977; Brandes 2001) on each layer, with distance = 1 / weight, so strong
  ties are short: actors that sit on the paths between others.

References: M. G. Everett and S. P. Borgatti (2014), "Networks containing negative ties",
*Social Networks* 38, 111-120. L. C. Freeman (1977), "A set of measures of centrality based on
betweenness", *Sociometry* 40(1), 35-41.

Example
-------
>>> import networkx as nx
>>> G = nx.DiGraph()
>>> G.add_edge("TUR", "AZE", weight=0.7, positive=0.7, negative=0.0)
>>> G.add_edge("FRA", "AZE", weight=-0.4, positive=0.0, negative=0.4)
>>> stance_degrees(G)["AZE"]["support_received"], stance_degrees(G)["AZE"]["opposition_received"]
(0.7, 0.4)
"""

from __future__ import annotations

import networkx as nx

#: Above this many actors, betweenness is estimated from this many sources (fixed seed, so the
#: estimate is reproducible; Brandes & Pich 2007).
BETWEENNESS_EXACT = 500

#: The two layers of a signed graph and the edge attribute that weighs each.
LAYERS = {"positive": "positive", "negative": "negative"}


def layer(G: nx.DiGraph, sign: str) -> nx.DiGraph:
    """The ``"positive"`` or ``"negative"`` layer: every node, the edges with weight > 0 there.

    >>> G = nx.DiGraph()
    >>> G.add_edge("A", "B", positive=0.5, negative=0.2)
    >>> sorted(layer(G, "negative").edges(data="weight"))
    [('A', 'B', 0.2)]
    """
    attr = LAYERS[sign]
    L = nx.DiGraph()
    L.add_nodes_from(sorted(G.nodes()))
    for u, v, d in sorted(G.edges(data=True), key=lambda t: (t[0], t[1])):
        w = d.get(attr, max(d.get("weight", 0.0) * (1 if sign == "positive" else -1), 0.0))
        if w > 0:
            L.add_edge(u, v, weight=w, distance=1.0 / w)
    return L


def stance_degrees(G: nx.DiGraph) -> dict[str, dict[str, float]]:
    """Support and opposition given (out) and received (in), and the net balances, per actor.

    Keys per actor: ``support_given``, ``opposition_given``, ``support_received``,
    ``opposition_received``, ``net_given`` and ``net_received`` (support minus opposition).
    """
    out: dict[str, dict[str, float]] = {}
    pos, neg = layer(G, "positive"), layer(G, "negative")
    for n in sorted(G.nodes()):
        row = {
            "support_given": pos.out_degree(n, weight="weight"),
            "opposition_given": neg.out_degree(n, weight="weight"),
            "support_received": pos.in_degree(n, weight="weight"),
            "opposition_received": neg.in_degree(n, weight="weight"),
        }
        row = {k: round(float(v), 6) for k, v in row.items()}
        row["net_given"] = round(row["support_given"] - row["opposition_given"], 6)
        row["net_received"] = round(row["support_received"] - row["opposition_received"], 6)
        out[n] = row
    return out


def layer_centrality(G: nx.DiGraph, *, pivots: int = BETWEENNESS_EXACT) -> dict[str, dict[str, float]]:
    """PageRank and betweenness on the positive and negative layers, per actor.

    Keys: ``pagerank_positive``, ``pagerank_negative``, ``betweenness_positive``,
    ``betweenness_negative``. PageRank uses damping 0.85 and edge weights; betweenness is
    normalised and uses 1/weight as the length of an edge; above :data:`BETWEENNESS_EXACT` actors
    it is estimated from ``pivots`` sources (Brandes & Pich 2007, "Centrality estimation in
    large networks"). An empty layer gives 0 everywhere.

    >>> G = nx.DiGraph()
    >>> G.add_edge("A", "B", positive=1.0, negative=0.0)
    >>> G.add_edge("B", "C", positive=1.0, negative=0.0)
    >>> layer_centrality(G)["B"]["betweenness_positive"]
    0.5
    """
    result = {n: {} for n in sorted(G.nodes())}
    for sign in LAYERS:
        L = layer(G, sign)
        if L.number_of_edges():
            pr = nx.pagerank(L, alpha=0.85, weight="weight")
            k = None if L.number_of_nodes() <= BETWEENNESS_EXACT else min(pivots, L.number_of_nodes())
            bc = nx.betweenness_centrality(L, k=k, weight="distance", normalized=True, seed=0)
        else:
            pr = bc = {}
        for n in result:
            result[n][f"pagerank_{sign}"] = round(float(pr.get(n, 0.0)), 6)
            result[n][f"betweenness_{sign}"] = round(float(bc.get(n, 0.0)), 6)
    return result
