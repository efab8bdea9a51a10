"""``dipgraph analyze`` and ``export`` on an RDF graph built from events (needs the RDF stage)."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from graph.cli import cli
from graph.model import Document

rdf_dataset = pytest.importorskip("graph.rdf.dataset")
rdf_load = pytest.importorskip("graph.rdf.load")
rdf_serialize = pytest.importorskip("graph.rdf.serialize")


@pytest.fixture
def trig_file(tmp_path, make_event):
    from graph.events.cluster import cluster_events

    events = [
        make_event("ETH", "attack", "ERI", date="2000-05-12", doc="horn.txt", sentence="Ethiopian troops advanced on Eritrean lines."),
        make_event("ERI", "accuse", "ETH", date="2000-05-13", doc="horn.txt", sentence="Asmara accused Addis Ababa of aggression."),
        make_event("DZA", "mediate", "ETH", date="2000-12-12", doc="horn.txt", sentence="Algiers hosted the two sides."),
        make_event("DZA", "mediate", "ERI", date="2000-12-12", doc="horn.txt", sentence="Algiers hosted the two sides."),
    ]
    docs = [Document(id="horn.txt", text="", language="en", date="2000-05-12")]
    ds = rdf_dataset.build_dataset(docs, events, cluster_events(events))
    path = tmp_path / "graph.trig"
    rdf_serialize.write_dataset(ds, path, "trig")
    return path


def test_analyze_reads_rdf(tmp_path, trig_file):
    res = CliRunner().invoke(cli, ["analyze", str(trig_file), "-o", str(tmp_path / "out")])
    assert res.exit_code == 0, res.output
    assert res.output.startswith("4 events, 3 actors")
    assert "DZA" in res.output.split("Mediators:")[1].split("\n\n")[0]


def test_export_rdf_and_gexf_from_rdf(tmp_path, trig_file):
    ttl = tmp_path / "g.ttl"
    res = CliRunner().invoke(cli, ["export", str(trig_file), "--format", "turtle", "-o", str(ttl)])
    assert res.exit_code == 0, res.output
    assert ttl.stat().st_size > 0
    gexf = tmp_path / "g.gexf"
    res = CliRunner().invoke(cli, ["export", str(trig_file), "--format", "gexf", "-o", str(gexf)])
    assert res.exit_code == 0, res.output
    assert b'id="DZA"' in gexf.read_bytes()
