"""The fast paths of a worker's rows give the same data as the plain ways they replace:
``Event.to_json`` and ``ActorRecord.to_json`` against ``dataclasses.asdict``, the cached
:func:`side_records` against the uncached one, the document lexicon's event-noun index
against a scan of its lists."""

from __future__ import annotations

import dataclasses

import pytest

from graph.actors.kb import load_kb
from graph.document.lexicon import load_document_lexicon
from graph.events.records import CACHE_SIZE, side_records
from graph.model import ActorRecord, Event

_BASE = dict(doc="d1", source="FRA", relation="condemn", target="RUS", source_actor="France",
             target_actor="Russia", sentence="France condemned Russia.", start=0, end=24,
             trigger="condemned", confidence=0.8123456, language="en")


def _asdict_row(e: Event) -> dict:
    row = dataclasses.asdict(e)
    row.update(sign=e.sign, plover=e.plover, cameo=e.cameo, goldstein=e.goldstein)
    row["confidence"] = round(float(e.confidence), 3)
    return dict(sorted(row.items()))


@pytest.mark.parametrize("extra", [
    {},                                                                        # no records (read back)
    {"source_party": ActorRecord(id="FRA", label="France", type="State", code="FRA"),
     "target_party": {"id": "RUS", "label": "Russia", "type": "State", "code": "RUS"}},
    {"source_record": ActorRecord(id="person/a-b", label="A B", type="Person", code="FRA",
                                  role="foreign_minister", role_for="FRA"),
     "target_party": ActorRecord(id="XYZ", label="XYZ", type="Unknown", code="XYZ"),
     "date": "2021-03-04", "location": "Geneva"},
])
def test_event_row_is_asdict_row(extra):
    e = Event(**_BASE, **extra)
    assert e.to_json() == _asdict_row(e)
    assert list(e.to_json()) == list(_asdict_row(e))


def test_actor_record_json_is_asdict():
    r = ActorRecord(id="org/un", label="United Nations", type="InternationalOrganisation", code="UN",
                    sector="IGO", wikidata="Q1065", role=None, role_for=None)
    assert r.to_json() == dataclasses.asdict(r) and list(r.to_json()) == list(dataclasses.asdict(r))


@pytest.mark.parametrize("row", [
    {"source": "UN", "target": "XYZ", "date": None, "source_id": "", "target_id": ""},
    {"source": "FRA", "target": "RUS", "date": "2020-10-02", "source_id": "FRA", "target_id": "RUS"},
    {"source": "EUR", "target": "TUR", "date": "2016-05-01", "source_id": "person/charles-michel",
     "target_id": "TUR"},
])
def test_cached_side_records_equal_uncached_and_are_not_shared(row):
    kb, cache = load_kb(), {}
    first, second = side_records(kb, row, cache), side_records(kb, row, cache)
    assert first == second == side_records(kb, row)
    assert first["source_party"] is not second["source_party"]  # rows never share dicts
    assert len(cache) <= CACHE_SIZE


def test_cache_is_bounded():
    kb, cache = load_kb(), {}
    for day in range(CACHE_SIZE + 10):
        side_records(kb, {"source": "FRA", "target": "RUS", "date": f"d{day}", "source_id": "FRA",
                          "target_id": "RUS"}, cache)
    assert 0 < len(cache) <= CACHE_SIZE


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_event_kind_index_equals_scan_of_the_lists(lang):
    lex = load_document_lexicon(lang)
    words = {w for ws in lex.event_nouns.values() for w in ws} | {"table", "minister", ""}
    for w in words:
        assert lex.event_kind(w) == next((k for k, ws in lex.event_nouns.items() if w in ws), None)
