"""Features of a stance candidate that transfer across texts (no words of the actors' names).

Each candidate becomes a dict of binary features (name -> 1.0), read by a linear model:

- the cue: lemma and relation, part of speech, frame, the relation's sign, the lexicon confidence;
- the rules' decision on the pair (same relation, other relation, reversed, none) and the rules'
  filter flags (negated, hypothetical, embedded, opinion, adjectival, ...);
- for the source and for the target: the dependency path from the cue to the mention's head
  (labels with direction, ``^`` up and ``v`` down, at most four steps), its length, the side of
  the cue, the word distance, the preposition that introduces the mention, the mention's own
  dependency label, its actor type and kind (name, title, pronoun, place...);
- the cue's voice, whether it sits under a speech verb, the number of mentions and cues in the
  segment, the segment's position in the document and the language.

Conjunctions with the relation (``path|relation``) let one model learn per relation family.

Example
-------
>>> path_labels([("^", "nsubj")])
'^nsubj'
>>> bucket(7, (1, 2, 4, 8))
'<=8'
"""

from __future__ import annotations

from ...actors.deps import CASE_DEPS, PREP_OBJECT_DEPS, roles
from ...relations import relations

#: labels of a preposition heading its object: plain, of a passive's agent, of a recipient (English)
PREPOSITION_HEAD_DEPS = roles("preposition", "agent_preposition", "indirect_object")
#: steps of a path that do not change who is meant ("A and B", "A, the ...", "the Kremlin spokesman")
TRANSPARENT_DEPS = roles("conjunct", "appositive", "noun_compound")
#: children that mark a verb passive
PASSIVE_DEPS = roles("passive_subject", "passive_auxiliary", "agent_preposition")

MAX_PATH = 4


def bucket(n: int, edges: tuple[int, ...]) -> str:
    """The first edge ``n`` does not exceed, as a label (``'>last'`` beyond)."""
    for e in edges:
        if n <= e:
            return f"<={e}"
    return f">{edges[-1]}"


def path_labels(steps: list[tuple[str, str]]) -> str:
    """A path as a string of ``^label`` (toward the root) and ``vlabel`` (away) steps."""
    return "".join(d + lab for d, lab in steps[:MAX_PATH]) + ("+" if len(steps) > MAX_PATH else "")


def dep_path(a, b) -> list[tuple[str, str]] | None:
    """Dependency steps from token ``a`` to token ``b`` through their lowest common ancestor."""
    up = [a, *a.ancestors]
    pos = {t.i: k for k, t in enumerate(up)}
    steps_down = []
    t = b
    while t.i not in pos:
        steps_down.append(("v", t.dep_))
        if t.head == t:
            return None  # different trees (the parser's sentences inside one segment)
        t = t.head
    steps_up = [("^", x.dep_) for x in up[:pos[t.i]]]
    return steps_up + steps_down[::-1]


def _head(doc, m):
    return doc[m["token_start"]:m["token_end"]].root


def _prep(tok) -> str:
    """The preposition introducing ``tok`` (English ``prep`` head or UD ``case`` child)."""
    for c in tok.children:
        if c.dep_ in CASE_DEPS:
            return c.lower_
    h = tok.head
    if tok.dep_ in PREP_OBJECT_DEPS and h.dep_ in PREPOSITION_HEAD_DEPS:
        return h.lower_
    return "-"


def _rank(cue, m, others: list[dict]) -> int:
    """1 + how many other actors of the segment sit nearer the cue on the same side."""
    d = m["token_start"] - cue.i
    return 1 + sum(1 for o in others if o["code"] != m["code"] and (o["token_start"] - cue.i) * d > 0
                   and abs(o["token_start"] - cue.i) < abs(d))


def _role(doc, cue, m, role: str, rel: str, others: list[dict]) -> dict[str, float]:
    h = _head(doc, m)
    steps = dep_path(cue, h)
    path = "none" if steps is None else path_labels(steps)
    n = 99 if steps is None else len(steps)
    dist = h.i - cue.i
    side = "before" if dist < 0 else "after" if dist > 0 else "at"
    feats = {
        f"{role}_path={path}": 1.0,
        f"{role}_path={path}|{rel}": 1.0,
        f"{role}_len={bucket(n, (0, 1, 2, 3, 4, 6))}": 1.0,
        f"{role}_len={bucket(n, (0, 1, 2, 3, 4, 6))}|{rel}": 1.0,
        f"{role}_side={side}": 1.0,
        f"{role}_side={side}|{rel}": 1.0,
        f"{role}_dist={bucket(abs(dist), (1, 2, 4, 8, 16))}": 1.0,
        f"{role}_prep={_prep(h)}": 1.0,
        f"{role}_prep={_prep(h)}|{rel}": 1.0,
        f"{role}_dep={h.dep_}": 1.0,
        f"{role}_type={m.get('type') or '-'}": 1.0,
        f"{role}_type={m.get('type') or '-'}|{rel}": 1.0,
        f"{role}_kind={m.get('kind') or '-'}": 1.0,
        f"{role}_sector={m.get('sector') or '-'}|{rel}": 1.0,
    }
    if steps:
        feats[f"{role}_first={path_labels(steps[:1])}"] = 1.0
        feats[f"{role}_last={path_labels(steps[-1:])}|{rel}"] = 1.0
        core = [s for s in steps if s[1] not in TRANSPARENT_DEPS]
        feats[f"{role}_core={path_labels(core)}|{rel}"] = 1.0
    feats[f"{role}_rank={min(_rank(cue, m, others), 3)}"] = 1.0
    feats[f"{role}_list={bucket(len(h.conjuncts), (0, 1, 3))}|{rel}"] = 1.0  # one of "A, B and C"
    feats[f"{role}_rank={min(_rank(cue, m, others), 3)}|{side}"] = 1.0
    return feats


def features(cand, lang: str) -> dict[str, float]:
    """The feature dict of one :class:`~graph.events.scorer.candidates.Candidate`."""
    seg = cand.seg
    doc = seg.doc
    cue = doc[cand.cue_i]
    rel = cand.relation
    sign = relations()[rel].sign if rel in relations() else "?"
    feats: dict[str, float] = {
        "bias": 1.0,
        f"rel={rel}": 1.0,
        f"sign={sign}": 1.0,
        f"cue={cand.lemma}|{rel}": 1.0,
        f"frame={cand.frame}|{rel}": 1.0,
        f"pos={cand.pos}|{rel}": 1.0,
        f"lang={lang}": 1.0,
        f"lang={lang}|{rel}": 1.0,
        "conf": cand.confidence,
        f"rule={cand.rule or 'none'}": 1.0,
        f"rule={cand.rule or 'none'}|{rel}": 1.0,
        f"voice={'passive' if any(c.dep_ in PASSIVE_DEPS for c in cue.children) else 'active'}": 1.0,
        f"ments={bucket(cand.n_mentions, (2, 3, 4, 6))}": 1.0,
        f"cues={bucket(cand.n_cues, (1, 2, 3, 5))}": 1.0,
        f"seg={bucket(cand.seg_no, (0, 1, 3, 6))}": 1.0,
        f"cue_dep={cue.dep_}": 1.0,
        f"cue_dep={cue.dep_}|{rel}": 1.0,
    }
    for flag in cand.flags:
        feats[f"flag={flag}"] = 1.0
        feats[f"flag={flag}|{cand.rule or 'none'}"] = 1.0
    if not cand.flags:
        feats["flag=none"] = 1.0
    others = [m for m in doc._.mentions or [] if m.get("code") and seg.start <= m["token_start"] < seg.end]
    feats.update(_role(doc, cue, cand.source, "s", rel, others))
    feats.update(_role(doc, cue, cand.target, "t", rel, others))
    sh, th = _head(doc, cand.source), _head(doc, cand.target)
    if th in sh.conjuncts:
        feats["pair=conjuncts"] = 1.0  # "A and B": two sides of one list
    feats[f"rule_seg={'yes' if cand.rule_in_seg else 'no'}"] = 1.0
    feats[f"doc_rule={cand.doc_rule or 'none'}"] = 1.0
    feats[f"doc_rule={cand.doc_rule or 'none'}|{rel}"] = 1.0
    feats[f"segs={bucket(cand.n_segs, (1, 2, 3))}"] = 1.0
    feats[f"segs={bucket(cand.n_segs, (1, 2, 3))}|{rel}"] = 1.0
    s, t = cand.source["token_start"], cand.target["token_start"]
    order = "s<t" if s < t else "t<s"
    feats[f"order={order}|{rel}"] = 1.0
    lo, hi = min(s, t, cue.i), max(s, t, cue.i)
    feats[f"span={bucket(hi - lo, (3, 6, 10, 16, 25))}"] = 1.0
    between = sum(1 for i in range(lo + 1, hi) if doc[i].text in (";", ":") or doc[i].lower_ in ("if", "si"))
    feats[f"barrier={min(between, 2)}"] = 1.0
    return feats
