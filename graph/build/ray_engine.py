"""The Ray Data engine of ``dipgraph build --engine ray``: the same build on a Ray cluster.

Ray Data reads the input files (``read_binary_files``) and turns each into documents
(:func:`read_file`, with the readers of :mod:`graph.ingest`); a callable class,
:class:`DocumentParser`, loads the spaCy pipelines once per worker and runs the very function
the local engine's worker processes run, :func:`graph.build.process.process_documents`, on each
batch. Each batch becomes a shard: its event rows (``part-F-D.events.jsonl``) and its documents'
named graphs (``part-F-D.nq``) under ``OUT/shards/``. The driver then merges the shards in input
order into ``events.jsonl`` and the graph file, adds the default graph (actors, clustered events,
the stance network; also written as ``OUT/shards/default.nq``) and hands over to the rest of
:func:`graph.build.run.build` (report, HTML, store, the output set), so the outputs are byte for
byte those of the local engine. The shards are N-Quads, ready for a bulk loader
(``dipgraph store load``, ``oxigraph load``, QLever): see ``docs/scale.md``.

Without an address a local Ray is started with the machine's cores (no dashboard, a small object
store, no usage statistics); with one (``auto``, ``HOST:PORT``, ``ray://HOST:10001``) the build
runs on that cluster, whose workers must see the input and output folders (a shared file system).

Example
-------
>>> from graph.build import build
>>> engine = RayEngine(workers=2)
>>> result = build(["examples/corpus"], "out", engine=engine)  # doctest: +SKIP
>>> sorted(p.name for p in (result.outputs["shards"]).iterdir())[:2]  # doctest: +SKIP
['default.nq', 'part-000000-0000000.events.jsonl']
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import socket
import tempfile
import warnings
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field, replace
from itertools import groupby, islice
from pathlib import Path
from typing import Callable, Iterator

from ..errors import EngineError, InputError
from ..io import atomic_write, dumps_row
from ..languages import supported_languages
from ..model import Document, Event
from .outputs import PREFIX
from .process import DocResult, load_pipelines, process_documents

#: Documents per batch, hence per shard.
SHARD_DOCS = 64
#: Object store of a local Ray, in bytes (documents and small result rows pass through it).
LOCAL_OBJECT_STORE = 256 * 2**20
#: Rows of documents per Ray Data block (the unit Ray hands to one worker at a time).
BLOCK_BYTES = 512 * 2**10
#: Parser workers per reader (reading, decoding and language detection run in readers).
READERS_PER = 8
INSTALL_HINT = "pip install 'ray[data]==2.60.0'"
SHARDS = "shards"


def import_ray():
    """The ``ray`` module, or a one-line error saying how to install it."""
    try:
        import ray
        import ray.data  # noqa: F401
    except ImportError:
        raise EngineError(f"the ray engine needs Ray, which is not installed: {INSTALL_HINT}") from None
    return ray


def _check_reachable(address: str, timeout: float = 5.0) -> None:
    """Fail fast with one line when ``HOST:PORT`` does not answer (Ray itself would retry for a minute)."""
    target = address.split("://", 1)[-1]
    if address in ("auto", "local") or ":" not in target:
        return
    host, _, port = target.rpartition(":")
    try:
        with socket.create_connection((host, int(port)), timeout=timeout):
            pass
    except (OSError, ValueError) as err:
        raise EngineError(f"cannot reach the Ray cluster at {address}: {err.strerror or err}") from None


@contextmanager
def ray_session(address: str | None = None, workers: int | None = None) -> Iterator[object]:
    """A connected Ray: the cluster at ``address``, else a new local Ray with ``workers`` CPUs
    (default: the machine's cores), shut down (and its temporary folder removed) at the end."""
    ray = import_ray()
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    if ray.is_initialized():  # a caller's session (tests, notebooks): use it, leave it running
        yield ray
        return
    opts = dict(include_dashboard=False, configure_logging=True, logging_level="ERROR", log_to_driver=False)
    tmp = None
    try:
        if address:
            _check_reachable(address)
            ray.init(address=address, **opts)
        else:
            # a short private folder: Ray's socket paths must stay under 108 bytes
            tmp = tempfile.mkdtemp(prefix="dgray-", dir="/tmp" if os.path.isdir("/tmp") else None)
            ray.init(address="local", num_cpus=workers or os.cpu_count() or 1,
                     object_store_memory=LOCAL_OBJECT_STORE, _temp_dir=tmp, **opts)
    except (ConnectionError, RuntimeError, ValueError, TimeoutError) as err:
        if tmp:
            shutil.rmtree(tmp, ignore_errors=True)
        where = f"the Ray cluster at {address}" if address else "a local Ray"
        raise EngineError(f"cannot start {where}: {str(err).strip().splitlines()[0]}") from None
    for name in ("ray", "ray.data"):  # progress and "execution finished" notes: the CLI has its own
        logging.getLogger(name).setLevel(logging.ERROR)
    try:
        yield ray
    finally:
        ray.shutdown()
        if tmp:
            shutil.rmtree(tmp, ignore_errors=True)


# ---------------------------------------------------------------------------------------------
# What runs on the Ray workers


def _doc_row(fseq: int, dseq: int, kind: str, **values) -> dict:
    row = dict.fromkeys(_ROW_FIELDS)
    row.update(fseq=fseq, dseq=dseq, kind=kind, **values)
    return row


_ROW_FIELDS = ("fseq", "dseq", "kind", "where", "reason", "id", "text", "path", "language", "date",
               "title", "url", "source", "key", "text_length", "shard", "events", "quads", "mentions", "words")


def read_file(row: dict, *, files: dict[str, tuple[int, str]], date: str | None,
              language: str | None) -> list[dict]:
    """Ray Data ``flat_map``: one input file's bytes -> a row per document, skip or warning, in
    file order (``kind`` is ``doc``, ``skip`` or ``warn``; the driver reports the last two).
    ``files`` maps each absolute path to its place in the input order and its path as given."""
    from ..ingest.language import parse_date
    from ..ingest.readers import MAX_FILE_BYTES, file_documents, finish_document, text_key

    fseq, given = files[_local_path(row["path"])]
    default_date = parse_date(date) if date else None
    out: list[dict] = []

    def warn(err: InputError) -> None:
        out.append(_doc_row(fseq, len(out), "warn", where=err.where, reason=err.reason))

    raw = row["bytes"]
    try:
        if len(raw) > MAX_FILE_BYTES:
            mib = MAX_FILE_BYTES // 2**20
            raise InputError(given, f"file too large ({len(raw) // 2**20} MiB, limit {mib} MiB)")
        docs = list(file_documents(given, raw, warn))
    except InputError as err:
        return out + [_doc_row(fseq, len(out), "skip", where=err.where, reason=err.reason)]
    for doc in docs:
        try:
            doc = finish_document(doc, default_date, language)
        except InputError as err:
            out.append(_doc_row(fseq, len(out), "skip", where=err.where, reason=err.reason))
            continue
        out.append(_doc_row(fseq, len(out), "doc", id=doc.id, text=doc.text, path=doc.path,
                            language=doc.language, date=doc.date, title=doc.title, url=doc.url,
                            source=doc.source, key=text_key(doc.text), text_length=len(doc.text)))
    return out


def _local_path(path: str) -> str:
    return os.path.abspath(path[len("local://"):] if path.startswith("local://") else path)


def _document(row: dict, *, text: bool = True) -> Document:
    return Document(id=row["id"], text=row["text"] if text else "", path=row["path"],
                    language=row["language"], date=row["date"], title=row["title"], url=row["url"],
                    source=row["source"], meta={"text_length": row["text_length"]})


class DocumentParser:
    """Ray Data ``map_batches`` class: one per worker, pipelines loaded once (in ``__init__``);
    each batch of documents goes through :func:`process_documents` and becomes one shard."""

    def __init__(self, shard_dir: str, models: dict[str, str] | None = None,
                 languages: tuple[str, ...] | None = None) -> None:
        from ..actors.kb import load_kb

        self.shard_dir = Path(shard_dir)
        self.models = dict(models or {})
        load_pipelines(languages or supported_languages(), self.models)
        self.kb = load_kb()

    def __call__(self, batch) -> dict:
        from ..rdf.dataset import document_quads

        rows = batch.to_pylist()
        docs = [_document(r) for r in rows if r["kind"] == "doc"]
        results = iter(process_documents(docs, self.models))
        name = f"part-{rows[0]['fseq']:06d}-{rows[0]['dseq']:07d}"
        lines: list[str] = []
        graphs: list[list] = []
        for r in rows:
            r["text"] = None  # the text stays here: only light rows go back to the driver
            r["shard"] = name
            if r["kind"] != "doc":
                continue
            res: DocResult = next(results)
            lines.extend(dumps_row(e.to_json()) + "\n" for e in res.events)
            graphs.append(document_quads(_document(r, text=False), res.events, kb=self.kb))
            r.update(events=len(res.events), quads=len(graphs[-1]), mentions=res.mentions, words=res.words)
        _write_shard(self.shard_dir, name, lines, graphs)
        return {k: [r[k] for r in rows] for k in _ROW_FIELDS}


# ---------------------------------------------------------------------------------------------
# The driver


@dataclass
class RayEngine:
    """``build(..., engine=RayEngine(...))``: parse with Ray Data, merge the shards in order.

    ``workers``: parser workers (one spaCy copy each; default: the cluster's CPUs);
    ``address``: a Ray cluster (default: a local Ray with ``workers`` or all cores).
    """

    workers: int | None = None
    address: str | None = None
    shard_docs: int = SHARD_DOCS
    #: the shards of the last build (``OUT/shards`` once committed)
    shard_dir: Path | None = field(default=None, init=False)

    def __call__(self, inputs, *, result, outputs, graph_path: Path, rdf_format: str,
                 nquads_for_store: bool, date: str | None, language: str | None,
                 models: dict[str, str] | None, skip: Callable[[InputError], None],
                 progress: Callable[[DocResult], None] | None) -> Path:
        """Parse and merge; fill ``result``; return the file a store would load (see ``run._stream``)."""
        from ..ingest import iter_input_files
        from ..ingest.language import parse_date
        from ..errors import UsageError

        if date and parse_date(date) is None:
            raise UsageError(f"--date: cannot read '{date}' as a calendar date (use e.g. 2020-10-02)")
        files: dict[str, tuple[int, str]] = {}
        for path in iter_input_files(inputs, skip):
            files.setdefault(os.path.abspath(path), (len(files), str(path)))
        # next to the staging folder, named so that OutputSet's recovery removes it if we die
        shard_dir = outputs.stage.parent / f"{outputs.stage.name}-{SHARDS}"
        shard_dir.mkdir()
        try:
            with ray_session(self.address, self.workers) as ray:
                rows = self._rows(ray, files, shard_dir, date, language, models) if files else iter(())
                out = _merge(rows, shard_dir, result, outputs, graph_path, rdf_format,
                             nquads_for_store=nquads_for_store, skip=skip, progress=progress)
        except BaseException:
            shutil.rmtree(shard_dir, ignore_errors=True)
            raise
        self.shard_dir = shard_dir
        return out

    def commit(self, out_dir: str | Path) -> dict[str, Path]:
        """Put the shards in ``OUT/shards`` (replacing the previous build's); ``{"shards": path}``."""
        dest = Path(out_dir) / SHARDS
        old = dest.with_name(f"{PREFIX}{os.getpid()}-old-{SHARDS}")
        if dest.exists():
            os.replace(dest, old)
        os.replace(self.shard_dir, dest)
        shutil.rmtree(old, ignore_errors=True)
        self.shard_dir = dest
        return {SHARDS: dest}

    def discard(self) -> None:
        """Remove the shards of a build that failed after parsing."""
        if self.shard_dir is not None:
            shutil.rmtree(self.shard_dir, ignore_errors=True)
            self.shard_dir = None

    def _rows(self, ray, files, shard_dir: Path, date, language, models) -> Iterator[dict]:
        ctx = ray.data.DataContext.get_current()
        ctx.execution_options.preserve_order = True  # shards come back in input order
        ctx.enable_progress_bars = False
        ctx.target_max_block_size = BLOCK_BYTES
        ctx.print_on_execution_start = False
        workers = self.workers or max(1, int(ray.cluster_resources().get("CPU", 1)))
        languages = supported_languages() if language is None else (language,)
        # reading and language detection are light: they take no CPU slot from the parsers
        # (a few readers keep up with many parsers: about 100 documents/s each)
        readers = max(1, workers // READERS_PER)
        ds = ray.data.read_binary_files(list(files), include_paths=True, num_cpus=0, concurrency=readers)
        ds = ds.flat_map(read_file, fn_kwargs={"files": files, "date": date, "language": language}, num_cpus=0,
                         concurrency=readers)
        with warnings.catch_warnings():  # max_restarts still goes through ray_remote_args
            warnings.filterwarnings("ignore", message=".*ray_remote_args.*")
            # a parser that dies is not restarted: the build stops with its error (and Ray does
            # not warn about restarting actors whose constructor arguments may be gone)
            ds = ds.map_batches(DocumentParser, fn_constructor_args=(str(shard_dir), models, languages),
                                batch_size=self.shard_docs, batch_format="pyarrow",
                                compute=ray.data.ActorPoolStrategy(size=workers), num_cpus=1,
                                max_restarts=0)
        for batch in ds.iter_batches(batch_size=None, batch_format="pyarrow", prefetch_batches=2):
            yield from batch.to_pylist()


def _merge(rows: Iterator[dict], shard_dir: Path, result, outputs, graph_path: Path, rdf_format: str, *,
           nquads_for_store: bool, skip, progress) -> Path:
    """Concatenate the shards in input order into ``events.jsonl`` and the graph file; ids used
    twice are settled here as :func:`graph.ingest.read_documents` does (a repeat is skipped,
    another document renamed), and a shard touched by that is rewritten to match."""
    import pyoxigraph as ox

    from ..actors.kb import load_kb
    from ..ingest.readers import _warn
    from ..rdf.stream import GraphStream
    from .run import finish_graph

    kb = load_kb()
    seen: dict[str, tuple[str, bytes]] = {}
    last = (-1, -1)
    with ExitStack() as stack:
        events_fh = stack.enter_context(atomic_write(outputs.path("events.jsonl")))
        streams = [stack.enter_context(GraphStream(graph_path, rdf_format))]
        if nquads_for_store:
            streams.append(stack.enter_context(GraphStream(outputs.path(".store.nq"), "nquads")))
        for shard, shard_rows in _by_shard(rows):
            lines = (shard_dir / f"{shard}.events.jsonl").read_text(encoding="utf-8").splitlines(keepends=True)
            quads_in = iter(ox.parse(path=str(shard_dir / f"{shard}.nq"), format=ox.RdfFormat.N_QUADS))
            changed, kept_lines, kept_graphs = False, [], []  # what the shard keeps, if a document goes
            for row in shard_rows:
                if (row["fseq"], row["dseq"]) <= last:
                    raise EngineError("Ray returned documents out of input order")
                last = (row["fseq"], row["dseq"])
                if row["kind"] != "doc":
                    (_warn if row["kind"] == "warn" else skip)(InputError(row["where"], row["reason"]))
                    continue
                doc_lines, lines = lines[:row["events"]], lines[row["events"]:]
                took = _settle(row, doc_lines, list(islice(quads_in, row["quads"])), seen, kb, skip)
                changed = changed or took is None or took[-1]
                if took is None:
                    continue
                doc, res, doc_lines, quads, _ = took
                result.add(doc, res)
                events_fh.write("".join(doc_lines))
                for s in streams:
                    s.add(quads)
                kept_lines.extend(doc_lines)
                kept_graphs.append(quads)
                if progress:
                    progress(res)
            if changed:
                _write_shard(shard_dir, shard, kept_lines, kept_graphs)
        default = finish_graph(result, streams, kb)
        with GraphStream(shard_dir / "default.nq", "nquads") as gs:
            gs.finish(default)
        return streams[-1].path


def _settle(row: dict, doc_lines: list[str], quads: list, seen: dict, kb, skip):
    """``(document, result, event lines, quads, renamed)``, its id made unique as the reader does;
    ``None`` (reported to ``skip``) for a repeat of an earlier document."""
    from ..ingest.readers import _warn, unique_id
    from ..rdf.dataset import document_quads

    doc = _document(row, text=False)
    try:
        unique_id(doc, seen, _warn, key=row["key"])
    except InputError as err:  # a repeat of an earlier document
        skip(err)
        return None
    events = [Event.from_json(json.loads(line)) for line in doc_lines]
    renamed = doc.id != row["id"]
    if renamed:  # its rows and graph name the new id
        events = [replace(e, doc=doc.id) for e in events]
        doc_lines = [dumps_row(e.to_json()) + "\n" for e in events]
        quads = document_quads(doc, events, kb=kb)
    return doc, DocResult(doc.id, events, row["mentions"], row["words"]), doc_lines, quads, renamed


def _by_shard(rows: Iterator[dict]) -> Iterator[tuple[str, list[dict]]]:
    for shard, group in groupby(rows, key=lambda row: row["shard"]):
        yield shard, list(group)


def _write_shard(shard_dir: Path, shard: str, lines: list[str], graphs: list[list]) -> None:
    """A shard's two files: event rows, and the documents' graphs in document order."""
    import pyoxigraph as ox

    with atomic_write(shard_dir / f"{shard}.events.jsonl") as fh:
        fh.write("".join(lines))
    with atomic_write(shard_dir / f"{shard}.nq", "wb") as fh:
        for quads in graphs:
            fh.write(ox.serialize(quads, None, ox.RdfFormat.N_QUADS) or b"")


