"""Shared helper of the ``import_*.py`` scripts: write an imported data file atomically.

Example: ``write_tsv(Path("out.tsv"), "# notice\\n", ["a", "b"], [["1", "2"]])``
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PHOENIX = ROOT.parent / "shared" / "data" / "petrarch2"


def phoenix_args(argv: list[str] | None, doc: str, script: str, dictionary: str,
                 what: str, out: Path) -> argparse.Namespace | None:
    """The options every Phoenix importer takes (``--phoenix``, ``--out``), parsed; ``None``
    after a one-line error when the dictionary is missing. Puts the project on ``sys.path`` so
    the importer can read the knowledge base it must not repeat.

    Example: ``phoenix_args([], __doc__, "import_phoenix_bodies.py",
    "Phoenix.Countries.actors.txt", "country actor", OUT)``
    """
    ap = argparse.ArgumentParser(description=doc.split("\n\n")[0],
                                 epilog=f"Example: python scripts/{script} "
                                        f"--phoenix ../shared/data/petrarch2/{dictionary}")
    ap.add_argument("--phoenix", type=Path, default=PHOENIX / dictionary,
                    help=f"the Phoenix {what} dictionary")
    ap.add_argument("--out", type=Path, default=out, help="the file to write")
    args = ap.parse_args(argv)
    if not args.phoenix.exists():
        print(f"Error: {args.phoenix} not found", file=sys.stderr)
        return None
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    return args


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
