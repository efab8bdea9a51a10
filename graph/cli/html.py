"""``dipgraph html``: the interactive stance graph of GRAPH as one offline HTML page."""

from __future__ import annotations

import click

from ..analysis.networks import LEVELS, filter_events, load_events
from ..errors import UsageError
from ..relations import relations
from ..viz.html import DEFAULT_MAX_EVIDENCE, write_html
from ..viz.payload import COLOUR_BY, DEFAULT_MAX_ACTORS, OTHERS_MODES, SIZE_MEASURES


@click.command("html")
@click.argument("graph_path", metavar="GRAPH", type=click.Path(path_type=str))
@click.option("-o", "--out", "out", default="stance.html", show_default=True, type=click.Path(dir_okay=False),
              help="HTML file to write.")
@click.option("--title", default=None, help="Page title.  [default: dipgraph stance graph]")
@click.option("--level", type=click.Choice(LEVELS), default="code", show_default=True,
              help="Actor roll-up: state/organisation code, canonical actor (people apart), or as named.")
@click.option("--colour-by", "--color-by", "colour_by", type=click.Choice(COLOUR_BY), default="type",
              show_default=True, help="Node colour: actor type, or signed bloc.")
@click.option("--size-by", type=click.Choice(tuple(SIZE_MEASURES)), default="degree", show_default=True,
              help="Node importance (size, and which actors are kept above --max-actors).")
@click.option("--max-actors", type=click.IntRange(1, 100000), default=DEFAULT_MAX_ACTORS, show_default=True,
              help="Draw at most this many actors, the most important ones.")
@click.option("--others", type=click.Choice(OTHERS_MODES), default="merge", show_default=True,
              help="Beyond --max-actors: merge the rest into one node, or drop them.")
@click.option("--max-evidence", type=click.IntRange(1, 1000), default=DEFAULT_MAX_EVIDENCE, show_default=True,
              help="Evidence sentences listed in an edge's tooltip.")
@click.option("--since", "start", default=None, metavar="DATE", help="Keep events on or after this ISO date/prefix.")
@click.option("--until", "end", default=None, metavar="DATE", help="Keep events on or before this ISO date/prefix.")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.0, show_default=True,
              help="Drop less certain events.")
@click.option("--relation", "rels", multiple=True, metavar="NAME", help="Only these relations (repeatable).")
def command(graph_path, out, title, level, colour_by, size_by, max_actors, others, max_evidence, start, end,
            min_confidence, rels):
    """Draw the stance network of GRAPH (events.jsonl, a build folder, or an RDF file) as one
    self-contained HTML page that works with no network.

    Nodes are actors, sized by importance and coloured by type or bloc; edges are stances, coloured
    by sign and labelled by relation; hover them for details and evidence. The page filters by
    relation, sign and date. See docs/html.md.

    \b
    Example:
        dipgraph html out/events.jsonl -o stance.html
        dipgraph html out/graph.trig --colour-by bloc --max-actors 100 -o blocs.html
        dipgraph html out --since 2023-01 --relation attack --relation condemn -o hostile.html
    """
    unknown = sorted(set(rels) - set(relations()))
    if unknown:
        raise UsageError(f"unknown relation(s): {', '.join(unknown)} (see graph/data/relations.tsv)")
    events = filter_events(load_events(graph_path), start=start, end=end, min_confidence=min_confidence,
                           relations=list(rels) or None)
    written = write_html(events, out, title=title, level=level, max_actors=max_actors, others=others,
                         colour_by=colour_by, size_by=size_by, max_evidence=max_evidence)
    click.echo(f"Wrote {written} ({len(events)} event mentions)")
