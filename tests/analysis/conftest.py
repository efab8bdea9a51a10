"""Helpers for the analysis tests: small hand-made event lists."""

from __future__ import annotations

import pytest

from graph.model import Event


def ev(source, relation, target, *, confidence=1.0, date=None, source_id="", target_id="",
       source_actor="", target_actor="", sentence="", doc="test.txt"):
    """One event with only what the analysis reads filled in."""
    return Event(doc=doc, source=source, relation=relation, target=target,
                 source_actor=source_actor or source, target_actor=target_actor or target,
                 sentence=sentence or f"{source} {relation} {target}.", start=0, end=10,
                 trigger=relation, confidence=confidence, language="en", date=date,
                 source_id=source_id, target_id=target_id)


@pytest.fixture
def make_event():
    return ev
