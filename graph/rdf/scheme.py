"""The 19 stance relations as a SKOS concept scheme and as direct object properties.

The relation table ``graph/data/relations.tsv`` is the one source; this module turns it into
RDF (``ontology/relations.ttl`` is this graph, written by ``scripts/make_relation_scheme.py``
and checked against it by the tests). Each relation is a ``skos:Concept`` with English and
French labels and definitions, its sign, Goldstein weight, PLOVER type and CAMEO code (as
``skos:closeMatch`` / ``skos:broadMatch`` mappings), and a direct property such as
``dg:supports`` that is a sub-property of ``dg:cooperativeToward`` or ``dg:opposes``.

Example
-------
>>> g = relation_scheme()
>>> from rdflib import RDFS
>>> (DG.condemns, RDFS.subPropertyOf, DG.opposes) in g
True
"""

from __future__ import annotations

import csv
from decimal import Decimal

from rdflib import OWL, RDF, RDFS, SKOS, Graph, Literal, URIRef

from ..model import NAMING_LANGUAGE

from ..relations import SYMMETRIC_RELATIONS, by_language, relations
from ..resources import data_path
from .namespace import CAMEO, DG, ONTOLOGY_IRI, PLOVER, PREFIXES, REL, direct_property


def relation_iri(name: str) -> URIRef:
    """IRI of a relation concept: ``relation_iri("support") == REL.support``."""
    return REL[name]


def relation_property(name: str) -> URIRef:
    """The direct object property of relation ``name`` (``"support"`` -> ``dg:supports``)."""
    return direct_property(relations()[name].labels[NAMING_LANGUAGE])


def scheme_labels() -> dict[str, dict[str, str]]:
    """Scheme key -> language -> label, from ``graph/data/schemes.tsv`` (``label_<lang>`` columns).

    >>> scheme_labels()["plover"]["en"]
    'PLOVER event types'
    """
    with open(data_path("schemes.tsv"), encoding="utf-8", newline="") as fh:
        return {row["scheme"]: by_language(row, "label_") for row in csv.DictReader(fh, delimiter="\t")}


def relation_scheme() -> Graph:
    """The concept scheme, the mapping targets and the direct properties as one graph."""
    g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    scheme = REL.scheme
    g.add((scheme, RDF.type, SKOS.ConceptScheme))
    g.add((scheme, RDFS.isDefinedBy, ONTOLOGY_IRI))
    labels = scheme_labels()
    for scheme_iri, key in ((scheme, "relations"), (PLOVER.scheme, "plover"), (CAMEO.scheme, "cameo")):
        if scheme_iri != scheme:
            g.add((scheme_iri, RDF.type, SKOS.ConceptScheme))
        for lang, label in labels[key].items():
            g.add((scheme_iri, SKOS.prefLabel, Literal(label, lang=lang)))
    for name, rel in relations().items():
        c = relation_iri(name)
        g.add((c, RDF.type, SKOS.Concept))
        g.add((c, RDF.type, DG.StanceRelation))
        g.add((c, SKOS.inScheme, scheme))
        g.add((c, SKOS.topConceptOf, scheme))
        g.add((c, SKOS.notation, Literal(name)))
        for lang, label in rel.labels.items():
            g.add((c, SKOS.prefLabel, Literal(label, lang=lang)))
        for lang, definition in rel.definitions.items():
            g.add((c, SKOS.definition, Literal(definition, lang=lang)))
        g.add((c, DG.sign, Literal(rel.sign_value)))
        g.add((c, DG.goldstein, Literal(Decimal(str(rel.goldstein)))))
        g.add((c, DG.ploverType, Literal(rel.plover)))
        g.add((c, DG.cameoCode, Literal(rel.cameo_code)))
        plover, root, code = PLOVER[rel.plover], CAMEO[rel.cameo_root], CAMEO[rel.cameo_code]
        g.add((c, SKOS.closeMatch, plover))
        g.add((c, SKOS.broadMatch, root))
        g.add((c, SKOS.closeMatch, code))
        for concept, scheme_iri, notation in ((plover, PLOVER.scheme, rel.plover), (root, CAMEO.scheme, rel.cameo_root),
                                              (code, CAMEO.scheme, rel.cameo_code)):
            g.add((concept, RDF.type, SKOS.Concept))
            g.add((concept, SKOS.inScheme, scheme_iri))
            g.add((concept, SKOS.notation, Literal(notation)))
        if code != root:
            g.add((code, SKOS.broader, root))
        prop = relation_property(name)
        g.add((c, DG.directProperty, prop))
        g.add((prop, RDF.type, OWL.ObjectProperty))
        if name in SYMMETRIC_RELATIONS:
            g.add((prop, RDF.type, OWL.SymmetricProperty))
        for lang, label in rel.labels.items():
            g.add((prop, RDFS.label, Literal(label, lang=lang)))
        g.add((prop, RDFS.subPropertyOf, DG.cooperativeToward if rel.sign_value > 0 else DG.opposes))
        g.add((prop, RDFS.domain, DG.Actor))
        g.add((prop, RDFS.range, DG.Actor))
        g.add((prop, RDFS.isDefinedBy, ONTOLOGY_IRI))
    return g
