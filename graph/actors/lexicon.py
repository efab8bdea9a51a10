"""Per-language word lists for actor resolution, read from ``graph/data/actors/lexicon/<lang>.json``.

The lists (pronouns, anaphors, titles, sector nouns, media nouns, place prepositions, ...) are
data: adding a title or a sector noun is a one-line edit of the JSON file (``docs/actors.md``).

Example
-------
>>> lex = load_lexicon("en")
>>> lex.titles["foreign minister"]["sector"]
'diplomacy'
>>> lex.sector_nouns["army"]
'military'
>>> load_lexicon("fr").anaphors["ce dernier"]
'latter'
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache

from ..errors import DataFileError
from ..resources import data_path


@dataclass(frozen=True)
class Lexicon:
    """The word lists of one language (phrases in lower case)."""

    lang: str
    determiners: frozenset[str]
    possessive_markers: frozenset[str]
    of_words: frozenset[str]
    agent_prepositions: frozenset[str]
    #: verbs whose by-agent (or subject) is a third party, never one of "the two sides"
    third_party_verbs: frozenset[str]
    third_party_subject_verbs: frozenset[str]
    #: verbs whose object "it" is an actor ("Russia arms it"), unlike "denied it", "said it"
    actor_object_verbs: frozenset[str]
    coordinators: frozenset[str]
    place_prepositions: frozenset[str]
    #: place prepositions that are not locative before an article ("soutien à la Serbie")
    article_prepositions: frozenset[str]
    motion_prepositions: frozenset[str]
    motion_lemmas: frozenset[str]
    communication_lemmas: frozenset[str]
    place_followers: frozenset[str]
    #: nouns whose of-complement is a place ("the enclave of X", "le conflit du Y")
    place_nouns: frozenset[str]
    pronouns: dict[str, dict]
    anaphors: dict[str, str]
    titles: dict[str, dict]
    title_suffixes: dict[str, dict]
    sector_nouns: dict[str, str]
    #: sector nouns that, with a definite article and no nationality, name the state in focus
    body_nouns: frozenset[str]
    definite_determiners: frozenset[str]
    media_nouns: frozenset[str]
    agent_nouns: frozenset[str]
    #: nouns of people and things a nationality adjective makes a target ("Afghan civilians")
    population_nouns: frozenset[str]
    #: words that make a nationality an ethnic group, not a state ("ethnic Albanians")
    ethnic_markers: frozenset[str]
    separatist_words: frozenset[str]
    title_complements: frozenset[str] = field(default_factory=frozenset)
    cataphora_next: frozenset[str] = field(default_factory=frozenset)
    surname_stoplist: frozenset[str] = field(default_factory=frozenset)
    #: capitals from the data packages that are also common names or words ("Victoria")
    capital_stoplist: frozenset[str] = field(default_factory=frozenset)
    #: "<noun> <preposition> <capital or seat>" is that government ("officials in Nairobi",
    #: "les responsables à Moscou"): nouns of officials -> sector, and the prepositions
    seated_nouns: dict[str, str] = field(default_factory=dict)
    seated_prepositions: frozenset[str] = field(default_factory=frozenset)
    #: organisation acronyms whose capitalised spelling is a word ("Pace"), never matched so
    acronym_word_stoplist: frozenset[str] = field(default_factory=frozenset)
    #: pronouns that can be expletive ("it seems that", "il faut"), the words after one that
    #: make it so ("il y a"), the impersonal verbs, and whether such a verb needs a clausal
    #: complement for its subject to be expletive ("it is clear that" but "it is a threat")
    expletive_pronouns: frozenset[str] = field(default_factory=frozenset)
    expletive_next: frozenset[str] = field(default_factory=frozenset)
    impersonal_verbs: frozenset[str] = field(default_factory=frozenset)
    impersonal_needs_clause: bool = False
    #: verbs whose passive with a clause makes the pronoun expletive ("it was decided that",
    #: "il a été convenu de")
    impersonal_passive_verbs: frozenset[str] = field(default_factory=frozenset)


def _low(items) -> frozenset[str]:
    return frozenset(str(i).lower() for i in items)


@lru_cache(maxsize=None)
def load_lexicon(lang: str) -> Lexicon:
    """The lexicon for ``lang`` (cached); raise :class:`DataFileError` if it is missing or bad."""
    path = data_path("actors", "lexicon", f"{lang}.json")
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        return Lexicon(
            lang=lang,
            determiners=_low(raw["determiners"]),
            possessive_markers=_low(raw.get("possessive_markers", [])),
            of_words=_low(raw.get("of_words", [])),
            agent_prepositions=_low(raw.get("agent_prepositions", [])),
            third_party_verbs=_low(raw.get("third_party_verbs", [])),
            third_party_subject_verbs=_low(raw.get("third_party_subject_verbs", [])),
            actor_object_verbs=_low(raw.get("actor_object_verbs", [])),
            coordinators=_low(raw.get("coordinators", [])),
            place_prepositions=_low(raw.get("place_prepositions", [])),
            article_prepositions=_low(raw.get("article_prepositions", [])),
            motion_prepositions=_low(raw.get("motion_prepositions", [])),
            motion_lemmas=_low(raw.get("motion_lemmas", [])),
            communication_lemmas=_low(raw.get("communication_lemmas", [])),
            place_followers=_low(raw.get("place_followers", [])),
            place_nouns=_low(raw.get("place_nouns", [])),
            pronouns={k.lower(): v for k, v in raw["pronouns"].items()},
            anaphors={k.lower(): v for k, v in raw["anaphors"].items()},
            titles={k.lower(): v for k, v in raw["titles"].items()},
            title_suffixes={k.lower(): v for k, v in raw.get("title_suffixes", {}).items()},
            sector_nouns={k.lower(): v for k, v in raw["sector_nouns"].items()},
            body_nouns=_low(raw.get("body_nouns", [])),
            definite_determiners=_low(raw.get("definite_determiners", [])),
            media_nouns=_low(raw.get("media_nouns", [])),
            agent_nouns=_low(raw.get("agent_nouns", [])),
            population_nouns=_low(raw.get("population_nouns", [])),
            ethnic_markers=_low(raw.get("ethnic_markers", [])),
            separatist_words=_low(raw.get("separatist_words", [])),
            surname_stoplist=_low(raw.get("surname_stoplist", [])),
            capital_stoplist=_low(raw.get("capital_stoplist", [])),
            seated_nouns={str(k).lower(): v for k, v in raw.get("seated_nouns", {}).items()},
            seated_prepositions=_low(raw.get("seated_prepositions", [])),
            acronym_word_stoplist=_low(raw.get("acronym_word_stoplist", [])),
            title_complements=_low(raw.get("title_complements", [])),
            cataphora_next=_low(raw.get("cataphora_next", [])),
            expletive_pronouns=_low(raw.get("expletive_pronouns", [])),
            expletive_next=_low(raw.get("expletive_next", [])),
            impersonal_verbs=_low(raw.get("impersonal_verbs", [])),
            impersonal_needs_clause=bool(raw.get("impersonal_needs_clause", False)),
            impersonal_passive_verbs=_low(raw.get("impersonal_passive_verbs", [])),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise DataFileError(f"graph/data/actors/lexicon/{lang}.json is malformed: {exc}") from exc
