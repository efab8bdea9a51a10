"""Validate a dipgraph graph: SHACL shapes, then the ``*-violation.rq`` checks.

The shapes (``ontology/shapes/*.ttl``) are checked with pySHACL on the union of the dataset's
graphs, with the ontology mixed in so ``sh:class`` follows ``rdfs:subClassOf``. Each check
(``ontology/checks/*-violation.rq``) is a SPARQL query that must return no rows; every row it
returns is a finding. Adding a constraint means adding a shape or a query file.

Example
-------
>>> report = validate_graph("out/graph.trig")  # doctest: +SKIP
>>> report.conforms  # doctest: +SKIP
True
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import SH

from ..rdf.load import read_quads
from ..rdf.ontology import ontology_graph
from ..rdf.serialize import from_ox_term
from ..resources import ontology_path
from ..sparql.queries import run, saved_queries
from ..sparql.store import Store


@dataclass(frozen=True)
class Finding:
    """One problem: which check found it, on what node, and what is wrong."""

    check: str
    focus: str
    message: str


@dataclass
class ValidationReport:
    """The findings of SHACL and of the violation queries; ``conforms`` when there are none."""

    findings: list[Finding] = field(default_factory=list)
    checks: list[str] = field(default_factory=list)

    @property
    def conforms(self) -> bool:
        """Whether no check found anything."""
        return not self.findings


def shapes_graph() -> Graph:
    """All SHACL shapes of the project."""
    g = Graph()
    for path in sorted(ontology_path("shapes").glob("*.ttl")):
        g.parse(path, format="turtle")
    return g


def _shacl(quads) -> list[Finding]:
    import pyshacl

    data = ontology_graph()  # alongside the data, so sh:class sees the classes and the relation scheme
    for q in quads:
        data.add((from_ox_term(q.subject), from_ox_term(q.predicate), from_ox_term(q.object)))
    _, results, _ = pyshacl.validate(data, shacl_graph=shapes_graph(), inference="none", allow_warnings=True)
    findings = []
    for result in results.subjects(SH.resultSeverity, SH.Violation):
        focus = results.value(result, SH.focusNode)
        path = results.value(result, SH.resultPath)
        message = results.value(result, SH.resultMessage)
        where = f" ({path.n3(results.namespace_manager)})" if isinstance(path, URIRef) else ""
        findings.append(Finding("shacl", str(focus), f"{message}{where}"))
    return sorted(findings, key=lambda f: (f.focus, f.message))


def validate_graph(path: str | Path, *, shacl: bool = True) -> ValidationReport:
    """Validate an RDF file or a store folder; see the module docstring."""
    quads = read_quads(path)
    report = ValidationReport()
    if shacl:
        report.checks.append("shacl")
        report.findings.extend(_shacl(quads))
    with Store() as st:
        st.add_quads(quads)
        st.add_ontology()
        for name, query in saved_queries("checks").items():
            report.checks.append(name)
            columns, rows = run(st, query)
            for row in rows:
                report.findings.append(Finding(name, row[0], f"{query.title}: " + ", ".join(
                    f"{c}={v}" for c, v in zip(columns[1:], row[1:]) if v)))
    return report
