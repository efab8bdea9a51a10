"""The attribute ruler's matches found from a table of word keys, not spaCy's ``Matcher``.

spaCy's ``attribute_ruler`` (tag-to-morphology mapping and exceptions of the English
pipelines, dipgraph's ``lemma_fixes``) finds its matches with a token ``Matcher``. Its
patterns with ``IN``, ``NOT_IN`` or ``REGEX`` are Python predicates that the ``Matcher`` calls
at every token, making a ``Token`` each time: about 40 µs a token for the 22 such patterns of
the English pipeline, some 15 % of bare parsing. Every pattern of that ruler tests only a
word's own columns (lower form, tag, dependency label, space flag, ...), so whether a token
spec matches depends on those few values alone. :class:`KeyedMatch` reads the columns of a
document once (``Doc.to_array``), works out which token specs match each distinct key once
(kept in a table shared by all documents), and returns **the same list** as
``AttributeRuler.match``: every match of every pattern, one per (pattern, start, end), sorted
by pattern, then start. The ruler then sets its attributes as before.

A ruler with any spec the table cannot read (an operator ``OP``, an extension attribute, an
attribute outside :data:`COLUMNS`, a set predicate other than ``IN``/``NOT_IN``/``REGEX``)
keeps spaCy's ``Matcher``.

Example
-------
>>> import spacy
>>> nlp = spacy.blank("en")
>>> ruler = nlp.add_pipe("attribute_ruler")
>>> ruler.add([[{"LOWER": {"IN": ["isn't", "is"]}}]], {"LEMMA": "be"})
>>> keyed = KeyedMatch.of(ruler)
>>> doc = nlp("It is here and IS there")
>>> keyed(doc) == ruler.match(doc)
True
"""

from __future__ import annotations

import re

from spacy.attrs import IDS
from spacy.strings import get_string_id

#: The token attributes a spec may test: columns of ``Doc.to_array`` equal to what the
#: ``Matcher`` compares (``get_token_attr_for_matcher``).
COLUMNS = ("LOWER", "ORTH", "NORM", "TAG", "POS", "DEP", "IS_SPACE")
#: Distinct word keys kept in the table; past this it is emptied (memory stays flat).
TABLE_SIZE = 100_000


def _test(value, strings):
    """One test of a spec on one column, as a function of the column's value, or ``None``
    when the ``Matcher`` would read ``value`` in a way this table does not."""
    if isinstance(value, (str, int)):  # bool too, read as 0 or 1
        want = strings.add(value) if isinstance(value, str) else int(value)
        return lambda v: v == want
    if not isinstance(value, dict) or len(value) != 1:
        return None
    (op, arg), = value.items()
    if op == "REGEX" and isinstance(arg, str):
        rx = re.compile(arg)
        return lambda v: bool(rx.search(strings[v]))
    if op in ("IN", "NOT_IN") and isinstance(arg, (list, tuple)) and all(isinstance(v, (str, int)) for v in arg):
        values = frozenset(get_string_id(v) for v in arg)
        return (lambda v: v in values) if op == "IN" else (lambda v: v not in values)
    return None


class _Tests:
    """The tests of every token spec, each a bit: per column, the tests on it and, per value
    met, the bits of those it passes."""

    def __init__(self, strings) -> None:
        self.strings = strings
        self.on: dict[str, list[tuple[int, object]]] = {}
        self.n = 0

    def spec(self, spec: dict) -> int | None:
        """The bits of a token spec's tests (all must pass), or ``None`` (see :func:`_test`)."""
        bits = 0
        for attr, value in spec.items():
            name = attr.upper() if isinstance(attr, str) else None
            test = _test(value, self.strings) if name in COLUMNS else None
            if test is None:
                return None
            self.on.setdefault(name, []).append((1 << self.n, test))
            bits |= 1 << self.n
            self.n += 1
        return bits

    def columns(self) -> tuple[list[str], list[list[tuple[int, object]]]]:
        """The columns tested and the tests of each."""
        names = sorted(self.on)
        return names, [self.on[n] for n in names]


class KeyedMatch:
    """``AttributeRuler.match`` from a table of word keys (see the module doc); make it with
    :meth:`of`, which returns ``None`` for a ruler the table cannot read."""

    def __init__(self, ruler, singles, multis, tests: _Tests) -> None:
        self.ruler = ruler
        self.size = len(ruler.attrs)
        #: (pattern id, bits of its spec): the one-token patterns
        self.singles = singles
        #: (pattern id, bits of each spec): the longer ones
        self.multis = multis
        self.ids = [ruler.vocab.strings.add(str(i)) for i in range(self.size)]
        names, self.tests = tests.columns()
        self.columns = [IDS[name] for name in names]
        #: per column, value -> bits of the tests it passes
        self.passed: list[dict[int, int]] = [{} for _ in names]
        self.table: dict[tuple, tuple] = {}
        self.by_bits: dict[int, tuple] = {}

    @classmethod
    def of(cls, ruler) -> "KeyedMatch | None":
        """The keyed match of ``ruler``'s current patterns, or ``None`` if one cannot be read."""
        singles, multis, tests = [], [], _Tests(ruler.vocab.strings)
        for i in range(len(ruler.attrs)):
            for pattern in ruler.matcher.get(str(i))[1]:
                specs = [tests.spec(spec) for spec in pattern]
                if not specs or any(s is None for s in specs):
                    return None
                (singles.append((i, specs[0])) if len(specs) == 1 else multis.append((i, specs)))
        return cls(ruler, singles, multis, tests)

    def _bits(self, key: tuple) -> int:
        """The bits of the tests a word key passes."""
        bits = 0
        for value, passed, tests in zip(key, self.passed, self.tests):
            got = passed.get(value)
            if got is None:
                got = passed[value] = sum(bit for bit, test in tests if test(value))
            bits |= got
        return bits

    def _entry(self, bits: int) -> tuple:
        """For a word passing the tests ``bits``: the one-token patterns it matches, for each
        longer pattern the set of its positions the word can stand at, and the longer patterns
        it can begin."""
        entry = self.by_bits.get(bits)
        if entry is None:
            singles = tuple(sorted({i for i, spec in self.singles if spec & bits == spec}))
            places = tuple(frozenset(k for k, spec in enumerate(specs) if spec & bits == spec)
                           for _, specs in self.multis)
            entry = self.by_bits[bits] = (singles, places, tuple(m for m, at in enumerate(places) if 0 in at))
        return entry

    def __call__(self, doc) -> list[tuple]:
        """The matches of ``doc``, as ``AttributeRuler.match`` gives them."""
        if len(self.ruler.attrs) != self.size:  # patterns added since: read them again
            fresh = KeyedMatch.of(self.ruler)
            if fresh is None:
                return _matcher_match(self.ruler, doc)
            self.__dict__.update(fresh.__dict__)
        table = self.table
        if len(table) > TABLE_SIZE:
            table.clear()
            for passed in self.passed:
                passed.clear()
        entries = []
        rows = doc.to_array(self.columns).reshape(len(doc), -1).tolist() if len(doc) and self.columns else ()
        for key in map(tuple, rows):
            entry = table.get(key)
            if entry is None:
                entry = table[key] = self._entry(self._bits(key))
            entries.append(entry)
        if not self.columns:  # patterns of empty specs only
            entries = [self._entry(0)] * len(doc)
        at: dict[int, list[tuple[int, int]]] = {}  # pattern id -> (start, end), in start order
        for n, entry in enumerate(entries):
            for i in entry[0]:
                spans = at.get(i)
                if spans is None:
                    at[i] = [(n, n + 1)]
                else:
                    spans.append((n, n + 1))
        self._longer(entries, at)
        ids = self.ids
        return [(i, ids[i], start, end) for i in sorted(at) for start, end in at[i]]

    def _longer(self, entries: list[tuple], at: dict[int, list[tuple[int, int]]]) -> None:
        """Add the matches of the longer patterns to ``at``, each (start, end) once, in order."""
        multis, last, found = self.multis, len(entries), set()
        for n, entry in enumerate(entries):
            for m in entry[2]:
                i, width = multis[m][0], len(multis[m][1])
                if n + width <= last and all(k in entries[n + k][1][m] for k in range(1, width)):
                    found.add((i, n, n + width))
        for i, start, end in found:
            at.setdefault(i, []).append((start, end))
        for i in {i for i, _, _ in found}:
            at[i].sort()


def _matcher_match(ruler, doc) -> list[tuple]:
    """``AttributeRuler.match`` itself (spaCy's ``Matcher``)."""
    return type(ruler).match(ruler, doc)


def use_keyed_match(nlp) -> bool:
    """Have the pipeline's ``attribute_ruler`` find its matches with :class:`KeyedMatch` (same
    matches, same order); ``False`` when there is no ruler or its patterns need the ``Matcher``."""
    if "attribute_ruler" not in nlp.pipe_names:
        return False
    ruler = nlp.get_pipe("attribute_ruler")
    keyed = KeyedMatch.of(ruler)
    if keyed is None:
        return False
    ruler.match = keyed
    return True
