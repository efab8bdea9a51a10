"""Strip the notebooks before committing them: outputs, execution counts and editor metadata.

The notebooks are stored without outputs (``tests/notebooks`` checks it), so that diffs show
only code and text, and no result computed from someone's own corpus is ever committed. This
script empties every code cell's outputs and execution count, keeps only the ``tags`` of cell
metadata (``parameters`` marks the cell to edit), and resets the notebook metadata to the plain
``python3`` kernel (JupyterLab and VS Code write the kernel and environment they ran). Files are
rewritten atomically, in nbformat's own layout, and only when something changed.

Example
-------
::

    .venv/bin/python notebooks/strip_outputs.py                      # every notebooks/*.ipynb
    .venv/bin/python notebooks/strip_outputs.py notebooks/02_sparql.ipynb
"""

from __future__ import annotations

import sys
from pathlib import Path

import nbformat

#: The notebook metadata stored: the standard Python 3 kernel of the venv.
METADATA = {
    "kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"},
    "language_info": {"name": "python"},
}
#: Cell metadata kept.
CELL_KEYS = ("tags",)


def strip(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """Empty outputs and execution counts, keep only tags and the plain kernel; returns ``nb``."""
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.outputs = []
            cell.execution_count = None
        cell.metadata = nbformat.from_dict({k: cell.metadata[k] for k in CELL_KEYS if k in cell.metadata})
    nb.metadata = nbformat.from_dict(METADATA)
    return nb


def strip_file(path: str | Path) -> bool:
    """Strip the notebook at ``path`` in place; return whether the file changed."""
    from graph.io import write_text

    path = Path(path)
    before = path.read_text(encoding="utf-8")
    after = nbformat.writes(strip(nbformat.reads(before, as_version=4))) + "\n"
    if after == before:
        return False
    write_text(path, after)
    return True


def main(argv: list[str]) -> int:
    paths = [Path(a) for a in argv] or sorted(Path(__file__).resolve().parent.glob("*.ipynb"))
    for path in paths:
        print(f"{path}: {'stripped' if strip_file(path) else 'already clean'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
