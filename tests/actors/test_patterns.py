"""The ruler's entity labels come from the pipeline preference table, never a fallback language."""

from __future__ import annotations

import pytest

from graph.actors import patterns
from graph.errors import DataFileError, UnsupportedLanguage


def test_each_language_labels_actors_with_its_ner_scheme():
    assert patterns.entity_labels("en") == {"person": "PERSON", "place": "GPE", "org": "ORG", "demonym": "NORP"}
    assert patterns.entity_labels("fr") == {"person": "PER", "place": "LOC", "org": "ORG", "demonym": "MISC"}


def test_an_unsupported_language_is_refused_not_read_as_english():
    with pytest.raises(UnsupportedLanguage):
        patterns.entity_labels("de")


def test_a_language_without_entity_labels_is_an_error_naming_the_file_and_the_kinds(monkeypatch):
    table = {"xx": {"prefer": ["xx_model"], "entity_labels": {"person": "PER", "org": "ORG"}}}
    monkeypatch.setattr(patterns, "pipeline_preferences", lambda: table)
    monkeypatch.setattr(patterns, "check_language", lambda lang: lang)
    with pytest.raises(DataFileError, match=r"pipelines\.json: 'xx' needs entity_labels for place, demonym"):
        patterns.entity_labels("xx")


@pytest.mark.parametrize("name,variants", [
    ("Émirats arabes unis", ["Emirats arabes unis"]),
    ("Recep Tayyip Erdoğan", ["Recep Tayyip Erdogan"]),
    ("Democratic Republic of the Congo", ["Democratic Republic of Congo"]),
    ("République démocratique du Congo", ["Republique democratique du Congo"]),
    ("The Gambia", []),
    ("Russia", []),
])
def test_names_are_also_matched_without_accents_or_the_article_inside(name, variants):
    assert patterns.spelling_variants(name) == variants


def test_a_spelling_variant_never_takes_another_actors_name():
    import spacy

    pats = patterns.build_patterns(spacy.blank("en"), "en")
    seen = {}
    for entry in pats.entries:
        seen.setdefault(entry.text.lower(), entry.actor_id)
    assert seen["democratic republic of congo"] == "COD"
    assert seen["republic of congo"] == "COG"


@pytest.mark.parametrize("name,expected", [
    ("Muammar Gaddafi", ["Muammar Kadhafi", "Muammar Qadhafi", "Moammar Gaddafi"]),
    ("al-Qaeda", ["al-Qaida", "al-Qaïda"]),
    ("Hezbollah", ["Hizbollah", "Hizballah"]),
])
def test_transliterations_spell_one_name_part_each_other_way(name, expected):
    found = patterns.transliterations(name)
    assert set(expected) <= set(found)
    assert name not in found


def test_a_name_without_a_listed_part_has_no_transliteration():
    assert patterns.transliterations("Emmanuel Macron") == []
    assert patterns.transliterations("Qaedaville") == []  # whole words only


def test_every_line_of_the_spelling_table_has_two_spellings_or_more():
    assert all(len(others) >= 1 for _pattern, others in patterns.spelling_table())


@pytest.mark.parametrize("lang, text, name, code", [
    ("en", "Qatari Emir Hamad bin Khalifa Al-Thani urged the factions to end the crisis.",
     "Hamad bin Khalifa Al-Thani", "QAT"),
    ("en", "King Hamad bin Isa Al-Khalifa received the envoy in Manama.", "Hamad bin Isa Al-Khalifa", "BHR"),
    ("fr", "Mohammed bin Abdulrahman Al-Thani a reçu les médiateurs à Doha.", "Mohammed bin Abdulrahman Al-Thani", "QAT"),
])
def test_an_arabic_family_name_is_matched_with_or_without_the_hyphen(analyse, lang, text, name, code):
    """The base writes "Al Thani"; news write "Al-Thani" as often (patterns.spelling_variants):
    the whole name is one person, not "Khalifa" taken for another one."""
    doc = analyse(lang, text, "2008-05-20")
    char = text.index(name)
    found = [(m["code"], m["type"]) for m in doc._.mentions if m["start"] <= char < m["end"]]
    assert found == [(code, "Person")]
    assert not any(m["start"] > char and m["end"] <= char + len(name) for m in doc._.mentions)
