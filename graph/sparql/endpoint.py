"""The SPARQL endpoint: Oxigraph's HTTP server over a dipgraph store, safe by default.

``dipgraph serve`` runs the ``oxigraph`` server program (installed with the ``oxigraph``
package) on a store folder, or on a temporary store made from a graph file. Defaults are the
safe ones: it binds 127.0.0.1 only, it is read-only (``serve-read-only``: SPARQL updates and
the graph store protocol's writes are refused) unless ``writable`` is set, and every query is
stopped after ``timeout`` seconds. Endpoints: ``/query`` (SPARQL 1.1 protocol, GET or POST),
``/update`` (only when writable), ``/store`` (graph store protocol).

Example
-------
>>> server_command("store", port=7878)[1:]
['serve-read-only', '--location', 'store', '--bind', '127.0.0.1:7878', '--timeout-s', '30']
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from ..errors import ServerError

LOOPBACK = ("127.0.0.1", "localhost", "::1")


def oxigraph_program() -> str:
    """Path of the ``oxigraph`` server program (beside this Python first, then on PATH)."""
    beside = Path(sys.executable).parent / "oxigraph"
    if beside.is_file():
        return str(beside)
    found = shutil.which("oxigraph")
    if not found:
        raise ServerError("the Oxigraph server program is not installed; install it with: pip install oxigraph")
    return found


def server_command(location: str | Path, *, host: str = "127.0.0.1", port: int = 7878,
                   writable: bool = False, timeout: float = 30, program: str | None = None) -> list[str]:
    """The command line that serves the store at ``location``."""
    bind = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
    return [program or "oxigraph", "serve" if writable else "serve-read-only", "--location", str(location),
            "--bind", bind, "--timeout-s", f"{timeout:g}"]


def free_port() -> int:
    """A TCP port free on the loopback interface right now."""
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_up(proc, port: int, seconds: float = 60) -> None:
    """Wait until the server process answers on ``port``; raise with its error if it dies."""
    import time
    import urllib.error
    import urllib.request

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            err = proc.stderr.read().decode("utf-8", "replace").strip().splitlines() if proc.stderr else []
            raise ServerError(f"the Oxigraph server did not start ({err[-1] if err else f'exit code {proc.returncode}'})")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/query?query=ASK%7B%7D", timeout=2):
                return
        except (urllib.error.URLError, OSError):
            time.sleep(0.1)
    raise ServerError(f"the Oxigraph server did not answer within {seconds:g} s")
