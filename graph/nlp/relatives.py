"""A main verb the parser hung under a relative clause (``dipgraph_relative_heads``).

"Les sanctions américaines, que la Turquie a condamnées, visent l'Iran": the French parser
reads the relative pronoun as a conjunction, makes the subject noun the root, hangs the relative
verb on it as a clausal modifier and hangs the main verb ("visent") under the relative verb as an
adverbial clause, so the relative clause's subject ("la Turquie") became the subject of the main
verb. When a root noun carries a clause modifier with a relative pronoun (``relative_pronouns``
of the language's ``grammar.json``) and a subject of its own, and that clause's verb has a finite
verb with no subject after a comma, that verb becomes the root and the noun its subject; the
clause stays on the noun as a relative clause, its pronoun *que* the object when it has none.

Example
-------
>>> nlp = load_pipeline("fr")  # doctest: +SKIP
>>> doc = nlp("Les frappes, que l'Égypte a dénoncées, ont touché Gaza.")  # doctest: +SKIP
>>> [(t.text, t.dep_, t.head.text) for t in doc if t.text == "frappes"]  # doctest: +SKIP
[('frappes', 'nsubj', 'touché')]
"""

from __future__ import annotations

from spacy.language import Language

from ..languages import load_json
from .repairs import add_after_parser

RELATIVE_HEADS = "dipgraph_relative_heads"


class RelativeHeads:
    """The repair; ``pronouns``: the relative pronouns, ``roles``: the ``dependency_roles``."""

    def __init__(self, pronouns, roles: dict) -> None:
        self.pronouns = frozenset(p.lower() for p in pronouns)
        self.modifiers = frozenset(roles["adnominal_clause"])
        self.conjuncts = frozenset(roles["conjunct"])
        self.clauses = frozenset(roles["adverbial_clause"]) | self.conjuncts | frozenset(roles["adverb_modifier"]) \
            | frozenset(roles["unclassified"]) | frozenset(roles["open_complement"])
        self.subjects = frozenset(roles["active_subject"]) | frozenset(roles["passive_subject"])
        self.subject, self.root = roles["active_subject"][0], roles["sentence_root"][0]
        self.relative, self.obj = roles["relative_clause"][0], roles["direct_object"][0]
        self.objects = frozenset(roles["direct_object"])

    def __call__(self, doc):
        for n in doc:
            if n.pos_ in ("NOUN", "PROPN"):
                for v in [c for c in n.rights if c.dep_ in self.modifiers | self.conjuncts | {self.relative} and c.pos_ == "VERB"]:
                    pron = self._pronoun(doc, v)
                    if pron is not None:
                        self._relabel(v, pron)
                        if n.head == n:
                            self._rehang(doc, n, v)
                        break
        self._unhung(doc)
        return doc

    def _unhung(self, doc) -> None:
        """A relative clause after a comma the parser left off its antecedent, the noun (or the
        noun of the adjective) before the comma: that noun read as the relative verb's subject,
        the relative verb the root and the main verb its adverb ("Le blocus X, que Y a critiqué
        mardi, frappe Z": the main verb becomes the root, the noun its subject), or the relative
        verb an adverbial clause of the main verb the noun is the subject of ("Le blocus X, que
        Y a critiqué, touche Z"). The relative verb then modifies the noun."""
        for p in doc:
            if p.lower_ not in self.pronouns or p.i < 2 or doc[p.i - 1].text != ",":
                continue
            v, n = p.head, doc[p.i - 2]
            if n.pos_ == "ADJ" and n.head.pos_ in ("NOUN", "PROPN") and n.head.i < n.i:
                n = n.head  # "Le blocus israélien, que ..."
            if v.pos_ not in ("VERB", "AUX") or v.dep_ == self.relative or n.pos_ not in ("NOUN", "PROPN") \
                    or n.dep_ not in self.subjects or not any(c.dep_ in self.subjects and c.i > p.i for c in v.children):
                continue
            if n.head == v and v.head == v:
                w = self._main_after(doc, v) or n  # (no main verb seen: the noun is the root)
                w.head, w.dep_ = w, self.root
                if w != n:
                    n.head, n.dep_ = w, self.subject
                for t in doc[w.i + 1:]:
                    if t.head == v and w != n:
                        t.head = w
            elif not (v.dep_ in self.clauses and n.head == v.head and n.i < p.i < v.i):
                continue
            v.head = n
            self._relabel(v, p)

    def _main_after(self, doc, v):
        """The finite verb with no subject the parser hung under ``v`` after a comma, or ``None``."""
        w = next((c for c in v.rights if c.dep_ in self.clauses and c.pos_ in ("VERB", "AUX")
                  and not any(k.dep_ in self.subjects for k in c.children)
                  and any(t.text == "," for t in doc[v.i + 1:c.i])), None)
        return w if w is not None and self._finite(w) else None

    def _pronoun(self, doc, v):
        """The relative pronoun right after a comma that opens ``v``'s clause, when the clause
        has a subject of its own ("X, que la Turquie a condamnées"), else ``None``."""
        pron = next((c for c in v.children if c.lower_ in self.pronouns and c.i < v.i), None)
        if pron is None or pron.i == 0 or doc[pron.i - 1].text != "," \
                or not any(c.dep_ in self.subjects for c in v.children if c != pron):
            return None
        return pron

    def _relabel(self, v, pron) -> None:
        """A relative clause, its pronoun *que* the object when it has none."""
        v.dep_ = self.relative
        if not any(c.dep_ in self.objects for c in v.children if c != pron) and pron.dep_ not in self.subjects:
            pron.dep_ = self.obj

    def _rehang(self, doc, n, v) -> None:
        """The main verb under the relative verb after a comma becomes the root, ``n`` its subject."""
        w = self._main_after(doc, v)
        if w is None:
            return
        w.head, w.dep_ = w, self.root
        n.head, n.dep_ = w, self.subject
        for t in list(n.rights):  # the sentence's end and what followed the relative clause
            if t.i > w.i:
                t.head = w

    @staticmethod
    def _finite(w) -> bool:
        """A finite verb, or a participle after its finite auxiliary ("ont touché")."""
        return "Fin" in w.morph.get("VerbForm") or any(
            a.pos_ == "AUX" and "Fin" in a.morph.get("VerbForm") and a.i < w.i for a in w.children)


@Language.factory(RELATIVE_HEADS, default_config={}, assigns=["token.dep", "token.head"])
def _make_relative_heads(nlp, name: str, lang: str):
    g = load_json(lang, "grammar.json")
    return RelativeHeads(g["relative_pronouns"], g["dependency_roles"])


def add_relative_heads(nlp, lang: str) -> None:
    """Add ``dipgraph_relative_heads`` after the parser when ``lang`` sets ``relative_head_repair``."""
    add_after_parser(nlp, lang, RELATIVE_HEADS, "relative_head_repair")
