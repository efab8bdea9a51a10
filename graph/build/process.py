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
    of actor mentions and of words (whitespace-separated, for progress and rates)."""

    doc_id: str
    events: list[Event] = field(default_factory=list)
    mentions: int = 0
    words: int = 0


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
        by_lang.setdefault(doc.language or "en", []).append(i)
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
