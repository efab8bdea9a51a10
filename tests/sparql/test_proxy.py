"""The row-limiting front of the endpoint: its TSV reading agrees with Oxigraph's own JSON."""

from __future__ import annotations

import json

import pyoxigraph as ox
import pytest

from graph.sparql.proxy import query_form, render, tsv_term

TRICKY = ["plain", "tab\there", "new\nline", 'quote " and \\ backslash', "émoji 🌍", ""]


@pytest.fixture
def solutions_store():
    st = ox.Store()
    g = ox.NamedNode("urn:g")
    for i, text in enumerate(TRICKY):
        s = ox.NamedNode(f"https://example.org/s{i}")
        st.add(ox.Quad(s, ox.NamedNode("urn:text"), ox.Literal(text, language="fr" if i % 2 else None) if i % 2
                       else ox.Literal(text), g))
        st.add(ox.Quad(s, ox.NamedNode("urn:n"), ox.Literal(str(i), datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")), g))
        st.add(ox.Quad(s, ox.NamedNode("urn:x"), ox.Literal(f"{i}.5", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#decimal")), g))
        st.add(ox.Quad(s, ox.NamedNode("urn:b"), ox.BlankNode(f"b{i}"), g))
    return st


QUERY = ("SELECT ?s ?t ?n ?x ?b ?none WHERE { GRAPH ?g { ?s <urn:text> ?t ; <urn:n> ?n ; <urn:x> ?x ; <urn:b> ?b } "
         "OPTIONAL { ?s <urn:missing> ?none } } ORDER BY ?s")


def test_tsv_rows_read_back_as_oxigraph_writes_them_in_json(solutions_store):
    tsv = solutions_store.query(QUERY).serialize(format=ox.QueryResultsFormat.TSV).decode()
    expected = json.loads(solutions_store.query(QUERY).serialize(format=ox.QueryResultsFormat.JSON))
    header, *lines = tsv.rstrip("\n").split("\n")
    variables = [v[1:] for v in header.split("\t")]
    rows = [[tsv_term(c) for c in line.split("\t")] for line in lines]
    _, body = render(variables, rows, "application/sparql-results+json")
    got = json.loads(body)
    strip_bnodes = lambda b: [{k: v for k, v in row.items() if v["type"] != "bnode"} for row in b]
    assert got["head"] == expected["head"]
    assert strip_bnodes(got["results"]["bindings"]) == strip_bnodes(expected["results"]["bindings"])
    assert all(row["b"]["type"] == "bnode" for row in got["results"]["bindings"])


@pytest.mark.parametrize("query, form", [
    ("SELECT * WHERE { ?s ?p ?o }", "SELECT"),
    ("PREFIX dg: <https://w3id.org/dipgraph/ontology#>\n# who opposes\nselect ?a { ?a dg:opposes ?b }", "SELECT"),
    ("BASE <http://e.org/> ASK { ?s ?p ?o }", "ASK"),
    ("CONSTRUCT WHERE { ?s ?p ?o }", "CONSTRUCT"),
    ("INSERT DATA { <a:b> <a:c> <a:d> }", ""),
])
def test_query_form(query, form):
    assert query_form(query) == form


def test_an_error_line_is_not_a_term():
    with pytest.raises(ValueError):
        tsv_term("The SPARQL operation has been cancelled")


def test_csv_answer_has_plain_values():
    import csv
    import io

    ctype, body = render(["a", "b"], [[{"type": "uri", "value": "https://e.org/x"}, None]], "text/csv")
    assert ctype.startswith("text/csv")
    assert list(csv.reader(io.StringIO(body.decode()))) == [["a", "b"], ["https://e.org/x", ""]]
