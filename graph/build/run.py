"""``dipgraph build`` as a plain function: documents -> events -> RDF -> store, report and HTML.

:func:`build` reads documents, has a :class:`~graph.build.pool.WorkerPool` parse them (the
parent reads ahead while the workers parse), and streams each document's results as they come
back in input order: its rows to ``events.jsonl`` and its named graph to the graph file
(:class:`~graph.rdf.stream.GraphStream`), both serialised by the worker, so the parent, which
shares the cores with the workers, only copies bytes. Only light records stay in memory (document metadata
and event rows, for clustering, the report and the HTML page), so peak memory does not grow with
the corpus the way a whole RDF dataset would. Every file goes to a staging folder inside the
output folder and is moved into place with the others at the end (:class:`OutputSet`).

Example
-------
>>> result = build(["examples/corpus"], "out")  # doctest: +SKIP
>>> result.summary()["documents"]  # doctest: +SKIP
10
"""

from __future__ import annotations

import os
import sys
from collections import Counter, deque
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from ..errors import GraphFileError, InputError, NothingProcessed
from ..ingest.readers import document_language
from ..io import atomic_write
from ..model import Document, Event
from .faults import fault_point
from .outputs import OutputSet
from .pool import WorkerPool, chunked
from .process import DocResult, light
from .views import Views


@dataclass
class BuildResult:
    """What a build produced: documents, event mentions, skipped inputs and output paths."""

    documents: list[Document] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    skipped: list[InputError] = field(default_factory=list)
    outputs: dict[str, Path] = field(default_factory=dict)
    mentions: int = 0
    words: int = 0

    def add(self, doc: Document, res) -> None:
        """Count in the parsed ``doc`` and its result ``res`` (events, mention and word counts)."""
        self.documents.append(doc)
        self.events.extend(res.events)
        self.mentions += res.mentions
        self.words += res.words

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


def parse(pool: WorkerPool, documents: Iterable[Document]) -> Iterator[tuple[Document, DocResult]]:
    """``(light document, result)`` for each of ``documents``, in input order, parsed by ``pool``.

    The pipeline of each language is checked (installed, ``--model`` valid) in this process the
    first time the language appears, so a missing model is a one-line error, not a worker crash.
    """
    from ..nlp import choose_model

    sent: deque[list[Document]] = deque()
    checked: set[str] = set()

    def chunks() -> Iterator[list[Document]]:
        for chunk in chunked(documents):
            for d in chunk:
                lang = d.language = document_language(d)
                if lang not in checked:
                    choose_model(lang, pool.models.get(lang))
                    checked.add(lang)
            sent.append([light(d) for d in chunk])
            yield chunk

    for results in pool.imap(chunks()):
        yield from zip(sent.popleft(), results)


def extract(
    documents: Iterable[Document],
    *,
    jobs: int = 1,
    models: dict[str, str] | None = None,
    progress: Callable[[DocResult], None] | None = None,
) -> Iterator[tuple[Document, list[Event], int]]:
    """The NLP part alone: ``(document, events, n_mentions)`` per document, in input order,
    parsed by ``jobs`` worker processes (``jobs=0``: in this process). Documents come back
    light (metadata and text length, no text)."""
    with WorkerPool(jobs, models) as pool:
        for doc, res in parse(pool, documents):
            if progress:
                progress(res)
            yield doc, res.events, res.mentions


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
    progress: Callable[[DocResult], None] | None = None,
    engine: Callable | None = None,
) -> BuildResult:
    """Build the whole graph from ``inputs`` into ``out_dir``; see ``dipgraph build --help``.

    ``jobs`` worker processes parse (``0``: this process does). Raises
    :class:`NothingProcessed` when no input could be read; bad inputs are reported through
    ``on_skip`` and counted in the result. ``progress`` hears about each document parsed.
    Interrupted or failing, the build leaves ``out_dir`` as it was. ``engine`` reads and parses
    instead of the worker pool (:class:`graph.build.ray_engine.RayEngine`).
    """
    from ..rdf.serialize import FORMATS, format_name

    rdf_format = format_name(rdf_format)
    _check_store(store)
    result = BuildResult()

    def skip(err: InputError) -> None:
        result.skipped.append(err)
        (on_skip or _warn)(err)

    outputs = OutputSet(out_dir)
    views = Views(result, outputs, analysis=analysis, html=html, aside=engine is None and jobs > 0)
    try:
        graph_path = outputs.path(f"graph.{FORMATS[rdf_format][1]}")
        formats = (rdf_format, "nquads") if store is not None and rdf_format == "turtle" else (rdf_format,)
        reading = dict(date=date, language=language, models=models, skip=skip, progress=progress)
        if engine is not None:
            store_file = engine(inputs, result=result, outputs=outputs, graph_path=graph_path, rdf_format=rdf_format,
                                nquads_for_store=len(formats) > 1, **reading)
        else:
            store_file = _parse_and_stream(inputs, result, outputs, graph_path, formats, views, jobs=jobs, **reading)
        staged = {"events": outputs.path("events.jsonl"), "graph": graph_path, **views.finish()}
        fault_point("write")
        if store is not None:
            _load_store(store, result.documents, store_file)
        outputs.commit()
    except BaseException:
        views.stop()
        outputs.discard()
        if engine is not None:
            engine.discard()
        raise
    result.outputs = {name: outputs.final(p) for name, p in staged.items()}
    result.outputs.update(engine.commit(out_dir) if engine is not None else {})
    result.outputs.update({"store": Path(store)} if store is not None else {})
    return result


def _parse_and_stream(inputs, result: BuildResult, outputs: OutputSet, graph_path: Path, formats: tuple[str, ...],
                      views: Views, *, jobs: int, date, language, models, skip, progress) -> Path:
    """Read ``inputs``, parse them with ``jobs`` workers and stream the outputs (:func:`_stream`)."""
    from ..ingest import read_documents

    docs = read_documents(inputs, date=date, language=language, on_skip=skip)
    with WorkerPool(jobs, models, formats=formats) as pool:
        return _stream(parse(pool, docs), result, outputs, graph_path, formats, progress=progress, views=views)


def _check_store(store: str | Path | None) -> None:
    """Stop before parsing when ``--store`` is a file or a store another process holds."""
    if store is not None and Path(store).exists() and not Path(store).is_dir():
        raise GraphFileError(f"{store}: a store is a folder, this is a file")
    if store is not None and Path(store).is_dir():  # a served store stops the build now, not after parsing
        from ..sparql.store import lock_store

        os.close(lock_store(Path(store), shared=False))


def _stream(parsed: Iterator[tuple[Document, DocResult]], result: BuildResult, outputs: OutputSet,
            graph_path: Path, formats: tuple[str, ...], *,
            progress: Callable[[DocResult], None] | None, views: Views | None = None) -> Path:
    """Write each document's rows and named graph as they come (serialised by the workers in
    ``formats``: the graph file's, and N-Quads for a store beside Turtle); the default graph at
    the end, while ``views`` starts the report beside it. Return the file the store loads (the
    graph file, or the N-Quads copy)."""
    from ..actors.kb import load_kb
    from ..rdf.stream import GraphStream

    with ExitStack() as stack:
        events_fh = stack.enter_context(atomic_write(outputs.path("events.jsonl")))
        streams = [stack.enter_context(GraphStream(graph_path, formats[0]))]
        if len(formats) > 1:
            streams.append(stack.enter_context(GraphStream(outputs.path(".store.nq"), formats[1])))
        for doc, res in parsed:
            result.add(doc, res)
            events_fh.write(res.rows)
            for s, block in zip(streams, res.blocks):
                s.add_block(res.graph, block)
            if progress:
                progress(res)
            if len(result.documents) == 1:
                fault_point("parse")
                if views is not None:
                    views.preload()  # the workers are forked by now
        if views is not None and result.documents:
            views.start()
        finish_graph(result, streams, load_kb())
        return streams[-1].path


def finish_graph(result: BuildResult, streams: list, kb) -> list:
    """End the graph files of a build whose documents are all streamed: the default graph
    (actors, clustered events) made from every event, written to each of ``streams``; returned.
    Raises :class:`NothingProcessed` when no document came through."""
    from ..events.cluster import cluster_events
    from ..rdf.dataset import default_quads

    if not result.documents:
        raise NothingProcessed(
            f"no document could be processed ({len(result.skipped)} input(s) skipped)"
            if result.skipped else "no input documents found"
        )
    default = default_quads(result.events, cluster_events(result.events), kb=kb)
    for s in streams:
        s.finish(default)
    return default


def _load_store(store: str | Path, documents: list[Document], graph_file: Path) -> None:
    from ..rdf.iris import doc_iri
    from ..sparql.store import Store

    graphs = [str(doc_iri(d.id)) for d in documents]
    with Store(store) as st:  # the graph file is this build's own: no need to validate its IRIs
        st.replace_graphs(graphs, graph_file, lenient=True, before_load=lambda: fault_point("store"))


def _warn(err: InputError) -> None:
    print(f"Warning: skipped {err}", file=sys.stderr)
