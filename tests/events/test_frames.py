"""Unit tests of the frame handlers on hand-built Docs (no statistical model): each handler's
reading of a few sentences of different shapes, pinned exactly."""

from __future__ import annotations

import pytest

from graph.events.frames import HANDLERS, frame, read_frame
from graph.events.lexicon import FRAMES

from handbuilt import coded, context, parse

CHILE_CONDEMNED_PERU = ["Chile 1 nsubj PROPN", "condemned 1 ROOT VERB condemn", "Peru 1 dobj PROPN", ". 1 punct PUNCT"]


def read(rows, i, frame_name, relation, pos="VERB", lang="en"):
    return read_frame(context(parse(rows, lang), i, frame_name, relation, pos, lang))


def test_every_frame_of_the_lexicon_has_one_handler():
    assert sorted(HANDLERS) == sorted(FRAMES)
    with pytest.raises(ValueError, match="registered twice"):
        frame("svo")(lambda ctx: None)


# -- ordinary ------------------------------------------------------------------------------
def test_svo_active_passive_and_noun():
    r = read(CHILE_CONDEMNED_PERU, 1, "svo", "condemn")
    assert coded(r) == {("CHL", "condemn", "PER")} and not r.guessed
    passive = ["Peru 2 nsubjpass PROPN", "was 2 auxpass AUX be", "condemned 2 ROOT VERB condemn VBN",
               "by 2 agent ADP", "Chile 3 pobj PROPN", ". 2 punct PUNCT"]
    assert coded(read(passive, 2, "svo", "condemn")) == {("CHL", "condemn", "PER")}
    noun = ["Chile 2 poss PROPN", "'s 0 case PART", "support 2 ROOT NOUN", "for 2 prep ADP", "Peru 3 pobj PROPN"]
    assert coded(read(noun, 2, "svo", "support", "NOUN")) == {("CHL", "support", "PER")}


def test_svo_takes_the_nearest_mention_when_the_parse_gives_no_subject():
    rows = ["Chile 1 compound PROPN", "today 2 npadvmod NOUN", "condemned 2 ROOT VERB condemn",
            "Peru 2 dobj PROPN", ". 2 punct PUNCT"]
    r = read(rows, 2, "svo", "condemn")
    assert coded(r) == {("CHL", "condemn", "PER")} and r.guessed


def test_svo_keeps_an_against_complement_from_being_helped():
    rows = ["Chile 1 nsubj PROPN", "supported 1 ROOT VERB support", "Norway 1 dobj PROPN",
            "against 1 prep ADP", "Peru 3 pobj PROPN", ". 1 punct PUNCT"]
    assert coded(read(rows, 1, "svo", "support")) == {("CHL", "support", "NOR")}


def test_accuse_reads_the_accused_in_the_over_complement():
    rows = ["Ghana 1 nsubj PROPN", "complained 1 ROOT VERB complain", "over 1 prep ADP",
            "Togo 2 pobj PROPN", ". 1 punct PUNCT"]
    assert coded(read(rows, 1, "accuse", "accuse")) == {("GHA", "accuse", "TGO")}


def test_protest_note_is_a_condemnation_and_a_street_protest_is_not():
    note = ["Chile 1 nsubj PROPN", "lodged 1 ROOT VERB lodge", "a 3 det DET", "protest 1 dobj NOUN",
            "with 1 prep ADP", "Peru 4 pobj PROPN", ". 1 punct PUNCT"]
    assert {rel for _, rel, _ in coded(read(note, 3, "svo", "protest", "NOUN"))} == {"condemn"}
    verb = ["Chile 1 nsubj PROPN", "protested 1 ROOT VERB protest", "against 1 prep ADP",
            "Peru 2 pobj PROPN", ". 1 punct PUNCT"]
    assert coded(read(verb, 1, "svo", "protest")) == {("CHL", "protest", "PER")}


# -- requests ------------------------------------------------------------------------------
URGED = ["Norway 1 nsubj PROPN", "urged 1 ROOT VERB urge", "Sudan 1 dobj PROPN", "to 4 aux PART",
         "{verb} 1 xcomp VERB {lemma} VB", ". 1 punct PUNCT"]


def urged(verb, lemma):
    return [r.format(verb=verb, lemma=lemma) for r in URGED]


def test_request_is_a_demand_or_an_appeal_by_its_complement():
    assert coded(read(urged("withdraw", "withdraw"), 1, "request", "appeal")) == {("NOR", "demand", "SDN")}
    assert coded(read(urged("negotiate", "negotiate"), 1, "request", "appeal")) == {("NOR", "appeal", "SDN")}
    assert coded(read(urged("vote", "vote"), 1, "request", "appeal")) == {("NOR", "appeal", "SDN")}


def test_invitation_of_two_sides_is_a_mediation():
    rows = ["Norway 1 nsubj PROPN", "invited 1 ROOT VERB invite", "Sudan 1 dobj PROPN", "and 2 cc CCONJ",
            "Chad 2 conj PROPN", "to 1 prep ADP", "talks 5 pobj NOUN talk", ". 1 punct PUNCT"]
    assert coded(read(rows, 1, "request", "appeal")) == {("NOR", "mediate", "SDN"), ("NOR", "mediate", "TCD")}


def test_request_addressee_is_the_subject_of_a_that_clause():
    rows = ["Norway 1 nsubj PROPN", "demanded 1 ROOT VERB demand", "that 4 mark SCONJ", "Sudan 4 nsubj PROPN",
            "withdraw 1 ccomp VERB withdraw VB", ". 1 punct PUNCT"]
    assert coded(read(rows, 1, "request", "demand")) == {("NOR", "demand", "SDN")}


MUST = ["Norway 1 nsubj PROPN", "said 1 ROOT VERB say", "Sudan 4 nsubj PROPN", "must 4 aux AUX",
        "{verb} 1 ccomp VERB {verb} VB", ". 1 punct PUNCT"]


def test_must_under_a_speech_verb_is_a_demand_or_an_appeal():
    withdraw = [r.format(verb="withdraw") for r in MUST]
    assert coded(read(withdraw, 4, "must", "demand")) == {("NOR", "demand", "SDN")}
    talk = [r.format(verb="negotiate") for r in MUST]
    assert coded(read(talk, 4, "must", "demand")) == {("NOR", "appeal", "SDN")}


def test_must_without_a_modal_does_not_apply():
    rows = ["Norway 1 nsubj PROPN", "said 1 ROOT VERB say", "Sudan 3 nsubj PROPN",
            "withdrew 1 ccomp VERB withdraw", ". 1 punct PUNCT"]
    assert read(rows, 3, "must", "demand") is None


def test_until_sets_a_condition_on_the_subject_of_the_clause():
    rows = ["Chad 3 nsubj PROPN", "will 3 aux AUX", "not 3 neg PART", "stop 3 ROOT VERB stop VB",
            "until 6 mark SCONJ", "Sudan 6 nsubj PROPN", "withdraws 3 advcl VERB withdraw VBZ", ". 3 punct PUNCT"]
    assert coded(read(rows, 6, "until", "demand")) == {("TCD", "demand", "SDN")}


# -- symmetric -----------------------------------------------------------------------------
def test_sym_verb_and_hosted_talks_between_two_sides():
    met = ["Chile 1 nsubj PROPN", "met 1 ROOT VERB meet", "Peru 1 dobj PROPN", ". 1 punct PUNCT"]
    assert coded(read(met, 1, "sym", "meet")) == {("CHL", "meet", "PER")}
    hosted = ["Norway 1 nsubj PROPN", "hosted 1 ROOT VERB host", "talks 1 dobj NOUN talk", "between 2 prep ADP",
              "Chile 3 pobj PROPN", "and 4 cc CCONJ", "Peru 4 conj PROPN", ". 1 punct PUNCT"]
    assert coded(read(hosted, 2, "sym", "meet", "NOUN")) == {
        ("CHL", "meet", "PER"), ("NOR", "mediate", "CHL"), ("NOR", "mediate", "PER")}


def test_sym_takes_the_with_complement_as_the_other_side():
    rows = ["Chile 1 nsubj PROPN", "discussed 1 ROOT VERB discuss", "trade 1 dobj NOUN", "with 1 prep ADP",
            "Peru 3 pobj PROPN", ". 1 punct PUNCT"]
    assert coded(read(rows, 1, "sym", "meet")) == {("CHL", "meet", "PER")}


CLASHED = ["Chile 3 nsubj PROPN", "and 0 cc CCONJ", "Peru 0 conj PROPN", "{verb} 3 ROOT VERB {lemma}"]


def test_sym_attack_states_both_directions():
    rows = [r.format(verb="clashed", lemma="clash") for r in CLASHED] + [". 3 punct PUNCT"]
    assert coded(read(rows, 3, "sym_attack", "attack")) == {("CHL", "attack", "PER"), ("PER", "attack", "CHL")}


def test_co_fighters_fight_someone_else_and_cooperate_when_together():
    base = [r.format(verb="fought", lemma="fight") for r in CLASHED] + ["the 5 det DET", "rebels 3 dobj NOUN rebel"]
    assert coded(read(base + [". 3 punct PUNCT"], 3, "sym_attack", "attack")) == set()
    together = base + ["together 3 advmod ADV", ". 3 punct PUNCT"]
    assert coded(read(together, 3, "sym_attack", "attack")) == {("CHL", "cooperate", "PER")}


def test_with_needs_a_with_complement():
    rows = ["Chile 1 nsubj PROPN", "spoke 1 ROOT VERB speak", "with 1 prep ADP", "Peru 2 pobj PROPN", ". 1 punct PUNCT"]
    assert coded(read(rows, 1, "with", "meet")) == {("CHL", "meet", "PER")}
    alone = ["Chile 1 nsubj PROPN", "spoke 1 ROOT VERB speak", "to 1 prep ADP", "Peru 2 pobj PROPN", ". 1 punct PUNCT"]
    assert coded(read(alone, 1, "with", "meet")) == set()


def test_with_reads_the_french_avec():
    rows = ["Le 1 det DET le", "Chili 3 nsubj PROPN chili", "a 3 aux AUX avoir", "parlé 3 ROOT VERB parler",
            "avec 5 case ADP", "Peru 3 obl:arg PROPN", ". 3 punct PUNCT"]
    assert coded(read(rows, 3, "with", "meet", lang="fr")) == set()  # "Chili" is no actor here
    rows[1] = "Chile 3 nsubj PROPN"
    assert coded(read(rows, 3, "with", "meet", lang="fr")) == {("CHL", "meet", "PER")}


# -- mediation -----------------------------------------------------------------------------
def test_mediate_between_two_sides():
    rows = ["Norway 1 nsubj PROPN", "mediated 1 ROOT VERB mediate", "between 1 prep ADP", "Chile 2 pobj PROPN",
            "and 3 cc CCONJ", "Peru 3 conj PROPN", ". 1 punct PUNCT"]
    assert coded(read(rows, 1, "mediate", "mediate")) == {("NOR", "mediate", "CHL"), ("NOR", "mediate", "PER")}


def test_under_the_auspices_of_a_mediator():
    rows = ["Chile 3 nsubj PROPN", "and 0 cc CCONJ", "Peru 0 conj PROPN", "met 3 ROOT VERB meet",
            "under 3 prep ADP", "the 6 det DET", "auspices 4 pobj NOUN auspices NNS", "of 6 prep ADP",
            "Norway 7 pobj PROPN", ". 3 punct PUNCT"]
    assert coded(read(rows, 6, "under", "mediate", "NOUN")) == {("NOR", "mediate", "CHL"), ("NOR", "mediate", "PER")}
    assert coded(read(rows, 6, "mediate", "mediate", "NOUN")) == {("NOR", "mediate", "CHL"), ("NOR", "mediate", "PER")}


def test_peace_plan_weighed_by_the_two_sides():
    rows = ["Chile 4 nsubj PROPN", "and 0 cc CCONJ", "Peru 0 conj PROPN", "are 4 aux AUX be",
            "considering 4 ROOT VERB consider VBG", "Egypt 8 poss PROPN", "'s 5 case PART", "truce 8 compound NOUN",
            "proposal 4 dobj NOUN", ". 4 punct PUNCT"]
    assert coded(read(rows, 8, "mediate", "mediate", "NOUN")) == {("EGY", "mediate", "CHL"), ("EGY", "mediate", "PER")}
    rows[7] = "trade 8 compound NOUN"  # a plan about something else: no cue (see the extractor), no sides here
    assert coded(read(rows, 8, "mediate", "mediate", "NOUN")) == {("EGY", "mediate", "CHL"), ("EGY", "mediate", "PER")}
    rows[5] = "Chile 8 poss PROPN"  # a side's own plan mediates nothing
    assert coded(read(rows, 8, "mediate", "mediate", "NOUN")) == set()


# -- transfer and cut ----------------------------------------------------------------------
SENT = ["Chile 1 nsubj PROPN", "sent 1 ROOT VERB send", "{thing} 1 dobj NOUN {lemma}", "to 1 prep ADP",
        "Peru 3 pobj PROPN", ". 1 punct PUNCT"]


def test_transfer_is_aid_only_for_things_that_help():
    weapons = [r.format(thing="weapons", lemma="weapon") for r in SENT]
    assert coded(read(weapons, 1, "transfer", "aid")) == {("CHL", "aid", "PER")}
    letter = [r.format(thing="letters", lemma="letter") for r in SENT]
    assert read(letter, 1, "transfer", "aid") is None  # no reading: the word's other rows are tried


def test_cut_of_a_cooperative_thing_is_a_sanction_and_of_anything_else_no_reading():
    aid = ["Chile 1 nsubj PROPN", "suspended 1 ROOT VERB suspend", "its 3 poss PRON its PRP$", "aid 1 dobj NOUN",
           "to 3 prep ADP", "Peru 4 pobj PROPN", ". 1 punct PUNCT"]
    assert coded(read(aid, 1, "cut", "sanction")) == {("CHL", "sanction", "PER")}
    offensive = ["Chile 1 nsubj PROPN", "halted 1 ROOT VERB halt", "the 3 det DET", "offensive 1 dobj NOUN",
                 ". 1 punct PUNCT"]
    assert read(offensive, 1, "cut", "sanction") is None


# -- judgements ----------------------------------------------------------------------------
def test_predicate_judges_the_owner_of_the_thing_judged():
    deemed = ["Chile 1 nsubj PROPN", "deemed 1 ROOT VERB deem", "Peru 4 poss PROPN", "'s 2 case PART",
              "offensive 1 dobj NOUN", "illegal 1 oprd ADJ", ". 1 punct PUNCT"]
    assert coded(read(deemed, 5, "predicate", "condemn", "ADJ")) == {("CHL", "condemn", "PER")}
    amod = ["Chile 1 nsubj PROPN", "condemned 1 ROOT VERB condemn", "the 4 det DET", "illegal 4 amod ADJ",
            "offensive 1 dobj NOUN", "by 4 prep ADP", "Peru 5 pobj PROPN", ". 1 punct PUNCT"]
    assert coded(read(amod, 3, "predicate", "condemn", "ADJ")) == {("CHL", "condemn", "PER")}


def test_predicate_noun_counts_only_as_what_someone_is_called():
    called = ["Chile 1 nsubj PROPN", "called 1 ROOT VERB call", "Peru 1 dobj PROPN", "an 4 det DET",
              "aggressor 1 oprd NOUN", ". 1 punct PUNCT"]
    assert coded(read(called, 4, "predicate", "condemn", "NOUN")) == {("CHL", "condemn", "PER")}
    met = ["Chile 1 nsubj PROPN", "met 1 ROOT VERB meet", "Peru 1 dobj PROPN", "an 4 det DET",
           "aggressor 1 npadvmod NOUN", ". 1 punct PUNCT"]
    assert read(met, 4, "predicate", "condemn", "NOUN") is None  # not a judgement: the word's next frame


def test_prospect_of_leaving_is_a_threat_to_what_is_left():
    rows = ["Chile 2 poss PROPN", "'s 0 case PART", "prospect 2 ROOT NOUN", "of 2 prep ADP",
            "leaving 3 pcomp VERB leave VBG", "NATO 4 dobj PROPN", ". 2 punct PUNCT"]
    assert coded(read(rows, 2, "prospect", "threaten", "NOUN")) == {("CHL", "threaten", "NATO")}
    rows[4] = "joining 3 pcomp VERB join VBG"
    assert coded(read(rows, 2, "prospect", "threaten", "NOUN")) == set()


# -- judging adjectives and consequences (round 6) -------------------------------------------
def test_predicate_judging_adjective_after_as_and_in_a_small_clause():
    after_as = ["Chile 1 nsubj PROPN", "described 1 ROOT VERB describe", "Peru 4 poss PROPN", "'s 2 case PART",
                "actions 1 dobj NOUN action", "as 4 prep ADP", "reckless 5 amod ADJ", ". 1 punct PUNCT"]
    assert coded(read(after_as, 6, "predicate", "condemn", "ADJ")) == {("CHL", "condemn", "PER")}
    after_as[1] = "met 1 ROOT VERB meet"  # "as" on a verb that names nothing: no judgement
    assert read(after_as, 6, "predicate", "condemn", "ADJ") is None
    small = ["Chile 1 nsubj PROPN", "branded 1 ROOT VERB brand", "Peru 4 poss PROPN", "'s 2 case PART",
             "action 5 nsubj NOUN", "unlawful 1 ccomp ADJ", ". 1 punct PUNCT"]
    assert coded(read(small, 5, "predicate", "condemn", "ADJ")) == {("CHL", "condemn", "PER")}
    held = ["Chile 1 nsubj PROPN", "held 1 ROOT VERB hold", "Peru 1 dobj PROPN", "responsible 1 oprd ADJ",
            ". 1 punct PUNCT"]
    assert coded(read(held, 3, "predicate", "accuse", "ADJ")) == {("CHL", "accuse", "PER")}


def test_consequence_is_a_threat_of_the_speaker_unless_past():
    rows = ["Chile 1 nsubj PROPN", "said 1 ROOT VERB say", "Peru 4 poss PROPN", "'s 2 case PART",
            "move 6 nsubj NOUN", "will 6 aux AUX", "have 1 ccomp VERB have VB", "consequences 6 dobj NOUN consequence",
            ". 1 punct PUNCT"]
    assert coded(read(rows, 7, "consequence", "threaten", "NOUN")) == {("CHL", "threaten", "PER")}
    rows[5], rows[6] = "so 6 advmod ADV", "had 1 ccomp VERB have VBD Tense=Past"
    assert read(rows, 7, "consequence", "threaten", "NOUN") is None  # a past consequence is a fact


# -- stance agent nouns ----------------------------------------------------------------------
def test_agent_noun_in_apposition_after_a_copula_and_through_one_of():
    appos = ["Chile 5 nsubj PROPN", ", 0 punct PUNCT", "Peru 4 poss PROPN", "'s 2 case PART",
             "ally 0 appos NOUN", "met 5 ROOT VERB meet", "Mali 5 dobj PROPN", ". 5 punct PUNCT"]
    assert coded(read(appos, 4, "agent_noun", "cooperate", "NOUN")) == {("CHL", "cooperate", "PER")}
    copula = ["Chile 1 nsubj PROPN", "is 1 ROOT AUX be", "a 4 det DET", "fierce 4 amod ADJ",
              "critic 1 attr NOUN", "of 4 prep ADP", "Peru 5 pobj PROPN", ". 1 punct PUNCT"]
    assert coded(read(copula, 4, "agent_noun", "condemn", "NOUN")) == {("CHL", "condemn", "PER")}
    one_of = ["Chile 1 nsubj PROPN", "is 1 ROOT AUX be", "one 1 attr NUM", "of 2 prep ADP",
              "Peru 6 poss PROPN", "'s 4 case PART", "supporters 3 pobj NOUN supporter", ". 1 punct PUNCT"]
    assert coded(read(one_of, 6, "agent_noun", "support", "NOUN")) == {("CHL", "support", "PER")}


def test_agent_noun_describing_no_actor_leaves_the_word_to_its_next_frame():
    rows = ["the 1 det DET", "supporters 2 nsubj NOUN supporter", "marched 2 ROOT VERB march", "with 2 prep ADP",
            "Peru 3 pobj PROPN", ". 2 punct PUNCT"]
    assert read(rows, 1, "agent_noun", "support", "NOUN") is None
