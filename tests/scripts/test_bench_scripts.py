"""Each benchmark script runs end to end on a tiny size and prints its table with the ratios.

These are smoke tests of the scripts (``make bench`` must not break unnoticed), not timings:
nothing here asserts a speed, only that every measured row is there with a number in it.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")


def run_script(name: str, *args: str, timeout: float = 600) -> str:
    proc = subprocess.run([sys.executable, str(ROOT / "scripts" / name), *args], capture_output=True,
                          text=True, cwd=ROOT, timeout=timeout)
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    assert proc.stdout.startswith("machine: cores ")
    return proc.stdout


def table(out: str) -> list[list[str]]:
    """The rows of the last Markdown table printed (header and rule left out)."""
    blocks = re.findall(r"((?:^\|.*\|\n?)+)", out, flags=re.M)
    assert blocks, out
    lines = blocks[-1].strip().splitlines()
    assert re.fullmatch(r"\|(-+:\|)+", lines[1])
    return [[c.strip() for c in line.strip("|").split("|")] for line in lines[2:]]


NUMBER = re.compile(r"^\d+(\.\d+)?$")


def test_bench_build_prints_the_ratio_of_extract_to_bare_spacy():
    out = run_script("bench_build.py", "--docs", "12", "--rounds", "1", "--jobs", "1", "--no-build")
    rows = {r[0]: r for r in table(out)}
    assert list(rows) == ["bare nlp.pipe", "extract -j 1"]
    assert rows["bare nlp.pipe"][3] == "1.00"
    assert NUMBER.match(rows["extract -j 1"][3]) and float(rows["extract -j 1"][3]) > 0
    assert rows["extract -j 1"][4] in ("0.85 met", "0.85 MISSED")
    assert "corpus: 12 documents (8 en, 4 fr)" in out
    # the pipeline really extracted something from the sample corpus
    events = int(re.search(r"(\d+) events\)", out).group(1))
    assert events > 0


@pytest.mark.slow
def test_bench_memory_prints_one_row_per_size_and_the_ratio_to_the_first():
    out = run_script("bench_memory.py", "--sizes", "6,12", "--stages", "extract", "--jobs", "1")
    rows = table(out)
    assert [(r[0], r[1]) for r in rows] == [("extract", "6"), ("extract", "12")]
    assert rows[0][-1] == "1.00"
    assert re.fullmatch(r"\d+\.\d\d \((met|MISSED)\)", rows[1][-1])
    assert all(float(r[5]) >= float(r[4]) > 0 for r in rows)  # peak >= RSS after loading the models


def test_bench_sparql_times_every_saved_query_on_both_engines():
    from graph.sparql.queries import saved_queries

    out = run_script("bench_sparql.py", "--triples", "1500", "--repeat", "1", "--rdflib-timeout", "1",
                     "--no-persistent")
    assert re.search(r"Store\.from_file \(dipgraph query\) \|\s+\d+\.\d\d \|\s+(met|MISSED) \|", out)
    rows = table(out)
    assert {r[0] for r in rows} == set(saved_queries())
    for r in rows:
        assert NUMBER.match(r[3]), r  # Oxigraph median ms
        assert r[6] == "" or NUMBER.match(r[6]) or r[6].startswith(("> ", "fails")), r
        if NUMBER.match(r[2]) and NUMBER.match(r[5]):
            assert r[2] == r[5], f"{r[0]}: Oxigraph and rdflib disagree on the row count"


@pytest.mark.browser
def test_bench_html_times_the_page_until_it_is_stable():
    pytest.importorskip("playwright")
    if not Path(CHROMIUM).exists():
        pytest.skip(f"no Chromium at {CHROMIUM}")
    out = run_script("bench_html.py", "--sizes", "10,30", "--repeat", "1")
    rows = table(out)
    assert [r[0] for r in rows] == ["10", "30", "30 (default page)"]
    assert [r[1] for r in rows] == ["10", "30", "30"]  # every actor drawn
    for r in rows:
        assert float(r[6]) >= float(r[5]) > 0  # interactive after the DOM is ready
    assert rows[0][7] == "1.0"


@pytest.mark.slow
def test_bench_endpoint_loads_a_real_server_without_errors():
    out = run_script("bench_endpoint.py", "--triples", "3000", "--clients", "3", "--requests", "10")
    rows = {r[0]: r for r in table(out)}
    assert list(rows) == ["in process, one at a time (baseline)", "HTTP, one client", "HTTP, 3 clients"]
    assert rows["HTTP, 3 clients"][1] == "30" and rows["HTTP, 3 clients"][-1] == "0"
    assert all(NUMBER.match(r[2]) and NUMBER.match(r[3]) for r in rows.values())
    assert re.search(r"peak server memory \(server \+ query processes, RSS\) \d+ MiB; errors 0 \(met\)", out)


@pytest.mark.slow
def test_bench_ray_prints_both_engines_and_checks_their_bytes():
    out = run_script("bench_ray.py", "--docs", "6", "--workers", "1")
    [row] = table(out)
    assert row[0] == "1" and all(NUMBER.match(c) for c in row[1:7]), row
    assert row[-1] == "yes"  # same events.jsonl and graph.trig from both engines
