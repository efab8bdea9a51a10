"""Interrupted or killed builds never damage earlier results; the same input gives the same bytes.

Each test runs a real ``dipgraph build`` subprocess and stops it at a named stage through the
fault-injection hook (``DIPGRAPH_FAULT=STAGE[:ACTION]``, :mod:`graph.build.faults`): the build
prints ``dipgraph: fault point STAGE reached`` and waits for a signal (or kills itself), so the
tests know exactly where the build is, on a fast machine as on a slow one. No test sleeps in
the hope that a stage has been reached.
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
DIPGRAPH = str(Path(sys.executable).parent / "dipgraph")
OUTPUTS = ("events.jsonl", "graph.trig", "report.md", "stance.html")


def _build(inputs: list[Path], out: Path, store: Path | None, *extra: str, fault: str | None = None) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if k != "DIPGRAPH_FAULT"}
    if fault:
        env["DIPGRAPH_FAULT"] = fault
    store_args = ["--store", str(store)] if store else []
    return subprocess.Popen(
        [DIPGRAPH, "build", *map(str, inputs), "-o", str(out), *store_args, "-q", *extra],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True, env=env,
    )


def _wait_for_fault(proc: subprocess.Popen, stage: str) -> None:
    """Read the build's stderr until it says it reached ``stage`` (it then waits or dies)."""
    for line in proc.stderr:
        if f"fault point {stage} reached".encode() in line:
            return
    proc.wait(timeout=60)
    pytest.fail(f"the build ended (exit {proc.returncode}) without reaching the fault point {stage}")


def _session_processes(sid: int) -> list[str]:
    """Live (not zombie) processes of a session, read from /proc."""
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="utf-8", errors="replace") as fh:
                stat = fh.read()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2:].split()
        state, session = fields[0], int(fields[3])
        if session == sid and state not in ("Z", "X"):
            found.append(entry)
    return found


def _no_process_left(sid: int, within: float = 5.0) -> list[str]:
    deadline = time.monotonic() + within
    while (left := _session_processes(sid)) and time.monotonic() < deadline:
        time.sleep(0.05)
    return left


def _snapshot(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.iterdir()) if p.is_file() and not p.name.startswith(".")}


def _store_graphs(store: Path) -> dict[str, int]:
    """Named graph -> number of quads, read with pyoxigraph directly."""
    import pyoxigraph

    st = pyoxigraph.Store(str(store))
    try:
        counts: dict[str, int] = {}
        for quad in st:
            counts[str(quad.graph_name)] = counts.get(str(quad.graph_name), 0) + 1
        return counts
    finally:
        del st


@pytest.fixture(scope="module")
def other_corpus(tmp_path_factory) -> Path:
    """The sample corpus three times under other names: documents the previous build never saw."""
    root = tmp_path_factory.mktemp("other")
    for f in sorted(CORPUS.iterdir()):
        if f.suffix in (".txt", ".html"):
            for i in range(3):
                shutil.copy(f, root / f"{f.stem}_{i}{f.suffix}")
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


@pytest.mark.slow
@pytest.mark.parametrize("target", ["main process", "process group"])
def test_sigint_stops_a_two_job_build_at_once(previous, other_corpus, tmp_path, target):
    """Ctrl-C (the whole group) or SIGINT to the main process alone, while two workers parse:
    exit 130, no process left, every previous output and the store unchanged. (How fast: well
    under a second on a quiet machine; no test asserts a time, see BENCHMARKS.md.)"""
    out, store = _fresh_copy(previous, tmp_path)
    before, graphs_before = _snapshot(out), _store_graphs(store)
    assert set(OUTPUTS) <= set(before) and graphs_before
    proc = _build([CORPUS, other_corpus], out, store, "-j", "2", fault="parse")
    _wait_for_fault(proc, "parse")
    assert len(_session_processes(proc.pid)) == 3  # the build and its two workers
    if target == "main process":
        os.kill(proc.pid, signal.SIGINT)
    else:
        os.killpg(proc.pid, signal.SIGINT)
    assert proc.wait(timeout=60) == 130
    assert _no_process_left(proc.pid) == []
    assert _snapshot(out) == before
    assert not [p.name for p in out.iterdir() if p.name.startswith(".")]  # staging folder removed
    assert _store_graphs(store) == graphs_before


@pytest.mark.slow
@pytest.mark.parametrize("stage", ["parse", "write"])
def test_kill_before_the_outputs_move_leaves_everything_unchanged(previous, other_corpus, tmp_path, stage):
    """SIGKILL while parsing, or with every new file complete but not yet in place: the
    previous files and the store are as they were, and no worker outlives the build."""
    out, store = _fresh_copy(previous, tmp_path)
    before, graphs_before = _snapshot(out), _store_graphs(store)
    proc = _build([CORPUS, other_corpus], out, store, "-j", "2", fault=f"{stage}:kill")
    _wait_for_fault(proc, stage)
    assert proc.wait(timeout=30) == -signal.SIGKILL
    assert _no_process_left(proc.pid) == []
    assert _snapshot(out) == before
    assert _store_graphs(store) == graphs_before
    # the next build clears the dead build's staging folder and writes a whole new set
    again = _build([CORPUS], out, None, "-j", "1")
    _, err = again.communicate(timeout=300)
    assert again.returncode == 0, err.decode()
    assert not [p.name for p in out.iterdir() if p.name.startswith(".")]
    assert _snapshot(out)["events.jsonl"] == before["events.jsonl"]


@pytest.mark.slow
def test_kill_while_loading_the_store_keeps_other_documents(previous, other_corpus, tmp_path):
    """SIGKILL between dropping the rebuilt documents' graphs and bulk loading the new ones: the
    store reopens, the graphs of every other document are intact, the output files unchanged."""
    out, store = _fresh_copy(previous, tmp_path)
    before, graphs_before = _snapshot(out), _store_graphs(store)
    proc = _build([other_corpus], out, store, "-j", "2", fault="store:kill")
    _wait_for_fault(proc, "store")
    assert proc.wait(timeout=30) == -signal.SIGKILL
    graphs_after = _store_graphs(store)
    for graph, n in graphs_before.items():
        assert graphs_after.get(graph) == n, graph
    assert _snapshot(out) == before


@pytest.mark.slow
def test_kill_during_the_move_is_finished_by_the_next_build(previous, other_corpus, tmp_path):
    """SIGKILL after the first file is moved into place: the set is completed, not mixed, by
    the next build into the folder (before it writes anything of its own)."""
    out, _ = _fresh_copy(previous, tmp_path)
    reference = tmp_path / "reference"
    done = _build([other_corpus], reference, None, "-j", "2")
    assert done.wait(timeout=300) == 0
    proc = _build([other_corpus], out, None, "-j", "2", fault="commit:kill")
    _wait_for_fault(proc, "commit")
    assert proc.wait(timeout=30) == -signal.SIGKILL
    from graph.build.outputs import recover

    recover(out)
    after, expected = _snapshot(out), _snapshot(reference)
    for name in ("events.jsonl", "graph.trig", "report.md", "stance.html"):
        assert after[name] == expected[name], name
    assert not [p.name for p in out.iterdir() if p.name.startswith(".")]


@pytest.mark.slow
def test_two_builds_give_identical_bytes(built_corpus: Path, tmp_path: Path):
    """The session build (one worker) against fresh builds on two and three workers."""
    from graph.cli import main

    for jobs in ("2", "3"):
        again = tmp_path / f"again{jobs}"
        assert main(["build", str(CORPUS), "-o", str(again), "-q", "-j", jobs]) == 0
        for name in ("events.jsonl", "graph.trig"):
            first, second = (built_corpus / name).read_bytes(), (again / name).read_bytes()
            assert first, name
            assert first == second, f"{name} differs between -j 1 and -j {jobs}"
