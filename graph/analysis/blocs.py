"""Blocs: signed community detection by spectral bisection of the signed Laplacian.

Camps in a stance network are groups whose members back one another and oppose the others.
For an undirected signed graph with weights :math:`A_{ij}` (positive for cooperation, negative
for conflict), the **signed Laplacian** is :math:`\\bar L = \\bar D - A` with
:math:`\\bar D_{ii} = \\sum_j |A_{ij}|`. It is positive semi-definite, and singular exactly when
the (connected) graph is structurally balanced; the signs of the entries of its eigenvector for
the smallest eigenvalue then give the two camps (Kunegis et al. 2010). On an unbalanced graph the
same signs give a relaxed, approximate split.

The procedure here, for each connected component:

1. split it in two by the signs of that eigenvector, and keep the split only if it lowers the
   weighted **frustration**; recurse into each part (so three mutually hostile camps come out as
   three blocs, and an all-friendly component stays one bloc);
2. move single actors between blocs (or out on their own) while that lowers the frustration, the
   relocation step of Doreian & Mrvar (1996).

The **frustration** of a partition counts the edges that disagree with it: positive edges
between blocs plus negative edges inside a bloc (Doreian & Mrvar's criterion with alpha = 1/2;
it is 0 exactly for a balanced partition, Harary 1953). It is given both as a number of edges and
as the sum of their absolute weights.

References: J. Kunegis, S. Schmidt, A. Lommatzsch, J. Lerner, E. W. De Luca and S. Albayrak
(2010), "Spectral analysis of signed graphs for clustering, prediction and visualization",
*Proc. SIAM SDM*, 559-570. P. Doreian and A. Mrvar (1996), "A partitioning approach to
structural balance", *Social Networks* 18(2), 149-168. F. Harary (1953), "On the notion of
balance of a signed graph", *Michigan Mathematical Journal* 2(2), 143-146.

Example
-------
>>> import networkx as nx
>>> S = nx.Graph()
>>> S.add_weighted_edges_from([("ARM", "FRA", 1), ("AZE", "TUR", 1), ("ARM", "AZE", -1),
...                            ("FRA", "TUR", -0.5)])
>>> p = signed_blocs(S)
>>> p.blocs, p.frustration
([['ARM', 'FRA'], ['AZE', 'TUR']], 0)
"""

from __future__ import annotations

from dataclasses import dataclass, field

import networkx as nx
import numpy as np

_EPS = 1e-12


@dataclass
class BlocPartition:
    """A partition into blocs, and the edges that disagree with it."""

    blocs: list[list[str]]
    frustration: int = 0
    weighted_frustration: float = 0.0
    frustrated: list[tuple[str, str, float]] = field(default_factory=list)

    def bloc_of(self) -> dict[str, int]:
        """Actor -> bloc number, from 1 (the largest bloc): the numbers the report, the GEXF
        export and the HTML page all show."""
        return {n: i for i, bloc in enumerate(self.blocs, 1) for n in bloc}

    def to_json(self) -> dict:
        """Plain data for ``report.json``: blocs, frustration and the frustrated edges."""
        return {
            "blocs": self.blocs,
            "frustration": self.frustration,
            "weighted_frustration": self.weighted_frustration,
            "frustrated_edges": [{"u": u, "v": v, "weight": w} for u, v, w in self.frustrated],
        }


def _signed_edges(S: nx.Graph, weight: str) -> list[tuple[str, str, float]]:
    return sorted((min(u, v), max(u, v), float(w)) for u, v, w in S.edges(data=weight, default=0.0) if w and u != v)


def signed_laplacian(S: nx.Graph, nodes: list[str], weight: str = "weight") -> np.ndarray:
    """The signed Laplacian :math:`\\bar D - A` of ``S`` restricted to ``nodes`` (in that order).

    Parameters
    ----------
    S : networkx.Graph
        An undirected signed graph.
    nodes : list of str
        The actors, in the order of the rows and columns.
    weight : str
        The edge attribute holding the signed weight.

    Returns
    -------
    numpy.ndarray
        The ``len(nodes)`` x ``len(nodes)`` matrix: absolute weighted degrees on the diagonal,
        minus the signed weights.

    Examples
    --------
    >>> S = nx.Graph()
    >>> S.add_edge("a", "b", weight=-2.0)
    >>> signed_laplacian(S, ["a", "b"]).tolist()
    [[2.0, 2.0], [2.0, 2.0]]
    """
    index = {n: i for i, n in enumerate(nodes)}
    A = np.zeros((len(nodes), len(nodes)))
    for u, v, w in _signed_edges(S.subgraph(nodes), weight):
        A[index[u], index[v]] = A[index[v], index[u]] = w
    return np.diag(np.abs(A).sum(axis=1)) - A


#: Above this many actors, the eigenvector comes from a sparse solver (ARPACK's Lanczos on the
#: shifted Laplacian, fixed start vector) instead of a dense eigendecomposition, which takes
#: minutes at a few thousand actors.
SPARSE_MIN = 400


def _smallest_eigenvector(S: nx.Graph, nodes: list[str], weight: str) -> np.ndarray:
    """The eigenvector of the smallest eigenvalue of the signed Laplacian on ``nodes``."""
    if len(nodes) < SPARSE_MIN:
        return np.linalg.eigh(signed_laplacian(S, nodes, weight))[1][:, 0]
    import scipy.sparse as sp
    from scipy.sparse.linalg import ArpackNoConvergence, eigsh

    index = {n: i for i, n in enumerate(nodes)}
    rows, cols, vals = [], [], []
    for u, v, w in _signed_edges(S.subgraph(nodes), weight):
        rows += [index[u], index[v]]
        cols += [index[v], index[u]]
        vals += [w, w]
    A = sp.csr_matrix((vals, (rows, cols)), shape=(len(nodes), len(nodes)))
    degree = np.asarray(abs(A).sum(axis=1)).ravel()
    L = sp.diags(degree) - A
    # the smallest eigenvalue of L is the largest of c*I - L once c >= the largest eigenvalue of
    # L (at most twice the largest degree, Gershgorin): Lanczos needs only products with the
    # sparse matrix, where a shift-invert factorisation fills in around the hubs
    c = 2.0 * float(degree.max()) + 1.0
    M = (sp.identity(len(nodes)) * c - L).tocsr()
    try:
        _, vecs = eigsh(M, k=1, which="LA", v0=np.ones(len(nodes)), tol=1e-8, maxiter=20 * len(nodes))
    except ArpackNoConvergence as err:  # pragma: no cover - keep the best vector found
        if not err.eigenvectors.size:
            raise
        vecs = err.eigenvectors
    return vecs[:, 0]


def _bisect(S: nx.Graph, nodes: list[str], weight: str) -> tuple[list[str], list[str]]:
    v = _smallest_eigenvector(S, nodes, weight)
    if v[0] < 0:
        v = -v
    side = v >= -1e-9 * max(1.0, float(np.abs(v).max()))
    return [n for n, s in zip(nodes, side) if s], [n for n, s in zip(nodes, side) if not s]


def _cost(edges: list[tuple[str, str, float]], bloc: dict[str, int]) -> float:
    return sum(abs(w) for u, v, w in edges if (w > 0) != (bloc[u] == bloc[v]))


def frustration(S: nx.Graph, blocs: list[list[str]], weight: str = "weight") -> tuple[int, float, list]:
    """The edges of ``S`` that disagree with the partition ``blocs``.

    Positive edges between blocs and negative edges inside a bloc (an actor in no bloc is
    alone).

    Parameters
    ----------
    S : networkx.Graph
        An undirected signed graph.
    blocs : list of list of str
        The partition.
    weight : str
        The edge attribute holding the signed weight.

    Returns
    -------
    tuple
        ``(number, weight, edges)``: how many edges disagree, the sum of their absolute weights,
        and the edges ``(u, v, w)``, heaviest first.

    Examples
    --------
    >>> S = nx.Graph()
    >>> S.add_weighted_edges_from([("a", "b", -1), ("b", "c", -1), ("a", "c", -1)])
    >>> frustration(S, [["a"], ["b", "c"]])[:2]
    (1, 1.0)
    """
    bloc = {n: i for i, b in enumerate(blocs) for n in b}
    bad = [(u, v, round(w, 6)) for u, v, w in _signed_edges(S, weight)
           if (w > 0) != (bloc.get(u, -1) == bloc.get(v, -2))]
    bad.sort(key=lambda e: (-abs(e[2]), e[0], e[1]))
    return len(bad), round(sum(abs(w) for _, _, w in bad), 6), bad


def _split(S: nx.Graph, nodes: list[str], weight: str) -> list[list[str]]:
    if len(nodes) < 2:
        return [nodes]
    left, right = _bisect(S, nodes, weight)
    if not left or not right:
        return [nodes]
    inner = _signed_edges(S.subgraph(nodes), weight)
    whole = {n: 0 for n in nodes}
    halves = {**{n: 0 for n in left}, **{n: 1 for n in right}}
    if _cost(inner, halves) >= _cost(inner, whole) - _EPS:
        return [nodes]
    return _split(S, left, weight) + _split(S, right, weight)


def _relocate(S: nx.Graph, blocs: list[list[str]], weight: str, max_passes: int = 50) -> list[list[str]]:
    bloc = {n: i for i, b in enumerate(blocs) for n in b}
    nxt = len(blocs)
    neighbours = {n: [(m, float(d.get(weight, 0.0))) for m, d in S[n].items() if m != n and d.get(weight)]
                  for n in bloc}
    for _ in range(max_passes):
        moved = False
        for n in sorted(bloc):
            nbrs = neighbours[n]

            def cost(b: int) -> float:
                return sum(abs(w) for m, w in nbrs if (w > 0) != (bloc[m] == b))

            here = cost(bloc[n])
            options = sorted({bloc[m] for m, _ in nbrs} - {bloc[n]}) + [nxt]
            best = min(options, key=lambda b: (cost(b), b))
            if cost(best) < here - _EPS:
                bloc[n] = best
                nxt += best == nxt
                moved = True
        if not moved:
            break
    groups: dict[int, list[str]] = {}
    for n, b in bloc.items():
        groups.setdefault(b, []).append(n)
    return list(groups.values())


def signed_blocs(S: nx.Graph, weight: str = "weight") -> BlocPartition:
    """Partition the actors of an undirected signed graph into blocs; see the module docstring.

    Parameters
    ----------
    S : networkx.Graph
        An undirected signed graph (:func:`~graph.analysis.networks.signed_graph`).
    weight : str
        The edge attribute holding the signed weight.

    Returns
    -------
    BlocPartition
        The blocs, sorted by size (largest first), then by their first actor, actors sorted
        inside a bloc; isolated actors form blocs of their own. With the frustration of the
        partition (:func:`frustration`).

    Raises
    ------
    TypeError
        When ``S`` is directed.

    Examples
    --------
    Three mutually hostile actors are three blocs, none frustrated; an isolated one a fourth:

    >>> S = nx.Graph()
    >>> S.add_weighted_edges_from([("a", "b", -1), ("b", "c", -1), ("a", "c", -1)])
    >>> S.add_node("d")
    >>> p = signed_blocs(S)
    >>> sorted(p.blocs), p.frustration
    ([['a'], ['b'], ['c'], ['d']], 0)
    """
    if S.is_directed():
        raise TypeError("signed_blocs needs an undirected graph (see networks.signed_graph)")
    H = nx.Graph()
    H.add_nodes_from(sorted(S.nodes()))
    H.add_weighted_edges_from(_signed_edges(S, weight), weight="w")
    blocs: list[list[str]] = []
    for comp in sorted((sorted(c) for c in nx.connected_components(H)), key=lambda c: c[0]):
        blocs.extend(_split(H, comp, "w"))
    blocs = _relocate(H, blocs, "w")
    blocs = sorted((sorted(b) for b in blocs if b), key=lambda b: (-len(b), b[0]))
    n, w, bad = frustration(H, blocs, "w")
    return BlocPartition(blocs=blocs, frustration=n, weighted_frustration=w, frustrated=bad)
