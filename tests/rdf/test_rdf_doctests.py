"""The examples in the RDF and SPARQL modules' docstrings run and give what they show."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = ["rdf.namespace", "rdf.iris", "rdf.scheme", "rdf.dataset", "rdf.serialize", "rdf.ontology",
           "sparql.store", "sparql.queries", "sparql.endpoint", "sparql.proxy", "ingest.language"]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    module = importlib.import_module(f"graph.{name}")
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.attempted > 0
    assert result.failed == 0
