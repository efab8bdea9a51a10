"""NetworkX graphs built from stance events: one edge per event, or one signed edge per pair.

Two views of the same events:

- :func:`event_graph`: a ``MultiDiGraph`` with one edge per event mention (relation, sign,
  Goldstein weight, confidence, date, evidence), for inspection and export;
- :func:`stance_graph`: a ``DiGraph`` with one signed, weighted edge per ordered actor pair,
  and :func:`signed_graph`, its undirected view, which the bloc, balance and mediator measures use.

Each event weighs

.. math:: w(e) = \\frac{g(e)}{10} \\cdot c(e)

where :math:`g(e)` is the Goldstein (1992) weight of its relation (``graph/data/relations.tsv``;
its sign is the relation's sign, from -10 for an attack to +9 for a retreat) and :math:`c(e)` the
extractor's confidence. An edge's ``weight`` is the sum over its events, so it grows with the
number of mentions, with how cooperative or hostile the relations are and with how sure the
extractor was; ``positive`` and ``negative`` keep the two parts apart (both >= 0, and
``weight = positive - negative``). Symmetric relations (``meet``, ``agree``, ``cooperate``) count
for both actors: half of their weight goes to each direction.

Actors are nodes at one of three roll-up levels: ``"code"`` (the guidelines' state /
organisation / group code, e.g. ``RUS``), ``"actor"`` (the canonical actor id, e.g.
``person/vladimir-putin``, so people stay apart from their state) or ``"named"`` (the actor as
named in the text).

Reference: J. S. Goldstein (1992), "A conflict-cooperation scale for WEIS events data",
*Journal of Conflict Resolution* 36(2), 369-385.

Example
-------
>>> from graph.model import Event
>>> ev = [Event(doc="d", source="TUR", relation="support", target="AZE", source_actor="Turkey",
...             target_actor="Azerbaijan", sentence="s", start=0, end=1, trigger="backs",
...             confidence=1.0, language="en", date="2020-10-01")]
>>> G = stance_graph(ev)
>>> G["TUR"]["AZE"]["weight"], G["TUR"]["AZE"]["count"]
(0.34, 1)
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from pathlib import Path
from typing import Iterable, Mapping, Sequence

import networkx as nx

from ..errors import GraphFileError, InputError, UsageError
from ..families import relation_families
from ..model import Event
from ..relations import SYMMETRIC_RELATIONS, relations

_DATE_PREFIX = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")

#: Roll-up levels for actor nodes.
LEVELS = ("code", "actor", "named")


def event_weight(event: Event) -> float:
    """The signed weight of one event: Goldstein weight / 10 x confidence.

    >>> from graph.model import Event
    >>> e = Event(doc="d", source="AZE", relation="attack", target="ARM", source_actor="",
    ...           target_actor="", sentence="", start=0, end=0, trigger="", confidence=0.5,
    ...           language="en")
    >>> event_weight(e)
    -0.5
    """
    return relations()[event.relation].goldstein / 10.0 * float(event.confidence)


def node_of(event: Event, side: str, level: str = "code") -> str:
    """The node an event's ``"source"`` or ``"target"`` becomes at roll-up ``level``.

    Parameters
    ----------
    event : Event
        The event.
    side : str
        ``"source"`` or ``"target"``.
    level : str
        One of :data:`LEVELS`: the code, the canonical actor id or the actor as named (each
        falling back to the code).

    Returns
    -------
    str
        The node.

    Raises
    ------
    ValueError
        For an unknown ``level``.

    Examples
    --------
    >>> e = Event(doc="d", source="RUS", relation="meet", target="UKR", source_actor="Putin",
    ...           target_actor="", sentence="", start=0, end=0, trigger="", confidence=1.0,
    ...           language="en", source_id="person/vladimir-putin")
    >>> node_of(e, "source"), node_of(e, "source", "actor"), node_of(e, "target", "named")
    ('RUS', 'person/vladimir-putin', 'UKR')
    """
    code = getattr(event, side)
    if level == "code":
        return code
    if level == "actor":
        return getattr(event, f"{side}_id") or code
    if level == "named":
        return getattr(event, f"{side}_actor") or code
    raise ValueError(f"unknown roll-up level {level!r} (choose from {', '.join(LEVELS)})")


def _in_window(date: str | None, start: str | None, end: str | None) -> bool:
    if start is None and end is None:
        return True
    if not date:
        return False
    if start is not None and date[: len(start)] < start:
        return False
    if end is not None and date[: len(end)] > end:
        return False
    return True


def filter_events(
    events: Iterable[Event],
    *,
    start: str | None = None,
    end: str | None = None,
    min_confidence: float = 0.0,
    relations: Sequence[str] | None = None,
) -> list[Event]:
    """Keep the events inside a time window, above a confidence and of some relations.

    Parameters
    ----------
    events : iterable of Event
        The events.
    start, end : str, optional
        Inclusive ISO prefixes (``"2020"``, ``"2020-10"``, ``"2020-10-02"``); once a window is
        given, undated events are left out.
    min_confidence : float
        The lowest confidence kept.
    relations : sequence of str, optional
        The relations kept (all when empty).

    Returns
    -------
    list of Event
        The events kept, in their order.

    Raises
    ------
    UsageError
        For a bound that is not an ISO date or prefix.

    Examples
    --------
    >>> def ev(date):
    ...     return Event(doc="d", source="A", relation="meet", target="B", source_actor="",
    ...                  target_actor="", sentence="", start=0, end=0, trigger="", confidence=1.0,
    ...                  language="en", date=date)
    >>> [e.date for e in filter_events([ev("2019-12-31"), ev("2020-03-01"), ev(None)], start="2020")]
    ['2020-03-01']
    """
    for bound in (start, end):
        if bound is not None and not _DATE_PREFIX.fullmatch(bound):
            raise UsageError(f"date {bound!r} is not an ISO date or prefix (YYYY, YYYY-MM or YYYY-MM-DD)")
    wanted = None if not relations else set(relations)
    return [
        e for e in events
        if float(e.confidence) >= min_confidence
        and (wanted is None or e.relation in wanted)
        and _in_window(e.date, start, end)
    ]


def _clean(value):
    """A GEXF/GraphML-safe attribute value (no ``None``)."""
    return "" if value is None else value


def event_graph(events: Iterable[Event], *, level: str = "code", **filters) -> nx.MultiDiGraph:
    """A ``MultiDiGraph`` with one edge per event mention, keyed by its position.

    Edge attributes: ``relation``, ``sign`` (``"+"``/``"-"``), ``goldstein``, ``confidence``,
    ``weight`` (:func:`event_weight`), ``date`` (``""`` if unknown), ``doc``, ``evidence`` (the
    sentence), ``trigger``, ``source_actor`` and ``target_actor`` as named. ``filters`` are those
    of :func:`filter_events`.

    >>> from graph.model import Event
    >>> e = Event(doc="d", source="RUS", relation="meet", target="UKR", source_actor="Moscow",
    ...           target_actor="Kyiv", sentence="s", start=0, end=1, trigger="met",
    ...           confidence=1.0, language="en")
    >>> M = event_graph([e, e])
    >>> M.number_of_edges("RUS", "UKR"), M["RUS"]["UKR"][0]["sign"]
    (2, '+')
    """
    events = filter_events(events, **filters)
    M = nx.MultiDiGraph(level=level)
    _add_nodes(M, events, level)
    for i, e in enumerate(events):
        M.add_edge(
            node_of(e, "source", level), node_of(e, "target", level), key=i,
            relation=e.relation, sign=e.sign, goldstein=e.goldstein,
            confidence=round(float(e.confidence), 3), weight=round(event_weight(e), 6),
            date=_clean(e.date), doc=e.doc, evidence=e.sentence, trigger=e.trigger,
            source_actor=e.source_actor, target_actor=e.target_actor,
        )
    return M


def _add_nodes(G: nx.Graph, events: list[Event], level: str) -> None:
    labels: dict[str, Counter] = defaultdict(Counter)
    codes: dict[str, Counter] = defaultdict(Counter)
    for e in events:
        for side in ("source", "target"):
            node = node_of(e, side, level)
            labels[node][getattr(e, f"{side}_actor") or node] += 1
            codes[node][getattr(e, side)] += 1
    for node in sorted(labels):
        label = node if level == "code" else _most_common(labels[node])
        G.add_node(node, label=label, code=_most_common(codes[node]))


def _most_common(counter: Counter) -> str:
    return sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]


def stance_graph(events: Iterable[Event], *, level: str = "code", **filters) -> nx.DiGraph:
    """The aggregated signed ``DiGraph``: one edge per ordered actor pair.

    Edge attributes: ``weight`` (net signed weight), ``positive`` and ``negative`` (the summed
    cooperative and conflictual parts, both >= 0), ``support`` and ``contact`` (the parts of
    ``positive`` from the support family and from the contact family, see
    :func:`relation_families`), ``count`` (event mentions), ``mutual``
    (mentions of symmetric relations, also counted on the reverse edge), ``sign`` (+1, -1 or 0
    for the net weight), ``relations`` (a dict relation -> mentions, sorted by relation:
    ``{"attack": 2, "condemn": 1}``), ``first_date``, ``last_date``.
    Self-loops (an actor toward itself at the chosen level) are dropped.
    """
    events = filter_events(events, **filters)
    G = nx.DiGraph(level=level)
    _add_nodes(G, events, level)
    acc: dict[tuple[str, str], dict] = {}
    family = relation_families()
    for e in events:
        u, v = node_of(e, "source", level), node_of(e, "target", level)
        if u == v:
            continue
        w = event_weight(e)
        mutual = e.relation in SYMMETRIC_RELATIONS
        for a, b, share in ((u, v, 0.5), (v, u, 0.5)) if mutual else ((u, v, 1.0),):
            d = acc.setdefault((a, b), {"positive": 0.0, "negative": 0.0, "support": 0.0, "contact": 0.0,
                                        "count": 0, "mutual": 0, "relations": Counter(), "dates": []})
            d["positive" if w > 0 else "negative"] += abs(w) * share
            if family[e.relation] in ("support", "contact"):
                d[family[e.relation]] += abs(w) * share
            d["count"] += 1
            d["mutual"] += int(mutual)
            d["relations"][e.relation] += 1
            if e.date:
                d["dates"].append(e.date)
    for (u, v), d in sorted(acc.items()):
        weight = round(d["positive"] - d["negative"], 6)
        G.add_edge(
            u, v, weight=weight, positive=round(d["positive"], 6), negative=round(d["negative"], 6),
            support=round(d["support"], 6), contact=round(d["contact"], 6), count=d["count"], mutual=d["mutual"], sign=(weight > 0) - (weight < 0),
            relations=dict(sorted(d["relations"].items())),
            first_date=min(d["dates"], default=""), last_date=max(d["dates"], default=""),
        )
    # isolated nodes whose only events were self-loops stay, so every actor is listed
    return G


def counts_text(counts: Mapping[str, int]) -> str:
    """Relation counts as one string, for files whose attributes are strings (GEXF, GraphML, the
    report's tables): the export boundary, never read back.

    >>> counts_text({"condemn": 1, "attack": 2})
    'attack:2;condemn:1'
    """
    return ";".join(f"{r}:{n}" for r, n in sorted(counts.items()))


def signed_graph(G: nx.DiGraph) -> nx.Graph:
    """The undirected signed view of a :func:`stance_graph`: both directions of a pair summed.

    ``count`` counts each event mention once (symmetric mentions appear on both directed edges).

    >>> D = nx.DiGraph()
    >>> D.add_edge("A", "B", weight=0.5, positive=0.5, negative=0.0, count=1, mutual=0)
    >>> D.add_edge("B", "A", weight=-1.0, positive=0.0, negative=1.0, count=2, mutual=0)
    >>> S = signed_graph(D)
    >>> S["A"]["B"]["weight"], S["A"]["B"]["sign"], S["A"]["B"]["count"]
    (-0.5, -1, 3)
    """
    S = nx.Graph(level=G.graph.get("level", "code"))
    S.add_nodes_from(sorted(G.nodes(data=True)))
    for u, v in sorted({tuple(sorted(e)) for e in G.edges()}):
        parts = [G[a][b] for a, b in ((u, v), (v, u)) if G.has_edge(a, b)]
        pos = round(sum(p.get("positive", max(p["weight"], 0.0)) for p in parts), 6)
        neg = round(sum(p.get("negative", max(-p["weight"], 0.0)) for p in parts), 6)
        weight = round(sum(p["weight"] for p in parts), 6)
        count = sum(p.get("count", 1) for p in parts) - (parts[0].get("mutual", 0) if len(parts) == 2 else 0)
        S.add_edge(u, v, weight=weight, positive=pos, negative=neg, count=count,
                   sign=(weight > 0) - (weight < 0))
    return S


def load_events(path: str | Path) -> list[Event]:
    """Read events from ``events.jsonl``, a build folder, or an RDF file or store.

    A build folder is read through its ``events.jsonl`` (or, failing that, its ``graph.*`` file);
    another folder is taken for an Oxigraph store.

    JSON Lines rows are :meth:`Event.to_json` rows; rows with an unknown relation are an error
    naming the line. RDF input goes through ``graph.rdf.load``.
    """
    path = Path(path)
    if path.is_dir():  # a build folder: its events table, else its graph file, else a store
        for name in ("events.jsonl", "graph.trig", "graph.ttl", "graph.nq", "graph.jsonld"):
            if (path / name).is_file():
                path = path / name
                break
    if not path.exists():
        raise GraphFileError(f"{path}: no such file or folder")
    if path.is_file() and path.suffix.lower() in (".jsonl", ".ndjson"):
        return _read_events_jsonl(path)
    try:
        from ..rdf.load import events_from_dataset, load_graph
    except ImportError as err:  # the RDF stage is optional for this module
        raise GraphFileError(f"{path}: cannot read RDF here ({err}); give an events.jsonl") from None
    return list(events_from_dataset(load_graph(path)))


def _read_events_jsonl(path: Path) -> list[Event]:
    import json

    known = relations()
    events = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                event = Event.from_json(row)
            except (ValueError, TypeError) as err:
                raise InputError(f"{path}:{n}", f"not an event row ({str(err).splitlines()[0]})") from None
            if event.relation not in known:
                raise InputError(f"{path}:{n}", f"unknown relation {event.relation!r}")
            try:
                event.confidence = float(event.confidence)
            except (TypeError, ValueError):
                raise InputError(f"{path}:{n}", f"confidence {event.confidence!r} is not a number") from None
            events.append(event)
    return events
