"""Multi-word cues found on the token columns give spaCy ``Matcher``'s matches, in its order."""

from __future__ import annotations

import pytest
import spacy
from spacy.matcher import Matcher
from spacy.tokens import Doc

from graph.events.lexicon import Cue, load_lexicon
from graph.events.multiword import MultiWordCues


def cue(*lemmas: str, pos: str = "VERB") -> Cue:
    return Cue(tuple(lemmas), pos, "appeal", "svo", 0.9)


def matcher_matches(vocab, cues, doc) -> list[tuple[tuple[str, ...], int, int]]:
    """The matches of the token ``Matcher`` the events stage used before (the same patterns)."""
    matcher, by_key = Matcher(vocab), {}
    for k, c in enumerate(cues):
        by_key[vocab.strings.add(f"cue{k}")] = c
        first, rest = c.lemmas[0], [{"LOWER": w} for w in c.lemmas[1:]]
        matcher.add(f"cue{k}", [[{"LEMMA": v}] + rest for v in dict.fromkeys([first, first.capitalize()])]
                    + [[{"LOWER": w} for w in c.lemmas]])
    return [(by_key[mid].lemmas, s, e) for mid, s, e in matcher(doc)]


def doc_of(lang: str, words: list[str], lemmas: list[str]) -> Doc:
    return Doc(spacy.blank(lang).vocab, words=words, lemmas=lemmas)


CUES = [cue("call", "for"), cue("call", "off"), cue("show", "of", "force", pos="NOUN"), cue("war", "game", pos="NOUN"),
        cue("war", "game", "plan", pos="NOUN"), cue("game", "plan", pos="NOUN"), cue("back", "down")]

CASES = [
    # lemma of the first word, then lower-case forms ("Calling for", "called off")
    (["Ghana", "is", "calling", "for", "talks", "and", "Togo", "called", "off", "the", "visit"],
     ["Ghana", "be", "call", "for", "talk", "and", "Togo", "call", "off", "the", "visit"]),
    # capitalised lemma of a sentence's first word, and a lemma the lemmatiser got wrong (lower form matches)
    (["Call", "for", "calm", ",", "Benin", "urged", ";", "Mali", "backed", "down"],
     ["Call", "for", "calm", ",", "Benin", "urge", ";", "Mali", "backed", "down"]),
    # cues overlapping at one start and sharing an end: "war game plan", "war game", "game plan"
    (["Chad", "leaked", "the", "war", "game", "plan", "after", "a", "show", "of", "force"],
     ["Chad", "leak", "the", "war", "game", "plan", "after", "a", "show", "of", "force"]),
    # a cue cut by the end of the text, and no cue at all
    (["Niger", "made", "a", "show", "of"], ["Niger", "make", "a", "show", "of"]),
    ([], []),
]


@pytest.mark.parametrize("words,lemmas", CASES)
def test_same_matches_as_the_token_matcher(words, lemmas):
    doc = doc_of("en", words, lemmas)
    found = [(c.lemmas, s, e) for c, s, e in MultiWordCues(doc.vocab.strings, CUES)(doc)]
    assert found == (matcher_matches(doc.vocab, CUES, doc) if words else [])


def test_overlapping_cues_come_by_end_then_start():
    doc = doc_of("en", *CASES[2])
    found = [(c.lemmas, s, e) for c, s, e in MultiWordCues(doc.vocab.strings, CUES)(doc)]
    assert found == [(("war", "game"), 3, 5), (("war", "game", "plan"), 3, 6), (("game", "plan"), 4, 6),
                     (("show", "of", "force"), 8, 11)]


def test_the_lexicons_french_and_english_cues():
    fr = doc_of("fr", ["Le", "Niger", "a", "mis", "en", "garde", "le", "Tchad", "et", "fait", "la", "paix"],
                ["le", "Niger", "avoir", "mettre", "en", "garde", "le", "Tchad", "et", "faire", "le", "paix"])
    en = doc_of("en", ["Egypt", "stood", "by", "Sudan", "and", "called", "upon", "Chad"],
                ["Egypt", "stand", "by", "Sudan", "and", "call", "upon", "Chad"])
    for lang, doc in (("fr", fr), ("en", en)):
        cues = load_lexicon(lang).multi
        found = [(c.lemmas, s, e) for c, s, e in MultiWordCues(doc.vocab.strings, cues)(doc)]
        assert found and found == matcher_matches(doc.vocab, cues, doc)
