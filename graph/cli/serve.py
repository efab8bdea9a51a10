"""``dipgraph serve``: a SPARQL endpoint over a store or a graph file."""

from __future__ import annotations

import signal
import subprocess
import tempfile
from pathlib import Path

import click

from ..errors import ServerError
from ..sparql.endpoint import LOOPBACK, oxigraph_program, server_command


def _store_from_file(path: Path, folder: Path) -> Path:
    from ..rdf.load import read_quads
    from ..sparql.store import Store

    location = folder / "store"
    with Store(location) as st:
        st._store.extend(read_quads(path))
        st.add_ontology()
    return location


@click.command("serve")
@click.argument("graph_path", metavar="STORE", type=click.Path(path_type=Path))
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind; anything but loopback exposes the graph.")
@click.option("--port", default=7878, show_default=True, type=click.IntRange(1, 65535), help="TCP port.")
@click.option("--writable", is_flag=True, help="Accept SPARQL updates (refused by default).")
@click.option("--timeout", default=30.0, show_default=True, type=click.FloatRange(0.1), help="Seconds after which a query is stopped.")
def command(graph_path, host, port, writable, timeout):
    """Serve STORE (a store folder made by build --store, or a graph file) over SPARQL HTTP.

    Queries go to http://HOST:PORT/query (SPARQL 1.1 protocol). The server is read-only unless
    --writable, binds 127.0.0.1 unless --host says otherwise, and stops queries after --timeout
    seconds. A graph file is served from a temporary store (read-only, gone on exit).

    \b
    Example:
        dipgraph build examples/corpus -o out --store store
        dipgraph serve store --port 7878
        curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * WHERE { ?a <https://w3id.org/dipgraph/ontology#opposes> ?b }' http://127.0.0.1:7878/query
    """
    if not graph_path.exists():
        raise ServerError(f"{graph_path}: no such store or graph file")
    program = oxigraph_program()
    if host not in LOOPBACK:
        click.echo(f"Warning: serving on {host}: anyone who can reach this address can query the graph", err=True)
    with tempfile.TemporaryDirectory(prefix="dipgraph-serve-") as tmp:
        location = graph_path
        if graph_path.is_file():
            if writable:
                raise ServerError("--writable needs a store folder (updates to a temporary store would be lost)")
            location = _store_from_file(graph_path, Path(tmp))
        cmd = server_command(location, host=host, port=port, writable=writable, timeout=timeout, program=program)
        mode = "read-write" if writable else "read-only"
        click.echo(f"Serving {graph_path} ({mode}) at http://{host}:{port}/query; Ctrl-C to stop", err=True)
        proc = subprocess.Popen(cmd)
        signal.signal(signal.SIGTERM, lambda *_: proc.terminate())
        try:
            code = proc.wait()
        except KeyboardInterrupt:
            proc.terminate()
            code = proc.wait()
        if code not in (0, -signal.SIGTERM, -signal.SIGINT, 130, 143):
            raise ServerError(f"the Oxigraph server stopped with exit code {code} (is port {port} taken?)")
