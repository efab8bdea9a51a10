"""Plain-text articles take their date from their dateline; metadata and --date come first/last."""

from __future__ import annotations

import json

import pytest

from graph.ingest import read_documents
from graph.ingest.language import dateline_date


@pytest.mark.parametrize("text, expected", [
    ("Ceasefire talks resume\n\nCairo, 4 February 2024. Delegations met ...", "2024-02-04"),
    ("GENEVA, March 3, 2021 - The envoy said ...", "2021-03-03"),
    ("Vienne, le 1er avril 2015. Les négociateurs ...", "2015-04-01"),
    ("Tbilisi, 2008-08-12: Russian forces ...", "2008-08-12"),
    ("Talks resume in Cairo as envoys arrive for a new round.", None),
    ("Minsk, 31 June 2015. Impossible date.", None),
])
def test_dateline_forms(text, expected):
    assert dateline_date(text) == expected


def test_a_date_deep_in_the_text_is_not_a_dateline():
    text = "Envoys meet again\n\n" + "The talks went on. " * 40 + "Cairo, 4 February 2024. More."
    assert dateline_date(text) is None


def test_metadata_wins_then_dateline_then_the_default(tmp_path):
    (tmp_path / "a.txt").write_text("Talks\n\nCairo, 4 February 2024. Egypt hosted talks between the two sides.\n",
                                    encoding="utf-8")
    (tmp_path / "b.txt").write_text("Egypt hosted talks between the two sides in Cairo on Sunday.\n", encoding="utf-8")
    (tmp_path / "c.jsonl").write_text(json.dumps({"id": "c", "date": "2024-02-10", "text":
                                                  "Cairo, 4 February 2024. Egypt hosted talks between the two sides."}) + "\n",
                                      encoding="utf-8")
    dates = {d.id: d.date for d in read_documents([tmp_path], date="2024-03-01", language="en")}
    assert dates == {"a.txt": "2024-02-04", "b.txt": "2024-03-01", "c": "2024-02-10"}
