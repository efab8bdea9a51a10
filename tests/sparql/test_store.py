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
