"""``dipgraph analyze`` and ``dipgraph export`` on a small events.jsonl written here."""

from __future__ import annotations

import networkx as nx
import pytest
from click.testing import CliRunner

from graph.cli import cli, main
from graph.io import write_jsonl


@pytest.fixture
def events_file(tmp_path, make_event):
    # own sentences about the 2022 grain deal and the war in Ukraine
    rows = [
        make_event("RUS", "attack", "UKR", date="2022-02-24", sentence="Russian forces struck Kyiv at dawn."),
        make_event("UKR", "accuse", "RUS", date="2022-03-02", sentence="Kyiv accused Moscow of shelling homes."),
        make_event("TUR", "mediate", "RUS", date="2022-07-22", sentence="Ankara brokered the grain talks."),
        make_event("TUR", "mediate", "UKR", date="2022-07-22", sentence="Ankara brokered the grain talks."),
        make_event("UN", "mediate", "RUS", date="2022-07-22", confidence=0.7, sentence="The UN chief helped broker it."),
        make_event("UN", "mediate", "UKR", date="2022-07-22", confidence=0.7, sentence="The UN chief helped broker it."),
        make_event("USA", "aid", "UKR", date="2022-04-28", sentence="Washington sent more artillery to Kyiv."),
        make_event("USA", "sanction", "RUS", date="2022-02-25", sentence="Washington froze Russian bank assets."),
        make_event("RUS", "agree", "UKR", date="2022-07-22", sentence="Moscow and Kyiv signed parallel deals."),
    ]
    path = tmp_path / "events.jsonl"
    write_jsonl(path, [e.to_json() for e in rows])
    return path


def test_analyze_prints_tables_and_writes_files(tmp_path, events_file):
    out = tmp_path / "report"
    res = CliRunner().invoke(cli, ["analyze", str(events_file), "-o", str(out)])
    assert res.exit_code == 0, res.output
    assert "9 events, 5 actors" in res.output
    assert "Mediators:" in res.output and "TUR" in res.output
    lines = res.output.splitlines()
    med = lines.index("Mediators:")
    assert lines[med + 3].split()[:3] == ["TUR", "0.500", "1"]
    assert "Blocs (frustration" in res.output and "Sign flips" in res.output
    assert {p.name for p in out.iterdir()} == {
        "report.md", "report.json", "stance_matrix.png", "support_opposition.png", "stance_over_time.png"}


def test_analyze_options_and_no_files(tmp_path, events_file):
    res = CliRunner().invoke(cli, ["analyze", str(events_file), "--no-files", "--relation", "mediate",
                                   "--min-confidence", "0.8", "--window", "year", "-o", str(tmp_path / "x")])
    assert res.exit_code == 0, res.output
    assert res.output.startswith("2 events, 3 actors")
    assert not (tmp_path / "x").exists()


def test_analyze_errors_are_one_line(tmp_path, events_file, capsys):
    assert main(["analyze", str(tmp_path / "missing.jsonl")]) == 1
    assert capsys.readouterr().err.strip().startswith("Error: ")
    assert main(["analyze", str(events_file), "--relation", "hug", "--no-files"]) == 2
    err = capsys.readouterr().err.strip()
    assert err == "Error: unknown relation(s): hug (see graph/data/relations.tsv)"
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"doc": "a"}\n', encoding="utf-8")
    assert main(["analyze", str(bad), "--no-files"]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("Error: ") and "bad.jsonl:1" in err and "\n" not in err


def test_analyze_empty_file(tmp_path):
    empty = tmp_path / "events.jsonl"
    empty.write_text("", encoding="utf-8")
    res = CliRunner().invoke(cli, ["analyze", str(empty), "-o", str(tmp_path / "out")])
    assert res.exit_code == 0, res.output
    assert res.output.startswith("0 events, 0 actors")
    assert (tmp_path / "out" / "report.md").exists()


@pytest.mark.parametrize("fmt,reader", [("gexf", nx.read_gexf), ("graphml", nx.read_graphml)])
def test_export_network_formats(tmp_path, events_file, fmt, reader):
    out = tmp_path / f"stance.{fmt}"
    res = CliRunner().invoke(cli, ["export", str(events_file), "--format", fmt, "-o", str(out)])
    assert res.exit_code == 0, res.output
    G = reader(out)
    assert sorted(G.nodes()) == ["RUS", "TUR", "UKR", "UN", "USA"]
    assert float(G["RUS"]["UKR"]["weight"]) == pytest.approx(-1.0 + 0.2)  # attack + half of agree
    assert float(G["RUS"]["UKR"]["abs_weight"]) == pytest.approx(0.8)
    assert int(G.nodes["TUR"]["bloc"]) >= 0 and "pagerank_positive" in G.nodes["UKR"]
    first = out.read_bytes()
    CliRunner().invoke(cli, ["export", str(events_file), "--format", fmt, "-o", str(out)])
    assert out.read_bytes() == first  # byte-stable: no date in the file


def test_export_event_graph(tmp_path, events_file):
    out = tmp_path / "events.gexf"
    res = CliRunner().invoke(cli, ["export", str(events_file), "--format", "gexf", "--graph", "events",
                                   "--since", "2022-07", "-o", str(out)])
    assert res.exit_code == 0, res.output
    M = nx.read_gexf(out)
    assert M.number_of_edges() == 5
    assert {d["relation"] for *_, d in M.edges(data=True)} == {"mediate", "agree"}


def test_export_rdf_needs_rdf_input(tmp_path, events_file, capsys):
    assert main(["export", str(events_file), "--format", "turtle", "-o", str(tmp_path / "g.ttl")]) == 2
    assert "RDF export needs an RDF graph" in capsys.readouterr().err


def test_help_has_examples():
    for name in ("analyze", "export"):
        res = CliRunner().invoke(cli, [name, "--help"])
        assert res.exit_code == 0 and "Example:" in res.output


def test_bad_date_is_a_usage_error(events_file, capsys):
    assert main(["analyze", str(events_file), "--since", "last week", "--no-files"]) == 2
    assert capsys.readouterr().err.strip() == (
        "Error: date 'last week' is not an ISO date or prefix (YYYY, YYYY-MM or YYYY-MM-DD)")
