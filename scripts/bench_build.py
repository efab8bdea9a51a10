"""Build throughput: words per second of dipgraph against bare one-process ``nlp.pipe``.

The dependency parser is this design's limit, so the baseline is the plain ``spacy.load`` of the
pipelines dipgraph chooses (no dipgraph component) running ``nlp.pipe`` over the same texts **in
one process**, measured in the same run. On a corpus made from ``examples/corpus`` (or, with
``--seeds N``, N copies of the seed articles in ``../shared/seeds``), each document with its own
id and date, these are timed:

- ``bare nlp.pipe``: the baseline, one process, one ``nlp.pipe`` call per language;
- ``bare nlp.pipe n_process=J``: spaCy's own multiprocessing, for reference;
- ``extract -j J``: :func:`graph.build.extract` (NLP + actors + events, J worker processes);
- ``build -j 1`` and ``build -j J``: :func:`graph.build.build` from JSONL files to every output
  (events, RDF, report, HTML), i.e. ``dipgraph build``. Model loading is excluded: the pipelines
  are loaded once in this process first, and the workers are forked from it.

Rounds alternate the order, and the best time of each is kept (noise on a shared machine only
ever adds time). The ratio is baseline time / stage time, i.e. words/s against one bare
process; the goals are >= 0.85 with one job and >= 0.8 x J with J jobs (1.6 for two). The CPU
columns (this process and its workers) are given for reference.
``--store`` adds ``build -j J --store`` (a fresh store each round; goal <= 1.25 x ``build -j J``)
and ``--bulk-load TRIPLES`` the store's bulk load of a synthetic graph (goal <= 5 s a million),
fresh and rebuilt.
``--components`` adds the time of every pipeline component, one process, to find hot spots;
``--profile FILE`` writes a pyinstrument profile of a whole build (in-process, ``jobs=0``).

Example:
    python scripts/bench_build.py --seeds 200 --jobs 2 --store
    python scripts/bench_build.py --docs 12 --no-build --bulk-load 1000000
    python scripts/bench_build.py --docs 300 --jobs 1 --components --profile /tmp/build.html
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import bench_common as bc

GOAL = 0.85
#: Goal per job above one: ``build -j J`` >= GOAL_PER_JOB x J.
GOAL_PER_JOB = 0.8
#: ``batch_size`` of the baseline's ``nlp.pipe``, the same as graph.build.process uses.
BATCH_SIZE = 8
SEEDS = bc.ROOT.parent / "shared" / "seeds"


def parse_args(argv=None) -> argparse.Namespace:
    p = bc.script_parser(__doc__)
    p.add_argument("--docs", type=int, default=1500, help="documents in the corpus (default 1500)")
    p.add_argument("--seeds", type=int, metavar="N", help=f"use N copies of the seed articles ({SEEDS}) instead")
    p.add_argument("--jobs", type=int, default=2, help="n_process on both sides (default 2)")
    p.add_argument("--rounds", type=int, default=2, help="measurements of each side, best kept (default 2)")
    p.add_argument("--components", action="store_true", help="also time each pipeline component (one process)")
    p.add_argument("--profile", metavar="FILE", help="write a pyinstrument profile of a build, one process "
                   "(HTML for FILE.html, else text)")
    p.add_argument("--no-build", action="store_true", help="time extract only, not the whole build")
    p.add_argument("--store", action="store_true", help="also time build -j J --store (goal <= 1.25 x build -j J)")
    p.add_argument("--bulk-load", type=int, metavar="TRIPLES", help="also time the store's bulk load of a "
                   "synthetic graph of about TRIPLES triples, fresh and replacing every document (goal <= 5 s)")
    return p.parse_args(argv)


def load_models(langs: list[str]):
    """Bare and dipgraph pipelines per language, and the seconds each side took to load them."""
    import spacy

    from graph.nlp.models import choose_model, load_pipeline

    t0 = time.perf_counter()
    bare = {lang: spacy.load(choose_model(lang)) for lang in langs}
    t1 = time.perf_counter()
    # the same call as graph.build.process makes (cached per process): forked workers inherit them
    ours = {lang: load_pipeline(lang, None) for lang in langs}
    t2 = time.perf_counter()
    return bare, ours, t1 - t0, t2 - t1


def seed_documents(copies: int):
    """``copies`` copies of the seed articles, each with its own id."""
    from dataclasses import replace

    from graph.ingest import read_documents

    seeds = list(read_documents([SEEDS]))
    if not seeds:
        sys.exit(f"no seed articles in {SEEDS}")
    return [replace(d, id=f"{d.id}-{k:04d}") for k in range(copies) for d in seeds]


def run_bare(bare, docs, jobs: int) -> None:
    for lang, nlp in bare.items():
        texts = [d.text for d in docs if d.language == lang]
        n_process = jobs if len(texts) >= 2 * jobs and jobs > 1 else 1
        for _ in nlp.pipe(texts, n_process=n_process, batch_size=BATCH_SIZE):
            pass


def run_extract(docs, jobs: int) -> Counter:
    from graph.build import extract

    counts = Counter()
    for _doc, events, n_mentions in extract(docs, jobs=jobs):
        counts["events"] += len(events)
        counts["mentions"] += n_mentions
    return counts


def run_build(corpus_dir: Path, out_dir: Path, jobs: int, store: Path | None = None) -> None:
    from graph.build import build

    shutil.rmtree(out_dir, ignore_errors=True)
    if store is not None:
        shutil.rmtree(store, ignore_errors=True)
    build([corpus_dir], out_dir, jobs=jobs, store=store, on_skip=lambda err: None)


#: Triples per event mention of the synthetic graph (as in bench_sparql.py).
TRIPLES_PER_EVENT = 36
STORE_GOAL = 1.25
LOAD_GOAL_S = 5.0


def bulk_load_times(triples: int) -> list[list[str]]:
    """Write a synthetic graph of about ``triples`` triples as TriG (as a build streams it), then
    time, each against plain pyoxigraph's ``bulk_load`` of the same file into a fresh store in
    the same run: :meth:`Store.bulk_load` into a fresh store (parts on every core), a rebuild
    of every document (:meth:`Store.replace_graphs` reloads), and a rebuild of half of them
    (one bulk operation, against the former drop + bulk load)."""
    import pyoxigraph as ox

    from graph.rdf.iris import doc_iri
    from graph.sparql.store import Store

    n_events = max(10, triples // TRIPLES_PER_EVENT)
    docs, events = bc.synthetic_events(n_events, max(50, n_events // 20))
    tmp = Path(tempfile.mkdtemp(prefix="bench-load-"))
    try:
        path, half = _write_graph(tmp / "graph.trig", docs, events), docs[: len(docs) // 2]
        half_path = _write_graph(tmp / "half.trig", half, [e for e in events if e.doc in {d.id for d in half}])
        plain_store = ox.Store(str(tmp / "plain"))
        plain = bc.timed(lambda: (plain_store.bulk_load(path=str(path), format=ox.RdfFormat.TRIG), plain_store.flush()))
        n = len(plain_store)
        del plain_store
        rows = [[f"plain pyoxigraph bulk_load, fresh store ({n:,} quads)", f"{plain:.2f}", "1.00",
                 bc.verdict(plain <= LOAD_GOAL_S)]]

        def row(name: str, seconds: float) -> None:
            rows.append([name, f"{seconds:.2f}", f"{seconds / plain:.2f}", bc.verdict(seconds <= LOAD_GOAL_S)])

        graphs, half_graphs = [str(doc_iri(d.id)) for d in docs], [str(doc_iri(d.id)) for d in half]
        with Store(tmp / "store") as st:
            row("Store.bulk_load, fresh store (parts on every core)", bc.timed(lambda: st.bulk_load(path, lenient=True)))
            size, n_graphs = len(st), len(st.graphs())
            t = bc.timed(lambda: st.replace_graphs(graphs, path, lenient=True))
            assert len(st) == size, (len(st), size)  # every document replaced, nothing doubled
            row(f"rebuild of all {len(docs):,} documents: replace_graphs (reload)", t)
            # (the default graph is merged: the half build's clusters come on top; no graph doubles)
            t = bc.timed(lambda: st.replace_graphs(half_graphs, half_path, lenient=True))
            assert len(st.graphs()) == n_graphs
            row(f"rebuild of {len(half):,} documents: replace_graphs (one bulk rebuild)", t)
            t = bc.timed(lambda: (st.drop_graphs(half_graphs), st.bulk_load(half_path, lenient=True)))
            assert len(st.graphs()) == n_graphs
            row(f"rebuild of {len(half):,} documents: drop + bulk load (the former way)", t)
        return rows
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _write_graph(path: Path, docs, events) -> Path:
    """A build's graph file (TriG) of ``docs`` and ``events``, written as a build streams it."""
    from graph.events.cluster import cluster_events
    from graph.rdf.dataset import default_quads, document_quads
    from graph.rdf.stream import GraphStream

    by_doc: dict[str, list] = {}
    for e in events:
        by_doc.setdefault(e.doc, []).append(e)
    with GraphStream(path, "trig") as gs:
        for d in docs:
            gs.add(document_quads(d, by_doc.get(d.id, [])))
        gs.finish(default_quads(events, cluster_events(events)))
    return path


def component_times(bare, ours, docs) -> list[list[str]]:
    """Seconds per component, each pipeline run component by component in one process."""
    from graph.nlp.extensions import make_doc

    rows = []
    for side, pipes in (("bare", bare), ("dipgraph", ours)):
        for lang, nlp in pipes.items():
            objs = [make_doc(nlp, d.text, {"id": d.id, "date": d.date, "language": lang, "title": d.title})
                    for d in docs if d.language == lang]
            for name, proc in nlp.pipeline:
                t0 = time.perf_counter()
                if hasattr(proc, "pipe"):
                    objs = list(proc.pipe(objs, batch_size=BATCH_SIZE))
                else:
                    objs = [proc(o) for o in objs]
                rows.append([side, lang, name, f"{time.perf_counter() - t0:.2f}"])
    return rows


def profile_build(docs, path: str) -> None:
    """Profile a whole build of ``docs`` in one process (pyinstrument); HTML for a ``.html`` path,
    else text."""
    try:
        from pyinstrument import Profiler
    except ImportError:
        sys.exit("--profile needs pyinstrument (pip install -e '.[bench]')")
    tmp = Path(tempfile.mkdtemp(prefix="bench-profile-"))
    try:
        bc.write_jsonl_corpus(docs, tmp / "corpus")
        prof = Profiler(interval=0.002)
        prof.start()
        run_build(tmp / "corpus", tmp / "out", 0)
        prof.stop()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    out = prof.output_html() if path.endswith(".html") else prof.output_text(unicode=False, color=False)
    Path(path).write_text(out, encoding="utf-8")
    print(f"profile of a build (in-process) written to {path}")


def main(argv=None) -> int:
    args = parse_args(argv)
    bc.print_machine()
    docs = seed_documents(args.seeds) if args.seeds else bc.synthetic_documents(args.docs)
    words = sum(bc.count_words(d.text) for d in docs)
    langs = sorted({d.language for d in docs})
    by_lang = Counter(d.language for d in docs)
    print(f"corpus: {len(docs)} documents ({', '.join(f'{n} {k}' for k, n in sorted(by_lang.items()))}), "
          f"{words} words; jobs={args.jobs}, rounds={args.rounds}")

    bare, ours, load_bare, load_ours = load_models(langs)
    print(f"model loading (once, not in the ratios): bare {load_bare:.1f} s, dipgraph {load_ours:.1f} s")
    # no warm-up run: a build starts cold too (lazy data such as dateparser's is loaded on first
    # use, in every worker); best-of-rounds drops one-time costs of this process
    counts = Counter()
    j = args.jobs
    goals = {"bare nlp.pipe": None}
    stages = {"bare nlp.pipe": lambda: run_bare(bare, docs, 1)}
    if j > 1:
        stages[f"bare nlp.pipe n_process={j}"] = lambda: run_bare(bare, docs, j)
        goals[f"bare nlp.pipe n_process={j}"] = None
    stages[f"extract -j {j}"] = lambda: counts.update(run_extract(docs, j))
    goals[f"extract -j {j}"] = GOAL if j == 1 else GOAL_PER_JOB * j

    tmp = Path(tempfile.mkdtemp(prefix="bench-build-"))
    try:
        if not args.no_build:
            bc.write_jsonl_corpus(docs, tmp / "corpus")
            for jobs in sorted({1, j}):
                stages[f"build -j {jobs}"] = lambda jobs=jobs: run_build(tmp / "corpus", tmp / "out", jobs)
                goals[f"build -j {jobs}"] = GOAL if jobs == 1 else GOAL_PER_JOB * jobs
            if args.store:
                stages[f"build -j {j} --store"] = lambda: run_build(tmp / "corpus", tmp / "out", j, tmp / "store")
                goals[f"build -j {j} --store"] = None
        best: dict[str, float] = {}
        cpu: dict[str, float] = {}
        failed: dict[str, str] = {}
        names = list(stages)
        for r in range(args.rounds):
            for name in names if r % 2 == 0 else names[::-1]:
                if name in failed:
                    continue
                try:
                    wall, used = bc.cpu_timed(stages[name])
                except Exception as err:  # an unfinished stage must not hide the other figures
                    failed[name] = f"{type(err).__name__}: {err}"
                    continue
                best[name] = min(wall, best.get(name, wall))
                cpu[name] = min(used, cpu.get(name, used))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    base, base_cpu = best["bare nlp.pipe"], cpu["bare nlp.pipe"]
    rows = []
    for name in names:
        if name in failed:
            rows.append([name, "failed", "", "", "", "", ""])
            continue
        ratio, goal = base / best[name], goals[name]
        verdict = "" if goal is None else f"{goal:.2f} {bc.verdict(ratio >= goal)}"
        rows.append([name, f"{best[name]:.1f}", f"{words / best[name]:.0f}", f"{ratio:.2f}", verdict,
                     f"{cpu[name]:.1f}", f"{base_cpu / cpu[name]:.2f}"])
    print()
    print(bc.format_table(["stage", "wall s", "words/s", "ratio vs bare 1 process", "goal",
                           "cpu s", "cpu ratio"], rows))
    for name, msg in failed.items():
        print(f"{name} failed: {msg}")
    plain, with_store = f"build -j {j}", f"build -j {j} --store"
    if with_store in best and plain in best:
        ratio = best[with_store] / best[plain]
        print(f"\n--store costs {ratio:.2f} x the build without it (goal <= {STORE_GOAL}: "
              f"{bc.verdict(ratio <= STORE_GOAL)})")
    runs = max(1, args.rounds)
    print(f"(extract found {counts['mentions'] // runs} actor mentions and {counts['events'] // runs} events)")

    if args.components:
        print()
        print(bc.format_table(["side", "lang", "component", "seconds"], component_times(bare, ours, docs)))
    if args.profile:
        profile_build(docs, args.profile)
    if args.bulk_load:
        print()
        print(bc.format_table(["store load", "seconds", "ratio vs plain pyoxigraph", f"goal <= {LOAD_GOAL_S:.0f} s"],
                              bulk_load_times(args.bulk_load)))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
