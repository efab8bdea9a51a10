"""A pool of long-lived worker processes that run :func:`~graph.build.process.work` on chunks of documents.

The pool is started once per build, after the parent has read the first chunks and loaded
their languages' pipelines, so the forked workers share them; a worker loads the pipeline of a
language it meets later itself (:func:`graph.nlp.load_pipeline` is cached per process). A
worker runs
``nlp.pipe`` over every chunk it is given, sending back only :class:`DocResult` records (event
rows and counts, and for a build each document's ``events.jsonl`` lines and named graph already
serialised, so the parent only writes bytes; with one worker the parent, idle on the other core,
serialises them itself), never parsed ``Doc`` objects. :meth:`WorkerPool.imap` reads chunks ahead from
the caller's iterator (so ingest in the parent overlaps parsing in the workers), keeps a bounded
number in flight, and yields results **in input order**, so outputs are byte-identical whatever
the number of workers.

Before forking, the parent moves every object it holds (the loaded pipelines, lexicons and
knowledge base: about a million objects) out of the cycle collector's reach with
:func:`gc.freeze`, so the workers' full collections, each a walk over every object, skip them
(about 0.6 s a collection; they also stop touching the shared pages); :meth:`WorkerPool.close`
and :meth:`WorkerPool.terminate` give them back to the collector (:func:`gc.unfreeze`).

Stopping: workers ignore SIGINT (a Ctrl-C reaches the whole process group); the parent's
``KeyboardInterrupt`` ends the pool with :meth:`WorkerPool.terminate` (SIGTERM, then SIGKILL
after a grace period), and workers whose parent dies exit on their own (``PR_SET_PDEATHSIG`` on
Linux, else within a second). A worker that dies (out of memory, killed) is reported as a
:class:`~graph.errors.DipgraphError`, never a hang.

Example
-------
>>> from graph.model import Document
>>> with WorkerPool(jobs=2) as pool:  # doctest: +SKIP
...     for results in pool.imap([[Document(id="a", text="Paris condemned Moscow.", language="en")]]):
...         print([r.doc_id for r in results])
['a']
"""

from __future__ import annotations

import gc
import multiprocessing as mp
import os
import queue
import signal
import traceback
from itertools import chain, islice
from typing import Iterable, Iterator, Mapping, Sequence

from ..errors import WorkerError
from ..model import Document
from .process import DocResult, load_pipelines, serialise, work

#: Seconds between checks that the workers (or, in a worker, the parent) are still alive.
POLL = 0.5
#: Seconds a worker gets to stop after SIGTERM before SIGKILL.
GRACE = 2.0


def _context():
    methods = mp.get_all_start_methods()
    # fork shares the parent's imports (and cached data) with the workers at no cost
    return mp.get_context("fork" if "fork" in methods else "spawn")


def _die_with_parent() -> None:
    try:
        import ctypes

        ctypes.CDLL(None).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def _worker(tasks, results, models: Mapping[str, str], formats: tuple[str, ...], parent: int) -> None:
    """Worker loop: take ``(seq, documents)``, put ``(seq, results, error)``; ``None`` ends it."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    _die_with_parent()
    # results are consumed before the parent sends the end marker, so nothing is lost by not
    # waiting for the queues' feeder threads at exit (waiting could hang if the parent died)
    tasks.cancel_join_thread()
    results.cancel_join_thread()
    while True:
        try:
            item = tasks.get(timeout=POLL * 2)
        except queue.Empty:
            if os.getppid() != parent:
                return
            continue
        if item is None:
            return
        seq, docs = item
        try:
            results.put((seq, work(docs, models, formats), None))
        except Exception as err:  # reported to the parent, which stops the build
            where = docs[0].id if docs else "?"
            tb = traceback.format_exc(limit=-3)
            results.put((seq, None, f"while parsing from {where}: {type(err).__name__}: {err}\n{tb}"))


class WorkerPool:
    """``jobs`` worker processes running :func:`~graph.build.process.work`; ``jobs=0`` runs it
    in the calling process instead (no pool; for debugging and for tiny inputs). ``formats``:
    the RDF formats the workers serialise each document's named graph in (none: events only)."""

    def __init__(self, jobs: int, models: Mapping[str, str] | None = None, *, ahead: int | None = None,
                 formats: Sequence[str] = ()) -> None:
        self.jobs = max(0, int(jobs))
        self.models = dict(models or {})
        self.formats = tuple(formats)
        #: chunks in flight at most (queued or being parsed), per worker
        self.ahead = ahead or 3
        self.workers: list = []
        self._tasks = self._results = None
        self._frozen = False

    def __enter__(self) -> "WorkerPool":
        return self  # the workers start with the first imap, once the first chunks are read

    def __exit__(self, exc_type, *exc) -> None:
        if exc_type is None:
            self.close()
        else:
            self.terminate()

    def start(self) -> None:
        """Start the workers (once)."""
        if self.jobs == 0 or self.workers:
            return
        ctx = _context()
        if not self._frozen and ctx.get_start_method() == "fork":
            gc.freeze()  # the workers' full collections skip what they inherit
            self._frozen = True
        self._tasks, self._results = ctx.Queue(), ctx.Queue()
        # workers inherit a blocked SIGINT and ignore it before unblocking: no Ctrl-C race
        old = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
        try:
            for n in range(self.jobs):
                w = ctx.Process(target=_worker, name=f"dipgraph-worker-{n + 1}", daemon=True,
                                args=(self._tasks, self._results, self.models, self._worker_formats(), os.getpid()))
                w.start()
                self.workers.append(w)
        finally:
            signal.pthread_sigmask(signal.SIG_SETMASK, old)

    def _worker_formats(self) -> tuple[str, ...]:
        """The formats the workers serialise in: none with one worker, whose parent serialises
        the documents on the other core meanwhile (:meth:`imap`); else all of them."""
        return () if self.jobs == 1 else self.formats

    def imap(self, chunks: Iterable[Sequence[Document]]) -> Iterator[list[DocResult]]:
        """The results of each chunk, in the order of ``chunks``."""
        if self.jobs == 0:
            for chunk in chunks:
                yield work(chunk, self.models, self.formats)
            return
        it = iter(chunks)
        limit = self.ahead * self.jobs
        if not self.workers:
            head = list(islice(it, limit))
            if len(head) <= 1:  # one chunk: not worth a process
                for chunk in head:
                    yield work(chunk, self.models, self.formats)
                return
            if _context().get_start_method() == "fork":  # load once here; the workers inherit them
                load_pipelines({d.language for chunk in head for d in chunk}, self.models)
            self.start()
            it = chain(head, it)
        sent = done = 0
        exhausted = False
        ready: dict[int, list[DocResult]] = {}
        # chunks whose documents this process serialises itself (one worker: see _worker_formats)
        mine: dict[int, list[Document]] = {}
        own = bool(self.formats) and not self._worker_formats()
        while True:
            while not exhausted and sent - done < limit:
                chunk = next(it, None)
                if chunk is None:
                    exhausted = True
                    break
                chunk = list(chunk)
                self._tasks.put((sent, chunk))
                if own:
                    mine[sent] = chunk
                sent += 1
            if exhausted and done == sent:
                return
            while done not in ready:
                seq, out, err = self._get()
                if err is not None:
                    raise WorkerError(f"a worker failed {err.splitlines()[0]}") from None
                ready[seq] = out
            out = ready.pop(done)
            if own:
                serialise(mine.pop(done), out, self.formats)
            yield out
            done += 1

    def _get(self):
        while True:
            try:
                return self._results.get(timeout=POLL)
            except queue.Empty:
                for w in self.workers:
                    if w.exitcode is not None:
                        code = w.exitcode
                        how = f"was killed by signal {-code}" if code < 0 else f"exited with code {code}"
                        hint = " (out of memory?)" if code == -signal.SIGKILL else ""
                        raise WorkerError(f"worker process {w.name} {how}{hint}; the build is stopped") from None

    def close(self) -> None:
        """Let the workers finish and exit (all results must have been read)."""
        if not self.workers:
            return
        for _ in self.workers:
            self._tasks.put(None)
        for w in self.workers:
            w.join(timeout=GRACE * 5)
        self.terminate()

    def terminate(self) -> None:
        """Stop every worker now: SIGTERM, then SIGKILL after :data:`GRACE` seconds."""
        for w in self.workers:
            if w.exitcode is None:
                w.terminate()
        for w in self.workers:
            w.join(timeout=GRACE)
            if w.exitcode is None:
                w.kill()
                w.join(timeout=GRACE)
        for q in (self._tasks, self._results):
            if q is not None:
                q.cancel_join_thread()  # never wait at exit for data no worker will read
                q.close()
        self.workers = []
        self._tasks = self._results = None
        if self._frozen:
            gc.unfreeze()
            self._frozen = False


def chunked(documents: Iterable[Document], *, max_docs: int = 16, max_chars: int = 80_000,
            first: int = 1) -> Iterator[list[Document]]:
    """Group documents into chunks for the workers: at most ``max_docs`` documents or
    ``max_chars`` characters; the first chunks are smaller (``first``, doubling) so results,
    and the progress bar, start moving as soon as the models are loaded.

    >>> [len(c) for c in chunked([Document(id=str(i), text="x") for i in range(20)], max_docs=8)]
    [1, 2, 4, 8, 5]
    """
    size, chunk, chars = max(1, first), [], 0
    for doc in documents:
        chunk.append(doc)
        chars += len(doc.text)
        if len(chunk) >= size or chars >= max_chars:
            yield chunk
            chunk, chars, size = [], 0, min(max_docs, size * 2)
    if chunk:
        yield chunk


__all__ = ["WorkerPool", "WorkerError", "chunked"]
