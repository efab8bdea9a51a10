"""Names under a courtesy word: "M. Saakachvili a dénoncé ...", "Mme Colonna a reçu ...".

The French pipelines parse a courtesy word before a surname as the head of the name: in
"M. Saakachvili a dénoncé une invasion", *M.* is the verb's ``nsubj`` and *Saakachvili* its
``flat:name``. The actor stage's mention is the name alone, so it is not a subject, and the
pronoun of the next sentence ("Il a remercié ...") skips the person for an earlier subject. This
component, switched on by ``honorific_heads`` of the language's ``grammar.json`` (the courtesy
words), makes the first name word after such a word the head in its place: the name takes the
courtesy word's head and label, and the courtesy word and the other name words hang on the name
(the courtesy word with the label the name had). Labels come from the language's
``dependency_roles``.

Example
-------
>>> nlp = load_pipeline("fr")  # doctest: +SKIP
>>> doc = nlp("M. Saakachvili a dénoncé une invasion.")  # doctest: +SKIP
>>> [t.text for t in doc if t.dep_ == "nsubj"]  # doctest: +SKIP
['Saakachvili']
"""

from __future__ import annotations

from spacy.language import Language

from ..languages import load_json
from .repairs import add_after_parser

NAME = "dipgraph_honorific_heads"


class HonorificHeads:
    """Makes the name after a courtesy word the head of its phrase (see the module doc)."""

    def __init__(self, words, roles: dict) -> None:
        self.words = frozenset(w.lower() for w in words)
        self.flat = frozenset(roles["flat_name"])

    def __call__(self, doc):
        for t in doc:
            if t.lower_ in self.words:
                self._repair(t)
        return doc

    def _repair(self, t) -> None:
        names = [c for c in t.children if c.dep_ in self.flat and c.i > t.i]
        if not names or names[0].i != t.i + 1:
            return
        name, others = names[0], [c for c in t.children if c != names[0]]
        label, head = name.dep_, (name if t.head == t else t.head)
        name.head, name.dep_ = head, t.dep_
        t.head, t.dep_ = name, label
        for c in others:
            c.head = name


@Language.factory(NAME, default_config={}, assigns=["token.dep", "token.head"])
def _make_honorific_heads(nlp, name: str, lang: str):
    g = load_json(lang, "grammar.json")
    return HonorificHeads(g["honorific_heads"], g["dependency_roles"])


def add_honorific_heads(nlp, lang: str) -> None:
    """Add ``dipgraph_honorific_heads`` after the parser when ``lang`` lists ``honorific_heads``."""
    add_after_parser(nlp, lang, NAME, "honorific_heads")
