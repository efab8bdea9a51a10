"""Ray engine throughput: words per second of ``build --engine ray`` against the local engine.

A synthetic corpus made from ``examples/corpus`` (JSONL files of ``--per-file`` records, as a
scraper archive) is built, without report and HTML, by the local engine (``--jobs N`` worker
processes) and by the ray engine (``--workers N`` Ray Data workers), for each N of ``--workers``,
all in one run (best of ``--rounds``, the two engines in alternating order). The ray engine runs in a local Ray started once by this script (its start-up,
a few seconds paid once per cluster, is timed apart), so each ray row counts what a build on a
running cluster costs: reading with Ray Data, loading the pipelines in every worker, parsing,
writing the shards and merging them. The local rows also load their pipelines in their workers.
The ratio is the ray engine's words/s divided by the local engine's with the same N; the goal
is >= 0.8 with 2 workers. Every ray build's ``events.jsonl`` and ``graph.trig`` are
compared with the local engine's, byte for byte.

Example:
    python scripts/bench_ray.py --docs 1200 --workers 1,2
    python scripts/bench_ray.py --docs 60 --workers 1
"""

from __future__ import annotations

import argparse
import filecmp
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

import bench_common as bc

GOAL = 0.8


def parse_args(argv=None) -> argparse.Namespace:
    p = bc.script_parser(__doc__)
    p.add_argument("--docs", type=int, default=600, help="synthetic documents (default 600)")
    p.add_argument("--workers", default="1,2", help="worker counts, comma-separated (default 1,2)")
    p.add_argument("--rounds", type=int, default=1, help="rounds; the best time of each build is kept (default 1)")
    p.add_argument("--per-file", type=int, default=50, help="records per JSONL input file (default 50)")
    return p.parse_args(argv)


def main(argv=None) -> int:
    args = parse_args(argv)
    counts = [int(n) for n in args.workers.split(",") if n.strip()]
    bc.print_machine()
    print(f"load average at start: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    from graph.build import build
    from graph.build.ray_engine import RayEngine, ray_session

    docs = bc.synthetic_documents(args.docs)
    tmp = Path(tempfile.mkdtemp(prefix="bench-ray-"))
    rows, same = [], True
    try:
        words = bc.write_jsonl_corpus(docs, tmp / "corpus", per_file=args.per_file)
        print(f"corpus: {len(docs)} documents, {words} words in {len(list((tmp / 'corpus').iterdir()))} files")
        t0 = time.perf_counter()
        with ray_session(workers=max(counts)):
            started = time.perf_counter() - t0
            print(f"local Ray started in {started:.1f} s (not in the rates below)")
            for n in counts:
                opts = dict(html=False, analysis=False)
                runs = {"local": lambda: build([tmp / "corpus"], tmp / f"local{n}", jobs=n, **opts),
                        "ray": lambda: build([tmp / "corpus"], tmp / f"ray{n}", engine=RayEngine(workers=n), **opts)}
                best: dict[str, float] = {}
                for r in range(max(1, args.rounds)):  # alternate the order: noise only adds time
                    for name in (("local", "ray") if r % 2 == 0 else ("ray", "local")):
                        t = bc.timed(runs[name])
                        best[name] = min(t, best.get(name, t))
                local, ray = best["local"], best["ray"]
                equal = all(filecmp.cmp(tmp / f"local{n}" / f, tmp / f"ray{n}" / f, shallow=False)
                            for f in ("events.jsonl", "graph.trig"))
                same &= equal
                ratio = local / ray
                goal = bc.verdict(ratio >= GOAL) if n == 2 else ""
                rows.append([str(n), f"{local:.1f}", f"{words / local:.0f}", f"{ray:.1f}", f"{words / ray:.0f}",
                             f"{words / ray / n:.0f}", f"{ratio:.2f}", goal, "yes" if equal else "NO"])
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"load average at end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print()
    print(bc.format_table(["workers = jobs", "local s", "local words/s", "ray s", "ray words/s",
                           "ray words/s per worker", "ray / local", f"goal >= {GOAL} (2)", "same bytes"], rows))
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
