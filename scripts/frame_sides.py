"""Measure the conflict frame's sides against the conflict pairs of a gold file (issue 14).

For every document of an evaluation set, prints the sides ``dipgraph explain`` shows (the first
piece that has sides) and the gold's conflict pairs, then counts the documents where the sides
are ``right`` (the best gold pair), ``plausible`` (another gold conflict pair), ``wrong`` (a pair
the gold has no conflict for), ``missing`` (no sides, a gold pair exists), ``extra`` (sides, no
gold pair) and ``none`` (neither).

The gold pairs are scored per unordered pair of codes: hostile relations (attack 2, threaten and
coerce 1.5, mobilize 1, accuse 0.5, condemn, sanction, demand and reject 0.25) and the two
parties one mediator mediates for in one statement (3); a pair holding a mediator needs 2. The
best pair must score at least 1. The gold is read to measure only.

Example: ``python scripts/frame_sides.py --shared ../shared --set train_news``
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

WEIGHTS = {"attack": 2, "threaten": 1.5, "coerce": 1.5, "mobilize": 1, "accuse": 0.5, "condemn": 0.25,
           "sanction": 0.25, "demand": 0.25, "reject": 0.25}


def gold_pairs(rows: list[dict]) -> collections.Counter:
    """The conflict score of each unordered pair of codes of one document's gold rows."""
    score: collections.Counter = collections.Counter()
    mediated: dict[tuple[str, str], set[str]] = collections.defaultdict(set)
    for r in rows:
        if r["source"] == r["target"]:
            continue
        if r["relation"] in WEIGHTS:
            score[tuple(sorted((r["source"], r["target"])))] += WEIGHTS[r["relation"]]
        if r["relation"] == "mediate":
            mediated[(r["source"], r.get("evidence", ""))].add(r["target"])
    for parties in mediated.values():
        if len(parties) == 2:
            score[tuple(sorted(parties))] += 3
    mediators = {source for source, _ in mediated}
    for pair in [p for p in score if set(p) & mediators and score[p] < 2]:
        del score[pair]
    return score


def verdict(sides: tuple, gold: collections.Counter) -> str:
    """How the frame's ``sides`` compare with the gold pairs (see the module docstring)."""
    top = max(gold.values(), default=0)
    best = {p for p, s in gold.items() if s >= top and top >= 1}
    if not best:
        return "extra" if sides else "none"
    if not sides:
        return "missing"
    pair = tuple(sorted(sides))
    return "right" if pair in best else "plausible" if pair in gold else "wrong"


def main(argv: list[str] | None = None) -> int:
    """Print one line per document and the counts."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], epilog=__doc__.rsplit("\n\n", 1)[-1])
    ap.add_argument("--shared", default="../shared", help="the shared folder (default ../shared)")
    ap.add_argument("--set", default="train_news", help="evaluation set under <shared>/eval (default train_news)")
    ap.add_argument("docs", nargs="*", help="only these documents")
    args = ap.parse_args(argv)
    from graph.cli.explain import explain

    base = Path(args.shared) / "eval" / args.set
    gold: dict[str, list[dict]] = collections.defaultdict(list)
    for line in (base / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            gold[row["doc"]].append(row)
    counts: collections.Counter = collections.Counter()
    for doc in sorted(gold):
        if args.docs and doc not in args.docs:
            continue
        pairs = gold_pairs(gold[doc])
        sides = next((tuple(p["document"]["sides"]) for p in explain(str(base / "docs" / doc))
                      if (p["document"] or {}).get("sides")), ())
        v = verdict(sides, pairs)
        counts[v] += 1
        print(f"{doc}\t{v}\t{'/'.join(sides) or '-'}\t{pairs.most_common(3)}")
    print(" ".join(f"{k}={counts[k]}" for k in ("right", "plausible", "wrong", "missing", "extra", "none")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
