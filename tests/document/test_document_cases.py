"""Multi-sentence documents, one phenomenon of the document model each, both languages.

Each row of ``docs.tsv`` (texts written for these tests) names events a careful annotator
reads only by looking at earlier sentences, and events that must not be read (a wrong or an
ambiguous antecedent gives no event).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.relations import SYMMETRIC_RELATIONS
from graph.nlp import load_pipeline
from graph.nlp.extensions import make_doc

ROWS = [
    (line + "\t\t").split("\t")[:6]
    for line in (Path(__file__).parent / "docs.tsv").read_text(encoding="utf-8").splitlines()
    if line.strip() and not line.startswith("#")
]


def parse(lang: str, text: str, date: str | None):
    nlp = load_pipeline(lang)
    return nlp(make_doc(nlp, text.replace("\\n", "\n"), {"id": "t", "date": date, "language": lang, "title": None}))


def norm(source: str, relation: str, target: str) -> tuple:
    if relation in SYMMETRIC_RELATIONS:
        source, target = sorted((source, target))
    return source, relation, target


def tuples(cell: str) -> set[tuple]:
    return {norm(*x.split()) for x in cell.split(";") if x.strip()}


@pytest.mark.parametrize("mechanism,lang,date,text,want,forbidden", ROWS,
                         ids=[f"{r[0]}-{r[1]}-{i}" for i, r in enumerate(ROWS)])
def test_document(mechanism, lang, date, text, want, forbidden):
    doc = parse(lang, text, date)
    got = {norm(e["source"], e["relation"], e["target"]) for e in doc._.events}
    assert tuples(want) <= got
    assert not tuples(forbidden) & got


def test_every_mechanism_has_three_documents_in_both_languages():
    for mechanism in ("pair", "group", "nominal", "event", "speaker", "sides", "proposal", "witness", "attack_object",
                      "title", "continuation", "spokesperson", "attack_far",
                      "nominal_compound", "mediation_stated",
                      "group_repeat", "group_clause", "speaker_unparsed", "pair_subject", "mediation_aim", "calm_appeal", "mediation_demonym", "reply", "coordinated", "calm_conflict", "named", "quote_sentences",
                      "signed_subject", "witness_later", "pair_opposition", "sides_rivals", "floating", "named_verb", "event_headline",
                      "broker_relative", "mediator_noun", "nominal_bloc", "reply_latter", "attack_unattributed", "appos_office",
                      "expelled_place", "process_anaphor", "attack_passive_place", "seated_government", "acceptance",
                      "quote_possessive", "known_event", "coup", "event_pronoun", "region", "claimed_attack", "efforts", "welcome"):
        rows = [r for r in ROWS if r[0] == mechanism]
        assert len(rows) >= 3 and {r[1] for r in rows} == {"en", "fr"}
