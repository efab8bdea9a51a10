"""The HTTP front of ``dipgraph serve``: the SPARQL 1.1 protocol over a pool of query processes.

Requests are read here and each query is handed to a worker process (``worker.WorkerPool``) that
runs it with Oxigraph and can be killed, so the time, memory and row limits stop the work itself.

- ``/query``: GET ``?query=``, POST form (``query=``) or POST ``application/sparql-query``, with
  ``default-graph-uri`` and ``named-graph-uri``; the project's prefixes (``dg:``, ``rel:``,
  ``prov:``, ...) are predeclared; answer format by ``Accept`` (see ``formats``).
- ``/update``: SPARQL Update, only on a ``--writable`` server (403 otherwise).
- ``/store``: the graph store protocol's GET (``?graph=IRI`` or ``?default``); writes go
  through ``/update``.

Errors are one line of plain text: 400 (syntax, with line and column), 403 (read-only; SERVICE,
which would make the server send requests elsewhere), 404,
405, 406 (no format the client accepts), 413 (request too large), 503 (memory limit, busy),
504 (time limit).

Example
-------
>>> graph_store_query({"graph": ["https://w3id.org/dipgraph/doc/a"]})
'CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <https://w3id.org/dipgraph/doc/a> { ?s ?p ?o } }'
"""

from __future__ import annotations

from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import pyoxigraph as ox

from .worker import Answer, Request, WorkerPool, error
from .queries import uses_service

#: Largest request body read (a query or an update), in bytes.
MAX_BODY = 10 * 2**20


def graph_store_query(params: dict[str, list[str]]) -> str | None:
    """The CONSTRUCT query answering a graph store GET, None if no graph is named."""
    if "default" in params:
        return "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"
    if params.get("graph"):
        return f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH {ox.NamedNode(params['graph'][0])} {{ ?s ?p ?o }} }}"
    return None


class _Handler(BaseHTTPRequestHandler):
    server: "EndpointServer"
    protocol_version = "HTTP/1.1"

    def log_message(self, *args) -> None:
        """No access log on stderr."""

    def _reply(self, answer: Answer) -> None:
        self.send_response(answer.status)
        self.send_header("Content-Type", answer.content_type)
        for k, v in answer.headers.items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(answer.body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(answer.body)

    def _body(self) -> bytes | None:
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            return None
        return self.rfile.read(length) if length else b""

    def _handle(self) -> None:
        try:
            answer = self._answer()
        except ValueError as err:  # a malformed IRI or parameter
            answer = error(400, f"bad request: {err}")
        self._reply(answer)

    do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = _handle

    def _answer(self) -> Answer:
        url = urlsplit(self.path)
        params = parse_qs(url.query, keep_blank_values=True)
        body = b""
        if self.command in ("POST", "PUT", "DELETE"):
            body = self._body()
            if body is None:
                self.close_connection = True
                return error(413, f"request too large (limit {MAX_BODY // 2**20} MiB)")
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if ctype == "application/x-www-form-urlencoded":
            for k, v in parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True).items():
                params.setdefault(k, []).extend(v)
        if url.path == "/store":
            if self.command not in ("GET", "HEAD"):
                return error(405, "the graph store is read-only here; change graphs with SPARQL Update at /update "
                                  "(on a server started with --writable)")
            text = graph_store_query(params)
            if text is None:
                return error(400, "name a graph: /store?graph=IRI or /store?default")
            return self._run(Request(text, accept=self.headers.get("Accept")))
        if url.path not in ("/query", "/update"):
            return error(404, f"not found: {url.path} (the SPARQL endpoint is /query)")
        update = params.get("update") or ([body.decode("utf-8", "replace")] if ctype == "application/sparql-update" else [])
        if update or url.path == "/update":
            if not self.server.writable:
                return error(403, "this endpoint is read-only; SPARQL updates are refused (start it with --writable)")
            if self.command != "POST" or not update:
                return error(400, "an update is POSTed as application/sparql-update or as the form field 'update'")
            return self._run(Request(update[0], update=True))
        query = params.get("query") or ([body.decode("utf-8", "replace")] if ctype == "application/sparql-query" else [])
        if not query or not query[0].strip():
            return error(400, "no query: give it as the 'query' parameter or POST it as application/sparql-query")
        return self._run(Request(query[0], accept=self.headers.get("Accept"),
                                 default_graphs=tuple(params.get("default-graph-uri", ())),
                                 named_graphs=tuple(params.get("named-graph-uri", ()))))

    def _run(self, req: Request) -> Answer:
        if uses_service(req.text):
            return error(403, "SERVICE (a federated query) is refused: this endpoint makes no outgoing requests")
        return self.server.pool.run(req)


class EndpointServer(ThreadingHTTPServer):
    """Serve the SPARQL protocol on ``address``, running queries in ``pool``."""

    daemon_threads = True

    def __init__(self, address: tuple[str, int], pool: WorkerPool, *, writable: bool = False) -> None:
        import socket

        self.address_family = socket.AF_INET6 if ":" in address[0] else socket.AF_INET
        super().__init__(address, _Handler)
        self.pool, self.writable = pool, writable
