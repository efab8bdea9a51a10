"""A build killed with SIGKILL never damages earlier results; the same input gives the same bytes.

Two kill points are tested on a real ``dipgraph build`` subprocess:

- during the NLP stage (before any output is written): every previous output file and the
  ``--store`` are byte-for-byte / quad-for-quad unchanged;
- the moment the first output file is being written: every output file under its final name is
  either the previous one or a complete new one (never a truncated file), and the store still
  opens with every earlier named graph intact.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parents[2] / "examples" / "corpus"

pytest.importorskip("graph.rdf.dataset", reason="the RDF stage is not there yet")
pytest.importorskip("graph.sparql.store", reason="the store is not there yet")
pytest.importorskip("graph.viz.html", reason="the HTML stage is not there yet")

DIPGRAPH = str(Path(sys.executable).parent / "dipgraph")
OUTPUTS = ("events.jsonl", "graph.trig", "report.md", "stance.html")


def _build(inputs: list[Path], out: Path, store: Path, *extra: str) -> subprocess.Popen:
    return subprocess.Popen(
        [DIPGRAPH, "build", *map(str, inputs), "-o", str(out), "--store", str(store), "-q", *extra],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True,
    )


def _snapshot(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.iterdir()) if p.is_file() and not p.name.startswith(".")}


def _store_graphs(store: Path) -> dict[str, int]:
    """Named graph -> number of quads, read with pyoxigraph directly (another library than the code under test)."""
    import pyoxigraph

    st = pyoxigraph.Store(str(store))
    try:
        counts: dict[str, int] = {}
        for quad in st:
            counts[str(quad.graph_name)] = counts.get(str(quad.graph_name), 0) + 1
        return counts
    finally:
        del st


def _parses(name: str, data: bytes) -> bool:
    if name == "events.jsonl":
        import json

        return data.endswith(b"\n") and all(json.loads(line) for line in data.decode("utf-8").splitlines())
    if name == "graph.trig":
        import rdflib

        ds = rdflib.Dataset()
        ds.parse(data=data.decode("utf-8"), format="trig")
        return len(ds) >= 0
    if name == "stance.html":
        return data.rstrip().lower().endswith(b"</html>")
    return True


@pytest.fixture(scope="module")
def big_corpus(tmp_path_factory) -> Path:
    """The sample corpus 25 times under other names: long enough to kill a build half way."""
    root = tmp_path_factory.mktemp("big")
    for f in sorted(CORPUS.iterdir()):
        if f.suffix in (".txt", ".html"):
            for i in range(25):
                shutil.copy(f, root / f"{f.stem}_{i:02d}{f.suffix}")
    return root


@pytest.fixture(scope="module")
def previous(tmp_path_factory) -> tuple[Path, Path]:
    """A finished build of the sample corpus with a store: the 'previous outputs'."""
    base = tmp_path_factory.mktemp("prev")
    proc = _build([CORPUS], base / "out", base / "store", "-j", "1")
    _, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err.decode()
    return base / "out", base / "store"


def _fresh_copy(previous: tuple[Path, Path], dest: Path) -> tuple[Path, Path]:
    out, store = previous
    shutil.copytree(out, dest / "out")
    shutil.copytree(store, dest / "store")
    return dest / "out", dest / "store"


def _kill(proc: subprocess.Popen) -> None:
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL


@pytest.mark.slow
def test_kill_during_nlp_leaves_everything_unchanged(previous, big_corpus, tmp_path):
    out, store = _fresh_copy(previous, tmp_path)
    before, graphs_before = _snapshot(out), _store_graphs(store)
    assert set(OUTPUTS) <= set(before) and graphs_before
    proc = _build([big_corpus], out, store, "-j", "2")
    time.sleep(8)  # models loaded, documents being parsed; 175 documents take far longer
    assert proc.poll() is None, "the build finished before it could be killed; make the corpus bigger"
    assert _snapshot(out) == before  # nothing written yet: the kill really is half way
    _kill(proc)
    assert _snapshot(out) == before
    assert _store_graphs(store) == graphs_before


def _store_state(store: Path) -> dict[str, int]:
    return {e.name: e.stat().st_size for e in os.scandir(store) if e.is_file()}


@pytest.mark.slow
@pytest.mark.parametrize("moment", ["first output file", "store being written"])
def test_kill_while_writing_leaves_whole_files_and_a_readable_store(previous, big_corpus, tmp_path, moment):
    """Killed while writing: each file is the old one or a whole new one; the store keeps every
    earlier graph (the sample corpus is built again too, so its graphs are being replaced)."""
    out, store = _fresh_copy(previous, tmp_path)
    before, graphs_before = _snapshot(out), _store_graphs(store)
    store_before = _store_state(store)
    proc = _build([CORPUS, big_corpus], out, store, "-j", "2")
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline and proc.poll() is None:
        if moment == "first output file":
            if any(name.startswith(".") and name.endswith(".tmp") for name in os.listdir(out)):
                break  # an output file is being written right now
        elif _store_state(store) != store_before:
            time.sleep(0.05)  # the store is open and being written
            break
        time.sleep(0.002)
    assert proc.poll() is None, f"the build ended before the {moment}"
    _kill(proc)
    after = _snapshot(out)
    assert set(before) <= set(after)
    for name, data in after.items():
        assert data == before.get(name) or _parses(name, data), f"{name} is damaged"
    graphs_after = _store_graphs(store)
    for graph, n in graphs_before.items():
        assert graphs_after.get(graph) == n, graph


@pytest.mark.slow
def test_two_builds_give_identical_bytes(built_corpus: Path, tmp_path: Path):
    """The session build (one process) against a fresh build on two processes."""
    from graph.cli import main

    assert main(["build", str(CORPUS), "-o", str(tmp_path / "again"), "-q", "-j", "2"]) == 0
    for name in ("events.jsonl", "graph.trig"):
        first, second = (built_corpus / name).read_bytes(), (tmp_path / "again" / name).read_bytes()
        assert first, name
        assert first == second, f"{name} differs between two builds of the same input"
