"""The report written in a child process beside the graph files: same files, errors and stops."""

from __future__ import annotations

import os
import time

import pytest

from graph.build.outputs import OutputSet
from graph.build.run import BuildResult
from graph.build.views import Aside, Views
from graph.errors import DipgraphError


def _result(small_build) -> BuildResult:
    docs, events = small_build
    return BuildResult(documents=docs, events=events)


def _written(result: BuildResult, out, **options) -> dict[str, bytes]:
    outputs = OutputSet(out)
    views = Views(result, outputs, analysis=True, html=True, **options)
    views.preload()
    views.start()
    staged = views.finish()
    return {name: path.read_bytes() for name, path in staged.items()}


def test_the_report_of_a_child_process_is_the_report_of_this_one(tmp_path, small_build):
    result = _result(small_build)
    aside = _written(result, tmp_path / "aside")
    inline = _written(result, tmp_path / "inline", aside=False)
    assert sorted(aside) == ["html", "plot_matrix", "plot_support", "plot_time", "report", "report_json"]
    assert aside == inline


def test_an_empty_report_in_a_child_process(tmp_path):
    files = _written(BuildResult(), tmp_path / "empty")
    assert files["report_json"] and files["plot_time"].startswith(b"\x89PNG")


def test_a_failing_child_is_an_error_of_the_build(tmp_path, small_build, monkeypatch):
    import graph.analysis.report as report

    def broken(*args, **kwargs):
        raise ValueError("no plots today")

    monkeypatch.setattr(report, "write_report", broken)
    with pytest.raises(DipgraphError, match="the report failed: ValueError: no plots today"):
        _written(_result(small_build), tmp_path / "out")


def test_a_child_that_dies_is_an_error_not_a_hang(tmp_path):
    child = Aside(lambda: os._exit(3), "the sketch")
    with pytest.raises(DipgraphError, match="the sketch failed: the process exited with code 3"):
        child.join()


def test_stop_ends_a_running_child(tmp_path):
    child = Aside(lambda: time.sleep(60), "the nap")
    started = time.monotonic()
    child.stop()
    assert time.monotonic() - started < 10
    assert child._proc.exitcode is not None
