"""``dipgraph analyze``: the stance-network report in the terminal, and as files."""

from __future__ import annotations

import click

from ..analysis.networks import LEVELS, load_events
from ..analysis.report import analyze, write_result
from ..analysis.temporal import WINDOWS
from ..errors import UsageError
from ..relations import relations
from .common import format_table


def _f(x: float) -> str:
    return f"{x:.3f}"


def _members(names: list[str], width: int = 72) -> str:
    """Bloc members on one terminal line: as many as fit in ``width``, then a count."""
    shown: list[str] = []
    for name in names:
        if shown and len(", ".join(shown + [name])) > width:
            break
        shown.append(name)
    more = f" (+{len(names) - len(shown)} more)" if len(shown) < len(names) else ""
    return ", ".join(shown) + more


def render_text(result: dict, top: int = 10) -> str:
    """The terminal report: one titled table per measure, top ``top`` rows each."""
    net = result["network"]
    out = [f"{net['events']} events, {net['actors']} actors, {net['pairs']} directed pairs "
           f"({net['cooperative_pairs']} cooperative, {net['hostile_pairs']} hostile)"]

    def section(title: str, headers: list[str], rows: list[list]) -> None:
        out.append(f"\n{title}:")
        out.append(format_table(headers, rows) if rows else "  (none)")

    section("Support and opposition (weighted degree)",
            ["actor", "support recv", "opp. recv", "support given", "opp. given", "PageRank +", "PageRank -", "bloc"],
            [[a["actor"], _f(a["support_received"]), _f(a["opposition_received"]), _f(a["support_given"]),
              _f(a["opposition_given"]), _f(a["pagerank_positive"]), _f(a["pagerank_negative"]), a["bloc"]]
             for a in result["actors"][:top]])
    section("Strongest stances", ["source", "target", "net weight", "mentions"],
            [[p["source"], p["target"], _f(p["weight"]), p["count"]] for p in result["pairs"][:top]])
    section("Mediators", ["mediator", "score", "explicit", "pairs in conflict"],
            [[m["mediator"], _f(m["score"]), m["explicit"], ", ".join(f"{a} – {b}" for a, b in m["pairs"])]
             for m in result["mediators"][:top]])
    b = result["blocs"]
    section(f"Blocs (frustration {b['frustration']} edges, weight {_f(b['weighted_frustration'])})",
            ["bloc", "members"],
            [[i, _members(m)] for i, m in enumerate(b["blocs"][:top])])
    if len(b["blocs"]) > top:
        out.append(f"  ... and {len(b['blocs']) - top} more blocs (see report.md)")
    c = result["balance"]["census"]
    ratio = "n/a" if c["balance_ratio"] is None else _f(c["balance_ratio"])
    section(f"Structural balance ({c['total']} signed triangles, balance ratio {ratio})",
            ["+++", "++-", "+--", "---"], [[c["+++"], c["++-"], c["+--"], c["---"]]])
    section("Most unbalanced triads", ["triad", "type", "tension"],
            [[" / ".join(t["actors"]), t["type"], _f(t["tension"])] for t in result["balance"]["unbalanced"][:top]])
    section(f"Sign flips (window: {result['time']['window']})", ["pair", "from", "to", "change"],
            [[f"{f['source']} – {f['target']}", f["from_period"], f["to_period"], f["change"]]
             for f in result["time"]["flips"][:top]])
    return "\n".join(out)


@click.command("analyze")
@click.argument("graph_path", metavar="GRAPH", type=click.Path(path_type=str))
@click.option("-o", "--out", "out_dir", default="analysis", show_default=True, type=click.Path(file_okay=False),
              help="Folder for report.md, report.json and the PNG plots.")
@click.option("--level", type=click.Choice(LEVELS), default="code", show_default=True,
              help="Roll-up: state/organisation code, canonical actor (people apart), or actor as named.")
@click.option("--since", "start", default=None, metavar="DATE", help="Keep events on or after this ISO date/prefix.")
@click.option("--until", "end", default=None, metavar="DATE", help="Keep events on or before this ISO date/prefix.")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.0, show_default=True, help="Drop less certain events.")
@click.option("--relation", "rels", multiple=True, metavar="NAME", help="Only these relations (repeatable).")
@click.option("--window", type=click.Choice(WINDOWS), default="month", show_default=True, help="Time window of the series.")
@click.option("--top", type=click.IntRange(1, 1000), default=10, show_default=True, help="Rows per table.")
@click.option("--no-files", is_flag=True, help="Only print; write no files.")
def command(graph_path, out_dir, level, start, end, min_confidence, rels, window, top, no_files):
    """Analyse the stance network in GRAPH (events.jsonl, a build folder, or an RDF file/store).

    Prints support and opposition per actor, PageRank, mediators, blocs, structural balance and
    sign flips, and writes OUT/report.md, OUT/report.json and PNG plots. Weights and measures are
    explained in docs/analysis.md.

    \b
    Example:
        dipgraph analyze out/events.jsonl -o out/analysis
        dipgraph analyze out/graph.trig --level actor --since 2020-09 --window week
    """
    unknown = sorted(set(rels) - set(relations()))
    if unknown:
        raise UsageError(f"unknown relation(s): {', '.join(unknown)} (see graph/data/relations.tsv)")
    options = dict(level=level, start=start, end=end, min_confidence=min_confidence,
                   relations=list(rels) or None, window=window, top=top)
    events = load_events(graph_path)
    result = analyze(events, **options)
    click.echo(render_text(result, top=top))
    if not no_files:
        paths = write_result(result, out_dir, top=top)
        click.echo("\nWrote: " + ", ".join(str(p) for p in paths.values()))
