"""Per-language word lists for actor resolution, read from ``graph/data/lang/<lang>/actors.json``.

The lists (pronouns, anaphors, titles, sector nouns, media nouns, place prepositions, ...) are
data: adding a title or a sector noun is a one-line edit of the JSON file (``docs/actors.md``).
The file is read and checked by :mod:`graph.languages`, whose ``SCHEMAS["actors.json"]``
declares every key (a new key is one line there, plus a field here).

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

from dataclasses import dataclass, field
from functools import lru_cache

from ..languages import load_json


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
    #: stance nouns whose "à" complement is an actor, not a place ("son soutien à Kigali")
    stance_nouns: frozenset[str]
    place_followers: frozenset[str]
    #: nouns whose of-complement is a place ("the enclave of X", "le conflit du Y")
    place_nouns: frozenset[str]
    #: nouns whose possessor is a place ("in Lebanon's south"); any other possessor is an actor
    region_nouns: frozenset[str]
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
    #: courtesy words before a surname, not part of the name ("Mr Omeri", "M. Ban")
    honorifics: frozenset[str] = field(default_factory=frozenset)
    #: words after a surname that are not the surname ("Ferdinand Marcos Jr.")
    name_suffixes: frozenset[str] = field(default_factory=frozenset)
    #: capitals from the data packages that are also common names or words ("Victoria")
    capital_stoplist: frozenset[str] = field(default_factory=frozenset)
    #: nouns of those an actor stands in a relation to ("Iran's proxies", "Russia's allies", "les
    #: alliés de la France"): their possessor or of-complement is another actor than they are
    relation_nouns: frozenset[str] = field(default_factory=frozenset)
    #: prepositions of a reason phrase ("for its attack") and the verbs whose object it is about
    reason_prepositions: frozenset[str] = field(default_factory=frozenset)
    reason_object_verbs: frozenset[str] = field(default_factory=frozenset)
    #: nouns of a judgement a light verb carries ("imposed sanctions on X over its ...") and the
    #: prepositions of their object: the reason phrase is about that object
    reason_object_nouns: frozenset[str] = field(default_factory=frozenset)
    reason_noun_preps: frozenset[str] = field(default_factory=frozenset)
    #: demonym ending -> endings of its inflected forms, in the order they are tried
    demonym_endings: dict[str, tuple[str, ...]] = field(default_factory=dict)
    demonym_default_endings: tuple[str, ...] = ()
    #: "<noun> <preposition> <capital or seat>" is that government ("officials in Nairobi",
    #: "les responsables à Moscou"): nouns of officials -> sector, and the prepositions
    seated_nouns: dict[str, str] = field(default_factory=dict)
    seated_prepositions: frozenset[str] = field(default_factory=frozenset)
    #: "<noun> <preposition> <state>" is that state's body ("security forces in Guinea", "les
    #: autorités au Mali"): nouns (one or more words) of a state's own bodies -> sector
    seated_state_nouns: dict[str, str] = field(default_factory=dict)
    seated_state_prepositions: frozenset[str] = field(default_factory=frozenset)
    #: organisation acronyms whose capitalised spelling is a word ("Pace"), never matched so
    acronym_word_stoplist: frozenset[str] = field(default_factory=frozenset)
    #: word order: adjectives, nationality ones included, follow their noun ("l'armée russe")
    adjective_after_noun: bool = False
    #: a nationality stands alone as a noun only when capitalised ("les Russes", not "russe")
    nationality_noun_capitalised: bool = False
    #: nouns of a state's political opposition ("the Venezuelan opposition": ``VEN_OPP``)
    opposition_nouns: frozenset[str] = field(default_factory=frozenset)
    #: nouns of people acting for someone -> the prepositions naming that someone ("an aide to
    #: X", "an envoy of X", "un conseiller de X": X's side; not "the envoy to Syria")
    side_nouns: dict[str, frozenset[str]] = field(default_factory=dict)
    #: nouns of a coalition and the participles naming its leader ("the Saudi-led coalition",
    #: "la coalition menée par X": the leader, :mod:`graph.actors.coalitions`)
    coalition_nouns: frozenset[str] = field(default_factory=frozenset)
    #: nouns of armed forces named by the actor leading them ("Saudi-led forces", "les troupes
    #: dirigées par la France": the leader, as a coalition; a later bare "the forces" is not)
    led_force_nouns: frozenset[str] = field(default_factory=frozenset)
    #: nouns of a state's forces stationed somewhere ("its troops deployed in the country", "les
    #: forces françaises présentes dans le pays": the country is not theirs, :mod:`graph.actors.states`)
    deployed_force_nouns: frozenset[str] = field(default_factory=frozenset)
    #: words before an of-word that make a place preposition of them ("à l'intérieur de la
    #: Turquie", "inside of Syria": a place, :func:`graph.actors.compose.is_place`)
    place_locutions: frozenset[str] = field(default_factory=frozenset)
    #: plural nouns of a region's states as a group ("West African leaders", "les pays du Golfe":
    #: the region's organisation when the document names it, :mod:`graph.actors.region_groups`)
    region_group_nouns: frozenset[str] = field(default_factory=frozenset)
    #: plural nouns of fighters named by the place a group holds ("Islamist militants in the Gaza
    #: Strip": the group, :mod:`graph.actors.held_places`)
    fighter_nouns: frozenset[str] = field(default_factory=frozenset)
    #: nouns of an armed group that describe a group the base does not know, introduced with its
    #: acronym ("the X (ABC), a rebel group", "les putschistes du X (ABC)": the group ABC,
    #: :mod:`graph.actors.introduced`)
    introduced_group_nouns: frozenset[str] = field(default_factory=frozenset)
    #: stressed pronouns that repeat the subject before a word of ``subject_reprise_words`` ("La
    #: SADC a elle aussi suspendu le pays": no actor of their own, :meth:`SpanTests.subject_reprise`)
    reprise_pronouns: frozenset[str] = field(default_factory=frozenset)
    subject_reprise_words: frozenset[str] = field(default_factory=frozenset)
    #: plural nouns of several bodies of a people ("Kurdish groups", "groupes kurdes"): no one
    #: group of the people's demonym (:mod:`graph.actors.ambiguous`)
    people_group_nouns: frozenset[str] = field(default_factory=frozenset)
    #: particles of a retort on the verb before a place preposition ("hit back at X": X is the
    #: actor answered, not a place, :func:`graph.actors.compose.is_place`)
    retort_particles: frozenset[str] = field(default_factory=frozenset)
    #: words of a past office before a title ("former Palestinian Prime Minister X": not the
    #: role he acts in now, :mod:`graph.actors.titled_roles`)
    former_words: frozenset[str] = field(default_factory=frozenset)
    #: words of a leader removed from power ("the ousted president X", "le président déchu X"):
    #: his camp is his state's opposition, :mod:`graph.actors.ousted`
    ousted_words: frozenset[str] = field(default_factory=frozenset)
    #: nouns of an office in a person's apposition ("X, head of the UN mission": the UN,
    #: :mod:`graph.actors.described`)
    office_nouns: frozenset[str] = field(default_factory=frozenset)
    #: verbs of holding an office in a person's relative clause ("X, who leads the AU panel":
    #: the AU, :mod:`graph.actors.described`)
    office_verbs: frozenset[str] = field(default_factory=frozenset)
    #: nouns of a delegation, with the participles and by-word naming its head ("the Houthi
    #: delegation headed by X", "une délégation malienne conduite par X": X acts for the group,
    #: :mod:`graph.actors.described`)
    delegation_nouns: frozenset[str] = field(default_factory=frozenset)
    #: nouns of a ruling junta ("the junta", "le conseil militaire": the state it rules,
    #: :mod:`graph.actors.juntas`)
    junta_nouns: frozenset[str] = field(default_factory=frozenset)
    #: a leader's epithets ("the strongman of eastern Libya", "le maréchal dissident": the
    #: leader the document named before, :mod:`graph.actors.epithets`)
    leader_epithets: frozenset[str] = field(default_factory=frozenset)
    #: words naming a part of a state in an epithet's complement ("eastern Libya", "l'Est
    #: libyen": a group based there before the state's own leaders, :mod:`graph.actors.epithets`)
    epithet_region_words: frozenset[str] = field(default_factory=frozenset)
    #: adjectives of a part of a place between a place preposition and its name ("in northern
    #: Syria", "in eastern Congo": still a place, :func:`graph.actors.compose.is_place`)
    place_adjectives: frozenset[str] = field(default_factory=frozenset)
    #: a state's forces named by their government, with or without a determiner ("government
    #: forces shelled ...", "des forces gouvernementales": the state in focus, as "the army")
    government_forces: frozenset[str] = field(default_factory=frozenset)
    #: nouns of a diplomat posted somewhere ("Russia's ambassador to the UN": the posting is
    #: part of the title, :mod:`graph.actors.postings`)
    representation_nouns: frozenset[str] = field(default_factory=frozenset)
    #: phrases before an actor's name that make the person of the clause act for it ("speaking
    #: on behalf of the EU", "au nom des Vingt-Sept", :mod:`graph.actors.behalf`)
    behalf_phrases: frozenset[str] = field(default_factory=frozenset)
    leading_words: frozenset[str] = field(default_factory=frozenset)
    #: pronouns that can be expletive ("it seems that", "il faut"), the words after one that
    #: make it so ("il y a"), the impersonal verbs, and whether such a verb needs a clausal
    #: complement for its subject to be expletive ("it is clear that" but "it is a threat")
    expletive_pronouns: frozenset[str] = field(default_factory=frozenset)
    expletive_next: frozenset[str] = field(default_factory=frozenset)
    impersonal_verbs: frozenset[str] = field(default_factory=frozenset)
    impersonal_needs_clause: bool = False
    #: adjectives of a disposition that make a pronoun subject of a copula personal ("it was
    #: ready to strike", "it is willing to talk"), unlike "it is clear that"
    personal_adjectives: frozenset[str] = field(default_factory=frozenset)
    #: verbs whose passive with a clause makes the pronoun expletive ("it was decided that",
    #: "il a été convenu de")
    impersonal_passive_verbs: frozenset[str] = field(default_factory=frozenset)
    #: words joined to a name by a hyphen that make the name a place ("a London-based group",
    #: "a Pakistan-born writer": where someone is, not who acts, :func:`graph.actors.compose.is_place`)
    place_compounds: frozenset[str] = field(default_factory=frozenset)
    #: a government named by its seat (graph/actors/seats.py): "the Tripoli-based government"
    seat_nouns: frozenset[str] = field(default_factory=frozenset)
    seat_participles: frozenset[str] = field(default_factory=frozenset)
    #: place prepositions that stay locative under a verb of communication or firing ("launched an
    #: offensive in X", "fired rockets inside X"; but "fired at X", "a écrit à Moscou": an actor)
    located_prepositions: frozenset[str] = field(default_factory=frozenset)


def demonym_forms(form: str, lex: Lexicon) -> list[str]:
    """A demonym and its inflected forms by the language's ``demonym_endings`` (the first ending
    that fits; else ``demonym_default_endings``); a form ending in ``!`` is taken as it is.

    >>> demonym_forms("arménien", load_lexicon("fr"))
    ['arménien', 'arménienne', 'arméniens', 'arméniennes']
    >>> demonym_forms("turc!", load_lexicon("fr")), demonym_forms("Armenian", load_lexicon("en"))
    (['turc'], ['Armenian', 'Armenians'])
    """
    if form.endswith("!"):
        return [form[:-1]]
    for ending, others in lex.demonym_endings.items():
        if form.endswith(ending):
            return [form, *(form[: -len(ending)] + e for e in others)]
    return [form, *(form + e for e in lex.demonym_default_endings)]


def _low(items) -> frozenset[str]:
    return frozenset(str(i).lower() for i in items)


def _table(raw: dict) -> dict:
    return {str(k).lower(): v for k, v in raw.items()}


#: how a field is read, by its declared type (the schema in graph/language_schema.py checked the JSON)
_READERS = {
    "frozenset[str]": _low,
    "bool": bool,
    "dict[str, dict]": _table,
    "dict[str, str]": _table,
    "dict[str, frozenset[str]]": lambda raw: {str(k).lower(): _low(v) for k, v in raw.items()},
    "dict[str, tuple[str, ...]]": lambda raw: {str(k): tuple(v) for k, v in raw.items()},
    "tuple[str, ...]": tuple,
}


@lru_cache(maxsize=None)
def load_lexicon(lang: str) -> Lexicon:
    """The lexicon for ``lang`` (cached); raise :class:`DataFileError` if it is missing or bad."""
    raw = load_json(lang, "actors.json")
    # an absent (optional) key reads as empty, which is every field's default
    fields = {name: _READERS[spec.type](raw.get(name, {} if spec.type.startswith("dict") else []))
              for name, spec in Lexicon.__dataclass_fields__.items() if name != "lang"}
    return Lexicon(lang=lang, **fields)
