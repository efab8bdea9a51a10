"""A passive participle fronted before its clause describes that clause's subject (round 28, f22).

"Soutenue par la Russie, la Syrie a attaqué des positions turques": the parser hangs the
participle on the main verb (an adverbial clause), so its target is the main verb's subject
(Syria), not every actor of the clause (the attacked Turkish positions were read as supported).
Own sentences, French and English.
"""

from __future__ import annotations

import pytest

from graph.nlp import load_pipeline
from graph.nlp.extensions import make_doc


def _events(lang: str, text: str) -> set[tuple[str, str, str]]:
    nlp = load_pipeline(lang)
    doc = nlp(make_doc(nlp, text, {"id": "t", "date": "2024-01-01", "language": lang, "title": None}))
    return {(e["source"], e["relation"], e["target"]) for e in doc._.events}


@pytest.mark.parametrize("lang, text, expected", [
    ("fr", "Soutenue par la Russie, la Syrie a attaqué des positions turques.",
     {("RUS", "support", "SYR"), ("SYR", "attack", "TUR")}),
    ("fr", "Soutenus par l'Iran, les Houthis ont tiré des missiles sur l'Arabie saoudite.",
     {("IRN", "support", "HOUTHIS"), ("HOUTHIS", "attack", "SAU")}),
    ("fr", "Condamnée par l'ONU, la Russie a poursuivi ses frappes contre l'Ukraine.",
     {("UN", "condemn", "RUS"), ("RUS", "attack", "UKR")}),
    ("fr", "Encouragée par Washington, Taïwan a renforcé ses défenses face à la Chine.",
     {("USA", "support", "TWN")}),
    ("en", "Backed by Russia, Syria attacked Turkish positions.",
     {("RUS", "support", "SYR"), ("SYR", "attack", "TUR")}),
])
def test_fronted_participle_describes_the_subject(lang, text, expected):
    assert _events(lang, text) == expected
