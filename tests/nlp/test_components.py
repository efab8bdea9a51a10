"""The dipgraph components of the loaded pipelines declare what they set (spaCy's ``assigns``,
checked by ``nlp.analyze_pipes``): the parse repairs of ``graph/nlp/`` their token columns,
the actor and event stages their document extensions."""

from __future__ import annotations

import pytest

from graph.nlp import load_pipeline


def _components(lang: str) -> list[str]:
    return [name for name in load_pipeline(lang).pipe_names if name.startswith("dipgraph_")]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_components_declare_what_they_assign(lang):
    nlp = load_pipeline(lang)
    names = _components(lang)
    assert "dipgraph_actors" in names and "dipgraph_events" in names
    undeclared = [name for name in names if not nlp.get_pipe_meta(name).assigns]
    assert undeclared == []


@pytest.mark.parametrize("lang,name,attr", [
    ("en", "dipgraph_line_starts", "token.is_sent_start"),
    ("fr", "dipgraph_time_objects", "token.head"),
    ("fr", "dipgraph_conditional_moods", "token.morph"),
    ("fr", "dipgraph_events", "doc._.events"),
])
def test_components_assigns_name_the_attribute_they_write(lang, name, attr):
    assert attr in load_pipeline(lang).get_pipe_meta(name).assigns
