"""The second side of a "between" list that the parser coordinated with the noun above it
(round 28, f22).

"Le Qatar a accueilli des négociations entre Washington et les talibans": fr_core_news_md makes
*talibans* a conjunct of *négociations*, so the list had one side and the host met Washington.
The actor right after the "et" that follows the only side, coordinated with a noun before the
list, is the second side (:meth:`graph.events.lists.BetweenLists.side_after_and`); a new clause
after "et" is not. Own sentences.
"""

from __future__ import annotations

import pytest

from graph.nlp import load_pipeline
from graph.nlp.extensions import make_doc


def _events(lang: str, text: str) -> set[tuple[str, str, str]]:
    nlp = load_pipeline(lang)
    doc = nlp(make_doc(nlp, text, {"id": "t", "date": "2024-01-01", "language": lang, "title": None}))
    return {(e["source"], e["relation"], e["target"]) for e in doc._.events}


@pytest.mark.parametrize("text, host, a, b", [
    ("Le Qatar a accueilli des négociations entre Washington et les talibans.", "QAT", "USA", "TALIBAN"),
    ("La Norvège a organisé des négociations entre le gouvernement colombien et les rebelles de l'ELN.", "NOR", "COL", "ELN"),
    ("L'Union européenne a facilité des négociations entre la Serbie et les autorités du Kosovo.", "EU", "SRB", "XKX"),
])
def test_second_side_hung_on_the_noun(text, host, a, b):
    got = _events("fr", text)
    assert {(host, "mediate", a), (host, "mediate", b)} <= got
    assert (a, "meet", b) in got or (b, "meet", a) in got
    assert (host, "meet", a) not in got


def test_a_new_clause_after_the_list_is_no_side():
    got = _events("fr", "Le Qatar a accueilli des négociations entre les États-Unis et les talibans, et la Russie a condamné l'Ukraine.")
    assert ("RUS", "condemn", "UKR") in got
    assert not {(s, r, t) for s, r, t in got if r == "mediate" and t in ("RUS", "UKR")}
