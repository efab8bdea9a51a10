"""HTML scale: time until the stance page is interactive in headless Chromium, by number of actors.

For each size, synthetic stance events among exactly that many parties (``bench_common``:
Zipf-like popularity, three events per actor) are drawn by ``graph.viz.html.write_html`` with
``max_actors`` set to the size, so every actor is on the page. Headless Chromium (Playwright,
Debian's ``/usr/bin/chromium``) opens the file, and the page's own signal is timed: the page sets
``<body data-stable="1">`` when vis-network's stabilisation is done and physics is switched off.
A ``MutationObserver`` added before the page loads notes the moment (ms since navigation start),
and two animation frames later the first frame drawn after it: that is "interactive". The
page's DOMContentLoaded time (scripts and data parsed, before the layout) is shown beside it,
and each time as a ratio to the smallest size measured in the same run. Goals: <= 3 s at 2,000
actors and <= 10 s at 20,000 (above 200 actors the page comes laid out from Python with physics
off, ``graph/viz/layout.py``). One more row shows the page as ``dipgraph build`` writes it for
the largest size (at most 2,000 actors drawn, the rest merged into one node). The load average
is printed before and after, as the machine may be shared.

Example:
    python scripts/bench_html.py                       # 100, 2,000 and 20,000 actors
    python scripts/bench_html.py --sizes 50,200 --repeat 1
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

import bench_common as bc

#: Seconds until interactive, by number of actors.
GOALS = {2000: 3.0, 20000: 10.0}
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")

#: Run in the page before its own scripts: note when <body data-stable> appears, then the end
#: of the second animation frame after it (the first frame drawn with physics off).
OBSERVER = """
(() => {
  const watch = () => {
    const body = document.body;
    if (body.hasAttribute('data-stable')) { mark(); return; }
    new MutationObserver((records, obs) => {
      if (body.hasAttribute('data-stable')) { obs.disconnect(); mark(); }
    }).observe(body, { attributes: true, attributeFilter: ['data-stable'] });
  };
  let done;
  window.__dgDone = new Promise((resolve) => { done = resolve; });
  const mark = () => {
    const stable = performance.now();
    requestAnimationFrame(() => requestAnimationFrame(() => done({ stable, painted: performance.now() })));
  };
  if (document.body) { watch(); } else { document.addEventListener('DOMContentLoaded', watch); }
})();
"""


def parse_args(argv=None) -> argparse.Namespace:
    p = bc.script_parser(__doc__)
    p.add_argument("--sizes", default="100,2000,20000", help="actor counts (default 100,2000,20000)")
    p.add_argument("--repeat", type=int, default=2, help="page loads per size, median kept (default 2)")
    p.add_argument("--events-per-actor", type=int, default=3, help="events per actor (default 3)")
    p.add_argument("--timeout", type=float, default=180, help="longest wait for one page, seconds (default 180)")
    p.add_argument("--no-default-page", action="store_true", help="skip the row of the default (300-actor) page")
    return p.parse_args(argv)


def write_page(n_actors: int, events_per_actor: int, folder: Path, max_actors: int | None) -> tuple[Path, float, bool]:
    """Write the page for ``n_actors``; return its path, write_html's seconds, and whether it is
    the default page (``max_actors`` not given)."""
    from graph.viz.html import write_html

    _, events = bc.synthetic_events(n_actors * events_per_actor, n_actors)
    path = folder / f"stance-{n_actors}-{max_actors or 'default'}.html"
    kwargs = {"max_actors": max_actors} if max_actors else {}
    seconds = bc.timed(lambda: write_html(events, path, **kwargs))
    return path, seconds, max_actors is None


def load_times(browser, path: Path, timeout_s: float) -> dict[str, float] | None:
    """One page load: DOMContentLoaded, stable and interactive times (ms), nodes and edges drawn,
    or None when the page did not settle in ``timeout_s``."""
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    try:
        page = context.new_page()
        page.add_init_script(OBSERVER)
        page.goto(path.as_uri(), wait_until="domcontentloaded", timeout=timeout_s * 1000)
        # a function, not a string predicate: the page's Content-Security-Policy forbids eval
        return page.evaluate("""(ms) => Promise.race([
            window.__dgDone.then((t) => ({ ...t,
                dom: performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd,
                nodes: window.dipgraph.nodeView.length, edges: window.dipgraph.edgeView.length })),
            new Promise((resolve) => setTimeout(() => resolve(null), ms))])""", timeout_s * 1000)
    finally:
        context.close()


def main(argv=None) -> int:
    args = parse_args(argv)
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        sys.exit("bench_html needs playwright (pip install -e '.[test]')")
    if not Path(CHROMIUM).exists():
        sys.exit(f"no Chromium at {CHROMIUM} (make browser, or set CHROMIUM=path)")
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    bc.print_machine()
    print(f"load average before: {os.getloadavg()[0]:.1f}")
    tmp = Path(tempfile.mkdtemp(prefix="bench-html-"))
    pages = []
    try:
        for n in sizes:
            pages.append((n, *write_page(n, args.events_per_actor, tmp, n)))
        if not args.no_default_page:
            pages.append((max(sizes), *write_page(max(sizes), args.events_per_actor, tmp, None)))
        rows, first, status = [], None, 0
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True)
            try:
                for n, path, write_s, default in pages:
                    runs = [load_times(browser, path, args.timeout) for _ in range(max(1, args.repeat))]
                    ok = [r for r in runs if r]
                    label = f"{n} (default page)" if default else f"{n}"
                    size_mib = f"{path.stat().st_size / 2**20:.1f}"
                    if not ok:
                        rows.append([label, "", "", size_mib, f"{write_s:.1f}", "", f"> {args.timeout:.0f}", "", "MISSED"])
                        status = 1
                        continue
                    dom = statistics.median(r["dom"] for r in ok) / 1000
                    ready = statistics.median(r["painted"] for r in ok) / 1000
                    first = first or ready
                    goal = bc.verdict(ready <= GOALS[n]) if n in GOALS and not default else ""
                    rows.append([label, ok[0]["nodes"], ok[0]["edges"], size_mib, f"{write_s:.1f}",
                                 f"{dom:.2f}", f"{ready:.2f}", f"{ready / first:.1f}", goal])
                    print(f"  {label}: interactive after {ready:.2f} s", file=sys.stderr)
            finally:
                browser.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print()
    print(f"load average after: {os.getloadavg()[0]:.1f}")
    goals = ", ".join(f"<= {s:.0f} s at {n:,}" for n, s in GOALS.items())
    print(bc.format_table(["actors", "nodes drawn", "edges drawn", "page MiB", "write_html s",
                           "DOM ready s", "interactive s", "ratio vs first", f"goal {goals}"], rows))
    return status


if __name__ == "__main__":
    sys.exit(main())
