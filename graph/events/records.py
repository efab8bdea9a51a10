"""The resolved actors of an event row, as typed records (:class:`graph.model.ActorRecord`).

The events component attaches them to every row it writes (``source_record``,
``target_record``: the actors the mentions name; ``source_party``, ``target_party``: the actors
the roll-up codes stand for), with the role a person holds at the event's date. RDF and HTML
read them from the rows; :func:`with_actor_records` fills them in, once, for rows that predate
them (an RDF graph read back, an older ``events.jsonl``).

Example
-------
>>> from graph.actors.kb import load_kb
>>> rows = side_records(load_kb(), {"source": "UN", "target": "XYZ", "date": None, "source_id": "", "target_id": ""})
>>> rows["source_party"]["id"], rows["source_party"]["type"], rows["target_party"]["type"], rows["source_record"]
('org/un', 'InternationalOrganisation', 'Unknown', None)
"""

from __future__ import annotations

from dataclasses import asdict, replace
from typing import Iterable

from ..actors.kb import KnowledgeBase, load_kb
from ..model import ActorRecord, Event


def actor_record(kb: KnowledgeBase, actor_id: str | None, date: str | None) -> ActorRecord | None:
    """The record of a known actor, with the role a person holds at ``date``; else ``None``."""
    actor = kb.get(actor_id) if actor_id else None
    if actor is None:
        return None
    role = kb.role_at(actor.id, date) if actor.type == "Person" else None
    return ActorRecord(**asdict(actor), role=role.role if role else None, role_for=role.actor if role else None)


def party_record(kb: KnowledgeBase, code: str, date: str | None) -> ActorRecord:
    """The record of the actor a roll-up code stands for (an ``Unknown`` one if none does)."""
    found = actor_record(kb, kb.actor_for_code(code), date)
    return found or ActorRecord(id=code, label=code, type="Unknown", code=code)


#: Most records :func:`side_records` keeps in a caller's cache.
CACHE_SIZE = 4096


def side_records(kb: KnowledgeBase, row: dict, cache: dict | None = None) -> dict:
    """The actor records of an event row (plain data, as ``doc._.events`` holds them).

    ``cache`` (a dict kept by the caller for one knowledge base) keeps the records already
    looked up, by actor and date: a document names the same few actors on most of its rows.
    Each row gets its own dicts, so the rows never share mutable data."""
    out = {}
    date = row.get("date")
    for side in ("source", "target"):
        actor_id, code = row.get(f"{side}_id"), row[side]
        if cache is None:
            record, party = actor_record(kb, actor_id, date), party_record(kb, code, date)
        else:
            key = (actor_id, code, date)
            if key not in cache:
                if len(cache) >= CACHE_SIZE:  # many dates in a long build: memory stays flat
                    cache.clear()
                cache[key] = (actor_record(kb, actor_id, date), party_record(kb, code, date))
            record, party = cache[key]
        out[f"{side}_record"] = record.to_json() if record else None
        out[f"{side}_party"] = party.to_json()
    return out


def with_actor_records(events: Iterable[Event], kb: KnowledgeBase | None = None) -> list[Event]:
    """``events`` with the records of their actors; rows that carry them already are kept as
    they are (events read back from an RDF graph or from an older ``events.jsonl`` lack them)."""
    events = list(events)
    if all(e.resolved for e in events):
        return events
    kb = kb or load_kb()
    return [e if e.resolved else replace(e, **side_records(kb, {"source": e.source, "target": e.target, "date": e.date,
                                                                "source_id": e.source_id, "target_id": e.target_id}))
            for e in events]
