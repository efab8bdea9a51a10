"""``make train``: train the stance scorer on train_news, cross-validate it, ship it as package data.

Steps (configuration in ``graph/data/scorer/config.cfg``):

1. ingest and parse ``<shared>/eval/train_news/docs`` with the project's pipelines (rules on);
2. turn every document into labelled candidates (gold offsets found from the evidence strings,
   :mod:`graph.events.scorer.training`);
3. 5-fold cross-validation by document; on the out-of-fold predictions, the decision thresholds
   of the scorer alone and of the combination with the rules (best F1 at a precision at least the
   rules' own; for the combination, the rule events to doubt per relation family, then one
   threshold for additions, each step kept only if it gains beyond chance: a Wilson bound on the
   precision of what it adds or drops), scored with ``<shared>/eval/score.py`` at relation level; then the
   same procedure under nested cross-validation, for an honest estimate;
4. fit on every document and write ``graph/data/scorer/model.json`` (sorted, rounded: the same
   data and config give the same bytes) and ``MODEL_CARD.md`` (data, date, cross-validated
   scores). The card's date is ``SOURCE_DATE_EPOCH`` when set, else today.

dev_news is never read here (it is for measuring only: ``scripts/run_eval.py`` with
``DIPGRAPH_SCORER=combine`` or ``only``).

Example:
    python scripts/train_scorer.py --shared ../shared
    python scripts/train_scorer.py --shared ../shared --out /tmp/scorer   # check reproduction
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import importlib.util
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

MODES = ("rules", "only", "combine")
NAMES = {"rules": "rules alone", "only": "scorer alone", "combine": "rules + scorer"}


def load_score_module(shared: Path):
    """The shared scorer ``score.py`` as a module (its functions score in process)."""
    spec = importlib.util.spec_from_file_location("shared_score", shared / "eval" / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def relation_scores(score, gold_rows, rows, docs) -> dict:
    """Relation-level P, R, F1 and counts of ``rows`` against the gold, by the shared ``score.py``."""
    (tp, fp, fn), _, _ = score.score(gold_rows, rows, docs, "relation")
    p, r, f = score.prf(tp, fp, fn)
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": tp, "fp": fp, "fn": fn}


def grid(cfg) -> list[float]:
    """The threshold grid of the config's ``[thresholds]`` (start, stop, step), rounded."""
    t, out = cfg["grid_start"], []
    while t <= cfg["grid_stop"] + 1e-9:
        out.append(round(t, 4))
        t += cfg["grid_step"]
    return out


def select(score, gold_rows, data, probs, th_cfg) -> tuple[dict, dict]:
    """Thresholds of each mode chosen on the cross-validated ``probs`` of ``data``, and the scores.

    The floor is the rules' own precision on ``data`` plus the configured margin; a mode no
    setting of which meets it gets thresholds above 1 (it adds nothing).
    """
    from graph.families import relation_families
    from graph.events.scorer.training import choose_thresholds, predictions

    docs = {d.doc for d in data}
    cv = {"rules": {**relation_scores(score, gold_rows, predictions(data, probs, "rules", {}), docs),
                    "threshold": None}}
    floor = cv["rules"]["precision"] + th_cfg["margin"]
    families = sorted(set(relation_families().values()))
    thresholds = {}
    for mode in ("only", "combine"):
        def evaluate(th, mode=mode):
            return relation_scores(score, gold_rows, predictions(data, probs, mode, th), docs)

        best = choose_thresholds(evaluate, mode, floor, grid(th_cfg), th_cfg["keep"], families, th_cfg["z"])
        chosen = best[0] if best else {mode: 1.01}  # nothing meets the floor: the scorer adds nothing
        thresholds[mode] = chosen
        cv[mode] = {**(best[1] if best else evaluate(chosen)), "threshold": describe(chosen)}
    return thresholds, cv


def describe(th: dict) -> str:
    """A threshold setting in one line (``combine 0.7 / keep accord 0.4, contact 0.5``)."""
    def value(v):
        return ", ".join(f"{k} {x}" for k, x in sorted(v.items())) if isinstance(v, dict) else str(v)
    return " / ".join(f"{k} {value(v)}" for k, v in sorted(th.items()) if v != {})


def coverage(gold_rows: list[dict], data) -> dict[str, float]:
    """Share of the required gold tuples that some candidate covers, overall (``all``) and by language."""
    from graph.events.scorer.candidates import norm_tuple

    lang = {d.doc: d.lang for d in data}
    required = {(g["doc"], norm_tuple(g["source"], g["relation"], g["target"]))
                for g in gold_rows if not g.get("optional") and g["doc"] in lang}
    covered = {(d.doc, norm_tuple(*e.key[1:])) for d in data for e in d.examples}
    out = {}
    for name in ["all", *sorted(set(lang.values()))]:
        req = [t for t in required if name in ("all", lang[t[0]])]
        out[name] = round(sum(t in covered for t in req) / max(len(req), 1), 3)
    return out


def fingerprint(docs_dir: Path, gold: Path) -> str:
    """SHA-256 of the training documents (names and bytes) and the gold file."""
    h = hashlib.sha256()
    for p in sorted(docs_dir.iterdir()):
        if p.is_file():
            h.update(p.name.encode() + b"\0" + p.read_bytes())
    h.update(gold.read_bytes())
    return h.hexdigest()


def table(scores: dict) -> str:
    """Markdown rows of the three modes' scores."""
    return "\n".join(
        f"| {NAMES[m]} | {s['threshold'] or '-'} | {s['precision']:.3f} | {s['recall']:.3f} | **{s['f1']:.3f}** "
        f"| {s['tp']} | {s['fp']} | {s['fn']} |" for m, s in ((m, scores[m]) for m in MODES))


def card(meta: dict, cv: dict, honest: dict, date: str) -> str:
    """The model card's text."""
    return f"""# Stance scorer: model card

- **What**: a logistic regression over transferable features of stance candidates (cue and
  relation, dependency paths between cue and actors, voice, the rules' filters and decision,
  prepositions, actor types, distances, position), deciding whether a candidate (source,
  relation, target) in a sentence is a stance event of the guidelines. Read by
  `graph/events/scorer/model.py`; features in `graph/events/scorer/features.py`.
- **Trained on**: `train_news` of the shared evaluation material ({meta['n_docs']} real news
  articles, {meta['langs']}; silver gold, one annotator per article). Data fingerprint
  (SHA-256 of the documents and gold file): `{meta['data_sha256'][:16]}`. No text of the
  articles is stored in the model: feature names are dependency labels, cue lemmas (lexicon
  words, or the verb of a "must" clause), relation names, actor types and buckets.
- **Examples**: {meta['n_examples']} candidates, {meta['n_positive']} positive; gold mentions
  whose evidence was found in the ingested text: {meta['gold_found']} of
  {meta['gold_found'] + meta['gold_missing']}. Required gold tuples that some candidate covers
  (the scorer's recall ceiling): {meta['coverage']['all']:.3f} ({', '.join(f'{k} {v:.3f}' for k, v in meta['coverage'].items() if k != 'all')}).
- **Training**: `make train` (`scripts/train_scorer.py`, configuration
  `graph/data/scorer/config.cfg`: seed {meta['seed']}, C {meta['C']}, scikit-learn
  {meta['sklearn']} liblinear); {meta['n_features']} weights shipped (training, cross-validation and nested
  cross-validation take 2-4 minutes on 2 shared cores). Same data and configuration give the same `model.json`, byte for byte.
- **Date**: {date}.
- **Not trained on**: `dev_news` and the seeds (kept for measuring, docs/extraction.md).

## Cross-validated scores (train_news, {meta['folds']}-fold by document, relation level, `score.py`)

The shipped thresholds are chosen on these out-of-fold predictions (best F1 at a precision at
least the rules' own: per relation family, which rule events to doubt; then one threshold for
additions; each step of the combination only if it gains beyond chance: the Wilson bound at
z {meta['z']} of the precision of the events it adds at least the rules' precision, of those it
drops under half the F1), so these scorer rows are optimistic:

| mode | thresholds | P | R | F1 | TP | FP | FN |
|---|---|---|---|---|---|---|---|
{table(cv)}

Nested cross-validation measures the whole procedure honestly: for each held-out fold, the
thresholds are chosen on cross-validated predictions of the other four folds alone, and a model
fitted on those four scores the held-out fold.

| mode | thresholds | P | R | F1 | TP | FP | FN |
|---|---|---|---|---|---|---|---|
{table(honest)}

## Limits

Silver training data (about 400 required tuples over 64 articles) and the small spaCy parsers:
the scorer can only choose among candidates (a cue of the lexicon and two coded mentions in one
sentence); events whose actors the actor stage does not resolve, or that need context beyond
the sentence, stay out of reach.
"""


def main(argv: list[str] | None = None) -> int:
    """Train, cross-validate and write the scorer (see the module docstring); 1 if the data is missing."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0],
                                 epilog="Example: python scripts/train_scorer.py --shared ../shared",
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default="../shared", help="folder holding eval/train_news")
    ap.add_argument("--out", default=str(ROOT / "graph" / "data" / "scorer"),
                    help="where model.json and MODEL_CARD.md are written (default: the package data)")
    ap.add_argument("--config", default=str(ROOT / "graph" / "data" / "scorer" / "config.cfg"),
                    help="training configuration (default: the shipped config.cfg)")
    args = ap.parse_args(argv)
    os.environ.pop("DIPGRAPH_SCORER", None)  # train from the rules' own decisions

    import sklearn
    from thinc.api import Config
    from tqdm import tqdm

    from graph.io import read_jsonl
    from graph.events.scorer.training import cross_validate, fit, nested_predictions, parse_documents, weights

    cfg = Config().from_disk(args.config)
    tr, th = cfg["training"], cfg["thresholds"]
    shared = Path(args.shared)
    docs_dir, gold_path = shared / cfg["data"]["docs"], shared / cfg["data"]["gold"]
    if not docs_dir.is_dir() or not gold_path.is_file():
        print(f"Error: {docs_dir} or {gold_path} not found (set --shared)", file=sys.stderr)
        return 1
    start = time.perf_counter()
    score = load_score_module(shared)
    gold_rows = read_jsonl(gold_path)
    n = sum(1 for p in docs_dir.iterdir() if p.is_file())
    with tqdm(total=n, desc="parse + candidates", unit="doc") as bar:
        data = parse_documents(docs_dir, gold_rows, tr["optional_weight"], progress=lambda d: bar.update())
    docs = {d.doc for d in data}
    examples = [e for d in data for e in d.examples]
    print(f"{len(data)} documents, {len(examples)} candidates, {sum(e.label for e in examples)} positive")


    probs = cross_validate(data, tr["folds"], tr["C"], tr["seed"], tr["max_iter"])
    chosen, cv = select(score, gold_rows, data, probs, th)
    thresholds = {"keep": {}, **chosen["only"], **chosen["combine"]}
    nested = nested_predictions(data, tr["folds"], tr["C"], tr["seed"], tr["max_iter"],
                                lambda train, p: select(score, gold_rows, train, p, th)[0])
    honest = {"rules": {**cv["rules"]}, **{m: {**relation_scores(score, gold_rows, rows, docs), "threshold": "nested"}
                                           for m, rows in sorted(nested.items())}}

    vec, clf = fit(examples, tr["C"], tr["seed"], tr["max_iter"])
    w = weights(vec, clf, tr["prune"], tr["digits"])
    langs = [f"{sum(d.lang == lang for d in data)} {lang}" for lang in sorted({d.lang for d in data})]
    meta = {"n_docs": len(data), "langs": " and ".join(langs), "data_sha256": fingerprint(docs_dir, gold_path),
            "n_examples": len(examples), "n_positive": sum(e.label for e in examples),
            "gold_found": sum(d.gold_found for d in data), "gold_missing": sum(d.gold_missing for d in data),
            "coverage": coverage(gold_rows, data), "seed": tr["seed"], "C": tr["C"], "z": th["z"],
            "folds": tr["folds"],
            "sklearn": sklearn.__version__, "n_features": len(w), "seconds": time.perf_counter() - start}
    model = {"format": 1, "threshold": thresholds, "w": w, "data_sha256": meta["data_sha256"],
             "cv": cv, "nested_cv": honest}
    write_outputs(Path(args.out), model, meta, cv, honest)
    return 0


def write_outputs(out: Path, model: dict, meta: dict, cv: dict, honest: dict) -> None:
    """Write ``model.json`` (sorted keys: the same bytes for the same model) and the card; print the scores."""
    from graph.io import write_text

    out.mkdir(parents=True, exist_ok=True)
    write_text(out / "model.json", json.dumps(model, sort_keys=True, separators=(",", ":")) + "\n")
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    date = (dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc) if epoch else dt.datetime.now(dt.timezone.utc))
    write_text(out / "MODEL_CARD.md", card(meta, cv, honest, date.strftime("%Y-%m-%d")))
    for title, scores in (("thresholds chosen on these predictions", cv), ("nested: honest", honest)):
        print(f"\ncross-validated on train_news ({meta['folds']} folds by document, {title}), relation level:")
        for m in MODES:
            s = scores[m]
            print(f"  {NAMES[m]:<16} P {s['precision']:.3f}  R {s['recall']:.3f}  F1 {s['f1']:.3f}"
                  f"  ({s['threshold'] or '-'})")
    print(f"wrote {out / 'model.json'} ({meta['n_features']} weights) and MODEL_CARD.md in {meta['seconds']:.0f} s")

if __name__ == "__main__":
    sys.exit(main())
