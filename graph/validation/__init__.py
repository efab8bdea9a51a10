"""Validation: checks a built graph against the SHACL shapes and the ``*-violation.rq`` queries.

It sits above both :mod:`graph.rdf` (reading the graph) and :mod:`graph.sparql` (running the
checks in a store), so neither of those imports the other back up
(docs/ARCHITECTURE.md, "One way down").

Example
-------
>>> from graph.validation import validate_graph
>>> validate_graph("out/graph.trig").conforms  # doctest: +SKIP
True
"""

from .checks import Finding, ValidationReport, shapes_graph, validate_graph

__all__ = ["Finding", "ValidationReport", "shapes_graph", "validate_graph"]
