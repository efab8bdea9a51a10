"""``make eval``: score the stance-event extractor on every development set, one table at the end.

The sets, each extracted with ``graph.pipeline.extract`` (ingest, NLP, actors, events; no RDF,
report or HTML, so the evaluation does not depend on those stages):

=========  ==========================================  ===================  =========
name       inputs                                      scorer               level
=========  ==========================================  ===================  =========
seeds      ``<shared>/seeds``                           ``score.py``         relation
dev_news   ``<shared>/eval/dev_news/docs``              ``score.py``         relation
train_news ``<shared>/eval/train_news/docs`` (silver)   ``score.py``         relation
plover     ``external/plover_gsr_cameo.jsonl``          ``score_external``   pair
petr2      ``external/petr2_gsr_validation.jsonl``      ``score_external``   pair
=========  ==========================================  ===================  =========

Each scorer's own table is printed (with its error lists under ``--errors``), then one summary
row per set and the quality bars of the extraction issues. Sets whose files are missing are
skipped with a message. The events files are written like ``dipgraph build`` writes
``events.jsonl`` (one ``Event.to_json()`` row per event mention), into a temporary folder or
``--keep DIR``.

Example: ``python scripts/run_eval.py --shared ../shared --sets seeds dev_news --errors``
(``--by-language`` adds a row per document language: English and French apart).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote


@dataclass(frozen=True)
class EvalSet:
    """One development set: where its inputs and gold are, how it is scored and at which level."""

    name: str
    inputs: str  # relative to the shared folder
    gold: str  # relative to the shared folder
    external: bool  # scored by score_external.py (suite of sentences) rather than score.py
    level: str  # the level reported in the summary
    bar: float | None  # the F1 the extraction issues ask for, if any


SETS = (
    EvalSet("seeds", "seeds", "eval/seeds.gold.jsonl", False, "relation", 0.85),
    EvalSet("dev_news", "eval/dev_news/docs", "eval/dev_news/gold.jsonl", False, "relation", 0.65),
    EvalSet("train_news", "eval/train_news/docs", "eval/train_news/gold.jsonl", False, "relation", None),
    EvalSet("plover", "eval/external/plover_gsr_cameo.jsonl", "eval/external/plover_gsr_cameo.jsonl",
            True, "pair", 0.68),
    EvalSet("petr2", "eval/external/petr2_gsr_validation.jsonl", "eval/external/petr2_gsr_validation.jsonl",
            True, "pair", 0.45),
)


def events_for(inputs: list[Path], out: Path, jobs: int = 1) -> Path:
    """Extract the events of ``inputs`` into ``out/events.jsonl`` and return its path; the
    language detected for each document goes to ``out/languages.json`` (``--by-language``)."""
    from graph.ingest import read_documents
    from graph.io import write_jsonl
    from graph.pipeline import extract

    def skipped(err) -> None:
        print(f"Warning: skipped {err}", file=sys.stderr)

    rows, languages = [], {}
    for doc, events, _n in extract(read_documents(inputs, on_skip=skipped), jobs=jobs):
        rows.extend(e.to_json() for e in events)
        languages[Path(doc.id).name] = doc.language or "en"
    path = out / "events.jsonl"
    write_jsonl(path, rows)
    (out / "languages.json").write_text(json.dumps(languages, sort_keys=True), encoding="utf-8")
    return path


def _score(cmd: list[str], extra: list[str], quiet: bool) -> dict:
    """Run a scorer: its table (and error lists) for the reader unless ``quiet``, then ``--json``."""
    if not quiet:
        subprocess.run([*cmd, *extra], check=False)
    done = subprocess.run([*cmd, "--json"], check=False, capture_output=True, text=True)
    try:
        return json.loads(done.stdout.strip().splitlines()[-1])
    except (ValueError, IndexError):
        return {}


def by_language(cmd: list[str], out: Path) -> dict[str, dict]:
    """Score a set once per document language: ``{lang: scorer JSON}``.

    The documents of one language are named by empty ``*.txt`` files in ``out/<lang>/docs``
    (``score.py --docs``), so documents with no gold event still count their false positives;
    gold and predictions of the other languages are left out.
    """
    languages = json.loads((out / "languages.json").read_text(encoding="utf-8"))
    gold, pred = Path(cmd[cmd.index("--gold") + 1]), Path(cmd[cmd.index("--pred") + 1])
    results = {}
    for lang in sorted(set(languages.values())):
        names = {name for name, value in languages.items() if value == lang}
        folder = out / lang / "docs"
        folder.mkdir(parents=True, exist_ok=True)
        for name in names:
            (folder / name).write_text("", encoding="utf-8")
        parts = []
        for kind, path in (("gold", gold), ("pred", pred)):
            rows = [line for line in path.read_text(encoding="utf-8").splitlines()
                    if line.strip() and _doc_name(json.loads(line).get("doc", "")) in names]
            part = out / lang / f"{kind}.jsonl"
            part.write_text("".join(f"{line}\n" for line in rows), encoding="utf-8")
            parts.append(part)
        results[lang] = _score([cmd[0], cmd[1], "--gold", str(parts[0]), "--pred", str(parts[1]),
                                "--docs", str(folder)], [], True)
    return results


def _doc_name(value: str) -> str:
    """The file name of a ``doc`` field (a path or an IRI), as ``score.py`` compares it."""
    value = unquote(value).rstrip("/")
    for sep in ("#", "/", "\\"):
        value = value.rsplit(sep, 1)[-1]
    return value


def score_set(spec: EvalSet, shared: Path, base: Path, *, jobs: int, extra: list[str],
              quiet: bool, split: bool = False) -> dict | None:
    """Extract and score one set; ``None`` when its files are not there."""
    inputs, gold = shared / spec.inputs, shared / spec.gold
    scorer = shared / "eval" / ("external/score_external.py" if spec.external else "score.py")
    if not inputs.exists() or not gold.exists() or not scorer.exists():
        print(f"== {spec.name}: {inputs} or its gold not found; skipped ==")
        return None
    out = base / spec.name
    out.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    pred = events_for([inputs], out, jobs)
    print(f"\n== {spec.name} ({inputs}) scored by {scorer.name}"
          f"  [extraction {time.perf_counter() - start:.1f} s] ==", flush=True)
    cmd = [sys.executable, str(scorer), "--suite" if spec.external else "--gold", str(gold),
           "--pred", str(pred)]
    if not spec.external and inputs.is_dir():
        cmd += ["--docs", str(inputs)]
    result = _score(cmd, extra, quiet)
    if split and not spec.external and result:
        result["languages"] = by_language(cmd, out)
    return result


def summary_lines(results: dict[str, dict]) -> list[str]:
    """The summary table: one row per scored set at its level, with its bar."""
    lines = ["| set | level | P | R | F1 | bar |", "|---|---|---|---|---|---|"]
    for spec in SETS:
        scores = results.get(spec.name, {}).get(spec.level)
        if not scores:
            continue
        bar = "" if spec.bar is None else (f"{spec.bar:.2f} " + ("met" if scores["f1"] >= spec.bar else "NOT met"))
        lines.append(f"| {spec.name} | {spec.level} | {scores['precision']:.3f} | {scores['recall']:.3f} "
                     f"| **{scores['f1']:.3f}** | {bar} |")
        if spec.name == "seeds" and "sign" in results[spec.name]:
            sign = results[spec.name]["sign"]
            lines.append(f"| seeds | sign | {sign['precision']:.3f} | {sign['recall']:.3f} "
                         f"| {sign['f1']:.3f} | 0.90 {'met' if sign['f1'] >= 0.90 else 'NOT met'} |")
        for lang, by_lang in sorted(results[spec.name].get("languages", {}).items()):
            s = by_lang.get(spec.level)
            if s:
                lines.append(f"| {spec.name} ({lang}) | {spec.level} | {s['precision']:.3f} | {s['recall']:.3f} "
                             f"| {s['f1']:.3f} | |")
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0],
                                 epilog="Example: python scripts/run_eval.py --shared ../shared --sets seeds dev_news")
    ap.add_argument("--shared", default="../shared", help="folder holding seeds/ and eval/")
    ap.add_argument("--sets", nargs="+", choices=[s.name for s in SETS], default=[s.name for s in SETS],
                    help="the sets to score (default: all)")
    ap.add_argument("--errors", action="store_true", help="also print the scorers' error lists")
    ap.add_argument("--quiet", action="store_true", help="print only the summary table")
    ap.add_argument("--jobs", type=int, default=1, help="processes for the NLP stage")
    ap.add_argument("--keep", help="write the events files here instead of a temporary folder")
    ap.add_argument("--by-language", action="store_true",
                    help="also score each document language apart (one summary row per language)")
    args = ap.parse_args(argv)
    shared = Path(args.shared)
    if not (shared / "eval").is_dir():
        print(f"run_eval: {shared}/eval not found; skipping")
        return 0
    extra = ["--errors"] if args.errors else []
    results: dict[str, dict] = {}
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(args.keep) if args.keep else Path(tmp)
        for spec in SETS:
            if spec.name in args.sets:
                scored = score_set(spec, shared, base, jobs=args.jobs, extra=extra, quiet=args.quiet,
                                   split=args.by_language)
                if scored:
                    results[spec.name] = scored
    print("\n== summary (bars of the extraction issues) ==")
    print("\n".join(summary_lines(results)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
