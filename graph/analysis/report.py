"""The analysis report: every measure of this package over one set of events, as Markdown,
JSON and PNG plots.

:func:`analyze` computes a JSON-ready dict (signed degrees, layer centralities, mediators, blocs,
triangle census, time series and sign flips); :func:`render_markdown` turns it into
``report.md``; :func:`write_report` writes ``report.md``, ``report.json`` and three plots
atomically. Everything is sorted, so the same events give byte-identical files. ``dipgraph build``
and ``dipgraph analyze`` both call :func:`write_report`.

Example
-------
>>> import tempfile
>>> paths = write_report([], tempfile.mkdtemp())
>>> sorted(paths)
['plot_matrix', 'plot_support', 'plot_time', 'report', 'report_json']
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Iterable, Sequence

from ..io import write_text
from ..model import Event
from . import plots
from .balance import signed_triangles, triangle_census, unbalanced_triads
from .blocs import signed_blocs
from .centrality import layer_centrality, stance_degrees
from .mediators import mediators
from .networks import counts_text, filter_events, signed_graph, stance_graph
from .temporal import most_active_pairs, sign_flips, stance_series

#: Output names -> file names, as returned by :func:`write_report`.
FILES = {
    "report": "report.md",
    "report_json": "report.json",
    "plot_matrix": "stance_matrix.png",
    "plot_support": "support_opposition.png",
    "plot_time": "stance_over_time.png",
}


def analyze(
    events: Iterable[Event],
    *,
    level: str = "code",
    start: str | None = None,
    end: str | None = None,
    min_confidence: float = 0.0,
    relations: Sequence[str] | None = None,
    window: str = "month",
    top: int = 10,
    summary: dict | None = None,
) -> dict:
    """Every measure over ``events`` as a JSON-ready dict (see the module docstring)."""
    filters = {"start": start, "end": end, "min_confidence": min_confidence,
               "relations": sorted(relations) if relations else None}
    events = filter_events(events, **filters)
    G = stance_graph(events, level=level)
    S = signed_graph(G)
    deg, cen = stance_degrees(G), layer_centrality(G)
    partition = signed_blocs(S)
    bloc = partition.bloc_of()
    actors = [
        {"actor": n, "label": G.nodes[n].get("label", n), **deg[n], **cen[n], "bloc": bloc.get(n)}
        for n in G.nodes()
    ]
    actors.sort(key=lambda r: (-(r["cooperation_received"] + r["opposition_received"]
                                 + r["cooperation_given"] + r["opposition_given"]), r["actor"]))
    pairs = [
        {"source": u, "target": v, "weight": d["weight"], "positive": d["positive"],
         "negative": d["negative"], "count": d["count"], "relations": counts_text(d["relations"])}
        for u, v, d in G.edges(data=True)
    ]
    pairs.sort(key=lambda r: (-abs(r["weight"]), r["source"], r["target"]))
    triangles = signed_triangles(S)
    series = stance_series(events, window=window, level=level)
    active = most_active_pairs(series, top=5)
    return {
        "summary": summary,
        "options": {"level": level, **filters, "window": window},
        "network": {
            "events": len(events),
            "actors": G.number_of_nodes(),
            "pairs": G.number_of_edges(),
            "cooperative_pairs": sum(1 for *_, w in S.edges(data="weight") if w > 0),
            "hostile_pairs": sum(1 for *_, w in S.edges(data="weight") if w < 0),
        },
        "actors": actors,
        "pairs": pairs,
        "mediators": mediators(G, top=top),
        "blocs": partition.to_json(),
        "balance": {"census": triangle_census(S, triangles=triangles),
                    "unbalanced": unbalanced_triads(S, top=top, triangles=triangles)},
        "time": {
            "window": window,
            "undated_events": sum(1 for e in events if not e.date),
            "active_pairs": [list(p) for p in active],
            "series": series,
            "flips": sign_flips(series),
        },
    }


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        value = f"{value:.3f}"
    # cells carry actor names from news text: no table breaks, no raw HTML
    return (str(value).replace("|", "\\|").replace("\n", " ")
            .replace("<", "&lt;").replace(">", "&gt;"))


def _table(headers: list[str], rows: list[list]) -> list[str]:
    if not rows:
        return ["_none_", ""]
    out = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    out += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in rows]
    return out + [""]


def _summary(result: dict, top: int) -> list[str]:
    """The build summary: counts, events per relation, top stances (absent without a build)."""
    s = result.get("summary")
    if not s:
        return []
    lines = ["## Build summary", "",
             f"{s.get('documents', 0)} documents ({s.get('skipped', 0)} skipped), "
             f"{s.get('actors', 0)} actors, {s.get('events', 0)} event mentions.", ""]
    lines += _table(["relation", "mentions"],
                    [[r, n] for r, n in sorted(s.get("by_relation", {}).items(), key=lambda kv: (-kv[1], kv[0]))])
    lines += ["Top stances:", ""]
    return lines + _table(["source", "relation", "target", "mentions"],
                          [[t["source"], t["relation"], t["target"], t["mentions"]] for t in s.get("top_stances", [])])


def _network(result: dict, top: int) -> list[str]:
    """The options and the size of the network."""
    o, net = result["options"], result["network"]
    window = ", ".join(f"{k}={v}" for k, v in o.items() if v not in (None, 0, 0.0))
    return ["## Network", "", f"Options: {window}.", "",
            f"{net['events']} events, {net['actors']} actors, {net['pairs']} directed pairs "
            f"({net['cooperative_pairs']} cooperative and {net['hostile_pairs']} hostile actor pairs). "
            "Event weight = Goldstein weight / 10 x confidence; see docs/analysis.md.", ""]


#: the actor table's measures and their column headers
ACTOR_MEASURES = (
    ("support_received", "support recv"), ("support_given", "support given"),
    ("contact_received", "contact recv"), ("contact_given", "contact given"),
    ("opposition_received", "opposition recv"), ("opposition_given", "opposition given"),
    ("pagerank_positive", "PageRank +"), ("pagerank_negative", "PageRank -"),
    ("betweenness_positive", "betweenness +"), ("betweenness_negative", "betweenness -"), ("bloc", "bloc"),
)


def _actors(result: dict, top: int) -> list[str]:
    """The ``top`` actors with their degrees, centralities and bloc (labels when they differ)."""
    lines = ["## Actors: support, contact and opposition", "",
             "Weighted in/out degree: support counts the support family only (support, aid, cooperate); "
             "contact is meetings and mediation (contact, not backing); opposition is every conflictual "
             "relation. PageRank and betweenness on the cooperative (+) and conflictual (-) layers.", ""]
    labelled = any(a["label"] != a["actor"] for a in result["actors"])
    return lines + _table(
        ["actor"] + ["label"] * labelled + [header for _, header in ACTOR_MEASURES],
        [[a["actor"]] + [a["label"]] * labelled + [a[k] for k, _ in ACTOR_MEASURES] for a in result["actors"][:top]])


def _stances(result: dict, top: int) -> list[str]:
    """The ``top`` pairs by net weight."""
    return ["## Strongest stances", ""] + _table(
        ["source", "target", "net weight", "mentions", "relations"],
        [[p["source"], p["target"], p["weight"], p["count"], p["relations"].replace(";", ", ")]
         for p in result["pairs"][:top]])


def _mediators(result: dict, top: int) -> list[str]:
    """Third parties with cooperative ties to both sides of a pair in conflict."""
    return ["## Mediators", "", "Third parties with cooperative ties to both sides of a pair in conflict.", ""] \
        + _table(["mediator", "score", "explicit mediation", "pairs"],
                 [[m["mediator"], m["score"], m["explicit"], ", ".join(f"{a} – {b}" for a, b in m["pairs"])]
                  for m in result["mediators"]])


def _blocs(result: dict, top: int) -> list[str]:
    """The signed partition into blocs and the edges that disagree with it."""
    b = result["blocs"]
    lines = ["## Blocs", "",
             f"Signed spectral partition; frustration {b['frustration']} edge(s), "
             f"weight {b['weighted_frustration']:.3f}.", ""]
    lines += _table(["bloc", "members"], [[i, ", ".join(m)] for i, m in enumerate(b["blocs"], 1)])
    if b["frustrated_edges"]:
        lines += ["Edges that disagree with the partition:", ""]
        lines += _table(["actor", "actor", "net weight"],
                        [[e["u"], e["v"], e["weight"]] for e in b["frustrated_edges"][:top]])
    return lines


def _balance(result: dict, top: int) -> list[str]:
    """The triangle census and the most unbalanced triads."""
    c = result["balance"]["census"]
    ratio = "n/a" if c["balance_ratio"] is None else f"{c['balance_ratio']:.3f}"
    lines = ["## Structural balance", "",
             f"Signed triangles: {c['total']}; balance ratio {ratio} (Cartwright and Harary 1956).", ""]
    lines += _table(["+++", "++-", "+--", "---"], [[c["+++"], c["++-"], c["+--"], c["---"]]])
    lines += ["Most unbalanced triads:", ""]
    return lines + _table(["triad", "type", "weights", "tension"],
                          [[" / ".join(t["actors"]), t["type"], ", ".join(f"{w:.3f}" for w in t["weights"]),
                            t["tension"]] for t in result["balance"]["unbalanced"]])


def _time(result: dict, top: int) -> list[str]:
    """Sign flips and the most active pairs per period."""
    t = result["time"]
    lines = ["## Change over time", "", f"Window: {t['window']}; {t['undated_events']} undated event(s) left out.", ""]
    if t["undated_events"] and not t["series"]:
        lines += ["No event is dated, so nothing changes over time here. Date the documents with "
                  "`dipgraph build --date YYYY-MM-DD` or a `date` field on each JSONL line.", ""]
    lines += ["Pairs whose net sign flips:", ""]
    lines += _table(["pair", "from", "to", "weights", "change"],
                    [[f"{f['source']} – {f['target']}", f["from_period"], f["to_period"],
                      f"{f['from_weight']:.3f} → {f['to_weight']:.3f}", f["change"]] for f in t["flips"]])
    lines += ["Most active pairs:", ""]
    active = {tuple(p) for p in t["active_pairs"]}
    return lines + _table(["pair", "period", "net weight", "mentions"],
                          [[f"{p['source']} – {p['target']}", p["period"], p["weight"], p["count"]]
                           for p in t["series"] if (p["source"], p["target"]) in active])


def _plots(result: dict, top: int) -> list[str]:
    """The three plots written next to the report."""
    return ["## Plots", "", "![Stance matrix](stance_matrix.png)", "",
            "![Support, contact and opposition, received and given](support_opposition.png)", "",
            "![Stance over time](stance_over_time.png)", ""]


#: the sections of ``report.md``, in order: ``(result, top) -> lines``
SECTIONS = (_summary, _network, _actors, _stances, _mediators, _blocs, _balance, _time, _plots)


def render_markdown(result: dict, top: int = 10) -> str:
    """``report.md``: the build summary, then one section per measure (:data:`SECTIONS`), top
    ``top`` rows each."""
    lines = ["# dipgraph stance-network report", ""]
    for section in SECTIONS:
        lines += section(result, top)
    return "\n".join(lines).rstrip() + "\n"


def write_report(events: Iterable[Event], out_dir: str | Path, summary: dict | None = None,
                 **options) -> dict[str, Path]:
    """Write ``report.md``, ``report.json`` and the PNG plots into ``out_dir``.

    ``options`` are those of :func:`analyze` (``level``, ``start``, ``end``, ``min_confidence``,
    ``relations``, ``window``, ``top``). Works with no events at all (an empty report).
    Returns ``{"report": ..., "report_json": ..., "plot_matrix": ..., "plot_support": ...,
    "plot_time": ...}``.
    """
    result = analyze(list(events), summary=summary, **options)
    return write_result(result, out_dir, top=options.get("top", 10))


def write_result(result: dict, out_dir: str | Path, top: int = 10) -> dict[str, Path]:
    """Write the files of :func:`write_report` from an :func:`analyze` result."""
    out = Path(out_dir)
    paths = {k: out / name for k, name in FILES.items()}
    write_text(paths["report_json"], json.dumps(result, ensure_ascii=False, indent=1, sort_keys=True) + "\n")
    write_text(paths["report"], render_markdown(result, top=top))
    shown = [a["actor"] for a in result["actors"][:25]]
    plots.plot_matrix(
        sorted(shown),
        {(p["source"], p["target"]): p["weight"] for p in result["pairs"]
         if p["source"] in shown and p["target"] in shown},
        paths["plot_matrix"],
    )
    plots.plot_support_bars(result["actors"][:15], paths["plot_support"])
    plots.plot_time(result["time"]["series"], [tuple(p) for p in result["time"]["active_pairs"]], paths["plot_time"],
                    undated=result["time"]["undated_events"])
    return paths
