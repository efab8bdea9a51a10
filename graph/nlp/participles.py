"""Repair of French participle clauses with an object clitic (``dipgraph_participles``).

"Le Bénin a critiqué le Togo, lui reprochant son silence": the French pipelines often misread
a present participle after a comma and an object clitic. They tag the participle NOUN and the
clitic a determiner ("la remerciant", "leur reprochant"), or make the participle the root of the
sentence and the main verb its adverbial clause. The participle clause belongs to the verb
before the comma and its clitic is its object, as in the parses they get right ("l'accusant de
..."): the participle becomes a VERB in an adverbial clause of that verb, the clitic a pronoun
object. A clitic tagged as the determiner of a verb ("la défend") is its object too.
``participle_clitics`` of the language's ``grammar.json`` (clitic -> object role),
``participle_endings`` (the endings of the participle). A participle right after a gerund mark
(``gerund_marks``: "en menaçant Taïwan") with an object, tagged ADJ or NOUN, is a VERB.

Example
-------
>>> nlp = load_pipeline("fr")  # doctest: +SKIP
>>> doc = nlp("Le Bénin a critiqué le Togo, lui reprochant son silence.")  # doctest: +SKIP
>>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in ("lui", "reprochant")]  # doctest: +SKIP
[('lui', 'iobj', 'reprochant'), ('reprochant', 'advcl', 'critiqué')]
"""

from __future__ import annotations

from spacy.language import Language

from ..languages import load_json
from .repairs import add_after_parser

NAME = "dipgraph_participles"


class Participles:
    """Relabels participle clauses with an object clitic (see the module doc)."""

    def __init__(self, clitics: dict[str, str], endings, roles: dict, gerund_marks=()) -> None:
        self.gerund_marks = frozenset(m.lower() for m in gerund_marks)
        self.clitics = {k.lower(): roles[v][0] for k, v in clitics.items()}
        self.endings = tuple(endings)
        self.root, self.advcl = roles["sentence_root"][0], roles["adverbial_clause"][0]
        self.determiners = frozenset(roles["determiner"])
        self.modifiers, self.objects = frozenset(roles["clausal_modifier"]), frozenset(roles["direct_object"])

    def __call__(self, doc):
        for t in doc:
            if self._participle(doc, t):
                self._repair(doc, t)
            elif self._gerund(doc, t):
                t.pos_ = "VERB"  # "a riposté en menaçant X": a gerund the tagger read as an adjective
            elif self._free_adjunct(doc, t):
                t.head, t.dep_ = t.head.head, self.advcl
            elif t.lower_ in self.clitics and t.pos_ == "DET" and t.dep_ in self.determiners \
                    and t.head.i == t.i + 1 and t.head.pos_ in ("VERB", "AUX"):
                t.pos_, t.dep_ = "PRON", self.clitics[t.lower_]  # "la défend": its object
        return doc

    def _participle(self, doc, t) -> bool:
        """``t`` is a participle after a comma and an object clitic: ", lui reprochant"."""
        if t.i < 2 or not t.lower_.endswith(self.endings) or len(t) < 6 or not t.is_lower:
            return False
        clitic, before = doc[t.i - 1], doc[t.i - 2]
        return clitic.lower_ in self.clitics and before.text == "," and t.pos_ in ("NOUN", "ADJ", "VERB")

    def _gerund(self, doc, t) -> bool:
        """``t`` is a gerund tagged ADJ or NOUN: a participle right after its gerund mark ("en
        menaçant X", ``gerund_marks``) with an object of its own."""
        if t.i < 1 or t.pos_ not in ("NOUN", "ADJ") or not t.lower_.endswith(self.endings) or len(t) < 6:
            return False
        mark = doc[t.i - 1]
        return mark.lower_ in self.gerund_marks and mark.head == t and t.is_lower \
            and any(c.dep_ in self.objects for c in t.children)

    def _free_adjunct(self, doc, t) -> bool:
        """"Le Tchad a rappelé son ambassadeur, accusant ...": a participle after a comma hung
        on the verb's object as its modifier; it is the clause's adjunct, about its subject."""
        return t.i > 0 and doc[t.i - 1].text == "," and t.pos_ == "VERB" and t.lower_.endswith(self.endings) \
            and t.dep_ in self.modifiers and t.head.dep_ in self.objects and t.head.head.pos_ in ("VERB", "AUX") \
            and t.head.i < t.i

    def _repair(self, doc, t) -> None:
        clitic = doc[t.i - 1]
        clitic.pos_, clitic.head, clitic.dep_ = "PRON", t, self.clitics[clitic.lower_]
        t.pos_ = "VERB"
        main = t.head
        if t.dep_ == self.root:  # the verb before the comma became its adverbial clause
            main = next((c for c in t.lefts if c.dep_ == self.advcl and c.pos_ in ("VERB", "AUX")), None)
            if main is None:
                return
            main.head, main.dep_ = main, self.root
            for c in [c for c in t.lefts if c.i < clitic.i - 1 and c != main]:
                c.head = main
        elif main.pos_ not in ("VERB", "AUX"):
            return
        t.head, t.dep_ = main, self.advcl


@Language.factory(NAME, default_config={}, assigns=["token.dep", "token.head", "token.pos"])
def _make_participles(nlp, name: str, lang: str):
    g = load_json(lang, "grammar.json")
    return Participles(g["participle_clitics"], g["participle_endings"], g["dependency_roles"],
                        g.get("gerund_marks", ()))


def add_participles(nlp, lang: str) -> None:
    """Add ``dipgraph_participles`` after the parser when ``lang`` lists ``participle_clitics``."""
    add_after_parser(nlp, lang, NAME, "participle_clitics")
