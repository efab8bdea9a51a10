"""The ontology: strict namespace, relation scheme in step with the relation table, OWL RL."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import owlrl
import rdflib
from rdflib import OWL, RDF, RDFS, SKOS, Graph, URIRef

from graph.relations import relations
from graph.rdf.dataset import build_dataset
from graph.rdf.namespace import ACTOR, DG, REL
from graph.rdf.ontology import ontology_graph
from graph.resources import ontology_path

ROOT = Path(__file__).resolve().parents[2]
TERM_TYPES = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)


def _parsed_ontology() -> Graph:
    g = Graph()
    for name in ("dipgraph.ttl", "relations.ttl"):
        g.parse(ROOT / "ontology" / name, format="turtle")
    return g


def test_namespace_terms_are_exactly_the_ontology_terms():
    g = _parsed_ontology()
    ns = str(DG._NS)
    defined = {str(s)[len(ns):] for t in TERM_TYPES for s in g.subjects(RDF.type, t) if str(s).startswith(ns)}
    declared = set(DG.__annotations__)
    assert declared == defined


def test_relation_scheme_file_is_generated_from_the_relation_table():
    res = subprocess.run([sys.executable, str(ROOT / "scripts" / "make_relation_scheme.py"), "--check"],
                         capture_output=True, text=True)
    assert res.returncode == 0, res.stdout + res.stderr


def test_every_relation_is_a_concept_with_labels_definitions_and_mappings_in_both_languages():
    g = _parsed_ontology()
    concepts = set(g.subjects(SKOS.inScheme, REL.scheme))
    assert concepts == {REL[name] for name in relations()}
    assert len(concepts) == 19
    for c in concepts:
        for prop in (SKOS.prefLabel, SKOS.definition):
            assert {lit.language for lit in g.objects(c, prop)} == {"en", "fr"}, (c, prop)
        assert len(list(g.objects(c, SKOS.closeMatch))) == 2  # PLOVER type and CAMEO code
        assert len(list(g.objects(c, SKOS.broadMatch))) == 1  # CAMEO root


def test_direct_properties_fall_under_cooperative_or_opposing_by_sign():
    g = _parsed_ontology()
    # signs read from the guidelines' table (§3): + for the first nine relations, - for the rest
    positive = {"support", "mediate", "meet", "agree", "cooperate", "aid", "concede", "retreat", "appeal"}
    for name in relations():
        prop = g.value(REL[name], DG.directProperty)
        expected = DG.cooperativeToward if name in positive else DG.opposes
        assert (prop, RDFS.subPropertyOf, expected) in g, name


def test_owl_rl_reasoning_infers_who_opposes_whom():
    """Drop the materialised super-property triples; owlrl must infer them back from the ontology."""
    from graph.model import Event

    def ev(s, r, t):
        return Event(doc="d", source=s, relation=r, target=t, source_actor=s, target_actor=t, sentence="s.",
                     start=0, end=2, trigger=r, confidence=1.0, language="en", source_id=s, target_id=t)

    ds = build_dataset([], [ev("FRA", "condemn", "RUS"), ev("TUR", "support", "AZE"), ev("RUS", "attack", "UKR")])
    data = Graph()
    for s, p, o in ds.default_graph:
        if p not in (DG.opposes, DG.cooperativeToward, DG.stanceToward):
            data.add((s, p, o))
    closure = data + ontology_graph()
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(closure)
    # owl:sameAs spreads the pairs to the Wikidata IRIs too; compare on dipgraph's own actors
    opposing = {(s, o) for s, o in closure.subject_objects(DG.opposes) if s in ACTOR and o in ACTOR}
    assert opposing == {(ACTOR.FRA, ACTOR.RUS), (ACTOR.RUS, ACTOR.UKR)}
    assert set(ds.default_graph.subject_objects(DG.opposes)) == opposing


def test_ontology_declares_every_class_and_property_the_data_uses(built_corpus):
    ds = rdflib.Dataset()
    ds.parse(built_corpus / "graph.trig", format="trig")
    ont = ontology_graph()
    ns = str(DG._NS)
    used = {p for _, p, _, _ in ds.quads((None, None, None, None)) if str(p).startswith(ns)}
    used |= {o for _, _, o, _ in ds.quads((None, RDF.type, None, None)) if str(o).startswith(ns)}
    undeclared = {u for u in used if not any((u, RDF.type, t) in ont for t in TERM_TYPES)}
    assert not undeclared


def test_ontology_is_shipped_where_the_resolver_finds_it():
    assert ontology_path("dipgraph.ttl").is_file()
    assert len(list(ontology_path("queries").glob("*.rq"))) >= 8
    assert all(p.name.endswith("-violation.rq") for p in ontology_path("checks").glob("*.rq"))
    assert isinstance(URIRef(DG.StanceEvent), URIRef)
