"""The data behind the HTML stance graph: actors, stance pairs, events and legend as plain dicts.

:func:`page_data` turns events into what the page draws, reusing the analysis package for every
measure: nodes and edges are those of :func:`~graph.analysis.networks.stance_graph` (one node per
actor at the chosen roll-up level, one directed edge per ordered pair, symmetric relations such as
``meet`` counting for both directions), node sizes come from
:func:`~graph.analysis.centrality.stance_degrees` or
:func:`~graph.analysis.centrality.layer_centrality`, node colours from the actor's type in the
knowledge base or from :func:`~graph.analysis.blocs.signed_blocs`.

Above ``max_actors`` actors, only the most important ones are kept (same measure as the node
size, computed on the whole graph); the others are merged into one "other actors" node
(``others="merge"``) or left out with their events (``others="drop"``).

Every edge lists the events behind it (indices into ``events``), so the page can filter by
relation, sign and date and show the evidence sentences with their documents (the rows are
built in :mod:`graph.viz.rows`). Strings here are
raw text from the news: :mod:`graph.viz.html` escapes them before they reach the page.

Example
-------
>>> from graph.model import Event
>>> def ev(s, r, t):
...     return Event(doc="d.txt", source=s, relation=r, target=t, source_actor=s, target_actor=t,
...                  sentence=f"{s} {r} {t}.", start=0, end=9, trigger=r, confidence=1.0, language="en")
>>> data = page_data([ev("TUR", "support", "AZE"), ev("ARM", "meet", "AZE")])
>>> [n["key"] for n in data.nodes], [(e["from"], e["to"], e["label"]) for e in data.edges]
(['ARM', 'AZE', 'TUR'], [(0, 1, 'meet'), (1, 0, 'meet'), (2, 1, 'support')])
"""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass, replace
from typing import Iterable

from ..analysis.blocs import signed_blocs
from ..analysis.centrality import layer_centrality, stance_degrees
from ..analysis.networks import LEVELS, node_of, signed_graph, stance_graph
from ..errors import UsageError
from ..events.records import with_actor_records
from ..model import ACTOR_TYPES, ActorRecord, Event
from .layout import PYTHON_LAYOUT_MIN, layout_positions
from .rows import (MAX_LISTED, OTHERS, Actors, EventRows, edge_rows, event_rows, node_size_of, pair_events,
                   relation_rows, top)
from .style import load_style

#: Node importance measures (``size_by``), as the legend explains them.
SIZE_MEASURES = {
    "degree": "cooperation and opposition given and received (weighted degree)",
    "pagerank": "PageRank on the cooperative plus the conflictual layer",
    "mentions": "number of event mentions as source or target",
}
COLOUR_BY = ("type", "bloc")
OTHERS_MODES = ("merge", "drop")
#: Default number of actors drawn before aggregation.
DEFAULT_MAX_ACTORS = 2000
#: Betweenness on pages above 500 actors is estimated from this many sources (the analysis report
#: uses 500): the details panel shows it, and exact or finer estimates cost minutes at 20,000.
PAGE_PIVOTS = 50


@dataclass
class PageData:
    """Everything the page needs, as JSON-ready lists and dicts (see the module docstring)."""

    nodes: list[dict]
    edges: list[dict]
    events: list[dict]
    docs: list[dict]
    sentences: list[str]
    relations: list[dict]
    dates: list[str]
    legend: dict
    stats: dict

    def to_json(self) -> dict:
        """Plain data for the page (``json.dumps`` of it is the page's data block)."""
        return asdict(self)


def _field(level: str, side: str) -> str:
    """The event field that :func:`node_of` reads at ``level`` first."""
    return {"code": side, "actor": f"{side}_id", "named": f"{side}_actor"}[level]


def importance(events: list[Event], G, measure: str, level: str) -> dict[str, float]:
    """Each node's importance by ``measure`` (one of :data:`SIZE_MEASURES`)."""
    if measure == "degree":
        return {n: round(sum(r[k] for k in ("cooperation_given", "opposition_given", "cooperation_received",
                                            "opposition_received")), 6)
                for n, r in stance_degrees(G).items()}
    if measure == "pagerank":
        return {n: round(r["pagerank_positive"] + r["pagerank_negative"], 6) for n, r in layer_centrality(G).items()}
    counts: Counter = Counter()
    for e in events:
        for side in ("source", "target"):
            counts[node_of(e, side, level)] += 1
    return {n: float(counts[n]) for n in G.nodes()}


def _ranked(imp: dict[str, float]) -> list[str]:
    return sorted(imp, key=lambda n: (-imp[n], n))


def aggregate(events: list[Event], *, level: str, max_actors: int, others: str, size_by: str
              ) -> tuple[list[Event], list[str], int]:
    """Keep the ``max_actors`` most important actors: ``(events, hidden actors by rank, total)``.

    Hidden actors' events go to the :data:`OTHERS` node (``merge``) or are left out (``drop``).
    """
    G = stance_graph(events, level=level)
    total = G.number_of_nodes()
    if total <= max_actors:
        return events, [], total
    ranked = _ranked(importance(events, G, size_by, level))
    keep, hidden = set(ranked[:max_actors]), ranked[max_actors:]
    out = []
    for e in events:
        u, v = node_of(e, "source", level), node_of(e, "target", level)
        if u in keep and v in keep:
            out.append(e)
        elif others == "merge":
            changes = {_field(level, side): OTHERS for side, n in (("source", u), ("target", v)) if n not in keep}
            out.append(replace(e, **changes))
    return out, hidden, total


def _event_key(e: Event) -> tuple:
    """A total order on events (missing strings as ""), so input order never shows in the page."""
    text = tuple(str(getattr(e, f) or "") for f in ("date", "doc", "source", "relation", "target", "source_id",
                                                     "target_id", "source_actor", "target_actor", "trigger",
                                                     "sentence", "title"))
    return text[:2] + (int(e.start or 0), int(e.end or 0)) + text[2:] + (float(e.confidence),)


def page_data(
    events: Iterable[Event],
    *,
    level: str = "code",
    max_actors: int = DEFAULT_MAX_ACTORS,
    others: str = "merge",
    colour_by: str = "type",
    size_by: str = "degree",
    kb=None,
) -> PageData:
    """The nodes, edges, events, legend and counts of the page for ``events``.

    Parameters
    ----------
    events : iterable of Event
        The stance events (already filtered by the caller if wanted).
    level : {"code", "actor", "named"}
        Roll-up of actors into nodes, as in :func:`~graph.analysis.networks.stance_graph`.
    max_actors : int
        Most actors drawn; the rest are merged or dropped (``others``).
    others : {"merge", "drop"}
    colour_by : {"type", "bloc"}
    size_by : {"degree", "pagerank", "mentions"}
    kb : KnowledgeBase, optional
        Used only for events without actor records (read back from an RDF graph or an older
        ``events.jsonl``): labels, types and roles come from the records the rows carry.
    """
    _check_options(level=level, others=others, colour_by=colour_by, size_by=size_by, max_actors=max_actors)
    style = load_style()
    given = sorted(with_actor_records(events, kb), key=_event_key)
    shown, hidden, total = aggregate(given, level=level, max_actors=max_actors, others=others, size_by=size_by)

    G = stance_graph(shown, level=level)
    signed = signed_graph(G)
    if OTHERS in signed:  # the merged node would tie everyone into its bloc
        signed.remove_node(OTHERS)
    partition = signed_blocs(signed)
    keys = sorted(G.nodes())
    index = {n: i for i, n in enumerate(keys)}
    attached, pairs = pair_events(shown, level)
    rows = event_rows(attached, level)
    actors = Actors(given, level)
    canonical = {n: actors.canonical(n, rows.ids[n]) for n in keys}
    # blocs are sorted by size, so the blocs with a colour (several members) come first and
    # every bloc keeps the number the report and the GEXF export give it
    blocs_shown = [b for b in partition.blocs if len(b) > 1]
    nodes = _Nodes(G, level, colour_by, style, actors, canonical, rows, partition, len(blocs_shown)).rows(
        keys, importance(shown, G, size_by, level), hidden, actors.roles(attached, level, canonical))
    _place(nodes, keys, G)
    edges = edge_rows(G, index, style, pairs)
    legend = _legend(style, nodes, blocs_shown, colour_by, size_by, partition)
    stats = {"actors": len(keys) - (OTHERS in index), "actors_total": total, "hidden": len(hidden),
             "others": others if hidden else None, "events": len(attached), "events_given": len(given),
             "pairs": len(edges), "level": level, "colour_by": colour_by, "size_by": size_by,
             "max_actors": max_actors, "layout": "python" if len(keys) > PYTHON_LAYOUT_MIN else "physics"}
    return PageData(nodes=nodes, edges=edges, events=rows.events, docs=rows.docs, sentences=rows.sentences,
                    relations=relation_rows(attached), dates=sorted({e.date for e in attached if e.date}),
                    legend=legend, stats=stats)


def _place(nodes: list[dict], keys: list[str], G) -> None:
    """Large graphs: positions from Python (the page turns physics off)."""
    if len(keys) > PYTHON_LAYOUT_MIN:
        edges = sorted(G.edges(data=True), key=lambda t: t[:2])
        pos = layout_positions(keys, ((u, v, d["count"]) for u, v, d in edges))
        for node in nodes:
            node["x"], node["y"] = pos[node["key"]]


def _check_options(**given) -> None:
    """A clear error for an option outside its choices (or ``max_actors`` below 1)."""
    for name, choices in (("level", LEVELS), ("others", OTHERS_MODES), ("colour_by", COLOUR_BY),
                          ("size_by", SIZE_MEASURES)):
        if given[name] not in choices:
            raise UsageError(f"{name} must be one of {', '.join(choices)}, not {given[name]!r}")
    if given["max_actors"] < 1:
        raise UsageError(f"max_actors must be at least 1, not {given['max_actors']}")


class _Nodes:
    """The node rows of one page: label, type, colour, size, degrees, centralities, names, roles."""

    def __init__(self, G, level: str, colour_by: str, style: dict, actors: Actors, canonical: dict,
                 rows: EventRows, partition, n_blocs: int) -> None:
        self.G, self.level, self.colour_by, self.style = G, level, colour_by, style
        self.actors, self.canonical, self.event_rows, self.n_blocs = actors, canonical, rows, n_blocs
        self.bloc_number = partition.bloc_of()
        self.deg, self.cen = stance_degrees(G), layer_centrality(G, pivots=PAGE_PIVOTS)

    def label(self, n: str, actor: ActorRecord | None, hidden: list[str]) -> str:
        """The merged node's count, the actor as named (``named`` level), the base's label, or
        the name the actor was found under most often."""
        if n == OTHERS:
            return f"{len(hidden)} other actors"
        if self.level == "named":
            return n  # the actor as named is the node
        if actor is not None:
            return actor.label
        return top(self.event_rows.names[n], 1)[0] if self.event_rows.names[n] else n

    def colour(self, n: str, typ: str) -> str:
        """The colour of the node's type, or of its bloc (blocs beyond the palette share one)."""
        style = self.style
        if self.colour_by == "type" or n == OTHERS:
            return style["types"].get(typ, style["types"]["Unknown"])
        b = self.bloc_number.get(n)
        return style["blocs"][b - 1] if b and b <= min(self.n_blocs, len(style["blocs"])) else style["bloc_single"]

    def rows(self, keys: list[str], imp: dict[str, float], hidden: list[str], roles) -> list[dict]:
        """One row per node of ``keys`` (``imp``: importance; ``hidden``: the merged actors)."""
        vmax = max((imp[n] for n in keys if n != OTHERS), default=0.0)
        known, names = self.actors.known, self.event_rows.names
        out = []
        for i, n in enumerate(keys):
            actor = known.get(self.canonical[n]) if self.canonical[n] else None
            typ = "Others" if n == OTHERS else actor.type if actor else "Unknown"
            out.append({
                "id": i, "key": n, "label": self.label(n, actor, hidden), "type": typ,
                "code": self.G.nodes[n].get("code", n), "actor": self.canonical[n], "bloc": self.bloc_number.get(n),
                "names": top(names[n]), "roles": top(roles[n]), "as_source": self.event_rows.as_source[n],
                "as_target": self.event_rows.as_target[n], "importance": imp[n], "size": node_size_of(n, imp, vmax),
                "colour": self.colour(n, typ), **self.deg[n], **self.cen[n],
                "members": [known[h].label if h in known else h for h in hidden[:MAX_LISTED * 4]]
                if n == OTHERS else [],
            })
        return out


def _legend(style: dict, nodes: list[dict], blocs: list[list[str]], colour_by: str, size_by: str,
            partition) -> dict:
    """Legend entries: node colours, edge colours, what sizes and widths mean."""
    present = {n["type"] for n in nodes}
    if colour_by == "type":
        entries = [{"label": style["type_labels"][t], "colour": style["types"][t]}
                   for t in (*ACTOR_TYPES, "Others") if t in present]
    else:
        label_of = {n["key"]: n["label"] for n in nodes}
        entries = []
        for i, bloc in enumerate(blocs[: len(style["blocs"])]):
            members = sorted(label_of[m] for m in bloc)
            more = f" (+{len(members) - 4})" if len(members) > 4 else ""
            entries.append({"label": f"bloc {i + 1}: {', '.join(members[:4])}{more}", "colour": style["blocs"][i]})
        if any(n["bloc"] is None or n["bloc"] > min(len(blocs), len(style["blocs"])) for n in nodes if n["type"] != "Others"):
            entries.append({"label": "alone or in a smaller bloc", "colour": style["bloc_single"]})
        if "Others" in present:
            entries.append({"label": style["type_labels"]["Others"], "colour": style["types"]["Others"]})
    return {
        "nodes": entries,
        "edges": [{"label": style["sign_labels"][s], "colour": style["signs"][s]} for s in ("+", "-", "0")],
        "size": f"Node size: {SIZE_MEASURES[size_by]}.",
        "width": "Edge width: number of mentions. Arrow: from the actor who takes the stance.",
        "frustration": partition.frustration if colour_by == "bloc" else None,
    }
