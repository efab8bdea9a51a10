"""A small HTTP front for Oxigraph's server that caps the rows of SELECT results.

Oxigraph stops slow queries (``--timeout-s``) but has no result-size limit. This front, bound to
the public address, forwards every request to the Oxigraph server on a private loopback port.
SELECT queries are asked of Oxigraph as tab-separated values, which stream one row per line: the
front reads at most ``max_rows`` rows, closes the upstream connection (Oxigraph then stops
evaluating) and answers in the format the client asked for (SPARQL JSON, CSV or TSV), with the
header ``X-Dipgraph-Truncated: true`` when rows were cut. Other requests pass through unchanged.

Example
-------
>>> query_form("PREFIX dg: <https://w3id.org/dipgraph/ontology#> # comment\\nselect * { ?s ?p ?o }")
'SELECT'
>>> tsv_term('"Qatar"@en'), tsv_term("<https://w3id.org/dipgraph/actor/QAT>")["type"], tsv_term("3")["datatype"]
({'type': 'literal', 'value': 'Qatar', 'xml:lang': 'en'}, 'uri', 'http://www.w3.org/2001/XMLSchema#integer')
"""

from __future__ import annotations

import csv
import http.client
import io
import json
import re
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

XSD = "http://www.w3.org/2001/XMLSchema#"
_PROLOGUE = re.compile(r"\s*(?:#[^\n]*\n|(?:PREFIX\s+[^\s:]*:\s*<[^>]*>|BASE\s*<[^>]*>))", re.I)
_LITERAL = re.compile(r'^"((?:[^"\\]|\\.)*)"(?:@([A-Za-z0-9-]+)|\^\^<([^>]*)>)?$', re.S)
_ESCAPES = {"t": "\t", "n": "\n", "r": "\r", "b": "\b", "f": "\f", '"': '"', "'": "'", "\\": "\\"}
_NUMBERS = (("integer", re.compile(r"[+-]?\d+")), ("decimal", re.compile(r"[+-]?\d*\.\d+")),
            ("double", re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)[eE][+-]?\d+")))
_HOP = {"connection", "keep-alive", "transfer-encoding", "te", "trailer", "upgrade", "proxy-authorization",
        "proxy-authenticate", "content-length", "host"}


def query_form(query: str) -> str:
    """SELECT, ASK, CONSTRUCT or DESCRIBE: the form of a SPARQL query (``""`` if unknown)."""
    pos = 0
    while m := _PROLOGUE.match(query, pos):
        pos = m.end()
    word = re.match(r"\s*([A-Za-z]+)", query[pos:])
    form = word.group(1).upper() if word else ""
    return form if form in ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE") else ""


def _unescape(text: str) -> str:
    return re.sub(r"\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)", lambda m: chr(int(m.group(1)[1:], 16))
                  if m.group(1)[0] in "uU" and len(m.group(1)) > 1 else _ESCAPES.get(m.group(1), m.group(1)), text)


def tsv_term(cell: str) -> dict | None:
    """A SPARQL TSV cell as a SPARQL JSON term (``None`` for an unbound cell)."""
    if cell == "":
        return None
    if cell.startswith("<") and cell.endswith(">"):
        return {"type": "uri", "value": cell[1:-1]}
    if cell.startswith("_:"):
        return {"type": "bnode", "value": cell[2:]}
    if m := _LITERAL.match(cell):
        term = {"type": "literal", "value": _unescape(m.group(1))}
        if m.group(2):
            term["xml:lang"] = m.group(2)
        elif m.group(3) and m.group(3) != XSD + "string":
            term["datatype"] = m.group(3)
        return term
    if cell in ("true", "false"):
        return {"type": "literal", "value": cell, "datatype": XSD + "boolean"}
    for kind, pattern in _NUMBERS:
        if pattern.fullmatch(cell):
            return {"type": "literal", "value": cell, "datatype": XSD + kind}
    raise ValueError(f"not a SPARQL TSV term: {cell[:200]}")


def render(variables: list[str], rows: list[list[dict | None]], accept: str) -> tuple[str, bytes]:
    """Rows as the client's format: SPARQL JSON (default), CSV or TSV."""
    if "text/csv" in accept:
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\r\n")
        writer.writerow(variables)
        writer.writerows([[t["value"] if t else "" for t in row] for row in rows])
        return "text/csv; charset=utf-8", buf.getvalue().encode()
    if "text/tab-separated-values" in accept:
        def cell(t):
            if t is None:
                return ""
            if t["type"] == "uri":
                return f"<{t['value']}>"
            return json.dumps(t["value"], ensure_ascii=False) + (f"@{t['xml:lang']}" if "xml:lang" in t else "")
        lines = ["\t".join(f"?{v}" for v in variables)] + ["\t".join(map(cell, row)) for row in rows]
        return "text/tab-separated-values; charset=utf-8", ("\n".join(lines) + "\n").encode()
    bindings = [{v: t for v, t in zip(variables, row) if t is not None} for row in rows]
    body = {"head": {"vars": variables}, "results": {"bindings": bindings}}
    return "application/sparql-results+json", json.dumps(body, ensure_ascii=False).encode()


class _Handler(BaseHTTPRequestHandler):
    server: "LimitingProxy"
    protocol_version = "HTTP/1.1"

    def log_message(self, *args) -> None:  # no access log on stderr
        pass

    def _body(self) -> bytes:
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def _query_text(self, body: bytes) -> str:
        url = urlsplit(self.path)
        if self.command == "GET":
            return (parse_qs(url.query).get("query") or [""])[0]
        ctype = self.headers.get("Content-Type", "")
        if ctype.startswith("application/sparql-query"):
            return body.decode("utf-8", "replace")
        if ctype.startswith("application/x-www-form-urlencoded"):
            return (parse_qs(body.decode("utf-8", "replace")).get("query") or [""])[0]
        return ""

    def _handle(self) -> None:
        body = self._body()
        limit = self.server.max_rows
        if urlsplit(self.path).path == "/query" and limit and query_form(self._query_text(body)) == "SELECT":
            return self._limited_select(body, limit)
        self._forward(body)

    do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = _handle

    def _upstream(self, body: bytes, accept: str | None = None) -> tuple[http.client.HTTPConnection, http.client.HTTPResponse]:
        conn = http.client.HTTPConnection("127.0.0.1", self.server.upstream_port, timeout=self.server.read_timeout)
        headers = {k: v for k, v in self.headers.items() if k.lower() not in _HOP}
        if accept:
            headers["Accept"] = accept
        conn.request(self.command, self.path, body=body or None, headers=headers)
        return conn, conn.getresponse()

    def _reply(self, status: int, ctype: str | None, data: bytes, extra: dict | None = None) -> None:
        self.send_response(status)
        if ctype:
            self.send_header("Content-Type", ctype)
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)

    def _forward(self, body: bytes) -> None:
        try:
            conn, resp = self._upstream(body)
            data = resp.read()
            conn.close()
        except (OSError, http.client.HTTPException) as err:
            return self._reply(502, "text/plain; charset=utf-8", f"SPARQL server unavailable: {err}".encode())
        extra = {k: v for k, v in resp.getheaders() if k.lower() not in _HOP and k.lower() != "content-type"}
        self._reply(resp.status, resp.getheader("Content-Type"), data, extra)

    def _limited_select(self, body: bytes, limit: int) -> None:
        try:
            conn, resp = self._upstream(body, accept="text/tab-separated-values")
            if resp.status != 200:
                data = resp.read()
                conn.close()
                return self._reply(resp.status, resp.getheader("Content-Type"), data)
            header = resp.readline().decode("utf-8").rstrip("\n")
            if header and not header.startswith("?"):
                raise ValueError(header)
            variables = [v[1:] for v in header.split("\t")] if header else []
            rows, truncated = [], False
            while line := resp.readline():
                if len(rows) == limit:
                    truncated = True
                    break
                cells = line.decode("utf-8").rstrip("\n").split("\t")
                rows.append([tsv_term(c) for c in cells] + [None] * (len(variables) - len(cells)))
            conn.close()
        except ValueError as err:  # Oxigraph reports an error met while streaming (a timeout) in the body
            conn.close()
            message = str(err).removeprefix("not a SPARQL TSV term: ")
            return self._reply(500, "text/plain; charset=utf-8", f"query failed: {message}".encode())
        except (OSError, http.client.HTTPException) as err:
            return self._reply(504, "text/plain; charset=utf-8", f"query stopped: {err}".encode())
        ctype, data = render(variables, rows, self.headers.get("Accept", ""))
        self._reply(200, ctype, data, {"X-Dipgraph-Truncated": "true"} if truncated else None)


class LimitingProxy(ThreadingHTTPServer):
    """Serve on ``address``, forward to Oxigraph on ``upstream_port``, cap SELECT rows at ``max_rows``."""

    daemon_threads = True

    def __init__(self, address: tuple[str, int], upstream_port: int, max_rows: int, read_timeout: float) -> None:
        import socket

        self.address_family = socket.AF_INET6 if ":" in address[0] else socket.AF_INET
        super().__init__(address, _Handler)
        self.upstream_port, self.max_rows, self.read_timeout = upstream_port, max_rows, read_timeout
