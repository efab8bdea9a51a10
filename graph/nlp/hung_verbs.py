"""A clause's verb the parser hung on its subject (``dipgraph_hung_verbs``).

"Le Soudan dément tout rôle dans l'attaque", "Moscou dément les informations de Kiev", "Le Mali
pilonne les positions rebelles": the French tagger reads a present-tense verb that is also an
adjective or adverb ("dément", "pilonne", "critique"), or even a finite verb, as a modifier of
the subject before it, and the parser makes the subject (or the object) the root. When the
sentence opens with that subject noun phrase, the word right after it is a finite verb (or one
of ``hung_verb_homographs`` of the language's ``grammar.json``) and a determiner, a name or an
infinitive follows (after a future tense of ``hung_future_endings``, which the tagger may read
as a participle, "voyagera", also a preposition), the word becomes the verb and root of the clause: the noun phrase before it
its subject, the noun after it its object (the words hung on the subject after the verb go with
the object), an infinitive its complement.

Example
-------
>>> nlp = load_pipeline("fr")  # doctest: +SKIP
>>> doc = nlp("Le Soudan dément tout rôle dans l'attaque.")  # doctest: +SKIP
>>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in ("Soudan", "rôle")]  # doctest: +SKIP
[('Soudan', 'nsubj', 'dément'), ('rôle', 'obj', 'dément')]
"""

from __future__ import annotations

from spacy.language import Language

from ..languages import load_json
from .repairs import add_after_parser

HUNG_VERBS = "dipgraph_hung_verbs"
#: the longest subject read between an object relative pronoun and a hung verb (words)
MAX_RELATIVE_SUBJECT = 6


class HungVerbs:
    """The repair; ``homographs``: verb forms the tagger reads as another part of speech,
    ``roles``: the ``dependency_roles`` of grammar.json, ``futures``: endings of the future tense."""

    def __init__(self, homographs, roles: dict, futures=(), object_relatives=()) -> None:
        self.homographs = frozenset(h.lower() for h in homographs)
        self.futures = tuple(futures)
        self.subjects = frozenset(roles["active_subject"]) | frozenset(roles["passive_subject"])
        self.subject, self.obj = roles["active_subject"][0], roles["direct_object"][0]
        self.root, self.xcomp = roles["sentence_root"][0], roles["open_complement"][0]
        self.oblique = (roles["modifier_oblique"] or roles["nominal_modifier"])[0]
        self.modifiers = frozenset(x for k in ("adjectival_modifier", "adverb_modifier", "adnominal_clause",
                                               "clausal_modifier") for x in roles[k])
        self.relative = roles["relative_clause"][0]
        self.object_relatives = frozenset(object_relatives)

    def __call__(self, doc):
        for sent in list(doc.sents):
            self._repair(doc, sent)
        for w in doc:
            if w.lower_ in self.homographs and w.pos_ != "VERB":
                self._before_infinitive(w)
                if w.pos_ != "VERB":
                    self._after_relative(w)
        return doc

    def _after_relative(self, w) -> None:
        """A homograph right after the subject of a relative clause opened by an object relative
        pronoun ("..., ce que Banjul dément", "une accusation que le Mali dément"): the parser
        hangs the word on that subject as a modifier; it is the clause's verb, the subject and
        the pronoun its own, and the clause a relative of the pronoun's antecedent."""
        doc = w.doc
        k = w.i - 1
        while k > 0 and w.i - k <= MAX_RELATIVE_SUBJECT and doc[k].pos_ in ("DET", "NOUN", "PROPN", "ADJ", "ADP"):
            k -= 1
        if k < 1 or k == w.i - 1 or doc[k].lower_ not in self.object_relatives:
            return
        span = doc[k + 1:w.i]
        subject, antecedent = span.root, doc[k - 1]
        if subject.pos_ not in ("NOUN", "PROPN") or antecedent.is_punct:
            return
        w.pos_ = "VERB"
        w.head, w.dep_ = antecedent, self.relative
        subject.head, subject.dep_ = w, self.subject
        doc[k].head, doc[k].dep_ = w, self.obj

    def _before_infinitive(self, w) -> None:
        """A homograph the parser hung as a modifier, right before an infinitive whose subject
        precedes it ("X, qui dément soutenir Y", "le gouvernement X dément armer Y") or that the
        parser hung on the noun right before it ("Pour sa part, X dément fournir Y"): the word
        is the verb, the infinitive its open complement, the subject (or that noun) its own."""
        doc = w.doc
        if w.dep_ not in self.modifiers or w.i + 1 >= len(doc):
            return
        v = doc[w.i + 1]
        if v.pos_ not in ("VERB", "AUX") or "Inf" not in v.morph.get("VerbForm"):
            return
        subjects = [c for c in v.children if c.dep_ in self.subjects and c.i < w.i]
        if subjects:
            top = v
        elif v.head.i == w.i - 1 and v.head.pos_ in ("NOUN", "PROPN") and v.dep_ in self.modifiers:
            top, subjects = v.head, [v.head]  # "X dément fournir" read as "X" modified by "fournir"
        else:
            return
        w.pos_ = "VERB"
        w.head, w.dep_ = (w, self.root) if top.head == top else (top.head, top.dep_)
        for c in subjects + [c for c in v.children if c.i < w.i]:
            c.head, c.dep_ = w, (self.subject if c in subjects else c.dep_)
        v.head, v.dep_ = w, self.xcomp

    def _repair(self, doc, sent) -> None:
        k = sent.start
        if doc[k].pos_ == "DET":
            k += 1
        if k >= sent.end or doc[k].pos_ not in ("NOUN", "PROPN"):
            return
        s = doc[k]
        k += 1
        while k < sent.end and (doc[k].pos_ == "ADJ" and doc[k].lower_ not in self.homographs
                                or doc[k].pos_ == "PROPN") and doc[k].head == s:
            k += 1  # "Le président russe", "Le président Vladimir Poutine"
        if k + 1 >= len(doc) or (k + 1 >= sent.end and doc[sent.end - 1].is_punct):
            return
        w, nxt = doc[k], doc[k + 1]
        end = nxt.sent.end  # (the parser may have cut the sentence after the subject)
        future = bool(self.futures) and w.lower_.endswith(self.futures) and w.pos_ in ("VERB", "ADJ")
        finite = future or w.pos_ == "VERB" and "Fin" in w.morph.get("VerbForm")
        if not (finite or w.lower_ in self.homographs) or w.dep_ not in self.modifiers:
            return  # (only a word hung as a modifier: "doit" of "X doit partir, a exigé Y" stays)
        if not (nxt.pos_ in ("DET", "PROPN") or nxt.pos_ == "VERB" and "Inf" in nxt.morph.get("VerbForm")
                or future and nxt.pos_ == "ADP"):  # "X voyagera à Y", read as a participle
            return
        if s.dep_ in self.subjects and s.head != w and s.head.pos_ in ("VERB", "AUX") \
                and "Inf" not in s.head.morph.get("VerbForm"):
            return  # (the subject has a verb of its own: the word is a modifier after all)
        after = [t for t in doc[w.i + 1:end] if not t.is_punct and (t.head == t or t.head == s)]
        w.pos_ = "VERB"
        w.head, w.dep_ = w, self.root
        s.head, s.dep_ = w, self.subject
        obj = None
        for t in after:
            if future and nxt.pos_ == "ADP" and t.pos_ in ("NOUN", "PROPN") and any(
                    c.pos_ == "ADP" for c in t.children):  # "voyagera à X pour des entretiens": obliques
                t.head, t.dep_ = w, self.oblique
            elif obj is None and t.pos_ in ("NOUN", "PROPN"):
                obj = t
                t.head, t.dep_ = w, self.obj
            elif obj is None and t.pos_ == "VERB":
                obj = t
                t.head, t.dep_ = w, self.xcomp
            else:
                t.head = obj if obj is not None else w
        for t in doc[sent.start:end]:
            if t.head == t and t != w:
                t.head = w


@Language.factory(HUNG_VERBS, default_config={}, assigns=["token.dep", "token.head", "token.pos"])
def _make_hung_verbs(nlp, name: str, lang: str):
    g = load_json(lang, "grammar.json")
    return HungVerbs(g["hung_verb_homographs"], g["dependency_roles"], g.get("hung_future_endings", ()),
                     g.get("object_relative_pronouns", ()))


def add_hung_verbs(nlp, lang: str) -> None:
    """Add ``dipgraph_hung_verbs`` after the parser when ``lang`` lists ``hung_verb_homographs``."""
    add_after_parser(nlp, lang, HUNG_VERBS, "hung_verb_homographs")
