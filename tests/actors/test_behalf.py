"""A person speaking on behalf of an actor acts for it in that sentence (graph/actors/behalf.py).

The sentences are written for this project: a participle after the name, a fronted phrase, a
phrase inside the clause, in English and French; a statement issued on behalf of a body does not
make the reader of the sentence act for it.
"""

from __future__ import annotations

import pytest

ACTING = [
    ("en", "Cyril Ramaphosa, speaking on behalf of the African Union, urged both sides to return to talks.", "Cyril Ramaphosa", "AU"),
    ("en", "Speaking on behalf of the European Union, Emmanuel Macron condemned the coup.", "Emmanuel Macron", "EU"),
    ("en", "Recep Tayyip Erdogan welcomed the truce on behalf of NATO at the summit.", "Recep Tayyip Erdogan", "NATO"),
    ("fr", "Au nom des Vingt-Sept, Emmanuel Macron a condamné le coup d'État.", "Emmanuel Macron", "EU"),
    ("fr", "Cyril Ramaphosa a appelé, au nom de l'Union africaine, les deux camps au dialogue.", "Cyril Ramaphosa", "AU"),
    ("fr", "Olaf Scholz, s'exprimant au nom de l'Union européenne, a salué l'accord.", "Olaf Scholz", "EU"),
]


def _code(doc, text):
    return [m["code"] for m in doc._.mentions if m["text"] == text]


@pytest.mark.parametrize("lang,text,person,code", ACTING, ids=[f"{c[0]}-{i}" for i, c in enumerate(ACTING)])
def test_person_acts_for_the_actor_named(analyse, lang, text, person, code):
    doc = analyse(lang, text, "2022-06-01")
    assert _code(doc, person) == [code], [(m["text"], m["code"]) for m in doc._.mentions]


@pytest.mark.parametrize("lang,text,person,code", [
    ("en", "Emmanuel Macron met the African Union envoy in Paris.", "Emmanuel Macron", "FRA"),
    ("en", "Emmanuel Macron welcomed the statement issued on behalf of the African Union.", "Emmanuel Macron", "FRA"),
    ("fr", "Emmanuel Macron a salué la déclaration publiée au nom de l'Union africaine.", "Emmanuel Macron", "FRA"),
])
def test_person_keeps_his_code_otherwise(analyse, lang, text, person, code):
    doc = analyse(lang, text, "2022-06-01")
    assert _code(doc, person) == [code], [(m["text"], m["code"]) for m in doc._.mentions]
