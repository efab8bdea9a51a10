"""The schema of the language files: every key of a language folder's JSON files and every
column of its TSV files, with its type and what it holds.

:mod:`graph.languages` checks each file it loads against :data:`SCHEMAS`. **To add a key to a
language file, add one line to that file's table here**; the stage that reads the key then
finds it in the loaded dict.

Example
-------
>>> SCHEMAS["grammar.json"]["negation"].kind.name
'list of strings'
>>> WORDS.test(["not", "never"]), WORDS.test("not")
(True, False)
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Callable

from .errors import DataFileError
from .resources import data_path


@lru_cache(maxsize=1)
def dependency_roles() -> dict[str, str]:
    """The dependency roles of ``graph/data/dependency_roles.tsv``: role -> what it marks. Every
    language's ``grammar.json`` lists the labels of its parser for each (``dependency_roles``)."""
    path = data_path("dependency_roles.tsv")
    lines = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    if any(len(cells) != 2 for cells in lines) or lines[:1] != [["role", "marks"]]:
        raise DataFileError(f"{path}: expected two tab-separated columns 'role', 'marks'")
    return dict(lines[1:])


@dataclass(frozen=True)
class Kind:
    """A value type of the schema: its name (in error messages) and its test."""

    name: str
    test: Callable[[Any], bool]


def _is_str_list(v) -> bool:
    return isinstance(v, list) and all(isinstance(w, str) for w in v)


def _map_of(kind: Kind) -> Kind:
    return Kind(f"object of {kind.name}",
                lambda v: isinstance(v, dict) and all(isinstance(k, str) and kind.test(x) for k, x in v.items()))


TEXT = Kind("string", lambda v: isinstance(v, str))
BOOL = Kind("boolean (true or false)", lambda v: isinstance(v, bool))
INT = Kind("integer", lambda v: isinstance(v, int) and not isinstance(v, bool))
WORDS = Kind("list of strings", _is_str_list)
RECORD = Kind("object", lambda v: isinstance(v, dict))
WORD_MAP = _map_of(TEXT)
WORDS_MAP = _map_of(WORDS)
INT_MAP = _map_of(INT)
RECORD_MAP = _map_of(RECORD)
CLITIC_MAP = _map_of(Kind("string or list of strings", lambda v: isinstance(v, str) or _is_str_list(v)))


@dataclass(frozen=True)
class Key:
    """One key of a JSON file (or column of a TSV file): its type, what it holds, whether required;
    ``fields``, when given, returns the keys an object value must hold, no more, no fewer."""

    kind: Kind
    doc: str
    required: bool = True
    fields: Callable[[], tuple[str, ...]] | None = None


def _optional(kind: Kind, doc: str) -> Key:
    return Key(kind, doc, required=False)


#: Keys of every file, in one place (a key starting with ``_`` is a comment and is ignored).
SCHEMAS: dict[str, dict[str, Key]] = {
    "grammar.json": {
        "negation": Key(WORDS, "negators that make a cue's clause not an event"),
        "degree_negation": Key(WORDS, "degree adverbs that negate only the cue they stand right before (hardly convinced, peu convaincu)"),
        "hypothetical_marks": Key(WORDS, "subordinators of conditions (if, unless)"),
        "hypothetical_aux": Key(WORDS, "auxiliaries of hypotheses (would, could)"),
        "modal_must": Key(WORDS, "modals of obligation (must, should)"),
        "speech_verbs": Key(WORDS, "verbs of saying; their clausal complement is reported speech"),
        "deny_verbs": Key(WORDS, "verbs denying their complement"),
        "measure_nouns": _optional(WORDS, "nouns measuring a cue noun under a light verb (rounds of talks)"),
        "undoing_relations": _optional(WORDS, "relations of verbs that undo a conflictual object (concede)"),
        "allegation_verbs": _optional(WORDS, "verbs whose reported clause is alleged, not stated (claim)"),
        "demand_complements": Key(WORDS, "complements making a call a demand (stop, withdraw)"),
        "appeal_complements": Key(WORDS, "complements making a call an appeal (talks, restraint)"),
        "agent_preps": Key(WORDS, "prepositions of passive agents (by)"),
        "verb_target_preps": Key(WORDS, "prepositions introducing a verb's target"),
        "noun_target_preps": Key(WORDS, "prepositions introducing a cue noun's target"),
        "noun_source_preps": Key(WORDS, "prepositions introducing a cue noun's source"),
        "dissuasion_verbs": _optional(WORDS, "verbs whose object told not to act is a demand (warned X not to)"),
        "defence_verbs": _optional(WORDS, "verbs whose subject is the target of the attack noun it defends itself against"),
        "indefinite_determiners": _optional(WORDS, "indefinite determiners (a, any): an event noun they introduce may not have happened"),
        "boundary_nouns": _optional(WORDS, "nouns of a boundary whose with-phrase names the other side (drills near its border with X)"),
        "noun_target_preps_mobilize": _optional(WORDS, "more prepositions of a show of force noun's target (drills off X)"),
        "cessation_verbs": _optional(WORDS, "verbs whose verbal complement is going on (urged X to stop backing Y: X backs Y)"),
        "addressee_preps": _optional(WORDS, "prepositions of the addressee of an object-control verb, who does its complement (called on X to talk)"),
        "noun_target_preps_condemn": _optional(WORDS, "more prepositions of a condemning noun's target (concern over X's moves)"),
        "noun_of_preps": Key(WORDS, "the genitive preposition (of)"),
        "between_preps": Key(WORDS, "prepositions of symmetric pairs (between, among)"),
        "under_words": Key(WORDS, "words of the 'under' frame (under, via)"),
        "relative_pronouns": Key(WORDS, "relative pronouns pointing back to an antecedent"),
        "disposition_adjectives": _optional(WORDS, "adjectives whose complement a modal reaches (must be ready to talk)"),
        "separable_particles": _optional(WORDS, "particles of a two-word verb cue that may follow its object (forced X out)"),
        "light_verbs": Key(WORDS, "light verbs whose object noun is the cue (express support)"),
        "prospect_modifiers": _optional(WORDS, "adjectives that make a hostile cue noun only possible, a threat (une possible intervention)"),
        "assurance_verbs": _optional(WORDS, "verbs whose object is assured of the cue noun in their of-complement (assured X of its support)"),
        "host_verbs": Key(WORDS, "verbs of hosting talks (host, convene)"),
        "negating_verbs": Key(WORDS, "verbs negating their complement (refuse, fail)"),
        "date_patterns": Key(WORDS, "regular expressions of dates in a sentence"),
        "reciprocal": Key(WORDS, "reciprocal phrases (each other)"),
        "transfer_objects": Key(WORDS, "objects of transfer cues (weapons, aid)"),
        "fallback_window": Key(INT, "tokens between a cue and an actor the fallback reader accepts"),
        "intent_verbs": Key(WORDS, "verbs of intent above a cue (offer, pledge)"),
        "suppress_xcomp_verbs": Key(WORDS, "verbs whose open complement is not an event (threaten)"),
        "hypothetical_nouns": Key(WORDS, "nouns of possibility governing a cue"),
        "suitability_adjectives": Key(WORDS, "adjectives of suitability governing a cue (conducive to talks)"),
        "precondition_nouns": _optional(WORDS, "nouns of preconditions of a cue (the conditions for talks)"),
        "fulfilment_verbs": _optional(WORDS, "verbs whose subject, a precondition noun, is met (are not met, réunies)"),
        "place_preps": Key(WORDS, "locative prepositions"),
        "first_person": Key(WORDS, "first-person pronouns"),
        "speech_nouns": Key(WORDS, "nouns of statements"),
        "accuse_preps": Key(WORDS, "prepositions of what an actor is accused of"),
        "adjunct_preps": Key(WORDS, "prepositions of temporal and concessive adjuncts"),
        "invitation_verbs": _optional(WORDS, "requests that are appeals whatever they ask (invite X to withdraw)"),
        "mediating_requests": Key(WORDS, "requests that are mediation (invite, convene)"),
        "litotes_verbs": Key(WORDS, "verbs of litotes with a negator (not hide its support)"),
        "population_source_relations": Key(WORDS, "relations whose source may be a population"),
        "population_target_relations": Key(WORDS, "relations whose target may be a population"),
        "cut_objects": Key(WORDS, "objects of cut cues (aid, supplies)"),
        "protest_note_verbs": Key(WORDS, "verbs of lodging a protest note"),
        "complement_target_verbs": Key(WORDS, "verbs whose complement carries the target"),
        "irrealis_heads": Key(WORDS, "heads of irrealis clauses (hope, fear)"),
        "deliberation_heads": _optional(WORDS, "heads of an infinitive only weighed (consider sending, envisager de)"),
        "that_marks": _optional(WORDS, "words opening a that-clause (its demand today that X end)"),
        "state_participles": _optional(WORDS, "participles of a standing state, no event on a noun (the occupied X)"),
        "arrival_verbs": _optional(WORDS, "verbs of arriving: their subject is what is delivered (peacekeepers arrived in X)"),
        "arrival_things": _optional(WORDS, "what arrives as aid (peacekeepers, aid, arms; not troops alone)"),
        "arrival_target_preps": _optional(WORDS, "prepositions of the state an arrival is delivered to"),
        **{f"place_target_preps_{r}": Key(WORDS, f"prepositions of a place target of {r}")
           for r in ("attack", "aid", "appeal", "demand", "meet", "sanction", "concede", "mobilize", "retreat")},
        "place_target_preps_arrival": _optional(WORDS, "prepositions of a place an arrival is delivered to"),
        "inquiry_verbs": _optional(WORDS, "purposes that make a sending no aid (sent experts to investigate)"),
        "inversion_aux": Key(WORDS, "auxiliaries of conditional inversion (had it ...)"),
        "opinion_nouns": Key(WORDS, "nouns of commentators whose opinions are not events"),
        "according_words": Key(WORDS, "words of attribution (according to)"),
        "exit_words": Key(WORDS, "words of withdrawal from an agreement"),
        "until_marks": Key(WORDS, "subordinators of the 'until' frame"),
        "adjectival_passives": Key(WORDS, "adjectival passives taking a target (opposed to)"),
        "adjectival_passive_preps": Key(WORDS, "prepositions of adjectival passives"),
        "venue_nouns": _optional(WORDS, "nouns of gatherings whose place complement is where a verb acts, not whom (au sommet de Madrid)"),
        "place_preps_contracted": _optional(WORDS, "contracted forms of place prepositions (au, aux)"),
        "infinitive_sense_marks": _optional(WORDS, "marks of an infinitive that meet a sense's preposition whatever the verb (interdire de); others only for the verbs the sense names (encourage X to talk)"),
        "show_of_force_verbs": _optional(WORDS, "purposes of a deployment that show force against their object (deployed warships to deter X); another purpose's object is no mobilize target (to fight X, to protect X)"),
        "welcoming_adverbs": _optional(WORDS, "manner adverbs by which a host verb welcomes talks rather than hosts them (a accueilli favorablement la rencontre entre A et B: no mediation)"),
        "force_leaving_verbs": _optional(WORDS, "verbs of leaving that are a retreat only when forces leave (troops left X; a minister leaving X is none)"),
        "force_nouns": _optional(WORDS, "nouns that name armed forces as the subject of a force_leaving_verbs verb (force, troops)"),
        "order_target_preps_retreat": _optional(WORDS, "prepositions the word-order fallback may cross to a retreat's target (withdrew from X)"),
        "definite_determiners": Key(WORDS, "definite determiners"),
        "event_reference_nouns": _optional(WORDS, "generic act nouns that, definite or relativised, stand for the last event stated (the decision, a move that)"),
        "naming_verbs": Key(WORDS, "verbs of naming (call X a Y)"),
        "culprit_naming_verbs": _optional(WORDS, "verbs of naming a culprit that a negation word governs "
                                          "('without naming the perpetrator': no author, graph/events/references.py)"),
        "attack_instruments": _optional(WORDS, "weapons: as an attack verb's subject or agent, no new attacker (hit by missiles)"),
        "performing_verbs": Key(WORDS, "verbs of performing an event noun (launch an attack)"),
        "receiver_verbs": Key(WORDS, "verbs whose subject receives an event noun (face sanctions)"),
        "hostile_preps": Key(WORDS, "prepositions of hostility (against)"),
        "together_words": Key(WORDS, "adverbs of joint action (together)"),
        "denied_nouns": _optional(WORDS, "objects of a denial that answer an accusation (involvement, links, claim)"),
        "purpose_marks": _optional(WORDS, "marks of a purpose clause that can choose a verb's sense (called X to discuss)"),
        "clause_subject_marks": _optional(WORDS, "marks that open a clause with its own subject on a noun (the need for X to talk)"),
        "force_entering_verbs": _optional(WORDS, "verbs of entering that are an attack only with armed forces as subject (troops entered X)"),
        "helping_verbs": _optional(WORDS, "verbs of a purpose that makes an entry of forces no attack (entered X to help)"),
        "private_addressees": _optional(WORDS, "nouns of private people and firms a request may be made to (urged its nationals to leave X): no diplomatic addressee"),
        "member_group_nouns": _optional(WORDS, "nouns of coalitions whose listed members ally with them (the coalition includes A)"),
        "together_modifiers": _optional(WORDS, "adjectives of joint action on a cue noun (a joint operation)"),
        "state_phrases": _optional(WORDS, "preposition and noun of a state the copula's subject is in (at war)"),
        "combat_objects": Key(WORDS, "objects of combat cues (war, battle)"),
        "peace_plan_nouns": Key(WORDS, "nouns of peace plans"),
        "plan_content_verbs": Key(WORDS, "verbs by which a plan foresees its content (provides for talks): no event"),
        "truce_words": Key(WORDS, "words of truces"),
        "plan_receiving_verbs": Key(WORDS, "verbs of receiving a plan (accept, consider)"),
        "time_clause_words": _optional(WORDS, "words opening a time clause (when, lorsque): its actors are no word-order target of the cue above"),
        "chairing_verbs": _optional(WORDS, "mediation verbs that also mean heading a body (chair): an organisation as their object is the body, not a side"),
        "commissive_verbs": Key(WORDS, "verbs of commitment (vow, pledge)"),
        "commissive_nouns": _optional(WORDS, "'verb noun' lemmas whose infinitive is a commitment ('reserve right': 'reserved the right to retaliate against X' is a threat, graph/events/extract.py)"),
        "refusal_aux": _optional(WORDS, "auxiliaries of the future or conditional that make a negated cooperative cue an announced refusal (will not support X: reject; graph/events/refusals.py)"),
        "announcing_verbs": _optional(WORDS, "speech verbs whose that-clause in the reported future is an announcement (said X would meet Y: stated; graph/events/conditions.py)"),
        "announcing_aux": _optional(WORDS, "auxiliaries of the reported future (would) such a clause may carry"),
        "announcing_morph": _optional(WORDS, "verb features 'Feature=Value' of the reported future on the clause verb itself (qu'elle rencontrerait X: Mood=Cnd), not on an auxiliary (aurait rencontré: hearsay)"),
        "possibility_verbs": _optional(WORDS, "modal verbs whose conditional makes their infinitive a possibility (pourrait rencontrer X, devrait signer: no event)"),
        "owned_sense_cues": _optional(WORDS, "cues whose object sense rows hold only for the subject's own object, with a possessive or a with-complement (dénoncer ses accords avec X: an ending, not a condemnation)"),
        "perfect_aux": _optional(WORDS, "auxiliaries of the perfect (have): with the reported future, a counterfactual (would have sent)"),
        "restrictive_adverbs": _optional(WORDS, "adverbs that make a reported future a condition (would only meet X in Y: no announcement)"),
        "trait_verbs": _optional(WORDS, "verbs through which a subject bears a trait noun (bore the hallmarks of X: the trait frame)"),
        "trait_preps": _optional(WORDS, "prepositions of a trait noun naming who did the thing (of)"),
        "reply_verbs": _optional(WORDS, "reply verbs (retaliate, respond) whose manner gerund states the act: it yields the event and takes the reply's target"),
        "manner_preps": _optional(WORDS, "prepositions of a manner gerund (by expelling)"),
        "schedule_words": _optional(WORDS, "words setting a reported clause in time (next, tomorrow, weekdays, months): another party's reported 'would' so set is a schedule, stated"),
        "occasion_preps": _optional(WORDS, "words opening the occasion a hostile act answers (after, following): who acts in it is the target of an act with none"),
        "reply_nouns": _optional(WORDS, "nouns of a reply phrase (in response to, in retaliation for): who acts in what it answers is the target of an act with none"),
        "continuation_words": _optional(WORDS, "words continuing talks stated before (further, next round): a hosted talks noun so marked takes their parties as sides"),
        "experiencer_passives": _optional(WORDS, "verbs of feeling whose passive subject feels toward the agent (X was disappointed by Y): source and target swap"),
        "experiencer_preps": _optional(WORDS, "prepositions naming what a passive verb of feeling is felt toward (by, with, at)"),
        "refusal_morph": _optional(WORDS, "verb features 'Feature=Value' of the future or conditional that do the same (ne soutiendra pas X)"),
        "refusal_blockers": _optional(WORDS, "words right after a negator that make it no negation of the verb (not only)"),
        "sending_verbs": _optional(WORDS, "verbs of sending or naming an envoy, who then acts for the sender"),
        "lemma_repairs": _optional(WORDS, "regular lemma endings 'form:lemma' tried on unknown verbs"),
        "conditional_endings": _optional(WORDS, "conditional endings after the infinitive: an imperfect-tagged verb so formed is a conditional (imposer-ait)"),
        "adjective_repairs": _optional(WORDS, "regular adjective endings 'form:lemma' tried on a judging word tagged as a noun (after a role preposition, after de on a naming verb's object, or with a copula)"),
        "lemma_fixes": _optional(WORDS, "word forms the lemmatiser gets wrong 'form:lemma' (staged:stage)"),
        "reflexive_clitics": _optional(WORDS, "reflexive clitics of pronominal verbs read as active (se)"),
        "reflexive_active_labels": _optional(WORD_MAP, "passive label -> active label for pronominal verbs"),
        "keep_hyphenated_names": _optional(BOOL, "hyphenated actor names are kept as one token (Royaume-Uni)"),
        "pair_compound_pattern": _optional(TEXT, "regular expression of a pair compound kept as one token (russo-ukrainiens)"),
        "line_sentence_starts": _optional(BOOL, "a line break starts a sentence for the parser (headlines, captions with no full stop; graph/nlp/lines.py)"),
        "subject_sense_verbs": _optional(WORDS, "verbs whose sense rows also read the subject noun (target, viser: \"US sanctions target X\" is a sanction)"),
        "relative_head_repair": _optional(BOOL, "a main verb hung under a relative clause after a comma goes back to the root noun, its subject (graph/nlp/relatives.py)"),
        "quoted_participle_agreement": _optional(BOOL, "a participle after a closing quote modifies the nearest agreeing noun of the quote (graph/nlp/quoted.py)"),
        "run_on_openers": _optional(WORDS, "capitalised articles that open a sentence when a heading runs into it with no stop (la crise Des entretiens; graph/nlp/lines.py)"),
        "raising_adjectives": _optional(WORDS, "adjectives whose infinitive's doer is the copula's subject (is due to arrive)"),
        "alleging_verbs": _optional(WORDS, "naming verbs that allege the act they name (what X called an attack by Y); not judgements (consider, deem)"),
        "free_relative_words": _optional(WORDS, "words of a free relative object (what X said was an attack by Y: an accusation)"),
        "travel_verbs": _optional(WORDS, "light verbs of travel whose destination is a place target of their noun only (flew to X for talks)"),
        "nominal_verb_tags": _optional(WORDS, "verb tags 'VBZ:NNS' that are nouns in an object role (graph/nlp/mistagged.py)"),
        "headline_verb_tags": _optional(WORDS, "noun tags 'NNS:VBZ' that head a verbless clause as a cue verb"),
        "title_verb_forms": _optional(WORDS, "verb endings and tags 's:VBZ' of a capitalised cue heading a title-cased verbless headline (graph/nlp/mistagged.py)"),
        "title_name_heads": _optional(WORDS, "words that make a capitalised cue before them part of a name (Support Group), not a headline's verb"),
        "clause_verb_tags": _optional(WORDS, "parts of speech that are verbs when they head a clause (ADJ, NOUN)"),
        "participle_clitics": _optional(WORD_MAP, "object clitics before a participle after a comma -> their role in dependency_roles (lui reprochant: indirect_object)"),
        "participle_endings": _optional(WORDS, "endings of the present participle that clitic repairs read (ant)"),
        "time_object_words": _optional(WORDS, "time nouns the parser may hang a verb's object on (a annoncé dimanche le rappel de ...; graph/nlp/time_objects.py)"),
        "gerund_marks": _optional(WORDS, "words right before a gerund (en menaçant X): a participle there with an object is a verb (graph/nlp/participles.py)"),
        "split_subject_coordinators": _optional(WORDS, "coordinators between two subjects the parser hung apart (et)"),
        "consequence_marks": _optional(WORDS, "phrases that open what follows a refused demand (faute de quoi, failing which): a conflictual act there is a threat (graph/events/clauses.py)"),
        "split_tense_auxiliaries": _optional(WORDS, "forms of tense auxiliaries an aside between commas may cut from their participle (a, selon X, condamné; graph/nlp/tenses.py)"),
        "hung_future_endings": _optional(WORDS, "endings of the future tense (voyagera): a word with one hung on a sentence-opening subject is its verb (graph/nlp/hung_verbs.py)"),
        "hung_verb_homographs": _optional(WORDS, "verb forms the tagger reads as adjectives or adverbs (dément): right after a sentence-opening subject, the verb of the clause (graph/nlp/hung_verbs.py)"),
        "noun_preps": _optional(WORDS, "compound prepositions made of a case marker and a noun, before an of-phrase (au large de X): the of-phrase is their object"),
        "fronted_subject_repair": _optional(BOOL, "a coordinated subject the parser hung on a fronted complement after its comma is the verb's (graph/nlp/fronted.py)"),
        "incise_verbs": _optional(WORDS, "verbs opening an incise with a postposed subject, besides speech_verbs (a exigé la France)"),
        "incise_punctuation": _optional(WORDS, "marks right before an incise verb (, »)"),
        "inverted_clitics": _optional(WORDS, "subject clitics written after an incise verb (a-t-il déclaré: -il)"),
        "occurrence_verbs": _optional(WORDS, "verbs of an event taking place, whose between-list is the event's (talks took place between A and B)"),
        "occasion_words": _optional(WORDS, "words opening a fronted occasion (lors d'un entretien avec X, Y ...)"),
        "purpose_preps": _optional(WORDS, "prepositions of a purpose (sent envoys for talks)"),
        "with_preps": Key(WORDS, "prepositions of a with-complement (with)"),
        "adverb_preps": Key(WORDS, "compound prepositions the tagger reads as adverbs, whose complement hangs on them (vis-à-vis)"),
        "copulas": Key(WORDS, "copulas of the predicate frame (X is illegal)"),
        "consequence_target_preps": _optional(WORDS, "prepositions naming whom consequences fall on when the consequence verb's subject names no actor (would have consequences for X)"),
        "consequence_verbs": Key(WORDS, "verbs of the consequence frame (X's move will have consequences)"),
        "object_control_verbs": Key(WORDS, "verbs whose object does their open complement (urged X to talk; "
                                    "other verbs: the subject does)"),
        "topic_verbs": Key(WORDS, "symmetric verbs whose object is the topic, never the other side (discussed X's plan)"),
        "request_phrase_nouns": _optional(WORDS, "nouns of a phrase naming who asked for an act (met at the request of X): no side of a symmetric cue"),
        "request_phrase_preps": _optional(WORDS, "prepositions of such a phrase (at the request of X, à la demande de X): its noun is no appeal"),
        "request_nouns": Key(WORDS, "nouns whose purpose_preps complement is asked, not stated (calls for a truce)"),
        "noun_of_role": Key(WORDS, "how an action noun's of-phrase reads: target or source"),
        "ending_nouns": _optional(WORDS, "nouns of ending whose complement goes on, even inside a request (an end to the raids)"),
        "ending_verbs": _optional(WORDS, "verbs whose hostile object noun is ended, no act (ended its strikes on X)"),
        "patient_of_nouns": _optional(WORDS, "action nouns whose of-phrase undergoes them where noun_of_role is source (l'expulsion de X)"),
        "according_preps": Key(WORDS, "prepositions after the words of attribution (according to)"),
        "co_agent_words": Key(WORDS, "words before an actor who acts with the subject (together with)"),
        "role_preps": Key(WORDS, "prepositions of the role a subject acts in (serve as; described X as illegal)"),
        "naming_preps": _optional(WORDS, "prepositions a naming verb puts before its judgement, and only a naming verb (tenir X pour responsable)"),
        "dependency_roles": Key(WORDS_MAP, "dependency role -> the labels of the language's parser for it "
                                "(roles: graph/data/dependency_roles.tsv)", fields=lambda: tuple(dependency_roles())),
    },
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
        "attack_verbs": Key(WORDS, "verbs whose subject performs the attack noun they take as object (launch an offensive)"),
        "continuation_verbs": Key(WORDS, "verbs of a quotation continuing its speaker's last one (he added, a-t-il poursuivi)"),
        "aim_verbs": Key(WORDS, "verbs of aiming: followed by a particle and a verb they state a purpose, not an attack (aims to, vise à)"),
        "aim_particles": Key(WORDS, "particles between a verb of aiming and the verb of its purpose (to, at, à)"),
        "appeal_topics": Key(WORDS, "what a call for calm asks for: with no addressee, an appeal to both sides (restraint, calm, dialogue)"),
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
        "located_prepositions": _optional(WORDS, "place prepositions that stay locative under a verb of communication or firing"),
        "place_followers": _optional(WORDS, "words after which a capital is a place"),
        "place_compounds": _optional(WORDS, "words joined to a name by a hyphen that make it a place (London-based)"),
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
        "office_verbs": _optional(WORDS, "verbs of holding an office in a person's relative clause ('X, who "
                                  "leads the AU panel': the AU, graph/actors/described.py)"),
        "place_locutions": _optional(WORDS, "words before an of-word that make a place preposition of "
                                     "them ('à l'intérieur de X', 'inside of X': a place, graph/actors/compose.py)"),
        "region_group_nouns": _optional(WORDS, "plural nouns of a region's states as a group ('Southeast "
                                        "Asian nations': the region's organisation when named, "
                                        "graph/actors/region_groups.py)"),
        "fighter_nouns": _optional(WORDS, "plural nouns of fighters named by the place they hold ('militants in <place>', graph/actors/held_places.py)"),
        "former_words": _optional(WORDS, "words of a past office before a title ('former', 'ancien'): the title does not pick the person's role, graph/actors/titled_roles.py"),
        "people_group_nouns": _optional(WORDS, "plural nouns of several bodies of a people ('Kurdish groups': no one group, graph/actors/ambiguous.py)"),
        "retort_particles": _optional(WORDS, "particles of a retort on a verb ('hit back at X': X is an actor, no place, graph/actors/compose.py)"),
        "representation_nouns": _optional(WORDS, "nouns of a diplomat posted somewhere ('ambassador to the UN')"),
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
