"""What the page draws, computed by hand from small event lists: nodes, edges, sizes, colours,
aggregation to the top actors."""

from __future__ import annotations

import json

import pytest
from viz_helpers import ev, four_states

from graph.errors import UsageError
from graph.viz.payload import OTHERS, page_data
from graph.viz.style import TEMPLATES


@pytest.fixture(scope="module")
def style():
    return json.loads((TEMPLATES / "style.json").read_text(encoding="utf-8"))


def edges_by_pair(data):
    key = {n["id"]: n["key"] for n in data.nodes}
    return {(key[e["from"]], key[e["to"]]): e for e in data.edges}


def test_nodes_and_edges_of_four_states():
    data = page_data(four_states())
    assert [n["key"] for n in data.nodes] == ["ARM", "AZE", "FRA", "TUR"]
    pairs = edges_by_pair(data)
    # meet is symmetric: it gives ARM->AZE and AZE->ARM
    assert sorted(pairs) == [("ARM", "AZE"), ("AZE", "ARM"), ("FRA", "AZE"), ("TUR", "AZE")]
    assert len(data.events) == 5
    assert data.stats["actors"] == 4 and data.stats["pairs"] == 4 and data.stats["hidden"] == 0


def test_edge_sign_label_weight_and_dates(style):
    pairs = edges_by_pair(page_data(four_states()))
    # AZE->ARM: attack (-10/10 x 1.0) + half of meet (1/10 x 1.0 x 0.5) = -0.95
    a = pairs[("AZE", "ARM")]
    assert a["weight"] == pytest.approx(-0.95)
    assert a["label"] == "attack, meet" and a["count"] == 2
    assert a["sign"] == "-" and a["colour"] == style["signs"]["-"]
    # FRA->AZE: two condemnations (-2/10 x 0.5 each), one undated
    f = pairs[("FRA", "AZE")]
    assert f["label"] == "condemn ×2" and f["weight"] == pytest.approx(-0.2)
    assert (f["first_date"], f["last_date"]) == ("2020-10-05", "2020-10-05")
    t = pairs[("TUR", "AZE")]
    assert t["weight"] == pytest.approx(0.34) and t["colour"] == style["signs"]["+"]
    # widths: 1 mention is the thinnest, the busiest pair (2 mentions) the widest
    assert t["width"] == style["edge_width"]["min"] and f["width"] == style["edge_width"]["max"]


def test_edges_point_to_their_evidence():
    data = page_data(four_states())
    pairs = edges_by_pair(data)
    sentences = {data.sentences[data.events[i]["sentence"]] for i in pairs[("AZE", "ARM")]["events"]}
    assert sentences == {"AZE attack ARM.", "ARM meet AZE."}
    docs = {data.docs[data.events[i]["doc"]]["id"] for i in pairs[("FRA", "AZE")]["events"]}
    assert docs == {"b.txt", "c.txt"}


def test_node_size_follows_weighted_degree(style):
    data = page_data(four_states())
    size = {n["key"]: n["size"] for n in data.nodes}
    # weighted degrees: AZE 0.39 + 0.2 received, 0.05 + 1.0 given = 1.64; ARM 1.1; TUR 0.34; FRA 0.2
    imp = {n["key"]: n["importance"] for n in data.nodes}
    assert imp == pytest.approx({"AZE": 1.64, "ARM": 1.1, "TUR": 0.34, "FRA": 0.2})
    assert size["AZE"] == style["node_size"]["max"]
    assert size["AZE"] > size["ARM"] > size["TUR"] > size["FRA"] > style["node_size"]["min"]


def test_mentions_measure_counts_events():
    data = page_data(four_states(), size_by="mentions")
    assert {n["key"]: n["importance"] for n in data.nodes} == {"AZE": 5, "ARM": 2, "FRA": 2, "TUR": 1}


def test_colour_by_type_from_the_knowledge_base(style):
    events = [ev("EU", "appeal", "TUR"), ev("HAMAS", "attack", "ISR"),
              ev("ZZQ", "condemn", "TUR", source_actor="Some Committee")]
    data = page_data(events)
    node = {n["key"]: n for n in data.nodes}
    assert (node["EU"]["type"], node["EU"]["label"]) == ("InternationalOrganisation", "European Union")
    assert node["HAMAS"]["type"] == "ArmedGroup" and node["TUR"]["type"] == "State"
    assert (node["ZZQ"]["type"], node["ZZQ"]["label"]) == ("Unknown", "Some Committee")
    for n in data.nodes:
        assert n["colour"] == style["types"][n["type"]]
    assert [e["label"] for e in data.legend["nodes"]] == [
        style["type_labels"][t] for t in ("State", "InternationalOrganisation", "ArmedGroup", "Unknown")]


def test_colour_by_bloc(style):
    # two camps: ARM+FRA against AZE+TUR (the blocs example of the analysis docs)
    events = [ev("ARM", "support", "FRA"), ev("AZE", "support", "TUR"), ev("ARM", "attack", "AZE"),
              ev("FRA", "condemn", "TUR")]
    data = page_data(events, colour_by="bloc")
    colour = {n["key"]: n["colour"] for n in data.nodes}
    assert colour["ARM"] == colour["FRA"] != colour["AZE"] == colour["TUR"]
    assert {colour["ARM"], colour["AZE"]} == set(style["blocs"][:2])
    assert len(data.legend["nodes"]) == 2 and data.legend["frustration"] == 0


def test_roles_of_people_speaking_for_a_state():
    events = [ev("USA", "support", "QAT", source_id="person/joe-biden", source_actor="Joe Biden",
                 date="2023-10-20")]
    node = {n["key"]: n for n in page_data(events).nodes}["USA"]
    assert node["label"] == "United States"
    assert node["roles"] == ["Joe Biden: head of state of USA"]
    assert node["names"] == ["Joe Biden"] and node["as_source"] == 1 and node["as_target"] == 0


def test_aggregation_merges_the_least_important_actors():
    data = page_data(four_states(), max_actors=2)
    assert [n["key"] for n in data.nodes] == ["ARM", "AZE", OTHERS]
    pairs = edges_by_pair(data)
    assert sorted(pairs) == [("ARM", "AZE"), ("AZE", "ARM"), (OTHERS, "AZE")]
    # TUR's support and FRA's two condemnations now come from the merged node
    assert pairs[(OTHERS, "AZE")]["label"] == "condemn ×2, support"
    assert data.stats["hidden"] == 2 and data.stats["actors_total"] == 4 and data.stats["actors"] == 2
    others = {n["key"]: n for n in data.nodes}[OTHERS]
    assert others["type"] == "Others" and others["members"] == ["Turkey", "France"]


def test_aggregation_can_drop_the_others():
    data = page_data(four_states(), max_actors=2, others="drop")
    assert [n["key"] for n in data.nodes] == ["ARM", "AZE"]
    assert len(data.edges) == 2 and len(data.events) == 2


def test_no_aggregation_at_the_limit():
    assert len(page_data(four_states(), max_actors=4).nodes) == 4


def test_actor_level_keeps_people_apart():
    events = [ev("USA", "support", "QAT", source_id="person/joe-biden", source_actor="Joe Biden"),
              ev("USA", "condemn", "RUS", source_id="USA")]
    assert [n["key"] for n in page_data(events).nodes] == ["QAT", "RUS", "USA"]
    data = page_data(events, level="actor")
    assert [n["key"] for n in data.nodes] == ["QAT", "RUS", "USA", "person/joe-biden"]
    assert {n["key"]: n["type"] for n in data.nodes}["person/joe-biden"] == "Person"


def test_self_loops_are_not_drawn():
    data = page_data([ev("USA", "meet", "USA"), ev("USA", "support", "QAT")])
    assert len(data.edges) == 1 and len(data.events) == 1


def test_no_events_gives_an_empty_page():
    data = page_data([])
    assert (data.nodes, data.edges, data.events) == ([], [], [])


@pytest.mark.parametrize("option", [{"level": "country"}, {"colour_by": "size"}, {"size_by": "x"},
                                    {"others": "keep"}, {"max_actors": 0}])
def test_bad_options_are_usage_errors(option):
    with pytest.raises(UsageError):
        page_data(four_states(), **option)


def test_blocs_leave_the_merged_node_out(style):
    # two camps, and a minor actor (GEO) backing one member of each: it is merged, and must not
    # pull a camp into its own bloc
    events = [ev("ARM", "support", "FRA"), ev("ARM", "support", "FRA", start=9), ev("AZE", "support", "TUR"),
              ev("AZE", "support", "TUR", start=9), ev("ARM", "attack", "AZE"), ev("FRA", "condemn", "TUR"),
              ev("GEO", "support", "ARM"), ev("GEO", "support", "AZE")]
    data = page_data(events, colour_by="bloc", max_actors=4)
    colour = {n["key"]: n["colour"] for n in data.nodes}
    assert sorted(colour) == ["ARM", "AZE", "FRA", "TUR", OTHERS]
    assert colour["ARM"] == colour["FRA"] == style["blocs"][0] or colour["ARM"] == colour["FRA"] == style["blocs"][1]
    assert colour["AZE"] == colour["TUR"] != colour["ARM"] and colour["TUR"] in style["blocs"][:2]
    assert colour[OTHERS] == style["types"]["Others"]
    size = {n["key"]: n["size"] for n in data.nodes}
    assert style["node_size"]["min"] < size[OTHERS] < style["node_size"]["max"]
