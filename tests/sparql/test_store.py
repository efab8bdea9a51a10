"""The persistent store: documents replaced, not duplicated; survives reopening; read by Oxigraph."""

from __future__ import annotations

import pyoxigraph as ox

from graph.rdf.dataset import build_dataset
from graph.rdf.iris import doc_iri
from graph.rdf.namespace import ONTOLOGY_IRI
from graph.sparql.store import Store

MENTIONS = "SELECT (COUNT(?m) AS ?n) WHERE { GRAPH ?g { ?m a dg:StanceMention } }"


def _count(path) -> int:
    st = ox.Store.read_only(str(path))
    try:
        return int(next(iter(st.query(MENTIONS, prefixes={"dg": "https://w3id.org/dipgraph/ontology#"})))["n"].value)
    finally:
        del st


def test_rebuilding_a_document_replaces_its_graph(small_build, make_stance, tmp_path):
    docs, events = small_build
    path = tmp_path / "store"
    with Store(path) as st:
        st.add_dataset(build_dataset(docs, events))
    assert _count(path) == 5
    # document a.txt rebuilt with a single mention: its two old mentions go, b's three stay
    with Store(path) as st:
        st.add_dataset(build_dataset(docs[:1], [make_stance("FRA", "condemn", "TUR")]))
    assert _count(path) == 4
    with Store(path, read_only=True) as st:
        assert str(doc_iri("a.txt")) in st.graphs() and str(ONTOLOGY_IRI) in st.graphs()


def test_a_store_is_a_folder(tmp_path):
    from graph.errors import GraphFileError

    f = tmp_path / "file"
    f.write_text("x")
    try:
        Store(f)
    except GraphFileError as err:
        assert str(err) == f"{f}: a store is a folder, this is a file"
    else:
        raise AssertionError("a file was accepted as a store")


def test_a_served_store_is_not_opened_for_writing_and_a_written_one_not_served(tmp_path):
    import os

    import pytest

    from graph.errors import GraphFileError
    from graph.sparql.store import lock_store

    path = tmp_path / "store"
    Store(path).close()
    served = lock_store(path, shared=True)  # what dipgraph serve holds while it runs
    try:
        with pytest.raises(GraphFileError) as err:
            Store(path)
        assert str(err.value) == f"{path}: the store is in use by another process (dipgraph serve?); stop the server first"
        with Store(path, read_only=True) as st:  # readers share
            assert str(ONTOLOGY_IRI) not in st.graphs()
    finally:
        os.close(served)
    with Store(path) as writer:
        with pytest.raises(GraphFileError, match=r"being written by another process \(a build\?\); wait for it to finish"):
            lock_store(path, shared=True)
        writer.add_ontology()
    with Store(path, read_only=True) as st:
        assert str(ONTOLOGY_IRI) in st.graphs()


def test_bulk_load_after_drop_replaces_a_rebuilt_documents_graph(tmp_path, small_build, make_stance):
    """What ``build --store`` does: a rebuilt document's old mentions do not survive."""
    from graph.rdf.iris import doc_iri
    from graph.rdf.serialize import write_dataset

    docs, events = small_build
    first = write_dataset(build_dataset(docs, events), tmp_path / "first.trig")
    again = write_dataset(build_dataset(docs[:1], [make_stance("FRA", "condemn", "TUR")]), tmp_path / "again.trig")
    with Store(tmp_path / "store") as st:
        st.bulk_load(first)
        assert st.drop_graphs([str(doc_iri(docs[0].id)), "https://w3id.org/dipgraph/doc/never-built"]) == 1
        st.bulk_load(again)
        mentions = "SELECT ?m WHERE { GRAPH <%s> { ?m a dg:StanceMention } }"
        assert len(list(st.query(mentions % doc_iri(docs[0].id)))) == 1
        assert len(list(st.query(mentions % doc_iri(docs[1].id)))) == 3  # the other document untouched


def test_reload_replaces_a_store_whose_documents_are_all_rebuilt(tmp_path, small_build, make_stance):
    """What ``build --store`` does when it rebuilds every document of the store: the new graph
    file only, in the store's folder, with the ontology and the store still locked for writing."""
    import pytest

    from graph.errors import GraphFileError
    from graph.rdf.serialize import write_dataset
    from graph.sparql.store import lock_store

    docs, events = small_build
    first = write_dataset(build_dataset(docs, events), tmp_path / "first.trig")
    again = write_dataset(build_dataset(docs, [make_stance("FRA", "condemn", "TUR")]), tmp_path / "again.trig")
    path = tmp_path / "store"
    ids = [str(doc_iri(d.id)) for d in docs]
    with Store(path) as st:
        st.bulk_load(first)
        assert not st.replaces_everything(ids[:1])  # another document stays: drop and load instead
        assert st.replaces_everything(ids + ["https://w3id.org/dipgraph/doc/new"])
        st.reload(again)
        with pytest.raises(GraphFileError):  # the lock moved with the folder
            lock_store(path, shared=True)
        assert str(ONTOLOGY_IRI) in st.graphs()
    assert _count(path) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["again.trig", "first.trig", "store"]
    with Store(path) as st:
        assert not st.replaces_everything([])
