"""GEXF and GraphML export of the stance graphs, for Gephi, Cytoscape or yEd.

Attributes are made safe for both formats (``None`` becomes ``""``, lists become ``"a;b"``, numpy
numbers become Python numbers), node measures (signed degrees, PageRank per layer, bloc) are
attached so Gephi can colour and size by them, and the ``lastmodifieddate`` that NetworkX puts in
GEXF files is left out, so the same events give byte-identical files. Gephi's layouts expect
positive weights: ``abs_weight`` holds the absolute net weight, ``weight`` keeps its sign.

Example
-------
>>> import networkx as nx, tempfile, pathlib
>>> G = nx.DiGraph()
>>> G.add_edge("RUS", "UKR", weight=-1.0, note=None)
>>> p = pathlib.Path(tempfile.mkdtemp()) / "g.gexf"
>>> write_network(G, p, "gexf")
>>> nx.read_gexf(p)["RUS"]["UKR"]["weight"]
-1.0
"""

from __future__ import annotations

import io
import re
from collections.abc import Mapping
from pathlib import Path

import networkx as nx

from ..io import atomic_write
from .blocs import signed_blocs
from .centrality import layer_centrality, stance_degrees
from .networks import counts_text, signed_graph

#: Formats :func:`write_network` writes.
NETWORK_FORMATS = ("gexf", "graphml")


def _safe(value):
    if value is None:
        return ""
    if isinstance(value, bool):
        return value
    if isinstance(value, Mapping):  # relation counts: {"attack": 2} -> "attack:2"
        return counts_text(value)
    if isinstance(value, (list, tuple, set, frozenset)):
        return ";".join(str(v) for v in (sorted(value) if isinstance(value, (set, frozenset)) else value))
    if hasattr(value, "item"):  # numpy scalar
        value = value.item()
    if isinstance(value, (int, float, str)):
        return value
    return str(value)


def safe_copy(G: nx.Graph) -> nx.Graph:
    """A copy of ``G`` with only str/int/float/bool attributes, nodes and edges in sorted order."""
    H = G.__class__()
    H.graph.update({k: _safe(v) for k, v in sorted(G.graph.items())})
    for n, d in sorted(G.nodes(data=True)):
        H.add_node(n, **{k: _safe(v) for k, v in sorted(d.items())})
    if G.is_multigraph():
        edges = sorted(G.edges(keys=True, data=True), key=lambda t: (t[0], t[1], str(t[2])))
        for u, v, k, d in edges:
            H.add_edge(u, v, key=k, **{a: _safe(x) for a, x in sorted(d.items())})
    else:
        for u, v, d in sorted(G.edges(data=True), key=lambda t: (t[0], t[1])):
            attrs = {a: _safe(x) for a, x in sorted(d.items())}
            if "weight" in attrs and isinstance(attrs["weight"], (int, float)):
                attrs["abs_weight"] = abs(attrs["weight"])
            H.add_edge(u, v, **attrs)
    return H


def annotate(G: nx.DiGraph) -> nx.DiGraph:
    """Attach node measures to a stance graph (in place): signed degrees, layer PageRank and
    betweenness, and ``bloc`` (number from 1, as in the report and the HTML page; see
    :meth:`~graph.analysis.blocs.BlocPartition.bloc_of`)."""
    deg, cen = stance_degrees(G), layer_centrality(G)
    bloc = signed_blocs(signed_graph(G)).bloc_of()
    for n in G.nodes():
        G.nodes[n].update(deg[n])
        G.nodes[n].update(cen[n])
        G.nodes[n]["bloc"] = bloc.get(n, 0)
    return G


def write_network(G: nx.Graph, path: str | Path, fmt: str = "gexf") -> None:
    """Write ``G`` as GEXF 1.2 or GraphML, atomically and byte-stably."""
    if fmt not in NETWORK_FORMATS:
        raise ValueError(f"unknown network format {fmt!r} (choose from {', '.join(NETWORK_FORMATS)})")
    H = safe_copy(G)
    if fmt == "gexf":
        text = "\n".join(nx.generate_gexf(H, encoding="utf-8", prettyprint=True, version="1.2draft"))
        text = re.sub(r'\s+lastmodifieddate="[^"]*"', "", text) + "\n"
        with atomic_write(path) as fh:
            fh.write(text)
        return
    buf = io.BytesIO()
    nx.write_graphml(H, buf, encoding="utf-8", prettyprint=True)
    with atomic_write(path, "wb") as fh:
        fh.write(buf.getvalue())
