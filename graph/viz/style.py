"""Colours and sizes of the HTML stance graph, read from ``graph/viz/templates/style.json``.

The palette is data: actor types and blocs get node colours, edge signs get edge colours, and
two ranges say how big nodes and how wide edges may get. Sizes grow with the square root of a
node's importance (so the area, not the radius, follows it) and edge widths with the logarithm
of the number of mentions, so one very busy actor or pair does not flatten all the others.

Example
-------
>>> load_style()["signs"]["-"]
'#c62828'
>>> node_size(0, 4), node_size(4, 4), node_size(1, 4)
(10.0, 42.0, 26.0)
>>> edge_width(1, 1), edge_width(3, 3)
(1.0, 8.0)
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from pathlib import Path

from ..errors import DataFileError

#: The folder of the page template, its script, its style sheet and the palette.
TEMPLATES = Path(__file__).resolve().parent / "templates"


@lru_cache(maxsize=1)
def load_style() -> dict:
    """The palette and size ranges (``style.json``), read once per process."""
    path = TEMPLATES / "style.json"
    try:
        style = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        raise DataFileError(f"{path}: cannot read the HTML style ({err})") from None
    for key in ("types", "type_labels", "blocs", "bloc_single", "signs", "sign_labels", "node_size", "edge_width"):
        if key not in style:
            raise DataFileError(f"{path}: missing key '{key}'")
    return style


def node_size(value: float, vmax: float) -> float:
    """A node's size: from ``node_size.min`` (value 0) to ``node_size.max`` (value ``vmax``),
    following the square root of ``value / vmax``."""
    lo, hi = load_style()["node_size"]["min"], load_style()["node_size"]["max"]
    if vmax <= 0 or value <= 0:
        return float(lo)
    return round(lo + (hi - lo) * math.sqrt(min(value / vmax, 1.0)), 2)


def edge_width(count: int, cmax: int) -> float:
    """An edge's width: from ``edge_width.min`` (one mention) to ``edge_width.max`` (``cmax``
    mentions), following ``log(count)``."""
    lo, hi = load_style()["edge_width"]["min"], load_style()["edge_width"]["max"]
    if cmax <= 1 or count <= 1:
        return float(lo)
    return round(lo + (hi - lo) * math.log(min(count, cmax)) / math.log(cmax), 2)


def sign_key(weight: float) -> str:
    """``"+"``, ``"-"`` or ``"0"`` for a net weight.

    >>> sign_key(0.3), sign_key(-1e-9), sign_key(0.0)
    ('+', '-', '0')
    """
    return "+" if weight > 0 else "-" if weight < 0 else "0"
