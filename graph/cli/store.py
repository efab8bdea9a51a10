"""``dipgraph store``: manage a persistent Oxigraph store (``store load``: bulk-load N-Quads shards)."""

from __future__ import annotations

from pathlib import Path

import click

from ..errors import GraphFileError, UsageError

#: Graph files a store loads, by suffix (what Oxigraph's bulk loader reads).
LOADABLE = (".nq", ".trig", ".nt", ".ttl")


def shard_files(paths: list[Path]) -> list[Path]:
    """The files to load: each file given, and the ``*.nq`` files of each folder, sorted."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            found = sorted(path.glob("*.nq"))
            if not found:
                raise GraphFileError(f"{path}: no .nq file in this folder")
            files.extend(found)
        elif path.is_file():
            if path.suffix.lower() not in LOADABLE:
                raise GraphFileError(f"{path}: not an RDF file the store loads (use {', '.join(LOADABLE)})")
            files.append(path)
        else:
            raise GraphFileError(f"{path}: no such file or folder")
    return files


@click.group("store")
def command():
    """Manage a persistent Oxigraph store (the folder dipgraph serve serves).

    \b
    Example:
        dipgraph store load out/shards --store store
        dipgraph serve store
    """


@command.command("load")
@click.argument("shards", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--store", "store_dir", required=True, type=click.Path(path_type=Path, file_okay=False),
              help="Store folder (created if missing).")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary.")
def load(shards, store_dir, quiet):
    """Bulk-load SHARDS (N-Quads files, or folders of *.nq such as OUT/shards of
    build --engine ray) into the Oxigraph store STORE, then add the ontology.

    Uses Oxigraph's bulk loader: fast, not one transaction. Named graphs already in the store
    are merged, not replaced: load a rebuilt corpus into a new store. The same shards load into
    a standalone Oxigraph server with `oxigraph load --location DIR --file SHARD`.

    \b
    Example:
        dipgraph build archive/ --engine ray -o out
        dipgraph store load out/shards --store store
        dipgraph serve store --port 7878
    """
    from ..sparql.store import Store
    from .common import progress_bar

    if not shards:
        raise UsageError("give at least one shard file or folder")
    files = shard_files(list(shards))
    with Store(store_dir) as st, progress_bar(disable=quiet, total=len(files), unit="file") as bar:
        for path in files:
            st.bulk_load(path, ontology=False)
            bar.update(1)
        st.add_ontology()
        quads, graphs = len(st), len(st.graphs())
    if not quiet:
        click.echo(f"loaded {len(files)} file(s) into {store_dir}: {quads:,} quads in {graphs:,} named graphs")
