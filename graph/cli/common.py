"""Helpers shared by the CLI commands: progress bars and printed tables."""

from __future__ import annotations

import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, Sequence

import click

from ..languages import check_language, supported_languages


def _checked_language(ctx, param, value: str | None) -> str | None:
    return check_language(value.lower()) if value else None


def language_option(help_text: str):
    """``--lang CODE``: a supported language (``graph/data/pipelines.json``), else a one-line error."""
    return click.option("--lang", "language", default=None, callback=_checked_language,
                        metavar="|".join(supported_languages()), help=help_text)


@contextmanager
def progress_bar(disable: bool = False, total: int | None = None, unit: str = "doc") -> Iterator:
    """A tqdm bar on stderr (hidden when stderr is not a terminal or when ``disable``)."""
    from tqdm import tqdm

    with tqdm(total=total, unit=unit, disable=disable or not sys.stderr.isatty(), file=sys.stderr, leave=False) as bar:
        yield bar


def format_table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """A plain-text table with aligned columns.

    >>> print(format_table(["a", "bb"], [[1, "x"], [22, "yy"]]))
    a   bb
    --  --
    1   x
    22  yy
    """
    cells = [[str(h) for h in headers]] + [["" if c is None else str(c) for c in row] for row in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def print_summary(summary: dict, outputs: dict[str, Path]) -> None:
    """The build summary: counts, events by relation, top stances, files written."""
    click.echo(
        f"{summary['documents']} documents ({summary['skipped']} skipped), "
        f"{summary['actors']} actors, {summary['events']} event mentions"
    )
    if summary["by_relation"]:
        click.echo("\nEvents by relation:")
        click.echo(format_table(["relation", "mentions"], sorted(summary["by_relation"].items(), key=lambda kv: (-kv[1], kv[0]))))
    if summary["top_stances"]:
        click.echo("\nTop stances:")
        click.echo(format_table(
            ["source", "relation", "target", "mentions"],
            [[s["source"], s["relation"], s["target"], s["mentions"]] for s in summary["top_stances"]],
        ))
    click.echo("\nWrote: " + ", ".join(str(p) for p in outputs.values()))
