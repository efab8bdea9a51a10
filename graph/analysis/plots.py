"""PNG plots for the report: stance matrix heatmap, support/opposition bars, stance over time.

Figures are drawn with matplotlib's object API on the Agg canvas (no pyplot state, no display
needed) and saved without the ``Software`` tag, so the same data gives byte-identical PNGs.
Every function draws a "no data" figure when there is nothing to show, so a report always has
the same files.
"""

from __future__ import annotations

import io
from pathlib import Path

from ..io import atomic_write

_COLOURS = {"positive": "#2b8cbe", "negative": "#d7301f", "contact": "#b0b0b0"}

#: What the time plot says when no event is dated.
UNDATED_HINT = ("no dated events: date documents with\n"
                "dipgraph build --date YYYY-MM-DD, or a \"date\" field in JSONL input")


def _figure(width: float, height: float):
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width, height), dpi=100)
    FigureCanvasAgg(fig)
    return fig


def _save(fig, path: str | Path) -> Path:
    """Write ``fig`` as a PNG cut to its tight bounding box.

    The box is measured on the canvas's renderer and handed to ``savefig``: the same box, and
    the same bytes, as ``bbox_inches="tight"``, which first lays the whole figure out once more
    (about a quarter of the saving's CPU)."""
    from matplotlib import rcParams

    bbox = fig.get_tightbbox(fig.canvas.get_renderer()).padded(rcParams["savefig.pad_inches"])
    buf = io.BytesIO()
    fig.savefig(buf, format="png", metadata={"Software": None}, bbox_inches=bbox)
    with atomic_write(path, "wb") as fh:
        fh.write(buf.getvalue())
    return Path(path)


def _short(name: str, size: int = 28) -> str:
    """A tick label: shortened, with ``$`` escaped so matplotlib does not read it as maths."""
    name = name if len(name) <= size else name[: size - 1] + "…"
    return name.replace("$", r"\$")


def _empty(ax, title: str, text: str = "no data") -> None:
    ax.set_title(title)
    ax.text(0.5, 0.5, text, ha="center", va="center", transform=ax.transAxes)
    ax.set_axis_off()


def plot_matrix(nodes: list[str], weights: dict[tuple[str, str], float], path: str | Path) -> Path:
    """Heatmap of net stance from row actor to column actor (blue cooperative, red hostile)."""
    import numpy as np

    n = len(nodes)
    size = min(4 + 0.35 * n, 16)
    fig = _figure(size, size * 0.85)
    ax = fig.add_subplot()
    if not weights:
        _empty(ax, "Stance matrix")
        return _save(fig, path)
    index = {a: i for i, a in enumerate(nodes)}
    M = np.zeros((n, n))
    for (u, v), w in weights.items():
        M[index[u], index[v]] = w
    lim = float(np.abs(M).max()) or 1.0
    im = ax.imshow(M, cmap="RdBu", vmin=-lim, vmax=lim)
    ax.set_xticks(range(n), [_short(a) for a in nodes], rotation=90, fontsize=8)
    ax.set_yticks(range(n), [_short(a) for a in nodes], fontsize=8)
    ax.set_xlabel("target")
    ax.set_ylabel("source")
    ax.set_title("Stance matrix (net weight, source -> target)")
    fig.colorbar(im, ax=ax, shrink=0.8, label="net weight")
    return _save(fig, path)


def plot_support_bars(rows: list[dict], path: str | Path) -> Path:
    """Support, contact and opposition per actor, received (left panel) and given (right panel).

    Support counts the support family only (support, aid, cooperate); contact (meetings,
    mediation) is stacked after it in grey, as contact is not backing; opposition is drawn to
    the left of 0. ``rows`` are :func:`~graph.analysis.centrality.stance_degrees` rows with an
    ``actor`` key, in display order.
    """
    fig = _figure(11, max(3, 0.35 * len(rows) + 1.8))
    if not rows:
        _empty(fig.add_subplot(), "Support, contact and opposition")
        return _save(fig, path)
    axes = fig.subplots(1, 2, sharey=True)
    names = [_short(r["actor"]) for r in rows][::-1]
    ys = list(range(len(names)))
    for ax, side in zip(axes, ("received", "given")):
        support = [r[f"support_{side}"] for r in rows][::-1]
        contact = [r.get(f"contact_{side}", 0.0) for r in rows][::-1]
        ax.barh(ys, support, color=_COLOURS["positive"], label=f"support {side}")
        ax.barh(ys, contact, left=support, color=_COLOURS["contact"], label=f"contact {side} (meet, mediate)")
        ax.barh(ys, [-r[f"opposition_{side}"] for r in rows][::-1], color=_COLOURS["negative"],
                label=f"opposition {side}")
        ax.axvline(0, color="black", linewidth=0.8)
        ax.set_title(side.capitalize())
        ax.set_xlabel("weighted degree (opposition to the left)")
        ax.legend(loc="lower right", fontsize=7)
    axes[0].set_yticks(ys, names, fontsize=8)
    fig.suptitle("Support, contact and opposition, top actors")
    return _save(fig, path)


def plot_time(series: list[dict], pairs: list[tuple[str, str]], path: str | Path, *, undated: int = 0) -> Path:
    """Net stance per window for each of ``pairs`` (lines over a shared, sorted period axis).

    With no dated point but ``undated`` events, the figure says how to date documents."""
    fig = _figure(9, 4.5)
    ax = fig.add_subplot()
    points = [p for p in series if (p["source"], p["target"]) in set(pairs)]
    if not points:
        _empty(ax, "Stance over time", UNDATED_HINT if undated and not series else "no data")
        return _save(fig, path)
    periods = sorted({p["period"] for p in points})
    x = {p: i for i, p in enumerate(periods)}
    for u, v in pairs:
        pts = [p for p in points if (p["source"], p["target"]) == (u, v)]
        ax.plot([x[p["period"]] for p in pts], [p["weight"] for p in pts], marker="o", label=f"{_short(u)} - {_short(v)}")
    ax.axhline(0, color="black", linewidth=0.8)
    step = -(-len(periods) // 24)  # at most 24 labels
    ax.set_xticks(range(0, len(periods), step), periods[::step], rotation=45, ha="right", fontsize=8)
    ax.set_ylabel("net weight")
    ax.set_title("Stance over time, most active pairs")
    ax.legend(fontsize=8)
    return _save(fig, path)
