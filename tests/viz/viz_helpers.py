"""Helpers for the HTML stance graph tests: hand-made events and a headless Chromium.

The browser tests need Playwright's Python package and Debian's Chromium (``make browser``). When
either is missing they are skipped locally, with the reason, and fail under CI (``CI=true``),
where ``make test`` installs both.
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest

from graph.model import Event

#: The Chromium the browser tests drive (Debian's package), unless DG_CHROMIUM says otherwise.
CHROMIUM = os.environ.get("DG_CHROMIUM") or "/usr/bin/chromium"


def ev(source, relation, target, *, confidence=1.0, date="2020-10-01", doc="a.txt", sentence=None, title=None,
       source_actor=None, target_actor=None, source_id="", target_id="", trigger=None, start=0):
    """One event; what the page does not read gets a plain default."""
    sentence = sentence or f"{source} {relation} {target}."
    return Event(doc=doc, source=source, relation=relation, target=target,
                 source_actor=source_actor or source, target_actor=target_actor or target,
                 sentence=sentence, start=start, end=start + len(sentence), trigger=trigger or relation,
                 confidence=confidence, language="en", date=date, source_id=source_id, target_id=target_id,
                 title=title)


def four_states() -> list[Event]:
    """Five mentions between four states.

    Pairs (symmetric ``meet`` counts for both directions, as in the analysis):
    TUR->AZE support; ARM->AZE meet; AZE->ARM meet + attack; FRA->AZE condemn x2.
    So 4 nodes and 4 directed edges.
    """
    return [
        ev("TUR", "support", "AZE", date="2020-10-01", doc="a.txt"),
        ev("ARM", "meet", "AZE", date="2020-10-02", doc="a.txt", start=30),
        ev("AZE", "attack", "ARM", date="2020-10-03", doc="b.txt"),
        ev("FRA", "condemn", "AZE", confidence=0.5, date="2020-10-05", doc="b.txt", start=40),
        ev("FRA", "condemn", "AZE", confidence=0.5, date=None, doc="c.txt"),
    ]


def ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in ("true", "1", "yes")


def need_browser():
    """Playwright's sync API, or skip (locally) / fail (CI) with the reason."""
    reason = None
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        sync_playwright = None
        reason = "Playwright is not installed (pip install -e '.[test]')"
    if reason is None and not (Path(CHROMIUM).is_file() or shutil.which(CHROMIUM)):
        reason = f"Chromium is not installed at {CHROMIUM} (run: make browser)"
    if reason:
        if ci():
            pytest.fail(f"browser tests cannot run under CI: {reason}")
        pytest.skip(reason)
    return sync_playwright


def artefacts_dir(tmp_path_factory) -> Path:
    """Where screenshots go: $DG_ARTEFACTS if set, else a pytest temporary folder."""
    where = os.environ.get("DG_ARTEFACTS")
    if where:
        path = Path(where)
        path.mkdir(parents=True, exist_ok=True)
        return path
    return tmp_path_factory.mktemp("artefacts")


def unescape_js(text: str) -> str:
    """What JavaScript sees once string literals are decoded (``\\uXXXX``, ``\\xXX``, ``\\/``)."""
    text = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), text)
    text = re.sub(r"\\x([0-9a-fA-F]{2})", lambda m: chr(int(m.group(1), 16)), text)
    return text.replace("\\/", "/").replace('\\"', '"').replace("\\'", "'")
