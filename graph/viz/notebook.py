"""Show the interactive stance graph inline in a notebook (Jupyter, JupyterLab, VS Code).

The page of :func:`graph.viz.html.render_html` is self-contained, so a notebook needs no file
server to show it: the whole page goes, HTML-escaped, into the ``srcdoc`` attribute of an
``<iframe>``. An iframe rather than the page's HTML pasted into the output because the page is a
full document (its own ``<head>``, Content-Security-Policy, style sheet for ``html, body`` and
element ids) that would clash with the notebook and with a second graph in the same notebook.
``sandbox="allow-scripts"`` lets the page's scripts run but gives the frame an opaque origin,
so nothing in it can reach the notebook's page, cookies or kernel.

Example
-------
>>> from graph.model import Event
>>> e = Event(doc="a.txt", source="TUR", relation="support", target="AZE", source_actor="Turkey",
...           target_actor="Azerbaijan", sentence='Ankara said "yes".', start=0, end=9,
...           trigger="said", confidence=0.9, language="en", date="2020-10-01")
>>> frame = iframe_html(render_html([e]), height=400)
>>> frame.startswith('<div class="dipgraph-frame"><iframe srcdoc="&lt;!DOCTYPE html&gt;')
True
>>> 'height="400"' in frame, '"yes"' in frame
(True, False)
>>> show([e])  # doctest: +ELLIPSIS
<IPython.core.display.HTML object>
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Iterable

from ..model import Event
from .html import DEFAULT_TITLE, render_html

#: Height of the frame in CSS pixels (the page fills it; its width follows the output's).
DEFAULT_HEIGHT = 650


def sample_corpus(start: str | Path | None = None) -> Path:
    """The sample corpus (``examples/corpus``) of the dipgraph checkout, for notebooks that run
    from anywhere: next to the installed package (an editable install, ``make venv``), else at or
    above ``start`` (default: the working folder).

    Raises ``FileNotFoundError`` with what to do when there is none (a wheel install ships no
    corpus: give a folder or JSONL file of your own).

    >>> sample_corpus().name
    'corpus'
    """
    package = Path(__file__).resolve().parents[2]
    here = Path(start or Path.cwd()).resolve()
    for folder in (package, here, *here.parents):
        corpus = folder / "examples" / "corpus"
        if corpus.is_dir() and (folder / "graph").is_dir():
            return corpus
    raise FileNotFoundError("no dipgraph sample corpus (examples/corpus) next to the installed package or "
                            f"at or above {here}: set CORPUS to a folder or JSONL file of your own")


def iframe_html(page: str, *, height: int = DEFAULT_HEIGHT, title: str = DEFAULT_TITLE) -> str:
    """A ``<div>`` holding an ``<iframe>`` that shows the HTML document ``page`` (escaped into ``srcdoc``)."""
    return (f'<div class="dipgraph-frame"><iframe srcdoc="{html.escape(page, quote=True)}" '
            f'title="{html.escape(title, quote=True)}" sandbox="allow-scripts" width="100%" '
            f'height="{int(height)}" style="border: 1px solid #ddd; width: 100%;"></iframe></div>')


def show(events: Iterable[Event] | str | Path, *, height: int = DEFAULT_HEIGHT, **options):
    """The stance graph of ``events`` as an ``IPython.display.HTML`` object, shown inline.

    Parameters
    ----------
    events : iterable of Event, or str or Path
        Events, or what :func:`graph.analysis.networks.load_events` reads (``events.jsonl``, a
        build folder, an RDF file or store).
    height : int
        Height of the frame in pixels.
    **options
        Passed to :func:`graph.viz.html.render_html` (``level``, ``max_actors``, ``colour_by``,
        ``size_by``, ``title``...).
    """
    from IPython.display import HTML

    if isinstance(events, (str, Path)):
        from ..analysis.networks import load_events

        events = load_events(events)
    page = render_html(events, **options)
    return HTML(iframe_html(page, height=height, title=options.get("title") or DEFAULT_TITLE))
