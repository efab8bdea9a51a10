"""``dipgraph build --engine ray``: a local Ray with 2 CPUs gives the local engine's files, byte for byte.

Both engines build the sample corpus plus inputs that exercise the ingest rules the ray engine
re-applies when it merges (an empty file, a repeated record, an id reused by another text), as
a user runs them (the ``dipgraph`` command). The ray build's shards must hold the same graph and
rows, load into a store with ``dipgraph store load`` and into a standalone Oxigraph with
``oxigraph load``.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

from graph.cli import main
from graph.rdf.namespace import ONTOLOGY_IRI
from graph.sparql.endpoint import free_port
from graph.sparql.store import Store

ROOT = Path(__file__).resolve().parents[2]
DIPGRAPH = [sys.executable, "-c", "import sys; from graph.cli import main; sys.exit(main())"]

pytestmark = pytest.mark.slow

RECORD_A = {"id": "wire-1", "date": "2021-05-04",
            "text": "Norway welcomed the ceasefire agreement between the two governments on Monday."}
RECORD_B = {"id": "wire-1", "date": "2021-05-05",
            "text": "Canada condemned Russia for the shelling of the border villages and called for restraint."}


def dipgraph(*args: str, timeout: float = 900) -> subprocess.CompletedProcess:
    return subprocess.run([*DIPGRAPH, *args], capture_output=True, text=True, cwd=ROOT, timeout=timeout)


@pytest.fixture(scope="module")
def builds(tmp_path_factory) -> dict[str, Path | str]:
    """The same inputs built by each engine (2 jobs, 2 Ray workers); outputs and warnings."""
    tmp = tmp_path_factory.mktemp("ray")
    corpus = tmp / "corpus"
    shutil.copytree(ROOT / "examples" / "corpus", corpus)
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "wire.jsonl").write_text(
        "".join(json.dumps(r) + "\n" for r in (RECORD_A, RECORD_A, RECORD_B)), encoding="utf-8")
    out: dict[str, Path | str] = {}
    for engine, opts in (("local", ["--jobs", "2"]), ("ray", ["--engine", "ray", "--workers", "2"])):
        proc = dipgraph("build", str(corpus), "-o", str(tmp / engine), "-q", "--no-html", "--no-report", *opts)
        assert proc.returncode == 0, proc.stderr[-3000:]
        out[engine] = tmp / engine
        out[f"{engine}-warnings"] = sorted(l for l in proc.stderr.splitlines() if l.startswith("Warning:"))
    return out


def test_ray_engine_writes_the_local_engines_files_byte_for_byte(builds):
    for name in ("events.jsonl", "graph.trig"):
        assert (builds["ray"] / name).read_bytes() == (builds["local"] / name).read_bytes(), name
    rows = [json.loads(l) for l in (builds["ray"] / "events.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(rows) > 10 and {"en", "fr"} <= {r["language"] for r in rows}
    # the reused id is renamed, the repeat skipped, the empty file skipped: by both engines alike
    graphs = {q.graph_name.value for q in ox.parse(path=str(builds["ray"] / "graph.trig"), format=ox.RdfFormat.TRIG)
              if isinstance(q.graph_name, ox.NamedNode)}
    assert {"https://w3id.org/dipgraph/doc/wire-1", "https://w3id.org/dipgraph/doc/wire-1~2"} <= graphs
    assert builds["ray-warnings"] == builds["local-warnings"]
    assert any("empty file" in w for w in builds["ray-warnings"])
    assert any("duplicate of" in w for w in builds["ray-warnings"])


def test_shards_hold_the_same_rows_and_quads(builds):
    shards = builds["ray"] / "shards"
    parts = sorted(shards.glob("part-*.events.jsonl"))
    assert parts and (shards / "default.nq").is_file()
    assert b"".join(p.read_bytes() for p in parts) == (builds["ray"] / "events.jsonl").read_bytes()
    from_shards = {q for p in sorted(shards.glob("*.nq")) for q in ox.parse(path=str(p), format=ox.RdfFormat.N_QUADS)}
    from_graph = set(ox.parse(path=str(builds["ray"] / "graph.trig"), format=ox.RdfFormat.TRIG))
    assert from_shards == from_graph


def test_store_load_puts_the_shards_in_a_store_dipgraph_serve_can_serve(builds, tmp_path, capsys):
    store = tmp_path / "store"
    assert main(["store", "load", str(builds["ray"] / "shards"), "--store", str(store)]) == 0
    assert "into" in capsys.readouterr().out
    with Store(store, read_only=True) as st:
        quads = {q for q in st.quads() if q.graph_name != ox.NamedNode(str(ONTOLOGY_IRI))}
        assert str(ONTOLOGY_IRI) in st.graphs()
        assert st.ask("ASK { ?a <https://w3id.org/dipgraph/ontology#opposes> ?b }")
    direct = ox.Store()  # the store keeps literals in canonical form (0.90 -> 0.9): compare store to store
    direct.load(path=str(builds["ray"] / "graph.trig"), format=ox.RdfFormat.TRIG)
    assert quads == set(direct)


def oxigraph_program() -> str:
    """The standalone ``oxigraph`` program (the ``oxigraph`` package, beside this Python or on PATH)."""
    beside = Path(sys.executable).parent / "oxigraph"
    found = str(beside) if beside.is_file() else shutil.which("oxigraph")
    if not found:
        pytest.fail("the oxigraph program is not installed (pip install oxigraph)")
    return found


def test_the_shards_load_into_a_standalone_oxigraph(builds, tmp_path):
    program = oxigraph_program()
    files = [str(p) for p in sorted((builds["ray"] / "shards").glob("*.nq"))]
    subprocess.run([program, "load", "--location", str(tmp_path / "ox"), "--file", *files],
                   check=True, capture_output=True, timeout=300)
    proc = subprocess.run([program, "query", "--location", str(tmp_path / "ox"), "--results-format", "csv",
                           "--query", "SELECT (COUNT(*) AS ?n) WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }"],
                          check=True, capture_output=True, text=True, timeout=300)
    expected = sum(1 for _ in ox.parse(path=str(builds["ray"] / "graph.trig"), format=ox.RdfFormat.TRIG))
    assert proc.stdout.split() == ["n", str(expected)]


def test_store_load_errors_are_one_line(tmp_path, capsys):
    (tmp_path / "notes.md").write_text("x")
    (tmp_path / "empty").mkdir()
    for args, message in (
        ([str(tmp_path / "missing.nq")], f"Error: {tmp_path / 'missing.nq'}: no such file or folder"),
        ([str(tmp_path / "notes.md")], f"Error: {tmp_path / 'notes.md'}: not an RDF file the store loads (use .nq, .trig, .nt, .ttl)"),
        ([str(tmp_path / "empty")], f"Error: {tmp_path / 'empty'}: no .nq file in this folder"),
    ):
        assert main(["store", "load", *args, "--store", str(tmp_path / "store")]) == 1
        assert capsys.readouterr().err.strip() == message


@pytest.mark.parametrize("args, code, message", [
    (["--engine", "ray", "--ray-address", "127.0.0.1:{port}"], 1,
     "Error: cannot reach the Ray cluster at 127.0.0.1:{port}: Connection refused"),
    (["--workers", "2"], 2, "Error: --ray-address and --workers go with --engine ray (the local engine takes --jobs)"),
])
def test_engine_options_errors_are_one_line(tmp_path, capsys, args, code, message):
    port = free_port()
    args = [a.format(port=port) for a in args]
    assert main(["build", str(ROOT / "examples" / "corpus"), "-o", str(tmp_path / "out"), "-q", *args]) == code
    assert capsys.readouterr().err.strip() == message.format(port=port)
    assert not (tmp_path / "out" / "events.jsonl").exists()


def test_without_ray_the_error_says_how_to_install_it(tmp_path, capsys, monkeypatch):
    monkeypatch.setitem(sys.modules, "ray", None)  # import ray -> ImportError
    assert main(["build", str(ROOT / "examples" / "corpus"), "-o", str(tmp_path / "out"), "--engine", "ray"]) == 1
    assert capsys.readouterr().err.strip() == (
        "Error: the ray engine needs Ray, which is not installed: pip install 'ray[data]==2.60.0'")
