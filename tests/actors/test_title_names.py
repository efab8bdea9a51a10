"""A title right before a person's name is that person's (graph/actors/title_names.py).

The sentences are written for this project: a title with an adjective no demonym table holds,
with and without commas, in French and English; a title that is the object of a fronted clause
keeps its own reading.
"""

from __future__ import annotations

import pytest

HOLDER = [
    ("fr", "Sergueï Lavrov a parlé. Le chef de la diplomatie européenne, Josep Borrell, a condamné l'attaque.",
     "Le chef de la diplomatie", "person/josep-borrell"),
    ("fr", "Catherine Colonna a reçu Sergueï Lavrov. Le chef de la diplomatie européenne Josep Borrell a appelé Moscou au calme.",
     "Le chef de la diplomatie", "person/josep-borrell"),
    ("fr", "Sergueï Lavrov a parlé. La cheffe de la diplomatie européenne, Marta Velasco, a salué l'accord.",
     "La cheffe de la diplomatie", "unknown/person/marta-velasco"),
    ("en", "Sergei Lavrov spoke first. The foreign minister, Josep Borrell, condemned the attack.",
     "The foreign minister", "person/josep-borrell"),
]


@pytest.mark.parametrize("lang,text,title,holder", HOLDER, ids=[f"{c[0]}-{i}" for i, c in enumerate(HOLDER)])
def test_the_name_after_a_title_holds_it(analyse, lang, text, title, holder):
    doc = analyse(lang, text, "2022-06-01")
    found = [m["actor_id"] for m in doc._.mentions if m["text"] == title]
    assert found == [holder], [(m["text"], m["actor_id"], m["code"]) for m in doc._.mentions]


@pytest.mark.parametrize("lang,text,title,holder", [
    ("en", "Sergei Lavrov spoke first. After meeting the foreign minister, Josep Borrell said the talks were over.",
     "the foreign minister", "person/sergey-lavrov"),
    ("fr", "Sergueï Lavrov a parlé. Le chef de la diplomatie a reçu Josep Borrell.",
     "Le chef de la diplomatie", "person/sergey-lavrov"),
])
def test_a_title_apart_from_the_name_keeps_its_reading(analyse, lang, text, title, holder):
    doc = analyse(lang, text, "2022-06-01")
    found = [m["actor_id"] for m in doc._.mentions if m["text"] == title]
    assert found == [holder], [(m["text"], m["actor_id"], m["code"]) for m in doc._.mentions]
