"""The rows of the HTML stance graph: events with their documents and sentences, nodes, edges and
relations, as plain dicts (:func:`graph.viz.payload.page_data` assembles them).

Strings here are raw text from the news: :mod:`graph.viz.html` escapes them before they reach
the page.

Example
-------
>>> from graph.model import Event
>>> e = Event(doc="d.txt", source="TUR", relation="support", target="AZE", source_actor="Ankara",
...           target_actor="Baku", sentence="Ankara backs Baku.", start=0, end=18, trigger="backs",
...           confidence=1.0, language="en")
>>> rows = event_rows([e], "code")
>>> rows.events[0]["source"], rows.names["TUR"], relation_rows([e])[0]["name"]
('Ankara', Counter({'Ankara': 1}), 'support')
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from ..analysis.networks import node_of
from ..model import NAMING_LANGUAGE, ActorRecord, Event
from ..relations import SYMMETRIC_RELATIONS, relations
from .style import edge_width, node_size, sign_key

#: The node that stands for the actors beyond ``max_actors`` when they are merged.
OTHERS = "dg:others"
#: Longest evidence sentence kept (characters); longer ones are cut with an ellipsis.
MAX_SENTENCE = 600
#: How many names, roles and members a node's tooltip lists.
MAX_LISTED = 8


def top(counter: Counter, k: int = MAX_LISTED) -> list[str]:
    """The ``k`` most frequent keys of ``counter`` (ties in key order)."""
    return [s for s, _ in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))[:k]]


def pair_events(shown: list[Event], level: str) -> tuple[list[Event], dict[tuple[str, str], list[int]]]:
    """The events drawn (no self-loops) and, per directed pair, the indices of its events
    (symmetric relations on both directions, as :func:`~graph.analysis.networks.stance_graph`)."""
    pairs: dict[tuple[str, str], list[int]] = defaultdict(list)
    attached: list[Event] = []
    for e in shown:
        u, v = node_of(e, "source", level), node_of(e, "target", level)
        if u == v:
            continue
        i = len(attached)
        attached.append(e)
        pairs[(u, v)].append(i)
        if e.relation in SYMMETRIC_RELATIONS:
            pairs[(v, u)].append(i)
    return attached, pairs


@dataclass
class EventRows:
    """The page's event rows, documents and sentences, and what each node counts from them: the
    names its actors were found under, their ids, and its events as source and as target."""

    docs: list[dict] = field(default_factory=list)
    sentences: list[str] = field(default_factory=list)
    events: list[dict] = field(default_factory=list)
    names: defaultdict = field(default_factory=lambda: defaultdict(Counter))
    ids: defaultdict = field(default_factory=lambda: defaultdict(Counter))
    as_source: Counter = field(default_factory=Counter)
    as_target: Counter = field(default_factory=Counter)


def event_rows(attached: list[Event], level: str) -> EventRows:
    """The rows of ``attached`` (documents sorted, sentences shared and cut at
    :data:`MAX_SENTENCE`, a document's title and earliest date from its events)."""
    docs = sorted({e.doc for e in attached})
    doc_index = {d: i for i, d in enumerate(docs)}
    rows = EventRows(docs=[{"id": d, "title": None, "date": None} for d in docs])
    sentence_index: dict[str, int] = {}
    for e in attached:
        text = e.sentence or ""
        text = text if len(text) <= MAX_SENTENCE else text[: MAX_SENTENCE - 1] + "…"
        if text not in sentence_index:
            sentence_index[text] = len(rows.sentences)
            rows.sentences.append(text)
        row = rows.docs[doc_index[e.doc]]
        row["title"] = row["title"] or e.title or None
        if e.date and (row["date"] is None or e.date < row["date"]):
            row["date"] = e.date
        rows.events.append({
            "relation": e.relation, "date": e.date or None, "confidence": round(float(e.confidence), 3),
            "doc": doc_index[e.doc], "sentence": sentence_index[text], "trigger": e.trigger,
            "source": e.source_actor or e.source, "target": e.target_actor or e.target,
        })
        for side, counter in (("source", rows.as_source), ("target", rows.as_target)):
            n = node_of(e, side, level)
            counter[n] += 1
            if n != OTHERS:
                rows.names[n][getattr(e, f"{side}_actor") or n] += 1
                rows.ids[n][getattr(e, f"{side}_id") or getattr(e, side)] += 1
    return rows


class Actors:
    """Labels, types and roles of nodes, from the actor records the event rows carry."""

    def __init__(self, events: list[Event], level: str):
        self.level = level
        #: actor id -> its record; roll-up code -> the actor id it stands for
        self.known: dict[str, ActorRecord] = {}
        self.party_of: dict[str, str] = {}
        for e in events:
            for side in ("source", "target"):
                party = getattr(e, f"{side}_party")
                for record in (getattr(e, f"{side}_record"), party):
                    if record is not None and record.known:
                        self.known.setdefault(record.id, record)
                if party.known:
                    self.party_of.setdefault(getattr(e, side), party.id)

    def canonical(self, key: str, ids: Counter) -> str | None:
        """The actor a node stands for: its id, its code's party, or the id most often seen."""
        if key == OTHERS:
            return None
        if self.level == "actor":
            return key
        if self.level == "code" and self.party_of.get(key):
            return self.party_of[key]
        return top(ids, 1)[0] if ids else key

    @staticmethod
    def record(e: Event, side: str) -> tuple[str, ActorRecord | None]:
        """The actor id of one side of an event (its code when it has none) and its record."""
        if getattr(e, f"{side}_id"):
            return getattr(e, f"{side}_id"), getattr(e, f"{side}_record")
        code, party = getattr(e, side), getattr(e, f"{side}_party")
        return code, party if party.known and party.id == code else None

    @staticmethod
    def describe(side_id: str, actor: ActorRecord | None, canonical: str | None) -> str | None:
        """How an event's actor relates to its node: a role (at the event's date), a body, or nothing."""
        if actor is None:
            return None if side_id == canonical else side_id
        if actor.type == "Person":
            what = f"{actor.role.replace('_', ' ')} of {actor.role_for}" if actor.role else None
            if side_id == canonical:
                return what
            return f"{actor.label}: {what}" if what else actor.label
        return None if side_id == canonical else actor.label

    def roles(self, attached: list[Event], level: str, canonical: dict[str, str | None]) -> defaultdict:
        """Per node, how often each role or body of :meth:`describe` acts for it."""
        roles: defaultdict = defaultdict(Counter)
        for e in attached:
            for side in ("source", "target"):
                n = node_of(e, side, level)
                if n != OTHERS:
                    what = self.describe(*self.record(e, side), canonical[n])
                    if what:
                        roles[n][what] += 1
        return roles


def edge_rows(G, index: dict[str, int], style: dict, pairs: dict[tuple[str, str], list[int]]) -> list[dict]:
    """One row per directed edge of the stance graph ``G``: weights, relations (most frequent
    first), dates, sign colour, width by mentions and the indices of its events."""
    cmax = max((d["count"] for _, _, d in G.edges(data=True)), default=1)
    edges = []
    for j, (u, v, d) in enumerate(sorted(G.edges(data=True), key=lambda t: (t[0], t[1]))):
        rels = sorted(d["relations"].items(), key=lambda rc: (-rc[1], rc[0]))
        sign = sign_key(d["weight"])
        edges.append({
            "id": j, "from": index[u], "to": index[v], "weight": d["weight"], "positive": d["positive"],
            "negative": d["negative"], "count": d["count"], "relations": [[r, c] for r, c in rels],
            "label": ", ".join(r if c == 1 else f"{r} ×{c}" for r, c in rels),
            "first_date": d["first_date"] or None, "last_date": d["last_date"] or None, "sign": sign,
            "colour": style["signs"][sign], "width": edge_width(d["count"], cmax), "events": pairs[(u, v)],
        })
    return edges


def relation_rows(attached: list[Event]) -> list[dict]:
    """The relations present among ``attached``, in the relation table's order."""
    present = {e.relation for e in attached}
    return [{"name": r.name, "sign": r.sign, "goldstein": r.goldstein, "symmetric": r.name in SYMMETRIC_RELATIONS,
             "label": r.labels[NAMING_LANGUAGE], "definition": r.definitions[NAMING_LANGUAGE]}
            for r in relations().values() if r.name in present]


def node_size_of(n: str, imp: dict[str, float], vmax: float) -> float:
    """A node's size; the merged node gets a middle size (its summed importance would dwarf
    everyone)."""
    return node_size(imp[n], vmax) if n != OTHERS else node_size(vmax / 4, vmax)
