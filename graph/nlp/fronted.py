"""The subject a fronted complement swallowed (``dipgraph_fronted_subjects``).

"Grâce aux bons offices du Qatar, le Rwanda et le Burundi ont repris le dialogue", "Sous la
médiation de X, A et B ont signé un accord": the French parser hangs the coordinated subject
after the comma on the fronted noun as its conjuncts, and leaves the verb with no subject (or
as a second root). The first conjunct becomes the subject of that verb (the others its
conjuncts), and a fronted noun left as a root becomes the verb's oblique. Switched on by
``fronted_subject_repair`` of the language's ``grammar.json``.

Example
-------
>>> FRONTED_SUBJECTS
'dipgraph_fronted_subjects'
"""

from __future__ import annotations

from spacy.language import Language

from ..languages import load_json

FRONTED_SUBJECTS = "dipgraph_fronted_subjects"


class FrontedSubjects:
    """The repair; ``roles``: the ``dependency_roles`` of grammar.json."""

    def __init__(self, roles: dict) -> None:
        self.subjects = frozenset(roles["active_subject"]) | frozenset(roles["passive_subject"])
        self.subject, self.conj = roles["active_subject"][0], roles["conjunct"][0]
        self.root, self.oblique = roles["sentence_root"][0], roles["modifier_oblique"][0]
        self.case = frozenset(roles["case_marker"])
        self.aux = frozenset(roles["auxiliary"]) | frozenset(roles["passive_auxiliary"])

    def __call__(self, doc):
        for h in doc:
            if h.pos_ in ("NOUN", "PROPN") and any(c.dep_ in self.case for c in h.children):
                self._repair(doc, h)
        return doc

    def _repair(self, doc, h) -> None:
        """Move the conjuncts of the fronted noun ``h`` that follow its comma to the verb after them."""
        conj = [c for c in h.children if c.dep_ == self.conj and c.pos_ in ("NOUN", "PROPN") and c.i > h.i]
        if conj and any(c.dep_ in self.case for c in conj[0].children):
            return  # ", de l'Allemagne et de l'Italie": the fronted complement's own list
        start = next((x.i for x in conj[0].subtree if not x.is_punct), 0) if conj else 0
        if start < 1 or doc[start - 1].text != ",":
            return
        if any(c.dep_ == self.conj and c.i > h.i and c not in conj for c in h.children):
            return  # (a clause conjunct as well: no clear shape)
        end = conj[-1].right_edge.i + 1
        if end >= len(doc):
            return
        v = doc[end] if doc[end].dep_ not in self.aux else doc[end].head
        if v.pos_ not in ("VERB", "AUX") or v.i < end or any(c.dep_ in self.subjects for c in v.children):
            return
        first = conj[0]
        if h.head == h and v.head == v:  # "Sous la médiation de X, ..." parsed as a root of its own
            h.head, h.dep_ = v, self.oblique
        elif v not in h.ancestors:
            return
        first.head, first.dep_ = v, self.subject
        for c in conj[1:]:
            c.head = first


@Language.factory(FRONTED_SUBJECTS, default_config={})
def _make_fronted_subjects(nlp, name: str, lang: str):
    return FrontedSubjects(load_json(lang, "grammar.json")["dependency_roles"])


def add_fronted_subjects(nlp, lang: str) -> None:
    """Add ``dipgraph_fronted_subjects`` after the parser when ``lang`` sets ``fronted_subject_repair``."""
    if not load_json(lang, "grammar.json").get("fronted_subject_repair") or "parser" not in nlp.pipe_names \
            or FRONTED_SUBJECTS in nlp.pipe_names:
        return
    nlp.add_pipe(FRONTED_SUBJECTS, name=FRONTED_SUBJECTS, config={"lang": lang}, after="parser")
