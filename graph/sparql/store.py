"""The persistent embedded SPARQL store: an Oxigraph database folder.

``dipgraph build --store DIR`` adds each build to the store (:meth:`Store.replace_graphs`): the
named graphs of the documents it rebuilt are replaced by those of the graph file the build wrote,
so a rebuilt document never leaves stale mentions; the default graph (actors, roles, clustered
events, the stance network) is merged, and the ontology is kept in its own graph,
``<https://w3id.org/dipgraph/ontology>``, so saved queries can read relation labels. Files are
loaded with Oxigraph's bulk loader, a big file in parts on every core (:mod:`graph.sparql.bulk`).
When a build replaces a good share of the store's documents, the store is rebuilt in one bulk
operation: the graphs it keeps are copied out and loaded with the new file into a fresh folder
that takes the store's place (dropping a million quads in transactions costs more than loading
them; a build killed before the swap leaves the previous store whole). A build that rebuilds
every document the store holds reloads it (:meth:`Store.reload`: the default graph then
describes exactly this build). Otherwise the few graphs replaced are dropped in transactions
and the file bulk loaded: the bulk loader is not one transaction, so a build killed while
loading leaves the graphs of other documents as they were, and those of its own documents
missing or partly loaded until it is run again.
:meth:`Store.add_dataset` adds an rdflib dataset in transactions instead. A graph file can be
opened as an in-memory store with :meth:`Store.from_file`.

Example
-------
>>> from graph.rdf.dataset import build_dataset
>>> with Store() as st:  # in memory
...     st.add_dataset(build_dataset([], []))
...     st.ask("ASK { GRAPH <https://w3id.org/dipgraph/ontology> { ?s ?p ?o } }")
True
"""

from __future__ import annotations

import fcntl
import os
import shutil
from pathlib import Path
from typing import Callable, Iterable, Iterator

import pyoxigraph as ox
from rdflib import Dataset

from ..errors import GraphFileError, QueryError
from ..rdf.load import load_into, rdf_format
from ..rdf.namespace import ONTOLOGY_IRI, PREFIXES
from ..rdf.ontology import ontology_graph
from ..rdf.serialize import ox_quads
from .bulk import bulk_load as parallel_bulk_load
from .queries import syntax_message

#: Documents replaced per transaction.
BATCH = 200
#: Share of the store's documents a build must replace for :meth:`Store.replace_graphs` to
#: rebuild the store by copying (deleting costs about 1.3 times a bulk load per quad: BENCHMARKS.md).
REBUILD_SHARE = 0.4


def lock_store(path: Path, *, shared: bool) -> int:
    """Lock the store folder ``path`` (shared: readers and servers; exclusive: one writer).

    The lock is held while the returned descriptor is open and dies with the process. Oxigraph
    lets a writer open a store that other processes read, which its documentation calls
    undefined behaviour; this lock makes ``build --store S`` stop at once while ``serve S`` runs.
    """
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        fcntl.flock(fd, (fcntl.LOCK_SH if shared else fcntl.LOCK_EX) | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        raise GraphFileError(f"{path}: the store is being written by another process (a build?); wait for it to finish" if shared else
                             f"{path}: the store is in use by another process (dipgraph serve?); stop the server first") from None
    return fd


def _exchange(a: Path, b: Path) -> None:
    """Swap the folders ``a`` and ``b``: atomically with Linux's ``renameat2(RENAME_EXCHANGE)``,
    else with two renames."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        if libc.renameat2(-100, os.fsencode(a), -100, os.fsencode(b), 2) == 0:  # AT_FDCWD, RENAME_EXCHANGE
            return
    except (OSError, AttributeError):
        pass
    aside = b.with_name(b.name + ".old")
    os.rename(b, aside)
    os.rename(a, b)
    os.rename(aside, a)


def _bulk_load(store: ox.Store, path: Path, lenient: bool) -> None:
    try:
        parallel_bulk_load(store, path, rdf_format(path), lenient=lenient)
    except (SyntaxError, ValueError, OSError) as err:
        raise GraphFileError(f"{path}: cannot load into the store ({str(err).splitlines()[0]})") from None


def _nt(q: ox.Quad) -> str:
    return f"{q.subject} {q.predicate} {q.object} ."


class Store:
    """An Oxigraph store at ``path`` (created if missing), or in memory when ``path`` is None."""

    def __init__(self, path: str | Path | None = None, *, read_only: bool = False) -> None:
        self.path = Path(path) if path is not None else None
        self.read_only = read_only
        self._lock = None
        try:
            if self.path is None:
                self._store = ox.Store()
            elif read_only:
                self._lock = lock_store(self.path, shared=True)
                self._store = ox.Store.read_only(str(self.path))
            else:
                if self.path.exists() and not self.path.is_dir():
                    raise GraphFileError(f"{self.path}: a store is a folder, this is a file")
                self.path.mkdir(parents=True, exist_ok=True)
                self._lock = lock_store(self.path, shared=False)
                self._store = ox.Store(str(self.path))
        except OSError as err:
            self._unlock()
            raise GraphFileError(f"{self.path}: cannot open the store ({str(err).splitlines()[0]})") from None

    @classmethod
    def from_file(cls, path: str | Path) -> "Store":
        """An in-memory store holding a graph file (or a copy of a store folder) and the ontology."""
        path = Path(path)
        if path.is_dir():
            return cls(path, read_only=True)
        st = cls()
        st.load_file(path)
        return st

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        """Flush and release the store (other processes may open it afterwards)."""
        store = getattr(self, "_store", None)
        if store is not None and self.path is not None and not self.read_only:
            store.flush()
        self._store = None
        self._unlock()

    def _unlock(self) -> None:
        if getattr(self, "_lock", None) is not None:
            os.close(self._lock)
            self._lock = None

    def __len__(self) -> int:
        return len(self._store)

    def graphs(self) -> list[str]:
        """IRIs of the named graphs, sorted."""
        return sorted(str(g.value) for g in self._store.named_graphs())

    def load_file(self, path: str | Path) -> None:
        """Add the quads of an RDF file, then the ontology."""
        load_into(self._store, path)
        self.add_ontology()

    def add_quads(self, quads: Iterable[ox.Quad]) -> None:
        """Add quads as they are, in one transaction."""
        self._store.extend(quads)

    def add_ontology(self) -> None:
        """Put the ontology in its own named graph (replacing an older version)."""
        g = ox.NamedNode(str(ONTOLOGY_IRI))
        quads = [ox.Quad(q.subject, q.predicate, q.object, g) for q in ox_quads(ontology_graph())]
        self._replace([g], quads)

    def add_dataset(self, ds: Dataset, doc_ids: Iterable[str] | None = None) -> None:
        """Replace the named graphs of ``ds``, merge its default graph, refresh the ontology."""
        by_graph: dict = {}
        default: list[ox.Quad] = []
        for q in ox_quads(ds):
            if isinstance(q.graph_name, ox.DefaultGraph):
                default.append(q)
            else:
                by_graph.setdefault(q.graph_name, []).append(q)
        names = sorted(by_graph, key=str)
        for i in range(0, len(names), BATCH):
            chunk = names[i:i + BATCH]
            self._replace(chunk, [q for g in chunk for q in by_graph[g]])
        self._store.extend(default)
        self.add_ontology()

    def drop_graphs(self, graphs: Iterable[str]) -> int:
        """Remove the named graphs ``graphs`` (IRIs) that the store holds, in one transaction;
        return how many there were."""
        present = [g for g in graphs if self._store.contains_named_graph(ox.NamedNode(g))]
        for i in range(0, len(present), BATCH * 10):
            self._store.update("".join(f"DROP SILENT GRAPH <{g}> ;\n" for g in present[i:i + BATCH * 10]))
        return len(present)

    def bulk_load(self, path: str | Path, *, ontology: bool = True, lenient: bool = False) -> None:
        """Add an RDF file with Oxigraph's bulk loader (fast, on disk, not one transaction; a
        big file in parts on several cores, :mod:`graph.sparql.bulk`), then refresh the ontology
        (unless ``ontology`` is false: many files, one refresh). Named graphs already present
        are merged, not replaced: drop them first (:meth:`drop_graphs`), or use
        :meth:`replace_graphs`. ``lenient``: skip IRI validation (files dipgraph wrote)."""
        _bulk_load(self._store, Path(path), lenient)
        if ontology:
            self.add_ontology()

    def _document_graphs(self) -> set[str]:
        return {str(g.value) for g in self._store.named_graphs()} - {str(ONTOLOGY_IRI)}

    def replaces_everything(self, graphs: Iterable[str]) -> bool:
        """Whether ``graphs`` (document graph IRIs) include every document graph the store holds
        (and it holds some): then :meth:`reload` is much cheaper than dropping them one by one."""
        held = self._document_graphs()
        return self.path is not None and bool(held) and held <= set(graphs)

    def replace_graphs(self, graphs: Iterable[str], path: str | Path, *, lenient: bool = False,
                       before_load: Callable[[], None] | None = None) -> str:
        """Replace the named graphs ``graphs`` (IRIs) by the RDF file ``path`` (which holds
        them, and may hold others); its default graph is merged. Returns how it was done:

        - ``"rebuild"`` when the graphs replaced are at least :data:`REBUILD_SHARE` of the
          store's documents: the other graphs and the default graph are copied out, and loaded
          with ``path`` into a fresh folder that takes the store's place (one bulk operation;
          killed before the swap, the store stays as it was);
        - ``"reload"`` when they are every document of the store: as :meth:`reload`;
        - ``"drop"`` otherwise: the graphs are dropped in transactions and ``path`` bulk loaded.

        ``before_load`` is called once the store is ready to load ``path``.
        """
        wanted = set(graphs)
        held = self._document_graphs()
        present = held & wanted
        if self.path is not None and held and len(present) >= REBUILD_SHARE * len(held):
            keep = sorted(held - wanted)
            self._rebuild(path, keep or None, lenient, before_load)  # none kept: a whole new store
            return "rebuild" if keep else "reload"
        self.drop_graphs(sorted(present))
        if before_load is not None:
            before_load()
        self.bulk_load(path, lenient=lenient)
        return "drop"

    def reload(self, path: str | Path, *, lenient: bool = False) -> None:
        """Make the store hold only the RDF file ``path`` (and the ontology): it is bulk loaded
        into a fresh folder beside the store, which then takes the store's place (one atomic
        exchange of the two folders on Linux). Deleting a million quads in transactions takes
        several times as long as loading them, and a build killed while loading leaves the
        previous store whole. The store's lock moves to the new folder with it."""
        self._rebuild(path, None, lenient)

    def _rebuild(self, path: str | Path, keep: list[str] | None, lenient: bool,
                 before_load: Callable[[], None] | None = None) -> None:
        """Swap in a fresh folder holding ``path``, plus (unless ``keep`` is None) the default
        graph and the named graphs ``keep`` of this store."""
        assert self.path is not None and not self.read_only
        fresh = self.path.parent / f".{self.path.name}.reload"
        kept = self.path.parent / f".{self.path.name}.kept.trig"
        for leftover in (fresh, kept):  # a killed rebuild's (we hold the lock)
            shutil.rmtree(leftover, ignore_errors=True) if leftover.is_dir() else leftover.unlink(missing_ok=True)
        try:
            if keep is not None:
                self._copy_out(keep, kept)
            if before_load is not None:
                before_load()
            new = ox.Store(str(fresh))
            for file in ([kept] if keep is not None else []) + [Path(path)]:
                _bulk_load(new, file, lenient)
            new.flush()
            del new
        except BaseException:
            shutil.rmtree(fresh, ignore_errors=True)
            raise
        finally:
            kept.unlink(missing_ok=True)
        lock = lock_store(fresh, shared=False)
        self._store = None  # closes the old database before its folder goes
        _exchange(fresh, self.path)
        self._unlock()
        self._lock = lock
        shutil.rmtree(fresh, ignore_errors=True)  # the old store, now under the temporary name
        self._store = ox.Store(str(self.path))
        self.add_ontology()

    def _copy_out(self, graphs: list[str], path: Path) -> None:
        """Write the default graph and the named graphs ``graphs`` as TriG (N-Triples lines,
        each graph's indented in its block, so :mod:`graph.sparql.bulk` can cut between them)."""
        with open(path, "wb") as fh:
            self._store.dump(fh, ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph())
            for g in graphs:
                data = self._store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(g))
                if data:
                    fh.write(b"<" + g.encode() + b"> {\n\t" + data[:-1].replace(b"\n", b"\n\t") + b"\n}\n")

    def _replace(self, graphs: list[ox.NamedNode], quads: list[ox.Quad]) -> None:
        """Drop ``graphs`` and insert ``quads`` in one transaction."""
        body: dict[str, list[str]] = {}
        for q in quads:
            body.setdefault(str(q.graph_name), []).append(_nt(q))
        drops = "".join(f"DROP SILENT GRAPH {g} ;\n" for g in graphs)
        inserts = "\n".join(f"GRAPH {g} {{\n" + "\n".join(lines) + "\n}" for g, lines in body.items())
        if drops or inserts:
            self._store.update(drops + f"INSERT DATA {{\n{inserts}\n}}")

    def query(self, sparql: str, substitutions: dict[str, object] | None = None):
        """Run a SPARQL query; ``substitutions`` binds variables (name -> pyoxigraph term)."""
        subs = {ox.Variable(k): v for k, v in (substitutions or {}).items()}
        try:
            return self._store.query(sparql, substitutions=subs or None, prefixes=PREFIXES)
        except SyntaxError as err:
            raise QueryError(syntax_message(sparql, err)) from None
        except OSError as err:
            raise QueryError(f"the query failed: {str(err).splitlines()[0]}") from None

    def ask(self, sparql: str) -> bool:
        """The answer of an ASK query."""
        return bool(self.query(sparql))

    def quads(self) -> Iterator[ox.Quad]:
        """Every quad of the store."""
        return iter(self._store)
