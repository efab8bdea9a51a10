"""Table-driven mention-in-context cases (``cases.tsv``, English and French).

Each row: language, document date, a sentence written for this project, the text of the
mention (its first occurrence in the sentence), the expected actor id (``*``: any; ``NONE``: no mention there), the
expected roll-up code (``-``: no code, ``*``: any) and the expected kind (``*``: any). The
mention is looked up through :func:`graph.actors.resolve.mentions_at` at the first token of
that text, as the events stage does; a row passes if one mention there matches.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from graph.actors.resolve import mentions_at

CASES = Path(__file__).with_name("cases.tsv")


def _rows():
    with open(CASES, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


ROWS = _rows()


def test_table_is_large_and_bilingual():
    assert len(ROWS) >= 150
    langs = {r["lang"] for r in ROWS}
    assert langs == {"en", "fr"}
    assert sum(r["lang"] == "fr" for r in ROWS) >= 50


@pytest.mark.parametrize("row", ROWS, ids=[f"{i + 2}-{r['lang']}-{r['mention'][:30]}" for i, r in enumerate(ROWS)])
def test_mention_in_context(analyse, row):
    doc = analyse(row["lang"], row["sentence"], row["date"] or None)
    char = row["sentence"].index(row["mention"])
    token = next(t for t in doc if t.idx <= char < t.idx + max(len(t.text), 1))
    found = mentions_at(doc, token.i, places=True)
    if row["actor"] == "NONE":  # the word is not an actor here
        assert not found, found
        return
    assert found, f"no mention at {row['mention']!r}; mentions: {[(m['text'], m['code']) for m in doc._.mentions]}"

    def ok(m):
        code = None if row["code"] == "-" else row["code"]
        return (
            (row["actor"] == "*" or m["actor_id"] == row["actor"])
            and (row["code"] == "*" or m["code"] == code)
            and (row["kind"] == "*" or m["kind"] == row["kind"])
        )

    assert any(ok(m) for m in found), [(m["text"], m["actor_id"], m["code"], m["kind"]) for m in found]
