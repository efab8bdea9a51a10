"""Saved queries on a small hand-made graph: answers counted by hand."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from graph.cli import cli, main
from graph.rdf.dataset import build_dataset
from graph.rdf.serialize import write_dataset
from graph.sparql.queries import resolve_query, run, saved_queries
from graph.sparql.store import Store


@pytest.fixture
def graph_file(small_build, make_stance, tmp_path):
    docs, events = small_build
    events.append(make_stance("AZE", "attack", "ARM", doc="b 2.txt", date="2020-10-05", start=90))
    return write_dataset(build_dataset(docs, events), tmp_path / "g.trig")


def _run(path, name, **params):
    with Store.from_file(path) as st:
        return run(st, saved_queries()[name], params)


def test_every_saved_query_has_a_title_description_and_runs(graph_file):
    queries = saved_queries()
    assert len(queries) >= 8
    for q in queries.values():
        assert q.title and q.description, q.name
        required = {name: "2020-10-04" for name, doc in q.params.items() if "(required)" in doc}
        columns, _ = _run(graph_file, q.name, **required)
        assert columns


def test_stance_pairs_count_mentions_and_documents(graph_file):
    columns, rows = _run(graph_file, "stance-pairs")
    table = {(r[0], r[1], r[2]): (int(r[4]), int(r[5])) for r in rows}
    assert table[("TUR", "support", "AZE")] == (2, 2)
    assert table[("FRA", "condemn", "TUR")] == (1, 1)
    assert len(table) == 5
    assert rows[0][:3] == ["TUR", "support", "AZE"]  # most reported first


def test_who_supports_with_and_without_the_parameter(graph_file):
    _, rows = _run(graph_file, "who-supports", actor="AZE")
    # RUS mediates between ARM and AZE: a third party, not a supporter
    assert sorted((r[0], r[1], r[3]) for r in rows) == [("TUR", "support", "2")]
    _, everyone = _run(graph_file, "who-supports")
    assert {r[2] for r in everyone} == {"AZE"}


def test_who_supports_lists_the_support_family_only(tmp_path, make_stance):
    from graph.model import Document

    events = [make_stance("ARM", "meet", "AZE"), make_stance("RUS", "mediate", "AZE", start=20),
              make_stance("UN", "appeal", "AZE", start=40), make_stance("ARM", "agree", "AZE", start=60),
              make_stance("TUR", "aid", "AZE", start=80), make_stance("PAK", "support", "AZE", start=100),
              make_stance("TUR", "cooperate", "AZE", start=120)]
    path = write_dataset(build_dataset([Document(id="a.txt", text="x" * 200, language="en")], events), tmp_path / "g.trig")
    _, rows = _run(path, "who-supports", actor="AZE")
    assert sorted((r[0], r[1]) for r in rows) == [("PAK", "support"), ("TUR", "aid"), ("TUR", "cooperate")]


def test_who_opposes_and_mediators_between_parties_in_conflict(graph_file):
    _, rows = _run(graph_file, "who-opposes")
    assert sorted(map(tuple, rows)) == [("AZE", "ARM"), ("FRA", "TUR")]
    _, rows = _run(graph_file, "mediators")
    assert rows == [["RUS", "ARM", "AZE"]]


def test_who_condemns_and_the_stance_matrix(graph_file):
    _, rows = _run(graph_file, "who-condemns", actor="TUR")
    assert [r[:4] for r in rows] == [["FRA", "condemn", "TUR", "1"]]
    columns, rows = _run(graph_file, "stance-matrix")
    matrix = {(r[0], r[1]): tuple(int(x) for x in r[2:]) for r in rows}
    # (cooperative, opposing, balance, net sign), counted by hand from the fixture
    assert matrix == {("TUR", "AZE"): (2, 0, 2, 1), ("FRA", "TUR"): (0, 1, -1, -1), ("RUS", "ARM"): (1, 0, 1, 1),
                      ("RUS", "AZE"): (1, 0, 1, 1), ("AZE", "ARM"): (0, 1, -1, -1)}


def test_sign_changes_between_two_periods(tmp_path, make_stance):
    from graph.model import Document

    events = [make_stance("FRA", "support", "TUR", date="2020-01-10"),
              make_stance("FRA", "condemn", "TUR", date="2020-06-01", start=30),
              make_stance("FRA", "accuse", "TUR", date="2020-06-02", start=60),
              make_stance("RUS", "support", "ARM", date="2020-01-10", start=90),
              make_stance("RUS", "meet", "ARM", date="2020-06-01", start=120)]
    path = write_dataset(build_dataset([Document(id="a.txt", text="x" * 200, language="en")], events), tmp_path / "g.trig")
    columns, rows = _run(path, "sign-changes", split="2020-03-01")
    assert [dict(zip(columns, r)) for r in rows] == [
        {"source": "FRA", "target": "TUR", "split": "2020-03-01", "before": "1", "after": "-2"}]
    assert _run(path, "sign-changes", split="2019-01-01")[1] == []


def test_a_required_parameter_must_be_given(graph_file, capsys):
    assert main(["query", str(graph_file), "sign-changes"]) == 2
    assert capsys.readouterr().err.startswith("Error: query 'sign-changes' needs --param split=...")


def test_evidence_gives_the_sentence_and_document(graph_file):
    columns, rows = _run(graph_file, "evidence", source="FRA", target="TUR")
    row = dict(zip(columns, rows[0]))
    assert len(rows) == 1
    assert (row["sentence"], row["document"], row["date"], row["relation"]) == ("FRA condemn TUR.", "a.txt", "2020-10-02", "condemn")


def test_relations_with_both_labels_and_counts(graph_file):
    columns, rows = _run(graph_file, "relations")
    table = {r[0]: dict(zip(columns, r)) for r in rows}
    assert len(table) == 19
    assert (table["condemn"]["label_fr"], table["condemn"]["plover"], table["condemn"]["mentions"]) == ("condamne", "ACCUSE", "1")
    assert table["support"]["mentions"] == "2" and table["coerce"]["mentions"] == "0"


def test_query_text_and_files_are_accepted_and_junk_is_not(tmp_path):
    assert resolve_query("SELECT * WHERE { ?s ?p ?o }").text.startswith("SELECT")
    rq = tmp_path / "mine.rq"
    rq.write_text("# title: mine\nASK { ?s ?p ?o }\n", encoding="utf-8")
    assert resolve_query(str(rq)).title == "mine"


def test_cli_table_json_and_list(graph_file):
    res = CliRunner().invoke(cli, ["query", str(graph_file), "mediators"])
    assert res.exit_code == 0
    assert res.output.splitlines()[0].split() == ["mediator", "side_a", "side_b"]
    res = CliRunner().invoke(cli, ["query", str(graph_file), "who-opposes", "--param", "actor=TUR", "-f", "json"])
    assert json.loads(res.output) == [{"opponent": "FRA", "actor": "TUR"}]
    res = CliRunner().invoke(cli, ["query", str(graph_file), "--list"])
    assert all(name in res.output for name in saved_queries())
    res = CliRunner().invoke(cli, ["query", str(graph_file), "SELECT ?a ?b WHERE { ?a dg:opposes ?b }", "-f", "csv"])
    assert res.output.splitlines()[0] == "a,b" and len(res.output.splitlines()) == 3


@pytest.mark.parametrize("args, message", [
    (["nosuch"], "Error: unknown query 'nosuch' (see dipgraph query GRAPH --list)"),
    (["who-supports", "--param", "nation=AZE"], "Error: query 'who-supports' has no parameter 'nation' (it takes: actor)"),
    (["who-supports", "--param", "AZE"], "Error: --param takes NAME=VALUE, not 'AZE'"),
    (["SELECT ?a WHERE { ?a"], "Error: SPARQL syntax error at line 1, column 21: expected "),
    (["SELECT ?a WHERE { ?a nope:x ?c }"], "Error: SPARQL syntax error at line 1, column "),
])
def test_cli_errors_are_one_line(graph_file, capsys, args, message):
    assert main(["query", str(graph_file), *args]) != 0
    err = capsys.readouterr().err
    assert err.startswith(message) and err.count("\n") == 1


def test_parameter_values_are_data_never_query_text(graph_file):
    hostile = 'AZE") } } SELECT * WHERE { ?s ?p ?o } #'
    assert _run(graph_file, "who-supports", actor=hostile)[1] == []
    assert len(_run(graph_file, "who-supports", actor="AZE")[1]) == 1
