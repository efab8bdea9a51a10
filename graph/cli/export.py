"""``dipgraph export``: the stance graph as GEXF/GraphML for Gephi, or re-serialised RDF."""

from __future__ import annotations

from pathlib import Path

import click

from ..analysis.networks import LEVELS
from ..errors import GraphFileError, UsageError
from ..rdf.formats import WRITE_FORMATS

NETWORK = ("gexf", "graphml")
RDF = WRITE_FORMATS


def _is_events(path: Path) -> bool:
    return path.suffix.lower() in (".jsonl", ".ndjson") or (path.is_dir() and (path / "events.jsonl").is_file())


def export(graph_path: str, out: str, fmt: str, *, kind: str = "stance", level: str = "code", **filters) -> Path:
    """Write GRAPH to ``out`` in ``fmt``; see ``dipgraph export --help``."""
    path = Path(graph_path)
    if fmt in RDF:
        if _is_events(path):
            raise UsageError(f"{path}: RDF export needs an RDF graph (e.g. out/graph.trig), not events.jsonl")
        if not path.exists():
            raise GraphFileError(f"{path}: no such file or folder")
        try:
            from ..rdf.load import load_graph
            from ..rdf.serialize import write_dataset
        except ImportError as err:
            raise GraphFileError(f"RDF export is not available here ({err})") from None
        write_dataset(load_graph(path), Path(out), fmt)
        return Path(out)
    from ..analysis.gephi import annotate, write_network
    from ..analysis.networks import event_graph, load_events, stance_graph

    events = load_events(path)
    G = event_graph(events, level=level, **filters) if kind == "events" else annotate(stance_graph(events, level=level, **filters))
    write_network(G, out, fmt)
    return Path(out)


@click.command("export")
@click.argument("graph_path", metavar="GRAPH", type=click.Path(path_type=str))
@click.option("--format", "fmt", type=click.Choice(NETWORK + RDF), required=True,
              help=f"gexf/graphml: network for Gephi; {'/'.join(RDF)}: RDF (GRAPH must be RDF).")
@click.option("-o", "--out", "out", required=True, type=click.Path(dir_okay=False), help="File to write.")
@click.option("--graph", "kind", type=click.Choice(["stance", "events"]), default="stance", show_default=True,
              help="stance: one signed weighted edge per actor pair, with node measures; events: one edge per event.")
@click.option("--level", type=click.Choice(LEVELS), default="code", show_default=True, help="Actor roll-up level.")
@click.option("--since", "start", default=None, metavar="DATE", help="Keep events on or after this ISO date/prefix.")
@click.option("--until", "end", default=None, metavar="DATE", help="Keep events on or before this ISO date/prefix.")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.0, show_default=True, help="Drop less certain events.")
def command(graph_path, fmt, out, kind, level, start, end, min_confidence):
    """Export GRAPH (events.jsonl, a build folder, or an RDF file) for Gephi or as other RDF.

    \b
    Example:
        dipgraph export out/events.jsonl --format gexf -o stance.gexf
        dipgraph export out/graph.trig --format graphml --graph events -o events.graphml
        dipgraph export out/graph.trig --format turtle -o graph.ttl
    """
    written = export(graph_path, out, fmt, kind=kind, level=level, start=start, end=end,
                     min_confidence=min_confidence)
    click.echo(f"Wrote {written}")
