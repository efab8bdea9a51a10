"""Ingest: files and folders of ``.txt``, ``.jsonl`` and ``.html`` articles -> :class:`Document`.

Bad inputs never stop a build: each is reported as a one-line :class:`~graph.errors.InputError`
through the ``on_skip`` callback and skipped.

Example
-------
>>> import tempfile, pathlib
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> _ = (d / "a.txt").write_text("France condemned the strikes.\\n- Advertisement -\\n")
>>> [doc.text for doc in read_documents([d])]
['France condemned the strikes.']
"""

from .readers import SUFFIXES, iter_input_files, read_documents

__all__ = ["SUFFIXES", "iter_input_files", "read_documents"]
