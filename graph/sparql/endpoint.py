"""The SPARQL endpoint's settings and helpers: safe defaults, memory sizes, start-up checks.

``dipgraph serve`` (``graph/cli/serve.py``) runs an HTTP front (``proxy.EndpointServer``) whose
queries run in Oxigraph inside worker processes (``worker.WorkerPool``). Defaults are the safe
ones: it binds 127.0.0.1 only, it is read-only unless ``--writable``, every query is stopped
after ``--timeout`` seconds, the query processes may use at most ``--max-memory`` (a quarter of
the machine's memory by default) and SELECT answers are cut at ``--max-rows`` rows.

Example
-------
>>> parse_size("512M"), parse_size("1.5GiB"), parse_size("1000")
(536870912, 1610612736, 1000)
"""

from __future__ import annotations

import os
import re

from ..errors import ServerError, UsageError

LOOPBACK = ("127.0.0.1", "localhost", "::1")
_UNITS = {"": 1, "K": 2**10, "M": 2**20, "G": 2**30, "T": 2**40}


def parse_size(text: str) -> int:
    """Bytes from ``"800M"``, ``"2G"``, ``"1.5GiB"`` or a plain number of bytes."""
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([KMGT]?)(?:i?B)?\s*", text, re.I)
    if not m:
        raise UsageError(f"not a memory size: {text!r} (e.g. 512M, 2G)")
    return int(float(m.group(1)) * _UNITS[m.group(2).upper()])


def machine_memory() -> int:
    """Physical memory of the machine, in bytes."""
    return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")


def default_max_memory() -> int:
    """The default ``--max-memory``: a quarter of the machine's memory."""
    return machine_memory() // 4


def free_port() -> int:
    """A TCP port free on the loopback interface right now."""
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_up(proc, port: int, seconds: float = 120) -> None:
    """Wait until the server process answers on ``port``; raise with its error if it dies."""
    import time
    import urllib.error
    import urllib.request

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            err = proc.stderr.read().decode("utf-8", "replace").strip().splitlines() if proc.stderr else []
            raise ServerError(f"the server did not start ({err[-1] if err else f'exit code {proc.returncode}'})")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/query?query=ASK%7B%7D", timeout=5):
                return
        except (urllib.error.URLError, OSError):
            time.sleep(0.1)
    raise ServerError(f"the server did not answer within {seconds:g} s")
