"""The benchmarks' shared helpers: the synthetic corpus and events they all measure on must be
the same on every run, shaped as promised, and the tables printed as Markdown."""

from __future__ import annotations

import doctest
from collections import Counter

import bench_common as bc


def test_doctests():
    assert doctest.testmod(bc).failed == 0


def test_synthetic_documents_cycle_the_sample_corpus_with_new_ids_and_dates():
    docs = bc.synthetic_documents(25)
    # examples/corpus holds 10 documents in file order; numbers 0, 3 and 7 are French
    # (arabie_iran, the niger record of articles.jsonl, mali_ambassadeur): i % 10 in {0, 3, 7}
    assert Counter(d.language for d in docs) == {"en": 17, "fr": 8}
    assert [i for i, d in enumerate(docs) if d.language == "fr"] == [0, 3, 7, 10, 13, 17, 20, 23]
    assert len({d.id for d in docs}) == 25
    # document 11 is sample document 1 (pretoria-2022-11-02) moved one day later
    assert docs[11].id == "pretoria-2022-11-02-000011"
    assert (docs[1].date, docs[11].date, docs[21].date) == ("2022-11-02", "2022-11-03", "2022-11-04")
    assert docs[11].text == docs[1].text  # same year: the text is untouched
    assert [d.text for d in bc.synthetic_documents(25)] == [d.text for d in docs]


def test_year_in_text_follows_the_date():
    docs = bc.synthetic_documents(10 * 400)
    late = docs[-9]  # pretoria again, 399 days after 2022-11-02
    assert late.date == "2023-12-06"
    assert "2023" in late.text and "2022" not in late.text


def test_jsonl_corpus_round_trips_through_ingest(tmp_path):
    from graph.ingest import read_documents

    docs = bc.synthetic_documents(12)
    words = bc.write_jsonl_corpus(docs, tmp_path, per_file=5)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["part-00000.jsonl", "part-00001.jsonl", "part-00002.jsonl"]
    back = list(read_documents([tmp_path]))
    assert [(d.id, d.date, d.language) for d in back] == [(d.id, d.date, d.language) for d in docs]
    assert words == sum(len(d.text.split()) for d in docs)


def test_synthetic_events_have_exactly_the_actors_asked_for():
    docs, events = bc.synthetic_events(600, 150, per_doc=6)
    parties = {e.source for e in events} | {e.target for e in events}
    assert len(events) == 600 and len(docs) == 100
    assert len(parties) == 150
    assert all(e.source != e.target for e in events)
    assert {e.doc for e in events} == {d.id for d in docs}
    # Zipf-like: the first hub is the most frequent party
    counts = Counter([e.source for e in events] + [e.target for e in events])
    assert counts.most_common(1)[0][0] == "USA"
    # parties are named by themselves mostly, and sometimes by people holding a role for them
    rus = Counter(e.source_id for e in events if e.source == "RUS")
    assert rus.most_common(1)[0][0] == "RUS"
    assert any(i.startswith("person/") for i in rus)
    again = bc.synthetic_events(600, 150, per_doc=6)[1]
    assert [e.to_json() for e in again] == [e.to_json() for e in events]


def test_synthetic_events_invent_parties_beyond_the_knowledge_base():
    _, events = bc.synthetic_events(4000, 2000)  # (the base holds about a thousand codes)
    parties = {e.source for e in events} | {e.target for e in events}
    assert len(parties) == 2000
    assert any(p.startswith("Z") and p[1:].isdigit() for p in parties)
