"""``dipgraph serve``: a SPARQL endpoint over a store or a graph file."""

from __future__ import annotations

import os
import signal
import tempfile
import threading
from pathlib import Path

import click

from ..errors import ServerError
from ..sparql.endpoint import LOOPBACK, default_max_memory, parse_size


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
@click.option("--writable", is_flag=True, help="Accept SPARQL updates (refused by default); queries then run one at a time.")
@click.option("--timeout", default=30.0, show_default=True, type=click.FloatRange(0.1),
              help="Seconds after which a query is stopped (its process is ended) and answered 504.")
@click.option("--max-memory", default=None, metavar="SIZE",
              help="Memory the query processes may use together, e.g. 2G (default: a quarter of the machine's); "
                   "a query that needs more is refused with 503.")
@click.option("--max-rows", default=100_000, show_default=True, type=click.IntRange(0),
              help="Most rows a SELECT answer returns (0: no limit); cut answers carry X-Dipgraph-Truncated: true.")
@click.option("--workers", default=min(4, max(2, os.cpu_count() or 2)), show_default=True, type=click.IntRange(1, 64),
              help="Query processes (queries answered at once).")
def command(graph_path, host, port, writable, timeout, max_memory, max_rows, workers):
    """Serve STORE (a store folder made by build --store, or a graph file) over SPARQL HTTP.

    Queries go to http://HOST:PORT/query (SPARQL 1.1 protocol; the prefixes dg:, rel:, prov:,
    dcterms:, skos:, rdfs:, owl:, xsd: ... need no PREFIX line; results in SPARQL JSON, XML, CSV
    or TSV and graphs in Turtle, N-Triples, JSON-LD or RDF/XML, by Accept header). The server
    is read-only unless --writable, binds 127.0.0.1 unless --host says otherwise, ends a query
    after --timeout seconds or when it needs more than --max-memory, and cuts SELECT answers at
    --max-rows rows. While it runs, `build --store STORE` stops with an error. A graph file is
    served from a temporary store, gone on exit.

    \b
    Example:
        dipgraph build examples/corpus -o out --store store
        dipgraph serve store --port 7878 --timeout 10 --max-memory 2G
        curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * WHERE { ?a dg:opposes ?b }' http://127.0.0.1:7878/query
    """
    from ..sparql.proxy import EndpointServer
    from ..sparql.store import lock_store
    from ..sparql.worker import WorkerPool

    if not graph_path.exists():
        raise ServerError(f"{graph_path}: no such store or graph file")
    memory = parse_size(max_memory) if max_memory else default_max_memory()
    if host not in LOOPBACK:
        click.echo(f"Warning: serving on {host}: anyone who can reach this address can query the graph", err=True)
    with tempfile.TemporaryDirectory(prefix="dipgraph-serve-") as tmp:
        location = graph_path
        if graph_path.is_file():
            if writable:
                raise ServerError("--writable needs a store folder (updates to a temporary store would be lost)")
            location = _store_from_file(graph_path, Path(tmp))
        lock = lock_store(location, shared=not writable)
        pool = WorkerPool(location, workers=workers, writable=writable, timeout=timeout, max_memory=memory,
                          max_rows=max_rows)
        try:
            try:
                server = EndpointServer((host, port), pool, writable=writable)
            except OSError as err:
                raise ServerError(f"cannot listen on {host}:{port} ({err.strerror or err})") from None
            signal.signal(signal.SIGTERM, lambda *_: threading.Thread(target=server.shutdown, daemon=True).start())
            mode = "read-write" if writable else "read-only"
            click.echo(f"Serving {graph_path} ({mode}) at http://{host}:{port}/query; Ctrl-C to stop", err=True)
            try:
                server.serve_forever()
            except KeyboardInterrupt:
                pass
            finally:
                server.server_close()
        finally:
            pool.close()
            os.close(lock)
