""""Both sides" as the subject of a cue with a target of its own is no reciprocal phrase: "both
sides asked the UN" is each side's appeal to the UN, not to each other
(:func:`graph.events.linking.reciprocal` with ``after``, read by
:func:`graph.events.frames.ordinary._joint`). A reciprocal phrase after the cue ("each other",
"the other") still makes the sides each other's targets. French rows keep the same readings."""

from __future__ import annotations

import pytest

from graph.nlp import load_pipeline
from graph.nlp.extensions import make_doc

LEAD = {"en": "Sudan and Chad met in Tripoli on Monday. ", "fr": "Le Soudan et le Tchad se sont réunis lundi à Tripoli. "}


def _events(lang: str, text: str) -> set[tuple[str, str, str]]:
    nlp = load_pipeline(lang)
    doc = nlp(make_doc(nlp, LEAD[lang] + text, {"id": "t", "date": "2008-06-19", "language": lang, "title": None}))
    return {(e["source"], e["relation"], e["target"]) for e in doc._.events}


@pytest.mark.parametrize("lang, text, expected, wrong", [
    ("en", "Both sides urged the African Union to deploy monitors along the border.",
     {("SDN", "appeal", "AU"), ("TCD", "appeal", "AU")}, ("SDN", "appeal", "TCD")),
    ("en", "Both sides called on Libya to host a second round.",
     {("SDN", "appeal", "LBY"), ("TCD", "appeal", "LBY")}, ("TCD", "appeal", "SDN")),
    ("en", "Both sides asked the UN Security Council to send peacekeepers.",
     {("SDN", "appeal", "UN"), ("TCD", "appeal", "UN")}, ("SDN", "appeal", "TCD")),
    ("en", "Both sides accused each other of backing rebels.",
     {("SDN", "accuse", "TCD"), ("TCD", "accuse", "SDN")}, None),
    ("en", "Each side blamed the other for the clashes.",
     {("SDN", "accuse", "TCD"), ("TCD", "accuse", "SDN")}, None),
    ("fr", "Les deux parties ont demandé à l'Union africaine de déployer des observateurs.",
     {("SDN", "appeal", "AU"), ("TCD", "appeal", "AU")}, ("SDN", "appeal", "TCD")),
    ("fr", "Les deux camps se sont mutuellement accusés de soutenir des rebelles.",
     {("SDN", "accuse", "TCD"), ("TCD", "accuse", "SDN")}, None),
])
def test_both_sides_keep_their_own_target(lang, text, expected, wrong):
    got = _events(lang, text)
    assert expected <= got, got
    assert wrong not in got
