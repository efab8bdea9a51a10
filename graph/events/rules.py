"""Relation rewrites and confidences of the frame handlers, read from ``graph/data/frame_rules.tsv``.

The frames decide *when* a mechanism applies ("a protest noun lodged with X", "a promised
attack"); the table says *what it gives*: the relation a rule rewrites to (``protest`` becomes
``condemn``, ``attack`` becomes ``threaten``), the relation and confidence of the built-in
``must``/``until`` cues, and the factors on a confidence (an argument guessed by word order, a
pronoun). One row per (rule, relation); ``*`` applies to any relation. Every rule the code
names must have a row, and every row a rule the code knows.

Example
-------
>>> rules = load_rules()
>>> rules.rewrite("protest_note", "protest"), rules.rewrite("protest_note", "attack")
('condemn', 'attack')
>>> rules.value("guessed_argument")
0.75
>>> sorted(rules.relations("mutual"))
['agree', 'attack', 'cooperate', 'meet', 'mobilize', 'support']
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache

from ..errors import DataFileError
from ..relations import relations
from ..resources import data_path

#: The rules the frame handlers apply, by kind: a rewrite gives a relation; a factor a number; a
#: cue both (its relation and confidence).
REWRITES = frozenset({"must_appeal", "request_demand", "request_appeal", "both_sides_appeal",
                      "mediating_request", "protest_note", "commissive", "resolve", "co_fighters", "cut",
                      "mediation", "dissuasion", "consequence", "conditioned", "refusal",
                      "prospected", "alleged", "offered"})
FACTORS = frozenset({"guessed_argument", "pronoun_argument", "hyphen_agent"})
#: Rules that mark relations: ``mutual``, the relations two coordinated actors may hold toward
#: each other ("A and B met", "A and B fought", "a standoff between A and B"); ``co_partners``,
#: the relations whose co-agent phrase names the partner ("worked alongside B").
#: ``judged_action``, the relations whose cue does not target the victim of a hostile action noun it
#: judges ("condemned the attack on X"); ``announced``, the relations whose cue announced in the
#: conditional by its speaker is stated ("said it would recall its ambassador from X");
#: ``joint_anaphor``, the relations whose event a later definite noun names with all its parties
#: ("A and B signed a deal. X welcomed the agreement": A and B, not only the first signer);
#: ``process_anaphor``, the relations whose cue takes "the process" for the parties of the last agreement.
MARKS = frozenset({"mutual", "co_partners", "judged_action", "announced", "joint_anaphor", "process_anaphor"})
CUES = frozenset({"must_cue", "until_cue"})
COLUMNS = ("rule", "relation", "becomes", "value", "why")


@dataclass(frozen=True)
class FrameRules:
    """The table: ``(rule, relation) -> becomes`` and ``rule -> value``."""

    becomes: dict[tuple[str, str], str]
    values: dict[str, float]
    marked: dict[str, frozenset[str]]

    def relations(self, rule: str) -> frozenset[str]:
        """The relations a marking rule names (``relations("mutual")``)."""
        return self.marked.get(rule, frozenset())

    def applies(self, rule: str, relation: str) -> bool:
        """Whether ``rule`` rewrites ``relation``."""
        return (rule, relation) in self.becomes or (rule, "*") in self.becomes

    def rewrite(self, rule: str, relation: str) -> str:
        """The relation ``rule`` gives for ``relation`` (``relation`` itself when it does not apply)."""
        return self.becomes.get((rule, relation)) or self.becomes.get((rule, "*")) or relation

    def value(self, rule: str) -> float:
        """The confidence or factor of ``rule``."""
        return self.values[rule]


@lru_cache(maxsize=None)
def load_rules() -> FrameRules:
    """The rules of ``graph/data/frame_rules.tsv`` (read once; see :func:`read_rules`)."""
    return read_rules(data_path("frame_rules.tsv"))


def read_rules(path) -> FrameRules:
    """Read and check a rules table; raises :class:`DataFileError` naming the file and line of a
    bad row, or the rules missing from the table."""
    known = set(relations())
    becomes: dict[tuple[str, str], str] = {}
    values: dict[str, float] = {}
    marked: dict[str, set[str]] = {}
    with open(path, encoding="utf-8", newline="") as fh:
        lines = [(n, line) for n, line in enumerate(fh, 1) if line.strip() and not line.startswith("#")]
    rows = csv.reader((line for _, line in lines), delimiter="\t", quoting=csv.QUOTE_NONE)
    header = next(rows, None)
    if header is None or tuple(header) != COLUMNS:
        raise DataFileError(f"{path}: the header must be {' '.join(COLUMNS)}")
    for (n, _), row in zip(lines[1:], rows):
        if len(row) != len(COLUMNS):
            raise DataFileError(f"{path}:{n}: {len(row)} columns instead of {len(COLUMNS)}")
        rule, rel, new, value, _why = row
        where = f"{path}:{n}"
        if rule not in REWRITES | FACTORS | CUES | MARKS:
            raise DataFileError(f"{where}: unknown rule '{rule}'")
        for r in (rel, new):
            if r not in known | {"*", ""}:
                raise DataFileError(f"{where}: unknown relation '{r}'")
        if rule in MARKS:
            if rel not in known:
                raise DataFileError(f"{where}: rule '{rule}' needs a relation")
            marked.setdefault(rule, set()).add(rel)
        if rule in REWRITES | CUES:
            if not rel or not new:
                raise DataFileError(f"{where}: rule '{rule}' needs a relation and the relation it becomes")
            becomes[(rule, rel)] = new
        if rule in FACTORS | CUES:
            try:
                values[rule] = float(value)
            except ValueError:
                raise DataFileError(f"{where}: rule '{rule}' needs a number in 'value', not '{value}'") from None
            if not 0 < values[rule] <= 1:
                raise DataFileError(f"{where}: value {value} is not in (0, 1]")
    missing = (REWRITES | CUES) - {r for r, _ in becomes} | FACTORS - set(values) | MARKS - set(marked)
    if missing:
        raise DataFileError(f"{path}: no row for rule(s) {', '.join(sorted(missing))}")
    return FrameRules(becomes, values, {k: frozenset(v) for k, v in marked.items()})
