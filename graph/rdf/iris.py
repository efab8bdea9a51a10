"""Deterministic IRIs for actors, documents, mentions and clustered events.

The same input always gives the same IRIs, so two builds give byte-identical TriG and a store
can replace a document's graph by name. Identifiers from the news (document ids, actor ids of
people the knowledge base does not know) are percent-encoded, so no text can break an IRI.

Example
-------
>>> str(doc_iri("report 1.txt"))
'https://w3id.org/dipgraph/doc/report%201.txt'
>>> str(actor_iri("person/vladimir-putin"))
'https://w3id.org/dipgraph/actor/person/vladimir-putin'
"""

from __future__ import annotations

from urllib.parse import quote, unquote

from rdflib import URIRef

from .namespace import ACTOR, DOC, EVENT


def _safe(text: str, keep: str = "") -> str:
    return quote(text, safe="-_.~" + keep)


def actor_iri(actor_id: str) -> URIRef:
    """IRI of an actor id of the knowledge base (``RUS``, ``org/un``, ``person/...``)."""
    return ACTOR[_safe(actor_id, "/")]


def doc_iri(doc_id: str) -> URIRef:
    """IRI of a document; it also names the graph that holds the document's mentions."""
    return DOC[_safe(doc_id)]


def mention_iri(doc_id: str, n: int) -> URIRef:
    """IRI of the ``n``-th (1-based) stance mention of a document."""
    return URIRef(f"{doc_iri(doc_id)}/mention/{n}")


def event_iri(cluster_id: str) -> URIRef:
    """IRI of a clustered stance event."""
    return EVENT[_safe(cluster_id)]


def actor_id_of(iri: str) -> str:
    """Inverse of :func:`actor_iri`.

    >>> actor_id_of(str(actor_iri("org/un")))
    'org/un'
    """
    return unquote(str(iri)[len(str(ACTOR)):])
