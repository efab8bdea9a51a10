"""Measures on small signed graphs whose values are worked out by hand (in the comments)."""

from __future__ import annotations

import networkx as nx
import numpy as np
import pytest

from graph.analysis.balance import signed_triangles, triangle_census, unbalanced_triads
from graph.analysis.blocs import frustration, signed_blocs, signed_laplacian
from graph.analysis.centrality import layer, layer_centrality, stance_degrees
from graph.analysis.mediators import conflict_pairs, mediators
from graph.analysis.networks import signed_graph, stance_graph
from graph.analysis.temporal import most_active_pairs, period_of, sign_flips, stance_series


def signed(edges):
    S = nx.Graph()
    S.add_weighted_edges_from(edges)
    return S


# --- support and opposition, centrality -------------------------------------------------------

def test_stance_degrees_by_hand(make_event):
    G = stance_graph([
        make_event("TUR", "support", "AZE"),                 # +0.34
        make_event("PAK", "support", "AZE", confidence=0.5),  # +0.17
        make_event("FRA", "condemn", "AZE"),                 # -0.2
        make_event("AZE", "attack", "ARM"),                  # -1.0
    ])
    d = stance_degrees(G)
    assert d["AZE"]["support_received"] == pytest.approx(0.51)
    assert d["AZE"]["opposition_received"] == pytest.approx(0.2)
    assert d["AZE"]["opposition_given"] == pytest.approx(1.0)
    assert d["AZE"]["support_given"] == 0
    assert d["AZE"]["net_received"] == pytest.approx(0.31)
    assert d["ARM"]["opposition_received"] == pytest.approx(1.0)


def test_pagerank_two_nodes_by_hand():
    # A -> B only; B is dangling, so it spreads its rank evenly. With d = 0.85:
    # a = 0.15/2 + 0.85 * b/2, a + b = 1  =>  a = 0.5 / 1.425
    G = nx.DiGraph()
    G.add_edge("A", "B", positive=2.0, negative=0.0)
    G.add_edge("B", "A", positive=0.0, negative=1.0)  # only on the negative layer
    c = layer_centrality(G)
    assert c["A"]["pagerank_positive"] == pytest.approx(0.5 / 1.425, abs=1e-5)
    assert c["B"]["pagerank_positive"] == pytest.approx(1 - 0.5 / 1.425, abs=1e-5)
    # negative layer: B -> A only, so the mirror image
    assert c["A"]["pagerank_negative"] == pytest.approx(1 - 0.5 / 1.425, abs=1e-5)


def test_betweenness_on_each_layer():
    # positive path A -> B -> C: B is on the one A..C shortest path; normalised by (n-1)(n-2) = 2
    G = nx.DiGraph()
    G.add_edge("A", "B", positive=1.0, negative=0.0)
    G.add_edge("B", "C", positive=1.0, negative=0.0)
    G.add_edge("C", "A", positive=0.0, negative=1.0)
    c = layer_centrality(G)
    assert c["B"]["betweenness_positive"] == pytest.approx(0.5)
    assert c["B"]["betweenness_negative"] == 0
    assert sorted(layer(G, "negative").edges()) == [("C", "A")]


def test_empty_graph_centrality():
    assert layer_centrality(nx.DiGraph()) == {}
    G = nx.DiGraph()
    G.add_node("A")
    assert layer_centrality(G) == {"A": {"pagerank_positive": 0.0, "betweenness_positive": 0.0,
                                         "pagerank_negative": 0.0, "betweenness_negative": 0.0}}


# --- mediators --------------------------------------------------------------------------------

def test_mediator_between_two_conflicting_actors(make_event):
    G = stance_graph([
        make_event("ARM", "attack", "AZE"),
        make_event("AZE", "attack", "ARM"),
        make_event("RUS", "mediate", "ARM"),                  # +0.5
        make_event("RUS", "mediate", "AZE", confidence=0.8),  # +0.4
        make_event("TUR", "support", "AZE"),                  # one side only: not a mediator
        make_event("FRA", "appeal", "ARM"),                   # +0.3 to both sides, no mediate event
        make_event("FRA", "appeal", "AZE"),
    ])
    assert conflict_pairs(G) == [("ARM", "AZE")]
    ranking = mediators(G)
    assert [(m["mediator"], m["score"], m["explicit"]) for m in ranking] == [("RUS", 0.4, 1), ("FRA", 0.3, 0)]
    assert ranking[0]["pairs"] == [["ARM", "AZE"]]


def test_no_mediator_without_conflict(make_event):
    G = stance_graph([make_event("QAT", "mediate", "USA"), make_event("QAT", "mediate", "TLB")])
    assert mediators(G) == []


# --- blocs ------------------------------------------------------------------------------------

TWO_BLOCS = [("ARM", "FRA", 1.0), ("ARM", "GRC", 0.5), ("FRA", "GRC", 0.3),
             ("AZE", "TUR", 1.0), ("AZE", "PAK", 0.4), ("PAK", "TUR", 0.2),
             ("ARM", "AZE", -2.0), ("FRA", "TUR", -0.5), ("GRC", "TUR", -0.1)]


def test_two_bloc_graph_known_partition():
    p = signed_blocs(signed(TWO_BLOCS))
    assert p.blocs == [["ARM", "FRA", "GRC"], ["AZE", "PAK", "TUR"]]
    assert (p.frustration, p.weighted_frustration, p.frustrated) == (0, 0.0, [])
    assert p.bloc_of()["PAK"] == 2 and p.bloc_of()["ARM"] == 1  # numbered from 1, as everywhere


def test_signed_laplacian_singular_iff_balanced():
    # Kunegis et al. (2010): the signed Laplacian of a connected graph is singular iff balanced
    S = signed(TWO_BLOCS)
    nodes = sorted(S)
    assert np.linalg.eigvalsh(signed_laplacian(S, nodes))[0] == pytest.approx(0, abs=1e-9)
    S["ARM"]["FRA"]["weight"] = -1.0  # makes ARM-FRA-GRC a ++- triangle
    assert np.linalg.eigvalsh(signed_laplacian(S, nodes))[0] > 1e-6


def test_three_hostile_camps_and_friendly_component():
    camps = [("A1", "A2", 1), ("B1", "B2", 1), ("C1", "C2", 1)]
    hostile = [(x, y, -1) for x in ("A1", "A2") for y in ("B1", "B2", "C1", "C2")] + \
              [(x, y, -1) for x in ("B1", "B2") for y in ("C1", "C2")]
    friends = [("X", "Y", 1), ("Y", "Z", 1)]
    p = signed_blocs(signed(camps + hostile + friends))
    assert p.blocs == [["X", "Y", "Z"], ["A1", "A2"], ["B1", "B2"], ["C1", "C2"]]
    assert p.frustration == 0


def test_unbalanced_triangle_has_minimum_frustration_one():
    # ++- : every partition breaks one edge; cutting the weakest positive edge costs 1
    p = signed_blocs(signed([("a", "b", 1), ("b", "c", 2), ("a", "c", -8)]))
    assert (p.frustration, p.weighted_frustration) == (1, 1.0)
    assert p.blocs == [["b", "c"], ["a"]]
    assert frustration(signed([("a", "b", 1), ("b", "c", 2), ("a", "c", -8)]), [["a", "b", "c"]])[:2] == (1, 8.0)


def test_blocs_need_undirected_graph():
    with pytest.raises(TypeError):
        signed_blocs(nx.DiGraph())
    assert signed_blocs(nx.Graph()).blocs == []


# --- structural balance -----------------------------------------------------------------------

def test_triangle_census_hand_drawn():
    # K4, D against A, B, C: ABC +++; ABD, ACD, BCD +-- -> all balanced
    edges = [("A", "B", 1), ("A", "C", 1), ("B", "C", 1), ("A", "D", -1), ("B", "D", -1), ("C", "D", -1)]
    c = triangle_census(signed(edges))
    assert (c["+++"], c["++-"], c["+--"], c["---"], c["balance_ratio"]) == (1, 0, 3, 0, 1.0)
    # C and D become friends: ACD and BCD turn ++-
    edges[-1] = ("C", "D", 1)
    c = triangle_census(signed(edges))
    assert (c["+++"], c["++-"], c["+--"], c["---"], c["total"], c["balance_ratio"]) == (1, 2, 1, 0, 4, 0.5)


def test_all_negative_triangle_and_zero_pairs():
    c = triangle_census(signed([("a", "b", -1), ("b", "c", -1), ("a", "c", -1), ("c", "d", 0), ("a", "d", 1), ("b", "d", 1)]))
    # c-d has no sign, so only abc and abd count: --- and +-- ... abd: ab -, ad +, bd + -> ++-
    assert (c["+++"], c["++-"], c["+--"], c["---"]) == (0, 1, 0, 1)
    assert c["balance_ratio"] == 0.0
    assert triangle_census(nx.Graph())["balance_ratio"] is None


def test_unbalanced_triads_ranked_by_tension():
    S = signed([("a", "b", 1), ("b", "c", 1), ("a", "c", -1),     # tension 1
                ("c", "d", 8), ("b", "d", -1)])                   # bcd: +, -, + -> ++- tension 2
    ranked = unbalanced_triads(S)
    assert [(t["actors"], t["type"], t["tension"]) for t in ranked] == [
        (["b", "c", "d"], "++-", 2.0), (["a", "b", "c"], "++-", 1.0)]
    assert len(signed_triangles(S)) == 2


# --- change over time -------------------------------------------------------------------------

def test_period_labels():
    assert period_of("2021-01-01", "week") == "2020-W53"  # ISO week of the previous year
    assert period_of("2023-03-10", "quarter") == "2023-Q1"
    assert period_of("2023-03-10", "day") == "2023-03-10"
    assert period_of("2023", "year") == "2023"
    assert period_of("not a date", "month") is None
    with pytest.raises(ValueError):
        period_of("2023-01-01", "decade")


def test_flip_series(make_event):
    events = [
        make_event("SAU", "condemn", "IRN", date="2016-01-03"),   # -0.2
        make_event("IRN", "reject", "SAU", date="2016-01-20"),    # -0.4 (same pair, unordered)
        make_event("SAU", "agree", "IRN", date="2023-03-10"),     # +0.4
        make_event("IRN", "meet", "SAU", date="2023-04-06"),      # +0.1
        make_event("RUS", "cooperate", "UKR", date="2013-12-17"),  # +0.6
        make_event("RUS", "condemn", "UKR", date="2014-02-20"),    # -0.2 ...
        make_event("RUS", "meet", "UKR", date="2014-02-21"),       # ... +0.1 +0.1: net 0, skipped
        make_event("RUS", "meet", "UKR", date="2014-02-22"),
        make_event("RUS", "attack", "UKR", date="2014-03-01"),     # -1.0
        make_event("TUR", "support", "AZE"),                       # undated: left out
    ]
    series = stance_series(events, window="month")
    assert [(p["source"], p["target"], p["period"], p["weight"]) for p in series] == [
        ("IRN", "SAU", "2016-01", -0.6), ("IRN", "SAU", "2023-03", 0.4), ("IRN", "SAU", "2023-04", 0.1),
        ("RUS", "UKR", "2013-12", 0.6), ("RUS", "UKR", "2014-02", 0.0), ("RUS", "UKR", "2014-03", -1.0),
    ]
    flips = sign_flips(series)
    assert [(f["source"], f["target"], f["from_period"], f["to_period"], f["change"]) for f in flips] == [
        ("IRN", "SAU", "2016-01", "2023-03", "-/+"), ("RUS", "UKR", "2013-12", "2014-03", "+/-")]
    assert most_active_pairs(series, top=1) == [("RUS", "UKR")]
    directed = stance_series(events, window="year", directed=True)
    assert ("IRN", "SAU", "2016") in {(p["source"], p["target"], p["period"]) for p in directed}
    assert ("SAU", "IRN", "2016") in {(p["source"], p["target"], p["period"]) for p in directed}


def test_signed_graph_of_events_feeds_the_measures(make_event):
    # end-to-end on events: the two-bloc structure comes out of stance_graph + signed_graph
    events = [make_event("ARM", "agree", "FRA"), make_event("AZE", "cooperate", "TUR"),
              make_event("AZE", "attack", "ARM"), make_event("FRA", "condemn", "AZE"),
              make_event("TUR", "threaten", "ARM")]
    S = signed_graph(stance_graph(events))
    assert signed_blocs(S).blocs == [["ARM", "FRA"], ["AZE", "TUR"]]
    assert triangle_census(S)["+--"] == 2
