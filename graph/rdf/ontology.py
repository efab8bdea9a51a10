"""The dipgraph ontology files: ``ontology/dipgraph.ttl`` (OWL) and ``relations.ttl`` (SKOS).

Example
-------
>>> from graph.rdf.namespace import DG
>>> from rdflib import OWL, RDF
>>> (DG.StanceEvent, RDF.type, OWL.Class) in ontology_graph()
True
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from rdflib import Graph

from ..resources import ontology_path

#: The files that make up the ontology, in the ontology folder.
ONTOLOGY_FILES = ("dipgraph.ttl", "relations.ttl")


def ontology_files() -> list[Path]:
    """Paths of the ontology's Turtle files."""
    return [ontology_path(name) for name in ONTOLOGY_FILES]


@lru_cache(maxsize=1)
def _ontology() -> Graph:
    g = Graph()
    for path in ontology_files():
        g.parse(path, format="turtle")
    return g


def ontology_graph() -> Graph:
    """The whole ontology as one rdflib graph (a fresh copy each call; parsing is cached)."""
    g = Graph()
    for prefix, ns in _ontology().namespaces():
        g.bind(prefix, ns, override=True)
    for triple in _ontology():
        g.add(triple)
    return g
