"""``dipgraph validate``: a sound graph conforms; each kind of damage is caught and named."""

from __future__ import annotations

from decimal import Decimal

import pytest
from click.testing import CliRunner
from rdflib import Literal, URIRef
from rdflib.namespace import PROV, XSD

from graph.cli import cli
from graph.rdf.dataset import build_dataset
from graph.rdf.namespace import ACTOR, DG, DOC
from graph.rdf.serialize import write_dataset
from graph.validation import validate_graph

M1 = URIRef(f"{DOC['a.txt']}/mention/1")


@pytest.fixture
def graph_file(small_build, tmp_path):
    def make(damage=None):
        ds = build_dataset(*small_build)
        if damage:
            damage(ds, ds.graph(URIRef(DOC["a.txt"])))
        return write_dataset(ds, tmp_path / "g.trig")
    return make


def test_a_built_graph_conforms(graph_file):
    report = validate_graph(graph_file())
    assert report.conforms, report.findings
    assert "shacl" in report.checks and "self-stance-violation" in report.checks


def _set(g, s, p, o):
    g.remove((s, p, None))
    g.add((s, p, o))


DAMAGE = {
    "confidence above 1": (lambda ds, g: _set(g, M1, DG.confidence, Literal(Decimal("1.5"), datatype=XSD.decimal)),
                           {"shacl", "confidence-violation"}),
    "no evidence": (lambda ds, g: g.remove((M1, DG.evidence, None)), {"shacl"}),
    "end before start": (lambda ds, g: _set(g, M1, DG.endOffset, Literal(-3)), {"shacl", "offsets-violation"}),
    "a party against itself": (lambda ds, g: _set(g, M1, DG.targetParty, ACTOR.TUR), {"self-stance-violation"}),
    "wrong sign": (lambda ds, g: _set(g, M1, DG.sign, Literal(-1)), {"sign-violation"}),
    "unknown relation": (lambda ds, g: _set(g, M1, DG.relation, URIRef("https://w3id.org/dipgraph/relation/hug")),
                         {"shacl", "unknown-relation-violation"}),
    "mention in another document's graph": (lambda ds, g: _set(g, M1, PROV.wasDerivedFrom, URIRef(DOC["b%202.txt"])),
                                            {"mention-graph-violation"}),
}


@pytest.mark.parametrize("name", sorted(DAMAGE))
def test_damage_is_found_by_the_right_checks(graph_file, name):
    damage, expected = DAMAGE[name]
    report = validate_graph(graph_file(damage))
    assert not report.conforms
    assert expected <= {f.check for f in report.findings}, report.findings


def test_cli_exit_codes_and_messages(graph_file):
    ok = CliRunner().invoke(cli, ["validate", str(graph_file())])
    assert ok.exit_code == 0 and "conforms" in ok.output
    from graph.cli import main

    bad = graph_file(DAMAGE["a party against itself"][0])
    assert main(["validate", str(bad)]) == 1


def test_unreadable_graph_is_one_line(tmp_path, capsys):
    from graph.cli import main

    path = tmp_path / "broken.trig"
    path.write_text("this is { not RDF", encoding="utf-8")
    assert main(["validate", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"Error: {path}: not a readable RDF graph") and err.count("\n") == 1
