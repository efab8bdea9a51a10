"""Every error dipgraph reports to a user, in one place.

The CLI catches :class:`DipgraphError` and prints ``Error: <message>`` on one line, with no
traceback (``--debug`` shows it). Messages name the file and the reason, so a user can act.

Example
-------
>>> str(InputError("corpus/a.txt", "not valid UTF-8 text"))
'corpus/a.txt: not valid UTF-8 text'
"""

from __future__ import annotations


class DipgraphError(Exception):
    """Base class: a user-facing error with a one-line message."""

    exit_code = 1


class UsageError(DipgraphError):
    """The command was called with arguments that cannot work."""

    exit_code = 2


class InputError(DipgraphError):
    """One input (file, record) cannot be read; the build skips it and goes on."""

    def __init__(self, where: str, reason: str):
        self.where = where
        self.reason = reason
        super().__init__(f"{where}: {reason}")


class UnsupportedLanguage(UsageError):
    """A language with no data folder and no pipeline in ``graph/data/pipelines.json``."""

    def __init__(self, lang: str, supported: tuple[str, ...]):
        self.lang = lang
        super().__init__(f"unsupported language '{lang}' (supported: {', '.join(supported)})")


class ModelNotInstalled(DipgraphError):
    """No spaCy pipeline is installed for a language."""

    def __init__(self, lang: str, tried: list[str], package: str):
        super().__init__(
            f"no spaCy pipeline for language '{lang}' (tried {', '.join(tried)}); "
            f"install one with: pip install {package}"
        )


class DataFileError(DipgraphError):
    """A bundled data file (lexicon, knowledge base, ontology, query) is missing or malformed."""


class GraphFileError(DipgraphError):
    """An RDF graph or store given to a command cannot be read."""


class QueryError(DipgraphError):
    """A SPARQL query cannot be found, parsed or run."""


class NothingProcessed(DipgraphError):
    """Every input was skipped: there is nothing to build."""


class NotValid(DipgraphError):
    """``dipgraph validate``: the graph breaks a SHACL shape or a violation query."""


class ServerError(DipgraphError):
    """The SPARQL endpoint cannot start (no server program, port taken, unreadable store)."""


class WorkerError(DipgraphError):
    """A build's worker process failed or died (out of memory, killed)."""


class EngineError(DipgraphError):
    """A build engine cannot run: Ray not installed, a cluster address that does not answer."""
