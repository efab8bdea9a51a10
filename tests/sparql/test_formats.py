"""Answers of the endpoint, written without a server: formats read back as Oxigraph's own output."""

from __future__ import annotations

import json

import pyoxigraph as ox
import pytest

from graph.sparql.formats import negotiate, write_solutions
from graph.sparql.queries import query_form, syntax_message
from graph.sparql.worker import Request, execute

TRICKY = ["plain", "tab\there", "new\nline", 'quote " and \\ backslash <&> ]]>', "émoji 🌍", ""]
XSD = "http://www.w3.org/2001/XMLSchema#"


@pytest.fixture
def solutions_store():
    st = ox.Store()
    g = ox.NamedNode("urn:g")
    for i, text in enumerate(TRICKY):
        s = ox.NamedNode(f"https://example.org/s{i}")
        st.add(ox.Quad(s, ox.NamedNode("urn:text"), ox.Literal(text, language="fr") if i % 2 else ox.Literal(text), g))
        st.add(ox.Quad(s, ox.NamedNode("urn:n"), ox.Literal(str(i), datatype=ox.NamedNode(XSD + "integer")), g))
        st.add(ox.Quad(s, ox.NamedNode("urn:x"), ox.Literal(f"{i}.5", datatype=ox.NamedNode(XSD + "decimal")), g))
        st.add(ox.Quad(s, ox.NamedNode("urn:b"), ox.BlankNode(f"b{i}"), g))
    return st


QUERY = ("SELECT ?s ?t ?n ?x ?b ?none WHERE { GRAPH ?g { ?s <urn:text> ?t ; <urn:n> ?n ; <urn:x> ?x ; <urn:b> ?b } "
         "OPTIONAL { ?s <urn:missing> ?none } } ORDER BY ?s")


def _rows(data: bytes, fmt) -> list[list]:
    return [[s[i] for i in range(len(s))] for s in ox.parse_query_results(data, fmt)]


@pytest.mark.parametrize("media, fmt", [
    ("application/sparql-results+json", ox.QueryResultsFormat.JSON),
    ("application/sparql-results+xml", ox.QueryResultsFormat.XML),
    ("text/tab-separated-values", ox.QueryResultsFormat.TSV),
])
def test_results_read_back_as_the_rows_oxigraph_writes(solutions_store, media, fmt):
    result = solutions_store.query(QUERY)
    variables = [v.value for v in result.variables]
    rows = [[s[v] for v in variables] for s in result]
    ours = _rows(write_solutions(variables, rows, media), fmt)
    theirs = _rows(solutions_store.query(QUERY).serialize(format=fmt), fmt)
    assert ours == theirs and len(ours) == len(TRICKY)


def test_csv_has_plain_values(solutions_store):
    import csv
    import io

    answer = execute(solutions_store, Request(QUERY, accept="text/csv"))
    table = list(csv.reader(io.StringIO(answer.body.decode(), newline="")))
    assert table[0] == ["s", "t", "n", "x", "b", "none"]
    assert [r[1] for r in table[1:]] == TRICKY and table[1][2] == "0" and table[1][5] == ""


@pytest.mark.parametrize("accept, media", [
    (None, "application/sparql-results+json"),
    ("*/*", "application/sparql-results+json"),
    ("application/sparql-results+xml", "application/sparql-results+xml"),
    ("text/csv;q=0.5, text/tab-separated-values", "text/tab-separated-values"),
    ("application/json, text/*;q=0.1", "application/sparql-results+json"),
    ("image/png", None),
])
def test_select_format_by_accept(accept, media):
    assert negotiate("SELECT", accept) == media


@pytest.mark.parametrize("accept, fmt", [
    (None, ox.RdfFormat.TURTLE), ("text/turtle", ox.RdfFormat.TURTLE), ("application/n-triples", ox.RdfFormat.N_TRIPLES),
    ("application/ld+json", ox.RdfFormat.JSON_LD), ("application/rdf+xml", ox.RdfFormat.RDF_XML),
])
def test_construct_in_every_graph_format(solutions_store, accept, fmt):
    answer = execute(solutions_store, Request("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }", accept=accept))
    assert answer.status == 200 and answer.content_type.split(";")[0] == fmt.media_type
    triples = {str(t) for t in ox.parse(answer.body, fmt) if not isinstance(t.object, ox.BlankNode)}
    expected = {str(ox.Triple(q.subject, q.predicate, q.object)) for q in solutions_store
                if not isinstance(q.object, ox.BlankNode)}
    assert triples == expected


def test_ask_in_xml_and_json(solutions_store):
    answer = execute(solutions_store, Request("ASK { GRAPH ?g { ?s <urn:n> 3 } }", accept="application/sparql-results+xml"))
    assert b"<boolean>true</boolean>" in answer.body
    answer = execute(solutions_store, Request("ASK { ?s <urn:n> 3 }"))
    assert json.loads(answer.body) == {"head": {}, "boolean": False}


def test_rows_are_cut_at_the_limit_and_marked(solutions_store):
    answer = execute(solutions_store, Request(QUERY, accept="text/csv"), max_rows=2)
    assert len(answer.body.decode().strip().splitlines()) == 3
    assert answer.headers == {"X-Dipgraph-Truncated": "true"}
    answer = execute(solutions_store, Request(QUERY, accept="text/csv"), max_rows=len(TRICKY))
    assert answer.headers == {}


def test_project_prefixes_need_no_declaration():
    st = ox.Store()
    answer = execute(st, Request("SELECT * WHERE { ?a dg:opposes ?b ; rel:x ?c ; prov:wasDerivedFrom ?d ; dcterms:date ?e ; "
                                 "rdfs:label ?f ; owl:sameAs ?g ; skos:prefLabel ?h . FILTER(?e > '1'^^xsd:date) }"))
    assert answer.status == 200, answer.body


@pytest.mark.parametrize("query, start", [
    ("SELEC * WHERE { ?s ?p ?o }", "SPARQL syntax error at line 1, column 1: expected SELECT, ASK, CONSTRUCT or DESCRIBE"),
    ("PREFIX a: <urn:a:>\nSELECT * WHERE {\n  ?s a:p ?o", "SPARQL syntax error at line 3, column 12: expected one of "),
    ("SELECT * WHERE { ?s nope:p ?o }", "SPARQL syntax error at line 1, column "),
])
def test_syntax_errors_are_one_line_with_the_position(query, start):
    answer = execute(ox.Store(), Request(query))
    message = answer.body.decode()
    assert answer.status == 400 and message.startswith(start) and "\n" not in message and len(message) < 300, message
    assert "\\u{" not in message


def test_an_undeclared_prefix_is_named():
    assert "undeclared prefix" in execute(ox.Store(), Request("SELECT * WHERE { ?s nope:p ?o }")).body.decode()


@pytest.mark.parametrize("query, form", [
    ("SELECT * WHERE { ?s ?p ?o }", "SELECT"),
    ("PREFIX dg: <https://w3id.org/dipgraph/ontology#>\n# who opposes\nselect ?a { ?a dg:opposes ?b }", "SELECT"),
    ("BASE <http://e.org/> ASK { ?s ?p ?o }", "ASK"),
    ("CONSTRUCT WHERE { ?s ?p ?o }", "CONSTRUCT"),
    ("INSERT DATA { <a:b> <a:c> <a:d> }", ""),
])
def test_query_form(query, form):
    assert query_form(query) == form


def test_syntax_message_without_a_position():
    assert syntax_message("x", SyntaxError("odd")) == "SPARQL syntax error: odd"
