"""Read a dipgraph graph back: an RDF file or an Oxigraph store, and its event mentions.

:func:`load_graph` reads TriG, Turtle, N-Quads, N-Triples or JSON-LD (by suffix) or an Oxigraph
store folder into an rdflib :class:`~rdflib.Dataset`; :func:`events_from_dataset` turns the
stance mentions back into :class:`graph.model.Event` rows, so analysis, HTML and export work
from an RDF graph as well as from ``events.jsonl``.

Example
-------
>>> ds = load_graph("out/graph.trig")  # doctest: +SKIP
>>> events = list(events_from_dataset(ds))  # doctest: +SKIP
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Iterator

import pyoxigraph as ox
from rdflib import RDF, Dataset
from rdflib.namespace import DCTERMS, PROV

from ..errors import GraphFileError
from ..model import Event
from .formats import by_suffix, read_suffixes
from .iris import actor_id_of
from .namespace import DG, REL
from .serialize import from_ox_term


def rdf_format(path: Path) -> ox.RdfFormat:
    """The parser format of an RDF file, from its suffix (:mod:`graph.rdf.formats`)."""
    fmt = by_suffix(path.suffix)
    if fmt is None:
        raise GraphFileError(f"{path}: unknown RDF file type (use one of {', '.join(read_suffixes())})")
    return fmt.ox_format


def _unreadable(path: Path, err: Exception) -> GraphFileError:
    reason = str(err).splitlines()[0] if str(err) else type(err).__name__
    return GraphFileError(f"{path}: not a readable RDF graph ({reason})")


def _exists(path: str | Path) -> Path:
    path = Path(path)
    if not path.exists():
        raise GraphFileError(f"{path}: no such file or folder")
    return path


def read_quads(path: str | Path) -> list[ox.Quad]:
    """Every quad of an RDF file or an Oxigraph store folder, read with Oxigraph."""
    path = _exists(path)
    try:
        if path.is_dir():
            store = ox.Store.read_only(str(path))
            try:
                return list(store)
            finally:
                del store
        return list(ox.parse(path=str(path), format=rdf_format(path)))
    except (SyntaxError, ValueError, OSError) as err:
        raise _unreadable(path, err) from None


def load_into(store: ox.Store, path: str | Path) -> None:
    """Parse an RDF file straight into a pyoxigraph store (no Python list of quads in between)."""
    path = _exists(path)
    try:
        store.load(path=str(path), format=rdf_format(path))
    except (SyntaxError, ValueError, OSError) as err:
        raise _unreadable(path, err) from None


def load_graph(path: str | Path) -> Dataset:
    """An RDF file or store as an rdflib Dataset (named graphs kept)."""
    ds = Dataset()
    for q in read_quads(path):
        graph = ds.default_graph if isinstance(q.graph_name, ox.DefaultGraph) else ds.graph(from_ox_term(q.graph_name))
        graph.add((from_ox_term(q.subject), from_ox_term(q.predicate), from_ox_term(q.object)))
    return ds


def events_from_dataset(ds: Dataset) -> Iterator[Event]:
    """The stance mentions of ``ds`` as events, ordered by document id and mention number."""
    props: dict = defaultdict(dict)
    for s, p, o, _ in ds.quads((None, None, None, None)):
        props[s].setdefault(p, o)
    mentions = {s for s, _, _, _ in ds.quads((None, RDF.type, DG.StanceMention, None))}

    def code(actor) -> str:
        value = props.get(actor, {}).get(DG.code)
        return str(value) if value is not None else str(actor).rsplit("/", 1)[-1]

    def order(m):
        doc = str(props[m].get(PROV.wasDerivedFrom, ""))
        tail = str(m).rsplit("/", 1)[-1]
        return doc, int(tail) if tail.isdigit() else 0, str(m)

    for m in sorted(mentions, key=order):
        v = props[m]
        doc = v.get(PROV.wasDerivedFrom)
        dv = props.get(doc, {})
        date = v.get(DCTERMS.date)
        yield Event(
            doc=str(dv.get(DCTERMS.identifier, doc)),
            source=code(v[DG.sourceParty]), target=code(v[DG.targetParty]),
            relation=str(v[DG.relation])[len(str(REL)):],
            source_actor=str(v.get(DG.sourceName, "")), target_actor=str(v.get(DG.targetName, "")),
            source_id=actor_id_of(v[DG.source]), target_id=actor_id_of(v[DG.target]),
            sentence=str(v.get(DG.evidence, "")), start=int(v.get(DG.startOffset, 0)), end=int(v.get(DG.endOffset, 0)),
            trigger=str(v.get(DG.trigger, "")), confidence=float(v.get(DG.confidence, 0)),
            language=str(v.get(DCTERMS.language, "")), date=str(date) if date is not None else None,
            location=str(v[DG.location]) if DG.location in v else None,
            title=str(dv[DCTERMS.title]) if DCTERMS.title in dv else None,
        )
