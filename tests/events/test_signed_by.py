"""An agreement noun with a participle of signing names its parties in the by-agent: "the
ceasefire signed by A and B", "le cessez-le-feu signé par A et B" is ``agree`` between A and B
(GUIDELINES ``agree``: "signs or reaches an agreement, treaty, truce or ceasefire with"). The
verbs of signing (*sign*, *conclude*, *reach*, *ink*; *signer*, *parapher*: not *conclure*, whose "l'accord conclu
avec X" names the other signatory, tests/events/french_cases.tsv) are
``performing_verbs`` of ``grammar.json``, whose by-agent says who acts through the noun."""

from __future__ import annotations

import pytest

from graph.nlp import load_pipeline
from graph.nlp.extensions import make_doc


def _events(lang: str, text: str) -> set[tuple[str, str, str]]:
    nlp = load_pipeline(lang)
    doc = nlp(make_doc(nlp, text, {"id": "t", "date": "2024-01-01", "language": lang, "title": None}))
    return {(e["source"], e["relation"], e["target"]) for e in doc._.events}


def _agree(events: set, a: str, b: str) -> bool:
    return (a, "agree", b) in events or (b, "agree", a) in events


@pytest.mark.parametrize("lang, text, pair", [
    ("en", "The ceasefire signed by Armenia and Azerbaijan in November has largely held.", ("ARM", "AZE")),
    ("en", "Under the 2005 accord signed by Sudan and the SPLM, the south gained autonomy.", ("SDN", "SPLM")),
    ("en", "The vote was held under the May 5 agreements signed in New York by Indonesia and Portugal.",
     ("IDN", "PRT")),
    ("en", "The truce reached by Israel and Hamas collapsed on Sunday.", ("ISR", "HAMAS")),
    ("fr", "Le cessez-le-feu signé par l'Arménie et l'Azerbaïdjan en novembre tient toujours.", ("ARM", "AZE")),
    ("fr", "Le scrutin s'est tenu en vertu des accords du 5 mai signés à New York par l'Indonésie et le Portugal.",
     ("IDN", "PRT")),
])
def test_an_agreement_signed_by_two_actors_is_their_agreement(lang, text, pair):
    assert _agree(_events(lang, text), *pair)


@pytest.mark.parametrize("lang, text", [
    ("en", "A letter signed by Armenia's foreign minister was sent to the United Nations."),
    ("fr", "Une lettre signée par le ministre arménien des Affaires étrangères a été envoyée à l'ONU."),
])
def test_a_signed_letter_is_no_agreement(lang, text):
    assert not any(r == "agree" for _, r, _ in _events(lang, text))
