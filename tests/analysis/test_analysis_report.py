"""The report files: content, empty input, byte-stable output."""

from __future__ import annotations

import json

import pytest

from graph.analysis.report import FILES, analyze, write_report

PNG = b"\x89PNG\r\n\x1a\n"


@pytest.fixture
def events(make_event):
    return [
        make_event("ISR", "attack", "HAMAS", date="2023-10-27"),
        make_event("HAMAS", "attack", "ISR", date="2023-10-07"),
        make_event("QAT", "mediate", "HAMAS", date="2023-11-22"),
        make_event("QAT", "mediate", "ISR", date="2023-11-22"),
        make_event("EGY", "mediate", "HAMAS", date="2023-11-24", confidence=0.6),
        make_event("EGY", "mediate", "ISR", date="2023-11-24", confidence=0.6),
        make_event("USA", "support", "ISR", date="2023-10-18"),
        make_event("ISR", "agree", "HAMAS", date="2023-11-22"),
        make_event("IRN", "condemn", "ISR", date="2023-11-01", source_actor="Tehran | IRI"),
    ]


def test_report_files_and_content(tmp_path, events):
    summary = {"documents": 3, "skipped": 0, "actors": 6, "events": 9, "by_relation": {"attack": 2},
               "top_stances": [{"source": "QAT", "relation": "mediate", "target": "HAMAS", "mentions": 1}]}
    paths = write_report(events, tmp_path, summary=summary)
    assert {k: p.name for k, p in paths.items()} == FILES
    for key in ("plot_matrix", "plot_support", "plot_time"):
        assert paths[key].read_bytes().startswith(PNG)
    data = json.loads(paths["report_json"].read_text(encoding="utf-8"))
    assert data["summary"] == summary
    assert data["network"]["events"] == 9
    assert [m["mediator"] for m in data["mediators"]] == ["QAT", "EGY"]  # 0.5 > 0.3
    assert data["mediators"][0]["pairs"] == [["HAMAS", "ISR"]]
    flips = data["time"]["flips"]
    assert [(f["source"], f["target"], f["change"]) for f in flips] == [("HAMAS", "ISR", "-/+")]
    md = paths["report"].read_text(encoding="utf-8")
    assert md.startswith("# dipgraph stance-network report")
    assert "## Build summary" in md and "3 documents (0 skipped)" in md
    assert "| QAT | 0.500 | 1 | HAMAS – ISR |" in md
    assert "balance ratio" in md and "![Stance matrix](stance_matrix.png)" in md


def test_report_is_byte_identical(tmp_path, events):
    a = write_report(events, tmp_path / "a")
    b = write_report(list(reversed(events)), tmp_path / "b")
    for key in a:
        assert a[key].read_bytes() == b[key].read_bytes(), key
    c = write_report(events, tmp_path / "c")
    assert all(a[k].read_bytes() == c[k].read_bytes() for k in a)


@pytest.mark.parametrize("n", [0, 1])
def test_empty_and_single_event(tmp_path, make_event, n):
    events = [make_event("FRA", "condemn", "MLI")][:n]
    paths = write_report(events, tmp_path)
    assert all(p.exists() for p in paths.values())
    data = json.loads(paths["report_json"].read_text(encoding="utf-8"))
    assert data["network"]["events"] == n
    assert data["balance"]["census"]["balance_ratio"] is None
    assert data["time"]["undated_events"] == n
    assert "_none_" in paths["report"].read_text(encoding="utf-8")


def test_analyze_options(events):
    r = analyze(events, relations=["mediate"], min_confidence=0.7)
    assert r["network"]["events"] == 2
    assert r["options"]["relations"] == ["mediate"]
    assert analyze(events, start="2023-11", level="named")["network"]["events"] == 6
    # markdown table cells escape pipes from actor names
    from graph.analysis.report import render_markdown
    assert "Tehran \\| IRI" not in render_markdown(analyze(events))  # code level shows codes only
    md = render_markdown(analyze(events, level="named"))
    assert "Tehran \\| IRI" in md


def test_names_from_text_cannot_break_markdown_or_plots(tmp_path, make_event):
    events = [make_event("X", "condemn", "Y", source_id="person/x", source_actor="<b>$5 | $x^$ Mr X</b>",
                         date="2024-01-02"),
              make_event("X", "meet", "Y", source_id="person/x", source_actor="<b>$5 | $x^$ Mr X</b>",
                         date="2024-02-02")]
    paths = write_report(events, tmp_path, level="named")
    md = paths["report"].read_text(encoding="utf-8")
    assert "<b>" not in md and "&lt;b&gt;$5 \\| $x^$ Mr X&lt;/b&gt;" in md
    assert paths["plot_time"].read_bytes().startswith(PNG)
    paths = write_report(events, tmp_path / "actor", level="actor")
    md = paths["report"].read_text(encoding="utf-8")
    assert "| actor | label |" in md and "| person/x | &lt;b&gt;$5 \\| $x^$ Mr X&lt;/b&gt; |" in md



def _figures(result, actors, monkeypatch) -> list:
    """The report's three figures for ``result``, drawn but not saved."""
    from graph.analysis import plots

    drawn = []
    monkeypatch.setattr(plots, "_save", lambda fig, path: drawn.append(fig))
    plots.plot_matrix(sorted(actors), {(p["source"], p["target"]): p["weight"] for p in result["pairs"]}, "m.png")
    plots.plot_support_bars(result["actors"][:15], "s.png")
    plots.plot_time(result["time"]["series"], [tuple(p) for p in result["time"]["active_pairs"]], "t.png")
    monkeypatch.undo()
    return drawn


@pytest.mark.parametrize("shape", ["empty", "few", "many"])
def test_plots_cut_to_the_same_box_as_tight(tmp_path, make_event, monkeypatch, shape):
    """``plots._save`` measures the tight box once: the PNGs are those of ``bbox_inches="tight"``."""
    import io

    from graph.analysis import plots

    actors = {"empty": [], "few": ["FRA", "RUS", "UKR"], "many": [f"ACTOR NUMBER {i:02d}" for i in range(30)]}[shape]
    events = [make_event(a, "condemn" if i % 3 else "support", actors[(i * 7 + 1) % len(actors)],
                         date=f"2023-{1 + i % 12:02d}-01") for i, a in enumerate(actors)]
    result = analyze(events)
    ours, tight = _figures(result, actors, monkeypatch), _figures(result, actors, monkeypatch)
    for n, (fig, other) in enumerate(zip(ours, tight)):
        buf = io.BytesIO()
        other.savefig(buf, format="png", metadata={"Software": None}, bbox_inches="tight")
        assert plots._save(fig, tmp_path / f"{n}.png").read_bytes() == buf.getvalue()
