"""Words that mean what they say: support is the support family only, meetings and mediation are
contact, bloc numbers are the same in the report, the GEXF export and the HTML page, and an
undated corpus says how to date documents. Expected values are counted by hand."""

from __future__ import annotations

import re

import networkx as nx
import pytest

from graph.analysis.centrality import stance_degrees
from graph.analysis.gephi import annotate, write_network
from graph.analysis.networks import relation_families, stance_graph
from graph.analysis.report import analyze, render_markdown, write_report
from graph.relations import relations
from graph.viz.payload import page_data


def test_every_relation_has_one_family_and_support_is_backing_only():
    fam = relation_families()
    assert set(fam) == set(relations())
    assert sorted(r for r, f in fam.items() if f == "support") == ["aid", "cooperate", "support"]
    assert sorted(r for r, f in fam.items() if f == "contact") == ["mediate", "meet"]
    # every conflictual relation is opposition, every opposition relation is conflictual
    assert {r for r, f in fam.items() if f == "opposition"} == {r for r, x in relations().items() if x.sign == "-"}


def test_meetings_mediation_and_appeals_are_not_support(make_event):
    G = stance_graph([
        make_event("ARM", "meet", "AZE"),                     # +0.1, symmetric: 0.05 each way
        make_event("RUS", "mediate", "AZE"),                  # +0.5 contact
        make_event("UN", "appeal", "AZE"),                    # +0.3, neither support nor contact
        make_event("TUR", "aid", "AZE", confidence=0.5),      # +0.35 support
        make_event("AZE", "cooperate", "TUR"),                # +0.6 support, 0.3 each way
    ])
    d = stance_degrees(G)
    assert d["AZE"]["support_received"] == pytest.approx(0.35 + 0.3)
    assert d["AZE"]["contact_received"] == pytest.approx(0.05 + 0.5)
    assert d["AZE"]["cooperation_received"] == pytest.approx(0.05 + 0.5 + 0.3 + 0.35 + 0.3)
    assert d["ARM"]["support_given"] == 0.0 and d["ARM"]["contact_given"] == pytest.approx(0.05)
    assert d["AZE"]["support_given"] == pytest.approx(0.3)


def _camps(make_event):
    """Two camps: ARM+FRA against AZE+TUR+PAK; GRC alone with a meeting."""
    return [make_event("FRA", "support", "ARM"), make_event("TUR", "support", "AZE"),
            make_event("PAK", "support", "AZE"), make_event("AZE", "attack", "ARM"),
            make_event("ARM", "condemn", "TUR"), make_event("FRA", "condemn", "AZE"),
            make_event("GRC", "meet", "FRA")]


def test_bloc_numbers_are_the_same_in_report_gexf_and_page(tmp_path, make_event):
    events = _camps(make_event)
    result = analyze(events)
    report = {a["actor"]: a["bloc"] for a in result["actors"]}
    assert report["AZE"] == report["TUR"] == report["PAK"] and report["ARM"] == report["FRA"]
    assert sorted(set(report.values())) == [1, 2]  # numbered from 1
    md = render_markdown(result)
    members = dict(re.findall(r"^\| (\d+) \| ([^|]+) \|$", md, re.M))
    assert {int(k): v.strip() for k, v in members.items()} == {
        report["AZE"]: "AZE, PAK, TUR", report["ARM"]: "ARM, FRA, GRC"}
    path = tmp_path / "g.gexf"
    write_network(annotate(stance_graph(events)), path, "gexf")
    gexf = {n: int(b) for n, b in nx.read_gexf(path).nodes(data="bloc")}
    page = {n["key"]: n["bloc"] for n in page_data(events, colour_by="bloc").nodes}
    assert gexf == report == page


def test_report_and_plot_name_contact_and_given(tmp_path, make_event):
    md = write_report(_camps(make_event), tmp_path)["report"].read_text(encoding="utf-8")
    assert "| support recv | support given | contact recv | contact given |" in md
    assert "meetings and mediation" in md


def test_undated_report_says_how_to_date_documents(tmp_path, make_event):
    md = write_report([make_event("TUR", "support", "AZE")], tmp_path)["report"].read_text(encoding="utf-8")
    assert "No event is dated" in md and "--date" in md and "`date` field" in md
