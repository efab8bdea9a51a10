"""The per-document work of a build: one plain, picklable function from documents to events.

:func:`process_documents` is the whole NLP part of ``dipgraph build`` (spaCy, actors, events)
for a list of documents, in whatever process calls it: the build's worker processes
(:mod:`graph.build.pool`) call it on each chunk they are given, and so can a Ray Data
``map_batches`` or any other engine. It loads the pipelines it needs once per process
(:func:`graph.nlp.load_pipeline` is cached), keeps no other state, and returns plain records,
so what it gets and gives crosses process and machine boundaries by pickling.

Example
-------
>>> from graph.model import Document
>>> [r] = process_documents([Document(id="a", text="France condemned Russia.", language="en")])  # doctest: +SKIP
>>> r.doc_id, [(e.source, e.relation, e.target) for e in r.events]  # doctest: +SKIP
('a', [('FRA', 'condemn', 'RUS')])
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping, Sequence

from ..ingest.chunks import chunk_text
from ..model import Document, Event

#: ``batch_size`` of ``nlp.pipe`` inside one call.
PIPE_BATCH = 8


@dataclass
class DocResult:
    """What the NLP part finds in one document: its event mentions, in text order, the number
    of actor mentions and of words (whitespace-separated, for progress and rates).

    When the build asks for them (:func:`serialise`), the document's outputs come ready to be
    written: ``rows``, its ``events.jsonl`` lines, and ``blocks``, its named graph ``graph``
    serialised in each of the build's RDF formats."""

    doc_id: str
    events: list[Event] = field(default_factory=list)
    mentions: int = 0
    words: int = 0
    rows: str = ""
    graph: str = ""
    blocks: tuple[bytes, ...] = ()


def document_meta(doc: Document) -> dict:
    """The ``Doc._.dg_meta`` of a document (what the components read)."""
    return {"id": doc.id, "date": doc.date, "language": doc.language, "title": doc.title}


def load_pipelines(languages, models: Mapping[str, str] | None = None) -> None:
    """Load the pipelines of ``languages`` in this process (before forking workers that share them)."""
    from ..nlp import load_pipeline

    for lang in sorted(languages):
        load_pipeline(lang, (models or {}).get(lang))


def process_documents(documents: Sequence[Document], models: Mapping[str, str] | None = None) -> list[DocResult]:
    """Run the NLP, actor and event stages on ``documents``; one :class:`DocResult` per document,
    in the order given.

    Documents are piped through their language's pipeline (``models`` maps a language to a
    spaCy pipeline name, as ``--model``; default: the best installed); a document without a
    language is taken as English. Texts over :data:`graph.ingest.chunks.CHUNK_CHARS` go through
    in paragraph-bounded pieces whose event offsets are shifted back into the whole text.
    Parsed ``Doc`` objects are dropped as soon as their events are read.
    """
    from ..nlp import load_pipeline
    from ..nlp.extensions import make_doc

    models = models or {}
    results = [DocResult(d.id, words=len(d.text.split())) for d in documents]
    by_lang: dict[str, list[int]] = {}
    for i, doc in enumerate(documents):
        by_lang.setdefault(doc.language, []).append(i)
    for lang, idxs in by_lang.items():
        nlp = load_pipeline(lang, models.get(lang))
        pieces = [(i, offset, part) for i in idxs for offset, part in chunk_text(documents[i].text)]
        docs = (make_doc(nlp, part, document_meta(documents[i])) for i, _, part in pieces)
        for (i, offset, _), sdoc in zip(pieces, nlp.pipe(docs, batch_size=PIPE_BATCH)):
            d, r = documents[i], results[i]
            for row in sdoc._.events or []:
                row = {**row, "start": row["start"] + offset, "end": row["end"] + offset}
                r.events.append(Event(doc=d.id, language=lang, title=d.title, **row))
            r.mentions += len(sdoc._.mentions or [])
    return results


def serialise(documents: Sequence[Document], results: list[DocResult], formats: Sequence[str]) -> list[DocResult]:
    """Fill each result's ``rows`` and ``blocks`` (one per RDF format of ``formats``, see
    :func:`graph.rdf.stream.graph_block`), so that a worker process, not the build's parent,
    serialises the documents; the bytes are those the parent would write. Returns ``results``."""
    from ..actors.kb import load_kb
    from ..io import dumps_row
    from ..rdf.dataset import document_quads
    from ..rdf.stream import graph_block

    kb = load_kb()
    for doc, res in zip(documents, results):
        res.rows = "".join(dumps_row(e.to_json()) + "\n" for e in res.events)
        quads = document_quads(light(doc), res.events, kb=kb)
        res.graph = str(quads[0].graph_name) if quads else ""
        res.blocks = tuple(graph_block(quads, fmt) for fmt in formats)
    return results


def work(documents: Sequence[Document], models: Mapping[str, str] | None = None,
         formats: Sequence[str] = ()) -> list[DocResult]:
    """:func:`process_documents`, then :func:`serialise` when ``formats`` are given: what a
    build's worker does with a chunk of documents."""
    results = process_documents(documents, models)
    return serialise(documents, results, formats) if formats else results


def light(doc: Document) -> Document:
    """A document's metadata and text length, not its text (what a build keeps once it is sent
    to be parsed)."""
    return Document(
        id=doc.id, text="", path=doc.path, language=doc.language, date=doc.date,
        title=doc.title, url=doc.url, source=doc.source, meta={"text_length": len(doc.text)},
    )
