"""Word lists of the document model, per language, and the kinds of states.

``graph/data/lang/<lang>/document.json`` (read and checked by :mod:`graph.languages`, whose
``SCHEMAS["document.json"]`` declares every key) holds the kind nouns of actor types ("the group",
"la junte", "the kingdom"), the nouns and numbers of group references ("the two generals",
"les trois pays"), event nouns with the verbs under which they stand for their participants,
and conflict nouns. ``graph/data/actors/kinds.tsv`` gives the kinds of states (``monarchy``,
``gulf``, ``island``...) that group references and kind nouns may require.

Example
-------
>>> lex = load_document_lexicon("en")
>>> lex.kind_nouns["kingdom"]["kinds"]
['monarchy']
>>> "monarchy" in state_kinds()["SAU"]
True
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from ..errors import DataFileError
from ..languages import language_file, load_json
from ..model import ACTOR_TYPES
from ..resources import data_path


@dataclass(frozen=True)
class DocumentLexicon:
    """The lists of one language's ``document.json`` (see the module docstring)."""

    lang: str
    kind_nouns: dict
    group_nouns: dict
    group_numbers: dict
    group_determiners: frozenset
    kind_modifiers: dict
    event_nouns: dict
    event_relations: dict
    event_governors: dict
    proposal_nouns: frozenset
    presence_phrases: frozenset
    signing_verbs: frozenset
    attack_verbs: frozenset
    continuation_verbs: frozenset
    aim_verbs: frozenset
    aim_particles: frozenset
    appeal_topics: frozenset
    #: relations a rejection with no target of its own answers ("X denied the charges")
    answered_relations: frozenset
    #: participles naming the anaphor before them ("the group, known as X")
    naming_words: frozenset
    #: words after a naming participle that make it a call ("called on", "appelé à"), no naming
    naming_blockers: frozenset
    #: participles listing the members of the group noun before them ("the contact group (comprising A, B and C)")
    membership_words: frozenset
    conflict_nouns: frozenset
    peace_nouns: frozenset
    combining_forms: dict
    between: frozenset
    with_words: frozenset
    object_clitics: dict
    side_nouns: frozenset
    warring_words: frozenset
    quote_marks: dict
    quote_pronouns: frozenset
    speaker_pronouns: frozenset
    #: first-person possessives of a quotation ("our", "notre") and the nouns they make the speaker's state ("our army")
    quote_possessives: frozenset
    own_state_nouns: dict
    definite_determiners: frozenset
    universal_determiners: frozenset
    #: verbs (or "verb object" phrases) of a coup ("overthrow", "seize power"): graph.document.coups
    coup_verbs: frozenset = frozenset()
    #: verbs (or "verb object" phrases) of a claim of responsibility: graph.document.claims
    claim_verbs: frozenset = frozenset()
    #: half of a divided state -> its words ("north": North, Nord): graph.document.regions
    region_words: dict = field(default_factory=dict)
    #: words of a state's mention that name it by its coup ("the junta"): graph.document.coups
    coup_agents: frozenset = frozenset()
    #: object pronouns that may stand for an event just named ("called it", "l'a condamnée"): graph.document.event_pronouns
    event_pronouns: frozenset = frozenset()

    def event_kind(self, lemma: str) -> str | None:
        """``agreement`` or ``attack`` for an event noun, else ``None``."""
        return self._event_kinds.get(lemma)

    @cached_property
    def _event_kinds(self) -> dict:
        """Each event noun's kind (the first kind that lists it): asked for every noun of a text."""
        kinds: dict = {}
        for kind, words in self.event_nouns.items():
            for word in words:
                kinds.setdefault(word, kind)
        return kinds


@lru_cache(maxsize=None)
def load_document_lexicon(lang: str) -> DocumentLexicon:
    """The document lexicon of ``lang``; an unsupported language is an error, never English."""
    raw = load_json(lang, "document.json")
    path = language_file(lang, "document.json")
    for noun, spec in raw["kind_nouns"].items():
        bad = [t for t in spec.get("types", ()) if t not in ACTOR_TYPES]
        if bad or not spec.get("types"):
            raise DataFileError(f"{path}: kind noun {noun!r}: unknown or no actor types {bad}")
    for noun, types in raw["group_nouns"].items():
        if any(t not in ACTOR_TYPES for t in types):
            raise DataFileError(f"{path}: group noun {noun!r}: unknown actor type in {types}")
    return DocumentLexicon(
        lang=lang,
        kind_nouns=raw["kind_nouns"],
        group_nouns=raw["group_nouns"],
        group_numbers=raw["group_numbers"],
        group_determiners=frozenset(raw["group_determiners"]),
        kind_modifiers=raw["kind_modifiers"],
        event_nouns={k: frozenset(v) for k, v in raw["event_nouns"].items()},
        event_relations={k: frozenset(v) for k, v in raw["event_relations"].items()},
        event_governors={k: frozenset(v) for k, v in raw["event_governors"].items()},
        proposal_nouns=frozenset(raw["proposal_nouns"]),
        presence_phrases=frozenset(raw["presence_phrases"]),
        signing_verbs=frozenset(raw["signing_verbs"]),
        attack_verbs=frozenset(raw["attack_verbs"]),
        continuation_verbs=frozenset(raw["continuation_verbs"]),
        aim_verbs=frozenset(raw["aim_verbs"]),
        aim_particles=frozenset(raw["aim_particles"]),
        appeal_topics=frozenset(raw["appeal_topics"]),
        answered_relations=frozenset(raw["answered_relations"]),
        naming_words=frozenset(raw["naming_words"]),
        naming_blockers=frozenset(raw["naming_blockers"]),
        membership_words=frozenset(raw["membership_words"]),
        conflict_nouns=frozenset(raw["conflict_nouns"]),
        peace_nouns=frozenset(raw["peace_nouns"]),
        combining_forms={k.lower(): v for k, v in raw["combining_forms"].items()},
        between=frozenset(raw["between"]),
        with_words=frozenset(raw["with_words"]),
        object_clitics=raw["object_clitics"],
        side_nouns=frozenset(raw["side_nouns"]),
        warring_words=frozenset(raw["warring_words"]),
        quote_marks=raw["quote_marks"],
        quote_pronouns=frozenset(raw["quote_pronouns"]),
        speaker_pronouns=frozenset(raw["speaker_pronouns"]),
        quote_possessives=frozenset(raw["quote_possessives"]),
        own_state_nouns=raw["own_state_nouns"],
        definite_determiners=frozenset(raw["definite_determiners"]),
        universal_determiners=frozenset(raw["universal_determiners"]),
        coup_verbs=frozenset(raw.get("coup_verbs", ())),
        claim_verbs=frozenset(raw.get("claim_verbs", ())),
        region_words=raw.get("region_words", {}),
        coup_agents=frozenset(raw.get("coup_agents", ())),
        event_pronouns=frozenset(raw.get("event_pronouns", ())),
    )


@lru_cache(maxsize=1)
def state_kinds() -> dict[str, frozenset[str]]:
    """Code -> kinds of that state: the curated ``graph/data/actors/kinds.tsv`` and the
    geographic kinds ``scripts/import_state_kinds.py`` imported into ``kinds_imported.tsv``
    (region, "island"; added to the curated ones)."""
    out: dict[str, frozenset[str]] = {}
    for name in ("kinds.tsv", "kinds_imported.tsv"):
        path = data_path("actors", name)
        if not path.exists():
            continue
        with open(path, encoding="utf-8", newline="") as fh:
            lines = (line for line in fh if not line.startswith("#"))
            for n, row in enumerate(csv.DictReader(lines, delimiter="\t"), start=2):
                if not row.get("code") or row.get("kinds") is None:
                    raise DataFileError(f"{path}:{n}: a line needs a code and kinds")
                kinds = frozenset(k.strip() for k in row["kinds"].split(";") if k.strip())
                out[row["code"]] = out.get(row["code"], frozenset()) | kinds
    return out
