"""``dipgraph build``: documents -> events -> RDF -> analysis -> HTML, as plain functions.

The CLI is a thin layer over :func:`build`. Each stage is a module of its own; this file only
wires them together, streams documents through ``nlp.pipe`` on every core asked for, and writes
every output atomically, in a stable order, so the same input gives byte-identical files.

Example
-------
>>> result = build(["examples/corpus"], "out")  # doctest: +SKIP
>>> result.summary()["documents"]  # doctest: +SKIP
10
"""

from __future__ import annotations

import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from .errors import InputError, NothingProcessed
from .ingest import read_documents
from .ingest.chunks import chunk_text
from .io import write_jsonl
from .model import Document, Event

#: Documents handed to ``nlp.pipe`` at a time (per language).
BATCH_SIZE = 64


@dataclass
class BuildResult:
    """What a build produced: documents, event mentions, skipped inputs and output paths."""

    documents: list[Document] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    skipped: list[InputError] = field(default_factory=list)
    outputs: dict[str, Path] = field(default_factory=dict)
    mentions: int = 0

    def summary(self) -> dict:
        """Counts for the terminal summary and ``report.json``."""
        actors = {e.source_id or e.source for e in self.events} | {e.target_id or e.target for e in self.events}
        stances = Counter((e.source, e.relation, e.target) for e in self.events)
        return {
            "documents": len(self.documents),
            "skipped": len(self.skipped),
            "actors": len(actors),
            "events": len(self.events),
            "by_relation": dict(sorted(Counter(e.relation for e in self.events).items())),
            "top_stances": [
                {"source": s, "relation": r, "target": t, "mentions": n}
                for (s, r, t), n in sorted(stances.items(), key=lambda kv: (-kv[1], kv[0]))[:10]
            ],
        }


def extract(
    documents: Iterable[Document],
    *,
    jobs: int = 1,
    models: dict[str, str] | None = None,
    progress: Callable[[Document], None] | None = None,
) -> Iterator[tuple[Document, list[Event], int]]:
    """Run the NLP, actor and event stages; yield ``(document, events, n_mentions)`` in input order.

    Documents are grouped in batches per language and piped through that language's pipeline
    with ``n_process=jobs``; parsed Docs are dropped as soon as their events are read, so memory
    stays flat however many documents stream through.
    """
    from .nlp import load_pipeline
    from .nlp.extensions import make_doc

    models = models or {}
    batch: list[Document] = []

    def flush(batch: list[Document]) -> Iterator[tuple[Document, list[Event], int]]:
        by_lang: dict[str, list[int]] = {}
        for i, doc in enumerate(batch):
            by_lang.setdefault(doc.language or "en", []).append(i)
        results: dict[int, tuple[list[Event], list[int]]] = {i: ([], [0]) for i in range(len(batch))}
        for lang, idxs in by_lang.items():
            nlp = load_pipeline(lang, models.get(lang))
            # long documents go through in paragraph-bounded pieces; offsets are shifted back
            pieces = [(i, offset, part) for i in idxs for offset, part in chunk_text(batch[i].text)]
            metas = (make_doc(nlp, part, _meta(batch[i])) for i, _, part in pieces)
            n_process = jobs if len(pieces) >= 2 * jobs and jobs > 1 else 1
            for (i, offset, _), sdoc in zip(pieces, nlp.pipe(metas, n_process=n_process, batch_size=8)):
                d = batch[i]
                for row in sdoc._.events or []:
                    row = {**row, "start": row["start"] + offset, "end": row["end"] + offset}
                    results[i][0].append(Event(doc=d.id, language=lang, title=d.title, **row))
                results[i][1][0] += len(sdoc._.mentions or [])
        for i, doc in enumerate(batch):
            if progress:
                progress(doc)
            yield doc, results[i][0], results[i][1][0]

    for doc in documents:
        batch.append(doc)
        if len(batch) >= BATCH_SIZE * max(jobs, 1):
            yield from flush(batch)
            batch = []
    if batch:
        yield from flush(batch)


def _meta(doc: Document) -> dict:
    return {"id": doc.id, "date": doc.date, "language": doc.language, "title": doc.title}


def build(
    inputs: Iterable[str | Path],
    out_dir: str | Path,
    *,
    jobs: int = 1,
    date: str | None = None,
    language: str | None = None,
    models: dict[str, str] | None = None,
    store: str | Path | None = None,
    rdf_format: str = "trig",
    html: bool = True,
    analysis: bool = True,
    on_skip: Callable[[InputError], None] | None = None,
    progress: Callable[[Document], None] | None = None,
) -> BuildResult:
    """Build the whole graph from ``inputs`` into ``out_dir``; see ``dipgraph build --help``.

    Raises :class:`NothingProcessed` when no input could be read. Bad inputs are reported
    through ``on_skip`` and counted in the result.
    """
    out = Path(out_dir)
    result = BuildResult()

    def skip(err: InputError) -> None:
        result.skipped.append(err)
        (on_skip or _warn)(err)

    docs = read_documents(inputs, date=date, language=language, on_skip=skip)
    for doc, events, n_mentions in extract(docs, jobs=jobs, models=models, progress=progress):
        result.documents.append(_light(doc))
        result.events.extend(events)
        result.mentions += n_mentions
    if not result.documents:
        raise NothingProcessed(
            f"no document could be processed ({len(result.skipped)} input(s) skipped)"
            if result.skipped else "no input documents found"
        )

    from .events.cluster import cluster_events  # imported here: a build with nothing to do stays quick
    from .rdf.dataset import build_dataset
    from .rdf.serialize import write_dataset

    write_jsonl(out / "events.jsonl", (e.to_json() for e in result.events))
    result.outputs["events"] = out / "events.jsonl"

    clusters = cluster_events(result.events)
    dataset = build_dataset(result.documents, result.events, clusters)
    suffix = {"trig": "trig", "turtle": "ttl", "nquads": "nq", "json-ld": "jsonld"}[rdf_format]
    graph_path = out / f"graph.{suffix}"
    write_dataset(dataset, graph_path, rdf_format)
    result.outputs["graph"] = graph_path
    if store is not None:
        from .sparql.store import Store

        with Store(store) as st:
            st.add_dataset(dataset, [d.id for d in result.documents])
        result.outputs["store"] = Path(store)

    if analysis:
        from .analysis.report import write_report

        result.outputs.update(write_report(result.events, out, summary=result.summary()))
    if html:
        from .viz.html import write_html

        write_html(result.events, out / "stance.html")
        result.outputs["html"] = out / "stance.html"
    return result


def _light(doc: Document) -> Document:
    """Keep a document's metadata and text length, not its text, once it is processed."""
    return Document(
        id=doc.id, text="", path=doc.path, language=doc.language, date=doc.date,
        title=doc.title, url=doc.url, source=doc.source, meta={"text_length": len(doc.text)},
    )


def _warn(err: InputError) -> None:
    print(f"Warning: skipped {err}", file=sys.stderr)
