"""``dipgraph serve GRAPHFILE``: the SPARQL protocol as clients use it, on a real server."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
import warnings
from pathlib import Path

import pyoxigraph as ox
import pytest

from graph.rdf.dataset import build_dataset
from graph.rdf.serialize import write_dataset
from graph.sparql.endpoint import free_port, wait_until_up
from graph.sparql.queries import saved_queries

DIPGRAPH = str(Path(sys.executable).parent / "dipgraph")
PREFIXED = "SELECT ?a ?b WHERE { ?a dg:opposes ?b } ORDER BY ?a"


def _get(port, query, accept="application/sparql-results+json", **params):
    url = f"http://127.0.0.1:{port}/query?" + urllib.parse.urlencode({"query": query, **params}, doseq=True)
    try:
        with urllib.request.urlopen(urllib.request.Request(url, headers={"Accept": accept}), timeout=60) as resp:
            return resp.status, dict(resp.headers), resp.read()
    except urllib.error.HTTPError as err:
        return err.code, dict(err.headers), err.read()


def _conftest():
    """The test suite's top conftest (``from conftest import`` can find another folder's)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("dipgraph_tests_conftest", Path(__file__).parents[1] / "conftest.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """``dipgraph serve g.trig --max-rows 2`` over two documents: TUR backs AZE, FRA condemns TUR, AZE attacks ARM."""
    from graph.model import Document

    stance_event = _conftest().stance_event

    docs = [Document(id="a.txt", text="x" * 500, language="en", date="2020-10-02"),
            Document(id="b.txt", text="y" * 500, language="en", date="2020-10-05")]
    events = [stance_event("TUR", "support", "AZE"), stance_event("FRA", "condemn", "TUR", start=40),
              stance_event("RUS", "mediate", "ARM", doc="b.txt", date="2020-10-05"),
              stance_event("RUS", "mediate", "AZE", doc="b.txt", date="2020-10-05"),
              stance_event("AZE", "attack", "ARM", doc="b.txt", date="2020-10-05", start=90)]
    path = write_dataset(build_dataset(docs, events), tmp_path_factory.mktemp("serve") / "g.trig")
    port = free_port()
    proc = subprocess.Popen([DIPGRAPH, "serve", str(path), "--port", str(port), "--max-rows", "2"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    try:
        wait_until_up(proc, port)
        yield port
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=60)
    assert proc.returncode == 0, proc.stderr.read().decode()[-2000:]


@pytest.mark.slow
def test_sparqlwrapper_with_its_defaults_gets_xml(server):
    from SPARQLWrapper import SPARQLWrapper

    client = SPARQLWrapper(f"http://127.0.0.1:{server}/query")
    client.setQuery(saved_queries()["mediators"].text)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # SPARQLWrapper warns when it gets another format than it asked for
        result = client.query()
        assert result.info()["content-type"].startswith("application/sparql-results+xml")
        document = result.convert()
    bindings = document.getElementsByTagName("binding")
    rows = {b.getAttribute("name"): b.firstChild.firstChild.data for b in bindings}
    assert rows == {"mediator": "RUS", "side_a": "ARM", "side_b": "AZE"}


@pytest.mark.slow
def test_a_saved_query_over_http_answers_what_the_cli_answers(server):
    from SPARQLWrapper import JSON, SPARQLWrapper

    client = SPARQLWrapper(f"http://127.0.0.1:{server}/query")
    client.setQuery(saved_queries()["who-opposes"].text)
    client.setReturnFormat(JSON)
    answer = client.query().convert()
    rows = sorted(tuple(b[v]["value"] for v in answer["head"]["vars"]) for b in answer["results"]["bindings"])
    assert rows == [("AZE", "ARM"), ("FRA", "TUR")]


@pytest.mark.slow
@pytest.mark.parametrize("accept, fmt", [
    ("application/sparql-results+xml", ox.QueryResultsFormat.XML),
    ("application/sparql-results+json", ox.QueryResultsFormat.JSON),
    ("text/csv", ox.QueryResultsFormat.CSV),
    ("text/tab-separated-values", ox.QueryResultsFormat.TSV),
])
def test_select_in_each_results_format_with_project_prefixes(server, accept, fmt):
    status, headers, body = _get(server, PREFIXED, accept=accept)
    assert status == 200 and headers["Content-Type"].startswith(accept), (status, body[:300])
    if fmt == ox.QueryResultsFormat.CSV:  # lossy: Oxigraph does not read it back
        import csv
        import io

        rows = list(csv.reader(io.StringIO(body.decode())))[1:]
    else:
        rows = [[str(getattr(s[i], "value", s[i])) for i in range(2)] for s in ox.parse_query_results(body, fmt)]
    assert [[r[0].rsplit("/", 1)[-1], r[1].rsplit("/", 1)[-1]] for r in rows] == [["AZE", "ARM"], ["FRA", "TUR"]]


@pytest.mark.slow
@pytest.mark.parametrize("accept, fmt", [
    ("text/turtle", ox.RdfFormat.TURTLE), ("application/n-triples", ox.RdfFormat.N_TRIPLES),
    ("application/ld+json", ox.RdfFormat.JSON_LD), ("application/rdf+xml", ox.RdfFormat.RDF_XML),
])
def test_construct_and_describe_in_each_graph_format(server, accept, fmt):
    for query in ("CONSTRUCT { ?a dg:opposes ?b } WHERE { ?a dg:opposes ?b }", "DESCRIBE actor:FRA"):
        status, headers, body = _get(server, query, accept=accept)
        assert status == 200 and headers["Content-Type"].startswith(accept), (status, body[:300])
        triples = list(ox.parse(body, fmt))
        assert triples
        if query.startswith("CONSTRUCT"):
            assert len(triples) == 2


@pytest.mark.slow
def test_errors_are_one_line_with_a_status(server):
    status, _, body = _get(server, "SELECT ?a WHERE { ?a dg:opposes ")
    assert status == 400 and body.decode().startswith("SPARQL syntax error at line 1, column ") and b"\n" not in body
    status, _, body = _get(server, PREFIXED, accept="image/png")
    assert status == 406 and b"application/sparql-results+xml" in body
    # five stance pairs, cut at two rows and marked as cut
    status, headers, body = _get(server, saved_queries()["stance-pairs"].text, accept="text/csv")
    assert status == 200 and len(body.decode().strip().splitlines()) == 3
    assert headers.get("X-Dipgraph-Truncated") == "true"


@pytest.mark.slow
def test_service_is_refused_so_the_server_makes_no_outgoing_request(server):
    for query in ("SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
                  "select * { ?a dg:opposes ?b . service silent <http://example.org/q> { ?b ?p ?o } }"):
        status, _, body = _get(server, query)
        assert (status, body) == (403, b"SERVICE (a federated query) is refused: this endpoint makes no outgoing requests")
    status, _, _ = _get(server, 'SELECT ?a WHERE { ?a dg:opposes ?b FILTER(?b != "SERVICE") }')
    assert status == 200


@pytest.mark.slow
def test_dataset_parameters_of_the_protocol(server):
    doc_a = "https://w3id.org/dipgraph/doc/a.txt"
    query = "SELECT (COUNT(*) AS ?n) WHERE { ?m a dg:StanceMention }"
    counts = {}
    for graphs in ((), (doc_a,)):
        status, _, body = _get(server, query, **{"default-graph-uri": list(graphs)})
        assert status == 200, body
        counts[graphs] = int(json.loads(body)["results"]["bindings"][0]["n"]["value"])
    assert counts == {(): 0, (doc_a,): 2}  # mentions live in the documents' graphs


@pytest.mark.slow
def test_graph_store_reads_a_graph_and_refuses_writes(server):
    url = f"http://127.0.0.1:{server}/store?" + urllib.parse.urlencode({"graph": "https://w3id.org/dipgraph/doc/a.txt"})
    with urllib.request.urlopen(urllib.request.Request(url, headers={"Accept": "application/n-triples"}), timeout=60) as resp:
        triples = list(ox.parse(resp.read(), ox.RdfFormat.N_TRIPLES))
        assert resp.headers["X-Dipgraph-Truncated"] == "true"  # --max-rows 2 also caps triples
    assert len(triples) == 2
    assert all(t.subject.value.startswith(("https://w3id.org/dipgraph/doc/a.txt", "https://w3id.org/dipgraph/event/"))
               for t in triples), triples
    req = urllib.request.Request(url, data=b"<urn:a> <urn:b> <urn:c> .", method="PUT",
                                 headers={"Content-Type": "application/n-triples"})
    with pytest.raises(urllib.error.HTTPError) as err:
        urllib.request.urlopen(req, timeout=60)
    assert err.value.code == 405
