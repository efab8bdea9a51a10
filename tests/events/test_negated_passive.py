"""The by-agent of a negated passive does not act (GUIDELINES §1: a negated statement is no
event): "the agreement was not signed by A and B", "l'accord n'a pas été signé par A et B",
"the truce between A and B was not brokered by C" state no agreement of the signers and no
mediation of C. A noun cue that is the subject of such a passive takes no source from the
by-agent (:func:`graph.events.clauses.negated_verb`); what the noun names itself stays ("the
truce between A and B": A agree B; "l'attaque du Hamas contre Israël n'a pas été condamnée")."""

from __future__ import annotations

import pytest

from graph.nlp import load_pipeline
from graph.nlp.extensions import make_doc


def _events(lang: str, text: str) -> set[tuple[str, str, str]]:
    nlp = load_pipeline(lang)
    doc = nlp(make_doc(nlp, text, {"id": "t", "date": "2024-01-01", "language": lang, "title": None}))
    return {(e["source"], e["relation"], e["target"]) for e in doc._.events}


@pytest.mark.parametrize("lang, text, absent", [
    ("en", "The agreement was not signed by Armenia and Azerbaijan.", ("ARM", "agree", "AZE")),
    ("en", "The deal was never signed by Serbia and Kosovo.", ("SRB", "agree", "XKX")),
    ("en", "Sanctions on Iran were not imposed by India.", ("IND", "sanction", "IRN")),
    ("en", "The truce between Armenia and Azerbaijan was not brokered by Russia.", ("RUS", "mediate", "ARM")),
    ("en", "The talks between Serbia and Kosovo were not hosted by Hungary.", ("HUN", "mediate", "SRB")),
    ("fr", "L'accord n'a pas été signé par l'Arménie et l'Azerbaïdjan.", ("ARM", "agree", "AZE")),
    ("fr", "Le traité n'a jamais été ratifié par la Serbie et le Kosovo.", ("SRB", "agree", "XKX")),
])
def test_the_agent_of_a_negated_passive_does_not_act(lang, text, absent):
    assert absent not in _events(lang, text)


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Sanctions on Iran were imposed by Canada.", ("CAN", "sanction", "IRN")),
    ("en", "The talks between Serbia and Kosovo were hosted by Hungary.", ("HUN", "mediate", "SRB")),
    ("en", "The truce between Armenia and Azerbaijan was not brokered by Russia.", ("ARM", "agree", "AZE")),
    ("fr", "L'attaque du Hamas contre Israël n'a pas été condamnée par l'Iran.", ("HAMAS", "attack", "ISR")),
])
def test_what_the_noun_names_itself_stays(lang, text, expected):
    assert expected in _events(lang, text)
