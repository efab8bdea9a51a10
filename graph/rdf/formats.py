"""The one table of RDF serialisations dipgraph reads and writes.

Each row names a ``--format`` (and its aliases), the Oxigraph format, the suffix a written file
gets, the suffixes read as that format, and whether it holds named graphs (Turtle and
N-Triples hold one graph: the union). Writers (:mod:`graph.rdf.serialize`,
:mod:`graph.rdf.stream`), the reader (:mod:`graph.rdf.load`) and the CLI ``--format`` choices
all come from :data:`RDF_FORMATS`; adding a serialisation is one row here.

Example
-------
>>> WRITE_FORMATS
('trig', 'turtle', 'nquads', 'json-ld')
>>> by_name("ttl").suffix, by_suffix(".nq").name
('ttl', 'nquads')
"""

from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox

from ..errors import UsageError


@dataclass(frozen=True)
class RdfFormat:
    """One RDF serialisation: names, Oxigraph format, file suffixes, named graphs or not."""

    name: str
    ox_format: ox.RdfFormat
    #: suffix (without the dot) of a file written in this format
    suffix: str
    #: suffixes (with the dot) of files read in this format
    read_suffixes: tuple[str, ...]
    named_graphs: bool
    aliases: tuple[str, ...] = ()
    #: offered as ``--format`` of ``build`` and ``export`` (N-Triples is only read)
    writable: bool = True


RDF_FORMATS: tuple[RdfFormat, ...] = (
    RdfFormat("trig", ox.RdfFormat.TRIG, "trig", (".trig",), True),
    RdfFormat("turtle", ox.RdfFormat.TURTLE, "ttl", (".ttl", ".turtle"), False, ("ttl",)),
    RdfFormat("nquads", ox.RdfFormat.N_QUADS, "nq", (".nq", ".nquads"), True, ("nq", "n-quads")),
    RdfFormat("json-ld", ox.RdfFormat.JSON_LD, "jsonld", (".jsonld", ".json"), True, ("jsonld",)),
    RdfFormat("ntriples", ox.RdfFormat.N_TRIPLES, "nt", (".nt",), False, ("nt", "n-triples"), writable=False),
)

#: the ``--format`` names a build or an export can write, in the table's order
WRITE_FORMATS: tuple[str, ...] = tuple(f.name for f in RDF_FORMATS if f.writable)


def by_name(name: str) -> RdfFormat:
    """The writable format called ``name`` or one of its aliases; raise :class:`UsageError` otherwise."""
    key = name.lower()
    for fmt in RDF_FORMATS:
        if fmt.writable and (key == fmt.name or key in fmt.aliases):
            return fmt
    raise UsageError(f"unknown RDF format {name!r} (choose from {', '.join(WRITE_FORMATS)})")


def by_suffix(suffix: str) -> RdfFormat | None:
    """The format a file with ``suffix`` (``.trig``) is read as, or ``None``."""
    key = suffix.lower()
    return next((f for f in RDF_FORMATS if key in f.read_suffixes), None)


def read_suffixes() -> list[str]:
    """Every file suffix read as RDF, sorted."""
    return sorted(s for f in RDF_FORMATS for s in f.read_suffixes)
