"""A backer named in a support phrase before the verb is no co-fighter (round 28, f22).

"Avec le soutien du Rwanda, le M23 a attaqué X": Rwanda supports the M23 (the noun *soutien*),
it does not fight beside it, so no ``cooperate`` pair; a co-agent phrase with no cue noun
("aux côtés des forces nigériennes", "alongside") still makes the co-fighters cooperate.
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


@pytest.mark.parametrize("lang, text, backer, backed", [
    ("fr", "Les rebelles du M23, avec le soutien du Rwanda, ont attaqué plusieurs villages congolais.", "RWA", "M23"),
    ("fr", "Avec le soutien du Rwanda, le M23 a attaqué des villages congolais.", "RWA", "M23"),
    ("fr", "Le M23 qui, avec le soutien du Rwanda selon plusieurs sources, a attaqué des villages congolais.", "RWA", "M23"),
    ("en", "With the support of Russia, Syrian forces attacked Turkish positions.", "RUS", "SYR"),
])
def test_backer_supports_and_does_not_cooperate(lang, text, backer, backed):
    got = _events(lang, text)
    assert (backer, "support", backed) in got
    assert not {(a, r, b) for a, r, b in got if r == "cooperate"}


def test_fronted_co_fighters_still_cooperate():
    got = _events("fr", "Aux côtés des forces nigériennes, les soldats tchadiens ont attaqué Boko Haram.")
    assert {("TCD", "cooperate", "NER"), ("TCD", "attack", "BOKO_HARAM")} <= got
