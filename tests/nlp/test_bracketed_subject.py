"""A subject set off by a participle clause between commas is the verb's subject (French):
"Bakou, soutenu par Ankara, a lancé une offensive contre l'Arménie" was parsed with *Bakou* a
modifier of *lancé*, which had no subject, so no attack was read. The noun phrase becomes the
subject (``_bracketed_subject`` of graph/nlp/fronted.py, under ``fronted_subject_repair``)."""

from __future__ import annotations

import pytest

from graph.nlp import load_pipeline
from graph.nlp.extensions import make_doc


def _events(lang: str, text: str) -> set[tuple[str, str, str]]:
    nlp = load_pipeline(lang)
    doc = nlp(make_doc(nlp, text, {"id": "t", "date": "2024-01-01", "language": lang, "title": None}))
    return {(e["source"], e["relation"], e["target"]) for e in doc._.events}


@pytest.mark.parametrize("text, expected", [
    ("Bakou, soutenu par Ankara, a lancé une offensive contre l'Arménie.",
     {("AZE", "attack", "ARM"), ("TUR", "support", "AZE")}),
    ("Le gouvernement azerbaïdjanais, appuyé par la Turquie, a attaqué l'Arménie.",
     {("AZE", "attack", "ARM"), ("TUR", "support", "AZE")}),
    ("Israël, soutenu par Washington, a bombardé le Liban.",
     {("ISR", "attack", "LBN"), ("USA", "support", "ISR")}),
    ("La Russie, soutenue par la Biélorussie, a menacé la Pologne.",
     {("RUS", "threaten", "POL"), ("BLR", "support", "RUS")}),
])
def test_a_subject_set_off_by_a_participle_clause_acts(text, expected):
    assert expected <= _events("fr", text)
