"""The knowledge base: every ISO state, French labels, organisations, groups, dated roles."""

from __future__ import annotations

import pycountry
import pytest

from graph.actors.kb import Role, load_kb, slugify
from graph.actors.lexicon import demonym_forms, load_lexicon
from graph.model import ACTOR_TYPES


@pytest.fixture(scope="module")
def kb():
    return load_kb()


def test_every_iso_state_is_present_with_its_code(kb):
    for country in pycountry.countries:
        actor = kb.get(country.alpha_3)
        assert actor is not None, country.name
        assert actor.type == "State" and actor.code == country.alpha_3
    assert kb.get("XKX").label == "Kosovo"  # user-assigned code of the guidelines


@pytest.mark.parametrize("code, en, fr", [
    ("RUS", "Russia", "Russie"),
    ("AZE", "Azerbaijan", "Azerbaïdjan"),
    ("ARM", "Armenia", "Arménie"),
    ("USA", "United States", "États-Unis"),
    ("GBR", "United Kingdom", "Royaume-Uni"),
    ("DEU", "Germany", "Allemagne"),
    ("TUR", "Turkey", "Turquie"),
    ("CIV", "Ivory Coast", "Côte d'Ivoire"),
])
def test_states_have_english_and_french_labels(kb, code, en, fr):
    labels = kb.labels(code)
    assert labels["en"][0] == en
    assert labels["fr"][0] == fr


def test_french_labels_come_from_translations_for_states_without_overlay(kb):
    # Bhutan has no line in states.tsv: its French name comes from CLDR/pycountry.
    assert "Bhoutan" in kb.labels("BTN")["fr"]
    assert "Bhutan" in kb.labels("BTN")["en"]


@pytest.mark.parametrize("actor_id, code, fr", [
    ("org/un", "UN", "ONU"),
    ("org/un/security-council", "UN", "Conseil de sécurité"),
    ("org/eu", "EU", "UE"),
    ("org/eu/european-council", "EU", "Conseil européen"),
    ("org/eu/commission", "EU", "Commission européenne"),
    ("org/osce", "OSCE", "OSCE"),
    ("org/osce/minsk-group", "OSCE", "groupe de Minsk"),
    ("org/csto", "CSTO", "OTSC"),
    ("org/nato", "NATO", "OTAN"),
    ("org/au", "AU", "Union africaine"),
    ("org/au/peace-and-security-council", "AU", "Conseil de paix et de sécurité"),
    ("org/ecowas", "ECOWAS", "CEDEAO"),
    ("org/caricom", "CARICOM", "CARICOM"),
    ("org/arab-league", "ARAB_LEAGUE", "Ligue arabe"),
    ("org/gcc", "GCC", "Conseil de coopération du Golfe"),
    ("org/ots", "OTS", "Conseil turcique"),
    ("org/icj", "ICJ", "CIJ"),
    ("org/icc", "ICC", "CPI"),
])
def test_organisations_carry_guideline_codes_and_french_names(kb, actor_id, code, fr):
    assert kb.get(actor_id).code == code
    assert fr in kb.labels(actor_id)["fr"]


@pytest.mark.parametrize("actor_id, code, typ", [
    ("group/nkr", "NKR", "DeFactoAuthority"),
    ("group/south-ossetia", "SOUTH_OSSETIA", "DeFactoAuthority"),
    ("group/abkhazia", "ABKHAZIA", "DeFactoAuthority"),
    ("group/transnistria", "TRANSNISTRIA", "DeFactoAuthority"),
    ("group/hamas", "HAMAS", "ArmedGroup"),
    ("group/hezbollah", "HEZBOLLAH", "ArmedGroup"),
    ("group/houthis", "HOUTHIS", "ArmedGroup"),
    ("group/rsf", "RSF", "ArmedGroup"),
    ("group/taliban", "TALIBAN", "ArmedGroup"),
    ("group/wagner", "WAGNER", "ArmedGroup"),
    ("group/isis", "ISIS", "ArmedGroup"),
    ("group/pkk", "PKK", "ArmedGroup"),
    ("group/hts", "HTS", "ArmedGroup"),
    ("group/m23", "M23", "ArmedGroup"),
])
def test_groups(kb, actor_id, code, typ):
    actor = kb.get(actor_id)
    assert (actor.code, actor.type) == (code, typ)


def test_media_have_no_code(kb):
    media = [a for a in kb.actors.values() if a.type == "Media"]
    assert len(media) >= 20
    assert all(a.code is None for a in media)
    assert kb.get("media/afp").type == "Media"


@pytest.mark.parametrize("person, date, code", [
    ("person/charles-michel", "2016-06-01", "BEL"),
    ("person/charles-michel", "2021-06-01", "EU"),
    ("person/josep-borrell", "2018-09-01", "ESP"),
    ("person/josep-borrell", "2022-09-01", "EU"),
    ("person/vladimir-putin", "2010-01-01", "RUS"),
    ("person/jens-stoltenberg", "2010-01-01", "NOR"),
    ("person/jens-stoltenberg", "2020-01-01", "NATO"),
    ("person/mark-rutte", "2024-12-01", "NATO"),
    ("person/antonio-guterres", "2020-01-01", "UN"),
    ("person/ursula-von-der-leyen", "2018-01-01", "DEU"),
    ("person/ursula-von-der-leyen", "2023-01-01", "EU"),
])
def test_people_roll_up_to_whom_they_act_for_at_the_date(kb, person, date, code):
    assert kb.code_for(person, date) == code


def test_roles_are_dated_and_typed(kb):
    roles = kb.roles("person/vladimir-putin")
    assert all(isinstance(r, Role) for r in roles)
    assert [r.role for r in roles][:2] == ["head_of_government", "head_of_state"]
    assert kb.role_at("person/vladimir-putin", "2010-01-01").role == "head_of_government"
    assert kb.role_at("person/vladimir-putin", "2015-01-01").role == "head_of_state"
    # no date: the most recent role
    assert kb.role_at("person/charles-michel", None).actor == "org/eu/european-council"
    # the end day is excluded
    r = Role("person/x", "FRA", "head_of_state", "2012-05-15", "2017-05-14")
    assert r.active("2017-05-13") and not r.active("2017-05-14")


def test_every_role_points_to_known_actors_with_iso_dates(kb):
    for actor in kb.actors.values():
        for r in kb.roles(actor.id):
            assert kb.get(r.actor) is not None
            for d in (r.start, r.end):
                assert d is None or (len(d) == 10 and d[4] == "-" and d[7] == "-")
            assert r.end is None or r.start is None or r.start < r.end, r


def test_breadth_of_people(kb):
    people = [a for a in kb.actors.values() if a.type == "Person"]
    assert len(people) >= 100
    # P5 heads of state or government in office at the start of 2023
    for state in ("USA", "RUS", "CHN", "GBR", "FRA"):
        holders = kb.holders(state, ("head_of_state", "head_of_government"), "2023-01-01")
        assert holders, state


def test_ids_are_iri_safe_and_types_known(kb):
    for actor in kb.actors.values():
        assert actor.type in ACTOR_TYPES
        assert " " not in actor.id and "#" not in actor.id


def test_wikidata_ids_are_well_formed(kb):
    ids = [a.wikidata for a in kb.actors.values() if a.wikidata]
    assert len(ids) >= 30
    assert all(i.startswith("Q") and i[1:].isdigit() for i in ids)
    assert kb.get("FRA").wikidata == "Q142"


def test_helpers():
    assert slugify("Recep Tayyip Erdoğan") == "recep-tayyip-erdogan"
    assert demonym_forms("azerbaïdjanais", load_lexicon("fr")) == ["azerbaïdjanais", "azerbaïdjanaise", "azerbaïdjanaises"]
    assert demonym_forms("russe", load_lexicon("fr")) == ["russe", "russes"]
    assert load_lexicon("fr").sector_nouns["armée"] == "military"


@pytest.mark.parametrize("demonym", ["libyen", "uruguayen", "paraguayen"])
def test_french_demonyms_in_yen_double_their_n(demonym):
    """"les forces libyennes": -yen inflects like -ien (-yenne, -yens, -yennes)."""
    assert demonym_forms(demonym, load_lexicon("fr")) == [demonym] + [demonym + e for e in ("ne", "s", "nes")]


def test_states_without_an_overlay_line_take_capital_and_demonym_from_packages(kb):
    # Guyana and Bhutan have no line in states.tsv: GeoNames capitals, countryinfo demonyms
    by_text = {(a.text, a.kind): a for a in kb.aliases if a.actor_id in ("GUY", "BTN")}
    assert by_text[("Georgetown", "alias")].sector == "government"
    assert by_text[("Georgetown", "alias")].exact and by_text[("Georgetown", "alias")].place
    assert ("Guyanese", "demonym") in by_text and ("Thimphu", "alias") in by_text
    # a capital that is also a word or a common name is left out, and so is a form another
    # actor already uses ("American" stays the United States')
    assert not any(a.text == "Male" for a in kb.aliases)
    assert all(a.actor_id == "USA" for a in kb.aliases if a.text == "American" and a.kind == "demonym")


def test_phoenix_officials_are_imported_with_provenance_and_no_bare_surname(kb):
    from graph.resources import data_path

    path = data_path("actors", "people_phoenix.tsv")
    head = " ".join(path.read_text(encoding="utf-8").splitlines()[:5])
    assert "MIT" in head and "Open Event Data Alliance" in head and "import_phoenix_actors.py" in head
    imported = sorted(kb.full_name_only)
    assert len(imported) > 5000
    pid = imported[0]
    role = kb.role_at(pid, None)
    assert role.role in ("official", "military_official") and kb.get(role.actor).type == "State"
    # curated people keep their curated roles
    assert "person/vladimir-putin" not in kb.full_name_only


def test_imported_officials_never_match_by_bare_surname():
    import spacy

    from graph.actors.patterns import build_patterns

    pats = build_patterns(spacy.blank("en"), "en")
    kb = load_kb()
    assert not any(pid in kb.full_name_only for ids in pats.surnames.values() for pid in ids)


def test_a_language_without_a_label_column_takes_the_naming_languages_label(monkeypatch):
    import graph.actors.kb as kb_module

    monkeypatch.setattr(kb_module, "LANGUAGES", ("en", "fr", "es"))
    row = {"id": "org/x", "label_en": "Union of X", "label_fr": ""}
    assert kb_module._labels(row) == {"en": "Union of X", "fr": "Union of X", "es": "Union of X"}


def test_demonyms_are_inflected_only_where_the_language_has_endings():
    assert demonym_forms("Armenian", load_lexicon("en")) == ["Armenian", "Armenians"]
    assert demonym_forms("Thai", load_lexicon("en")) == ["Thai", "Thais"]  # English: a plural noun
    assert demonym_forms("Chinese", load_lexicon("en")) == ["Chinese"]
    assert demonym_forms("Frenchman", load_lexicon("en")) == ["Frenchman", "Frenchmen"]
    assert demonym_forms("malien", load_lexicon("fr")) == ["malien", "malienne", "maliens", "maliennes"]
    assert demonym_forms("grec!", load_lexicon("fr")) == ["grec"]


def test_regions_name_the_organisation_of_their_states():
    kb = load_kb()
    assert kb.region_organisations[("en", "southeast asian")] == "org/asean"
    assert kb.region_organisations[("fr", "ouest-africains")] == "org/ecowas"
    assert kb.region_organisations[("fr", "golfe")] == "org/gcc"
    assert ("en", "latin america") not in kb.region_organisations  # a region with no organisation
