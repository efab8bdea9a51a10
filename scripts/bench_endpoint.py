"""SPARQL endpoint under load: concurrent clients of ``dipgraph serve`` on loopback, 0 errors.

The dataset is the synthetic one of ``bench_sparql.py`` (``make_dataset``: synthetic stance
events through the real RDF stage) put in a persistent store as ``dipgraph build --store`` does.
Then a real ``dipgraph serve STORE`` process is started on 127.0.0.1 (never another address) and:

- **baseline**: every request of the mix run once more in this process, one at a time, straight
  on the store through ``graph.sparql.queries.run`` (no HTTP, no worker processes): the median
  is the latency the engine alone gives;
- **one client**: the same requests over HTTP, one at a time;
- **load**: ``--clients`` threads (16) each send ``--requests`` requests (200), cycling through
  the mix from a different start: every saved query, bound to the example value of its header
  and unbound, each in one of the four results formats (JSON, XML, CSV, TSV by ``Accept``).

Every answer must be HTTP 200 with a body that parses in its format; anything else is an error
(the goal is 0). Latency is measured per request (median, p95, max); the server's memory is the
peak of the summed RSS of the server and its query processes, sampled every 50 ms. Ratios are
against the baseline median of the same run. Bounded: each request times out after 120 s and
the whole load stops after ``--max-seconds``.

Example:
    python scripts/bench_endpoint.py                            # 16 clients x 200 requests, ~100,000 triples
    python scripts/bench_endpoint.py --triples 20000 --clients 4 --requests 20
"""

from __future__ import annotations

import argparse
import itertools
import json
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import bench_common as bc
from bench_sparql import example_params, make_dataset

ACCEPT = ["application/sparql-results+json", "application/sparql-results+xml", "text/csv", "text/tab-separated-values"]
HOST = "127.0.0.1"


def parse_args(argv=None) -> argparse.Namespace:
    p = bc.script_parser(__doc__)
    p.add_argument("--triples", type=int, default=100_000, help="approximate dataset size (default 100000)")
    p.add_argument("--clients", type=int, default=16, help="concurrent clients (default 16)")
    p.add_argument("--requests", type=int, default=200, help="requests per client (default 200)")
    p.add_argument("--workers", type=int, default=None, help="dipgraph serve --workers (default: its own)")
    p.add_argument("--max-seconds", type=float, default=1800, help="stop the load after this long (default 1800)")
    return p.parse_args(argv)


def the_mix(mid_date: str) -> list[tuple[str, str, dict[str, str]]]:
    """(label, saved query name, parameters): each saved query bound and, where it can be, unbound."""
    from graph.sparql.queries import saved_queries

    mix = []
    for name, query in sorted(saved_queries().items()):
        bound, required = example_params(query, mid_date)
        mix.append((f"{name} {','.join(f'{k}={v}' for k, v in bound.items())}".strip(), name, bound))
        if bound != required:
            mix.append((f"{name} (unbound)", name, required))
    return mix


def query_text(name: str, params: dict[str, str]) -> str:
    """The saved query with its parameters as a VALUES block (what a client would send)."""
    import pyoxigraph as ox

    from graph.sparql.queries import saved_queries, with_values

    return with_values(saved_queries()[name].text, {k: ox.Literal(v) for k, v in params.items()})


def valid(body: bytes, accept: str) -> bool:
    """Whether ``body`` is a whole answer in the format ``accept``."""
    import pyoxigraph as ox

    try:
        if accept == "text/csv":
            import csv
            import io

            table = list(csv.reader(io.StringIO(body.decode(), newline="")))
            return bool(table) and all(len(row) == len(table[0]) for row in table)
        fmt = {"application/sparql-results+json": ox.QueryResultsFormat.JSON,
               "application/sparql-results+xml": ox.QueryResultsFormat.XML,
               "text/tab-separated-values": ox.QueryResultsFormat.TSV}[accept]
        result = ox.parse_query_results(body, fmt)
        if not isinstance(result, ox.QueryBoolean):
            for _ in result:
                pass
        return True
    except (SyntaxError, ValueError, json.JSONDecodeError):
        return False


def request(port: int, text: str, accept: str) -> tuple[float, str | None]:
    """Seconds taken and an error (None when the answer is a valid 200)."""
    data = urllib.parse.urlencode({"query": text}).encode()
    req = urllib.request.Request(f"http://{HOST}:{port}/query", data=data, headers={"Accept": accept})
    t0 = time.perf_counter()
    try:
        with urllib.request.urlopen(req, timeout=120) as resp:
            body, status = resp.read(), resp.status
    except urllib.error.HTTPError as err:
        return time.perf_counter() - t0, f"HTTP {err.code}: {err.read()[:200].decode('utf-8', 'replace')}"
    except (OSError, urllib.error.URLError) as err:
        return time.perf_counter() - t0, f"{type(err).__name__}: {err}"
    elapsed = time.perf_counter() - t0
    if status != 200 or not valid(body, accept):
        return elapsed, f"HTTP {status}: incomplete or malformed {accept} answer"
    return elapsed, None


class PeakMemory(threading.Thread):
    """Samples the summed RSS of a process and its children until stopped; ``peak`` in bytes."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid, self.peak, self._done = pid, 0, threading.Event()

    def run(self) -> None:
        import psutil

        root = psutil.Process(self.pid)
        while not self._done.is_set():
            total = 0
            for proc in [root, *root.children(recursive=True)]:
                try:
                    total += proc.memory_info().rss
                except psutil.Error:
                    pass
            self.peak = max(self.peak, total)
            self._done.wait(0.05)

    def stop(self) -> int:
        self._done.set()
        self.join()
        return self.peak


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def main(argv=None) -> int:
    args = parse_args(argv)
    from graph.sparql.endpoint import free_port, wait_until_up
    from graph.sparql.queries import run, saved_queries
    from graph.sparql.store import Store

    bc.print_machine()
    docs, events, ds, _ = make_dataset(args.triples)
    dates = sorted(d.date for d in docs if d.date)
    mix = the_mix(dates[len(dates) // 2])
    with tempfile.TemporaryDirectory(prefix="bench-endpoint-") as tmp:
        path = Path(tmp) / "store"
        with Store(path) as st:
            st.add_dataset(ds, [d.id for d in docs])
        print(f"dataset: {len(docs)} documents, {len(events)} event mentions, {len(ds)} triples; "
              f"{len(mix)} requests in the mix, {args.clients} clients x {args.requests} requests")

        baseline = []
        with Store(path, read_only=True) as st:
            for _, name, params in mix:
                run(st, saved_queries()[name], params)  # warm-up
                t0 = time.perf_counter()
                run(st, saved_queries()[name], params)
                baseline.append(time.perf_counter() - t0)

        port = free_port()
        command = [str(Path(sys.executable).parent / "dipgraph"), "serve", str(path), "--host", HOST, "--port", str(port)]
        if args.workers:
            command += ["--workers", str(args.workers)]
        server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        try:
            wait_until_up(server, port)
            memory = PeakMemory(server.pid)
            memory.start()
            texts = [query_text(name, params) for _, name, params in mix]
            single = [request(port, text, ACCEPT[0]) for text in texts]

            deadline = time.monotonic() + args.max_seconds

            def client(c: int) -> list[tuple[float, str | None]]:
                out = []
                for i in itertools.islice(itertools.count(c * 7), args.requests):
                    if time.monotonic() > deadline:
                        out.append((0.0, "not sent: --max-seconds reached"))
                        continue
                    out.append(request(port, texts[i % len(texts)], ACCEPT[(i + c) % len(ACCEPT)]))
                return out

            t0 = time.perf_counter()
            with ThreadPoolExecutor(max_workers=args.clients) as pool:
                results = [r for rs in pool.map(client, range(args.clients)) for r in rs]
            wall = time.perf_counter() - t0
            peak = memory.stop()
        finally:
            server.terminate()
            server.wait(timeout=60)

    errors = [e for _, e in results + single if e]
    latencies = [t for t, e in results if not e]
    base = statistics.median(baseline)
    rows = [
        ["in process, one at a time (baseline)", len(baseline), f"{base * 1000:.1f}",
         f"{percentile(baseline, 0.95) * 1000:.1f}", f"{max(baseline) * 1000:.1f}", "1.00", 0],
        ["HTTP, one client", len(single), f"{statistics.median(t for t, _ in single) * 1000:.1f}",
         f"{percentile([t for t, _ in single], 0.95) * 1000:.1f}", f"{max(t for t, _ in single) * 1000:.1f}",
         f"{statistics.median(t for t, _ in single) / base:.2f}", sum(1 for _, e in single if e)],
        [f"HTTP, {args.clients} clients", len(results), f"{statistics.median(latencies) * 1000:.1f}" if latencies else "",
         f"{percentile(latencies, 0.95) * 1000:.1f}" if latencies else "", f"{max(latencies) * 1000:.1f}" if latencies else "",
         f"{statistics.median(latencies) / base:.2f}" if latencies else "", len(errors) - sum(1 for _, e in single if e)],
    ]
    print()
    print(bc.format_table(["run", "requests", "median ms", "p95 ms", "max ms", "median / baseline", "errors"], rows))
    print(f"\nload: {len(results)} requests in {wall:.1f} s ({len(results) / wall:.1f} requests/s); "
          f"peak server memory (server + query processes, RSS) {peak / 2**20:.0f} MiB; errors {len(errors)} "
          f"({bc.verdict(not errors)})")
    for e in sorted(set(errors))[:10]:
        print(f"  error: {e}", file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
