"""The learned stance scorer (graph.events.scorer): candidates, features, decisions, training.

Sentences are our own; expected tuples are what a careful annotator writes under the guidelines.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc

from graph.errors import UsageError
from graph.events.component import EventComponent, add_event_component
from graph.events.scorer.candidates import candidates
from graph.events.scorer.features import dep_path, features, path_labels
from graph.families import relation_families
from graph.events.scorer.model import MODES, LinearScorer, decide, load_scorer, threshold_for
from graph.events.scorer.training import (DocData, Example, choose_thresholds, find_spans, fit, label_document,
                                          robust_gain, wilson,
                                          nested_predictions, weights)
from graph.relations import relations
from graph.nlp import load_pipeline
from graph.nlp.extensions import make_doc
from graph.resources import data_path

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"


def parse(text: str, lang: str = "en"):
    nlp = load_pipeline(lang)
    doc = nlp(make_doc(nlp, text, {"id": "t", "date": "2023-05-10", "language": lang, "title": None}))
    return doc, nlp.get_pipe("dipgraph_events").extractor


def labels(cands) -> set[tuple]:
    return {(c.source["code"], c.relation, c.target["code"], c.rule) for c in cands}


# -- candidates --------------------------------------------------------------------------
def test_candidates_pair_every_actor_around_a_cue_and_carry_the_rules_decision():
    doc, ex = parse("Chile condemned Peru and praised Ecuador.")
    got = labels(candidates(ex, doc, doc._.events))
    assert ("CHL", "condemn", "PER", "same") in got  # what the rules stated
    assert ("CHL", "condemn", "ECU", "other") in got  # the rules gave this pair another relation
    assert ("PER", "condemn", "CHL", "reverse") in got
    assert ("CHL", "support", "ECU", "same") in got
    assert all(s != t for s, _, t, _ in got)


def test_request_cues_offer_both_appeal_and_demand():
    doc, ex = parse("Norway urged Sudan to withdraw its troops from the border.")
    rels = {(c.source["code"], c.relation, c.target["code"]) for c in candidates(ex, doc, doc._.events)}
    assert {("NOR", "appeal", "SDN"), ("NOR", "demand", "SDN")} <= rels


def test_negated_hypothetical_and_questioned_cues_give_no_candidate():
    for text in ("Canada did not criticise Mexico.", "If Canada criticised Mexico, trade would suffer.",
                 "Did Canada criticise Mexico?"):
        doc, ex = parse(text)
        assert [c.label() for c in candidates(ex, doc, doc._.events) if c.relation == "condemn"] == [], text


def test_other_filters_become_flags_not_decisions():
    doc, ex = parse("Ghana accused Togo of shelling Benin.")  # the shelling is only alleged
    attack = [c for c in candidates(ex, doc, doc._.events) if c.relation == "attack"]
    assert attack and all("embedded" in c.flags for c in attack)


def test_symmetric_rule_events_match_either_direction():
    doc, ex = parse("Kenya and Uganda signed a trade agreement.")
    agree = [c for c in candidates(ex, doc, doc._.events) if c.relation == "agree"]
    assert agree and all(c.rule == "same" for c in agree)


def test_no_candidates_without_two_actors():
    doc, ex = parse("The talks were condemned yesterday.")
    assert candidates(ex, doc, doc._.events) == []


def test_extractor_keeps_no_document_after_candidates():
    doc, ex = parse("Chile condemned Peru.")
    candidates(ex, doc, doc._.events)
    assert not any(v is doc for v in vars(ex).values())


def context(text: str, lang: str = "en") -> dict[tuple, tuple]:
    """``(source, relation, target, segment) -> (n_segs, doc_rule)`` of every candidate of ``text``."""
    doc, ex = parse(text, lang)
    return {(c.source["code"], c.relation, c.target["code"], c.seg_no): (c.n_segs, c.doc_rule)
            for c in candidates(ex, doc, doc._.events)}


def test_document_context_counts_the_segments_repeating_a_tuple():
    got = context("Chile condemned Peru on Monday. On Friday Chile again condemned Peru over the border.")
    assert got[("CHL", "condemn", "PER", 0)][0] == 2 and got[("CHL", "condemn", "PER", 1)][0] == 2
    assert got[("CHL", "condemn", "PER", 0)][1] == "same"
    assert got[("PER", "condemn", "CHL", 0)] == (2, "other")  # the rules code the pair, not this direction


def test_document_context_in_french_and_for_symmetric_relations():
    got = context("Le Chili a condamné le Pérou lundi. Vendredi, le Chili a de nouveau condamné le Pérou.", "fr")
    assert got[("CHL", "condemn", "PER", 0)][0] == 2
    got = context("Kenya met Uganda in Nairobi. Later, Uganda met Kenya again in Kampala.")
    assert got[("KEN", "meet", "UGA", 0)][0] == 2 and got[("UGA", "meet", "KEN", 1)][0] == 2


def test_document_context_sees_the_rules_decision_in_other_sentences():
    got = context("Norway praised Sweden for its restraint. Sweden welcomed the Norwegian statement.")
    # the second sentence's reading Norway -> Sweden is not the rules' there, but it is in the first
    assert got[("NOR", "support", "SWE", 1)] == (2, "same")
    got = context("Norway praised Sweden for its restraint. Denmark criticised Finland.")
    assert got[("NOR", "support", "SWE", 0)] == (1, "same")
    assert got[("DNK", "condemn", "FIN", 1)] == (1, "same") and got[("FIN", "condemn", "DNK", 1)] == (1, "other")


# -- features ----------------------------------------------------------------------------
def test_dependency_path_goes_up_to_the_common_head_and_down():
    nlp = spacy.blank("en")
    words = ["Oslo", "backed", "the", "plan", "of", "Rome"]
    heads = [1, 1, 3, 1, 3, 4]
    deps = ["nsubj", "ROOT", "det", "dobj", "prep", "pobj"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps)
    assert path_labels(dep_path(doc[1], doc[0])) == "vnsubj"
    assert path_labels(dep_path(doc[1], doc[5])) == "vdobjvprepvpobj"
    assert path_labels(dep_path(doc[0], doc[5])) == "^nsubjvdobjvprepvpobj"
    assert path_labels(dep_path(doc[5], doc[5])) == ""


def test_features_hold_no_words_of_the_sentence_but_the_cue_lemma():
    doc, ex = parse("Chile condemned Peru.")
    (c,) = [c for c in candidates(ex, doc, doc._.events) if c.label() == "CHL condemn PER"]
    feats = features(c, "en")
    assert feats["s_path=vnsubj"] == 1.0 and feats["t_path=vdobj"] == 1.0
    assert feats["rule=same"] == 1.0 and feats["cue=condemn|condemn"] == 1.0
    names = " ".join(feats)
    assert "Chile" not in names and "Peru" not in names


# -- decisions ---------------------------------------------------------------------------
def test_decide_modes():
    best = {(0, "A", "condemn", "B"): 0.9, (0, "B", "condemn", "A"): 0.1, (5, "C", "meet", "D"): 0.5}
    rules = {(0, "B", "condemn", "A"), (9, "E", "aid", "F")}  # the second has no candidate: kept
    th = {"only": 0.45, "combine": 0.8, "keep": 0.2}
    assert decide(best, rules, "only", th) == [(0, "A", "condemn", "B"), (5, "C", "meet", "D")]
    assert decide(best, rules, "combine", th) == [(0, "A", "condemn", "B"), (9, "E", "aid", "F")]
    assert decide(best, rules, "combine", {**th, "keep": 0.0}) == [
        (0, "A", "condemn", "B"), (0, "B", "condemn", "A"), (9, "E", "aid", "F")]


def test_thresholds_per_relation_families():
    th = {"combine": 0.9, "keep": {"accord": 0.5, "*": 0.1}}
    assert threshold_for(th, "keep", "agree", 0.0) == 0.5  # accord
    assert threshold_for(th, "keep", "condemn", 0.0) == 0.1  # opposition: "*"
    assert threshold_for(th, "combine", "meet", 1.01) == 0.9
    assert threshold_for({}, "keep", "agree", 0.0) == 0.0
    best = {(0, "A", "agree", "B"): 0.3, (0, "A", "condemn", "B"): 0.3}
    rules = {(0, "A", "agree", "B"), (0, "A", "condemn", "B")}
    assert decide(best, rules, "combine", {"combine": 1.01, "keep": {"accord": 0.5}}) == [(0, "A", "condemn", "B")]


def test_a_rule_event_is_rejected_only_if_its_tuple_is_doubted_everywhere_in_the_document():
    rules = {(0, "A", "condemn", "B"), (0, "C", "meet", "D")}
    th = {"combine": 1.01, "keep": 0.5}
    low = {(0, "A", "condemn", "B"): 0.2, (0, "C", "meet", "D"): 0.2}
    assert decide(low, rules, "combine", th) == []
    # one confident reading in another sentence keeps both (a symmetric tuple in either direction)
    high = {**low, (40, "A", "condemn", "B"): 0.8, (40, "D", "meet", "C"): 0.8}
    assert decide(high, rules, "combine", th) == sorted(rules)
    # a confident reading of the reverse direction does not keep a directed tuple
    assert decide({**low, (40, "B", "condemn", "A"): 0.9}, rules, "combine", th) == []


def test_linear_scorer_is_a_logistic_function_of_the_summed_weights():
    m = LinearScorer({"w": {"bias": -1.0, "rel=aid": 1.0}, "threshold": {"only": 0.5}})
    assert m.probability({"bias": 1.0}) == pytest.approx(1 / (1 + 2.718281828 ** 1.0), rel=1e-6)
    assert m.probability({"bias": 1.0, "rel=aid": 1.0, "unknown": 1.0}) == pytest.approx(0.5)


def test_shipped_model_is_small_plain_data_with_thresholds():
    path = data_path("scorer", "model.json")
    assert path.stat().st_size < 3_000_000
    model = json.loads(path.read_text(encoding="utf-8"))
    assert set(model["threshold"]) >= {"only", "combine", "keep"}
    values = [x for v in model["threshold"].values() for x in (v.values() if isinstance(v, dict) else [v])]
    assert all(0 <= v <= 1.01 for v in values)
    families = set(relation_families().values())
    assert all(set(v) <= families | {"*"} for v in model["threshold"].values() if isinstance(v, dict))
    # feature names are "kind=value" over labels, lemmas, types and buckets: no sentence text
    assert all(re.fullmatch(r"bias|conf|[a-z_]+=[^ ]*", k) for k in model["w"])
    assert (data_path("scorer", "MODEL_CARD.md")).exists()


# -- the component -------------------------------------------------------------------------
@pytest.fixture(scope="module")
def fresh_nlp():
    """A pipeline of our own (not the cached one), to add the events component in each mode."""
    from graph.actors.component import add_actor_components
    from graph.nlp import choose_model
    from graph.nlp.extensions import register_extensions

    register_extensions()

    def make(mode: str):
        nlp = spacy.load(choose_model("en"))
        add_actor_components(nlp, "en")
        add_event_component(nlp, "en", scorer=mode)
        return nlp

    return make


@pytest.mark.parametrize("mode", MODES)
def test_component_modes_write_complete_events(fresh_nlp, mode):
    nlp = fresh_nlp(mode)
    assert nlp.get_pipe("dipgraph_events").mode == mode
    text = "Chile condemned Peru on Monday. Canada did not criticise Mexico."
    doc = nlp(make_doc(nlp, text, {"id": "t", "date": "2023-05-10", "language": "en", "title": None}))
    for e in doc._.events:
        assert e["relation"] in relations()
        assert text[e["start"]:e["end"]] == e["sentence"]
        assert 0 <= e["confidence"] <= 1
        assert ("CAN", "MEX") != (e["source"], e["target"])  # negated: the flag holds it back
    if mode == "off":
        assert [(e["source"], e["relation"], e["target"]) for e in doc._.events] == [("CHL", "condemn", "PER")]


def test_unknown_mode_is_a_usage_error():
    with pytest.raises(UsageError, match="unknown stance scorer mode 'maybe'"):
        EventComponent(extractor=None, scorer="maybe")


def test_environment_variable_chooses_the_mode(fresh_nlp, monkeypatch):
    monkeypatch.setenv("DIPGRAPH_SCORER", "combine")
    assert fresh_nlp(None).get_pipe("dipgraph_events").mode == "combine"


def test_load_scorer_reports_a_missing_model(tmp_path):
    from graph.errors import DataFileError

    with pytest.raises(DataFileError, match="make train"):
        load_scorer(str(tmp_path / "none.json"))


# -- training ----------------------------------------------------------------------------
def test_find_spans_exact_then_whitespace_tolerant():
    text = "Quito thanked Lima.\nLima  thanked Quito."
    assert find_spans(text, "Lima thanked Quito") == [(20, 39)]
    assert find_spans(text, "Quito thanked Lima.") == [(0, 19)]
    assert find_spans(text, "Bogota") == [] and find_spans(text, " ") == []


def test_gold_labels_come_from_overlapping_evidence():
    text = "Chile condemned Peru. Chile praised Ecuador."
    doc, ex = parse(text)
    gold = [{"source": "CHL", "relation": "condemn", "target": "PER", "evidence": "Chile condemned Peru"},
            {"source": "CHL", "relation": "support", "target": "ECU", "evidence": "not in this text"}]
    data = label_document("t", text, doc, ex, "en", gold, 0.5)
    pos = {e.key[1:] for e in data.examples if e.label}
    assert pos == {("CHL", "condemn", "PER")}
    assert data.gold_found == 1 and data.gold_missing == 1
    # a tuple whose evidence cannot be found is left out rather than called wrong
    assert not any(e.key[1:] == ("CHL", "support", "ECU") for e in data.examples)
    assert {e.key[0] for e in data.examples} == {0, 22}


def test_fitting_is_deterministic_and_learns_the_signal():
    pytest.importorskip("sklearn")
    examples = [Example("d", (i, "A", "aid", "B"), {"bias": 1.0, f"x={i % 2}": 1.0}, i % 2, 1.0)
                for i in range(40)]
    w1 = weights(*fit(examples, 1.0, 0, 100), 0.0, 5)
    w2 = weights(*fit(examples, 1.0, 0, 100), 0.0, 5)
    assert w1 == w2
    assert w1["x=1"] > 0 > w1["x=0"]


def test_choose_thresholds_doubts_the_rules_by_family_then_adds_at_the_floor():
    # (family, probability, correct): the rules' events, then the candidates they did not state
    rule_items = [("accord", 0.1, False), ("accord", 0.8, True), ("opposition", 0.2, True), ("opposition", 0.9, True)]
    new_items = [("opposition", 0.95, True), ("opposition", 0.7, False), ("accord", 0.65, False)]
    required = 5

    def evaluate(th):
        kept = [ok for fam, p, ok in rule_items if p >= th["keep"].get(fam, 0.0)]
        added = [ok for fam, p, ok in new_items if p >= th["combine"]]
        tp = sum(kept) + sum(added)
        fp = len(kept) + len(added) - tp
        prec, rec = tp / max(tp + fp, 1), tp / required
        return {"tp": tp, "fp": fp, "precision": prec, "f1": 2 * prec * rec / (prec + rec) if tp else 0.0}

    # the rules alone: P 3/4; dropping the low accord event gives P 1 (F1 0.75); adding at 0.6 would
    # bring two errors (P 4/6 < 3/4), at 0.9 one right event (P 1, R 4/5)
    th, scores = choose_thresholds(evaluate, "combine", 0.75, [0.6, 0.9], [0.0, 0.5], ["accord", "opposition"])
    assert th == {"combine": 0.9, "keep": {"accord": 0.5}}
    assert scores["f1"] == pytest.approx(2 * 0.8 / 1.8)
    assert choose_thresholds(evaluate, "combine", 1.01, [0.6, 0.9], [0.0, 0.5], ["accord"]) is None
    # one dropped and one added event prove nothing at z 1.645: the combination stays the rules
    th, scores = choose_thresholds(evaluate, "combine", 0.75, [0.6, 0.9], [0.0, 0.5], ["accord", "opposition"], 1.645)
    assert th == {"combine": 1.01, "keep": {}} and scores["precision"] == 0.75


def scores(tp: int, fp: int, fn: int) -> dict:
    """Relation scores as ``train_scorer.relation_scores`` gives them."""
    p, r = tp / (tp + fp), tp / (tp + fn)
    return {"tp": tp, "fp": fp, "precision": p, "f1": 2 * p * r / (p + r)}


def test_wilson_bounds_narrow_with_more_evidence():
    assert wilson(4, 5, 1.645) < wilson(40, 50, 1.645) < 0.8 < wilson(40, 50, 1.645, upper=True)
    assert wilson(3, 4, 0.0) == wilson(3, 4, 0.0, upper=True) == 0.75
    assert wilson(0, 0, 1.645) == 0.0 and wilson(0, 0, 1.645, upper=True) == 1.0


def test_robust_gain_judges_only_the_events_that_change():
    base = scores(60, 15, 90)  # P 0.8
    # additions: 30 of 32 right clear the floor; 3 of 3 right are too few; 30 of 40 fall under it
    assert robust_gain(base, scores(90, 17, 60), 0.8, 1.645)
    assert not robust_gain(base, scores(63, 15, 87), 0.8, 1.645)
    assert robust_gain(base, scores(63, 15, 87), 0.8, 0.0)
    assert not robust_gain(base, scores(90, 25, 60), 0.8, 1.645)
    # drops: 12 wrong events go; 12 wrong and 1 right are not clearly under half the F1 (upper bound
    # 0.28 > 0.27); dropping right events, or trading, is no gain
    assert robust_gain(base, scores(60, 3, 90), 0.8, 1.645)
    assert not robust_gain(base, scores(59, 3, 91), 0.8, 1.645)
    assert not robust_gain(base, scores(55, 14, 95), 0.8, 1.645)
    assert not robust_gain(base, scores(70, 10, 80), 0.8, 1.645)


def test_nested_cross_validation_never_chooses_on_the_documents_it_measures():
    pytest.importorskip("sklearn")
    data = [DocData(f"d{i}", "en", examples=[Example(f"d{i}", (j, "A", "aid", "B"), {"bias": 1.0, f"x={j % 2}": 1.0},
                                               j % 2, 1.0) for j in range(6)]) for i in range(10)]
    seen = []

    def choose(train, probs):
        seen.append({d.doc for d in train})
        assert {doc for doc, _ in probs} <= seen[-1]  # out-of-fold probabilities of those documents only
        return {"only": {"only": 0.5}}

    rows = nested_predictions(data, 5, 1.0, 0, 100, choose)
    everything = {d.doc for d in data}
    assert len(seen) == 5 and all(len(s) == 8 for s in seen)
    assert set().union(*(everything - s for s in seen)) == everything  # each document held out once
    assert {r["doc"] for r in rows["only"]} == everything  # the x=1 candidates pass 0.5 in every document


@pytest.mark.slow
@pytest.mark.skipif(not (SHARED / "eval" / "train_news" / "gold.jsonl").exists(),
                    reason="the shared training material is not here")
def test_make_train_reproduces_the_shipped_model(tmp_path):
    pytest.importorskip("sklearn")
    env = {k: v for k, v in os.environ.items() if k != "DIPGRAPH_SCORER"}
    subprocess.run([sys.executable, str(ROOT / "scripts" / "train_scorer.py"), "--shared", str(SHARED),
                    "--out", str(tmp_path)], check=True, capture_output=True, env=env)
    assert (tmp_path / "model.json").read_bytes() == data_path("scorer", "model.json").read_bytes()
