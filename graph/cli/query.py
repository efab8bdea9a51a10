"""``dipgraph query``: saved or ad-hoc SPARQL on a graph file or a store."""

from __future__ import annotations

import csv
import io
import json

import click

from ..sparql.queries import parse_params, resolve_query, run, saved_queries
from ..sparql.store import Store
from .common import format_table


def _render(columns: list[str], rows: list[list[str]], fmt: str) -> str:
    if fmt == "json":
        return json.dumps([dict(zip(columns, r)) for r in rows], ensure_ascii=False, indent=1)
    if fmt in ("csv", "tsv"):
        buf = io.StringIO()
        writer = csv.writer(buf, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        writer.writerow(columns)
        writer.writerows(rows)
        return buf.getvalue().rstrip("\n")
    return format_table(columns, rows) if rows else "(no rows)"


@click.command("query")
@click.argument("graph_path", metavar="GRAPH", type=click.Path(path_type=str))
@click.argument("query", required=False)
@click.option("--list", "list_", is_flag=True, help="List the saved queries and their parameters.")
@click.option("-p", "--param", "params", multiple=True, metavar="NAME=VALUE", help="Bind a query parameter, e.g. actor=AZE.")
@click.option("-f", "--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json"]), default="table", show_default=True,
              help="Output format.")
def command(graph_path, query, list_, params, fmt):
    """Run QUERY on GRAPH (a graph file such as out/graph.trig, or a store folder).

    QUERY is the name of a saved query (see --list), a .rq file, or SPARQL text. Parameters
    bind the query's variables as strings; a parameter left out matches every value.

    \b
    Example:
        dipgraph query out/graph.trig --list
        dipgraph query out/graph.trig who-supports --param actor=AZE
        dipgraph query store/ mediators --format csv
        dipgraph query out/graph.trig "SELECT ?a ?b WHERE { ?a dg:opposes ?b }"
    """
    if list_ or not query:
        for q in saved_queries().values():
            click.echo(f"{q.name}: {q.title}")
            click.echo(f"    {q.description}")
            for name, doc in q.params.items():
                click.echo(f"    --param {name}=...  {doc}")
        return
    saved = resolve_query(query)
    with Store.from_file(graph_path) as st:
        columns, rows = run(st, saved, parse_params(params))
    click.echo(_render(columns, rows, fmt))
