"""The interactive stance graph as one self-contained, offline HTML page (pyvis + vis-network).

:func:`write_html` draws the events' stance network (see :mod:`graph.viz.payload` for what the
nodes, edges, sizes and colours are): nodes and edges are assembled with pyvis's ``Network``,
and the page is rendered from dipgraph's own template (``graph/viz/templates/page.html``), not
pyvis's, because pyvis's template links Bootstrap and other files from a CDN even in ``in_line``
mode. Here everything is inline: the vis-network script and style sheet shipped inside the pyvis
package, the page's script and style, and the data. Nothing leaves the page, and a
Content-Security-Policy with ``default-src 'none'`` and hashes of the page's own two scripts
makes the browser refuse any other script or request.

Text from the news and its metadata (actor names, ids, titles, sentences, dates) is escaped
twice over: every string of the data is HTML-escaped (:func:`html.escape`), the JSON is embedded
with ``<``, ``>`` and ``&`` written as ``\\u003c``, ``\\u003e``, ``\\u0026`` (so no ``</script>``
can end it), and the page script decodes the strings once and writes them only through
``textContent`` and the canvas; tooltips are DOM elements, never HTML strings.

The same events give a byte-identical file: everything is sorted, pyvis adds no random id here,
and the layout's random seed is fixed. The file is written atomically.

Example
-------
>>> import tempfile, pathlib
>>> from graph.model import Event
>>> e = Event(doc="a.txt", source="TUR", relation="support", target="AZE", source_actor="Turkey",
...           target_actor="Azerbaijan", sentence="Turkey backs <b>Baku</b>.", start=0, end=9,
...           trigger="backs", confidence=0.9, language="en", date="2020-10-01")
>>> page = write_html([e], pathlib.Path(tempfile.mkdtemp()) / "stance.html")
>>> text = page.read_text(encoding="utf-8")
>>> "<b>Baku" in text, "https://" in text.split("<script>")[0]
(False, False)
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import math
import re
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

from .. import __version__
from ..errors import DataFileError, InputError
from ..io import write_text
from ..model import Event
from .payload import DEFAULT_MAX_ACTORS, PageData, page_data
from .style import TEMPLATES, load_style

#: The vis-network build inside the pyvis package that the page inlines.
VIS_VERSION = "9.1.2"
#: Evidence sentences listed in an edge's tooltip (the most confident first).
DEFAULT_MAX_EVIDENCE = 10
DEFAULT_TITLE = "dipgraph stance graph"
#: Above this many edges, edge labels are left off the canvas (drawing thousands of labels makes
#: every redraw slow); the details panel still names the relations.
EDGE_LABEL_LIMIT = 1000
#: Above this many edges (or nodes), edge (or node) labels are drawn only once zoomed in; the
#: page always draws the label of the node or edge under the mouse.
BUSY_EDGES = 30
BUSY_NODES = 60
#: vis-network hides a label whose size on screen is below its ``drawThreshold`` minus 1 pixel:
#: with these thresholds, busy graphs show edge labels from a zoom of 1.4 and node labels from 0.9.
EDGE_LABEL_THRESHOLD = 15
NODE_LABEL_THRESHOLD = 13.5

#: vis-network options: curved edges so that A->B and B->A stay apart, arrows, hover tooltips,
#: Barnes-Hut physics that the page switches off once the layout is stable, a fixed seed.
#: Edge labels get a background, not a stroke: stroked rotated text is very slow to draw in
#: software rendering. (pyvis's ``set_options`` strips every space, so no value may contain one.)
VIS_OPTIONS = {
    "autoResize": True,
    "layout": {"randomSeed": 7, "improvedLayout": True},
    "nodes": {"shape": "dot", "borderWidth": 1,
              "font": {"size": 14, "strokeWidth": 3, "strokeColor": "#ffffff"}},
    "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.6}},
              "smooth": {"enabled": True, "type": "curvedCW", "roundness": 0.15},
              "font": {"size": 10, "align": "middle", "strokeWidth": 0, "background": "rgba(255,255,255,0.85)"},
              "selectionWidth": 1.5},
    "physics": {"enabled": True, "solver": "barnesHut",
                "barnesHut": {"gravitationalConstant": -6000, "springLength": 160, "springConstant": 0.03,
                              "damping": 0.25, "avoidOverlap": 0.2},
                "stabilization": {"enabled": True, "iterations": 600, "updateInterval": 25, "fit": True},
                "minVelocity": 0.75},
    "interaction": {"hover": True, "tooltipDelay": 120, "navigationButtons": False, "keyboard": False},
}


def escape_tree(value: Any) -> Any:
    """Every string in a JSON-like tree HTML-escaped (quotes too); other values unchanged.

    >>> escape_tree({"a": ["<b>", 1, None], "c": "x & 'y'"})
    {'a': ['&lt;b&gt;', 1, None], 'c': 'x &amp; &#x27;y&#x27;'}
    """
    if isinstance(value, str):
        return html.escape(value, quote=True)
    if isinstance(value, (list, tuple)):
        return [escape_tree(v) for v in value]
    if isinstance(value, dict):
        return {escape_tree(k): escape_tree(v) for k, v in value.items()}
    return value


def script_json(value: Any) -> str:
    """Compact, sorted JSON that is safe inside ``<script>``: no ``<``, ``>`` or ``&`` in it.

    >>> script_json({"s": "</script><b>&"})
    '{"s":"\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e\\\\u0026"}'
    """
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False)
    for char, code in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e"),
                       ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, code)
    return text


@lru_cache(maxsize=1)
def _assets() -> dict[str, str]:
    """The inline scripts and style sheets: vis-network from pyvis, the page's own."""
    import pyvis

    lib = Path(pyvis.__file__).resolve().parent / "lib" / f"vis-{VIS_VERSION}"
    try:
        vis_js = (lib / "vis-network.min.js").read_text(encoding="utf-8")
        vis_css = (lib / "vis-network.css").read_text(encoding="utf-8")
        page_js = (TEMPLATES / "page.js").read_text(encoding="utf-8")
        page_css = (TEMPLATES / "page.css").read_text(encoding="utf-8")
    except OSError as err:
        raise DataFileError(f"cannot read the HTML page's scripts ({err}); pyvis 0.3.2 ships vis-network {VIS_VERSION}") from None
    # the source-map comment would point the browser's developer tools at a missing file
    vis_js = re.sub(r"\n//# sourceMappingURL=[^\n]*\s*$", "\n", vis_js)
    for name, text, end in (("vis-network.min.js", vis_js, "</script"), ("page.js", page_js, "</script"),
                            ("vis-network.css", vis_css, "</style"), ("page.css", page_css, "</style")):
        if end in text.lower() or "<!--" in text:
            raise DataFileError(f"{name}: cannot be inlined (it contains {end!r} or '<!--')")
    return {"vis_js": vis_js, "vis_css": vis_css, "page_js": page_js, "page_css": page_css,
            "pyvis_version": getattr(pyvis, "__version__", "")}


def months(dates: Iterable[str]) -> list[str]:
    """The months (``YYYY-MM``) of the dated events, in order, for the page's month slider.

    >>> months(["2020-10-02", "2020-10-30", "2021-01-05", "2021"])
    ['2020-10', '2021-01']
    """
    return sorted({d[:7] for d in dates if len(d) >= 7})


def _csp(scripts: Iterable[str]) -> str:
    """A Content-Security-Policy that allows only these inline scripts and no request at all."""
    hashes = " ".join(
        "'sha256-" + base64.b64encode(hashlib.sha256(s.encode("utf-8")).digest()).decode("ascii") + "'"
        for s in scripts)
    return ("default-src 'none'; script-src " + hashes + "; style-src 'unsafe-inline'; img-src data:; "
            "font-src data:; base-uri 'none'; form-action 'none'")


def vis_options(data: PageData) -> dict:
    """:data:`VIS_OPTIONS` for this page: physics off when Python laid it out (the nodes carry
    ``x``/``y``), labels drawn only once zoomed in on busy graphs."""
    options = json.loads(json.dumps(VIS_OPTIONS))
    if data.stats.get("layout") == "python":
        options["physics"]["enabled"] = False
        options["layout"]["improvedLayout"] = False
        # straight edges: thousands of curves make every redraw slow; arrows show the direction
        options["edges"]["smooth"] = {"enabled": False}
    if len(data.edges) > BUSY_EDGES:
        options["edges"]["scaling"] = {"label": {"enabled": False, "drawThreshold": EDGE_LABEL_THRESHOLD}}
    if len(data.nodes) > BUSY_NODES:
        options["nodes"]["scaling"] = {"label": {"enabled": False, "drawThreshold": NODE_LABEL_THRESHOLD}}
    return options


def _network(data: PageData) -> tuple[list[dict], list[dict], dict]:
    """Nodes, edges and options as pyvis assembles them for vis-network.

    pyvis's ``Node`` and ``Edge`` make the records, as ``Network.add_node`` and ``add_edge`` do,
    without those methods' checks that the id is new and that both ends exist: each scans a list
    of every node, which made a 20,000-actor page take hours. Ids here are list positions, so
    they are unique and exist by construction.
    """
    from pyvis.edge import Edge
    from pyvis.network import Network
    from pyvis.node import Node

    net = Network(directed=True)
    for n in data.nodes:
        extra = {"x": n["x"], "y": n["y"]} if "x" in n else {}
        node = Node(n["id"], "square" if n["type"] == "Others" else "dot", label=n["label"] or n["key"],
                    color=n["colour"], font_color=net.font_color, size=n["size"], **extra)
        net.nodes.append(node.options)
        net.node_ids.append(n["id"])
        net.node_map[n["id"]] = node.options
    labels = len(data.edges) <= EDGE_LABEL_LIMIT
    for e in data.edges:
        extra = {"label": e["label"]} if labels else {}
        net.edges.append(Edge(e["from"], e["to"], net.directed, id=e["id"], color=e["colour"], width=e["width"],
                              **extra).options)
    net.set_options(json.dumps(vis_options(data)))
    nodes, edges, _heading, _height, _width, options = net.get_network_data()
    return nodes, edges, json.loads(options)


def _summary(data: PageData) -> str:
    s = data.stats
    docs = len(data.docs)
    text = (f"{s['events']} stance mention(s) from {docs} document(s) between {s['actors']} actor(s) "
            f"(roll-up: {s['level']}).")
    if data.dates:
        text += f" Dates {data.dates[0]} to {data.dates[-1]}."
    elif s["events"]:
        text += " No event is dated (date documents with --date or a JSONL \"date\" field)."
    if s["hidden"]:
        what = "merged into one node" if s["others"] == "merge" else "left out with their events"
        text += (f" The {s['actors']} most important of {s['actors_total']} actors are drawn; "
                 f"the {s['hidden']} others are {what}.")
    if len(data.edges) > EDGE_LABEL_LIMIT:
        text += f" Edge labels are left out above {EDGE_LABEL_LIMIT} stance pairs."
    if not s["events"]:
        text = "No stance events to draw."
    return text + " Hover a node or an edge for details; click to pin them."


def render_html(
    events: Iterable[Event],
    *,
    title: str | None = None,
    level: str = "code",
    max_actors: int = DEFAULT_MAX_ACTORS,
    others: str = "merge",
    colour_by: str = "type",
    size_by: str = "degree",
    max_evidence: int = DEFAULT_MAX_EVIDENCE,
    kb=None,
) -> str:
    """The page as a string (for notebooks: put it in an ``<iframe srcdoc=...>``).

    Parameters are those of :func:`write_html`.
    """
    from jinja2 import Environment, FileSystemLoader, select_autoescape

    events = list(events)
    for e in events:
        try:
            ok = math.isfinite(float(e.confidence))
        except (TypeError, ValueError):
            ok = False
        if not ok:
            raise InputError(e.doc, f"event confidence {e.confidence!r} is not a finite number")
    data = page_data(events, level=level, max_actors=max_actors, others=others, colour_by=colour_by,
                     size_by=size_by, kb=kb)
    data.stats["max_evidence"] = max(1, int(max_evidence))
    data.stats["edge_labels"] = len(data.edges) <= EDGE_LABEL_LIMIT
    nodes, edges, options = _network(data)
    style = load_style()
    payload = {
        "nodes": nodes, "edges": edges, "options": options,
        "actors": data.nodes, "pairs": [{k: e[k] for k in ("id", "from", "to", "events")} for e in data.edges],
        "events": data.events, "docs": data.docs, "sentences": data.sentences, "relations": data.relations,
        "dates": data.dates, "months": months(data.dates), "stats": data.stats,
        "style": {"type_labels": style["type_labels"], "signs": style["signs"], "edge_width": style["edge_width"],
                  "max_count": max((e["count"] for e in data.edges), default=1)},
    }
    assets = _assets()
    env = Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=select_autoescape(default=True),
                      keep_trailing_newline=True)
    return env.get_template("page.html").render(
        title=title or DEFAULT_TITLE, summary=_summary(data), legend=data.legend, stats=data.stats,
        relations=data.relations, dates=data.dates, months=months(data.dates), data=script_json(escape_tree(payload)),
        csp=_csp([assets["vis_js"], assets["page_js"]]), version=__version__, vis_version=VIS_VERSION,
        **assets,
    )


def write_html(
    events: Iterable[Event],
    path: str | Path,
    *,
    title: str | None = None,
    level: str = "code",
    max_actors: int = DEFAULT_MAX_ACTORS,
    others: str = "merge",
    colour_by: str = "type",
    size_by: str = "degree",
    max_evidence: int = DEFAULT_MAX_EVIDENCE,
    kb=None,
) -> Path:
    """Write the interactive stance graph of ``events`` to ``path`` (atomically) and return it.

    Parameters
    ----------
    events : iterable of Event
        Stance events, e.g. from :func:`graph.analysis.networks.load_events`.
    path : str or Path
        The HTML file to write; its folder is created if needed.
    title : str, optional
        Page title (escaped); default ``"dipgraph stance graph"``.
    level : {"code", "actor", "named"}
        Actor roll-up: state/organisation code, canonical actor (people apart), or as named.
    max_actors : int
        Above this many actors, only the most important are drawn (default 2,000).
    others : {"merge", "drop"}
        What happens to the other actors: one "other actors" node, or left out.
    colour_by : {"type", "bloc"}
        Node colour: actor type from the knowledge base, or signed bloc.
    size_by : {"degree", "pagerank", "mentions"}
        Node importance, for sizes and for choosing the actors drawn.
    max_evidence : int
        Evidence sentences listed per edge tooltip.
    kb : KnowledgeBase, optional
        Actor knowledge base (default: the bundled one).
    """
    path = Path(path)
    text = render_html(events, title=title, level=level, max_actors=max_actors, others=others,
                       colour_by=colour_by, size_by=size_by, max_evidence=max_evidence, kb=kb)
    write_text(path, text)
    return path
