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
from graph.events.scorer.model import MODES, LinearScorer, decide, load_scorer
from graph.events.scorer.training import Example, find_spans, fit, label_document, weights
from graph.model import relations
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


def test_linear_scorer_is_a_logistic_function_of_the_summed_weights():
    m = LinearScorer({"w": {"bias": -1.0, "rel=aid": 1.0}, "threshold": {"only": 0.5}})
    assert m.probability({"bias": 1.0}) == pytest.approx(1 / (1 + 2.718281828 ** 1.0), rel=1e-6)
    assert m.probability({"bias": 1.0, "rel=aid": 1.0, "unknown": 1.0}) == pytest.approx(0.5)


def test_shipped_model_is_small_plain_data_with_thresholds():
    path = data_path("scorer", "model.json")
    assert path.stat().st_size < 3_000_000
    model = json.loads(path.read_text(encoding="utf-8"))
    assert set(model["threshold"]) >= {"only", "combine", "keep"}
    assert all(0 <= v <= 1.01 for v in model["threshold"].values())
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


@pytest.mark.slow
@pytest.mark.skipif(not (SHARED / "eval" / "train_news" / "gold.jsonl").exists(),
                    reason="the shared training material is not here")
def test_make_train_reproduces_the_shipped_model(tmp_path):
    pytest.importorskip("sklearn")
    env = {k: v for k, v in os.environ.items() if k != "DIPGRAPH_SCORER"}
    subprocess.run([sys.executable, str(ROOT / "scripts" / "train_scorer.py"), "--shared", str(SHARED),
                    "--out", str(tmp_path)], check=True, capture_output=True, env=env)
    assert (tmp_path / "model.json").read_bytes() == data_path("scorer", "model.json").read_bytes()
