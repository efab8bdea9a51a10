"""One event from many reports: cluster event mentions of the same stance at close dates.

Mentions with the same source code, relation and target code form one cluster when their dates
lie within :data:`WINDOW_DAYS` of the cluster's previous dated mention (single-linkage over the
sorted dates). Mentions with no date join the clusters of the same document that hold the same
stance (the earliest such cluster); when the document has none, they form a cluster of their own
for that document. Symmetric relations (``meet``, ``agree``, ``cooperate``) are clustered as
unordered pairs, so "A met B" and "B met A" are one event.

Cluster ids are ``<source>-<relation>-<target>-<first date or "undated">-<n>`` with a counter
for clusters that would otherwise share an id: deterministic and IRI-safe.

Example
-------
>>> from graph.model import Event
>>> def ev(doc, date):
...     return Event(doc=doc, source="TUR", relation="support", target="AZE", source_actor="Turkey",
...                  target_actor="Azerbaijan", sentence="s", start=0, end=1, trigger="backs",
...                  confidence=0.9, language="en", date=date)
>>> cs = cluster_events([ev("a", "2020-10-01"), ev("b", "2020-10-05"), ev("c", "2020-11-20")])
>>> [(c.id, c.n_mentions, c.n_documents) for c in cs]
[('TUR-support-AZE-2020-10-01-1', 2, 2), ('TUR-support-AZE-2020-11-20-1', 1, 1)]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date as Date

from ..model import SYMMETRIC_RELATIONS, Event

#: Two reports of the same stance at most this many days apart are the same event.
WINDOW_DAYS = 7


@dataclass
class EventCluster:
    """A stance event reported by one or more mentions."""

    id: str
    source: str
    relation: str
    target: str
    first_date: str | None
    last_date: str | None
    mentions: list[Event] = field(default_factory=list)
    n_mentions: int = 0
    n_documents: int = 0

    def __post_init__(self) -> None:
        self.n_mentions = len(self.mentions)
        self.n_documents = len({m.doc for m in self.mentions})


def _key(e: Event) -> tuple[str, str, str]:
    s, t = e.source, e.target
    if e.relation in SYMMETRIC_RELATIONS and t < s:
        s, t = t, s
    return s, e.relation, t


def _day(iso: str | None) -> Date | None:
    try:
        return Date.fromisoformat(iso[:10]) if iso else None
    except ValueError:
        return None


def _order(e: Event):
    return (e.date or "", e.doc, e.start, e.source_id, e.target_id, e.trigger)


def cluster_events(events: list[Event], window: int = WINDOW_DAYS) -> list[EventCluster]:
    """Group event mentions into clusters; sorted by (source, relation, target, first date)."""
    groups: dict[tuple, list[Event]] = {}
    for e in events:
        groups.setdefault(_key(e), []).append(e)
    clusters: list[EventCluster] = []
    for key in sorted(groups):
        dated = sorted((e for e in groups[key] if _day(e.date)), key=_order)
        undated = sorted((e for e in groups[key] if not _day(e.date)), key=lambda e: (e.doc, e.start))
        chains: list[list[Event]] = []
        for e in dated:
            if chains and (_day(e.date) - _day(chains[-1][-1].date)).days <= window:
                chains[-1].append(e)
            else:
                chains.append([e])
        orphans: dict[str, list[Event]] = {}
        for e in undated:
            home = next((c for c in chains if any(m.doc == e.doc for m in c)), None)
            if home is not None:
                home.append(e)
            else:
                orphans.setdefault(e.doc, []).append(e)
        chains.extend(orphans[d] for d in sorted(orphans))
        for chain in chains:
            days = sorted(e.date[:10] for e in chain if _day(e.date))
            clusters.append(EventCluster(
                id="", source=key[0], relation=key[1], target=key[2],
                first_date=days[0] if days else None, last_date=days[-1] if days else None,
                mentions=sorted(chain, key=_order),
            ))
    clusters.sort(key=lambda c: (c.source, c.relation, c.target, c.first_date or "9999",
                                 c.mentions[0].doc, c.mentions[0].start))
    used: dict[str, int] = {}
    for c in clusters:
        stem = re.sub(r"[^A-Za-z0-9_-]+", "_", f"{c.source}-{c.relation}-{c.target}-{c.first_date or 'undated'}")
        used[stem] = used.get(stem, 0) + 1
        c.id = f"{stem}-{used[stem]}"
    return clusters
