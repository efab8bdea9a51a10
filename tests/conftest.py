"""Shared fixtures: the sample corpus and one build of it per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.model import Document, Event

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "examples" / "corpus"


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    """The bundled sample corpus (txt, jsonl and html articles in English and French)."""
    return CORPUS


@pytest.fixture(scope="session")
def built_corpus(tmp_path_factory) -> Path:
    """``dipgraph build examples/corpus`` run once for the session; returns the output folder."""
    from graph.pipeline import build

    out = tmp_path_factory.mktemp("built")
    build([CORPUS], out, jobs=1)
    return out


def stance_event(source, relation, target, *, doc="a.txt", date="2020-10-02", source_id=None,
                 target_id=None, sentence=None, start=0, confidence=0.9, source_actor=None, target_actor=None):
    """An event mention with defaults for what the RDF and SPARQL tests do not look at."""
    sentence = sentence or f"{source} {relation} {target}."
    return Event(doc=doc, source=source, relation=relation, target=target,
                 source_actor=source_actor or source, target_actor=target_actor or target,
                 sentence=sentence, start=start, end=start + len(sentence), trigger=relation,
                 confidence=confidence, language="en", date=date,
                 source_id=source if source_id is None else source_id,
                 target_id=target if target_id is None else target_id)


@pytest.fixture
def make_stance():
    """:func:`stance_event`, for tests that add their own events."""
    return stance_event


@pytest.fixture
def small_build():
    """Two documents, five mentions: TUR backs AZE twice, FRA condemns TUR, RUS mediates for ARM and AZE."""
    docs = [Document(id="a.txt", text="x" * 500, language="en", date="2020-10-02", title="First <b>report</b>"),
            Document(id="b 2.txt", text="y" * 500, language="en", date="2020-10-05", url="https://example.org/b")]
    events = [
        stance_event("TUR", "support", "AZE", source_id="person/recep-tayyip-erdogan", source_actor="Recep Tayyip Erdoğan"),
        stance_event("FRA", "condemn", "TUR", start=40),
        stance_event("TUR", "support", "AZE", doc="b 2.txt", date="2020-10-05"),
        stance_event("RUS", "mediate", "ARM", doc="b 2.txt", date="2020-10-05", start=60),
        stance_event("RUS", "mediate", "AZE", doc="b 2.txt", date="2020-10-05", start=60),
    ]
    return docs, events
