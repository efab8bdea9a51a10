"""Write an RDF dataset as TriG, Turtle, N-Quads or JSON-LD, byte-identical for the same input.

Quads are converted to pyoxigraph terms, sorted (graph, subject, predicate, object) and
serialised by Oxigraph with the project's prefixes: sorting makes the output deterministic
whatever order rdflib keeps them in, and Oxigraph writes a million quads in seconds. Turtle
has no named graphs: it holds the union of all graphs (mentions keep ``prov:wasDerivedFrom``
their document). Files are written atomically.

Example
-------
>>> from rdflib import Dataset, URIRef
>>> ds = Dataset()
>>> ds.graph(URIRef("urn:g")).add((URIRef("urn:s"), URIRef("urn:p"), URIRef("urn:o")))  # doctest: +ELLIPSIS
<Graph identifier=urn:g ...>
>>> to_bytes(ds, "nquads")
b'<urn:s> <urn:p> <urn:o> <urn:g> .\\n'
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterable, Iterator

import pyoxigraph as ox
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from ..io import atomic_write
from .formats import RDF_FORMATS, by_name
from .namespace import PREFIXES

#: ``--format`` name -> (Oxigraph format, file suffix, holds named graphs), from :mod:`graph.rdf.formats`.
FORMATS = {f.name: (f.ox_format, f.suffix, f.named_graphs) for f in RDF_FORMATS if f.writable}


def format_name(fmt: str) -> str:
    """The canonical ``--format`` name (``ttl`` -> ``turtle``); raise for an unknown one."""
    return by_name(fmt).name


def to_ox_term(term):
    """An rdflib term as the pyoxigraph term of the same value."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"not an RDF term: {term!r}")


def from_ox_term(term):
    """A pyoxigraph term as the rdflib term of the same value (inverse of :func:`to_ox_term`)."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    raise TypeError(f"not an RDF term: {term!r}")


def ox_quads(ds: Dataset | Graph) -> Iterator[ox.Quad]:
    """Every quad of ``ds`` as a pyoxigraph quad (the default graph as Oxigraph's default graph)."""
    if isinstance(ds, Dataset):
        for s, p, o, g in ds.quads((None, None, None, None)):
            name = getattr(g, "identifier", g)
            graph = ox.DefaultGraph() if name is None or name == DATASET_DEFAULT_GRAPH_ID else to_ox_term(name)
            yield ox.Quad(to_ox_term(s), to_ox_term(p), to_ox_term(o), graph)
    else:
        for s, p, o in ds:
            yield ox.Quad(to_ox_term(s), to_ox_term(p), to_ox_term(o), ox.DefaultGraph())


def _key(q: ox.Quad) -> tuple[str, str, str, str]:
    graph = "" if isinstance(q.graph_name, ox.DefaultGraph) else str(q.graph_name)
    return graph, str(q.subject), str(q.predicate), str(q.object)


def sorted_quads(quads: Iterable[ox.Quad]) -> list[ox.Quad]:
    """Quads in a stable order: default graph first, then by graph, subject, predicate, object."""
    return sorted(set(quads), key=_key)


def to_bytes(ds: Dataset | Graph, fmt: str = "trig") -> bytes:
    """The serialisation of ``ds`` in ``fmt`` (see :data:`FORMATS`)."""
    return to_bytes_quads(ox_quads(ds), fmt)


def to_bytes_quads(quads: Iterable[ox.Quad], fmt: str = "trig") -> bytes:
    """The serialisation of pyoxigraph ``quads`` in ``fmt``, sorted (see :func:`sorted_quads`)."""
    ox_format, _, named = FORMATS[format_name(fmt)]
    quads = sorted_quads(quads)
    if not named:
        triples = sorted({q.triple for q in quads}, key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))
        return ox.serialize(triples, None, ox_format, prefixes=PREFIXES) or b""
    if ox_format == ox.RdfFormat.N_QUADS:
        return ox.serialize(quads, None, ox_format) or b""
    return ox.serialize(quads, None, ox_format, prefixes=PREFIXES) or b""


def write_dataset(ds: Dataset | Graph, path: str | Path, fmt: str = "trig") -> Path:
    """Write ``ds`` to ``path`` in ``fmt``, atomically; return the path."""
    data = to_bytes(ds, fmt)
    with atomic_write(Path(path), "wb") as fh:
        fh.write(data)
    return Path(path)
