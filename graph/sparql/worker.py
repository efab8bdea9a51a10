"""Query processes of the endpoint: each query runs in a worker process that can be ended.

Oxigraph's own time limit is only checked while results stream, so an aggregate (``COUNT`` over
a cross product) kept computing, and growing, long after its HTTP answer (issue 18). Here every
query runs in one of a few worker processes, each holding the store open with pyoxigraph:

- **time**: the front waits at most ``timeout`` seconds for the answer; then it kills the
  worker (SIGKILL: the work stops at once), answers 504 and starts a fresh worker;
- **memory**: each worker caps its address space (``RLIMIT_AS``) at what it needs with the store
  open plus its share of ``max_memory``; a query that needs more fails inside the worker (the
  allocation is refused, never the machine's memory exhausted) and is answered 503;
- **rows**: a SELECT answer is cut at ``max_rows`` rows, a CONSTRUCT at ``max_rows`` triples.

Example
-------
>>> st = ox.Store()
>>> st.add(ox.Quad(ox.NamedNode("https://e.org/a"), ox.NamedNode("https://e.org/p"), ox.Literal("x")))
>>> answer = execute(st, Request("SELECT ?s WHERE { ?s ?p ?o }", accept="text/csv"), max_rows=10)
>>> answer.status, answer.content_type, answer.body
(200, 'text/csv; charset=utf-8', b's\\r\\nhttps://e.org/a\\r\\n')
>>> execute(st, Request("SELECT ?s WHERE { ?s dg:nope }"), max_rows=10).body.decode()
'SPARQL syntax error at line 1, column 30: expected one of "$", ... or more (near "}")'
"""

from __future__ import annotations

import multiprocessing
import os
import queue
import resource
import signal
import threading
import time
from dataclasses import dataclass, field
from itertools import islice

import pyoxigraph as ox

from ..errors import ServerError
from ..rdf.namespace import PREFIXES
from .formats import negotiate, offered, write_solutions
from .queries import query_form, syntax_message

TEXT = "text/plain; charset=utf-8"


@dataclass(frozen=True)
class Request:
    """One SPARQL protocol operation: a query (or, on a writable server, an update)."""

    text: str
    accept: str | None = None
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()
    update: bool = False


@dataclass(frozen=True)
class Answer:
    """What the endpoint sends back."""

    status: int
    content_type: str
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)


def error(status: int, message: str) -> Answer:
    """A one-line plain-text error answer."""
    return Answer(status, TEXT, (message.splitlines()[0] if message else "error").encode())


def execute(store: ox.Store, req: Request, *, max_rows: int = 0) -> Answer:
    """Run ``req`` on ``store`` and write the answer in the format the client asked for."""
    if req.update:
        try:
            store.update(req.text, prefixes=PREFIXES)
        except SyntaxError as err:
            return error(400, syntax_message(req.text, err))
        except OSError as err:
            return error(500, f"the update failed: {err}")
        return Answer(204, TEXT, b"")
    form = query_form(req.text)
    media = negotiate(form or "SELECT", req.accept)
    if media is None:
        return error(406, f"cannot answer a {form or 'SELECT'} query in {req.accept}; ask for one of: {offered(form)}")
    options = {"prefixes": PREFIXES}
    if req.default_graphs:
        options["default_graph"] = [ox.NamedNode(g) for g in req.default_graphs]
    if req.named_graphs:
        options["named_graphs"] = [ox.NamedNode(g) for g in req.named_graphs]
    try:
        result = store.query(req.text, **options)
        if isinstance(result, ox.QueryBoolean):
            return Answer(200, media, result.serialize(format=ox.QueryResultsFormat.from_media_type(media)))
        limit = max_rows or None
        if isinstance(result, ox.QueryTriples):
            triples = list(islice(result, limit + 1 if limit else None))
            cut = bool(limit) and len(triples) > limit
            body = ox.serialize(triples[:limit], None, ox.RdfFormat.from_media_type(media), prefixes=PREFIXES) or b""
        else:
            variables = [v.value for v in result.variables]
            rows = [[s[v] for v in variables] for s in islice(result, limit + 1 if limit else None)]
            cut = bool(limit) and len(rows) > limit
            body = write_solutions(variables, rows[:limit], media)
    except SyntaxError as err:
        return error(400, syntax_message(req.text, err))
    except ValueError as err:  # a malformed graph IRI in default-graph-uri / named-graph-uri
        return error(400, f"bad request: {err}")
    except OSError as err:
        return error(500, f"the query failed: {err}")
    ctype = f"{media}; charset=utf-8" if media.startswith("text/") else media
    return Answer(200, ctype, body, {"X-Dipgraph-Truncated": "true"} if cut else {})


def _vm_size() -> int:
    """This process's address space in bytes (VmSize)."""
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmSize:"):
                return int(line.split()[1]) * 1024
    return 0


def _worker_main(conn, location: str, writable: bool, budget: int, max_rows: int) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the front's to handle
    os.environ["RUST_BACKTRACE"] = "0"  # a refused allocation prints one line, not a backtrace
    try:
        store = ox.Store(location) if writable else ox.Store.read_only(location)
    except OSError as err:
        conn.send(str(err).splitlines()[0])
        return
    if budget:
        limit = _vm_size() + budget
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    conn.send("ready")
    while True:
        try:
            req = conn.recv()
        except (EOFError, OSError):
            return
        try:
            answer = execute(store, req, max_rows=max_rows)
        except MemoryError:
            answer = None
        conn.send(answer if answer is not None else "memory")


class _Worker:
    def __init__(self, ctx, args: tuple) -> None:
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=_worker_main, args=(child, *args), daemon=True)
        self.process.start()
        child.close()

    def ready(self, seconds: float) -> str:
        """``"ready"``, or why the worker could not start."""
        try:
            if self.conn.poll(seconds):
                return self.conn.recv()
        except (EOFError, OSError):
            pass
        self.kill()
        return f"the query process did not start (exit code {self.process.exitcode})"

    def kill(self) -> None:
        """End the query process at once (SIGKILL) and close its pipe."""
        if self.process.is_alive():
            os.kill(self.process.pid, signal.SIGKILL)
        self.process.join(30)
        self.conn.close()


class WorkerPool:
    """``workers`` query processes over the store at ``location``.

    ``run`` hands a request to an idle worker and waits at most ``timeout`` seconds in all
    (queueing included) for its answer; a worker that overruns is killed and replaced.
    """

    def __init__(self, location, *, workers: int = 2, writable: bool = False, timeout: float = 30,
                 max_memory: int = 0, max_rows: int = 0) -> None:
        self.timeout, self.max_memory = timeout, max_memory
        self._ctx = multiprocessing.get_context("spawn")
        self._args = (str(location), writable, max_memory // workers if max_memory else 0, max_rows)
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        self._closed = False
        for _ in range(1 if writable else workers):  # one writer: RocksDB allows no other
            self._idle.put(self._start())

    def _start(self) -> _Worker:
        worker = _Worker(self._ctx, self._args)
        status = worker.ready(120)
        if status != "ready":
            raise ServerError(f"cannot open the store: {status}")
        with self._lock:
            self._all.add(worker)
        return worker

    def _replace(self, worker: _Worker) -> None:
        with self._lock:
            self._all.discard(worker)
        worker.kill()

        def restart() -> None:
            while not self._closed:
                try:
                    self._idle.put(self._start())
                    return
                except ServerError:
                    time.sleep(1)
        threading.Thread(target=restart, daemon=True).start()

    def pids(self) -> list[int]:
        """Process ids of the live workers."""
        with self._lock:
            return sorted(w.process.pid for w in self._all)

    def run(self, req: Request) -> Answer:
        """The answer to ``req``, or a 503/504 error once the limits are reached."""
        deadline = time.monotonic() + self.timeout
        try:
            worker = self._idle.get(timeout=self.timeout)
        except queue.Empty:
            return error(503, f"the server is busy: no query process was free within {self.timeout:g} s; try again")
        try:
            worker.conn.send(req)
            if worker.conn.poll(max(0.0, deadline - time.monotonic())):
                answer = worker.conn.recv()
                if answer == "memory":
                    raise EOFError
                self._idle.put(worker)
                return answer
        except (EOFError, OSError):
            self._replace(worker)
            return self._died(worker)
        self._replace(worker)
        return error(504, f"query stopped: it ran past the time limit of {self.timeout:g} s (--timeout)")

    def _died(self, worker: _Worker) -> Answer:
        code = worker.process.exitcode
        if self.max_memory:  # the allocation refused under RLIMIT_AS aborts the process
            return error(503, f"query refused: it needs more memory than the server allows "
                              f"({self.max_memory / 2**20:,.0f} MiB, --max-memory)")
        return error(500, f"the query process died (exit code {code})")

    def close(self) -> None:
        """End every worker."""
        self._closed = True
        with self._lock:
            workers, self._all = list(self._all), set()
        for w in workers:
            w.kill()
