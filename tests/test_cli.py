"""The command line: version, help texts with examples, and one-line errors."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from graph import __version__
from graph.cli import COMMANDS, cli, main


def test_version():
    result = CliRunner().invoke(cli, ["--version"])
    assert result.output.strip() == f"dipgraph {__version__}"


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_command_has_help_with_an_example(name):
    result = CliRunner().invoke(cli, [name, "--help"])
    assert result.exit_code == 0, result.output
    assert "Example:" in result.output
    assert f"dipgraph {name}" in result.output


def test_missing_input_is_one_line_error(tmp_path, capsys):
    code = main(["build", str(tmp_path / "nope"), "-o", str(tmp_path / "out"), "-q"])
    err = capsys.readouterr().err.strip().splitlines()
    assert code != 0
    assert err[-1] == "Error: no document could be processed (1 input(s) skipped)"
    assert any("nope: no such file or folder" in line for line in err)
    assert "Traceback" not in "\n".join(err)


def test_bad_model_override_is_a_usage_error(tmp_path, capsys):
    code = main(["build", str(tmp_path), "--model", "en", "-q"])
    assert code == 2
    assert capsys.readouterr().err.strip() == (
        "Error: --model takes LANG=PIPELINE, e.g. en=en_core_web_md (got 'en')"
    )
