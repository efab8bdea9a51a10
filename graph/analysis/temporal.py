"""Change over time: per-pair stance series over time windows, and pairs whose net sign flips.

Dated events are grouped by pair and window (year, quarter, month, ISO week or day); each
point holds the net weight (:func:`~graph.analysis.networks.event_weight` summed), the
cooperative and conflictual parts and the number of mentions. A pair **flips** when the sign of
its net weight in one window with events differs from the sign in the previous window with
events (windows with no events, or a net weight of 0, are skipped), as when rivals sign a deal
or partners fall out. Pairs are unordered by default (the relationship between two actors);
``directed=True`` keeps ``source -> target``.

Undated events are left out: a series needs dates. Reference for the idea of tracking shifts in
signed event ties over time: P. A. Schrodt (2012), "Precedents, progress, and prospects in
political event data", *International Interactions* 38(4), 546-569.

Example
-------
>>> from graph.model import Event
>>> def ev(rel, date):
...     return Event(doc="d", source="SAU", relation=rel, target="IRN", source_actor="",
...                  target_actor="", sentence="", start=0, end=0, trigger="", confidence=1.0,
...                  language="en", date=date)
>>> s = stance_series([ev("condemn", "2022-05-02"), ev("agree", "2023-03-10")], window="year")
>>> [(p["period"], p["weight"]) for p in s]
[('2022', -0.2), ('2023', 0.4)]
>>> [(f["from_period"], f["to_period"], f["change"]) for f in sign_flips(s)]
[('2022', '2023', '-/+')]
"""

from __future__ import annotations

import datetime as dt
from typing import Iterable

from ..model import Event
from .networks import event_weight, filter_events, node_of

#: Window names accepted by :func:`period_of`.
WINDOWS = ("year", "quarter", "month", "week", "day")


def period_of(date: str, window: str = "month") -> str | None:
    """The label of the window holding an ISO date.

    Parameters
    ----------
    date : str
        An ISO date, possibly partial ("2020", "2020-10") or with a time after it.
    window : str
        One of :data:`WINDOWS`.

    Returns
    -------
    str or None
        ``"2020"``, ``"2020-Q4"``, ``"2020-10"``, ``"2020-W40"`` or ``"2020-10-02"``; ``None`` when
        the date is empty or too short for the window.

    Raises
    ------
    ValueError
        For an unknown ``window``.

    Examples
    --------
    >>> period_of("2020-10-02", "quarter"), period_of("2020-10-02", "week"), period_of("2020", "month")
    ('2020-Q4', '2020-W40', None)
    """
    if window not in WINDOWS:
        raise ValueError(f"unknown window {window!r} (choose from {', '.join(WINDOWS)})")
    if not date:
        return None
    parts = date[:10].split("-")
    try:
        year = int(parts[0])
        if window == "year":
            return f"{year:04d}"
        month = int(parts[1])
        if not 1 <= month <= 12:
            return None
        if window == "quarter":
            return f"{year:04d}-Q{(month - 1) // 3 + 1}"
        if window == "month":
            return f"{year:04d}-{month:02d}"
        day = dt.date(year, month, int(parts[2]))
    except (ValueError, IndexError):
        return None
    if window == "week":
        iso = day.isocalendar()
        return f"{iso[0]:04d}-W{iso[1]:02d}"
    return day.isoformat()


def stance_series(
    events: Iterable[Event],
    *,
    window: str = "month",
    level: str = "code",
    directed: bool = False,
    **filters,
) -> list[dict]:
    """Net stance per pair and window, sorted by pair then period.

    Parameters
    ----------
    events : iterable of Event
        The events; undated ones and those of an actor with itself are left out.
    window : str
        One of :data:`WINDOWS`.
    level : str
        The roll-up level of the actors (:data:`~graph.analysis.networks.LEVELS`).
    directed : bool
        Keep ``source -> target`` apart from ``target -> source``.
    **filters
        Those of :func:`~graph.analysis.networks.filter_events`.

    Returns
    -------
    list of dict
        One point per pair and window: ``source``, ``target`` (sorted alphabetically unless
        ``directed``), ``period``, ``weight``, ``positive``, ``negative``, ``count``.

    Examples
    --------
    >>> def ev(source, target, date):
    ...     return Event(doc="d", source=source, relation="condemn", target=target, source_actor="",
    ...                  target_actor="", sentence="", start=0, end=0, trigger="", confidence=1.0,
    ...                  language="en", date=date)
    >>> s = stance_series([ev("SAU", "IRN", "2022-05-02"), ev("IRN", "SAU", "2022-05-20"), ev("SAU", "IRN", None)])
    >>> [(p["source"], p["target"], p["period"], p["weight"], p["count"]) for p in s]
    [('IRN', 'SAU', '2022-05', -0.4, 2)]
    """
    acc: dict[tuple[str, str, str], list[float]] = {}
    for e in filter_events(events, **filters):
        period = period_of(e.date or "", window)
        if period is None:
            continue
        u, v = node_of(e, "source", level), node_of(e, "target", level)
        if u == v:
            continue
        if not directed:
            u, v = min(u, v), max(u, v)
        w = event_weight(e)
        d = acc.setdefault((u, v, period), [0.0, 0.0, 0])
        d[0 if w > 0 else 1] += abs(w)
        d[2] += 1
    return [
        {"source": u, "target": v, "period": p, "weight": round(pos - neg, 6),
         "positive": round(pos, 6), "negative": round(neg, 6), "count": n}
        for (u, v, p), (pos, neg, n) in sorted(acc.items())
    ]


def sign_flips(series: list[dict]) -> list[dict]:
    """Changes of net sign between consecutive active windows of each pair in a series.

    Parameters
    ----------
    series : list of dict
        A :func:`stance_series`; points of weight 0 are skipped.

    Returns
    -------
    list of dict
        ``source``, ``target``, ``from_period``, ``to_period``, ``from_weight``, ``to_weight``
        and ``change`` (``"+/-"`` or ``"-/+"``), sorted by pair and period.

    Examples
    --------
    >>> points = [("2021", 0.3), ("2022", 0.0), ("2023", -0.2)]
    >>> s = [{"source": "A", "target": "B", "period": p, "weight": w} for p, w in points]
    >>> [(f["from_period"], f["to_period"], f["change"]) for f in sign_flips(s)]
    [('2021', '2023', '+/-')]
    """
    flips = []
    last: dict[tuple[str, str], dict] = {}
    for point in sorted(series, key=lambda p: (p["source"], p["target"], p["period"])):
        if not point["weight"]:
            continue
        key = (point["source"], point["target"])
        prev = last.get(key)
        if prev is not None and (prev["weight"] > 0) != (point["weight"] > 0):
            flips.append({
                "source": key[0], "target": key[1],
                "from_period": prev["period"], "to_period": point["period"],
                "from_weight": prev["weight"], "to_weight": point["weight"],
                "change": "+/-" if prev["weight"] > 0 else "-/+",
            })
        last[key] = point
    return flips


def most_active_pairs(series: list[dict], top: int = 5) -> list[tuple[str, str]]:
    """The pairs with the most event mentions in a series.

    Parameters
    ----------
    series : list of dict
        A :func:`stance_series`.
    top : int
        How many pairs to keep.

    Returns
    -------
    list of tuple of str
        ``(source, target)`` pairs, most mentions first, ties by name.

    Examples
    --------
    >>> s = [{"source": "A", "target": "B", "count": 2}, {"source": "C", "target": "D", "count": 1},
    ...      {"source": "C", "target": "D", "count": 1}, {"source": "E", "target": "F", "count": 1}]
    >>> most_active_pairs(s, top=2)
    [('A', 'B'), ('C', 'D')]
    """
    counts: dict[tuple[str, str], int] = {}
    for p in series:
        counts[(p["source"], p["target"])] = counts.get((p["source"], p["target"]), 0) + p["count"]
    return [k for k, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:top]]
