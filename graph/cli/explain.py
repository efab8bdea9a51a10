"""``dipgraph explain``: what the extractor understood of one document.

Prints the actor mentions (with the antecedent of every pronoun and anaphor), the document model
(conflict frame: sides and mediators; salient entities with type, number, gender and kinds;
event entities), the references it resolved across sentences, and the events.
"""

from __future__ import annotations

import json

import click

from ..errors import InputError, UsageError
from ..nlp import parse_model_overrides
from .common import format_table, language_option


def explain(path: str, *, doc_id: str | None = None, date: str | None = None, language: str | None = None,
            models: dict[str, str] | None = None) -> list[dict]:
    """Parse one document of ``path`` (the first, or the one with id ``doc_id``); return, per
    piece of text the pipeline reads (long articles are read in paragraph-bounded pieces), its
    ``mentions``, ``document`` model and ``events``."""
    from ..ingest import read_documents
    from ..ingest.chunks import chunk_text
    from ..nlp import load_pipeline
    from ..nlp.extensions import make_doc

    def warn(err: InputError) -> None:
        click.echo(f"Warning: {err}", err=True)

    chosen = None
    for d in read_documents([path], date=date, language=language, on_skip=warn):
        if doc_id is None or d.id == doc_id:
            chosen = d
            break
    if chosen is None:
        raise UsageError(f"{path}: no document with id '{doc_id}'" if doc_id else f"{path}: no readable document")
    lang = chosen.language
    nlp = load_pipeline(lang, (models or {}).get(lang))
    out = []
    for offset, part in chunk_text(chosen.text):
        meta = {"id": chosen.id, "date": chosen.date, "language": lang, "title": chosen.title}
        doc = nlp(make_doc(nlp, part, meta))
        out.append({"id": chosen.id, "language": lang, "date": chosen.date, "offset": offset,
                    "mentions": doc._.mentions or [], "document": doc._.document or {}, "events": doc._.events or []})
    return out


def render(pieces: list[dict]) -> str:
    """The plain-text report of :func:`explain`."""
    lines: list[str] = []
    for p in pieces:
        d = p["document"]
        lines.append(f"# {p['id']} ({p['language']}, {p['date'] or 'no date'}, from character {p['offset']})")
        lines.append("\n## Mentions (pronoun = resolved from the context)")
        lines.append(format_table(["text", "kind", "actor", "code", "type"],
                                  [[m["text"], m["kind"], m["label"], m["code"], m["type"]] for m in p["mentions"]]))
        lines.append("\n## Frame")
        lines.append(f"sides: {' vs '.join(d.get('sides') or []) or '(none)'}")
        lines.append(f"mediators: {', '.join(d.get('mediators') or []) or '(none)'}")
        lines.append("\n## Salient entities")
        lines.append(format_table(
            ["code", "label", "type", "number", "gender", "kinds", "mentions", "subject", "sentences", "salience"],
            [[e["code"], e["label"], e["type"], e["number"], e["gender"], ",".join(e["kinds"]), e["mentions"],
              e["subject_mentions"], f"{e['first_sentence']}-{e['last_sentence']}", e["salience"]]
             for e in d.get("entities", [])]))
        lines.append("\n## Event entities")
        lines.append(format_table(["sentence", "kind", "trigger", "participants", "targets"],
                                  [[e["sentence"], e["kind"], e["trigger"], ",".join(e["participants"]),
                                    ",".join(e["targets"])] for e in d.get("events", [])]))
        lines.append("\n## References (antecedents from the document model)")
        lines.append(format_table(["text", "kind", "antecedents", "constraint"],
                                  [[r["text"], r["kind"], "AMBIGUOUS: no event" if r["ambiguous"]
                                    else ",".join(r["antecedents"]), r["why"]] for r in d.get("references", [])]))
        lines.append("\n## Events")
        lines.append(format_table(["source", "relation", "target", "trigger", "confidence"],
                                  [[e["source"], e["relation"], e["target"], e["trigger"], e["confidence"]]
                                   for e in p["events"]]))
        lines.append("")
    return "\n".join(lines)


@click.command("explain")
@click.argument("path", metavar="DOC", type=click.Path(exists=True, path_type=str))
@click.option("--id", "doc_id", default=None, help="The document of a JSONL file or folder to explain (default: the first).")
@click.option("--date", default=None, help="Date for a document that has none (e.g. 2020-10-02).")
@language_option("Force the language.")
@click.option("--model", "model", multiple=True, metavar="LANG=PIPELINE", help="spaCy pipeline for a language.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON (mentions, document model, events) instead of tables.")
def command(path, doc_id, date, language, model, as_json):
    """Explain how one document DOC is read: its actor mentions and their antecedents, the
    document model (sides, mediators, salient entities, event entities), the references resolved
    across sentences ("both sides", "the group", "the deal"), and the events.

    \b
    Example:
        dipgraph explain examples/corpus/some-article.txt
        dipgraph explain news.jsonl --id article-42 --json
    """
    pieces = explain(path, doc_id=doc_id, date=date, language=language, models=parse_model_overrides(model))
    click.echo(json.dumps(pieces, ensure_ascii=False, indent=1, sort_keys=True) if as_json else render(pieces))
