"""Documents, event mentions and clustered events as RDF quads (pyoxigraph terms).

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

The quads are made with pyoxigraph terms, one document at a time
(:func:`document_quads`), so a build can serialise each document's named graph as soon as its
events are known, and the default graph at the end (:func:`default_quads`) from the light event
records. The actors a mention points at (and the party each code stands for) come from the
event rows' :class:`~graph.model.ActorRecord` records, resolved once by the events stage; the
knowledge base only describes those actors in the default graph (labels in every language,
dated roles, Wikidata). :func:`build_dataset` puts both into an rdflib :class:`~rdflib.Dataset` for code that
wants one (tests, export of a small graph).

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
from functools import lru_cache
from typing import Iterable, Iterator

import pyoxigraph as ox
from rdflib import OWL, RDF, RDFS, SKOS, XSD, Dataset, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV

from .. import __version__
from ..actors.kb import KnowledgeBase, load_kb
from ..events.cluster import EventCluster, cluster_events
from ..events.records import with_actor_records
from ..model import Document, Event
from ..relations import SYMMETRIC_RELATIONS, relations
from .iris import actor_iri, doc_iri, event_iri, mention_iri
from .namespace import BASE, DG, PREFIXES, SCHEMA, SOFTWARE, WD
from .scheme import relation_iri, relation_property

#: The extraction activity of this version of dipgraph (no timestamp: builds stay byte-identical).
EXTRACTION = URIRef(f"{BASE}activity/extraction/{__version__}")

_XSD_STRING = str(XSD.string)
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_TYPES = {"State", "Person", "InternationalOrganisation", "GovernmentBody", "ArmedGroup",
          "DeFactoAuthority", "Media"}


@lru_cache(maxsize=4096)
def _n(iri: str) -> ox.NamedNode:
    """The pyoxigraph IRI of an rdflib IRI (or string), cached: the same few hundred recur."""
    return ox.NamedNode(str(iri))


def _lit(value: object, datatype=None) -> ox.Literal:
    """A typed literal as rdflib would write it (``int`` -> ``xsd:integer``, ``str`` -> plain)."""
    if datatype is None and isinstance(value, int):
        datatype = XSD.integer
    return ox.Literal(str(value), datatype=_n(datatype)) if datatype is not None else ox.Literal(str(value))


def date_literal(value: str | None) -> Literal | None:
    """An ``xsd:date`` literal for an ISO date (time part dropped), else ``None``.

    >>> date_literal("2020-10-02T10:00:00")
    rdflib.term.Literal('2020-10-02', datatype=rdflib.term.URIRef('http://www.w3.org/2001/XMLSchema#date'))
    """
    if value and _DATE.match(value[:10]):
        return Literal(value[:10], datatype=XSD.date)
    return None


def _date(value: str | None) -> ox.Literal | None:
    return _lit(value[:10], XSD.date) if value and _DATE.match(value[:10]) else None


def _decimal(value: float, places: int = 3) -> ox.Literal:
    return _lit(Decimal(f"{float(value):.{places}f}"), XSD.decimal)


class _Default:
    """The default graph: actors (once each, from the knowledge base when it knows them),
    clustered events and the stance network."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.triples: set[tuple] = set()
        self.seen: set[str] = set()
        #: roll-up code -> the actor it stands for, from the events' party records
        self.party_of: dict[str, str] = {}

    def add(self, s, p, o) -> None:
        """Add one triple to the default graph."""
        self.triples.add((s, p, o))

    def party(self, code: str) -> ox.NamedNode:
        """The actor a roll-up code stands for (``UN`` -> ``actor:org/un``), as the events resolved it."""
        return self.actor(self.party_of.get(code, code), code=code, name=code)

    def actor(self, actor_id: str, *, code: str | None = None, name: str = "") -> ox.NamedNode:
        """The IRI of ``actor_id``, describing the actor (type, labels, code, roles) the first
        time it is seen; an actor the base does not know gets ``name`` as its label."""
        iri = _n(actor_iri(actor_id))
        if actor_id in self.seen:
            return iri
        self.seen.add(actor_id)
        add, known = self.add, self.kb.get(actor_id)
        if known is None:
            kind = "Person" if actor_id.startswith("person/") else "UnknownActor"
            add(iri, _n(RDF.type), _n(DG[kind]))
            add(iri, _n(RDFS.label), _lit(name or actor_id))
            if code:
                add(iri, _n(DG.code), _lit(code))
            return iri
        add(iri, _n(RDF.type), _n(DG[known.type] if known.type in _TYPES else DG.UnknownActor))
        for lang, names in sorted(self.kb.labels(actor_id).items()):
            if names:
                add(iri, _n(RDFS.label), ox.Literal(names[0], language=lang))
                for other in names[1:]:
                    add(iri, _n(SKOS.altLabel), ox.Literal(other, language=lang))
        for prop, value in ((DG.code, known.code), (DG.sector, known.sector)):
            if value:
                add(iri, _n(prop), _lit(value))
        if known.wikidata:
            add(iri, _n(OWL.sameAs), _n(WD[known.wikidata]))
        for n, role in enumerate(self.kb.roles(actor_id), 1):
            r = ox.NamedNode(f"{iri.value}/role/{n}")
            add(r, _n(RDF.type), _n(DG.Role))
            add(r, _n(DG.holder), iri)
            add(iri, _n(DG.hasRole), r)
            add(r, _n(DG.actsFor), self.actor(role.actor))
            add(r, _n(DG.roleType), _lit(role.role))
            for prop, value in ((DG.startDate, role.start), (DG.endDate, role.end)):
                if (lit := _date(value)) is not None:
                    add(r, _n(prop), lit)
        return iri

    def mention_actors(self, e: Event) -> None:
        """Describe the actors a mention names (its graph only points at them)."""
        for actor_id, code, name, party in ((e.source_id, e.source, e.source_actor, e.source_party),
                                            (e.target_id, e.target, e.target_actor, e.target_party)):
            if actor_id:
                self.actor(actor_id, code=code, name=name)
            self.party_of.setdefault(code, party.id)
            self.party(code)

    def cluster(self, c: EventCluster) -> None:
        """Describe the stance event of cluster ``c``: parties, relation, dates, its mentions."""
        add, iri, rel = self.add, _n(event_iri(c.id)), relations()[c.relation]
        source, target = self.party(c.source), self.party(c.target)
        add(iri, _n(RDF.type), _n(DG.StanceEvent))
        for prop, value in ((DG.source, source), (DG.target, target), (DG.sourceParty, source),
                            (DG.targetParty, target), (DG.relation, _n(relation_iri(c.relation))),
                            (DG.sign, _lit(rel.sign_value)), (DG.mentionCount, _lit(c.n_mentions)),
                            (DG.documentCount, _lit(c.n_documents))):
            add(iri, _n(prop), value)
        for prop, value in ((DG.firstDate, c.first_date), (DG.lastDate, c.last_date)):
            if (lit := _date(value)) is not None:
                add(iri, _n(prop), lit)
        for doc, n in c.mention_keys:
            add(iri, _n(DG.hasMention), _n(mention_iri(doc, n)))
        prop = _n(relation_property(c.relation))
        sup = _n(DG.cooperativeToward if rel.sign_value > 0 else DG.opposes)
        pairs = [(source, target)] + ([(target, source)] if c.relation in SYMMETRIC_RELATIONS else [])
        for s, t in pairs:
            add(s, prop, t)
            add(s, sup, t)
            add(s, _n(DG.stanceToward), t)


def _mention(add, e: Event, iri: ox.NamedNode) -> None:
    rel = relations()[e.relation]
    source_party, target_party = _n(actor_iri(e.source_party.id)), _n(actor_iri(e.target_party.id))
    source = _n(actor_iri(e.source_id)) if e.source_id else source_party
    target = _n(actor_iri(e.target_id)) if e.target_id else target_party
    for prop, value in (
        (RDF.type, _n(DG.StanceMention)), (DG.source, source), (DG.target, target),
        (DG.sourceParty, source_party), (DG.targetParty, target_party),
        (DG.sourceName, _lit(e.source_actor)), (DG.targetName, _lit(e.target_actor)),
        (DG.relation, _n(relation_iri(e.relation))), (DG.sign, _lit(rel.sign_value)),
        (DG.goldstein, _decimal(rel.goldstein, 1)), (DG.evidence, _lit(e.sentence)),
        (DG.trigger, _lit(e.trigger)), (DG.startOffset, _lit(int(e.start))),
        (DG.endOffset, _lit(int(e.end))), (DG.confidence, _decimal(e.confidence)),
        (DCTERMS.language, _lit(e.language)), (PROV.wasDerivedFrom, _n(doc_iri(e.doc))),
        (PROV.wasGeneratedBy, _n(EXTRACTION)),
    ):
        add(iri, _n(prop), value)
    if (lit := _date(e.date)) is not None:
        add(iri, _n(DCTERMS.date), lit)
    if e.location:
        add(iri, _n(DG.location), _lit(e.location))


def document_quads(doc: Document, events: Iterable[Event], *, kb: KnowledgeBase | None = None) -> list[ox.Quad]:
    """The named graph of one document, sorted: its metadata and its stance mentions, numbered
    in the order of ``events`` (which must all be this document's).

    >>> from graph.model import Document
    >>> quads = document_quads(Document(id="a", text="xy"), [])
    >>> len(quads), quads[0].graph_name.value, quads[-1].object.value  # identifier, type, length
    (3, 'https://w3id.org/dipgraph/doc/a', '2')
    """
    events = with_actor_records(events, kb)  # the knowledge base only for rows without records
    iri = _n(doc_iri(doc.id))
    triples: set[tuple] = set()
    add = lambda s, p, o: triples.add((s, p, o))  # noqa: E731
    add(iri, _n(RDF.type), _n(DG.Document))
    add(iri, _n(DCTERMS.identifier), _lit(doc.id))
    for prop, value in ((DCTERMS.title, doc.title), (DCTERMS.language, doc.language), (DCTERMS.publisher, doc.source)):
        if value:
            add(iri, _n(prop), _lit(value))
    if (lit := _date(doc.date)) is not None:
        add(iri, _n(DCTERMS.date), lit)
    if doc.url:
        add(iri, _n(SCHEMA.url), _lit(doc.url, XSD.anyURI))
    length = doc.meta.get("text_length", len(doc.text)) if doc.meta else len(doc.text)
    add(iri, _n(DG.textLength), _lit(int(length)))
    for n, e in enumerate(events, 1):
        _mention(add, e, _n(mention_iri(doc.id, n)))
    return sorted((ox.Quad(s, p, o, iri) for s, p, o in triples), key=_triple_key)


def _triple_key(q: ox.Quad) -> tuple[str, str, str]:
    return str(q.subject), str(q.predicate), str(q.object)


def default_quads(events: list[Event], clusters: list[EventCluster] | None = None, *,
                  kb: KnowledgeBase | None = None) -> list[ox.Quad]:
    """The default graph, sorted: every actor the mentions name, the clustered events (clustered
    from the same list ``events``: they name their mentions by stable keys, see
    :data:`graph.events.cluster.MentionKey`), the stance network and the provenance."""
    kb = kb or load_kb()
    d = _Default(kb)
    for e in with_actor_records(events, kb):
        d.mention_actors(e)
    for c in clusters if clusters is not None else cluster_events(events):
        d.cluster(c)
    ext, sw = _n(EXTRACTION), _n(SOFTWARE)
    for s, p, o in ((ext, RDF.type, DG.Extraction), (ext, RDF.type, PROV.Activity),
                    (ext, PROV.wasAssociatedWith, sw), (sw, RDF.type, PROV.SoftwareAgent)):
        d.add(s, _n(p), o if isinstance(o, ox.NamedNode) else _n(o))
    d.add(sw, _n(RDFS.label), _lit(f"dipgraph {__version__}"))
    return sorted((ox.Quad(s, p, o, ox.DefaultGraph()) for s, p, o in d.triples), key=_triple_key)


def dataset_quads(documents: Iterable[Document], events: list[Event],
                  clusters: list[EventCluster] | None = None, *, kb: KnowledgeBase | None = None) -> Iterator[ox.Quad]:
    """Every quad of a build: the default graph, then each document's named graph.

    An event of a document not given gets a minimal description of its document.
    """
    kb = kb or load_kb()
    yield from default_quads(events, clusters, kb=kb)
    by_doc: dict[str, list[Event]] = {}
    for e in events:
        by_doc.setdefault(e.doc, []).append(e)
    docs = {d.id: d for d in documents}
    for e in events:
        docs.setdefault(e.doc, Document(id=e.doc, text="", language=e.language, title=e.title))
    for doc in docs.values():
        yield from document_quads(doc, by_doc.get(doc.id, []), kb=kb)


def build_dataset(documents: Iterable[Document], events: list[Event],
                  clusters: list[EventCluster] | None = None, *, kb: KnowledgeBase | None = None) -> Dataset:
    """The RDF dataset of a build as an rdflib Dataset (see :func:`dataset_quads`).

    ``clusters`` defaults to :func:`graph.events.cluster.cluster_events` of ``events``; they must
    be clustered from the same list, in the same order. Mentions are numbered per document in
    the order of ``events`` (the keys the clusters name them by).
    """
    from .serialize import from_ox_term

    def term(t):  # plain strings stay plain rdflib literals, as rdflib itself makes them
        if isinstance(t, ox.Literal) and t.datatype.value == _XSD_STRING and not t.language:
            return Literal(t.value)
        return from_ox_term(t)

    ds = Dataset()
    for prefix, ns in PREFIXES.items():
        ds.bind(prefix, ns)
    for q in dataset_quads(documents, events, clusters, kb=kb):
        g = ds.default_graph if isinstance(q.graph_name, ox.DefaultGraph) else ds.graph(from_ox_term(q.graph_name))
        g.add((term(q.subject), term(q.predicate), term(q.object)))
    return ds
