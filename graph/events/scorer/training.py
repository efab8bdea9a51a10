"""Training the stance scorer: gold events to labelled candidates, cross-validation, the model file.

The training material is a folder of documents and a gold file in the format of the shared
evaluation guidelines (one JSON object per event mention with ``doc``, ``source``,
``relation``, ``target``, ``evidence``, ``optional``). Gold events carry no offsets: each
``evidence`` string is looked up in the ingested document text (exactly, else with any run of
white space matching any other). A candidate is labelled positive when a gold mention of the
same tuple (unordered for symmetric relations) has its evidence overlapping the candidate's
segment; candidates of a tuple whose evidence cannot be found are left out of training.

The learner is scikit-learn's logistic regression (liblinear: deterministic); it is needed only
here (``pip install -e .[train]``); the shipped model is plain JSON read by
:mod:`graph.events.scorer.model`.

Example
-------
>>> find_spans("Paris and  Berlin met.", "Berlin met")
[(11, 21)]
>>> find_spans("Paris and\\nBerlin met.", "Paris and Berlin")
[(0, 16)]
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from .candidates import candidates, norm_tuple
from .features import features
from .model import decide


@dataclass
class Example:
    """One labelled candidate: its document, the tuple decided on, its features and label."""

    doc: str
    key: tuple  # (segment start, source, relation, target)
    feats: dict[str, float]
    label: int
    weight: float


@dataclass
class DocData:
    """What one training or evaluation document gives: its examples and the rules' tuples."""

    doc: str
    lang: str
    examples: list[Example] = field(default_factory=list)
    rule_keys: set = field(default_factory=set)  # (segment start, source, relation, target)
    gold_found: int = 0
    gold_missing: int = 0


def find_spans(text: str, evidence: str) -> list[tuple[int, int]]:
    """Character spans of ``evidence`` in ``text`` (exact, else white-space tolerant)."""
    ev = evidence.strip()
    if not ev:
        return []
    spans = [(m.start(), m.start() + len(ev)) for m in re.finditer(re.escape(ev), text)]
    if spans:
        return spans
    pattern = r"\s+".join(re.escape(w) for w in ev.split())
    return [(m.start(), m.end()) for m in re.finditer(pattern, text)]


def label_document(doc_id: str, text: str, parsed, extractor, lang: str, gold: list[dict],
                   optional_weight: float) -> DocData:
    """Candidates of one parsed document, labelled from its gold mentions."""
    out = DocData(doc_id, lang)
    located: dict[tuple, list[tuple[int, int, bool]]] = {}
    unlocated: set[tuple] = set()
    for g in gold:
        t = norm_tuple(g["source"], g["relation"], g["target"])
        spans = find_spans(text, g.get("evidence") or "")
        if spans:
            out.gold_found += 1
            located.setdefault(t, []).extend((a, b, bool(g.get("optional"))) for a, b in spans)
        else:
            out.gold_missing += 1
            unlocated.add(t)
    rule_events = parsed._.events or []
    out.rule_keys = {(e["start"], e["source"], e["relation"], e["target"]) for e in rule_events}
    for c in candidates(extractor, parsed, rule_events):
        t = norm_tuple(c.source["code"], c.relation, c.target["code"])
        a, b = c.seg.start_char, c.seg.end_char
        hits = [opt for s, e, opt in located.get(t, ()) if s < b and e > a]
        if not hits and t in unlocated:
            continue  # the gold states it somewhere we cannot find: no label
        weight = 1.0 if not hits or not all(hits) else optional_weight
        out.examples.append(Example(doc_id, c.key, features(c, lang), int(bool(hits)), weight))
    return out


def parse_documents(docs_dir, gold_rows: list[dict], optional_weight: float, progress=None) -> list[DocData]:
    """Ingest, parse and label every document of ``docs_dir`` (sorted by id)."""
    from ...ingest import read_documents
    from ...nlp import load_pipeline
    from ...nlp.extensions import make_doc
    from ..component import NAME

    by_doc: dict[str, list[dict]] = {}
    for g in gold_rows:
        by_doc.setdefault(g["doc"], []).append(g)
    data = []
    for d in sorted(read_documents([docs_dir], on_skip=lambda err: None), key=lambda d: d.id):
        lang = d.language
        nlp = load_pipeline(lang)
        comp = nlp.get_pipe(NAME)
        parsed = nlp(make_doc(nlp, d.text, {"id": d.id, "date": d.date, "language": lang, "title": d.title}))
        parsed._.events = comp.extractor(parsed) if comp.scorer is not None else parsed._.events
        data.append(label_document(d.id, d.text, parsed, comp.extractor, comp.lang, by_doc.get(d.id, []),
                                   optional_weight))
        if progress:
            progress(d)
    return data


def fit(examples: list[Example], C: float, seed: int, max_iter: int):
    """A fitted ``(DictVectorizer, LogisticRegression)`` pair."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer(sort=True)
    X = _int32(vec.fit_transform([e.feats for e in examples]))
    y = [e.label for e in examples]
    clf = LogisticRegression(C=C, solver="liblinear", random_state=seed, max_iter=max_iter)
    clf.fit(X, y, sample_weight=[e.weight for e in examples])
    return vec, clf


def _int32(X):
    """liblinear takes 32-bit sparse indices only."""
    X = X.tocsr()
    X.indices = X.indices.astype("int32")
    X.indptr = X.indptr.astype("int32")
    return X


def weights(vec, clf, prune: float, digits: int) -> dict[str, float]:
    """The model's weights as ``{feature: weight}`` (intercept folded into ``bias``)."""
    w = {name: float(x) for name, x in zip(vec.get_feature_names_out(), clf.coef_[0])}
    w["bias"] = w.get("bias", 0.0) + float(clf.intercept_[0])
    return {k: round(v, digits) for k, v in sorted(w.items()) if abs(v) >= prune}


def folds(doc_ids: list[str], k: int, seed: int) -> dict[str, int]:
    """Document -> fold number (shuffled with ``seed``, balanced)."""
    import random

    ids = sorted(doc_ids)
    random.Random(seed).shuffle(ids)
    return {d: i % k for i, d in enumerate(ids)}


def probabilities(train: list[DocData], test: list[DocData], C: float, seed: int,
                  max_iter: int) -> dict[tuple, float]:
    """``(doc, key) -> p`` for the examples of ``test``, from a model fitted on ``train``."""
    examples = [e for d in test for e in d.examples]
    train_ex = [e for d in train for e in d.examples]
    if not examples or len({e.label for e in train_ex}) < 2:
        return {}
    vec, clf = fit(train_ex, C, seed, max_iter)
    probs: dict[tuple, float] = {}
    for e, x in zip(examples, clf.predict_proba(_int32(vec.transform([e.feats for e in examples])))[:, 1]):
        key = (e.doc, e.key)
        probs[key] = max(probs.get(key, 0.0), float(x))
    return probs


def cross_validate(data: list[DocData], k: int, C: float, seed: int, max_iter: int) -> dict[tuple, float]:
    """Out-of-fold probabilities: ``(doc, key) -> p`` (documents never score their own fold)."""
    fold = folds([d.doc for d in data], k, seed)
    probs: dict[tuple, float] = {}
    for f in range(k):
        probs.update(probabilities([d for d in data if fold[d.doc] != f], [d for d in data if fold[d.doc] == f],
                                   C, seed, max_iter))
    return probs


def wilson(k: int, n: int, z: float, upper: bool = False) -> float:
    """Wilson score bound (lower, or ``upper``) of the proportion ``k / n`` at ``z`` standard errors.

    >>> round(wilson(8, 10, 1.645), 3), round(wilson(8, 10, 1.645, upper=True), 3), wilson(3, 4, 0.0)
    (0.541, 0.931, 0.75)
    """
    if n <= 0:
        return 1.0 if upper else 0.0
    p, zz = k / n, z * z
    centre, spread = p + zz / (2 * n), z * math.sqrt(p * (1 - p) / n + zz / (4 * n * n))
    return (centre + spread if upper else centre - spread) / (1 + zz / n)


def robust_gain(base: dict, new: dict, floor: float, z: float) -> bool:
    """Whether setting ``new`` beats ``base`` beyond chance, at a precision of at least ``floor``.

    Both are scores with ``tp``, ``fp``, ``precision`` and ``f1``. Only the events that differ
    are judged: what ``new`` adds must be right at least ``floor`` of the time (the Wilson lower
    bound of their precision at ``z``): it then raises F1 without lowering precision; what it
    drops must be right less than half the F1 of ``base`` (the Wilson upper bound), the
    precision below which dropping raises F1. A setting that both adds and drops is no gain.
    """
    dtp, dfp = new["tp"] - base["tp"], new["fp"] - base["fp"]
    if new["f1"] <= base["f1"] or new["precision"] < floor or (dtp, dfp) == (0, 0):
        return False
    if dtp >= 0 and dfp >= 0:
        return wilson(dtp, dtp + dfp, z) >= floor
    if dtp <= 0 and dfp <= 0:
        return wilson(-dtp, -dtp - dfp, z, upper=True) < base["f1"] / 2
    return False


def choose_thresholds(evaluate, mode: str, floor: float, grid: list[float], keeps: list[float],
                      families: list[str], z: float = 0.0) -> tuple[dict, dict] | None:
    """The thresholds of ``mode`` with the best F1 among those whose precision is at least ``floor``.

    ``evaluate(thresholds)`` returns the scores (``tp``, ``fp``, ``precision``, ``f1``) of a
    setting on the cross-validated predictions. ``only``: one threshold from ``grid``.
    ``combine``: first the ``keep`` threshold of each relation family from ``keeps`` (greedily,
    the change that most raises F1 first), then one ``combine`` threshold for the additions from
    ``grid`` (one number for all families: few settings chosen on few documents). Each step of
    the combination must be a :func:`robust_gain` at ``z`` over the setting before it (the
    events it drops clearly wrong, those it adds clearly right), else the combination stays the
    rules. ``None`` when no setting meets ``floor``.
    """
    if mode == "only":
        scored = [({"only": t}, evaluate({"only": t})) for t in grid]
        ok = [x for x in scored if x[1]["precision"] >= floor]
        return max(ok, key=lambda x: x[1]["f1"]) if ok else None
    keep = {f: 0.0 for f in families}
    best = ({"combine": 1.01, "keep": keep}, evaluate({"combine": 1.01, "keep": keep}))
    while True:
        trials = [{"combine": 1.01, "keep": {**best[0]["keep"], f: k}} for f in families for k in keeps
                  if k != best[0]["keep"][f]]
        better = [x for x in ((th, evaluate(th)) for th in trials) if robust_gain(best[1], x[1], floor, z)]
        if not better:
            break
        best = max(better, key=lambda x: x[1]["f1"])
    base = best[1]
    for t in grid:
        th = {"combine": t, "keep": best[0]["keep"]}
        s = evaluate(th)
        if robust_gain(base, s, floor, z) and s["f1"] > best[1]["f1"]:
            best = (th, s)
    if best[1]["precision"] < floor:
        return None
    return {**best[0], "keep": {f: k for f, k in best[0]["keep"].items() if k > 0}}, best[1]


def nested_predictions(data: list[DocData], k: int, C: float, seed: int, max_iter: int, choose) -> dict:
    """Honest cross-validated predictions of the whole procedure: ``mode -> rows``.

    For each outer fold, ``choose(train_docs, probs)`` picks the thresholds (``mode ->
    thresholds``) on the out-of-fold probabilities of the other folds alone; a model fitted on
    those folds then scores the held-out fold under them. The thresholds never see the
    documents they are measured on (the plain cross-validated scores, whose thresholds are
    chosen on the same predictions, are optimistic).
    """
    fold = folds([d.doc for d in data], k, seed)
    rows: dict[str, list[dict]] = {}
    for f in range(k):
        train = [d for d in data if fold[d.doc] != f]
        test = [d for d in data if fold[d.doc] == f]
        chosen = choose(train, cross_validate(train, k - 1, C, seed, max_iter))
        probs = probabilities(train, test, C, seed, max_iter)
        for mode, th in chosen.items():
            rows.setdefault(mode, []).extend(predictions(test, probs, mode, th))
    return rows


def predictions(data: list[DocData], probs: dict[tuple, float], mode: str, thresholds: dict) -> list[dict]:
    """Prediction rows (``doc``, ``source``, ``relation``, ``target``) for ``mode`` (``rules``,
    ``only``, ``combine``), deciding as :func:`graph.events.scorer.model.decide` does."""
    rows = []
    for d in data:
        best = {e.key: probs.get((d.doc, e.key), 0.0) for e in d.examples}
        keys = set(decide(best, d.rule_keys, mode, thresholds)) if mode != "rules" else set(d.rule_keys)
        tuples = {k[1:] for k in keys}
        rows += [{"doc": d.doc, "source": s, "relation": r, "target": t} for s, r, t in sorted(tuples)]
    return rows
