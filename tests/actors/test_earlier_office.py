"""A person whose base role is past keeps, in his later short mentions, the office the document
gave him ("former UN chief Kofi Annan, who leads the AU mediation ... Annan urged": the AU), not
his past office (:func:`graph.actors.described.earlier_office`). A person whose role is current
acts for it throughout."""

from __future__ import annotations

import pytest

from graph.nlp import load_pipeline
from graph.nlp.extensions import make_doc


def _events(lang: str, text: str, date: str) -> set[tuple[str, str, str]]:
    nlp = load_pipeline(lang)
    doc = nlp(make_doc(nlp, text, {"id": "t", "date": date, "language": lang, "title": None}))
    return {(e["source"], e["relation"], e["target"]) for e in doc._.events}


@pytest.mark.parametrize("lang, date, text, source, target", [
    ("en", "2008-02-02", "Former UN Secretary-General Kofi Annan, who leads the mediation on behalf of the African "
                         "Union, met Kibaki on Monday. Annan urged Kenya to end the violence.", "AU", "KEN"),
    ("en", "2012-04-10", "Thabo Mbeki, who heads the African Union panel on Sudan, arrived in Khartoum on Tuesday. "
                         "Mbeki called on South Sudan to withdraw its troops from Heglig.", "AU", "SSD"),
    ("fr", "2008-02-02", "L'ancien secrétaire général de l'ONU Kofi Annan, qui conduit la médiation au nom de l'Union "
                         "africaine, est arrivé lundi à Nairobi. M. Annan a exhorté le Kenya à mettre fin aux "
                         "violences.", "AU", "KEN"),
    ("fr", "2012-04-10", "Thabo Mbeki, qui dirige le panel de l'Union africaine sur le Soudan, est arrivé mardi à "
                         "Khartoum. M. Mbeki a appelé le Soudan du Sud à retirer ses troupes de Heglig.", "AU", "SSD"),
    # his role is current: he acts for his state
    ("en", "2008-02-02", "Thabo Mbeki, who heads the African Union panel on Sudan, arrived in Khartoum on Tuesday. "
                         "Mbeki called on Chad to withdraw its troops.", "ZAF", "TCD"),
])
def test_a_later_short_name_keeps_the_office_named_before(lang, date, text, source, target):
    got = _events(lang, text, date)
    assert any(s == source and t == target for s, _r, t in got), got
