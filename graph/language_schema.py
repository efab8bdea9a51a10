"""The schema of the language files: every key of a language folder's JSON files and every
column of its TSV files, with its type and what it holds.

:mod:`graph.languages` checks each file it loads against :data:`SCHEMAS`. **To add a key to a
language file, add one line to that file's table here** (``grammar.json``'s table is :mod:`graph.grammar_keys`, the
value types :mod:`graph.schema_kinds`); the stage that reads the key then finds it in the loaded dict.

Example
-------
>>> SCHEMAS["grammar.json"]["negation"].kind.name
'list of strings'
>>> WORDS.test(["not", "never"]), WORDS.test("not")
(True, False)
"""

from __future__ import annotations

from .grammar_keys import GRAMMAR_KEYS
from .schema_kinds import (BOOL, CLITIC_MAP, INT_MAP, RECORD_MAP, TEXT, WORD_MAP, WORDS, WORDS_MAP, Key, _optional,
                           dependency_roles)

__all__ = ["SCHEMAS", "Key", "WORDS", "dependency_roles"]


#: Keys of every file, in one place (a key starting with ``_`` is a comment and is ignored).
SCHEMAS: dict[str, dict[str, Key]] = {
    "grammar.json": GRAMMAR_KEYS,
    "document.json": {
        "kind_nouns": Key(RECORD_MAP, "kind noun -> {types: actor types, kinds: state kinds}"),
        "group_nouns": Key(WORDS_MAP, "group-reference noun -> actor types"),
        "group_numbers": Key(INT_MAP, "number word -> count (two, both)"),
        "group_determiners": Key(WORDS, "determiners of group references"),
        "kind_modifiers": Key(WORD_MAP, "adjective -> state kind (gulf, island)"),
        "event_nouns": Key(WORDS_MAP, "event kind -> nouns (agreement, attack)"),
        "event_relations": Key(WORDS_MAP, "event kind -> relations its participants stand in"),
        "event_governors": Key(WORDS_MAP, "event kind -> verbs under which it stands for its participants"),
        "proposal_nouns": Key(WORDS, "nouns of a third party's proposal for an agreement (proposal, roadmap)"),
        "presence_phrases": Key(WORDS, "phrases naming the witnesses of a signing or of talks (in the presence of)"),
        "signing_verbs": Key(WORDS, "verbs under which an agreement noun with no signer named is its parties' agreement"),
        "coup_verbs": _optional(WORDS, "verbs of a coup, or 'verb object' phrases, whose arguments name the state it is told of (overthrow, seize power)"),
        "event_pronouns": _optional(WORDS, "object pronouns that may stand for an attack or coup just named (it; l', le, la)"),
        "coup_agents": _optional(WORDS, "words of a state's mention naming it by its coup (junta, putschists): the state of 'the coup'"),
        "region_words": _optional(WORDS_MAP, "half of a divided state (north, south, island, mainland) -> words naming it (the North, le Nord)"),
        "claim_verbs": _optional(WORDS, "verbs, or 'verb object' phrases, of a claim of responsibility for an attack noun (claim responsibility, revendiquer)"),
        "attack_verbs": Key(WORDS, "verbs whose subject performs the attack noun they take as object (launch an offensive)"),
        "continuation_verbs": Key(WORDS, "verbs of a quotation continuing its speaker's last one (he added, a-t-il poursuivi)"),
        "aim_verbs": Key(WORDS, "verbs of aiming: followed by a particle and a verb they state a purpose, not an attack (aims to, vise à)"),
        "aim_particles": Key(WORDS, "particles between a verb of aiming and the verb of its purpose (to, at, à)"),
        "appeal_topics": Key(WORDS, "what a call for calm asks for: with no addressee, an appeal to both sides (restraint, calm, dialogue)"),
        "effort_nouns": _optional(WORDS, "nouns of the efforts of third parties that may bring an agreement about (efforts)"),
        "effort_outcomes": _optional(WORDS, "verbs whose subject, an effort noun, brought about the agreement below them (help, lead; aider, permettre)"),
        "welcome_words": _optional(WORDS, "adverbs or nouns making a verb of hosting one of welcome (accueillir favorablement, avec satisfaction)"),
        "offer_nouns": _optional(WORDS, "offers an acceptance with no target answers (offer, proposal)"),
        "offered_relations": _optional(WORDS, "relations of the offers such an acceptance answers (mediate, appeal)"),
        "answered_relations": Key(WORDS, "relations whose claim a rejection with no target answers (\"X denied the charges\": X rejects the accuser)"),
        "naming_words": Key(WORDS, "participles after an anaphor and a comma that name it (the group, known as X; le groupe, connu sous le nom de X)"),
        "naming_blockers": Key(WORDS, "words after a naming participle that make it a call, no naming (called on X; appelé à la retenue par X)"),
        "membership_words": Key(WORDS, "participles after a group noun and a parenthesis or comma that list its members (the contact group (comprising A, B and C); le groupe, composé de A et B)"),
        "conflict_nouns": Key(WORDS, "nouns of conflicts"),
        "peace_nouns": Key(WORDS, "nouns of negotiations and settlements whose parties are the sides (talks, truce)"),
        "combining_forms": Key(WORD_MAP, "irregular prefix form of a nationality in pair compounds -> code (Sino-)"),
        "between": Key(WORDS, "prepositions of pairs (between)"),
        "with_words": Key(WORDS, "prepositions of a second party (talks with B)"),
        "latter": Key(WORDS, "anaphors of the last-named actor"),
        "object_clitics": Key(CLITIC_MAP, "object clitic -> number (sg, pl)"),
        "side_nouns": Key(WORDS, "plural nouns that, definite, name the conflict's sides (the parties)"),
        "warring_words": Key(WORDS, "words of a pair anaphor that claim a conflict (the warring parties): none without sides"),
        "quote_marks": Key(WORDS_MAP, "open, close, both -> quotation marks"),
        "quote_pronouns": Key(WORDS, "first-person pronouns of a quotation that stand for its speaker"),
        "quote_possessives": Key(WORDS, "first-person possessives of a quotation whose noun may stand for its speaker's state"),
        "own_state_nouns": Key(WORDS_MAP, "noun lemma -> numbers (Sing, Plur): owned by a quote possessive, the speaker's state"),
        "speaker_pronouns": Key(WORDS, "subject pronouns of a speech verb resolved by salience (he, il)"),
        "definite_determiners": Key(WORDS, "definite determiners"),
        "universal_determiners": Key(WORDS, "universal determiners (all, every)"),
    },
    "actors.json": {
        "determiners": Key(WORDS, "determiners stripped from mentions"),
        "possessive_markers": _optional(WORDS, "possessive markers ('s)"),
        "of_words": _optional(WORDS, "genitive words (of, de)"),
        "agent_prepositions": _optional(WORDS, "prepositions of passive agents"),
        "third_party_verbs": _optional(WORDS, "verbs whose by-agent is a third party"),
        "third_party_subject_verbs": _optional(WORDS, "verbs whose subject is a third party"),
        "actor_object_verbs": _optional(WORDS, "verbs whose object 'it' is an actor"),
        "reason_prepositions": _optional(WORDS, "prepositions of a reason phrase (for its attack)"),
        "reason_object_verbs": _optional(WORDS, "verbs whose reason phrase's possessive names their object (condemn X for its ...)"),
        "reason_object_nouns": _optional(WORDS, "judgement nouns a light verb carries whose object the reason phrase is about (imposed sanctions on X over its ...)"),
        "reason_noun_preps": _optional(WORDS, "prepositions of the object of such a noun (sanctions on X)"),
        "coordinators": _optional(WORDS, "coordinating conjunctions"),
        "place_prepositions": _optional(WORDS, "locative prepositions"),
        "article_prepositions": _optional(WORDS, "place prepositions not locative before an article"),
        "motion_prepositions": _optional(WORDS, "prepositions of motion"),
        "motion_lemmas": _optional(WORDS, "verbs of motion"),
        "communication_lemmas": _optional(WORDS, "verbs of communication"),
        "stance_nouns": _optional(WORDS, "stance nouns whose 'to' complement is an actor, not a place (soutien à Kigali)"),
        "located_prepositions": _optional(WORDS, "place prepositions that stay locative under a verb of communication or firing"),
        "place_followers": _optional(WORDS, "words after which a capital is a place"),
        "place_compounds": _optional(WORDS, "words joined to a name by a hyphen that make it a place (London-based)"),
        "seat_nouns": _optional(WORDS, "government nouns that a seat names (the Tripoli-based government)"),
        "seat_participles": _optional(WORDS, "participles of a government's seat (based, installé)"),
        "place_nouns": _optional(WORDS, "nouns whose of-complement is a place"),
        "government_forces": _optional(WORDS, "body nouns of a state's forces needing no determiner (government forces)"),
        "place_adjectives": _optional(WORDS, "adjectives of a part of a place after a place preposition (northern)"),
        "region_nouns": _optional(WORDS, "nouns whose possessor is a place (Lebanon's south); other possessors are actors"),
        "pronouns": Key(RECORD_MAP, "pronoun -> {person, gender, number; clitic: only as an object clitic "
                                    "(l'); object_before_verb: an object before its verb (leur a dit)}"),
        "anaphors": Key(WORD_MAP, "anaphor -> kind (latter, former, separatists, rebels...)"),
        "titles": Key(RECORD_MAP, "title -> {role, sector, acts_for (optional: actor types of the roles it names)}"),
        "title_suffixes": _optional(RECORD_MAP, "title suffix -> {role, sector}"),
        "sector_nouns": Key(WORD_MAP, "sector noun -> sector (army: military)"),
        "body_nouns": _optional(WORDS, "sector nouns naming the state in focus"),
        "definite_determiners": _optional(WORDS, "definite determiners"),
        "media_nouns": _optional(WORDS, "nouns of media"),
        "agent_nouns": _optional(WORDS, "nouns of agents"),
        "population_nouns": _optional(WORDS, "nouns a nationality makes a target (civilians)"),
        "ethnic_markers": _optional(WORDS, "words making a nationality an ethnic group"),
        "separatist_words": _optional(WORDS, "words of separatists"),
        "title_complements": _optional(WORDS, "complements of titles"),
        "cataphora_next": _optional(WORDS, "words after which a pronoun points forward"),
        "surname_stoplist": _optional(WORDS, "surnames never matched alone"),
        "honorifics": _optional(WORDS, "courtesy words before a surname ('Mr', 'M.'), not part of the name"),
        "name_suffixes": _optional(WORDS, "words after a surname ('Jr.'), not the surname"),
        "capital_stoplist": _optional(WORDS, "capitals that are also common words"),
        "relation_nouns": _optional(WORDS, "nouns of those an actor stands in a relation to ('Iran's proxies', "
                                    "'les alliés de la France'): their possessor or of-complement is not who they are"),
        "demonym_endings": _optional(WORDS_MAP, "demonym ending -> endings of its other forms (feminine, plural), "
                                     "tried in order (French 'ais' -> 'aise', 'aises')"),
        "demonym_default_endings": _optional(WORDS, "endings added to a demonym no ending of demonym_endings "
                                             "matches (none: demonyms are not inflected)"),
        "seated_nouns": _optional(WORD_MAP, "official noun -> sector ('officials in <capital>')"),
        "seated_prepositions": _optional(WORDS, "prepositions of seated nouns"),
        "seated_state_nouns": _optional(WORD_MAP, "noun of a state's body -> sector ('security forces in <state>')"),
        "seated_state_prepositions": _optional(WORDS, "prepositions of seated state nouns"),
        "acronym_word_stoplist": _optional(WORDS, "acronyms whose capitalised spelling is a word"),
        "adjective_after_noun": _optional(BOOL, "adjectives, nationality ones included, follow their noun"),
        "nationality_noun_capitalised": _optional(BOOL, "a nationality stands alone as a noun only when capitalised"),
        "opposition_nouns": _optional(WORDS, "nouns of a state's political opposition"),
        "side_nouns": _optional(WORDS_MAP, "noun of someone acting for X -> prepositions naming X"),
        "coalition_nouns": _optional(WORDS, "nouns of a coalition of actors ('the X-led coalition')"),
        "led_force_nouns": _optional(WORDS, "nouns of armed forces named by their leader ('X-led forces': X, "
                                      "graph/actors/coalitions.py)"),
        "deployed_force_nouns": _optional(WORDS, "nouns of a state's forces stationed somewhere ('its troops in "
                                          "the country': the country is another state, graph/actors/states.py)"),
        "junta_nouns": _optional(WORDS, "nouns of a ruling junta ('the junta': the state it rules, "
                                 "graph/actors/juntas.py)"),
        "leader_epithets": _optional(WORDS, "epithets of a leader ('the strongman of eastern Libya', "
                                     "'le maréchal dissident': the leader named before, graph/actors/epithets.py)"),
        "epithet_region_words": _optional(WORDS, "words naming a part of a state in an epithet's complement "
                                          "('eastern Libya': a group based there first, graph/actors/epithets.py)"),
        "office_nouns": _optional(WORDS, "nouns of an office in a person's apposition ('X, head of the UN "
                                  "mission': the UN, graph/actors/described.py)"),
        "delegation_nouns": _optional(WORDS, "nouns of a delegation led by a person ('the Houthi delegation headed by "
                                       "X': X acts for the Houthis, graph/actors/described.py)"),
        "office_verbs": _optional(WORDS, "verbs of holding an office in a person's relative clause ('X, who "
                                  "leads the AU panel': the AU, graph/actors/described.py)"),
        "place_locutions": _optional(WORDS, "words before an of-word that make a place preposition of "
                                     "them ('à l'intérieur de X', 'inside of X': a place, graph/actors/compose.py)"),
        "region_group_nouns": _optional(WORDS, "plural nouns of a region's states as a group ('Southeast "
                                        "Asian nations': the region's organisation when named, "
                                        "graph/actors/region_groups.py)"),
        "fighter_nouns": _optional(WORDS, "plural nouns of fighters named by the place they hold ('militants in <place>', graph/actors/held_places.py)"),
        "introduced_group_nouns": _optional(WORDS, "nouns of an armed group describing an unknown group introduced "
                                            "with its acronym ('the X (ABC), a rebel group', graph/actors/introduced.py)"),
        "reprise_pronouns": _optional(WORDS, "stressed pronouns that repeat the subject ('La SADC a elle aussi "
                                      "suspendu': no actor of their own, graph/actors/spans.py)"),
        "subject_reprise_words": _optional(WORDS, "words after a stressed pronoun that make it repeat the subject "
                                           "('elle aussi', 'lui non plus', graph/actors/spans.py)"),
        "former_words": _optional(WORDS, "words of a past office before a title ('former', 'ancien'): the title does not pick the person's role, graph/actors/titled_roles.py"),
        "ousted_words": _optional(WORDS, "words of a leader removed from power ('ousted', 'déchu'): his state's "
                                  "opposition, graph/actors/ousted.py"),
        "people_group_nouns": _optional(WORDS, "plural nouns of several bodies of a people ('Kurdish groups': no one group, graph/actors/ambiguous.py)"),
        "retort_particles": _optional(WORDS, "particles of a retort on a verb ('hit back at X': X is an actor, no place, graph/actors/compose.py)"),
        "representation_nouns": _optional(WORDS, "nouns of a diplomat posted somewhere ('ambassador to the UN')"),
        "behalf_phrases": _optional(WORDS, "phrases before an actor that make the person of the clause act for it "
                                    "('on behalf of the EU', 'au nom des Vingt-Sept', graph/actors/behalf.py)"),
        "leading_words": _optional(WORDS, "participles naming a coalition's leader ('led', 'menée')"),
        "expletive_pronouns": _optional(WORDS, "pronouns that can be expletive (it seems that)"),
        "expletive_next": _optional(WORDS, "words after a pronoun that make it expletive (il y a)"),
        "impersonal_verbs": _optional(WORDS, "impersonal verbs (seem, falloir)"),
        "impersonal_needs_clause": _optional(BOOL, "an impersonal verb needs a clause for its subject to be expletive"),
        "personal_adjectives": _optional(WORDS, "adjectives after a copula whose pronoun subject is no expletive (ready)"),
        "impersonal_passive_verbs": _optional(WORDS, "verbs whose passive with a clause is impersonal (it was agreed that)"),
    },
    "cues.tsv": {
        "cue": Key(TEXT, "lemma, or lemmas separated by spaces (the first is the trigger)"),
        "pos": Key(TEXT, "VERB, NOUN, ADJ or ANY"),
        "relation": Key(TEXT, "a relation of graph/data/relations.tsv"),
        "frame": Key(TEXT, "argument frame (graph.events.lexicon.FRAMES)"),
        "confidence": Key(TEXT, "a number from 0 to 1"),
        "object": _optional(TEXT, "object lemmas the sense requires, separated by |"),
        "prep": _optional(TEXT, "preposition of a complement the sense requires"),
    },
}
SCHEMAS["cues_cameo.tsv"] = {**SCHEMAS["cues.tsv"],
                             "cameo": _optional(TEXT, "the CAMEO code of the imported verb"),
                             "provenance": _optional(TEXT, "where the line comes from")}
