"""Build throughput: words per second of dipgraph against bare ``nlp.pipe`` of the same models.

The dependency parser is this design's limit, so the baseline is the plain ``spacy.load`` of the
pipelines dipgraph chooses (no dipgraph component) running ``nlp.pipe`` over the same texts, with
the same ``n_process``, measured in the same run. Three things are timed on a synthetic corpus
made from ``examples/corpus`` (English and French, each document with its own id and date):

- ``bare nlp.pipe``: the baseline, one ``nlp.pipe`` call per language;
- ``extract``: :func:`graph.pipeline.extract` (NLP + actors + events, documents in memory);
- ``build``: :func:`graph.pipeline.build` from JSONL files to every output (RDF, report, HTML),
  i.e. ``dipgraph build``, with model loading excluded (each side loads its models once first).

Rounds alternate the order of the three, and the best time of each is kept (noise on a shared
machine only ever adds time). The ratio is baseline time / stage time; the goal is >= 0.85. The
CPU columns (this process and its ``nlp.pipe`` workers) give the same ratio in CPU seconds, which
a busy machine disturbs less, but which does not see time lost waiting on one process.
``--components`` adds the time of every pipeline component, one process, to find hot spots;
``--profile FILE`` writes a pyinstrument profile of a whole build (one process).

Example:
    python scripts/bench_build.py --docs 1500 --jobs 2
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
#: ``batch_size`` of the baseline's ``nlp.pipe``, the same as graph.pipeline.extract uses.
BATCH_SIZE = 8


def parse_args(argv=None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], epilog="Example:" + __doc__.split("Example:")[1],
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--docs", type=int, default=1500, help="documents in the corpus (default 1500)")
    p.add_argument("--jobs", type=int, default=2, help="n_process on both sides (default 2)")
    p.add_argument("--rounds", type=int, default=2, help="measurements of each side, best kept (default 2)")
    p.add_argument("--components", action="store_true", help="also time each pipeline component (one process)")
    p.add_argument("--profile", metavar="FILE", help="write a pyinstrument profile of a build, one process "
                   "(HTML for FILE.html, else text)")
    p.add_argument("--no-build", action="store_true", help="time extract only, not the whole build")
    return p.parse_args(argv)


def load_models(langs: list[str]):
    """Bare and dipgraph pipelines per language, and the seconds each side took to load them."""
    import spacy

    from graph.nlp.models import choose_model, load_pipeline

    t0 = time.perf_counter()
    bare = {lang: spacy.load(choose_model(lang)) for lang in langs}
    t1 = time.perf_counter()
    # the same call as graph.pipeline.extract makes: load_pipeline is cached per argument list
    ours = {lang: load_pipeline(lang, None) for lang in langs}
    t2 = time.perf_counter()
    return bare, ours, t1 - t0, t2 - t1


def run_bare(bare, docs, jobs: int) -> None:
    for lang, nlp in bare.items():
        texts = [d.text for d in docs if d.language == lang]
        n_process = jobs if len(texts) >= 2 * jobs and jobs > 1 else 1
        for _ in nlp.pipe(texts, n_process=n_process, batch_size=BATCH_SIZE):
            pass


def run_extract(docs, jobs: int) -> Counter:
    from graph.pipeline import extract

    counts = Counter()
    for _doc, events, n_mentions in extract(docs, jobs=jobs):
        counts["events"] += len(events)
        counts["mentions"] += n_mentions
    return counts


def run_build(corpus_dir: Path, out_dir: Path, jobs: int) -> None:
    from graph.pipeline import build

    shutil.rmtree(out_dir, ignore_errors=True)
    build([corpus_dir], out_dir, jobs=jobs, on_skip=lambda err: None)


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
        run_build(tmp / "corpus", tmp / "out", 1)
        prof.stop()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    out = prof.output_html() if path.endswith(".html") else prof.output_text(unicode=False, color=False)
    Path(path).write_text(out, encoding="utf-8")
    print(f"profile of a build (jobs=1) written to {path}")


def main(argv=None) -> int:
    args = parse_args(argv)
    bc.print_machine()
    docs = bc.synthetic_documents(args.docs)
    words = sum(bc.count_words(d.text) for d in docs)
    langs = sorted({d.language for d in docs})
    by_lang = Counter(d.language for d in docs)
    print(f"corpus: {len(docs)} documents ({', '.join(f'{n} {k}' for k, n in sorted(by_lang.items()))}), "
          f"{words} words; jobs={args.jobs}, rounds={args.rounds}")

    bare, ours, load_bare, load_ours = load_models(langs)
    print(f"model loading (once, not in the ratios): bare {load_bare:.1f} s, dipgraph {load_ours:.1f} s")
    # no warm-up run: a build starts cold too (lazy data such as dateparser's is loaded on first
    # use), and with --jobs > 1 so does every worker process; best-of-rounds drops one-time costs
    counts = Counter()

    tmp = Path(tempfile.mkdtemp(prefix="bench-build-"))
    try:
        stages = {"bare nlp.pipe": lambda: run_bare(bare, docs, args.jobs),
                  "extract": lambda: counts.update(run_extract(docs, args.jobs))}
        if not args.no_build:
            bc.write_jsonl_corpus(docs, tmp / "corpus")
            stages["build"] = lambda: run_build(tmp / "corpus", tmp / "out", args.jobs)
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
        ratio = base / best[name]
        goal = "" if name == "bare nlp.pipe" else bc.verdict(ratio >= GOAL)
        rows.append([name, f"{best[name]:.1f}", f"{words / best[name]:.0f}", f"{ratio:.2f}", goal,
                     f"{cpu[name]:.1f}", f"{base_cpu / cpu[name]:.2f}"])
    print()
    print(bc.format_table(["stage", "wall s", "words/s", "ratio vs bare", f"goal >= {GOAL}",
                           "cpu s", "cpu ratio"], rows))
    for name, msg in failed.items():
        print(f"{name} failed: {msg}")
    runs = max(1, args.rounds)
    print(f"(extract found {counts['mentions'] // runs} actor mentions and {counts['events'] // runs} events)")

    if args.components:
        print()
        print(bc.format_table(["side", "lang", "component", "seconds"], component_times(bare, ours, docs)))
    if args.profile:
        profile_build(docs, args.profile)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
