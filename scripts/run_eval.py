"""``make eval``: score the stance-event extractor against the shared gold files.

1. Extracts the events of ``<shared>/seeds`` (``graph.pipeline.extract``: ingest, NLP, actors,
   events; no RDF, report or HTML, so the evaluation does not depend on those stages) and prints
   the table of ``<shared>/eval/score.py`` (relation, type and sign level P/R/F1; the error lists
   with ``--errors``).
2. Feeds ``<shared>/eval/external/plover_gsr_cameo.jsonl`` as a JSONL corpus (records have
   ``id`` and ``text``) and prints ``score_external.py``'s result.
3. Prints one line per quality bar of issue 4 (seeds relation F1 >= 0.75, sign F1 >= 0.85;
   PLOVER pair F1 >= 0.55) with the measured figure.

The events files are written like ``dipgraph build`` writes ``events.jsonl`` (one
``Event.to_json()`` row per event mention), into a temporary folder or ``--keep DIR``.
Skips with a message when the shared folder is missing.

Example: ``python scripts/run_eval.py --shared ../shared --errors``
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

#: (test set, level, bar) of issue 4.
BARS = (("seeds", "relation", 0.75), ("seeds", "sign", 0.85), ("plover", "pair", 0.55))


def events_for(inputs: list[Path], out: Path) -> Path:
    """Extract the events of ``inputs`` into ``out/events.jsonl`` and return its path."""
    from graph.ingest import read_documents
    from graph.io import write_jsonl
    from graph.pipeline import extract

    def skipped(err) -> None:
        print(f"Warning: skipped {err}", file=sys.stderr)

    rows = []
    for _doc, events, _n in extract(read_documents(inputs, on_skip=skipped), jobs=1):
        rows.extend(e.to_json() for e in events)
    path = out / "events.jsonl"
    write_jsonl(path, rows)
    return path


def _score(cmd: list[str], extra: list[str]) -> dict:
    """Run a scorer twice: its table (and error lists) for the reader, then ``--json``."""
    subprocess.run([*cmd, *extra], check=False)
    done = subprocess.run([*cmd, "--json"], check=False, capture_output=True, text=True)
    try:
        return json.loads(done.stdout.strip().splitlines()[-1])
    except (ValueError, IndexError):
        return {}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default="../shared", help="folder holding seeds/ and eval/")
    ap.add_argument("--errors", action="store_true", help="also print the scorers' error lists")
    ap.add_argument("--keep", help="write the events files here instead of a temporary folder")
    args = ap.parse_args(argv)
    shared = Path(args.shared)
    score, seeds = shared / "eval" / "score.py", shared / "seeds"
    if not score.exists() or not seeds.is_dir():
        print(f"run_eval: {shared}/eval or {shared}/seeds not found; skipping")
        return 0
    extra = ["--errors"] if args.errors else []
    results: dict[str, dict] = {}
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(args.keep) if args.keep else Path(tmp)
        out = base / "seeds"
        out.mkdir(parents=True, exist_ok=True)
        start = time.perf_counter()
        pred = events_for([seeds], out)
        print(f"== seeds ({seeds}) scored by score.py  [extraction {time.perf_counter() - start:.1f} s] ==",
              flush=True)
        results["seeds"] = _score([sys.executable, str(score), "--gold", str(shared / "eval" / "seeds.gold.jsonl"),
                                   "--pred", str(pred)], extra)
        suite = shared / "eval" / "external" / "plover_gsr_cameo.jsonl"
        if suite.exists():
            out = base / "plover"
            out.mkdir(parents=True, exist_ok=True)
            start = time.perf_counter()
            pred = events_for([suite], out)
            print(f"\n== PLOVER gold-standard sentences ({suite.name}) scored by score_external.py"
                  f"  [extraction {time.perf_counter() - start:.1f} s] ==", flush=True)
            results["plover"] = _score([sys.executable, str(suite.parent / "score_external.py"),
                                        "--suite", str(suite), "--pred", str(pred)], extra)
    print("\n== quality bars (issue 4) ==")
    for test_set, level, bar in BARS:
        f1 = results.get(test_set, {}).get(level, {}).get("f1")
        shown = "n/a" if f1 is None else f"{f1:.3f}"
        verdict = "" if f1 is None else ("met" if f1 >= bar else "NOT met")
        print(f"{test_set:<7} {level:<9} F1 {shown:>6}  (bar {bar:.2f})  {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
