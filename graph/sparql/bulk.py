"""Oxigraph's bulk loader on several cores: one RDF file loaded as parts, one thread each.

Oxigraph's bulk loader parses a file and writes its index files on about one core; several
bulk loads into one store may run at once (its command-line loader loads several files so),
and pyoxigraph releases the GIL while loading. :func:`bulk_load` therefore cuts a big file into
``threads`` byte ranges at statement boundaries and loads them side by side: about 1.5 times as
fast on two cores (BENCHMARKS.md, section 6).

A file is only cut where no statement can straddle the cut and no blank node is shared across
parts (blank node labels are scoped to one load):

- N-Quads and N-Triples: at line ends (one statement a line);
- TriG and Turtle as Oxigraph writes them (every statement of the default graph and every
  ``name { ... }`` graph block starts at the beginning of a line; literals never span lines):
  before a line that starts a statement or a graph block, after the ``@prefix`` lines, which
  every part gets again.

Files with blank node labels (``_:``), long literals (``\"\"\"``), prefixes declared after the
first statement, or smaller than :data:`SPLIT_BYTES`, and other formats, load in one piece.

Example
-------
>>> import pyoxigraph as ox, tempfile, pathlib
>>> path = pathlib.Path(tempfile.mkdtemp()) / "g.nq"
>>> _ = path.write_text("<urn:a> <urn:p> <urn:b> <urn:g> .\\n<urn:b> <urn:p> <urn:c> <urn:g> .\\n")
>>> split_points(path, ox.RdfFormat.N_QUADS, 2, min_bytes=0)
(b'', [0, 34, 68])
>>> st = ox.Store()
>>> bulk_load(st, path, ox.RdfFormat.N_QUADS, min_bytes=0)
>>> len(st)
2
"""

from __future__ import annotations

import io
import mmap
import os
import threading
from pathlib import Path

import pyoxigraph as ox

#: Files under this size load in one piece (threads cost more than they bring).
SPLIT_BYTES = 8 << 20
#: Threads of a bulk load (Oxigraph's loader keeps about one core busy per file).
THREADS = max(1, min(4, os.cpu_count() or 1))

_LINES = (ox.RdfFormat.N_QUADS, ox.RdfFormat.N_TRIPLES)
_BLOCKS = (ox.RdfFormat.TRIG, ox.RdfFormat.TURTLE)


def split_points(path: str | Path, fmt: ox.RdfFormat, parts: int, *,
                 min_bytes: int = SPLIT_BYTES) -> tuple[bytes, list[int]]:
    """``(header, offsets)``: the file's prefix lines, which every part after the first needs,
    and the byte offsets that cut it into at most ``parts`` ranges (``[0, size]``: one piece)."""
    size = os.path.getsize(path)
    if parts < 2 or size < max(min_bytes, 1) or fmt not in _LINES + _BLOCKS:
        return b"", [0, size]
    with open(path, "rb") as fh, mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as data:
        if data.find(b"_:") >= 0 or data.find(b'"""') >= 0 or data.find(b"'''") >= 0:
            return b"", [0, size]
        start = _header_end(data) if fmt in _BLOCKS else 0
        if start is None:
            return b"", [0, size]
        cuts = [0]
        for k in range(1, parts):
            at = _boundary(data, max(start, cuts[-1], size * k // parts), fmt)
            if at is None or at >= size:
                break
            if at > cuts[-1]:
                cuts.append(at)
        return bytes(data[:start]), cuts + [size]


def _header_end(data) -> int | None:
    """End of the leading ``@prefix`` lines; ``None`` when directives come later too."""
    pos = 0
    while data[pos:pos + 7] in (b"@prefix", b"PREFIX ") or data[pos:pos + 5] in (b"@base", b"BASE "):
        pos = data.find(b"\n", pos) + 1
        if pos == 0:
            return None
    for directive in (b"\n@prefix", b"\nPREFIX ", b"\n@base", b"\nBASE "):
        if data.find(directive, pos) >= 0:
            return None
    return pos


def _boundary(data, pos: int, fmt: ox.RdfFormat) -> int | None:
    """The first statement start at or after ``pos`` (a line start)."""
    while True:
        nl = data.find(b"\n", pos - 1 if pos else 0)
        if nl < 0:
            return None
        at = nl + 1
        if fmt in _LINES:
            return at
        # TriG/Turtle: a line at column 0 after a finished statement or a closed graph block
        if at < len(data) and data[at:at + 1] not in (b"\t", b" ", b"}") \
                and (data[nl - 2:nl] == b" ." or data[nl - 1:nl] == b"}"):
            return at
        pos = at + 1


class _Part(io.RawIOBase):
    """Bytes ``start:end`` of a file, after ``head``: one part of a split load."""

    def __init__(self, path: str | Path, start: int, end: int, head: bytes = b"") -> None:
        super().__init__()
        self._fh = open(path, "rb")
        self._fh.seek(start)
        self._left = end - start
        self._head = head

    def readable(self) -> bool:
        return True

    def readinto(self, buf) -> int:
        if self._head:
            n = min(len(buf), len(self._head))
            buf[:n], self._head = self._head[:n], self._head[n:]
            return n
        want = min(len(buf), self._left)
        if want <= 0:
            return 0
        got = self._fh.readinto(memoryview(buf)[:want])
        self._left -= got
        return got

    def close(self) -> None:
        self._fh.close()
        super().close()


def bulk_load(store: ox.Store, path: str | Path, fmt: ox.RdfFormat, *, lenient: bool = False,
              threads: int = THREADS, min_bytes: int = SPLIT_BYTES) -> None:
    """Bulk load the RDF file ``path`` into ``store``, cut into ``threads`` parts loaded at once
    when it can be (see the module). ``lenient`` skips Oxigraph's IRI and literal validation
    (for files dipgraph wrote itself). Raises what ``Store.bulk_load`` raises."""
    head, cuts = split_points(path, fmt, threads, min_bytes=min_bytes)
    if len(cuts) <= 2:
        store.bulk_load(path=str(path), format=fmt, lenient=lenient)
        return
    errors: list[BaseException] = []

    def load(k: int) -> None:
        try:
            with io.BufferedReader(_Part(path, cuts[k], cuts[k + 1], head if k else b""), 1 << 20) as part:
                store.bulk_load(part, fmt, lenient=lenient)
        except BaseException as err:  # re-raised in the calling thread
            errors.append(err)

    workers = [threading.Thread(target=load, args=(k,), name=f"bulk-load-{k}") for k in range(len(cuts) - 1)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    if errors:
        raise errors[0]
