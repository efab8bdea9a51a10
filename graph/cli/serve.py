"""``dipgraph serve``: a SPARQL endpoint over a store or a graph file."""

from __future__ import annotations

import signal
import subprocess
import tempfile
import threading
from pathlib import Path

import click

from ..errors import ServerError
from ..sparql.endpoint import LOOPBACK, free_port, oxigraph_program, server_command, wait_until_up


def _store_from_file(path: Path, folder: Path) -> Path:
    from ..sparql.store import Store

    location = folder / "store"
    with Store(location) as st:
        st.load_file(path)
    return location


@click.command("serve")
@click.argument("graph_path", metavar="STORE", type=click.Path(path_type=Path))
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind; anything but loopback exposes the graph.")
@click.option("--port", default=7878, show_default=True, type=click.IntRange(1, 65535), help="TCP port.")
@click.option("--writable", is_flag=True, help="Accept SPARQL updates (refused by default).")
@click.option("--timeout", default=30.0, show_default=True, type=click.FloatRange(0.1), help="Seconds after which a query is stopped.")
@click.option("--max-rows", default=100_000, show_default=True, type=click.IntRange(0),
              help="Most rows a SELECT answer returns (0: no limit); cut answers carry X-Dipgraph-Truncated: true.")
def command(graph_path, host, port, writable, timeout, max_rows):
    """Serve STORE (a store folder made by build --store, or a graph file) over SPARQL HTTP.

    Queries go to http://HOST:PORT/query (SPARQL 1.1 protocol). The server is read-only unless
    --writable, binds 127.0.0.1 unless --host says otherwise, stops queries after --timeout
    seconds and cuts SELECT answers at --max-rows rows. A graph file is served from a temporary
    read-only store, gone on exit.

    \b
    Example:
        dipgraph build examples/corpus -o out --store store
        dipgraph serve store --port 7878
        curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * WHERE { ?a <https://w3id.org/dipgraph/ontology#opposes> ?b }' http://127.0.0.1:7878/query
    """
    from ..sparql.proxy import LimitingProxy

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
        inner = free_port()
        proc = subprocess.Popen(server_command(location, port=inner, writable=writable, timeout=timeout, program=program),
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        try:
            wait_until_up(proc, inner)
            try:
                proxy = LimitingProxy((host, port), inner, max_rows, read_timeout=timeout + 30)
            except OSError as err:
                raise ServerError(f"cannot listen on {host}:{port} ({err.strerror or err})") from None
            signal.signal(signal.SIGTERM, lambda *_: threading.Thread(target=proxy.shutdown, daemon=True).start())
            mode = "read-write" if writable else "read-only"
            click.echo(f"Serving {graph_path} ({mode}) at http://{host}:{port}/query; Ctrl-C to stop", err=True)
            try:
                proxy.serve_forever()
            except KeyboardInterrupt:
                pass
            finally:
                proxy.server_close()
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
