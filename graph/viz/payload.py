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
relation, sign and date and show the evidence sentences with their documents. Strings here are
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

from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, replace
from typing import Iterable

from ..analysis.blocs import signed_blocs
from ..analysis.centrality import layer_centrality, stance_degrees
from ..analysis.networks import LEVELS, node_of, signed_graph, stance_graph
from ..errors import UsageError
from ..events.records import with_actor_records
from ..model import ACTOR_TYPES, SYMMETRIC_RELATIONS, ActorRecord, Event, relations
from .layout import PYTHON_LAYOUT_MIN, layout_positions
from .style import edge_width, load_style, node_size, sign_key

#: The node that stands for the actors beyond ``max_actors`` when they are merged.
OTHERS = "dg:others"
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
#: Longest evidence sentence kept (characters); longer ones are cut with an ellipsis.
MAX_SENTENCE = 600
#: Betweenness on pages above 500 actors is estimated from this many sources (the analysis report
#: uses 500): the details panel shows it, and exact or finer estimates cost minutes at 20,000.
PAGE_PIVOTS = 50
#: How many names, roles and members a node's tooltip lists.
MAX_LISTED = 8


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


def _top(counter: Counter, k: int = MAX_LISTED) -> list[str]:
    return [s for s, _ in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))[:k]]


class _Actors:
    """Labels, types and roles of nodes, from the actor records the event rows carry."""

    def __init__(self, events: list[Event], level: str):
        self.level = level
        #: actor id -> its record; roll-up code -> the actor id it stands for
        self.known: dict[str, ActorRecord] = {}
        self.party_of: dict[str, str] = {}
        for e in events:
            for side in ("source", "target"):
                party = getattr(e, f"{side}_party")
                for record in (getattr(e, f"{side}_record"), party):
                    if record is not None and record.known:
                        self.known.setdefault(record.id, record)
                if party.known:
                    self.party_of.setdefault(getattr(e, side), party.id)

    def canonical(self, key: str, ids: Counter) -> str | None:
        if key == OTHERS:
            return None
        if self.level == "actor":
            return key
        if self.level == "code" and self.party_of.get(key):
            return self.party_of[key]
        return _top(ids, 1)[0] if ids else key

    @staticmethod
    def record(e: Event, side: str) -> tuple[str, ActorRecord | None]:
        """The actor id of one side of an event (its code when it has none) and its record."""
        if getattr(e, f"{side}_id"):
            return getattr(e, f"{side}_id"), getattr(e, f"{side}_record")
        code, party = getattr(e, side), getattr(e, f"{side}_party")
        return code, party if party.known and party.id == code else None

    @staticmethod
    def describe(side_id: str, actor: ActorRecord | None, canonical: str | None) -> str | None:
        """How an event's actor relates to its node: a role (at the event's date), a body, or nothing."""
        if actor is None:
            return None if side_id == canonical else side_id
        if actor.type == "Person":
            what = f"{actor.role.replace('_', ' ')} of {actor.role_for}" if actor.role else None
            if side_id == canonical:
                return what
            return f"{actor.label}: {what}" if what else actor.label
        return None if side_id == canonical else actor.label


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
    for name, value, choices in (("level", level, LEVELS), ("others", others, OTHERS_MODES),
                                 ("colour_by", colour_by, COLOUR_BY), ("size_by", size_by, SIZE_MEASURES)):
        if value not in choices:
            raise UsageError(f"{name} must be one of {', '.join(choices)}, not {value!r}")
    if max_actors < 1:
        raise UsageError(f"max_actors must be at least 1, not {max_actors}")
    style = load_style()
    given = sorted(with_actor_records(events, kb), key=_event_key)
    shown, hidden, total = aggregate(given, level=level, max_actors=max_actors, others=others, size_by=size_by)

    G = stance_graph(shown, level=level)
    deg, cen = stance_degrees(G), layer_centrality(G, pivots=PAGE_PIVOTS)
    imp = importance(shown, G, size_by, level)
    signed = signed_graph(G)
    if OTHERS in signed:  # the merged node would tie everyone into its bloc
        signed.remove_node(OTHERS)
    partition = signed_blocs(signed)
    keys = sorted(G.nodes())
    index = {n: i for i, n in enumerate(keys)}

    # events behind each directed pair (symmetric relations on both directions, as stance_graph)
    pair_events: dict[tuple[str, str], list[int]] = defaultdict(list)
    attached: list[Event] = []
    for e in shown:
        u, v = node_of(e, "source", level), node_of(e, "target", level)
        if u == v:
            continue
        i = len(attached)
        attached.append(e)
        pair_events[(u, v)].append(i)
        if e.relation in SYMMETRIC_RELATIONS:
            pair_events[(v, u)].append(i)

    docs = sorted({e.doc for e in attached})
    doc_index = {d: i for i, d in enumerate(docs)}
    doc_rows = [{"id": d, "title": None, "date": None} for d in docs]
    sentences: list[str] = []
    sentence_index: dict[str, int] = {}
    event_rows = []
    names, ids, roles = defaultdict(Counter), defaultdict(Counter), defaultdict(Counter)
    as_source, as_target = Counter(), Counter()
    actors = _Actors(given, level)
    for e in attached:
        text = e.sentence or ""
        text = text if len(text) <= MAX_SENTENCE else text[: MAX_SENTENCE - 1] + "…"
        if text not in sentence_index:
            sentence_index[text] = len(sentences)
            sentences.append(text)
        row = doc_rows[doc_index[e.doc]]
        row["title"] = row["title"] or e.title or None
        if e.date and (row["date"] is None or e.date < row["date"]):
            row["date"] = e.date
        event_rows.append({
            "relation": e.relation, "date": e.date or None, "confidence": round(float(e.confidence), 3),
            "doc": doc_index[e.doc], "sentence": sentence_index[text], "trigger": e.trigger,
            "source": e.source_actor or e.source, "target": e.target_actor or e.target,
        })
        for side, counter in (("source", as_source), ("target", as_target)):
            n = node_of(e, side, level)
            counter[n] += 1
            if n != OTHERS:
                names[n][getattr(e, f"{side}_actor") or n] += 1
                ids[n][getattr(e, f"{side}_id") or getattr(e, side)] += 1

    canonical = {n: actors.canonical(n, ids[n]) for n in keys}
    for e in attached:
        for side in ("source", "target"):
            n = node_of(e, side, level)
            if n != OTHERS:
                what = actors.describe(*actors.record(e, side), canonical[n])
                if what:
                    roles[n][what] += 1

    # blocs are sorted by size, so the blocs with a colour (several members) come first and
    # every bloc keeps the number the report and the GEXF export give it
    blocs_shown = [b for b in partition.blocs if len(b) > 1]
    bloc_number = partition.bloc_of()
    vmax = max((imp[n] for n in keys if n != OTHERS), default=0.0)
    nodes = []
    for n in keys:
        actor = actors.known.get(canonical[n]) if canonical[n] else None
        typ = "Others" if n == OTHERS else actor.type if actor else "Unknown"
        if n == OTHERS:
            label = f"{len(hidden)} other actors"
        elif level == "named":
            label = n  # the actor as named is the node
        elif actor is not None:
            label = actor.label
        else:  # not in the knowledge base: the name it was found under most often
            label = _top(names[n], 1)[0] if names[n] else n
        if colour_by == "type" or n == OTHERS:
            colour = style["types"].get(typ, style["types"]["Unknown"])
        else:
            b = bloc_number.get(n)
            colour = style["blocs"][b - 1] if b and b <= min(len(blocs_shown), len(style["blocs"])) else style["bloc_single"]
        nodes.append({
            "id": index[n], "key": n, "label": label, "type": typ, "code": G.nodes[n].get("code", n),
            "actor": canonical[n], "bloc": bloc_number.get(n), "names": _top(names[n]), "roles": _top(roles[n]),
            "as_source": as_source[n], "as_target": as_target[n], "importance": imp[n],
            # the merged node gets a middle size: its summed importance would dwarf everyone
            "size": node_size(imp[n], vmax) if n != OTHERS else node_size(vmax / 4, vmax),
            "colour": colour, **deg[n], **cen[n],
            "members": [actors.known[h].label if h in actors.known else h for h in hidden[:MAX_LISTED * 4]] if n == OTHERS else [],
        })

    if len(keys) > PYTHON_LAYOUT_MIN:  # large graphs: positions from Python, physics off in the page
        pos = layout_positions(keys, ((u, v, d["count"]) for u, v, d in sorted(G.edges(data=True), key=lambda t: t[:2])))
        for node in nodes:
            node["x"], node["y"] = pos[node["key"]]

    cmax = max((d["count"] for _, _, d in G.edges(data=True)), default=1)
    edges = []
    for j, (u, v, d) in enumerate(sorted(G.edges(data=True), key=lambda t: (t[0], t[1]))):
        rels = sorted(d["relations"].items(), key=lambda rc: (-rc[1], rc[0]))
        sign = sign_key(d["weight"])
        edges.append({
            "id": j, "from": index[u], "to": index[v], "weight": d["weight"], "positive": d["positive"],
            "negative": d["negative"], "count": d["count"], "relations": [[r, c] for r, c in rels],
            "label": ", ".join(r if c == 1 else f"{r} ×{c}" for r, c in rels),
            "first_date": d["first_date"] or None, "last_date": d["last_date"] or None, "sign": sign,
            "colour": style["signs"][sign], "width": edge_width(d["count"], cmax), "events": pair_events[(u, v)],
        })

    present = {e.relation for e in attached}
    rel_rows = [{"name": r.name, "sign": r.sign, "goldstein": r.goldstein, "symmetric": r.name in SYMMETRIC_RELATIONS,
                 "label": r.label_en, "definition": r.definition_en}
                for r in relations().values() if r.name in present]
    legend = _legend(style, nodes, blocs_shown, colour_by, size_by, partition)
    stats = {"actors": len(keys) - (OTHERS in index), "actors_total": total, "hidden": len(hidden),
             "others": others if hidden else None, "events": len(attached), "events_given": len(given),
             "pairs": len(edges), "level": level, "colour_by": colour_by, "size_by": size_by,
             "max_actors": max_actors, "layout": "python" if len(keys) > PYTHON_LAYOUT_MIN else "physics"}
    return PageData(nodes=nodes, edges=edges, events=event_rows, docs=doc_rows, sentences=sentences,
                    relations=rel_rows, dates=sorted({e.date for e in attached if e.date}), legend=legend,
                    stats=stats)


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
