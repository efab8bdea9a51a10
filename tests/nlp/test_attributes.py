"""The attribute ruler's matches from a table of word keys (``graph/nlp/attributes.py``): the
same list as spaCy's ``Matcher`` gives, so the same token attributes."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from graph.nlp import load_pipeline
from graph.nlp.attributes import KeyedMatch, use_keyed_match

ENGLISH = [
    "They ain't leaving, y'all know it, and there's nothin' we can do about it.",
    "Isn't it strange that the envoy gave it to you and not to me?  We've  seen worse.",
    "The ministers lambasted the plan while the rebels waged a war that raged for years.\n\nIt stages talks.",
    "If I'm wrong, do tell; he did, and they have, but there are doubts whether it is over.",
]
FRENCH = [
    "Le ministre a condamné l'attaque et la Russie a rejeté ces accusations.",
    "Les deux pays se sont engagés à reprendre les pourparlers  dès lundi.\n\nQui l'a dit ?",
    "N'est-ce pas la France qui soutient l'Ukraine depuis le début de la guerre ?",
]


def _before_ruler(nlp, text: str) -> Doc:
    names = nlp.pipe_names
    with nlp.select_pipes(disable=names[names.index("attribute_ruler"):]):
        return nlp(text)


def _attributes(doc: Doc) -> list[tuple]:
    return [(t.tag_, t.pos_, t.dep_, str(t.morph), t.lemma_) for t in doc]


@pytest.mark.parametrize("lang,text", [("en", t) for t in ENGLISH] + [("fr", t) for t in FRENCH])
def test_the_pipelines_match_as_the_matcher_does(lang, text):
    nlp = load_pipeline(lang)
    ruler = nlp.get_pipe("attribute_ruler")
    assert isinstance(ruler.match, KeyedMatch)
    doc = _before_ruler(nlp, text)
    keyed, matcher = ruler.match(doc), type(ruler).match(ruler, doc)
    assert keyed == matcher and keyed
    other = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    ruler.set_annotations(doc, keyed)
    ruler.set_annotations(other, matcher)
    assert _attributes(doc) == _attributes(other)


def _ruler():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": {"IN": ["ca", "wo"]}}, {"LOWER": {"REGEX": "^n'?t$"}}]], {"LEMMA": "can"})
    ruler.add([[{"ORTH": "not"}], [{"LOWER": {"IN": ["not", "never"]}}]], {"NORM": "not"})  # two patterns, one key
    ruler.add([[{"LOWER": "there"}, {"LOWER": {"IN": ["is", "are"]}}]], {"LEMMA": "be"}, index=1)
    ruler.add([[{"IS_SPACE": True}]], {"LEMMA": "_"})
    ruler.add([[{"LOWER": {"NOT_IN": ["the", "a"]}, "IS_SPACE": False}]], {"NORM": "w"})
    ruler.add([[{}]], {"NORM": "any"})
    return nlp, ruler


@pytest.mark.parametrize("text", [
    "They won't go, and there is no way there are not  more.",
    "Not now, never, not ever",
    "I can't stop there\n\nthere",
    "",
])
def test_every_kind_of_spec_matches_as_the_matcher_does(text):
    nlp, ruler = _ruler()
    doc = nlp.make_doc(text)
    assert KeyedMatch.of(ruler)(doc) == type(ruler).match(ruler, doc)


def test_patterns_added_later_are_read():
    nlp, ruler = _ruler()
    assert use_keyed_match(nlp)
    ruler.add([[{"LOWER": "go"}]], {"LEMMA": "went"})
    doc = Doc(nlp.vocab, words=["they", "go"])
    assert ruler.match(doc) == type(ruler).match(ruler, doc)
    assert (len(ruler.attrs) - 1, 1, 2) in {(i, s, e) for i, _, s, e in ruler.match(doc)}


@pytest.mark.parametrize("pattern", [
    [{"LOWER": "very", "OP": "+"}],
    [{"_": {"flag": True}}],
    [{"LEMMA": "be"}],
    [{"LOWER": {"FUZZY": "hello"}}],
])
def test_a_ruler_the_table_cannot_read_keeps_the_matcher(pattern):
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "x"}]], {"LEMMA": "y"})
    try:
        ruler.add([pattern], {"NORM": "z"})
    except ValueError:  # a pattern spaCy refuses is no case here
        pytest.skip("spaCy refuses the pattern")
    assert KeyedMatch.of(ruler) is None
    assert not use_keyed_match(nlp)
    assert not isinstance(ruler.match, KeyedMatch)


@pytest.mark.parametrize("patterns", [
    [[{"LOWER": {"IN": ["is", "are"]}}]],
    [[{"TAG": "VBZ"}], [{"TAG": {"NOT_IN": ["", "NN"]}}]],
    [[{}], [{}, {}]],
])
def test_a_ruler_on_one_column_or_none_matches_as_the_matcher_does(patterns):
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add(patterns, {"NORM": "x"})
    doc = nlp.make_doc("It is as they are: IS it?")
    assert KeyedMatch.of(ruler)(doc) == type(ruler).match(ruler, doc)
