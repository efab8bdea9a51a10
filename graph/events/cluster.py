"""One event from many reports: cluster event mentions of the same stance at close dates.

Mentions with the same source code, relation and target code form one cluster when their dates
lie within :data:`WINDOW_DAYS` of the cluster's previous dated mention (single-linkage over the
sorted dates). Mentions with no date join the clusters of the same document that hold the same
stance (the earliest such cluster); when the document has none, they form a cluster of their own
for that document. Symmetric relations (``meet``, ``agree``, ``cooperate``) are clustered as
unordered pairs, so "A met B" and "B met A" are one event.

Cluster ids are ``<source>-<relation>-<target>-<first date or "undated">-<n>`` with a counter
for clusters that would otherwise share an id: deterministic and IRI-safe. A cluster names its
mentions by a stable key (:data:`MentionKey`: the document and the mention's number in it, the
number of its RDF mention IRI), so consumers join on data, never on object identity.

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
>>> cs[0].mention_keys
[('a', 1), ('b', 1)]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date as Date

from ..model import Event

from ..relations import SYMMETRIC_RELATIONS

#: Two reports of the same stance at most this many days apart are the same event.
WINDOW_DAYS = 7

#: A mention's stable key: its document id and its number (from 1) among that document's events,
#: in the order of the event list (the ``n`` of :func:`graph.rdf.iris.mention_iri`).
MentionKey = tuple[str, int]


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
    #: the stable keys of ``mentions``, in the same order
    mention_keys: list[MentionKey] = field(default_factory=list)

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


def _order(keyed: tuple[MentionKey, Event]):
    e = keyed[1]
    return (e.date or "", e.doc, e.start, e.source_id, e.target_id, e.trigger)


def mention_keys(events: list[Event]) -> list[MentionKey]:
    """The stable key of each event of ``events``: ``(doc, n)``, n counted per document from 1.

    >>> from graph.model import Event
    >>> e = lambda doc: Event(doc=doc, source="A", relation="meet", target="B", source_actor="",
    ...                       target_actor="", sentence="", start=0, end=0, trigger="", confidence=1.0,
    ...                       language="en")
    >>> mention_keys([e("a"), e("b"), e("a")])
    [('a', 1), ('b', 1), ('a', 2)]
    """
    counts: dict[str, int] = {}
    out = []
    for e in events:
        counts[e.doc] = counts.get(e.doc, 0) + 1
        out.append((e.doc, counts[e.doc]))
    return out


def cluster_events(events: list[Event], window: int = WINDOW_DAYS) -> list[EventCluster]:
    """Group event mentions into clusters; sorted by (source, relation, target, first date)."""
    groups: dict[tuple, list[tuple[MentionKey, Event]]] = {}
    for keyed in zip(mention_keys(events), events):
        groups.setdefault(_key(keyed[1]), []).append(keyed)
    clusters: list[EventCluster] = []
    for key in sorted(groups):
        dated = sorted((ke for ke in groups[key] if _day(ke[1].date)), key=_order)
        undated = sorted((ke for ke in groups[key] if not _day(ke[1].date)), key=lambda ke: (ke[1].doc, ke[1].start))
        chains: list[list[tuple[MentionKey, Event]]] = []
        for ke in dated:
            if chains and (_day(ke[1].date) - _day(chains[-1][-1][1].date)).days <= window:
                chains[-1].append(ke)
            else:
                chains.append([ke])
        orphans: dict[str, list[tuple[MentionKey, Event]]] = {}
        for ke in undated:
            home = next((c for c in chains if any(m.doc == ke[1].doc for _, m in c)), None)
            if home is not None:
                home.append(ke)
            else:
                orphans.setdefault(ke[1].doc, []).append(ke)
        chains.extend(orphans[d] for d in sorted(orphans))
        for chain in chains:
            days = sorted(e.date[:10] for _, e in chain if _day(e.date))
            chain = sorted(chain, key=_order)
            clusters.append(EventCluster(
                id="", source=key[0], relation=key[1], target=key[2],
                first_date=days[0] if days else None, last_date=days[-1] if days else None,
                mentions=[e for _, e in chain], mention_keys=[k for k, _ in chain],
            ))
    clusters.sort(key=lambda c: (c.source, c.relation, c.target, c.first_date or "9999",
                                 c.mentions[0].doc, c.mentions[0].start))
    used: dict[str, int] = {}
    for c in clusters:
        stem = re.sub(r"[^A-Za-z0-9_-]+", "_", f"{c.source}-{c.relation}-{c.target}-{c.first_date or 'undated'}")
        used[stem] = used.get(stem, 0) + 1
        c.id = f"{stem}-{used[stem]}"
    return clusters
