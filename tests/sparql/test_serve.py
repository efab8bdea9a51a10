"""``dipgraph serve GRAPHFILE``: a saved query over HTTP answers what ``dipgraph query`` answers."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from graph.rdf.dataset import build_dataset
from graph.rdf.serialize import write_dataset
from graph.sparql.endpoint import free_port, wait_until_up
from graph.sparql.queries import saved_queries

DIPGRAPH = str(Path(sys.executable).parent / "dipgraph")


def _get(port, query, accept="application/sparql-results+json"):
    url = f"http://127.0.0.1:{port}/query?" + urllib.parse.urlencode({"query": query})
    with urllib.request.urlopen(urllib.request.Request(url, headers={"Accept": accept}), timeout=30) as resp:
        return resp.status, dict(resp.headers), resp.read()


@pytest.mark.slow
def test_serving_a_graph_file(small_build, make_stance, tmp_path):
    docs, events = small_build
    events.append(make_stance("AZE", "attack", "ARM", doc="b 2.txt", date="2020-10-05", start=90))
    path = write_dataset(build_dataset(docs, events), tmp_path / "g.trig")
    port = free_port()
    proc = subprocess.Popen([DIPGRAPH, "serve", str(path), "--port", str(port), "--max-rows", "2"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    try:
        wait_until_up(proc, port)
        from SPARQLWrapper import JSON, SPARQLWrapper

        client = SPARQLWrapper(f"http://127.0.0.1:{port}/query")
        client.setQuery(saved_queries()["mediators"].text)
        client.setReturnFormat(JSON)
        answer = client.query().convert()
        rows = [{k: v["value"] for k, v in b.items()} for b in answer["results"]["bindings"]]
        assert rows == [{"mediator": "RUS", "side_a": "ARM", "side_b": "AZE"}]
        # five stance pairs, cut at two rows and marked as cut
        _, headers, body = _get(port, saved_queries()["stance-pairs"].text, accept="text/csv")
        assert len(body.decode().strip().splitlines()) == 3
        assert headers.get("X-Dipgraph-Truncated") == "true"
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=30)
    assert proc.returncode == 0, proc.stderr.read().decode()[-2000:]
