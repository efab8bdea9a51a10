"""Per-language stance lexicons: cues (word -> relation, argument frame) and grammar cue lists.

The data live in the language's folder ``graph/data/lang/<lang>/`` and are read (and checked
against their schema) by :mod:`graph.languages`:

- ``cues.tsv``: one cue a line (``cue``, ``pos``, ``relation``, ``frame``, ``confidence``); a cue
  is a lemma or several lemmas separated by spaces (the first one is the trigger word);
- ``cues_cameo.tsv`` (written by ``scripts/import_cameo_verbs.py``; a header only when a language
  has no import): the same columns
  plus a sense constraint (``object`` lemmas separated by ``|``, ``prep``) and provenance; a
  cue with a constraint fits only a verb with that object or prepositional complement, and
  then wins over the word's plain entries ("withdraw troops from": retreat; "withdraw from the
  treaty": sanction);
- ``grammar.json``: negation, hypothetical, modal, speech-verb and preposition lists, and the
  dependency labels of the language's parser (keys documented in
  :data:`graph.language_schema.SCHEMAS`).

Example
-------
>>> lex = load_lexicon("en")
>>> [c.relation for c in lex.single["condemn"]]
['condemn']
>>> "not" in lex.g["negation"]
True
>>> lex.fallback_window
20
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from ..actors.deps import ACTIVE_SUBJECT_DEPS, COPULA_DEPS, DIRECT_OBJECT_DEPS
from ..errors import DataFileError
from ..relations import relations
from ..languages import language_file, load_json, read_table

#: Argument frames, in order of preference when one word has several cues.
FRAMES = ("transfer", "denial", "predicate", "agent_noun", "members", "must", "until", "cut", "prospect",
          "consequence", "trait", "under", "request", "mediate", "help_sides", "host", "sym", "sym_attack", "accuse", "with", "svo")
POS = ("VERB", "NOUN", "ADJ", "ADP", "ANY")


@dataclass(frozen=True)
class Cue:
    """One lexicon entry: a trigger (lemmas) with its relation, argument frame and confidence."""

    lemmas: tuple[str, ...]
    pos: str
    relation: str
    frame: str
    confidence: float
    #: sense constraint: object lemmas (any of them) and/or the preposition of a complement
    objects: frozenset[str] = frozenset()
    prep: str = ""

    @property
    def sense(self) -> bool:
        """Whether the entry holds only with a given object or preposition."""
        return bool(self.objects or self.prep)

    def fits(self, token) -> bool:
        """Whether ``token``'s part of speech fits the entry (proper nouns never trigger)."""
        if token.pos_ == "PROPN":
            return False
        if self.pos == "ANY":
            return token.pos_ in ("VERB", "NOUN", "ADJ", "AUX")
        if self.pos == "VERB":
            return token.pos_ in ("VERB", "AUX") or token.tag_ in ("VBN", "VBG") or _verb_mistagged(token)
        return token.pos_ == self.pos


def _verb_mistagged(token) -> bool:
    """A word tagged ADJ/NOUN that heads a clause with a subject and an object and no copula
    ("Le pays accuse son voisin" with ``accuse`` as ADJ): the parser's verb in all but name."""
    if token.pos_ not in ("ADJ", "NOUN"):
        return False
    deps = {c.dep_ for c in token.children}
    return bool(deps & ACTIVE_SUBJECT_DEPS) and bool(deps & DIRECT_OBJECT_DEPS) and not deps & COPULA_DEPS


@dataclass
class Lexicon:
    """A language's cues, indexed by trigger lemma, and its grammar lists (``g``)."""

    lang: str
    single: dict[str, list[Cue]]
    multi: list[Cue]
    g: dict[str, frozenset[str]]
    #: relation -> sign ("+" or "-"), from ``graph/data/relations.tsv``
    relation_sign: dict[str, str] = field(default_factory=dict)
    #: tokens between a cue and an actor the fallback reader accepts (``grammar.json``)
    fallback_window: int = 12

    def noun_cues(self, token) -> list[Cue]:
        """The one-word cues ``token``'s lemma gives as a noun ("attack", "talks"): those of part
        of speech ``NOUN`` or ``ANY``, whatever the token's own tag."""
        return [c for c in self.single.get(token.lemma_.lower(), ()) if c.pos in ("NOUN", "ANY")]


@lru_cache(maxsize=None)
def load_lexicon(lang: str) -> Lexicon:
    """Load and check the lexicon of ``lang`` (cached); raises :class:`DataFileError` if bad.

    ``g`` maps each word-list key of ``grammar.json`` to its lower-cased words.
    """
    single: dict[str, list[Cue]] = {}
    multi: list[Cue] = []
    for name in ("cues.tsv", "cues_cameo.tsv"):
        for cue in _read_cues(lang, name):
            if len(cue.lemmas) == 1:
                single.setdefault(cue.lemmas[0], []).append(cue)
            else:
                multi.append(cue)
    raw = load_json(lang, "grammar.json")
    g = {k: frozenset(w.lower() for w in v) for k, v in raw.items() if isinstance(v, list)}
    signs = {name: r.sign for name, r in relations().items()}
    return Lexicon(lang, single, multi, g, signs, raw["fallback_window"])


def add_lemma_fixes(nlp, lang: str) -> None:
    """Give the word forms the lemmatiser gets wrong their lemma (``lemma_fixes`` of
    ``grammar.json``, ``form:lemma``: "staged" is *stage*, not *stag*), through the pipeline's
    attribute ruler (the lemmatiser keeps a lemma already set). No-op without the key or ruler.

    >>> import spacy
    >>> nlp = spacy.blank("en"); _ = nlp.add_pipe("attribute_ruler")
    >>> add_lemma_fixes(nlp, "en"); nlp("They staged a rally")[1].lemma_
    'stage'
    """
    fixes = load_json(lang, "grammar.json").get("lemma_fixes") or []
    if not fixes or "attribute_ruler" not in nlp.pipe_names:
        return
    by_lemma: dict[str, list[str]] = {}
    for pair in fixes:
        form, _, lemma = pair.partition(":")
        by_lemma.setdefault(lemma, []).append(form.lower())
    ruler = nlp.get_pipe("attribute_ruler")
    for lemma, forms in sorted(by_lemma.items()):
        ruler.add([[{"LOWER": {"IN": forms}}]], {"LEMMA": lemma})


def _read_cues(lang: str, name: str) -> list[Cue]:
    known = relations()
    out = []
    for n, row in read_table(lang, name):
        where = f"{language_file(lang, name)}:{n}"
        try:
            objs = frozenset(o for o in (row.get("object") or "").lower().split("|") if o)
            cue = Cue(tuple(row["cue"].lower().split()), row["pos"], row["relation"],
                      row["frame"], float(row["confidence"]), objs, (row.get("prep") or "").lower())
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise DataFileError(f"{where}: malformed cue line ({exc})") from None
        if cue.relation not in known or cue.frame not in FRAMES or cue.pos not in POS \
                or not 0 <= cue.confidence <= 1 or not cue.lemmas:
            raise DataFileError(f"{where}: unknown relation, frame or pos, or bad confidence")
        out.append(cue)
    return out
