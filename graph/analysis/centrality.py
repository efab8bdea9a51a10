"""Who backs and who opposes whom: signed degrees, PageRank and betweenness per sign layer.

A signed network mixes two relations that centrality measures must not add up: being supported
by many and being condemned by many are different positions. Following the usual practice for
signed networks (e.g. Everett & Borgatti 2014), each measure is computed on the **positive
layer** (edges weighted by their cooperative part, ``positive``) and on the **negative layer**
(edges weighted by their conflictual part, ``negative``) of a
:func:`~graph.analysis.networks.stance_graph` separately.

- support, contact, cooperation and opposition *given* and *received*: weighted out- and
  in-degree; support counts the support family only (support, aid, cooperate), meetings and
  mediation are contact, cooperation is the whole positive layer, opposition the negative one;
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

    Parameters
    ----------
    G : networkx.DiGraph
        A :func:`~graph.analysis.networks.stance_graph` (a graph with only ``weight`` is read
        by its sign).
    sign : str
        A key of :data:`LAYERS`.

    Returns
    -------
    networkx.DiGraph
        The layer, its edges weighted by that part (``weight``) and its inverse (``distance``).

    Examples
    --------
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
    """Support, contact, cooperation and opposition given (out) and received (in), per actor.

    Keys per actor, each ``_given`` and ``_received``:

    - ``support``: the support family only (support, aid, cooperate; edge attribute ``support``
      of :func:`~graph.analysis.networks.stance_graph`);
    - ``contact``: meetings and mediation (edge attribute ``contact``): contact, not backing;
    - ``cooperation``: every cooperative relation (the positive layer), support and contact
      included, with agreements, concessions and appeals;
    - ``opposition``: every conflictual relation (the negative layer);

    and ``net_given``, ``net_received``: cooperation minus opposition. A graph whose edges have
    no ``support`` attribute counts their whole cooperative part as support.

    Parameters
    ----------
    G : networkx.DiGraph
        A :func:`~graph.analysis.networks.stance_graph`.

    Returns
    -------
    dict
        Actor -> the ten weighted degrees above, rounded to 6 places.

    Examples
    --------
    >>> G = nx.DiGraph()
    >>> G.add_edge("RUS", "ARM", positive=0.5, negative=0.0, support=0.0, contact=0.5)
    >>> G.add_edge("TUR", "AZE", positive=0.34, negative=0.0, support=0.34, contact=0.0)
    >>> d = stance_degrees(G)
    >>> d["ARM"]["support_received"], d["ARM"]["contact_received"], d["ARM"]["cooperation_received"]
    (0.0, 0.5, 0.5)
    """
    out: dict[str, dict[str, float]] = {}
    pos, neg = layer(G, "positive"), layer(G, "negative")
    fam = {f: {n: [0.0, 0.0] for n in G} for f in ("support", "contact")}
    for u, v, d in G.edges(data=True):
        for f in fam:
            w = d.get(f, d.get("positive", max(d.get("weight", 0.0), 0.0)) if f == "support" else 0.0)
            fam[f][u][0] += w
            fam[f][v][1] += w
    for n in sorted(G.nodes()):
        row = {
            "support_given": fam["support"][n][0],
            "support_received": fam["support"][n][1],
            "contact_given": fam["contact"][n][0],
            "contact_received": fam["contact"][n][1],
            "cooperation_given": pos.out_degree(n, weight="weight"),
            "cooperation_received": pos.in_degree(n, weight="weight"),
            "opposition_given": neg.out_degree(n, weight="weight"),
            "opposition_received": neg.in_degree(n, weight="weight"),
        }
        row = {k: round(float(v), 6) for k, v in row.items()}
        row["net_given"] = round(row["cooperation_given"] - row["opposition_given"], 6)
        row["net_received"] = round(row["cooperation_received"] - row["opposition_received"], 6)
        out[n] = row
    return out


def layer_centrality(G: nx.DiGraph, *, pivots: int = BETWEENNESS_EXACT) -> dict[str, dict[str, float]]:
    """PageRank and betweenness on the positive and negative layers, per actor.

    Keys: ``pagerank_positive``, ``pagerank_negative``, ``betweenness_positive``,
    ``betweenness_negative``. PageRank uses damping 0.85 and edge weights; betweenness is
    normalised and uses 1/weight as the length of an edge; above :data:`BETWEENNESS_EXACT` actors
    it is estimated from ``pivots`` sources (Brandes & Pich 2007, "Centrality estimation in
    large networks"). An empty layer gives 0 everywhere.

    Parameters
    ----------
    G : networkx.DiGraph
        A :func:`~graph.analysis.networks.stance_graph`.
    pivots : int
        How many sources estimate betweenness on a layer of more than
        :data:`BETWEENNESS_EXACT` actors.

    Returns
    -------
    dict
        Actor -> the four measures, rounded to 6 places.

    Examples
    --------
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
