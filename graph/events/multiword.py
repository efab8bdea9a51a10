"""Multi-word cues ("call for", "mettre en garde") found by dictionary look-up on the token columns.

A multi-word cue matches where its first word is the lemma (or the capitalised lemma) of a token
or the token's lower-case form, and its other words are the lower-case forms of the tokens that
follow. spaCy's token ``Matcher`` found them before, trying every pattern at every token (about
5 ms a seed article, a fifth of the events component); here the lemma and lower-case hashes of
the document are read once (``Doc.to_array``) and each token costs two dictionary look-ups.
The matches are those of the ``Matcher`` with the same patterns, in the same order: by end,
then start, then cue (see :meth:`MultiWordCues.__call__`). A two-word cue whose second word is a
separable particle (``separable_particles`` of grammar.json: out, off...) also matches when the
particle hangs on the verb after its object ("forced the agency out of X", "pulled its troops
out"); that match spans the verb alone.

Example
-------
>>> import spacy
>>> from graph.events.lexicon import Cue
>>> nlp = spacy.blank("en")
>>> m = MultiWordCues(nlp.vocab.strings, [Cue(("call", "for"), "VERB", "appeal", "svo", 0.9)])
>>> [(c.lemmas, s, e) for c, s, e in m(nlp("They CALL for calm."))]
[(('call', 'for'), 1, 3)]
"""

from __future__ import annotations

from spacy.attrs import LEMMA, LOWER

from ..actors.deps import roles

#: how far after its verb a particle separated by the object may stand
PARTICLE_WINDOW = 8


class MultiWordCues:
    """The multi-word cues of a lexicon, indexed by the hash of their first word."""

    def __init__(self, strings, cues, particles=()) -> None:
        self.cues = list(cues)
        #: hashes of the particles that may stand after the verb's object (``separable_particles``)
        self.particles = frozenset(strings.add(w) for w in particles)
        #: first-word hash -> [(cue number, hashes of the other words)], for lemmas and lower forms
        self.by_lemma: dict[int, list[tuple[int, tuple[int, ...]]]] = {}
        self.by_lower: dict[int, list[tuple[int, tuple[int, ...]]]] = {}
        for k, cue in enumerate(self.cues):
            first, rest = cue.lemmas[0], tuple(strings.add(w) for w in cue.lemmas[1:])
            for v in dict.fromkeys([first, first.capitalize()]):
                self.by_lemma.setdefault(strings.add(v), []).append((k, rest))
            self.by_lower.setdefault(strings.add(first), []).append((k, rest))

    def __call__(self, doc) -> list[tuple[object, int, int]]:
        """``(cue, start, end)`` of every match in ``doc``, ordered as spaCy's ``Matcher`` gives
        them: by end token, then start token, then the cue's place in the lexicon; a cue matched
        by several of its spellings at one place counts once."""
        if not self.cues or not len(doc):
            return []
        cols = doc.to_array([LEMMA, LOWER]).tolist()
        lowers = [c[1] for c in cols]
        found: set[tuple[int, int, int]] = set()
        by_lemma, by_lower = self.by_lemma, self.by_lower
        for i, (lemma, lower) in enumerate(cols):
            if lemma not in by_lemma and lower not in by_lower:
                continue
            for k, rest in by_lemma.get(lemma, []) + by_lower.get(lower, []):
                end = i + 1 + len(rest)
                if end <= len(lowers) and tuple(lowers[i + 1:end]) == rest:
                    found.add((end, i, k))
                elif len(rest) == 1 and rest[0] in self.particles and separated_particle(doc[i], rest[0]):
                    found.add((i + 1, i, k))
        return [(self.cues[k], s, e) for e, s, k in sorted(found)]


def separated_particle(verb, word: int) -> bool:
    """Whether ``verb`` has the particle ``word`` (a lower-case hash) after its object, within
    :data:`PARTICLE_WINDOW` tokens ("forced the UN agency out": "force out"; "brought A and B
    together", the particle parsed as an adverb: "bring together")."""
    return any(c.dep_ in roles("verb_particle", "preposition", "adverb_modifier") and c.lower == word
               and verb.i + 1 < c.i <= verb.i + PARTICLE_WINDOW
               for c in verb.children)
