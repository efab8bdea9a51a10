"""``dipgraph build`` as plain functions; kept as the stable import path of :mod:`graph.build`.

Example
-------
>>> from graph.pipeline import build, extract, process_documents
>>> result = build(["examples/corpus"], "out")  # doctest: +SKIP
"""

from .build import BuildResult, DocResult, build, extract, process_documents

__all__ = ["BuildResult", "DocResult", "build", "extract", "process_documents"]
