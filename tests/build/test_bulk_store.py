"""What ``build --store`` relies on: a file loaded in parts holds exactly what it holds loaded
whole, and replacing documents' graphs gives the same store whichever way it is done."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from graph.model import Document
from graph.rdf.dataset import default_quads, document_quads
from graph.rdf.iris import doc_iri
from graph.rdf.namespace import ONTOLOGY_IRI
from graph.rdf.stream import GraphStream, graph_block
from graph.sparql.bulk import bulk_load, split_points
from graph.sparql.store import Store

FORMATS = {"trig": ox.RdfFormat.TRIG, "nquads": ox.RdfFormat.N_QUADS, "turtle": ox.RdfFormat.TURTLE}


def _corpus(make_stance, n: int, tag: str = "") -> tuple[list[Document], list]:
    """``n`` documents with one to three stances each (titles with quotes, braces and dots)."""
    docs, events = [], []
    pairs = [("FRA", "condemn", "RUS"), ("TUR", "support", "AZE"), ("RUS", "mediate", "ARM")]
    for i in range(n):
        doc = Document(id=f"d{i:03d}.txt", text="x" * (100 + i), language="en", date="2021-05-04",
                       title=f'Talks {{round {i}}} end. "Next" week{tag}')
        docs.append(doc)
        for k in range(1 + i % 3):
            s, r, t = pairs[(i + k) % 3]
            events.append(make_stance(s, r, t, doc=doc.id, start=10 * k, date="2021-05-04",
                                      sentence=f"{s} and {t} met.\nThen {{they}} left{tag}."))
    return docs, events


def _write(path: Path, fmt: str, docs, events) -> Path:
    with GraphStream(path, fmt) as gs:
        for d in docs:
            gs.add(document_quads(d, [e for e in events if e.doc == d.id]))
        gs.finish(default_quads(events))
    return path


def _quads(store) -> set[str]:
    return {str(q) for q in (store.quads() if isinstance(store, Store) else store)}


@pytest.mark.parametrize("fmt", ["trig", "nquads", "turtle"])
def test_a_file_loaded_in_parts_holds_what_it_holds_loaded_whole(tmp_path, make_stance, fmt):
    docs, events = _corpus(make_stance, 40)
    path = _write(tmp_path / f"g.{fmt}", fmt, docs, events)
    head, cuts = split_points(path, FORMATS[fmt], 3, min_bytes=0)
    assert len(cuts) == 4 and cuts[0] == 0 and cuts[-1] == path.stat().st_size
    assert (head.startswith(b"@prefix") if fmt != "nquads" else head == b"")
    whole, parts = ox.Store(), ox.Store()
    whole.bulk_load(path=str(path), format=FORMATS[fmt])
    bulk_load(parts, path, FORMATS[fmt], threads=3, min_bytes=0)
    assert len(parts) == len(whole) > 100
    assert _quads(parts) == _quads(whole)


@pytest.mark.parametrize("text", [
    '<urn:a> <urn:p> _:b1 <urn:g> .\n_:b1 <urn:p> "x" <urn:g> .\n',  # a blank node shared by two lines
    '<urn:a> <urn:p> """two\nlines""" .\n<urn:b> <urn:p> "y" .\n',  # a long literal
])
def test_files_that_cannot_be_cut_safely_load_in_one_piece(tmp_path, text):
    path = tmp_path / ("g.nq" if "_:" in text else "g.ttl")
    path.write_text(text * 50)
    fmt = ox.RdfFormat.N_QUADS if path.suffix == ".nq" else ox.RdfFormat.TURTLE
    assert split_points(path, fmt, 4, min_bytes=0) == (b"", [0, path.stat().st_size])
    st = ox.Store()
    bulk_load(st, path, fmt, threads=4, min_bytes=0)
    assert len(st) == 2


def test_prefixes_declared_after_the_first_statement_keep_a_file_whole(tmp_path):
    path = tmp_path / "g.ttl"
    path.write_text("@prefix a: <urn:a#> .\na:x a:p a:y .\n" * 20 + "@prefix b: <urn:b#> .\nb:x b:p b:y .\n")
    assert split_points(path, ox.RdfFormat.TURTLE, 2, min_bytes=0)[1] == [0, path.stat().st_size]


def test_a_worker_serialised_graph_is_the_one_the_stream_writes(tmp_path, make_stance):
    docs, events = _corpus(make_stance, 6)
    for fmt in ("trig", "nquads", "turtle"):
        a, b = tmp_path / f"a.{fmt}", tmp_path / f"b.{fmt}"
        _write(a, fmt, docs, events)
        with GraphStream(b, fmt) as gs:
            for d in reversed(docs):  # any order: the stream sorts by graph name
                quads = document_quads(d, [e for e in events if e.doc == d.id])
                gs.add_block(str(quads[0].graph_name), graph_block(quads, fmt))
            gs.finish(default_quads(events))
        assert a.read_bytes() == b.read_bytes(), fmt


def _load_first(tmp_path, make_stance) -> tuple[Path, list[Document]]:
    docs, events = _corpus(make_stance, 30)
    first = _write(tmp_path / "first.trig", "trig", docs, events)
    with Store(tmp_path / "store") as st:
        st.bulk_load(first)
    return tmp_path / "store", docs


@pytest.mark.parametrize("share, how", [(0.1, "drop"), (0.5, "rebuild"), (1.0, "reload")])
def test_replacing_documents_gives_the_same_store_whichever_way(tmp_path, make_stance, share, how):
    store, docs = _load_first(tmp_path, make_stance)
    n = int(len(docs) * share)
    again_docs, again_events = _corpus(make_stance, n, tag=" (revised)")
    again = _write(tmp_path / "again.trig", "trig", again_docs, again_events)
    graphs = [str(doc_iri(d.id)) for d in again_docs]
    with Store(store) as st:
        before = _quads(st)
        calls = []
        assert st.replace_graphs(graphs, again, lenient=True, before_load=lambda: calls.append(1)) == how
        assert calls == [1]
        after = _quads(st)
    expected = ox.Store()  # what the store must hold: the old graphs not rebuilt, then the new file
    expected.bulk_load(path=str(again), format=ox.RdfFormat.TRIG)
    replaced = {f"<{g}>" for g in graphs}
    kept = {q for q in before if not any(q.endswith(f" {g}") for g in replaced)}
    if how == "reload":  # the default graph describes exactly this build
        kept = {q for q in kept if str(ONTOLOGY_IRI) in q}
    new = _quads(expected)
    assert after == kept | new
    assert any("(revised)" in q for q in after)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["again.trig", "first.trig", "store"]
