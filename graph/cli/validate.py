"""``dipgraph validate``: SHACL shapes and violation queries on a graph."""

from __future__ import annotations

import click

from ..errors import NotValid
from ..validation import validate_graph


@click.command("validate")
@click.argument("graph_path", metavar="GRAPH", type=click.Path(path_type=str))
@click.option("--no-shacl", is_flag=True, help="Only run the *-violation.rq queries (faster on big graphs).")
@click.option("--max-findings", default=20, show_default=True, type=click.IntRange(0), help="Findings to print.")
def command(graph_path, no_shacl, max_findings):
    """Check GRAPH (file or store) against the SHACL shapes and the violation queries.

    Exit code 0 when the graph conforms, 1 when it does not (each finding is printed).

    \b
    Example:
        dipgraph validate out/graph.trig
        dipgraph validate store/ --no-shacl
    """
    report = validate_graph(graph_path, shacl=not no_shacl)
    if report.conforms:
        click.echo(f"{graph_path}: conforms ({len(report.checks)} checks: {', '.join(report.checks)})")
        return
    for f in report.findings[:max_findings]:
        click.echo(f"{f.check}: {f.focus}: {f.message}")
    more = len(report.findings) - max_findings
    if more > 0:
        click.echo(f"... and {more} more")
    raise NotValid(f"{graph_path}: {len(report.findings)} finding(s)")
