"""The build: the per-document NLP function, the worker pool, streamed outputs as one set.

- :mod:`graph.build.process`: :func:`process_documents` (documents -> :class:`DocResult`), the
  one function every engine runs (the local worker pool, Ray Data);
- :mod:`graph.build.pool`: :class:`WorkerPool`, long-lived worker processes, results in input order;
- :mod:`graph.build.run`: :func:`build` and :func:`extract`, what ``dipgraph build`` calls;
- :mod:`graph.build.views`: :class:`Views`, the report written in a child process while the
  graph files are ended and the HTML page written;
- :mod:`graph.build.outputs`: :class:`OutputSet`, files staged and moved into place together;
- :mod:`graph.build.inputs`: :func:`count_inputs`, for the progress bar's total;
- :mod:`graph.build.faults`: :func:`fault_point`, the ``DIPGRAPH_FAULT`` hook of the crash tests.

Example
-------
>>> from graph.build import build
>>> result = build(["examples/corpus"], "out", jobs=2)  # doctest: +SKIP
"""

from .process import DocResult, process_documents
from .run import BuildResult, build, extract

__all__ = ["BuildResult", "DocResult", "build", "extract", "process_documents"]
