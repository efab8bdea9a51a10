"""Armed groups and rebel movements of conflicts outside the seed region (``groups.tsv``).

Every group is a curated row with its host state, so a group named by name or acronym in
English or French takes its own code, and "the rebels" after it resolve to it. The sentences
are written for this project.
"""

from __future__ import annotations

import pytest

CASES = [
    ("en", "The Moro Islamic Liberation Front signed a deal with Manila in 2014.", "Moro Islamic Liberation Front", "MILF"),
    ("fr", "Le Front Moro islamique de libération a rencontré les émissaires de Manille.", "Front Moro islamique de libération", "MILF"),
    ("en", "Maputo accused Renamo of attacking a convoy near Gorongosa.", "Renamo", "RENAMO"),
    ("fr", "La Résistance nationale mozambicaine a rejeté le calendrier du gouvernement.", "Résistance nationale mozambicaine", "RENAMO"),
    ("en", "Bangui says the UPC of Ali Darassa attacked a village near Bambari.", "UPC", "UPC"),
    ("fr", "L'Unité pour la paix en Centrafrique a quitté l'accord de paix.", "Unité pour la paix en Centrafrique", "UPC"),
    ("en", "Uganda blamed the Lord's Resistance Army for the raid.", "Lord's Resistance Army", "LRA"),
    ("fr", "Kinshasa a accusé les FDLR d'avoir attaqué une base.", "FDLR", "FDLR"),
    ("en", "Bangkok resumed talks with the Barisan Revolusi Nasional in Kuala Lumpur.", "Barisan Revolusi Nasional", "BRN"),
    ("fr", "Mexico a rencontré des délégués de l'Armée zapatiste de libération nationale.", "Armée zapatiste de libération nationale", "EZLN"),
    ("en", "Jakarta signed a peace accord with the Free Aceh Movement in Helsinki.", "Free Aceh Movement", "GAM"),
    ("fr", "L'Unita a dénoncé les résultats annoncés par Luanda.", "Unita", "UNITA"),
]


@pytest.mark.parametrize("lang,text,mention,code", CASES, ids=[c[3] + "-" + c[0] for c in CASES])
def test_group_is_recognised_with_its_code(analyse, lang, text, mention, code):
    doc = analyse(lang, text, "2020-06-01")
    found = {(m["text"], m["code"]) for m in doc._.mentions}
    assert any(code == c and mention in t for t, c in found), found


@pytest.mark.parametrize("lang,text,code", [
    ("en", "The MILF met government negotiators. The rebels then accused Manila of delays.", "MILF"),
    ("fr", "La Renamo a rencontré le président. Les rebelles ont ensuite accusé Maputo.", "RENAMO"),
    ("en", "The Lord's Resistance Army fled to Congo. Kampala said the rebels had attacked again.", "LRA"),
])
def test_the_rebels_after_a_named_group_are_that_group(analyse, lang, text, code):
    doc = analyse(lang, text, "2020-06-01")
    rebels = [m for m in doc._.mentions if m["text"].lower().endswith(("rebels", "rebelles"))]
    assert rebels and all(m["code"] == code for m in rebels), [(m["text"], m["code"]) for m in doc._.mentions]
