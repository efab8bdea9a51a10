"""A build's files as one set: staged, moved together, finished after a cut-short commit."""

from __future__ import annotations

import os

from graph.build.inputs import count_inputs
from graph.build.outputs import MANIFEST, OutputSet, recover


def _files(folder):
    return {p.name: p.read_text() for p in folder.iterdir() if p.is_file()}


def test_nothing_appears_in_out_before_the_commit(tmp_path):
    (tmp_path / "events.jsonl").write_text("old\n")
    outputs = OutputSet(tmp_path)
    outputs.path("events.jsonl").write_text("new\n")
    outputs.path("graph.trig").write_text("new graph\n")
    assert _files(tmp_path) == {"events.jsonl": "old\n"}
    final = outputs.commit()
    assert sorted(final) == ["events.jsonl", "graph.trig"]
    assert _files(tmp_path) == {"events.jsonl": "new\n", "graph.trig": "new graph\n"}
    assert sorted(os.listdir(tmp_path)) == ["events.jsonl", "graph.trig"]  # staging folder gone


def test_a_discarded_build_leaves_out_as_it_was(tmp_path):
    (tmp_path / "events.jsonl").write_text("old\n")
    outputs = OutputSet(tmp_path)
    outputs.path("events.jsonl").write_text("new\n")
    outputs.discard()
    assert sorted(os.listdir(tmp_path)) == ["events.jsonl"]
    assert (tmp_path / "events.jsonl").read_text() == "old\n"


def test_recover_finishes_a_commit_cut_short_and_drops_dead_staging(tmp_path):
    (tmp_path / "a.txt").write_text("old a\n")
    (tmp_path / "b.txt").write_text("old b\n")
    cut = tmp_path / ".dipgraph-build-999999999-x"  # no such process
    cut.mkdir()
    (cut / "b.txt").write_text("new b\n")  # a.txt was moved already
    (cut / MANIFEST).write_text("a.txt\nb.txt\n")
    (tmp_path / "a.txt").write_text("new a\n")
    dead = tmp_path / ".dipgraph-build-999999998-y"
    dead.mkdir()
    (dead / "a.txt").write_text("half-written\n")
    recover(tmp_path)
    assert _files(tmp_path) == {"a.txt": "new a\n", "b.txt": "new b\n"}
    assert sorted(os.listdir(tmp_path)) == ["a.txt", "b.txt"]


def test_inputs_are_counted_without_parsing(tmp_path):
    (tmp_path / "one.txt").write_text("Some text.")
    (tmp_path / "many.jsonl").write_text('{"text": "a"}\n\n{"text": "b"}\n{"text": "c"}\n')
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    count = count_inputs([tmp_path, tmp_path / "missing"])
    assert (count.files, count.documents) == (2, 4)
