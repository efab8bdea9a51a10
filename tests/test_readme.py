"""The README's example query outputs are what the sample corpus really gives."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

from click.testing import CliRunner

from graph.cli import cli

README = Path(__file__).resolve().parent.parent / "README.md"


def _examples() -> list[tuple[list[str], str]]:
    """(arguments, expected output) for every ``$ .venv/bin/dipgraph query ...`` in a text block."""
    found = []
    for block in re.findall(r"```text\n(.*?)```", README.read_text(encoding="utf-8"), flags=re.S):
        for chunk in re.split(r"^\$ ", block, flags=re.M)[1:]:
            command, _, output = chunk.partition("\n")
            found.append((shlex.split(command)[1:], output.strip("\n")))
    return found


def test_readme_query_examples_match_the_sample_corpus(built_corpus):
    examples = _examples()
    assert len(examples) >= 2
    for args, expected in examples:
        assert args[:2] == ["query", "out/graph.trig"], args
        res = CliRunner().invoke(cli, ["query", str(built_corpus / "graph.trig"), *args[2:]])
        assert res.exit_code == 0, res.output
        assert res.output.strip("\n") == expected, args
