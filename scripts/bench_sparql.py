"""SPARQL: the saved queries on a synthetic dataset of about a million triples, Oxigraph vs rdflib.

The dataset goes through the real RDF stage: synthetic documents and stance events (made by
``bench_common.synthetic_events``: knowledge-base actors and made-up ones, Zipf-like popularity,
19 relations, ten years of dates) are clustered (``graph.events.cluster``), turned into an
``rdflib.Dataset`` by ``graph.rdf.dataset.build_dataset`` and written as TriG by
``graph.rdf.serialize.write_dataset``, as ``dipgraph build`` does. Then:

- **load**: ``graph.sparql.store.Store.from_file`` (what ``dipgraph query`` does: the TriG file
  into an in-memory Oxigraph store, plus the ontology); goal <= 5 s. For information, the
  persistent store of ``dipgraph build --store`` (``Store(path).add_dataset``) too.
- **queries**: every saved query (``ontology/queries/*.rq``) through
  ``graph.sparql.queries.run`` on Oxigraph, and the same text on the rdflib ``Dataset`` in memory
  (with the ontology graph added, as in the store). A query with parameters runs twice: bound to
  the example value of its header (``--param actor=AZE``, the usual use) and unbound (every row).
  Oxigraph's time is the median of ``--repeat`` runs after a warm-up; rdflib's the median of up
  to three (one when a run takes over 10 s; stopped after ``--rdflib-timeout`` seconds, then the speed-up is a lower bound). Goals:
  <= 50 ms median on Oxigraph and >= 30x faster than rdflib. Row counts of both engines are
  shown side by side as a check that they answer the same thing.

Example:
    python scripts/bench_sparql.py                      # about 250,000 triples
    python scripts/bench_sparql.py --triples 1000000    # the table of BENCHMARKS.md
    python scripts/bench_sparql.py --triples 20000 --repeat 3
"""

from __future__ import annotations

import argparse
import re
import shutil
import signal
import statistics
import sys
import tempfile
import time
from pathlib import Path

import bench_common as bc

LOAD_GOAL_S = 5.0
QUERY_GOAL_MS = 50.0
SPEEDUP_GOAL = 30.0
#: Triples per event mention that build_dataset makes on this synthetic data (measured: ~36).
TRIPLES_PER_EVENT = 36
#: Actors per event: a large corpus has a few thousand actors for some 30,000 events.
ACTORS_PER_EVENT = 0.05


class _Timeout(BaseException):
    """Raised in the main thread by SIGALRM (a BaseException so no library catches it)."""


def parse_args(argv=None) -> argparse.Namespace:
    p = bc.script_parser(__doc__)
    p.add_argument("--triples", type=int, default=250_000, help="approximate dataset size (default 250000)")
    p.add_argument("--repeat", type=int, default=7, help="Oxigraph runs per query, median kept (default 7)")
    p.add_argument("--rdflib-timeout", type=float, default=60, help="longest rdflib run, seconds (default 60)")
    p.add_argument("--no-rdflib", action="store_true", help="time Oxigraph only")
    p.add_argument("--no-persistent", action="store_true", help="skip the persistent-store load")
    return p.parse_args(argv)


def example_params(query, mid_date: str) -> tuple[dict[str, str], dict[str, str]]:
    """Parameter values for ``query``: each bound to the example of its header
    (``# param: actor  ... (e.g. AZE)``), a date parameter to ``mid_date``; and the subset of
    them that the query requires (bound in every run)."""
    bound, required = {}, {}
    for name, doc in query.params.items():
        m = re.search(r"e\.g\.\s*([^)\s,;]+)", doc)
        if m:
            bound[name] = m.group(1)
        elif "YYYY-MM-DD" in doc:
            bound[name] = mid_date
        if "(required)" in doc and name in bound:
            required[name] = bound[name]
    return bound, required


def make_dataset(triples: int):
    """Documents, events, the rdflib dataset and the seconds build_dataset took."""
    from graph.events.cluster import cluster_events
    from graph.rdf.dataset import build_dataset

    n_events = max(10, triples // TRIPLES_PER_EVENT)
    docs, events = bc.synthetic_events(n_events, max(50, int(n_events * ACTORS_PER_EVENT)))
    t0 = time.perf_counter()
    ds = build_dataset(docs, events, cluster_events(events))
    return docs, events, ds, time.perf_counter() - t0


def add_ontology(ds) -> None:
    """Put the ontology in its named graph of the rdflib dataset, as the store does."""
    from rdflib import URIRef

    from graph.rdf.namespace import ONTOLOGY_IRI
    from graph.rdf.ontology import ontology_graph

    g = ds.graph(URIRef(str(ONTOLOGY_IRI)))
    for triple in ontology_graph():
        g.add(triple)


def time_oxigraph(store, query, params: dict, repeat: int) -> tuple[float, int]:
    from graph.sparql.queries import run

    _, rows = run(store, query, params)  # warm-up
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        _, rows = run(store, query, params)
        times.append(time.perf_counter() - t0)
    return statistics.median(times), len(rows)


def time_rdflib(ds, query, params: dict, timeout: float) -> tuple[float | None, int | str | None]:
    """Median seconds and row count of the query on rdflib; ``(None, None)`` past ``timeout``,
    ``(None, error name)`` when rdflib raises."""
    from rdflib import Literal

    bindings = {k: Literal(v) for k, v in params.items()}

    def alarm(signum, frame):
        raise _Timeout()

    old = signal.signal(signal.SIGALRM, alarm)
    times, n = [], None
    try:
        for _ in range(3):
            signal.setitimer(signal.ITIMER_REAL, timeout)
            t0 = time.perf_counter()
            try:
                result = ds.query(query.text, initBindings=bindings)
                n = 1 if result.type == "ASK" else len(list(result))
            except _Timeout:
                return None, None
            except Exception as err:  # rdflib fails on some valid queries
                return None, f"{type(err).__name__}"
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
            times.append(time.perf_counter() - t0)
            if times[-1] > 10:
                break
    finally:
        signal.signal(signal.SIGALRM, old)
    return statistics.median(times), n


def main(argv=None) -> int:
    args = parse_args(argv)
    from graph.rdf.serialize import write_dataset
    from graph.sparql.queries import saved_queries
    from graph.sparql.store import Store

    bc.print_machine()
    docs, events, ds, t_build = make_dataset(args.triples)
    n_triples = len(ds)
    tmp = Path(tempfile.mkdtemp(prefix="bench-sparql-"))
    rows_load = []
    try:
        path = tmp / "graph.trig"
        t_write = bc.timed(lambda: write_dataset(ds, path, "trig"))
        print(f"dataset: {len(docs)} documents, {len(events)} event mentions, "
              f"{len({e.source for e in events} | {e.target for e in events})} parties, {n_triples} triples "
              f"(build_dataset {t_build:.1f} s, TriG {path.stat().st_size / 2**20:.0f} MiB written in {t_write:.1f} s)")
        t0 = time.perf_counter()
        store = Store.from_file(path)
        t_load = time.perf_counter() - t0
        rows_load.append(["Store.from_file (dipgraph query)", f"{t_load:.2f}", bc.verdict(t_load <= LOAD_GOAL_S)])
        if not args.no_persistent:
            t0 = time.perf_counter()
            with Store(tmp / "store") as persistent:
                persistent.add_dataset(ds, [d.id for d in docs])
            t_add = time.perf_counter() - t0
            rows_load.append(["Store(path).add_dataset (build --store)", f"{t_add:.2f}",
                              bc.verdict(t_add <= LOAD_GOAL_S)])
        print(f"store: {len(store)} quads (with the ontology)\n")
        print(bc.format_table(["load", "seconds", f"goal <= {LOAD_GOAL_S:.0f} s"], rows_load))

        if not args.no_rdflib:
            add_ontology(ds)
        dates = sorted(d.date for d in docs if d.date)
        mid_date = dates[len(dates) // 2]
        table, status = [], 0
        for name, query in sorted(saved_queries().items()):
            bound, required = example_params(query, mid_date)
            variants = [(", ".join(f"{k}={v}" for k, v in bound.items()), bound)]
            if bound != required:
                fixed = ", ".join(f"{k}={v}" for k, v in required.items())
                variants.append((f"{fixed} (others unbound)" if fixed else "(unbound)", required))
            for label, params in variants:
                ox_s, ox_n = time_oxigraph(store, query, params, args.repeat)
                row = [name, label, ox_n, f"{ox_s * 1000:.1f}", bc.verdict(ox_s * 1000 <= QUERY_GOAL_MS)]
                if args.no_rdflib:
                    row += ["", "", "", ""]
                else:
                    rd_s, rd_n = time_rdflib(ds, query, params, args.rdflib_timeout)
                    if rd_s is None and rd_n is not None:
                        row += ["", f"fails ({rd_n})", "", ""]
                    elif rd_s is None:
                        row += ["?", f"> {args.rdflib_timeout * 1000:.0f}",
                                f"> {args.rdflib_timeout / ox_s:.0f}", bc.verdict(args.rdflib_timeout / ox_s >= SPEEDUP_GOAL)]
                    else:
                        speedup = rd_s / ox_s
                        row += [rd_n, f"{rd_s * 1000:.0f}", f"{speedup:.0f}", bc.verdict(speedup >= SPEEDUP_GOAL)]
                table.append(row)
                print(f"  {name} {label}: oxigraph {ox_s * 1000:.1f} ms, rdflib {row[6]} ms", file=sys.stderr)
        print()
        print(bc.format_table(["query", "parameters", "rows", "oxigraph ms", f"<= {QUERY_GOAL_MS:.0f} ms",
                               "rdflib rows", "rdflib ms", "speed-up", f">= {SPEEDUP_GOAL:.0f}x"], table))
        store.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return status


if __name__ == "__main__":
    sys.exit(main())
