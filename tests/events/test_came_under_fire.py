"""Coming under fire from an actor is that actor's attack on the subject (GUIDELINES ``attack``:
"uses force against"): "X came under fire/attack/shelling from Y", "X est passé sous le feu de Y"
is ``Y attack X``. A hostile noun of ``undergone_nouns`` under a preposition of
``undergone_preps`` (under, sous) is undergone by the verb's subject, as an object of the
``receiver_verbs`` already was ("drew condemnation from Y"); see ``graph/events/undergone.py``.
*Fire* and *feu*/*tir* are attack cues there (a ``cues.tsv`` sense row with "under"/"sous")."""

from __future__ import annotations

import pytest

from graph.nlp import load_pipeline
from graph.nlp.extensions import make_doc


def _events(lang: str, text: str) -> set[tuple[str, str, str]]:
    nlp = load_pipeline(lang)
    doc = nlp(make_doc(nlp, text, {"id": "t", "date": "2024-01-01", "language": lang, "title": None}))
    return {(e["source"], e["relation"], e["target"]) for e in doc._.events}


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Sudanese troops came under fire from Ethiopian forces near the border on Tuesday.", ("ETH", "attack", "SDN")),
    ("en", "Indian troops came under attack from Chinese soldiers in the Galwan valley.", ("CHN", "attack", "IND")),
    ("en", "Armenian positions came under heavy shelling from Azerbaijani artillery overnight.", ("AZE", "attack", "ARM")),
    ("en", "Israeli positions came under rocket fire from Hezbollah on Sunday.", ("HEZBOLLAH", "attack", "ISR")),
    ("fr", "Les positions arméniennes sont passées sous le feu de l'artillerie azerbaïdjanaise.", ("AZE", "attack", "ARM")),
    ("fr", "Les soldats soudanais se sont retrouvés sous les tirs des forces éthiopiennes.", ("ETH", "attack", "SDN")),
    ("fr", "Les troupes israéliennes se trouvaient sous le feu du Hezbollah depuis l'aube.", ("HEZBOLLAH", "attack", "ISR")),
])
def test_coming_under_fire_from_an_actor_is_its_attack(lang, text, expected):
    events = _events(lang, text)
    assert expected in events
    assert (expected[2], "attack", expected[0]) not in events


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Talks between Serbia and Kosovo resumed under the aegis of the European Union.", ("EU", "mediate", "SRB")),
    ("fr", "Les pourparlers entre la Serbie et le Kosovo ont repris sous l'égide de l'Union européenne.",
     ("EU", "mediate", "SRB")),
])
def test_talks_under_a_mediator_stay_a_mediation(lang, text, expected):
    assert expected in _events(lang, text)


@pytest.mark.parametrize("lang, text", [
    ("en", "The town came under fire on Tuesday."),
    ("fr", "Washington a donné son feu vert à Kiev."),
])
def test_no_attacker_no_attack(lang, text):
    assert not any(r == "attack" for _, r, _ in _events(lang, text))
