"""Namespaces of the dipgraph graph, with the ontology's terms declared strictly.

:class:`DG` is an rdflib :class:`~rdflib.namespace.DefinedNamespace`: using a term the
ontology does not define (``DG.suports``) raises at once instead of writing a wrong IRI.
``tests/rdf/test_ontology.py`` checks that the terms listed here are exactly those that
``ontology/dipgraph.ttl`` and ``ontology/relations.ttl`` define.

Example
-------
>>> str(DG.StanceEvent)
'https://w3id.org/dipgraph/ontology#StanceEvent'
>>> DG.suports
Traceback (most recent call last):
...
AttributeError: term 'suports' not in namespace 'https://w3id.org/dipgraph/ontology#'
"""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

BASE = "https://w3id.org/dipgraph/"

#: Actors: ``ACTOR["RUS"]``, ``ACTOR["person/vladimir-putin"]``.
ACTOR = Namespace(BASE + "actor/")
#: Documents, each also the name of the graph that holds its mentions.
DOC = Namespace(BASE + "doc/")
#: Clustered stance events.
EVENT = Namespace(BASE + "event/")
#: The 19 stance relations as SKOS concepts (``REL.support``) and their scheme (``REL.scheme``).
REL = Namespace(BASE + "relation/")
#: PLOVER event types and CAMEO codes as SKOS concepts the relations map to.
PLOVER = Namespace(BASE + "plover/")
CAMEO = Namespace(BASE + "cameo/")
WD = Namespace("http://www.wikidata.org/entity/")
SCHEMA = Namespace("https://schema.org/")
ONTOLOGY_IRI = URIRef(BASE + "ontology")
#: The software agent recorded in provenance.
SOFTWARE = URIRef(BASE + "software/dipgraph")


class DG(DefinedNamespace):
    """Terms of the dipgraph ontology (``ontology/dipgraph.ttl`` and ``relations.ttl``)."""

    _NS = Namespace(BASE + "ontology#")
    _fail = True

    # classes
    Actor: URIRef
    State: URIRef
    Person: URIRef
    InternationalOrganisation: URIRef
    GovernmentBody: URIRef
    ArmedGroup: URIRef
    DeFactoAuthority: URIRef
    Media: URIRef
    UnknownActor: URIRef
    Role: URIRef
    Document: URIRef
    Extraction: URIRef
    Stance: URIRef
    StanceMention: URIRef
    StanceEvent: URIRef
    StanceRelation: URIRef
    # actors and roles
    code: URIRef
    sector: URIRef
    partOf: URIRef
    holder: URIRef
    actsFor: URIRef
    roleType: URIRef
    hasRole: URIRef
    startDate: URIRef
    endDate: URIRef
    # documents
    textLength: URIRef
    # stances
    source: URIRef
    target: URIRef
    sourceParty: URIRef
    targetParty: URIRef
    sourceName: URIRef
    targetName: URIRef
    relation: URIRef
    evidence: URIRef
    trigger: URIRef
    startOffset: URIRef
    endOffset: URIRef
    confidence: URIRef
    sign: URIRef
    goldstein: URIRef
    location: URIRef
    hasMention: URIRef
    mentionCount: URIRef
    documentCount: URIRef
    firstDate: URIRef
    lastDate: URIRef
    # relation scheme
    ploverType: URIRef
    cameoCode: URIRef
    directProperty: URIRef
    stanceToward: URIRef
    cooperativeToward: URIRef
    opposes: URIRef
    # direct stance properties (relations.ttl)
    supports: URIRef
    mediatesFor: URIRef
    meets: URIRef
    agreesWith: URIRef
    cooperatesWith: URIRef
    aids: URIRef
    concedesTo: URIRef
    retreatsFrom: URIRef
    appealsTo: URIRef
    demandsOf: URIRef
    condemns: URIRef
    accuses: URIRef
    rejects: URIRef
    threatens: URIRef
    protestsAgainst: URIRef
    sanctions: URIRef
    mobilizesAgainst: URIRef
    coerces: URIRef
    attacks: URIRef


#: Prefixes written in Turtle/TriG output and known to saved queries.
PREFIXES = {
    "dg": str(DG._NS),
    "actor": str(ACTOR),
    "doc": str(DOC),
    "event": str(EVENT),
    "rel": str(REL),
    "plover": str(PLOVER),
    "cameo": str(CAMEO),
    "wd": str(WD),
    "schema": str(SCHEMA),
    "prov": "http://www.w3.org/ns/prov#",
    "dcterms": "http://purl.org/dc/terms/",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}


def direct_property(label_en: str) -> URIRef:
    """The direct object property of a relation, from its English label.

    >>> direct_property("mediates for")
    rdflib.term.URIRef('https://w3id.org/dipgraph/ontology#mediatesFor')
    """
    head, *rest = label_en.split()
    return DG[head + "".join(w.capitalize() for w in rest)]
