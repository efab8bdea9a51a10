"""pandas DataFrames of the stance network, for notebooks.

Every function takes event records (``graph.model.Event``; :func:`load_events` reads them from
``events.jsonl`` or an RDF graph) and the same options as
:func:`~graph.analysis.networks.stance_graph`: ``level`` (``"code"``, ``"actor"``,
``"named"``), ``start``/``end`` (ISO prefixes), ``min_confidence`` and ``relations``.

Example
-------
>>> from graph.model import Event
>>> ev = [Event(doc="d", source="TUR", relation="support", target="AZE", source_actor="Ankara",
...             target_actor="Baku", sentence="s", start=0, end=1, trigger="backs",
...             confidence=1.0, language="en", date="2020-10-01")]
>>> actors_frame(ev).loc["AZE", "support_received"]
np.float64(0.34)
>>> stance_matrix(ev).loc["TUR", "AZE"]
np.float64(0.34)
"""

from __future__ import annotations

from typing import Iterable

import pandas as pd

from ..model import Event
from .balance import signed_triangles
from .blocs import signed_blocs
from .centrality import layer_centrality, stance_degrees
from .mediators import mediators
from .networks import load_events, signed_graph, stance_graph  # noqa: F401  (re-exported)
from .temporal import sign_flips, stance_series

__all__ = [
    "events_frame", "actors_frame", "pairs_frame", "stance_matrix", "mediators_frame",
    "triads_frame", "series_frame", "flips_frame", "load_events",
]


def events_frame(events: Iterable[Event]) -> pd.DataFrame:
    """One row per event mention: the ``events.jsonl`` columns plus ``weight``."""
    from .networks import event_weight

    rows = [{**e.to_json(), "weight": round(event_weight(e), 6)} for e in events]
    return pd.DataFrame(rows)


def actors_frame(events: Iterable[Event], **options) -> pd.DataFrame:
    """Per actor: support/opposition given and received, PageRank and betweenness per layer, bloc."""
    G = stance_graph(events, **options)
    deg, cen = stance_degrees(G), layer_centrality(G)
    bloc = signed_blocs(signed_graph(G)).bloc_of()
    rows = [{"actor": n, "label": G.nodes[n].get("label", n), **deg[n], **cen[n], "bloc": bloc.get(n)}
            for n in sorted(G.nodes())]
    return pd.DataFrame(rows, columns=_cols(rows, ["actor"])).set_index("actor")


def pairs_frame(events: Iterable[Event], **options) -> pd.DataFrame:
    """One row per directed pair of the aggregated stance graph with its edge attributes."""
    G = stance_graph(events, **options)
    rows = [{"source": u, "target": v, **d} for u, v, d in sorted(G.edges(data=True), key=lambda t: t[:2])]
    return pd.DataFrame(rows, columns=_cols(rows, ["source", "target", "weight"]))


def stance_matrix(events: Iterable[Event], **options) -> pd.DataFrame:
    """Source x target matrix of net weights (0 where no event), rows and columns sorted."""
    G = stance_graph(events, **options)
    nodes = sorted(G.nodes())
    M = pd.DataFrame(0.0, index=pd.Index(nodes, name="source"), columns=pd.Index(nodes, name="target"))
    for u, v, w in G.edges(data="weight"):
        M.loc[u, v] = w
    return M


def mediators_frame(events: Iterable[Event], **options) -> pd.DataFrame:
    """The mediator ranking of :func:`~graph.analysis.mediators.mediators`, pairs as text."""
    rows = [{**m, "pairs": "; ".join(f"{a} – {b}" for a, b in m["pairs"])}
            for m in mediators(stance_graph(events, **options))]
    return pd.DataFrame(rows, columns=["mediator", "score", "explicit", "pairs"])


def triads_frame(events: Iterable[Event], **options) -> pd.DataFrame:
    """Every signed triangle with its type (``+++``...) and whether it is balanced."""
    rows = [{"a": t["actors"][0], "b": t["actors"][1], "c": t["actors"][2], "type": t["type"],
             "balanced": t["balanced"], "w_ab": t["weights"][0], "w_ac": t["weights"][1],
             "w_bc": t["weights"][2]}
            for t in signed_triangles(signed_graph(stance_graph(events, **options)))]
    return pd.DataFrame(rows, columns=["a", "b", "c", "type", "balanced", "w_ab", "w_ac", "w_bc"])


def series_frame(events: Iterable[Event], window: str = "month", directed: bool = False, **options) -> pd.DataFrame:
    """Per pair and window: net ``weight``, ``positive``, ``negative`` and ``count``."""
    rows = stance_series(events, window=window, directed=directed, **options)
    return pd.DataFrame(rows, columns=["source", "target", "period", "weight", "positive", "negative", "count"])


def flips_frame(events: Iterable[Event], window: str = "month", directed: bool = False, **options) -> pd.DataFrame:
    """Pairs whose net sign flips between consecutive active windows."""
    rows = sign_flips(stance_series(events, window=window, directed=directed, **options))
    return pd.DataFrame(rows, columns=["source", "target", "from_period", "to_period",
                                       "from_weight", "to_weight", "change"])


def _cols(rows: list[dict], first: list[str]) -> list[str]:
    if not rows:
        return first
    return first + [c for c in rows[0] if c not in first]
