"""A person described by his apposition (``graph/actors/described.py``), EN and FR.

Texts written for these tests: an official the base does not know, set off by commas with an
office noun and the actor he serves; and appositions that name no office.
"""

from __future__ import annotations

import pytest


def _code_of(doc, name: str):
    found = [m for m in doc._.mentions if m.get("type") == "Person" and m["text"].endswith(name)]
    assert found, [m["text"] for m in doc._.mentions]
    return found[0].get("code")


@pytest.mark.parametrize("lang,text,name,code", [
    ("en", "Roger Holm, head of the UN mission in Congo, said the rebels had advanced.", "Holm", "UN"),
    ("en", "Lieutenant-General Ravi Kumar, the Indian army's director of operations, told reporters that "
           "the attack was planned abroad.", "Kumar", "IND"),
    ("fr", "Jean Dupont, chef de la mission de l'ONU au Mali, a dénoncé les violences.", "Dupont", "UN"),
    ("en", "Yasser Kamal, a member of Sudan's military council, said the talks would resume.", "Kamal", "SDN"),
])
def test_the_person_acts_for_the_actor_of_his_office(analyse, lang, text, name, code):
    assert _code_of(analyse(lang, text, "2019-05-01"), name) == code


@pytest.mark.parametrize("lang,text,name", [
    ("en", "Jean Dupont, a farmer from Mali, said the rebels had advanced.", "Dupont"),
    ("fr", "Jean Dupont, un habitant de Bamako, a dénoncé les violences.", "Dupont"),
])
def test_an_apposition_without_an_office_gives_no_actor(analyse, lang, text, name):
    assert _code_of(analyse(lang, text, "2019-05-01"), name) is None


@pytest.mark.parametrize("lang,text,name,code", [
    # an adjective of the actor on the delegation noun, the participle "headed"
    ("en", "The Houthi delegation headed by Ali Nasser Qahtan arrived in Muscat on Sunday.", "Qahtan", "HOUTHIS"),
    # a demonym, a comma before the participle, and the surname alone later
    ("en", "A Malian delegation, led by Abdoulaye Kone, reached Algiers. Kone met the foreign minister.",
     "Kone", "MLI"),
    # the actor as the noun's complement
    ("en", "The delegation of Hamas led by Khalil Hayya left Cairo.", "Hayya", "HAMAS"),
    ("fr", "Une délégation malienne conduite par Abdoulaye Koné est arrivée lundi à Alger.", "Koné", "MLI"),
    ("fr", "La délégation du Hamas, dirigée par Khalil Hayya, a quitté Le Caire.", "Hayya", "HAMAS"),
    ("fr", "L'équipe ukrainienne, menée par Rostam Oumerov, est arrivée à Djeddah.", "Oumerov", "UKR"),
])
def test_the_head_of_a_delegation_acts_for_its_actor(analyse, lang, text, name, code):
    doc = analyse(lang, text, "2019-05-01")
    found = [m for m in doc._.mentions if m.get("type") == "Person" and m["text"].endswith(name)]
    assert found and all(m.get("code") == code for m in found), [(m["text"], m.get("code")) for m in found]


@pytest.mark.parametrize("lang,text,name", [
    ("en", "A team of independent observers led by Jan Novak visited the site.", "Novak"),
    ("fr", "Une équipe de journalistes dirigée par Jean Dupont a visité le site.", "Dupont"),
])
def test_a_delegation_of_no_actor_gives_its_head_none(analyse, lang, text, name):
    assert _code_of(analyse(lang, text, "2019-05-01"), name) is None
