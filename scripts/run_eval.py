"""``make eval``: score the stance-event extractor against the shared gold files.

1. Builds ``<shared>/seeds`` (``graph.pipeline``) into a temporary folder and prints the table of
   ``<shared>/eval/score.py`` (relation, type and sign level P/R/F1; ``--errors`` with
   ``--errors``).
2. Feeds ``<shared>/eval/external/plover_gsr_cameo.jsonl`` as a JSONL corpus (records have
   ``id`` and ``text``) and prints ``score_external.py``'s result.

Skips with a message when the shared folder is missing.

Example: ``python scripts/run_eval.py --shared ../shared --errors``
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path


def events_for(inputs: list[Path], out: Path) -> Path:
    """Build ``inputs`` into ``out`` (``graph.pipeline.build``, no HTML or report) and return the
    path of its ``events.jsonl``. While the RDF stage is not installed, only the extraction runs."""
    from graph.ingest import read_documents
    from graph.io import write_jsonl
    from graph.pipeline import build, extract

    try:
        build(inputs, out, html=False, analysis=False)
        return out / "events.jsonl"
    except ImportError:
        pass
    rows = []
    for _doc, events, _n in extract(read_documents(inputs), jobs=1):
        rows.extend(e.to_json() for e in events)
    write_jsonl(out / "events.jsonl", rows)
    return out / "events.jsonl"


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
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(args.keep) if args.keep else Path(tmp)
        out = base / "seeds"
        out.mkdir(parents=True, exist_ok=True)
        pred = events_for([seeds], out)
        print(f"== seeds ({seeds}) scored by score.py ==", flush=True)
        subprocess.run([sys.executable, str(score), "--gold", str(shared / "eval" / "seeds.gold.jsonl"),
                        "--pred", str(pred), *extra], check=False)
        suite = shared / "eval" / "external" / "plover_gsr_cameo.jsonl"
        if suite.exists():
            out = base / "plover"
            out.mkdir(parents=True, exist_ok=True)
            pred = events_for([suite], out)
            print(f"\n== PLOVER gold-standard sentences ({suite.name}) scored by score_external.py ==",
                  flush=True)
            subprocess.run([sys.executable, str(suite.parent / "score_external.py"), "--suite", str(suite),
                            "--pred", str(pred), *extra], check=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
