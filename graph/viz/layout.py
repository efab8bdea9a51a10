"""Node positions for large stance graphs, computed in Python with igraph.

vis-network lays a graph out in the browser by simulating physics: fine for a few hundred
nodes, but at 2,000 actors its 600 Barnes-Hut iterations took 20 s before the page answered
(BENCHMARKS.md). Above :data:`PYTHON_LAYOUT_MIN` nodes the page gets positions from here
instead and starts with physics off: the grid variant of Fruchterman & Reingold's force-directed
layout in python-igraph, which only computes repulsion between nodes in nearby grid cells, took
0.17 s for 2,000 actors and 1.5 s for 20,000 (igraph's DrL took 4.3 s and 148 s, the ``fa2``
ForceAtlas2 5.7 s and 229 s for 300 iterations, networkx's ForceAtlas2 16 s for 100 iterations at
2,000 actors; measured on the same machine, see BENCHMARKS.md).

The layout is deterministic: igraph's random numbers come from a ``random.Random`` seeded with
:data:`SEED` for the call, the start positions are a fixed circle, and positions are rounded to
whole pixels, so the same graph gives the same page bytes.

Reference: T. M. J. Fruchterman and E. M. Reingold (1991), "Graph drawing by force-directed
placement", *Software: Practice and Experience* 21(11), 1129-1164.

Example
-------
>>> pos = layout_positions(["a", "b", "c"], [("a", "b", 1.0), ("b", "c", 2.0)])
>>> sorted(pos), pos == layout_positions(["a", "b", "c"], [("a", "b", 1.0), ("b", "c", 2.0)])
(['a', 'b', 'c'], True)
>>> all(isinstance(v, int) for xy in pos.values() for v in xy)
True
"""

from __future__ import annotations

import math
import random
from typing import Iterable

#: Above this many nodes the page is laid out in Python and drawn with physics off.
PYTHON_LAYOUT_MIN = 200
#: Seed of igraph's random numbers during the layout.
SEED = 7
#: Canvas area per node (pixels squared) that the positions are scaled to.
AREA_PER_NODE = 110.0 ** 2
#: Fruchterman-Reingold iterations (igraph's default is 500).
ITERATIONS = 500


def layout_positions(nodes: list[str], edges: Iterable[tuple[str, str, float]], *,
                     seed: int = SEED) -> dict[str, tuple[int, int]]:
    """``{node: (x, y)}`` in canvas pixels, centred on 0, for ``nodes`` joined by ``edges``.

    Parameters
    ----------
    nodes : list of str
        The nodes, in a fixed order (the order of the start circle).
    edges : iterable of (u, v, weight)
        Undirected ties; several edges between the same two nodes add their weights. A larger
        weight pulls its two nodes closer (igraph uses it as the attraction's multiplier).
    seed : int
        Seed of igraph's random numbers.
    """
    import igraph as ig

    index = {n: i for i, n in enumerate(nodes)}
    ties: dict[tuple[int, int], float] = {}
    for u, v, w in edges:
        a, b = sorted((index[u], index[v]))
        if a != b:
            ties[(a, b)] = ties.get((a, b), 0.0) + abs(float(w))
    pairs = sorted(ties)
    g = ig.Graph(n=len(nodes), edges=pairs)
    n = max(len(nodes), 1)
    start = [[math.cos(2 * math.pi * i / n) * math.sqrt(n), math.sin(2 * math.pi * i / n) * math.sqrt(n)]
             for i in range(len(nodes))]
    # log-damped weights: one very busy pair should not collapse its two nodes onto each other
    weights = [1.0 + math.log1p(ties[p]) for p in pairs] or None
    ig.set_random_number_generator(random.Random(seed))
    try:
        coords = g.layout_fruchterman_reingold(weights=weights, niter=ITERATIONS, seed=start, grid=True).coords
    finally:
        ig.set_random_number_generator(random)
    return _scaled(nodes, coords)


def _scaled(nodes: list[str], coords: list[list[float]]) -> dict[str, tuple[int, int]]:
    """Centre the layout and scale it so each node has about :data:`AREA_PER_NODE` of canvas."""
    if not coords:
        return {}
    xs, ys = [c[0] for c in coords], [c[1] for c in coords]
    cx, cy = (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2
    span = max(max(xs) - min(xs), max(ys) - min(ys), 1e-9)
    side = math.sqrt(AREA_PER_NODE * len(nodes))
    k = side / span
    return {n: (int(round((x - cx) * k)), int(round((y - cy) * k))) for n, (x, y) in zip(nodes, coords)}
