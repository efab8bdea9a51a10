"""Memory: peak resident set size of a build for growing corpora; it must stay flat.

For each size a synthetic corpus (``examples/corpus`` varied, English and French) is written as
JSONL shards of 250 records, and a fresh Python process runs one stage on it and reports its peak
RSS (``getrusage``; the worker processes' peak is reported apart, since they are separate
processes, forked after the models are loaded):

- ``extract``: ingest + NLP + actors + events, events counted and dropped: the streaming part,
  which holds one batch of parsed documents at a time;
- ``build``: the whole ``dipgraph build`` (each document's named graph streamed to the graph
  file, light event records kept for clustering, the default graph, report and HTML).

The ratio is each peak over the peak of the smallest size, per stage. "Flat" means the ratio
stays near 1 while the corpus grows 16 times. ``after load`` is the RSS once the models are
loaded, before any document: the part of the peak that does not depend on the corpus.

Example:
    python scripts/bench_memory.py                 # 125, 500 and 2,000 documents (--scale 0.25)
    python scripts/bench_memory.py --scale 1       # 500, 2,000 and 8,000 documents
    python scripts/bench_memory.py --sizes 250,2000 --stages build   # the goal of issue 15
    python scripts/bench_memory.py --sizes 50,200 --stages extract
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import bench_common as bc

SIZES = (500, 2000, 8000)
#: Largest accepted peak ratio, biggest size vs smallest, for the "flat" verdict.
FLAT = 1.25


def parse_args(argv=None) -> argparse.Namespace:
    p = bc.script_parser(__doc__)
    p.add_argument("--scale", type=float, default=0.25, help="multiply the sizes 500, 2000, 8000 (default 0.25)")
    p.add_argument("--sizes", help="comma-separated document counts instead of the scaled defaults")
    p.add_argument("--stages", default="extract,build", help="stages to measure (default extract,build)")
    p.add_argument("--jobs", type=int, default=2, help="worker processes of the build (default 2)")
    p.add_argument("--child", nargs=2, metavar=("STAGE", "CORPUS"), help=argparse.SUPPRESS)
    return p.parse_args(argv)


def _rss_now_kib() -> int:
    """Current resident set size in KiB (Linux /proc; 0 elsewhere)."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def child(stage: str, corpus: str, jobs: int) -> None:
    """Run one stage on ``corpus`` in this process and print its memory figures as JSON."""
    from graph.ingest import read_documents
    from graph.nlp.models import load_pipeline
    from graph.build import build, extract

    for lang in ("en", "fr"):
        load_pipeline(lang, None)  # as extract calls it, so the cached pipeline is reused
    after_load = _rss_now_kib()
    t0 = time.perf_counter()
    if stage == "extract":
        docs = events = 0
        for _doc, evs, _n in extract(read_documents([corpus], on_skip=lambda e: None), jobs=jobs):
            docs += 1
            events += len(evs)
    else:
        out = Path(corpus).parent / "out"
        result = build([corpus], out, jobs=jobs, on_skip=lambda e: None)
        docs, events = len(result.documents), len(result.events)
        del result
    seconds = time.perf_counter() - t0
    print(json.dumps({
        "docs": docs, "events": events, "seconds": round(seconds, 1), "after_load_kib": after_load,
        # ru_maxrss is in KiB on Linux
        "peak_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
        "workers_peak_kib": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,
    }))


def measure(stage: str, size: int, jobs: int) -> dict:
    """Write a corpus of ``size`` documents and measure ``stage`` on it in a fresh process."""
    tmp = Path(tempfile.mkdtemp(prefix="bench-mem-"))
    try:
        bc.write_jsonl_corpus(bc.iter_synthetic_documents(size), tmp / "corpus")
        proc = subprocess.run(
            [sys.executable, __file__, "--jobs", str(jobs), "--child", stage, str(tmp / "corpus")],
            capture_output=True, text=True, cwd=bc.ROOT,
        )
        if proc.returncode != 0:
            tail = (proc.stderr.strip().splitlines() or ["no output"])[-1]
            return {"error": tail}
        return json.loads(proc.stdout.strip().splitlines()[-1])
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main(argv=None) -> int:
    args = parse_args(argv)
    if args.child:
        child(args.child[0], args.child[1], args.jobs)
        return 0
    sizes = [int(s) for s in args.sizes.split(",")] if args.sizes else [max(1, round(n * args.scale)) for n in SIZES]
    stages = [s.strip() for s in args.stages.split(",") if s.strip()]
    bad = [s for s in stages if s not in ("extract", "build")]
    if bad:
        sys.exit(f"unknown stage(s): {', '.join(bad)} (use extract, build)")
    bc.print_machine()
    print(f"sizes: {', '.join(map(str, sizes))} documents; jobs={args.jobs}")
    rows, status = [], 0
    for stage in stages:
        first = None
        results = []
        for size in sizes:
            r = measure(stage, size, args.jobs)
            results.append(r)
            if "error" in r:
                rows.append([stage, size, "failed", "", "", "", "", r["error"][:60]])
                status = 1
                continue
            first = first or r["peak_kib"]
            rows.append([stage, size, r["events"], f"{r['seconds']:.0f}", f"{r['after_load_kib'] / 1024:.0f}",
                         f"{r['peak_kib'] / 1024:.0f}", f"{r['workers_peak_kib'] / 1024:.0f}",
                         f"{r['peak_kib'] / first:.2f}"])
        ok = [r for r in results if "error" not in r]
        if len(ok) >= 2:
            ratio = ok[-1]["peak_kib"] / ok[0]["peak_kib"]
            rows[-1][-1] += f" ({bc.verdict(ratio <= FLAT)})"
    print()
    print(bc.format_table(["stage", "documents", "events", "s", "after load MiB", "peak MiB",
                           "workers peak MiB", f"peak ratio vs first (flat <= {FLAT})"], rows))
    return status


if __name__ == "__main__":
    sys.exit(main())
