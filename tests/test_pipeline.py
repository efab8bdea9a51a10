"""``dipgraph build`` end to end on the bundled sample corpus."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REQUIRED = {"doc", "source", "relation", "target", "source_actor", "target_actor", "sentence",
            "start", "end", "trigger", "confidence", "date", "language"}


def test_build_writes_the_four_outputs(built_corpus: Path):
    for name in ("events.jsonl", "graph.trig", "stance.html", "report.md"):
        assert (built_corpus / name).stat().st_size > 0, name


def test_events_table_is_scorable(built_corpus: Path, corpus_dir: Path):
    rows = [json.loads(line) for line in (built_corpus / "events.jsonl").read_text(encoding="utf-8").splitlines()]
    assert rows, "the sample corpus states many stance events"
    docs = {p.name for p in corpus_dir.glob("*.txt")} | {p.name for p in corpus_dir.glob("*.html")}
    docs |= {json.loads(l)["id"] for l in (corpus_dir / "articles.jsonl").read_text(encoding="utf-8").splitlines()}
    texts = {}
    for row in rows:
        assert REQUIRED <= set(row), set(row) ^ REQUIRED
        assert row["doc"] in docs
        assert row["source"] != row["target"]
        assert 0.0 <= row["confidence"] <= 1.0
        assert row["language"] in ("en", "fr")
        assert row["start"] < row["end"]
        texts.setdefault(row["doc"], set()).add(row["sentence"])
    assert {r["language"] for r in rows} == {"en", "fr"}


def test_events_match_hand_read_stances(built_corpus: Path):
    """A few stances any reader of the sample corpus finds (read by hand, not by the code)."""
    rows = [json.loads(line) for line in (built_corpus / "events.jsonl").read_text(encoding="utf-8").splitlines()]
    found = {(r["doc"], r["source"], r["relation"], r["target"]) for r in rows}
    expected = {
        ("gaza_truce_2023.txt", "QAT", "mediate", "ISR"),
        ("mali_ambassadeur_2022.txt", "MLI", "sanction", "FRA"),
        ("grain_deal_2022.txt", "EU", "condemn", "RUS"),
    }
    assert len(expected & found) >= 2, sorted(found)


def test_scorer_reads_the_events(built_corpus: Path):
    scorer = Path(__file__).resolve().parents[2] / "shared" / "eval" / "score.py"
    if not scorer.exists():
        import pytest

        pytest.skip("../shared/eval/score.py is not beside this checkout")
    out = subprocess.run(
        [sys.executable, str(scorer), "--gold", str(built_corpus / "events.jsonl"),
         "--pred", str(built_corpus / "events.jsonl"), "--json"],
        capture_output=True, text=True, check=True,
    )
    result = json.loads(out.stdout)
    assert result["unknown_relations"] == []
    assert result["relation"]["f1"] == 1.0  # the events scored against themselves
