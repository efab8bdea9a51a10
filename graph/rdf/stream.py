"""Write a build's RDF as it is made: each document's named graph as soon as its events are known.

:class:`GraphStream` serialises every document's graph with Oxigraph into a spool file beside
the output and keeps only its name and byte range; :meth:`GraphStream.finish` writes the default
graph, then the document graphs in the order of their names, which is exactly what
:func:`graph.rdf.serialize.to_bytes` writes for the whole dataset (default graph first, then
graph by graph, each sorted). Memory therefore holds one document's quads at a time, not the
corpus. TriG and N-Quads stream this way; Turtle (the union of all graphs, sorted by subject)
and JSON-LD (one document) are assembled from the spooled N-Quads at the end, in memory.

Example
-------
>>> import tempfile, pathlib
>>> from graph.model import Document
>>> from graph.rdf.dataset import default_quads, document_quads
>>> path = pathlib.Path(tempfile.mkdtemp()) / "g.nq"
>>> with GraphStream(path, "nquads") as gs:
...     gs.add(document_quads(Document(id="b", text="x"), []))
...     gs.add(document_quads(Document(id="a", text="x"), []))
...     _ = gs.finish(default_quads([]))
>>> graphs = [line.split()[-2] for line in path.read_text().splitlines() if line.split()[-2].endswith(("/a>", "/b>"))]
>>> graphs[0], graphs[-1]  # graph a first, although it came second
('<https://w3id.org/dipgraph/doc/a>', '<https://w3id.org/dipgraph/doc/b>')
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Iterable

import pyoxigraph as ox

from ..io import atomic_write
from .namespace import PREFIXES
from .serialize import FORMATS, format_name, sorted_quads

#: Bytes copied at a time from the spool into the output.
_COPY = 1 << 20


@lru_cache(maxsize=1)
def _header() -> bytes:
    """The ``@prefix`` lines Oxigraph writes before any TriG/Turtle it serialises with PREFIXES."""
    probe = ox.Quad(ox.NamedNode("urn:s"), ox.NamedNode("urn:p"), ox.NamedNode("urn:o"), ox.DefaultGraph())
    data = ox.serialize([probe], None, ox.RdfFormat.TRIG, prefixes=PREFIXES)
    return data[: data.index(b"<urn:s>")]


class GraphStream:
    """Serialise named graphs one at a time into ``path`` (written atomically by :meth:`finish`).

    ``add`` takes the quads of one named graph (all with the same graph name); graphs may come
    in any order. Use as a context manager: the spool is removed however the block ends.
    """

    def __init__(self, path: str | Path, fmt: str = "trig") -> None:
        self.path = Path(path)
        self.format = format_name(fmt)
        #: TriG and N-Quads are written graph by graph; the others are made from N-Quads at the end.
        self._block_format = _block_format(self.format)
        self._strip = _header() if self._block_format == ox.RdfFormat.TRIG else b""
        self.spool_path = self.path.parent / f".{self.path.name}.spool"
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._spool = open(self.spool_path, "w+b")
        self._index: list[tuple[str, int, int]] = []  # (graph name, offset, length)

    def __enter__(self) -> "GraphStream":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        """Drop the spool file."""
        if not self._spool.closed:
            self._spool.close()
        try:
            os.unlink(self.spool_path)
        except FileNotFoundError:
            pass

    def _serialise(self, quads: list[ox.Quad]) -> bytes:
        return _serialise(quads, self._block_format, self._strip)

    def add(self, quads: list[ox.Quad]) -> None:
        """Serialise one named graph (already sorted, as :func:`document_quads` gives it)."""
        if quads:
            self.add_block(str(quads[0].graph_name), self._serialise(quads))

    def add_block(self, name: str, data: bytes) -> None:
        """Add one named graph ``name`` (``<IRI>``) already serialised by :func:`graph_block`
        for this stream's format (e.g. in a worker process, so the parent only copies bytes)."""
        if not data:
            return
        offset = self._spool.seek(0, os.SEEK_END)
        self._spool.write(data)
        self._index.append((name, offset, len(data)))

    def finish(self, default: Iterable[ox.Quad]) -> Path:
        """Write the output: the default graph, then every named graph in name order."""
        default = sorted_quads(default)
        self._index.sort()
        self._spool.flush()
        if self._block_format != FORMATS[self.format][0]:
            return self._finish_in_memory(default)
        head = self._strip + self._serialise(default) if self._block_format == ox.RdfFormat.TRIG else self._serialise(default)
        with atomic_write(self.path, "wb") as fh:
            fh.write(head if default or self._index else b"")
            for _, offset, length in self._index:
                self._spool.seek(offset)
                _copy(self._spool, fh, length)
        return self.path

    def _finish_in_memory(self, default: list[ox.Quad]) -> Path:
        from .serialize import to_bytes_quads

        quads = list(default)
        for _, offset, length in self._index:
            self._spool.seek(offset)
            quads.extend(ox.parse(self._spool.read(length), ox.RdfFormat.N_QUADS))
        with atomic_write(self.path, "wb") as fh:
            fh.write(to_bytes_quads(quads, self.format))
        return self.path


def _block_format(fmt: str) -> ox.RdfFormat:
    ox_format, _, named = FORMATS[fmt]
    return ox_format if named and fmt != "json-ld" else ox.RdfFormat.N_QUADS


def _serialise(quads: list[ox.Quad], block_format: ox.RdfFormat, strip: bytes) -> bytes:
    if not quads:
        return b""
    if block_format == ox.RdfFormat.N_QUADS:
        return ox.serialize(quads, None, ox.RdfFormat.N_QUADS) or b""
    data = ox.serialize(quads, None, block_format, prefixes=PREFIXES) or b""
    if not data.startswith(strip):
        raise AssertionError("Oxigraph wrote an unexpected TriG header")
    return data[len(strip):]


def graph_block(quads: list[ox.Quad], fmt: str) -> bytes:
    """One named graph (sorted quads) serialised as :meth:`GraphStream.add` spools it for the
    format ``fmt``; :meth:`GraphStream.add_block` takes it.

    >>> from graph.model import Document
    >>> from graph.rdf.dataset import document_quads
    >>> graph_block(document_quads(Document(id="a", text="x"), []), "nquads").count(b"\\n")
    3
    """
    block = _block_format(format_name(fmt))
    return _serialise(quads, block, _header() if block == ox.RdfFormat.TRIG else b"")


def _copy(src, dst, length: int) -> None:
    while length > 0:
        chunk = src.read(min(_COPY, length))
        if not chunk:
            raise OSError(f"{getattr(src, 'name', 'spool')}: shorter than expected")
        dst.write(chunk)
        length -= len(chunk)

