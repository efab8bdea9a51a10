"""Shared fixtures: the sample corpus and one build of it per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "examples" / "corpus"


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    """The bundled sample corpus (txt, jsonl and html articles in English and French)."""
    return CORPUS


@pytest.fixture(scope="session")
def built_corpus(tmp_path_factory) -> Path:
    """``dipgraph build examples/corpus`` run once for the session; returns the output folder."""
    from graph.pipeline import build

    out = tmp_path_factory.mktemp("built")
    build([CORPUS], out, jobs=1)
    return out
