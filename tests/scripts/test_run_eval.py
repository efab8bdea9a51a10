"""``run_eval.py --by-language``: each document language scored apart, on files written here."""

from __future__ import annotations

import json
import sys

import run_eval

# A scorer that answers what it was given: the documents of --docs, the gold and predicted rows.
ECHO_SCORER = """\
import json, sys
from pathlib import Path
args = dict(zip(sys.argv[1::2], sys.argv[2::2]))
rows = lambda p: [json.loads(l)["doc"] for l in Path(p).read_text().splitlines() if l.strip()]
print(json.dumps({"docs": sorted(p.name for p in Path(args["--docs"]).glob("*.txt")),
                  "gold": rows(args["--gold"]), "pred": rows(args["--pred"])}))
"""


def test_by_language_splits_gold_predictions_and_documents(tmp_path):
    scorer = tmp_path / "score.py"
    scorer.write_text(ECHO_SCORER)
    out = tmp_path / "set"
    out.mkdir()
    (out / "languages.json").write_text(json.dumps({"a.txt": "en", "b.txt": "fr", "c.txt": "fr"}))
    gold, pred = tmp_path / "gold.jsonl", out / "events.jsonl"
    gold.write_text("".join(json.dumps({"doc": d}) + "\n" for d in ("a.txt", "b.txt", "b.txt")))
    pred.write_text("".join(json.dumps({"doc": d}) + "\n" for d in ("/x/a.txt", "/x/c.txt")))
    cmd = [sys.executable, str(scorer), "--gold", str(gold), "--pred", str(pred)]
    got = run_eval.by_language(cmd, out)
    assert got["en"] == {"docs": ["a.txt"], "gold": ["a.txt"], "pred": ["/x/a.txt"]}
    assert got["fr"] == {"docs": ["b.txt", "c.txt"], "gold": ["b.txt", "b.txt"], "pred": ["/x/c.txt"]}


def test_summary_has_a_row_per_language():
    scores = {"precision": 0.5, "recall": 0.25, "f1": 0.3333}
    results = {"dev_news": {"relation": scores, "languages": {"fr": {"relation": scores}}}}
    lines = run_eval.summary_lines(results)
    assert "| dev_news (fr) | relation | 0.500 | 0.250 | 0.333 | |" in lines
