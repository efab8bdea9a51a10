"""The pandas API for notebooks: the same numbers as the graph functions, as DataFrames."""

from __future__ import annotations

import pytest

from graph.analysis import frames


@pytest.fixture
def events(make_event):
    return [
        make_event("SDN", "attack", "RSF", date="2023-04-15"),                    # -1.0
        make_event("RSF", "attack", "SDN", date="2023-04-16", confidence=0.5),   # -0.5
        make_event("SAU", "mediate", "SDN", date="2023-05-06"),                  # +0.5
        make_event("SAU", "mediate", "RSF", date="2023-05-06"),                  # +0.5
        make_event("USA", "mediate", "SDN", date="2023-05-06", confidence=0.8),  # +0.4
        make_event("USA", "mediate", "RSF", date="2023-05-06", confidence=0.8),  # +0.4
        make_event("SDN", "agree", "RSF", date="2023-05-20"),                    # +0.4, 0.2 each way
    ]


def test_actors_and_matrix(events):
    a = frames.actors_frame(events)
    assert sorted(a.index) == ["RSF", "SAU", "SDN", "USA"]
    # mediation is contact and the agreement an accord: neither is support
    assert a.loc["SDN", "support_received"] == 0.0
    assert a.loc["SDN", "contact_received"] == pytest.approx(0.5 + 0.4)
    assert a.loc["SDN", "cooperation_received"] == pytest.approx(0.5 + 0.4 + 0.2)
    assert a.loc["SDN", "opposition_received"] == pytest.approx(0.5)
    assert (a.loc["SAU", "support_given"], a.loc["SAU", "contact_given"]) == (0.0, pytest.approx(1.0))
    assert {"pagerank_positive", "betweenness_negative", "bloc"} <= set(a.columns)
    m = frames.stance_matrix(events)
    assert m.loc["SDN", "RSF"] == pytest.approx(-1.0 + 0.2)
    assert m.loc["RSF", "SAU"] == 0.0
    assert list(m.index) == list(m.columns) == ["RSF", "SAU", "SDN", "USA"]


def test_pairs_mediators_triads(events):
    p = frames.pairs_frame(events)
    assert len(p) == 6 and list(p.columns[:3]) == ["source", "target", "weight"]
    med = frames.mediators_frame(events)
    assert list(med["mediator"]) == ["SAU", "USA"]
    assert list(med["score"]) == pytest.approx([0.5, 0.4])
    assert med.loc[0, "pairs"] == "RSF – SDN"
    t = frames.triads_frame(events)
    assert sorted(t["type"]) == ["++-", "++-"]  # each mediator with the two enemies
    assert not t["balanced"].any()


def test_series_flips_events(events):
    s = frames.series_frame(events, window="month")
    assert list(zip(s.source, s.target, s.period)) == [
        ("RSF", "SAU", "2023-05"), ("RSF", "SDN", "2023-04"), ("RSF", "SDN", "2023-05"),
        ("RSF", "USA", "2023-05"), ("SAU", "SDN", "2023-05"), ("SDN", "USA", "2023-05")]
    rsf = s[(s.source == "RSF") & (s.target == "SDN")]
    assert list(rsf["weight"]) == pytest.approx([-1.5, 0.4])
    f = frames.flips_frame(events, window="month")
    assert f.to_dict("records") == [{"source": "RSF", "target": "SDN", "from_period": "2023-04",
                                     "to_period": "2023-05", "from_weight": -1.5, "to_weight": 0.4,
                                     "change": "-/+"}]
    e = frames.events_frame(events)
    assert len(e) == 7 and e["weight"].sum() == pytest.approx(-1.5 + 1.0 + 0.8 + 0.4)


def test_empty_frames():
    assert frames.actors_frame([]).empty
    assert frames.mediators_frame([]).empty
    assert frames.flips_frame([]).empty
    assert frames.stance_matrix([]).shape == (0, 0)
