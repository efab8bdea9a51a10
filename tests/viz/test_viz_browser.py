"""The stance page in headless Chromium: offline, no error, the expected graph, evidence in the
details panel, hostile news shown as text and never run, working filters, a screenshot.

One page is loaded for the whole module. Every request that is not for the page's own file is
recorded and aborted, so nothing leaves the machine even if the page tried.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from viz_helpers import CHROMIUM, artefacts_dir, ev, four_states, need_browser

from graph.viz.html import write_html

pytestmark = pytest.mark.browser

NAME = "<script>window.__dgPwned='name'</script>Evil <b>Group</b>"
TITLE = "<img src=x onerror=\"window.__dgPwned='title'\">Report"
SENTENCE = "France condemned Russia <img src=x onerror=\"window.__dgPwned='sentence'\"> & </script> again."
DOC = "<svg onload=\"window.__dgPwned='doc'\">.txt"


def page_events():
    """four_states() (4 nodes, 4 edges) plus FRA->RUS and a hostile ZZQ->UKR: 7 nodes, 6 edges."""
    return four_states() + [
        ev("FRA", "condemn", "RUS", sentence=SENTENCE, title=TITLE, doc=DOC, date="2020-10-04"),
        ev("ZZQ", "attack", "UKR", source_actor=NAME, date="2020-10-04", doc="d.txt"),
    ]


def _record_and_abort(outside: list):
    def handle(route):
        url = route.request.url
        if url.startswith(("file:", "data:", "about:")):
            route.continue_()
        else:
            outside.append(url)
            route.abort()
    return handle


@pytest.fixture(scope="module")
def loaded(tmp_path_factory):
    sync_playwright = need_browser()
    path = write_html(page_events(), tmp_path_factory.mktemp("page") / "stance.html", title=TITLE)
    artefacts = artefacts_dir(tmp_path_factory)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 1280, "height": 800})
        outside, errors = [], []
        page.route("**/*", _record_and_abort(outside))
        page.on("pageerror", lambda err: errors.append(f"pageerror: {err}"))
        page.on("console", lambda msg: errors.append(f"console: {msg.text}") if msg.type == "error" else None)
        page.goto(path.as_uri())
        page.wait_for_selector("body[data-stable='1']", state="attached", timeout=60_000)
        yield SimpleNamespace(page=page, browser=browser, outside=outside, errors=errors, artefacts=artefacts)
        browser.close()


def counts(page) -> dict:
    return page.evaluate("""() => ({
        nodes: dipgraph.network.body.data.nodes.length, edges: dipgraph.network.body.data.edges.length,
        drawnNodes: dipgraph.network.body.nodeIndices.length, drawnEdges: dipgraph.network.body.edgeIndices.length})""")


def hover(page, what: str, key):
    """Move the mouse onto a node (``key``) or onto the middle of an edge (``(from, to)``)."""
    point = page.evaluate("""([what, key]) => {
        const net = dipgraph.network, actors = dipgraph.data.actors;
        const id = k => actors.find(a => a.key === k).id;
        let p;
        if (what === "node") { p = net.getPositions([id(key)])[id(key)]; }
        else {
            const pair = dipgraph.data.pairs.find(q => q.from === id(key[0]) && q.to === id(key[1]));
            p = net.body.edges[pair.id].edgeType.getPoint(0.5);
        }
        const d = net.canvasToDOM(p), box = document.getElementById("dg-graph").getBoundingClientRect();
        return {x: box.left + d.x, y: box.top + d.y};
    }""", [what, key])
    page.mouse.move(5, 5)
    page.wait_for_selector("#dg-details", state="hidden", timeout=5_000)
    page.mouse.move(point["x"], point["y"], steps=4)
    page.wait_for_selector("#dg-details", state="visible", timeout=5_000)
    return page.inner_text("#dg-details-body")


def test_loads_with_no_request_leaving_and_no_error(loaded):
    assert loaded.outside == []
    assert loaded.errors == []


def test_the_request_recorder_does_catch_requests(loaded):
    """Control: a page that does load something from outside is caught (and aborted)."""
    probe, seen = loaded.browser.new_page(), []
    probe.route("**/*", _record_and_abort(seen))
    probe.set_content('<img src="http://127.0.0.1:9/dg-probe.png">')
    probe.wait_for_timeout(200)
    probe.close()
    assert seen == ["http://127.0.0.1:9/dg-probe.png"]


def test_draws_the_expected_nodes_and_edges(loaded):
    assert counts(loaded.page) == {"nodes": 7, "edges": 6, "drawnNodes": 7, "drawnEdges": 6}
    # physics ran, and stopped once the layout was stable
    assert loaded.page.evaluate("() => dipgraph.network.physics.physicsEnabled") is False
    labels = loaded.page.evaluate("() => dipgraph.nodes.get().map(n => n.label).sort()")
    assert labels == sorted(["Armenia", "Azerbaijan", "France", "Turkey", "Russia", "Ukraine", NAME])


def test_hovering_an_edge_shows_its_evidence(loaded):
    text = hover(loaded.page, "edge", ("FRA", "RUS"))
    assert "France → Russia" in text and "condemn — 1 mention" in text
    assert SENTENCE in text  # the markup shows as text
    assert TITLE in text and DOC in text and "2020-10-04" in text
    loaded.page.screenshot(path=str(loaded.artefacts / "stance-edge-tooltip.png"))
    assert (loaded.artefacts / "stance-edge-tooltip.png").stat().st_size > 10_000


def test_hovering_a_node_shows_type_and_totals(loaded):
    text = hover(loaded.page, "node", "ZZQ")
    assert NAME in text and "unknown actor · code ZZQ" in text
    assert "1 as source, 0 as target" in text
    text = hover(loaded.page, "node", "AZE")
    # AZE attacks once; is supported, met and condemned twice (mentions as written, not mirrored)
    assert "state · code AZE" in text and "1 as source, 4 as target" in text


def test_no_injected_script_runs(loaded):
    page = loaded.page
    assert page.evaluate("() => window.__dgPwned === undefined")
    assert page.title() == TITLE
    assert page.evaluate("() => document.querySelectorAll('#dg-panel img, #dg-panel script, #dg-details img, #dg-details script').length") == 0


def test_filters_by_relation_sign_and_time(loaded):
    page = loaded.page
    page.uncheck("#dg-relations input[data-relation='condemn']")
    # FRA->AZE and FRA->RUS go; France and Russia have no stance left
    assert counts(page)["nodes"] == 5 and counts(page)["edges"] == 4
    page.uncheck("#dg-signs input[data-sign='-']")
    # left: TUR->AZE support, ARM->AZE meet, AZE->ARM meet (its attack is hidden)
    assert counts(page)["edges"] == 3
    edge = page.evaluate("""() => { const a = dipgraph.data.actors, id = k => a.find(x => x.key === k).id;
        const p = dipgraph.data.pairs.find(q => q.from === id("AZE") && q.to === id("ARM"));
        return dipgraph.edges.get(p.id); }""")
    assert edge["label"] == "meet" and edge["color"] == "#2e7d32"
    page.click("#dg-reset")
    # time: 2020-10-02 .. 2020-10-03 only (undated events off): the meet and the attack
    page.uncheck("#dg-undated")
    dates = page.evaluate("() => dipgraph.data.dates")
    page.eval_on_selector("#dg-from", "(el, v) => { el.value = v; el.dispatchEvent(new Event('input')); }",
                          dates.index("2020-10-02"))
    page.eval_on_selector("#dg-to", "(el, v) => { el.value = v; el.dispatchEvent(new Event('input')); }",
                          dates.index("2020-10-03"))
    assert counts(page) == {"nodes": 2, "edges": 2, "drawnNodes": 2, "drawnEdges": 2}
    assert page.inner_text("#dg-from-label") == "2020-10-02"
    page.click("#dg-reset")
    assert counts(page)["nodes"] == 7 and counts(page)["edges"] == 6
    page.screenshot(path=str(loaded.artefacts / "stance.png"))
    assert loaded.errors == [] and loaded.outside == []
