"""Objects hung on a time word: "a annoncé dimanche le rappel de son ambassadeur".

A time noun between a verb and its object ("a annoncé *dimanche* le rappel de ...", "a décrété
*jeudi* la fermeture de ...") leads the French pipelines to hang the object noun on the time
noun (``obj`` of *dimanche*), so the verb has no object and the event noun is lost. This
component, switched on by ``time_object_words`` of the language's ``grammar.json`` (the time
words: weekdays, parts of the day...), hangs such an object back on the verb when the time word
(or a chain of them, "mercredi soir") hangs on a verb before it that has no object of its own. A
time word the parser made the verb's open complement ("a décidé *lundi* la suspension") becomes
its modifier oblique. A passive's agent hung on such a time word ("a été abrogé *jeudi* par X")
goes back to the verb as well. Labels come from the language's ``dependency_roles``.

Example
-------
>>> nlp = load_pipeline("fr")  # doctest: +SKIP
>>> doc = nlp("La France a annoncé dimanche le rappel de son ambassadeur.")  # doctest: +SKIP
>>> [t.head.text for t in doc if t.text == "rappel"]  # doctest: +SKIP
['annoncé']
"""

from __future__ import annotations

from spacy.language import Language

from ..languages import load_json
from .repairs import add_after_parser

NAME = "dipgraph_time_objects"
VERB_TAGS = ("VERB", "AUX")
NOUN_TAGS = ("NOUN", "PROPN")


class TimeObjects:
    """Hangs an object the parser put under a time word back on the verb (see the module doc)."""

    def __init__(self, words, roles: dict) -> None:
        self.words = frozenset(w.lower() for w in words)
        self.objects = frozenset(roles["direct_object"])
        self.agents = frozenset(roles["nominal_agent"])
        self.open = frozenset(roles["open_complement"])
        self.obl = (roles["modifier_oblique"] or roles["noun_adverbial"] or [""])[-1]

    def __call__(self, doc):
        for t in doc:
            if t.lower_ in self.words and t.pos_ in NOUN_TAGS:
                self._repair(t)
        return doc

    def _verb(self, t):
        """The verb before ``t`` that the chain of time words from ``t`` hangs on, or None."""
        x = t
        while x.head != x and x.head.lower_ in self.words:
            x = x.head
        v = x.head
        return (v, x) if v != x and v.pos_ in VERB_TAGS and v.i < t.i else (None, x)

    def _repair(self, t) -> None:
        verb, top = self._verb(t)
        if verb is None:
            return
        moved = self._hung(t, verb, self.objects)[:1] + self._hung(t, verb, self.agents)
        for c in moved:
            c.head = verb
        if moved and top.dep_ in self.open and self.obl:
            top.dep_ = self.obl

    def _hung(self, t, verb, deps) -> list:
        """The nouns labelled ``deps`` after the time word ``t`` when ``verb`` has none of its own."""
        if not deps or any(c.dep_ in deps for c in verb.children):
            return []
        return [c for c in t.children if c.dep_ in deps and c.pos_ in NOUN_TAGS and c.i > t.i]


@Language.factory(NAME, default_config={}, assigns=["token.dep", "token.head"])
def _make_time_objects(nlp, name: str, lang: str):
    g = load_json(lang, "grammar.json")
    return TimeObjects(g["time_object_words"], g["dependency_roles"])


def add_time_objects(nlp, lang: str) -> None:
    """Add ``dipgraph_time_objects`` after the parser when ``lang`` lists ``time_object_words``."""
    add_after_parser(nlp, lang, NAME, "time_object_words")
