"""Streaming a build's RDF graph by graph gives the same bytes as serialising the whole dataset."""

from __future__ import annotations

import pytest

from graph.rdf.dataset import build_dataset, default_quads, document_quads
from graph.rdf.serialize import FORMATS, to_bytes
from graph.rdf.stream import GraphStream


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_streamed_graph_equals_the_whole_dataset_serialised(small_build, tmp_path, fmt):
    docs, events = small_build
    path = tmp_path / f"g.{FORMATS[fmt][1]}"
    with GraphStream(path, fmt) as gs:
        for doc in reversed(docs):  # any order in, name order out
            gs.add(document_quads(doc, [e for e in events if e.doc == doc.id]))
        gs.finish(default_quads(events))
    assert path.read_bytes() == to_bytes(build_dataset(docs, events), fmt)
    assert [p.name for p in tmp_path.iterdir()] == [path.name]  # the spool is gone


def test_a_stream_that_is_not_finished_writes_nothing(small_build, tmp_path):
    docs, events = small_build
    with pytest.raises(RuntimeError):
        with GraphStream(tmp_path / "g.trig") as gs:
            gs.add(document_quads(docs[0], []))
            raise RuntimeError("interrupted")
    assert list(tmp_path.iterdir()) == []
