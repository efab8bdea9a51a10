""""In solidarity with B" says who the subject backs (GUIDELINES ``support``), not whom its verb
acts on: "Turkey closed its border with Armenia in solidarity with Azerbaijan" is ``TUR
sanction ARM`` and ``TUR support AZE``, never ``TUR sanction AZE``. The English parser hangs the
with-phrase on the verb; the preposition right after a stance adjunct's noun
(``adjunct_stance_phrases``) is the noun's own, and the noun's source is the clause's subject
even when the verb has an object (:meth:`graph.events.phrases.NounPhrases.stance_adjunct`)."""

from __future__ import annotations

import pytest

from graph.nlp import load_pipeline
from graph.nlp.extensions import make_doc


def _events(lang: str, text: str) -> set[tuple[str, str, str]]:
    nlp = load_pipeline(lang)
    doc = nlp(make_doc(nlp, text, {"id": "t", "date": "2024-01-01", "language": lang, "title": None}))
    return {(e["source"], e["relation"], e["target"]) for e in doc._.events}


@pytest.mark.parametrize("text, backed, wrong", [
    ("Turkey closed its border with Armenia in 1993 in solidarity with Azerbaijan.", ("TUR", "support", "AZE"),
     ("TUR", "sanction", "AZE")),
    ("Georgia recalled its ambassador from Moscow in solidarity with Ukraine.", ("GEO", "support", "UKR"),
     ("GEO", "sanction", "UKR")),
    ("Turkey sealed the border in solidarity with Azerbaijan.", ("TUR", "support", "AZE"), ("TUR", "sanction", "AZE")),
])
def test_solidarity_is_support_not_the_verbs_target(text, backed, wrong):
    events = _events("en", text)
    assert backed in events
    assert wrong not in events


def test_the_verbs_own_target_stays():
    assert ("TUR", "sanction", "ARM") in _events(
        "en", "Turkey closed its border with Armenia in 1993 in solidarity with Azerbaijan.")
