"""The stance page as a researcher uses it, in headless Chromium: a pinned details panel that shows
every evidence sentence of a busy pair, filters that never move a node, a month slider that
changes the drawn edges, a 2,000-actor page laid out in Python, and an undated corpus that says
how to date it.

The "seeds-like" page is made here, by hand: a conflict over three months between four parties,
with one busy pair (fourteen long evidence sentences, more than a 900-pixel window can show at
once), as in the sample articles the issue was reported on.
"""

from __future__ import annotations

import random
from types import SimpleNamespace

import pytest
from viz_helpers import CHROMIUM, artefacts_dir, ev, need_browser

from graph.viz.html import write_html

pytestmark = pytest.mark.browser

BUSY = 14
LONG = ("the foreign ministry said in a long statement read out on state television on {n} October, "
        "which went on to list the villages shelled overnight and the names of the officials who had "
        "called for a halt to the fighting (mention {n}).")


def seeds_like_events():
    """ARM->AZE: 14 accusations and attacks in October 2020 (the busy pair); TUR->AZE support in
    October, RUS mediates in November, FRA condemns AZE in December, ARM and AZE meet in November."""
    events = [ev("ARM", "accuse" if n % 2 else "attack", "AZE", date=f"2020-10-{n + 1:02d}", doc=f"arm{n}.txt",
                 sentence=f"Armenia {'accused' if n % 2 else 'attacked'} Azerbaijan, " + LONG.format(n=n + 1))
              for n in range(BUSY)]
    events += [
        ev("TUR", "support", "AZE", date="2020-10-03", doc="t.txt"),
        ev("RUS", "mediate", "ARM", date="2020-11-09", doc="r.txt"),
        ev("RUS", "mediate", "AZE", date="2020-11-09", doc="r.txt", start=40),
        ev("ARM", "meet", "AZE", date="2020-11-10", doc="m.txt"),
        ev("FRA", "condemn", "AZE", date="2020-12-01", doc="f.txt"),
    ]
    return events


def large_events(n_actors=2000, per_actor=3, seed=5):
    """Stances among ``n_actors`` made-up parties (a few hubs, a long tail), dated over a year."""
    rng = random.Random(seed)
    names = [f"X{i:04d}" for i in range(n_actors)]
    weights = [1.0 / (i + 1) ** 0.8 for i in range(n_actors)]
    rels = ["support", "condemn", "attack", "meet", "aid", "accuse"]
    out = []
    for i in range(n_actors * per_actor):
        s = names[i % n_actors]
        t = rng.choices(names, weights)[0]
        if t == s:
            t = names[(i + 1) % n_actors]
        out.append(ev(s, rng.choice(rels), t, date=f"2021-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                      doc=f"d{i % 500}.txt", start=i))
    return out


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    sync_playwright = need_browser()
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=["--no-sandbox"])
        yield SimpleNamespace(browser=b, artefacts=artefacts_dir(tmp_path_factory),
                              folder=tmp_path_factory.mktemp("pages"))
        b.close()


def open_page(browser, events, name, **options):
    path = write_html(events, browser.folder / f"{name}.html", **options)
    page = browser.browser.new_page(viewport={"width": 1280, "height": 900})
    errors = []
    page.on("pageerror", lambda err: errors.append(str(err)))
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.goto(path.as_uri())
    page.wait_for_selector("body[data-stable='1']", state="attached", timeout=120_000)
    return page, errors


def positions(page) -> dict:
    """Every node's position as drawn (the network's own, not the data set's)."""
    return page.evaluate("""() => { const net = dipgraph.network, out = {};
        Object.values(net.body.nodes).forEach(n => { if (!n.isCluster) out[n.id] = [n.x, n.y]; });
        return out; }""")


def drawn_edges(page) -> list:
    return sorted(page.evaluate("() => dipgraph.network.body.edgeIndices.map(String)"))


def pair_id(page, a, b) -> int:
    return page.evaluate("""([a, b]) => { const id = k => dipgraph.data.actors.find(x => x.key === k).id;
        return dipgraph.data.pairs.find(p => p.from === id(a) && p.to === id(b)).id; }""", [a, b])


def click_edge(page, a, b):
    point = page.evaluate("""(pid) => { const net = dipgraph.network;
        const d = net.canvasToDOM(net.body.edges[pid].edgeType.getPoint(0.5));
        const box = document.getElementById("dg-graph").getBoundingClientRect();
        return {x: box.left + d.x, y: box.top + d.y}; }""", pair_id(page, a, b))
    page.mouse.click(point["x"], point["y"])


@pytest.fixture(scope="module")
def seeds_page(browser):
    page, errors = open_page(browser, seeds_like_events(), "seeds-like", title="Seeds-like corpus")
    yield page, errors
    page.close()


def test_pinned_panel_shows_every_evidence_sentence(seeds_page, browser):
    page, errors = seeds_page
    click_edge(page, "ARM", "AZE")
    page.wait_for_selector("#dg-details.dg-pinned", state="visible", timeout=5_000)
    # the panel stays inside the window and scrolls instead of running off it
    box = page.eval_on_selector("#dg-details", "el => el.getBoundingClientRect().bottom")
    assert box <= 900
    more = page.query_selector("#dg-details .dg-more")
    if more:  # the first ten come at once, the rest on demand
        more.click()
    items = page.eval_on_selector_all("#dg-details .dg-evidence li q", "qs => qs.map(q => q.textContent)")
    # the fourteen accusations and attacks, and the November meeting (symmetric: both directions)
    assert len(items) == BUSY + 1 and "ARM meet AZE." in items
    assert all(f"(mention {n})." in " ".join(items) for n in range(1, BUSY + 1))
    scroll = page.eval_on_selector("#dg-details-body", "el => [el.scrollHeight, el.clientHeight]")
    assert scroll[0] > scroll[1]  # more than fits: the body scrolls
    page.eval_on_selector("#dg-details-body", "el => { el.scrollTop = el.scrollHeight; }")
    last = page.query_selector_all("#dg-details .dg-evidence li")[-1]
    assert last.is_visible()
    page.screenshot(path=str(browser.artefacts / "stance-pinned-evidence.png"))
    # the pin survives the mouse moving elsewhere; Escape closes it
    page.mouse.move(3, 3)
    assert page.is_visible("#dg-details.dg-pinned")
    page.keyboard.press("Escape")
    assert page.is_hidden("#dg-details")
    assert errors == []


def test_clicking_a_node_pins_its_details_and_empty_canvas_closes_them(seeds_page):
    page, _ = seeds_page
    point = page.evaluate("""() => { const net = dipgraph.network;
        const id = dipgraph.data.actors.find(x => x.key === "TUR").id;
        const d = net.canvasToDOM(net.getPositions([id])[id]);
        const box = document.getElementById("dg-graph").getBoundingClientRect();
        return {x: box.left + d.x, y: box.top + d.y, left: box.left + 4, top: box.bottom - 4}; }""")
    page.mouse.click(point["x"], point["y"])
    page.wait_for_selector("#dg-details.dg-pinned", state="visible", timeout=5_000)
    assert "state · code TUR" in page.inner_text("#dg-details-body")
    page.mouse.click(point["left"], point["top"])
    assert page.is_hidden("#dg-details")


def test_filters_and_show_all_never_move_a_node(seeds_page):
    page, _ = seeds_page
    before = positions(page)
    page.uncheck("#dg-relations input[data-relation='support']")  # Turkey loses its only stance
    page.uncheck("#dg-relations input[data-relation='condemn']")  # so does France
    assert len(positions(page)) == len(before) - 2
    page.click("#dg-reset")
    assert positions(page) == before


def test_month_slider_changes_the_drawn_edges(seeds_page, browser):
    page, _ = seeds_page
    assert page.evaluate("() => dipgraph.data.months") == ["2020-10", "2020-11", "2020-12"]
    everything = drawn_edges(page)
    seen = []
    for month in (1, 2, 3):
        page.eval_on_selector("#dg-month", "(el, v) => { el.value = v; el.dispatchEvent(new Event('input')); }", month)
        seen.append(drawn_edges(page))
        page.screenshot(path=str(browser.artefacts / f"stance-month-{month}.png"))
    # October: ARM->AZE (attacks, accusations) and TUR->AZE; November: mediation and the meeting
    # (both directions); December: FRA->AZE only
    ids = {k: str(pair_id(page, *k)) for k in (("ARM", "AZE"), ("TUR", "AZE"), ("FRA", "AZE"), ("AZE", "ARM"),
                                                ("RUS", "ARM"), ("RUS", "AZE"))}
    assert seen[0] == sorted([ids["ARM", "AZE"], ids["TUR", "AZE"]])
    assert seen[1] == sorted([ids["ARM", "AZE"], ids["AZE", "ARM"], ids["RUS", "ARM"], ids["RUS", "AZE"]])
    assert seen[2] == [ids["FRA", "AZE"]]
    # ARM->AZE is red in October (attacks) and green in November (the meeting)
    page.eval_on_selector("#dg-month", "(el) => { el.value = 1; el.dispatchEvent(new Event('input')); }")
    october = page.evaluate("(id) => dipgraph.edges.get(id).color", int(ids["ARM", "AZE"]))
    page.eval_on_selector("#dg-month", "(el) => { el.value = 2; el.dispatchEvent(new Event('input')); }")
    november = page.evaluate("(id) => dipgraph.edges.get(id).color", int(ids["ARM", "AZE"]))
    assert (october, november) == ("#c62828", "#2e7d32")
    assert page.inner_text("#dg-month-label") == "2020-11"
    page.click("#dg-reset")
    assert drawn_edges(page) == everything


def test_play_steps_through_the_months_and_pauses(seeds_page):
    page, _ = seeds_page
    page.click("#dg-play")
    assert page.inner_text("#dg-month-label") == "2020-10"  # the first step is immediate
    assert page.get_attribute("#dg-play", "aria-pressed") == "true"
    page.click("#dg-play")  # pause
    assert page.get_attribute("#dg-play", "aria-pressed") == "false"
    page.evaluate("() => dipgraph.stepMonth()")
    assert page.inner_text("#dg-month-label") == "2020-11"
    page.click("#dg-reset")
    assert page.inner_text("#dg-month-label") == "all"


def test_a_2000_actor_page_is_laid_out_in_python_and_filters_keep_positions(browser):
    page, errors = open_page(browser, large_events(), "large")
    assert page.evaluate("() => [dipgraph.data.stats.layout, dipgraph.network.physics.physicsEnabled]") == ["python", False]
    before = positions(page)
    assert len(before) == 2000
    # the drawn positions are those written in the page
    written = page.evaluate("() => Object.fromEntries(dipgraph.data.nodes.map(n => [n.id, [n.x, n.y]]))")
    assert before == written
    page.uncheck("#dg-relations input[data-relation='attack']")
    page.uncheck("#dg-signs input[data-sign='+']")
    hidden = 2000 - len(positions(page))
    assert hidden > 100
    page.click("#dg-reset")
    after = positions(page)
    assert [k for k in before if before[k] != after.get(k)] == []
    page.screenshot(path=str(browser.artefacts / "stance-2000.png"))
    assert errors == []
    page.close()


def test_an_undated_corpus_says_how_to_date_documents(browser):
    events = [ev("TUR", "support", "AZE", date=None), ev("FRA", "condemn", "AZE", date=None, doc="b.txt")]
    page, errors = open_page(browser, events, "undated")
    note = page.inner_text("#dg-time")
    assert "No event is dated" in note and "--date" in note and '"date"' in note
    assert "No event is dated" in page.inner_text("#dg-summary")
    assert page.query_selector("#dg-month") is None
    assert errors == []
    page.close()
