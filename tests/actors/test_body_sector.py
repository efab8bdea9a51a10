"""A state body named with its seat ("the defence ministry in Kyiv") takes the sector of its
whole noun phrase, not of its last word (round 21, D12; sentences written for this test)."""

from __future__ import annotations

import pytest

from graph.nlp import load_pipeline
from graph.nlp.extensions import make_doc

CASES = [
    ("en", "Russia attacked Ukraine on Monday. The defence ministry in Kyiv condemned the strikes.",
     "The defence ministry", "UKR", "military"),
    ("en", "Armenia blamed Azerbaijan for the clashes. The defense ministry in Yerevan said two soldiers died.",
     "The defense ministry", "ARM", "military"),
    ("en", "Tensions rose between Iran and Israel. The foreign ministry in Tehran summoned the Swiss envoy.",
     "The foreign ministry", "IRN", "diplomacy"),
]


@pytest.mark.parametrize("lang,text,mention,code,sector", CASES)
def test_body_with_seat_keeps_its_sector(lang, text, mention, code, sector):
    nlp = load_pipeline(lang)
    doc = nlp(make_doc(nlp, text, {"id": "t", "date": "2024-01-01", "language": lang, "title": None}))
    found = [m for m in doc._.mentions if doc[m["token_start"]:m["token_end"]].text == mention]
    assert found and found[0]["code"] == code and found[0]["sector"] == sector
