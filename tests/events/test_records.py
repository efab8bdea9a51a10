"""Event rows carry their resolved actors; RDF and HTML read them and never ask the knowledge base."""

from __future__ import annotations

import pytest

from graph.actors.kb import load_kb
from graph.events.records import side_records, with_actor_records
from graph.model import ActorRecord, Event
from graph.rdf.dataset import document_quads
from graph.viz.payload import page_data


class NoKnowledgeBase:
    """Fails on any use: proves a stage did not look an actor up again."""

    def __getattr__(self, name):
        raise AssertionError(f"the knowledge base was asked for {name}")


def test_a_person_carries_the_role_held_at_the_event_date():
    kb = load_kb()
    row = {"source": "RUS", "target": "UN", "source_id": "person/vladimir-putin", "target_id": "", "date": "2010-03-01"}
    records = side_records(kb, row)
    putin = ActorRecord.from_json(records["source_record"])
    assert (putin.type, putin.role, putin.role_for) == ("Person", "head_of_government", "RUS")
    later = ActorRecord.from_json(side_records(kb, {**row, "date": "2015-03-01"})["source_record"])
    assert later.role == "head_of_state"
    assert records["source_party"]["id"] == "RUS" and records["source_party"]["type"] == "State"
    assert records["target_party"]["id"] == "org/un" and records["target_record"] is None


def test_an_unknown_code_is_an_unknown_party_named_by_its_code():
    party = ActorRecord.from_json(side_records(load_kb(), {"source": "ZZX", "target": "RUS", "date": None})["source_party"])
    assert (party.id, party.label, party.type, party.known) == ("ZZX", "ZZX", "Unknown", False)


def test_records_survive_events_jsonl(small_build):
    resolved = with_actor_records(small_build[1])
    assert all(e.resolved for e in resolved) and not any(e.resolved for e in small_build[1])
    assert [Event.from_json(e.to_json()) for e in resolved] == resolved


def test_rdf_and_html_read_the_records_not_the_knowledge_base(small_build):
    docs, events = small_build[0], with_actor_records(small_build[1])
    by_doc = [e for e in events if e.doc == docs[0].id]
    assert document_quads(docs[0], by_doc, kb=NoKnowledgeBase()) == document_quads(docs[0], small_build[1][:2])
    page = page_data(events, kb=NoKnowledgeBase())
    assert page == page_data(small_build[1])  # the same page as when the stage resolved them itself
    with pytest.raises(AssertionError, match="knowledge base was asked"):
        page_data(small_build[1], kb=NoKnowledgeBase())  # rows without records: resolved once, here


@pytest.mark.slow
def test_the_events_component_attaches_records_to_every_row():
    from graph.nlp import load_pipeline
    from graph.nlp.extensions import make_doc

    nlp = load_pipeline("en")
    text = "Russian President Vladimir Putin condemned Ukraine. The United Nations backed Armenia."
    doc = nlp(make_doc(nlp, text, {"id": "r", "date": "2023-05-02", "language": "en", "title": None}))
    rows = doc._.events
    assert rows
    for row in rows:
        e = Event(doc="r", language="en", **row)
        assert e.resolved and e.source_party.code == e.source and e.target_party.code == e.target
        if e.source_id:
            assert e.source_record is None or e.source_record.id == e.source_id
    assert all(isinstance(row["source_party"], dict) for row in rows)
