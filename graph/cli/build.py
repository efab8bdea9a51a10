"""``dipgraph build``: the whole pipeline from articles to graph, report and HTML."""

from __future__ import annotations

import os

import click

from ..errors import UsageError
from ..nlp import parse_model_overrides
from ..rdf.formats import WRITE_FORMATS
from ..build import build
from ..build.inputs import count_inputs
from .common import language_option, print_summary, progress_bar


@click.command("build")
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option("-o", "--out", "out_dir", default="out", show_default=True, type=click.Path(file_okay=False), help="Output folder.")
@click.option("-j", "--jobs", default=os.cpu_count() or 1, show_default="the machine's cores", type=click.IntRange(1, 64), help="Worker processes that parse the documents.")
@click.option("--date", default=None, help="Date for documents that have none (any format, e.g. 2020-10-02).")
@language_option("Force the language instead of detecting it.")
@click.option("--model", "model", multiple=True, metavar="LANG=PIPELINE", help="spaCy pipeline to use for a language, e.g. en=en_core_web_md.")
@click.option("--store", type=click.Path(file_okay=False), default=None, help="Also add the documents to this persistent Oxigraph store.")
@click.option("--format", "rdf_format", type=click.Choice(WRITE_FORMATS), default="trig", show_default=True, help="RDF serialisation of the graph file.")
@click.option("--no-html", is_flag=True, help="Do not write stance.html.")
@click.option("--no-report", is_flag=True, help="Do not write the analysis report.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary.")
@click.option("--engine", type=click.Choice(["local", "ray"]), default="local", show_default=True,
              help="local: --jobs worker processes; ray: Ray Data on a Ray cluster (docs/scale.md), same outputs plus OUT/shards/.")
@click.option("--ray-address", default=None, metavar="ADDR", help="Ray cluster to run on (auto, HOST:PORT, ray://HOST:10001); default: a local Ray.")
@click.option("--workers", default=None, type=click.IntRange(1), help="Ray workers that parse, one spaCy copy each  [default: the cluster's CPUs].")
def command(inputs, out_dir, jobs, date, language, model, store, rdf_format, no_html, no_report, quiet,
            engine, ray_address, workers):
    """Build the stance graph from INPUTS (files or folders of .txt, .jsonl, .html).

    Writes OUT/events.jsonl (one row per event mention), OUT/graph.trig (RDF, one named graph per
    document), OUT/report.md (+ report.json and plots) and OUT/stance.html. Unreadable inputs are
    skipped with a warning; the exit code is non-zero only when nothing could be processed.
    The files are written together: an interrupted build (Ctrl-C: exit 130) leaves OUT as it was.
    With --engine ray the documents are parsed by Ray Data workers, which also write
    OUT/shards/*.nq (N-Quads, for dipgraph store load or oxigraph load) and *.events.jsonl.

    \b
    Example:
        dipgraph build examples/corpus -o out
        dipgraph build news.jsonl --date 2020-10-02 --model en=en_core_web_md -o out
        dipgraph build archive/ --engine ray --workers 2 -o out
        dipgraph build archive/ --engine ray --ray-address head-node:6379 -o /shared/out
    """
    if not inputs:
        raise UsageError("give at least one input file or folder")
    ray_engine = None
    if engine == "ray":
        from ..build.ray_engine import RayEngine, import_ray

        import_ray()
        ray_engine = RayEngine(workers=workers, address=ray_address)
    elif ray_address or workers:
        raise UsageError("--ray-address and --workers go with --engine ray (the local engine takes --jobs)")
    total = count_inputs(inputs).documents if not quiet else None
    with progress_bar(disable=quiet, total=total) as bar:
        bar.set_postfix_str("loading models", refresh=True)
        words = [0]

        def advance(res) -> None:
            if bar.disable:
                return
            words[0] += res.words
            rate = words[0] / max(bar.format_dict["elapsed"], 1e-9)
            bar.set_postfix_str(f"{words[0]:,} words, {rate:,.0f} words/s", refresh=False)
            bar.update(1)

        result = build(
            inputs, out_dir, jobs=jobs, date=date, language=language,
            models=parse_model_overrides(model), store=store, rdf_format=rdf_format,
            html=not no_html, analysis=not no_report, progress=advance, engine=ray_engine,
        )
    if not quiet:
        print_summary(result.summary(), result.outputs)
