"""Unit tests of the argument-linking mechanisms (graph/events/linking.py, arguments.py,
fallback.py) on hand-built Docs (no statistical model): co-agents, third-party negotiators,
conjuncts hung under an embedded clause, between lists with asides, that-clause targets and
relative pronouns the parser attached elsewhere. Each reading is pinned exactly."""

from __future__ import annotations

from graph.events.frames import read_frame

from handbuilt import coded, context, parse


def read(rows, i, frame_name, relation, pos="VERB", lang="en"):
    return read_frame(context(parse(rows, lang), i, frame_name, relation, pos, lang))


# -- co-agents -----------------------------------------------------------------------------
def test_a_co_agent_acts_with_the_subject_and_is_no_target():
    rows = ["Chile 1 nsubj PROPN", "condemned 1 ROOT VERB condemn", "Peru 1 dobj PROPN",
            "together 4 advmod ADV", "with 1 prep ADP", "Norway 4 pobj PROPN", ". 1 punct PUNCT"]
    assert coded(read(rows, 1, "svo", "condemn")) == {("CHL", "condemn", "PER"), ("NOR", "condemn", "PER")}


def test_a_french_co_agent_aux_cotes_de():
    rows = ["Chile 2 nsubj PROPN", "a 2 aux:tense AUX avoir", "condamné 2 ROOT VERB condamner",
            "Peru 2 obj PROPN", "aux 5 case ADP à", "côtés 2 obl NOUN côté", "de 7 case ADP",
            "Norway 5 nmod PROPN", ". 2 punct PUNCT"]
    assert coded(read(rows, 2, "svo", "condemn", lang="fr")) == {
        ("CHL", "condemn", "PER"), ("NOR", "condemn", "PER")}


def test_a_co_fighter_cooperates_and_a_backer_does_not():
    rows = ["Chile 1 nsubj PROPN", "attacked 1 ROOT VERB attack", "Mali 1 dobj PROPN", "alongside 1 prep ADP",
            "Peru 6 poss PROPN", "'s 4 case PART", "army 3 pobj NOUN", ". 1 punct PUNCT"]
    assert coded(read(rows, 1, "svo", "attack")) == {
        ("CHL", "cooperate", "PER"), ("CHL", "attack", "MLI"), ("PER", "attack", "MLI")}
    backed = ["Chile 1 nsubj PROPN", "attacked 1 ROOT VERB attack", "Mali 1 dobj PROPN", "with 1 prep ADP",
              "the 5 det DET", "support 3 pobj NOUN", "of 5 prep ADP", "Peru 6 pobj PROPN", ". 1 punct PUNCT"]
    assert ("CHL", "cooperate", "PER") not in coded(read(backed, 1, "svo", "attack"))


def test_a_cooperating_verb_takes_its_co_agent_as_partner():
    rows = ["Chile 1 nsubj PROPN", "worked 1 ROOT VERB work", "alongside 1 prep ADP", "Peru 2 pobj PROPN",
            ". 1 punct PUNCT"]
    assert coded(read(rows, 1, "sym", "cooperate")) == {("CHL", "cooperate", "PER")}


def test_co_mediators_are_never_each_others_targets():
    rows = ["The 1 det DET", "truce 3 nsubjpass NOUN", "was 3 auxpass AUX be",
            "brokered 3 ROOT VERB broker VBN", "by 3 agent ADP", "Chile 4 pobj PROPN",
            "together 7 advmod ADV", "with 3 prep ADP", "Norway 7 pobj PROPN", ". 3 punct PUNCT"]
    assert coded(read(rows, 3, "mediate", "mediate")) == set()


def test_a_third_party_negotiating_a_truce_between_two_sides_mediates():
    rows = ["Chile 1 nsubj PROPN", "negotiated 1 ROOT VERB negotiate", "a 3 det DET", "truce 1 dobj NOUN",
            "between 1 prep ADP", "Peru 4 pobj PROPN", "and 5 cc CCONJ", "Norway 5 conj PROPN",
            ". 1 punct PUNCT"]
    assert coded(read(rows, 1, "sym", "meet")) == {
        ("PER", "meet", "NOR"), ("CHL", "mediate", "PER"), ("CHL", "mediate", "NOR")}


# -- coordination under embedding ------------------------------------------------------------
SAID_MUST_HALT_AND_ACCUSED = [
    "Chile 1 nsubj PROPN", "said 1 ROOT VERB say VBD Tense=Past|VerbForm=Fin", "Peru 4 nsubj PROPN",
    "must 4 aux AUX must MD VerbForm=Fin", "halt 1 ccomp VERB halt VB VerbForm=Inf", "and 4 cc CCONJ",
    "accused 4 conj VERB accuse VBD Tense=Past|VerbForm=Fin", "Norway 6 dobj PROPN", ". 1 punct PUNCT"]


def test_a_finite_conjunct_under_an_embedded_modal_keeps_the_reporting_subject():
    assert coded(read(SAID_MUST_HALT_AND_ACCUSED, 6, "accuse", "accuse")) == {("CHL", "accuse", "NOR")}


def test_a_conjunct_of_the_same_tense_stays_in_the_embedded_clause():
    rows = list(SAID_MUST_HALT_AND_ACCUSED)
    rows[3] = "already 4 advmod ADV"
    rows[4] = "halted 1 ccomp VERB halt VBD Tense=Past|VerbForm=Fin"
    assert coded(read(rows, 6, "accuse", "accuse")) == {("PER", "accuse", "NOR")}


def test_a_french_compound_past_conjunct_under_an_imperfect_clause():
    rows = ["Chile 2 nsubj PROPN", "a 2 aux:tense AUX avoir - Tense=Pres|VerbForm=Fin",
            "déclaré 2 ROOT VERB déclarer - Tense=Past|VerbForm=Part", "que 5 mark SCONJ",
            "Peru 5 nsubj PROPN", "devait 2 ccomp VERB devoir - Tense=Imp|VerbForm=Fin",
            "cesser 5 xcomp VERB cesser - VerbForm=Inf", "et 9 cc CCONJ",
            "a 9 aux:tense AUX avoir - Tense=Pres|VerbForm=Fin",
            "accusé 5 conj VERB accuser - Tense=Past|VerbForm=Part", "Norway 9 obj PROPN", ". 2 punct PUNCT"]
    assert coded(read(rows, 9, "accuse", "accuse", lang="fr")) == {("CHL", "accuse", "NOR")}


# -- between lists, relatives, that-clauses ---------------------------------------------------
def test_the_side_after_an_aside_completes_a_between_list():
    rows = ["Fighting 10 nsubj VERB fight VBG", "between 0 prep ADP", "Chile 1 pobj PROPN", ", 0 punct PUNCT",
            "led 0 acl VERB lead VBN", "by 4 agent ADP", "Norway 5 pobj PROPN", ", 0 punct PUNCT",
            "and 0 cc CCONJ", "Peru 10 nsubj PROPN", "erupted 10 ROOT VERB erupt", ". 10 punct PUNCT"]
    assert coded(read(rows, 0, "sym_attack", "attack")) == {("CHL", "attack", "PER"), ("PER", "attack", "CHL")}


def test_a_relative_pronoun_hung_on_another_verb_stands_for_the_noun_before_it():
    rows = ["Chile 2 nsubj PROPN", "a 2 aux:tense AUX avoir", "condamné 2 ROOT VERB condamner",
            "Peru 2 obj PROPN", ", 2 punct PUNCT", "que 7 obj PRON que - PronType=Rel", "Norway 7 nsubj PROPN",
            "soutient 2 ccomp VERB soutenir", ". 2 punct PUNCT"]
    assert coded(read(rows, 7, "svo", "support", lang="fr")) == {("NOR", "support", "PER")}


def test_a_warning_names_the_target_of_the_speakers_own_announced_action():
    rows = ["Chile 1 nsubj PROPN", "warned 1 ROOT VERB warn", "that 5 mark SCONJ", "it 5 nsubj PRON",
            "would 5 aux AUX would MD", "answer 1 ccomp VERB answer VB", "any 7 det DET", "attack 5 dobj NOUN",
            "by 7 prep ADP", "Peru 8 pobj PROPN", ". 1 punct PUNCT"]
    assert coded(read(rows, 1, "svo", "threaten")) == {("CHL", "threaten", "PER")}


def test_a_warning_that_states_anothers_act_names_no_target():
    rows = ["Chile 1 nsubj PROPN", "warned 1 ROOT VERB warn", "that 4 mark SCONJ", "Peru 4 nsubj PROPN",
            "massed 1 ccomp VERB mass", "troops 4 dobj NOUN", ". 1 punct PUNCT"]
    assert coded(read(rows, 1, "svo", "threaten")) == set()


# -- roles wider than the labels they replaced (issue 12) -------------------------------------
def _hyphen_sides(rows, lang):
    from graph.events.linking import hyphen_pair
    doc = parse(rows, lang)
    noun = next(t for t in doc if t.dep_ == "ROOT")
    return sorted(m["code"] for m in hyphen_pair(context(doc, noun.i), noun))


def test_a_hyphenated_pair_the_parser_hangs_on_the_noun_as_a_foreign_name():
    # "les pourparlers Chile-Peru" with the pair hung on the noun as flat:foreign, or as flat:name;
    # "the Chile-Peru talks"
    foreign = ["les 1 det DET le", "pourparlers 1 ROOT NOUN pourparler", "Chile 1 flat:foreign PROPN",
               "- 4 punct PUNCT", "Peru 2 flat:name PROPN"]
    name = foreign[:2] + ["Chile 1 flat:name PROPN"] + foreign[3:]
    english = ["the 4 det DET", "Chile 4 compound PROPN", "- 3 punct PUNCT", "Peru 1 compound PROPN",
               "talks 4 ROOT NOUN talk"]
    assert _hyphen_sides(foreign, "fr") == _hyphen_sides(name, "fr") == _hyphen_sides(english, "en") == ["CHL", "PER"]
