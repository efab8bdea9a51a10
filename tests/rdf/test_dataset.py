"""The RDF dataset of a build, read back with other libraries than the one that wrote it."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
import rdflib
from rdflib import RDF, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, XSD

from graph.rdf.dataset import build_dataset
from graph.rdf.load import events_from_dataset, load_graph
from graph.rdf.namespace import ACTOR, DG, DOC, REL
from graph.rdf.serialize import FORMATS, to_bytes, write_dataset


def _parsed(small_build, fmt="trig") -> rdflib.Dataset:
    ds = rdflib.Dataset()
    ds.parse(data=to_bytes(build_dataset(*small_build), fmt).decode(), format={"trig": "trig", "nquads": "nquads",
                                                                               "json-ld": "json-ld"}[fmt])
    return ds


def test_one_named_graph_per_document_holding_its_mentions(small_build):
    ds = _parsed(small_build)
    graphs = {str(g.identifier) for g in ds.graphs() if len(g) and str(g.identifier).startswith(str(DOC))}
    assert graphs == {str(DOC["a.txt"]), str(DOC["b%202.txt"])}
    b = ds.graph(URIRef(DOC["b%202.txt"]))
    assert len(set(b.subjects(RDF.type, DG.StanceMention))) == 3
    assert (URIRef(DOC["b%202.txt"]), DCTERMS.date, Literal("2020-10-05", datatype=XSD.date)) in b


def test_mentions_carry_evidence_provenance_and_the_person_behind_the_party(small_build):
    ds = _parsed(small_build)
    a = ds.graph(URIRef(DOC["a.txt"]))
    m = URIRef(f"{DOC['a.txt']}/mention/1")
    assert a.value(m, DG.relation) == REL.support
    assert a.value(m, DG.source) == ACTOR["person/recep-tayyip-erdogan"]
    assert a.value(m, DG.sourceParty) == ACTOR.TUR
    assert str(a.value(m, DG.evidence)) == "TUR support AZE."
    assert a.value(m, PROV.wasDerivedFrom) == URIRef(DOC["a.txt"])
    assert float(a.value(m, DG.confidence)) == pytest.approx(0.9)
    assert a.value(m, DG.sign).toPython() == 1


def test_default_graph_holds_actors_roles_clusters_and_the_stance_network(small_build):
    ds = _parsed(small_build)
    d = ds.default_graph
    assert (ACTOR.TUR, DG.supports, ACTOR.AZE) in d
    assert (ACTOR.TUR, DG.cooperativeToward, ACTOR.AZE) in d
    assert (ACTOR.FRA, DG.opposes, ACTOR.TUR) in d
    assert (ACTOR.RUS, DG.mediatesFor, ACTOR.ARM) in d
    erdogan = ACTOR["person/recep-tayyip-erdogan"]
    assert (erdogan, RDF.type, DG.Person) in d
    assert any(d.value(r, DG.actsFor) == ACTOR.TUR for r in d.objects(erdogan, DG.hasRole))
    assert (ACTOR.TUR, URIRef("http://www.w3.org/2002/07/owl#sameAs"), URIRef("http://www.wikidata.org/entity/Q43")) in d
    # the two reports of TUR support AZE three days apart are one clustered event with two mentions
    clusters = [c for c in d.subjects(RDF.type, DG.StanceEvent) if d.value(c, DG.relation) == REL.support]
    assert len(clusters) == 1
    assert d.value(clusters[0], DG.mentionCount).toPython() == 2
    assert d.value(clusters[0], DG.documentCount).toPython() == 2


def test_same_input_same_bytes_in_every_format(small_build):
    for fmt in FORMATS:
        assert to_bytes(build_dataset(*small_build), fmt) == to_bytes(build_dataset(*small_build), fmt)


@pytest.mark.parametrize("fmt", ["trig", "nquads", "json-ld"])
def test_formats_with_graphs_hold_the_same_quads(small_build, fmt):
    reference = set(ox.parse(to_bytes(build_dataset(*small_build), "nquads"), ox.RdfFormat.N_QUADS))
    ox_format = FORMATS[fmt][0]
    assert set(ox.parse(to_bytes(build_dataset(*small_build), fmt), ox_format)) == reference


def test_turtle_is_the_union_of_the_graphs(small_build):
    quads = set(ox.parse(to_bytes(build_dataset(*small_build), "nquads"), ox.RdfFormat.N_QUADS))
    triples = set(ox.parse(to_bytes(build_dataset(*small_build), "turtle"), ox.RdfFormat.TURTLE))
    assert {q.triple for q in quads} == {t.triple if hasattr(t, "triple") else t for t in triples}


def test_round_trip_gives_the_same_events(small_build, tmp_path):
    docs, events = small_build
    path = write_dataset(build_dataset(docs, events), tmp_path / "g.trig")
    back = list(events_from_dataset(load_graph(path)))
    key = lambda e: (e.doc, e.start, e.source, e.relation, e.target, e.source_id, e.date, e.sentence, e.source_actor)
    assert sorted(map(key, back)) == sorted(map(key, events))


def test_hostile_identifiers_stay_inside_their_iri(small_build):
    docs, events = small_build
    events[0].doc = docs[0].id = "<script>alert(1)</script> x.txt"
    quads = list(ox.parse(to_bytes(build_dataset(docs, events), "nquads"), ox.RdfFormat.N_QUADS))
    iris = {t.value for q in quads for t in (q.subject, q.object, q.graph_name) if isinstance(t, ox.NamedNode)}
    assert str(DOC["%3Cscript%3Ealert%281%29%3C%2Fscript%3E%20x.txt"]) in iris
    assert not any(c in iri for iri in iris for c in '<> "')


def test_clusters_name_their_mentions_by_stable_keys_not_object_identity(small_build):
    import copy

    from graph.events.cluster import cluster_events

    docs, events = small_build[0], small_build[1]
    clusters = cluster_events(copy.deepcopy(events))  # other Event objects with the same values
    tur = next(c for c in clusters if c.relation == "support")
    assert tur.mention_keys == [("a.txt", 1), ("b 2.txt", 1)]  # the n of each mention's IRI
    assert to_bytes(build_dataset(docs, events, clusters), "nquads") == to_bytes(build_dataset(docs, events), "nquads")
