"""The shipped stance scorer: a linear model stored as JSON, and how its decisions join the rules'.

The model file (``graph/data/scorer/model.json``, written by ``make train``) holds the feature
weights of a logistic regression, its intercept and the decision thresholds chosen by
cross-validation. Scoring needs no machine-learning library: a candidate's probability is the
logistic function of the sum of the weights of its features.

Modes (component config ``scorer``, or the ``DIPGRAPH_SCORER`` environment variable):

- ``off``: the rules alone (default);
- ``combine``: the rules' events that the scorer does not reject (their candidate scored
  below the ``keep`` threshold), plus every candidate the scorer accepts at the ``combine``
  threshold that the rules did not state in that segment;
- ``only``: the scorer alone, at its own threshold.

Each threshold is a number, or a mapping from relation family (``graph/data/relation_families.tsv``:
``support``, ``contact``, ``accord``, ``appeal``, ``opposition``) to a number, ``"*"`` standing
for the families not named: the rules' agreements can be doubted more than their condemnations.

Example
-------
>>> m = LinearScorer({"w": {"bias": 0.0, "rel=condemn": 2.0}, "threshold": {"only": 0.5, "combine": 0.6}})
>>> round(m.probability({"bias": 1.0, "rel=condemn": 1.0}), 3)
0.881
>>> threshold_for({"keep": {"accord": 0.4, "*": 0.1}}, "keep", "agree", 0.0)
0.4
"""

from __future__ import annotations

import json
import math
import os
from functools import lru_cache

from ...errors import DataFileError
from ...families import relation_families
from ...resources import data_path
from ..dates import sentence_date
from .candidates import candidates, norm_tuple
from .features import features

MODES = ("off", "combine", "only")
MODEL_FILE = ("scorer", "model.json")
#: Environment variable naming another model file (e.g. one trained with ``--out``).
MODEL_ENV = "DIPGRAPH_SCORER_MODEL"
def threshold_for(threshold: dict, name: str, relation: str, default: float) -> float:
    """Threshold ``name`` for ``relation``: a number, or its family's entry (else ``"*"``, else ``default``)."""
    value = threshold.get(name, default)
    if isinstance(value, dict):
        return value.get(relation_families().get(relation, ""), value.get("*", default))
    return value


class LinearScorer:
    """A logistic-regression scorer over sparse binary features (weights in a dict)."""

    def __init__(self, data: dict) -> None:
        self.weights: dict[str, float] = data["w"]
        self.threshold: dict[str, float] = data["threshold"]
        self.meta = {k: v for k, v in data.items() if k not in ("w", "threshold")}

    def probability(self, feats: dict[str, float]) -> float:
        """The logistic function of the summed weights of ``feats`` (unknown features weigh 0)."""
        z = sum(self.weights.get(k, 0.0) * v for k, v in feats.items())
        return 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))


@lru_cache(maxsize=None)
def load_scorer(path: str | None = None) -> LinearScorer:
    """The shipped scorer (or the model file at ``path``); raises :class:`DataFileError` if unreadable."""
    p = path or os.environ.get(MODEL_ENV) or str(data_path(*MODEL_FILE))
    try:
        with open(p, encoding="utf-8") as fh:
            return LinearScorer(json.load(fh))
    except (OSError, ValueError, KeyError) as exc:
        raise DataFileError(f"{p}: no usable stance scorer model ({exc}); run `make train`") from None


def scored_candidates(extractor, doc, rule_events: list[dict], scorer: LinearScorer, lang: str):
    """``(candidate, probability)`` for every candidate of ``doc``."""
    return [(c, scorer.probability(features(c, lang))) for c in candidates(extractor, doc, rule_events)]


def decide(best: dict[tuple, float], rule_keys, mode: str, threshold: dict[str, float]) -> list[tuple]:
    """The keys ``(segment start, source, relation, target)`` to state under ``mode``.

    ``best`` maps each candidate key to its best probability; ``rule_keys`` are the rules'
    events the scorer does not reject, plus the candidates at or above ``threshold["combine"]``.
    The scorer rejects a rule event when every candidate of its tuple in the document (any
    sentence) scores below ``threshold["keep"]``: one confident reading anywhere keeps it, as
    the document's tuple is what is counted. Each threshold may be given per relation family
    (:func:`threshold_for`).

    >>> decide({(0, "A", "condemn", "B"): 0.9, (0, "B", "condemn", "A"): 0.1}, {(0, "B", "condemn", "A")},
    ...        "combine", {"combine": 0.8, "keep": 0.2})
    [(0, 'A', 'condemn', 'B')]
    """
    if mode == "only":
        return sorted(k for k, p in best.items() if p >= threshold_for(threshold, "only", k[2], 1.01))
    doc_best: dict[tuple, float] = {}
    for k, p in best.items():
        t = norm_tuple(*k[1:])
        doc_best[t] = max(doc_best.get(t, 0.0), p)
    kept = {k for k in rule_keys
            if doc_best.get(norm_tuple(*k[1:]), 1.0) >= threshold_for(threshold, "keep", k[2], 0.0)}
    return sorted(kept | {k for k, p in best.items() if p >= threshold_for(threshold, "combine", k[2], 1.01)})


def event_dict(c, p: float, base_date: str | None, lang: str, places: dict[int, dict]) -> dict:
    """An event dict (the fields the rules write) for accepted candidate ``c``."""
    seg, s, x = c.seg, c.source, c.target
    loc = next((places[j]["label"] for j in range(seg.start, seg.end) if j in places), None)
    return {
        "source": s["code"], "relation": c.relation, "target": x["code"],
        "source_actor": s["label"], "target_actor": x["label"],
        "source_id": s["actor_id"], "target_id": x["actor_id"],
        "sentence": seg.text, "start": seg.start_char, "end": seg.end_char,
        "trigger": c.cue_text, "confidence": round(p, 3),
        "date": sentence_date(seg.text, base_date, lang) or None, "location": loc,
    }


def apply_scorer(extractor, doc, rule_events: list[dict], mode: str, scorer: LinearScorer,
                 lang: str) -> list[dict]:
    """The events of ``doc`` under ``mode`` (see the module docstring)."""
    if mode == "off":
        return rule_events
    best: dict[tuple, tuple] = {}
    for c, p in scored_candidates(extractor, doc, rule_events, scorer, lang):
        if c.key not in best or p > best[c.key][1]:
            best[c.key] = (c, p)
    by_key: dict[tuple, list[dict]] = {}
    for e in rule_events:
        by_key.setdefault((e["start"], e["source"], e["relation"], e["target"]), []).append(e)
    keys = decide({k: p for k, (_, p) in best.items()}, set(by_key) if mode == "combine" else set(),
                  mode, scorer.threshold)
    base = (doc._.dg_meta or {}).get("date")
    places: dict[int, dict] = {}
    for m in doc._.mentions or []:
        if m.get("kind") == "place":
            places.setdefault(m["token_start"], m)
    kept = set(keys)
    out = [e for e in rule_events if (e["start"], e["source"], e["relation"], e["target"]) in kept]
    out += [event_dict(*best[k], base, lang, places) for k in keys if k not in by_key]
    return out
