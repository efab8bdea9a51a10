"""A tense auxiliary cut from its participle by an aside (``dipgraph_split_tenses``).

"La Chine a, selon un communiqué, condamné la Russie", "L'UA a, au diapason de ses membres,
reconnu X comme vainqueur", "China has, according to a statement, condemned Russia": with an
aside between two commas right after the auxiliary, the small parsers hang the subject on the
auxiliary (sometimes made the root, the participle a clause of the aside) and read the
participle's object as its subject. The participle becomes the head of the clause again: the
auxiliary, the subject and the aside hang on it, and a subject after it is its object. Switched
on by ``split_tense_auxiliaries`` (the auxiliaries' forms: the lemmatiser runs later) of the language's ``grammar.json``.

Example
-------
>>> nlp = load_pipeline("fr")  # doctest: +SKIP
>>> doc = nlp("La Chine a, selon un communiqué, condamné la Russie.")  # doctest: +SKIP
>>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in ("Chine", "Russie")]  # doctest: +SKIP
[('Chine', 'nsubj', 'condamné'), ('Russie', 'obj', 'condamné')]
"""

from __future__ import annotations

from spacy.language import Language

from ..languages import load_json
from .repairs import add_after_parser

SPLIT_TENSES = "dipgraph_split_tenses"
#: the longest aside read between the two commas (words)
MAX_ASIDE = 12
#: tags of finite verbs and past participles where a pipeline has no morphology before its parser
FINITE_TAGS = ("VBD", "VBZ", "VBP", "MD")
PARTICIPLE_TAGS = ("VBN", "VBD")  # (the tagger reads "has, ..., recalled" as a past tense)


#: (English parts of speech come after the parser, from its tags)
ADVERB_TAGS = ("RB",)


def _finite(t) -> bool:
    return (t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm")) or t.tag_ in FINITE_TAGS


def _participle(t) -> bool:
    return (t.pos_ == "VERB" and "Part" in t.morph.get("VerbForm")) or t.tag_ in PARTICIPLE_TAGS


class SplitTenses:
    """The repair; ``auxiliaries``: forms of the tense auxiliaries, ``roles``: the
    ``dependency_roles`` of grammar.json."""

    def __init__(self, auxiliaries, roles: dict) -> None:
        self.auxiliaries = frozenset(a.lower() for a in auxiliaries)
        self.subjects = frozenset(roles["active_subject"])
        self.subject, self.obj = roles["active_subject"][0], roles["direct_object"][0]
        self.aux, self.root = roles["auxiliary"][-1], roles["sentence_root"][0]

    def __call__(self, doc):
        for a in doc:
            if a.lower_ in self.auxiliaries and a.i + 2 < len(doc) \
                    and doc[a.i + 1].text == ",":
                self._repair(doc, a)
        return doc

    def _repair(self, doc, a) -> None:
        close = next((k for k in range(a.i + 2, min(a.i + 2 + MAX_ASIDE, len(doc))) if doc[k].text == ","), None)
        if close is None or close == a.i + 2:
            return
        aside = doc[a.i + 2:close]
        if any(_finite(t) or t.is_sent_start for t in aside):
            return  # (a clause of its own, or a sentence break)
        k = close + 1
        while k < len(doc) and k < close + 4 and (doc[k].pos_ == "ADV" or doc[k].tag_ in ADVERB_TAGS):
            k += 1
        if k >= len(doc) or not _participle(doc[k]):
            return
        p = doc[k]
        inside = {t.i for t in aside} | {a.i}
        subjects = [t for t in doc[a.sent.start:a.i] if t.dep_ in self.subjects and t.head.i in inside | {p.i}]
        if not subjects:
            return
        if p.head.i in inside or p.head.i == close:
            p.head, p.dep_ = p, self.root
        if a.head == a:  # the auxiliary made the root: its other words go to the participle
            for c in list(a.children):
                if c != p and c.i not in inside:
                    c.head = p
        a.head, a.dep_ = p, self.aux
        for s in subjects:
            s.head = p
        for t in aside:
            if t.head.i not in inside:
                t.head = p
        doc[a.i + 1].head = doc[close].head = p
        for c in p.rights:  # the object the parser took for a second subject
            if c.dep_ in self.subjects:
                c.dep_ = self.obj


@Language.factory(SPLIT_TENSES, default_config={}, assigns=["token.dep", "token.head"])
def _make_split_tenses(nlp, name: str, lang: str):
    g = load_json(lang, "grammar.json")
    return SplitTenses(g["split_tense_auxiliaries"], g["dependency_roles"])


def add_split_tenses(nlp, lang: str) -> None:
    """Add ``dipgraph_split_tenses`` after the parser when ``lang`` lists ``split_tense_auxiliaries``."""
    add_after_parser(nlp, lang, SPLIT_TENSES, "split_tense_auxiliaries")
