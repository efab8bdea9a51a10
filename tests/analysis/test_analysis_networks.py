"""Graph building: event weights, aggregation, roll-up levels, filters and loading."""

from __future__ import annotations

import json

import pytest

from graph.analysis.networks import (
    event_graph, event_weight, filter_events, load_events, signed_graph, stance_graph,
)
from graph.errors import GraphFileError, InputError


def test_event_weight_is_goldstein_over_ten_times_confidence(make_event):
    # relations.tsv: attack -10.0, support 3.4
    assert event_weight(make_event("RUS", "attack", "UKR", confidence=0.5)) == pytest.approx(-0.5)
    assert event_weight(make_event("TUR", "support", "AZE", confidence=0.8)) == pytest.approx(0.272)


def test_stance_graph_sums_signed_parts(make_event):
    events = [
        make_event("AZE", "attack", "ARM", confidence=1.0),    # -1.0
        make_event("AZE", "condemn", "ARM", confidence=0.5),   # -0.1
        make_event("AZE", "appeal", "ARM", confidence=1.0),    # +0.3
    ]
    G = stance_graph(events)
    d = G["AZE"]["ARM"]
    assert d["weight"] == pytest.approx(-0.8)
    assert d["positive"] == pytest.approx(0.3)
    assert d["negative"] == pytest.approx(1.1)
    assert d["count"] == 3 and d["sign"] == -1
    assert d["relations"] == {"appeal": 1, "attack": 1, "condemn": 1}
    assert list(d["relations"]) == ["appeal", "attack", "condemn"]  # sorted, so outputs do not move
    assert not G.has_edge("ARM", "AZE")


def test_symmetric_relations_split_between_directions(make_event):
    # cooperate is +6.0 and symmetric: 0.3 each way; one mention in the undirected view
    G = stance_graph([make_event("SAU", "cooperate", "IRN")])
    assert G["SAU"]["IRN"]["weight"] == pytest.approx(0.3)
    assert G["IRN"]["SAU"]["weight"] == pytest.approx(0.3)
    S = signed_graph(G)
    assert S["IRN"]["SAU"]["weight"] == pytest.approx(0.6)
    assert S["IRN"]["SAU"]["count"] == 1


def test_signed_graph_adds_both_directions(make_event):
    G = stance_graph([make_event("ISR", "attack", "HAMAS"), make_event("HAMAS", "attack", "ISR"),
                      make_event("QAT", "mediate", "HAMAS")])
    S = signed_graph(G)
    assert S["HAMAS"]["ISR"]["weight"] == pytest.approx(-2.0)
    assert S["HAMAS"]["ISR"]["count"] == 2
    assert S["HAMAS"]["QAT"]["sign"] == 1


def test_roll_up_levels(make_event):
    events = [
        make_event("RUS", "meet", "TUR", source_id="person/vladimir-putin", source_actor="Vladimir Putin",
                   target_id="person/recep-tayyip-erdogan", target_actor="Recep Tayyip Erdogan"),
        make_event("RUS", "condemn", "UKR", source_id="RUS", source_actor="Moscow", target_id="UKR",
                   target_actor="Kyiv"),
    ]
    assert sorted(stance_graph(events).nodes()) == ["RUS", "TUR", "UKR"]
    A = stance_graph(events, level="actor")
    assert sorted(A.nodes()) == ["RUS", "UKR", "person/recep-tayyip-erdogan", "person/vladimir-putin"]
    assert A.nodes["person/vladimir-putin"]["code"] == "RUS"
    assert A.nodes["person/vladimir-putin"]["label"] == "Vladimir Putin"
    N = stance_graph(events, level="named")
    assert "Moscow" in N and "Vladimir Putin" in N
    with pytest.raises(ValueError):
        stance_graph(events, level="party")


def test_self_loops_after_roll_up_are_dropped(make_event):
    G = stance_graph([make_event("RUS", "meet", "RUS")])
    assert G.number_of_edges() == 0 and list(G.nodes()) == ["RUS"]


def test_filters_window_confidence_relations(make_event):
    events = [
        make_event("USA", "sanction", "IRN", date="2018-05-08", confidence=0.9),
        make_event("USA", "meet", "PRK", date="2018-06-12", confidence=0.4),
        make_event("USA", "condemn", "PRK", date="2019-11-30", confidence=0.9),
        make_event("USA", "agree", "TLB", date=None, confidence=0.9),
    ]
    assert len(filter_events(events)) == 4
    assert [e.relation for e in filter_events(events, start="2018-06", end="2018")] == ["meet"]
    assert [e.relation for e in filter_events(events, min_confidence=0.5)] == ["sanction", "condemn", "agree"]
    assert [e.relation for e in filter_events(events, relations=["condemn", "meet"])] == ["meet", "condemn"]
    # meet is symmetric: an edge each way
    assert sorted(stance_graph(events, end="2018").edges()) == [("PRK", "USA"), ("USA", "IRN"), ("USA", "PRK")]


def test_event_graph_keeps_one_edge_per_event(make_event):
    events = [make_event("EGY", "mediate", "HAMAS", date="2023-11-20"),
              make_event("EGY", "mediate", "HAMAS", date="2023-11-22", confidence=0.7)]
    M = event_graph(events)
    assert M.number_of_edges("EGY", "HAMAS") == 2
    data = sorted(d["date"] for _, _, d in M.edges(data=True))
    assert data == ["2023-11-20", "2023-11-22"]
    assert M["EGY"]["HAMAS"][1]["weight"] == pytest.approx(0.35)
    assert all(d["sign"] == "+" and d["evidence"] for *_, d in M.edges(data=True))


def test_load_events_jsonl_and_errors(tmp_path, make_event):
    good = tmp_path / "events.jsonl"
    good.write_text(json.dumps(make_event("FRA", "condemn", "MLI").to_json()) + "\n\n", encoding="utf-8")
    assert [e.target for e in load_events(good)] == ["MLI"]
    assert [e.target for e in load_events(tmp_path)] == ["MLI"]  # a build folder
    bad = tmp_path / "bad.jsonl"
    row = make_event("FRA", "condemn", "MLI").to_json()
    row["relation"] = "hug"
    bad.write_text(json.dumps(row) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match="bad.jsonl:1.*unknown relation 'hug'"):
        load_events(bad)
    bad.write_text("{not json\n", encoding="utf-8")
    with pytest.raises(InputError, match="bad.jsonl:1"):
        load_events(bad)
    with pytest.raises(GraphFileError):
        load_events(tmp_path / "missing.jsonl")
