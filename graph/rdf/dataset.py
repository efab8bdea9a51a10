"""Documents, event mentions and clustered events as an RDF dataset (rdflib).

Layout (see ``docs/rdf.md``):

- one **named graph per document**, named by the document's IRI, holding the document's
  metadata (Dublin Core) and its stance mentions (``dg:StanceMention``) with their evidence,
  offsets, confidence, date and PROV-O provenance (``prov:wasDerivedFrom`` the document,
  ``prov:wasGeneratedBy`` the extraction);
- the **default graph** holding the actors that take part (types, ``@en``/``@fr`` labels,
  codes, sectors, Wikidata ``owl:sameAs``, dated roles), the clustered events
  (``dg:StanceEvent`` with their mentions and counts), and the stance network itself as direct
  triples between the parties (``actor:TUR dg:supports actor:AZE``) together with their
  super-properties ``dg:cooperativeToward`` / ``dg:opposes`` (the OWL RL entailment of
  ``rdfs:subPropertyOf``, materialised so "who opposes whom" is a one-line query).

Example
-------
>>> from graph.model import Document, Event
>>> e = Event(doc="a.txt", source="TUR", relation="support", target="AZE", source_actor="Turkey",
...           target_actor="Azerbaijan", sentence="Turkey backs Azerbaijan.", start=0, end=24,
...           trigger="backs", confidence=0.9, language="en", source_id="TUR", target_id="AZE")
>>> ds = build_dataset([Document(id="a.txt", text="", language="en")], [e])
>>> from graph.rdf.namespace import ACTOR, DG
>>> (ACTOR.TUR, DG.opposes, ACTOR.AZE) in ds, (ACTOR.TUR, DG.supports, ACTOR.AZE) in ds
(False, True)
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Iterable

from rdflib import OWL, RDF, RDFS, SKOS, XSD, Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV

from .. import __version__
from ..actors.kb import KnowledgeBase, load_kb
from ..events.cluster import EventCluster, cluster_events
from ..model import SYMMETRIC_RELATIONS, Document, Event, relations
from .iris import actor_iri, doc_iri, event_iri, mention_iri
from .namespace import BASE, DG, PREFIXES, SCHEMA, SOFTWARE, WD
from .scheme import relation_iri, relation_property

#: The extraction activity of this version of dipgraph (no timestamp: builds stay byte-identical).
EXTRACTION = URIRef(f"{BASE}activity/extraction/{__version__}")

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_TYPES = {"State", "Person", "InternationalOrganisation", "GovernmentBody", "ArmedGroup",
          "DeFactoAuthority", "Media"}


def date_literal(value: str | None) -> Literal | None:
    """An ``xsd:date`` literal for an ISO date (time part dropped), else ``None``.

    >>> date_literal("2020-10-02T10:00:00")
    rdflib.term.Literal('2020-10-02', datatype=rdflib.term.URIRef('http://www.w3.org/2001/XMLSchema#date'))
    """
    if value and _DATE.match(value[:10]):
        return Literal(value[:10], datatype=XSD.date)
    return None


def _decimal(value: float, places: int = 3) -> Literal:
    return Literal(Decimal(f"{float(value):.{places}f}"), datatype=XSD.decimal)


class _Builder:
    """Adds actors once each, from the knowledge base when it knows them."""

    def __init__(self, ds: Dataset, kb: KnowledgeBase) -> None:
        self.ds, self.kb = ds, kb
        self.default = ds.default_graph
        self.seen: set[str] = set()

    def party(self, code: str) -> URIRef:
        """The actor a roll-up code stands for (``UN`` -> ``actor:org/un``)."""
        actor_id = self.kb.actor_for_code(code) or code
        return self.actor(actor_id, code=code, name=code)

    def actor(self, actor_id: str, *, code: str | None = None, name: str = "") -> URIRef:
        iri = actor_iri(actor_id)
        if actor_id in self.seen:
            return iri
        self.seen.add(actor_id)
        g, known = self.default, self.kb.get(actor_id)
        if known is None:
            kind = "Person" if actor_id.startswith("person/") else "UnknownActor"
            g.add((iri, RDF.type, DG[kind]))
            g.add((iri, RDFS.label, Literal(name or actor_id)))
            if code:
                g.add((iri, DG.code, Literal(code)))
            return iri
        g.add((iri, RDF.type, DG[known.type] if known.type in _TYPES else DG.UnknownActor))
        for lang, names in sorted(self.kb.labels(actor_id).items()):
            if names:
                g.add((iri, RDFS.label, Literal(names[0], lang=lang)))
                for other in names[1:]:
                    g.add((iri, SKOS.altLabel, Literal(other, lang=lang)))
        if known.code:
            g.add((iri, DG.code, Literal(known.code)))
        if known.sector:
            g.add((iri, DG.sector, Literal(known.sector)))
        if known.wikidata:
            g.add((iri, OWL.sameAs, WD[known.wikidata]))
        for n, role in enumerate(self.kb.roles(actor_id), 1):
            r = URIRef(f"{iri}/role/{n}")
            g.add((r, RDF.type, DG.Role))
            g.add((r, DG.holder, iri))
            g.add((iri, DG.hasRole, r))
            g.add((r, DG.actsFor, self.actor(role.actor)))
            g.add((r, DG.roleType, Literal(role.role)))
            for prop, value in ((DG.startDate, role.start), (DG.endDate, role.end)):
                if (lit := date_literal(value)) is not None:
                    g.add((r, prop, lit))
        return iri


def _add_document(ds: Dataset, doc: Document) -> Graph:
    iri = doc_iri(doc.id)
    g = ds.graph(iri)
    g.add((iri, RDF.type, DG.Document))
    g.add((iri, DCTERMS.identifier, Literal(doc.id)))
    for prop, value in ((DCTERMS.title, doc.title), (DCTERMS.language, doc.language),
                        (DCTERMS.publisher, doc.source)):
        if value:
            g.add((iri, prop, Literal(value)))
    if (lit := date_literal(doc.date)) is not None:
        g.add((iri, DCTERMS.date, lit))
    if doc.url:
        g.add((iri, SCHEMA.url, Literal(doc.url, datatype=XSD.anyURI)))
    length = doc.meta.get("text_length", len(doc.text)) if doc.meta else len(doc.text)
    g.add((iri, DG.textLength, Literal(int(length))))
    return g


def _add_mention(g: Graph, b: _Builder, e: Event, iri: URIRef) -> None:
    rel = relations()[e.relation]
    g.add((iri, RDF.type, DG.StanceMention))
    g.add((iri, DG.source, b.actor(e.source_id, code=e.source, name=e.source_actor) if e.source_id else b.party(e.source)))
    g.add((iri, DG.target, b.actor(e.target_id, code=e.target, name=e.target_actor) if e.target_id else b.party(e.target)))
    g.add((iri, DG.sourceParty, b.party(e.source)))
    g.add((iri, DG.targetParty, b.party(e.target)))
    g.add((iri, DG.sourceName, Literal(e.source_actor)))
    g.add((iri, DG.targetName, Literal(e.target_actor)))
    g.add((iri, DG.relation, relation_iri(e.relation)))
    g.add((iri, DG.sign, Literal(rel.sign_value)))
    g.add((iri, DG.goldstein, _decimal(rel.goldstein, 1)))
    g.add((iri, DG.evidence, Literal(e.sentence)))
    g.add((iri, DG.trigger, Literal(e.trigger)))
    g.add((iri, DG.startOffset, Literal(int(e.start))))
    g.add((iri, DG.endOffset, Literal(int(e.end))))
    g.add((iri, DG.confidence, _decimal(e.confidence)))
    g.add((iri, DCTERMS.language, Literal(e.language)))
    if (lit := date_literal(e.date)) is not None:
        g.add((iri, DCTERMS.date, lit))
    if e.location:
        g.add((iri, DG.location, Literal(e.location)))
    g.add((iri, PROV.wasDerivedFrom, doc_iri(e.doc)))
    g.add((iri, PROV.wasGeneratedBy, EXTRACTION))


def _add_cluster(b: _Builder, c: EventCluster, mention_of: dict[int, URIRef]) -> None:
    g, iri, rel = b.default, event_iri(c.id), relations()[c.relation]
    source, target = b.party(c.source), b.party(c.target)
    g.add((iri, RDF.type, DG.StanceEvent))
    g.add((iri, DG.source, source))
    g.add((iri, DG.target, target))
    g.add((iri, DG.sourceParty, source))
    g.add((iri, DG.targetParty, target))
    g.add((iri, DG.relation, relation_iri(c.relation)))
    g.add((iri, DG.sign, Literal(rel.sign_value)))
    g.add((iri, DG.mentionCount, Literal(c.n_mentions)))
    g.add((iri, DG.documentCount, Literal(c.n_documents)))
    for prop, value in ((DG.firstDate, c.first_date), (DG.lastDate, c.last_date)):
        if (lit := date_literal(value)) is not None:
            g.add((iri, prop, lit))
    for m in c.mentions:
        g.add((iri, DG.hasMention, mention_of[id(m)]))
    prop = relation_property(c.relation)
    sup = DG.cooperativeToward if rel.sign_value > 0 else DG.opposes
    pairs = [(source, target)] + ([(target, source)] if c.relation in SYMMETRIC_RELATIONS else [])
    for s, t in pairs:
        g.add((s, prop, t))
        g.add((s, sup, t))
        g.add((s, DG.stanceToward, t))


def build_dataset(documents: Iterable[Document], events: list[Event],
                  clusters: list[EventCluster] | None = None, *, kb: KnowledgeBase | None = None) -> Dataset:
    """The RDF dataset of a build: one named graph per document, actors and events by default.

    ``clusters`` defaults to :func:`graph.events.cluster.cluster_events` of ``events``; they must
    be made of the same :class:`Event` objects. Mentions are numbered per document in the
    order of ``events``.
    """
    ds = Dataset()
    for prefix, ns in PREFIXES.items():
        ds.bind(prefix, ns)
    b = _Builder(ds, kb or load_kb())
    graphs = {doc.id: _add_document(ds, doc) for doc in documents}
    mention_of: dict[int, URIRef] = {}
    counts: dict[str, int] = {}
    for e in events:
        if e.doc not in graphs:  # an event of a document not given: describe it minimally
            graphs[e.doc] = _add_document(ds, Document(id=e.doc, text="", language=e.language, title=e.title))
        counts[e.doc] = counts.get(e.doc, 0) + 1
        mention_of[id(e)] = iri = mention_iri(e.doc, counts[e.doc])
        _add_mention(graphs[e.doc], b, e, iri)
    for c in clusters if clusters is not None else cluster_events(events):
        _add_cluster(b, c, mention_of)
    d = b.default
    d.add((EXTRACTION, RDF.type, DG.Extraction))
    d.add((EXTRACTION, RDF.type, PROV.Activity))
    d.add((EXTRACTION, PROV.wasAssociatedWith, SOFTWARE))
    d.add((SOFTWARE, RDF.type, PROV.SoftwareAgent))
    d.add((SOFTWARE, RDFS.label, Literal(f"dipgraph {__version__}")))
    return ds
