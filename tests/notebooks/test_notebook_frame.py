"""graph.viz.notebook: the stance page in a sandboxed ``<iframe srcdoc>`` for notebook outputs.

What notebooks rely on: the frame carries the page unchanged (whatever quotes, ampersands or
markup the news put in it), scripts may run in it but it has no access to the notebook's page,
and in a browser the framed page draws the graph with no error and no request leaving it.
"""

from __future__ import annotations

import os
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest

from graph.io import write_jsonl
from graph.model import Event
from graph.viz.html import render_html
from graph.viz.notebook import iframe_html, show

CHROMIUM = os.environ.get("DG_CHROMIUM") or "/usr/bin/chromium"


def ev(source, relation, target, sentence, date="2020-10-01"):
    return Event(doc="a.txt", source=source, relation=relation, target=target, source_actor=source,
                 target_actor=target, sentence=sentence, start=0, end=len(sentence), trigger=relation,
                 confidence=1.0, language="en", date=date)


#: Three actors, two edges; the sentences hold what could break out of an HTML attribute.
EVENTS = [
    ev("TUR", "support", "AZE", 'Ankara said "we stand with Baku" & meant it.'),
    ev("FRA", "condemn", "AZE", "Paris condemned it </iframe><script>window.__dgPwned = 1</script> 'twice'."),
]


class _Frames(HTMLParser):
    """Every ``<iframe>``'s attributes, decoded as a browser decodes them."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.frames: list[dict] = []

    def handle_starttag(self, tag, attrs):
        if tag == "iframe":
            self.frames.append(dict(attrs))


def frames_of(markup: str) -> list[dict]:
    parser = _Frames()
    parser.feed(markup)
    parser.close()
    return parser.frames


def test_the_frame_carries_the_page_unchanged():
    page = render_html(EVENTS)
    markup = iframe_html(page, height=420, title='Graph "A" & <B>')
    frames = frames_of(markup)
    assert len(frames) == 1  # the </iframe> inside the news did not end the frame
    frame = frames[0]
    assert frame["srcdoc"] == page
    assert frame["title"] == 'Graph "A" & <B>'
    assert frame["height"] == "420"
    # scripts may run, but the frame gets an opaque origin: no access to the notebook's page
    assert frame["sandbox"] == "allow-scripts"


def test_show_takes_events_or_a_path(tmp_path):
    from_events = show(EVENTS, height=300, level="named").data
    assert frames_of(from_events)[0]["srcdoc"] == render_html(EVENTS, level="named")
    path = tmp_path / "events.jsonl"
    write_jsonl(path, (e.to_json() for e in EVENTS))
    assert show(path, height=300, level="named").data == from_events
    assert show(tmp_path, height=300, level="named").data == from_events  # a build folder


def _browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        reason = "Playwright is not installed (pip install -e '.[test]')"
    else:
        if Path(CHROMIUM).is_file() or shutil.which(CHROMIUM):
            return sync_playwright
        reason = f"Chromium is not installed at {CHROMIUM} (run: make browser)"
    if os.environ.get("CI", "").strip().lower() in ("true", "1", "yes"):
        pytest.fail(f"browser tests cannot run under CI: {reason}")
    pytest.skip(reason)


@pytest.mark.browser
def test_the_framed_page_draws_the_graph_in_chromium(tmp_path):
    sync_playwright = _browser()
    host = tmp_path / "notebook.html"
    host.write_text("<!DOCTYPE html><html><head><meta charset='utf-8'><title>notebook</title></head>"
                    f"<body><h1>Out[1]:</h1>{show(EVENTS, height=500).data}</body></html>", encoding="utf-8")
    outside, errors = [], []

    def route(r):
        if r.request.url.startswith(("file:", "data:", "about:")):
            r.continue_()
        else:
            outside.append(r.request.url)
            r.abort()

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=["--no-sandbox"])
        try:
            page = browser.new_page(viewport={"width": 1100, "height": 700})
            page.route("**/*", route)
            page.on("pageerror", lambda err: errors.append(f"pageerror: {err}"))
            page.on("console", lambda m: errors.append(f"console: {m.text}") if m.type == "error" else None)
            page.goto(host.as_uri())
            frame = page.frame_locator("iframe").first
            frame.locator("body[data-stable='1']").wait_for(state="attached", timeout=60_000)
            inner = page.frames[1]
            counts = inner.evaluate("""() => ({nodes: dipgraph.network.body.data.nodes.length,
                                              edges: dipgraph.network.body.data.edges.length})""")
            isolated = inner.evaluate("""() => { try { return window.parent.document.title; }
                                                 catch (e) { return 'blocked'; } }""")
            origin = inner.evaluate("() => window.origin")
            pwned = [f.evaluate("() => window.__dgPwned === undefined ? null : window.__dgPwned")
                     for f in page.frames]
            box = page.locator("iframe").bounding_box()
            # the frame is low: legend and filters start folded, the graph takes the frame's room
            fits = inner.evaluate("""() => ({folded: document.body.classList.contains('dg-folded'),
                panel: getComputedStyle(document.getElementById('dg-panel')).display,
                graph: document.getElementById('dg-graph').getBoundingClientRect().height,
                page: document.documentElement.scrollHeight, inner: window.innerHeight})""")
            inner.click("#dg-toggle")  # opened, the panel stays inside the frame and scrolls
            opened = inner.evaluate("""() => { const p = document.getElementById('dg-panel').getBoundingClientRect();
                return {bottom: p.bottom, inner: window.innerHeight,
                        scrolls: getComputedStyle(document.getElementById('dg-panel')).overflowY,
                        reset: document.getElementById('dg-reset').getBoundingClientRect().top}; }""")
            artefacts = Path(os.environ.get("DG_ARTEFACTS") or tmp_path)
            artefacts.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(artefacts / "notebook-frame.png"))
        finally:
            browser.close()
    assert errors == [] and outside == []
    assert counts == {"nodes": 3, "edges": 2}
    assert isolated == "blocked" and origin == "null"
    assert pwned == [None, None]
    assert box["height"] == pytest.approx(500, abs=2)
    assert fits["folded"] and fits["panel"] == "none"
    assert fits["page"] <= fits["inner"] and fits["graph"] > 0.75 * fits["inner"]
    assert opened["bottom"] <= opened["inner"] and opened["scrolls"] == "auto"
    assert (artefacts / "notebook-frame.png").stat().st_size > 10_000


def test_docstring_examples():
    import doctest
    import warnings

    import graph.viz.notebook as module

    with warnings.catch_warnings():
        warnings.simplefilter("error")  # e.g. IPython's "Consider using IPython.display.IFrame"
        result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0 and result.failed == 0
