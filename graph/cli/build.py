"""``dipgraph build``: the whole pipeline from articles to graph, report and HTML."""

from __future__ import annotations

import os

import click

from ..errors import UsageError
from ..nlp import parse_model_overrides
from ..build import build
from ..build.inputs import count_inputs
from .common import print_summary, progress_bar


@click.command("build")
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option("-o", "--out", "out_dir", default="out", show_default=True, type=click.Path(file_okay=False), help="Output folder.")
@click.option("-j", "--jobs", default=os.cpu_count() or 1, show_default="the machine's cores", type=click.IntRange(1, 64), help="Worker processes that parse the documents.")
@click.option("--date", default=None, help="Date for documents that have none (any format, e.g. 2020-10-02).")
@click.option("--lang", "language", type=click.Choice(["en", "fr"]), default=None, help="Force the language instead of detecting it.")
@click.option("--model", "model", multiple=True, metavar="LANG=PIPELINE", help="spaCy pipeline to use for a language, e.g. en=en_core_web_md.")
@click.option("--store", type=click.Path(file_okay=False), default=None, help="Also add the documents to this persistent Oxigraph store.")
@click.option("--format", "rdf_format", type=click.Choice(["trig", "turtle", "nquads", "json-ld"]), default="trig", show_default=True, help="RDF serialisation of the graph file.")
@click.option("--no-html", is_flag=True, help="Do not write stance.html.")
@click.option("--no-report", is_flag=True, help="Do not write the analysis report.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary.")
def command(inputs, out_dir, jobs, date, language, model, store, rdf_format, no_html, no_report, quiet):
    """Build the stance graph from INPUTS (files or folders of .txt, .jsonl, .html).

    Writes OUT/events.jsonl (one row per event mention), OUT/graph.trig (RDF, one named graph per
    document), OUT/report.md (+ report.json and plots) and OUT/stance.html. Unreadable inputs are
    skipped with a warning; the exit code is non-zero only when nothing could be processed.
    The files are written together: an interrupted build (Ctrl-C: exit 130) leaves OUT as it was.

    \b
    Example:
        dipgraph build examples/corpus -o out
        dipgraph build news.jsonl --date 2020-10-02 --model en=en_core_web_md -o out
    """
    if not inputs:
        raise UsageError("give at least one input file or folder")
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
            html=not no_html, analysis=not no_report, progress=advance,
        )
    if not quiet:
        print_summary(result.summary(), result.outputs)
