"""Shared helper of the ``import_*.py`` scripts: write an imported data file atomically.

Example: ``write_tsv(Path("out.tsv"), "# notice\\n", ["a", "b"], [["1", "2"]])``
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def write_tsv(path: Path, notice: str, header: list[str], rows: list[list[str]]) -> None:
    """The licence notice, the header and the rows, tab-separated, written atomically (same
    input, byte-identical file)."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from graph.io import atomic_write

    with atomic_write(path) as fh:
        fh.write(notice)
        w = csv.writer(fh, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar="\\")
        w.writerow(header)
        w.writerows(rows)
