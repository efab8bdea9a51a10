"""Output files: written whole or not at all, with ordinary permissions."""

from __future__ import annotations

import os

import pytest

from graph.io import atomic_write, write_text


def test_outputs_get_the_permissions_of_an_ordinary_new_file(tmp_path):
    reference = tmp_path / "reference"
    reference.write_text("x")  # created by open(), like any program's output
    write_text(tmp_path / "out.txt", "y")
    assert (tmp_path / "out.txt").stat().st_mode & 0o777 == reference.stat().st_mode & 0o777


def test_a_failed_write_keeps_the_old_file_and_leaves_no_temporary(tmp_path):
    path = tmp_path / "events.jsonl"
    write_text(path, "old\n")
    with pytest.raises(RuntimeError):
        with atomic_write(path) as fh:
            fh.write("new, half written")
            raise RuntimeError("disk full")
    assert path.read_text() == "old\n"
    assert os.listdir(tmp_path) == ["events.jsonl"]
