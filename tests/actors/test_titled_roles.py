"""A title before a person's name picks the role the person acts in ("rebel leader X")."""

from __future__ import annotations

import pytest

from graph.actors.kb import load_kb
from graph.actors.titled_roles import office_code, role_actor

MACHAR = "person/riek-machar-teny-dhurgon"  # the base: SPLM-IO leader and South Sudan's vice-president


def test_a_group_title_picks_the_group_role_active_or_latest():
    kb = load_kb()
    group = {"acts_for": ["ArmedGroup", "DeFactoAuthority"]}
    assert role_actor(kb, MACHAR, group, "2014-06-01") == "group/splm-io"  # active then
    assert role_actor(kb, MACHAR, group, "2023-06-01") == "group/splm-io"  # the latest before


def test_no_such_role_or_no_kind_leaves_the_person_as_he_is():
    kb = load_kb()
    assert role_actor(kb, "person/vladimir-putin", {"acts_for": ["ArmedGroup"]}, "2023-01-01") is None
    assert role_actor(kb, MACHAR, {"role": ["leader"]}, "2023-01-01") is None
    assert role_actor(kb, None, {"acts_for": ["ArmedGroup"]}, None) is None


@pytest.mark.parametrize("lang, text, name, code", [
    ("en", "Rebel leader Riek Machar rejected the power-sharing plan.", "Riek Machar", "SPLM_IO"),
    ("en", "The South Sudanese rebel leader Riek Machar flew to Addis Ababa.", "Riek Machar", "SPLM_IO"),
    ("fr", "Le chef rebelle Riek Machar a rejeté le plan.", "Riek Machar", "SPLM_IO"),
    ("fr", "Le chef des rebelles Riek Machar est arrivé à Addis-Abeba.", "Riek Machar", "SPLM_IO"),
    ("en", "Riek Machar met the envoy in Juba.", "Riek Machar", "SSD"),  # no title: the role of the date
])
def test_the_title_decides_whom_the_person_speaks_for(analyse, lang, text, name, code):
    doc = analyse(lang, text, "2023-06-01")
    char = text.index(name)
    found = [m["code"] for m in doc._.mentions if m["start"] <= char < m["end"]]
    assert found == [code]


def test_a_later_surname_keeps_the_role_of_the_title(analyse):
    doc = analyse("en", "Rebel leader Riek Machar rejected the plan. Machar then left Juba.", "2023-06-01")
    assert [m["code"] for m in doc._.mentions if m["text"] == "Machar"] == ["SPLM_IO"]


def test_a_nationality_before_a_group_title_is_not_the_state(analyse):
    doc = analyse("en", "The Sudanese rebel leader said the talks had failed.", "2023-06-01")
    assert not [m for m in doc._.mentions if m["code"] == "SDN"]


@pytest.mark.parametrize("lang, text, name, code", [
    # an organisation's office before a known person: he acts in it (GUIDELINES §2), three shapes
    ("en", "African Union envoy Olusegun Obasanjo met both delegations in Pretoria.", "Olusegun Obasanjo", "AU"),
    ("en", "The African Union's envoy, Olusegun Obasanjo, urged Addis Ababa to halt the offensive.",
     "Olusegun Obasanjo", "AU"),
    ("en", "UN envoy Tony Blair urged Israel to ease the blockade.", "Tony Blair", "UN"),
    ("fr", "L'émissaire de l'Union africaine Olusegun Obasanjo est arrivé à Pretoria.", "Olusegun Obasanjo", "AU"),
    ("fr", "Le médiateur de l'Union africaine, Olusegun Obasanjo, a exhorté Addis-Abeba à cesser l'offensive.",
     "Olusegun Obasanjo", "AU"),
    ("fr", "Le représentant de l'ONU Tony Blair a exhorté Israël à alléger le blocus.", "Tony Blair", "UN"),
    # a past office, or a state's title, leaves him in the role the base gives him
    ("en", "Former African Union envoy Olusegun Obasanjo criticised the ruling party.", "Olusegun Obasanjo", "NGA"),
    ("fr", "L'ancien émissaire de l'Union africaine Olusegun Obasanjo a critiqué le parti.", "Olusegun Obasanjo", "NGA"),
    ("en", "Kenyan President William Ruto welcomed the deal.", "William Ruto", "KEN"),
    # "chairman" is a title: a head of state named as an organisation's chair acts for it
    ("en", "ECOWAS chairman Bola Tinubu urged the junta to free the president.", "Bola Tinubu", "ECOWAS"),
    ("en", "The Chinese chairman Mao Zedong received the delegation.", "Mao Zedong", "CHN"),
    ("en", "The committee chairman John Smith criticised the budget.", "John Smith", None),
])
def test_an_organisations_office_is_the_role_the_person_acts_in(analyse, lang, text, name, code):
    doc = analyse(lang, text, "2022-10-20")
    char = text.index(name)
    found = [m["code"] for m in doc._.mentions if m["start"] <= char < m["end"]]
    assert found == [code]


def test_office_code_takes_an_organisation_office_or_a_state_office_the_base_lists():
    kb = load_kb()
    au = {"code": "AU", "type": "InternationalOrganisation"}
    assert office_code(kb, "person/thabo-mbeki", au, past=False) == "AU"
    assert office_code(kb, "person/thabo-mbeki", au, past=True) is None  # "former AU envoy X"
    assert office_code(kb, "person/thabo-mbeki", {"code": "UN", "type": "GovernmentBody"}, past=False) == "UN"
    assert office_code(kb, "person/vladimir-putin", {"code": "FRA", "type": "State"}, past=False) is None
    assert office_code(kb, "person/ismail-haniyeh", {"code": "PSE", "type": "State"}, past=False) == "PSE"
