"""The subject a fronted complement swallowed (``dipgraph_fronted_subjects``).

"Grâce aux bons offices du Qatar, le Rwanda et le Burundi ont repris le dialogue", "Sous la
médiation de X, A et B ont signé un accord": the French parser hangs the coordinated subject
after the comma on the fronted noun as its conjuncts, and leaves the verb with no subject (or
as a second root). The first conjunct becomes the subject of that verb (the others its
conjuncts), and a fronted noun left as a root becomes the verb's oblique. Switched on by
``fronted_subject_repair`` of the language's ``grammar.json``.

The same for a subject noun phrase the parser hung elsewhere after a fronted phrase ("Lors d'un
échange avec X Y, le roi du Maroc Z a assuré ...": the subject an apposition of the fronted
noun), or a main verb it hung under a fronted present participle made the root ("Dénonçant une
tentative de X, M. Y a annulé ..."): the noun phrase between the comma and the verb is the
verb's subject, the verb the root and the participle its adverbial clause (f8).

A subject set off by a participle clause between commas ("Bakou, soutenu par Ankara, a lancé une
offensive contre X") may be hung on the verb as a modifier, the verb left with no subject: the
noun phrase becomes its subject.

A name that opens a sentence may also be left alone as a sentence of its own before its verb
("Washington a condamné Moscou" parsed as "Washington" and "a condamné Moscou"): it becomes the
subject of the verb that starts the next sentence on the same line when that verb has none.

Example
-------
>>> FRONTED_SUBJECTS
'dipgraph_fronted_subjects'
"""

from __future__ import annotations

from spacy.language import Language

from ..languages import load_json
from .repairs import add_after_parser

FRONTED_SUBJECTS = "dipgraph_fronted_subjects"
#: marks that end the sentence before a name opening the next one
_SENTENCE_ENDS = frozenset({".", "!", "?", "»", '"', "”"})
#: the longest subject noun phrase read between a fronted phrase's comma and its verb (words)
MAX_SUBJECT = 10


class FrontedSubjects:
    """The repair; ``roles``: the ``dependency_roles`` of grammar.json."""

    def __init__(self, roles: dict) -> None:
        self.subjects = frozenset(roles["active_subject"]) | frozenset(roles["passive_subject"])
        self.subject, self.conj = roles["active_subject"][0], roles["conjunct"][0]
        self.root, self.oblique = roles["sentence_root"][0], roles["modifier_oblique"][0]
        self.case = frozenset(roles["case_marker"])
        self.aux = frozenset(roles["auxiliary"]) | frozenset(roles["passive_auxiliary"])
        self.advcl, self.flat = roles["adverbial_clause"][0], roles["flat_name"][0]

    def __call__(self, doc):
        for h in doc:
            if h.pos_ in ("NOUN", "PROPN") and any(c.dep_ in self.case for c in h.children):
                self._repair(doc, h)
        for first, end in _clause_starts(doc):
            self._fronted_clause(doc, first, end)
            self._bracketed_subject(doc, first, end)
        sents = list(doc.sents)
        for i in range(1, len(sents)):
            self._stranded_subject(sents[:i], sents[i])
        return doc

    def _stranded_subject(self, before, sent) -> None:
        """"Washington a condamné Moscou", "Paris et Berlin ont condamné Moscou": the parser may
        end sentences after names that open one, leaving each a root alone and the verb after
        them with no subject. The sentences of names (proper nouns, determiners, "et", commas) on
        the same line right before ``sent``, whose root is a verb with no subject that starts it
        (after auxiliaries, adverbs, clitics), are that verb's subject, the later ones conjuncts."""
        v = sent.root
        if v.pos_ not in ("VERB", "AUX") or any(c.dep_ in self.subjects for c in v.children) \
                or any(t.pos_ not in ("AUX", "ADV", "PART", "PRON") for t in sent[:v.i - sent.start]):
            return
        names = []
        for prev in reversed(before):
            if prev.root.pos_ != "PROPN" or any(t.pos_ not in ("PROPN", "DET", "CCONJ") and t.text != "," for t in prev):
                break
            names.insert(0, prev)
        doc = sent.doc
        if not names or names[-1].end != sent.start or names[0].start > 0 and not (
                doc[names[0].start - 1].is_space or doc[names[0].start - 1].text in _SENTENCE_ENDS):
            return  # not the opening of a sentence ("Le président kényan William Ruto a déclaré")
        first = names[0].root
        first.head, first.dep_ = v, self.subject
        for other in names[1:]:  # "et Ottawa": a conjunct; "Ruto" after "William": the same name
            joined = other[0].pos_ == "CCONJ" or other[0].text == ","
            other.root.head, other.root.dep_ = first, self.conj if joined else self.flat

    def _bracketed_subject(self, doc, first, end: int) -> None:
        """"Bakou, soutenu par Ankara, a lancé ...": the noun phrase from ``first`` to a comma,
        followed by a participle clause on it up to a second comma and then by a verb with no
        subject (after auxiliaries and adverbs) that the phrase hangs on as a modifier: the
        phrase is that verb's subject."""
        comma = next((t for t in doc[first.i:end] if t.text == ","), None)
        if comma is None or comma.i + 1 >= end:
            return
        inside = range(first.i, comma.i)
        h = next((t for t in doc[first.i:comma.i] if t.head.i not in inside), None)
        p, v = doc[comma.i + 1], h.head if h is not None else None
        if h is None or h.pos_ not in ("NOUN", "PROPN") or h.dep_ in self.subjects or v.pos_ != "VERB" \
                or v.i <= comma.i or any(c.dep_ in self.subjects for c in v.children) \
                or p.head != h or "Part" not in p.morph.get("VerbForm"):
            return
        k = p.right_edge.i + 1
        if k >= end or doc[k].text != ",":
            return
        k += 1
        while k < v.i and doc[k].pos_ in ("AUX", "ADV"):
            k += 1
        if k == v.i:
            h.dep_ = self.subject

    def _fronted_clause(self, doc, first, end: int) -> None:
        """The subject noun phrase after a fronted phrase's comma, and the verb after it, put
        back where the parser lost them (see the module doc); ``first`` opens a sentence or a
        line, ``end`` ends it."""
        participle = first.pos_ == "VERB" and "Part" in first.morph.get("VerbForm") \
            and "Pres" in first.morph.get("Tense")
        if not (participle or first.pos_ == "ADP" or (first.pos_ == "ADV" and first.head != first)):
            return
        for comma in (t for t in doc[first.i:end] if t.text == ","):
            k, span = comma.i + 1, []
            while k < end and doc[k].pos_ not in ("VERB", "AUX") and len(span) <= MAX_SUBJECT:
                span.append(doc[k])
                k += 1
            if not span or len(span) > MAX_SUBJECT or span[0].pos_ not in ("DET", "NOUN", "PROPN") or any(
                    t.is_punct or t.pos_ in ("SCONJ", "PRON", "CCONJ") for t in span):
                continue
            while k < end and doc[k].pos_ in ("AUX", "ADV"):
                k += 1
            if k >= end or doc[k].pos_ != "VERB" or "Part" in doc[k].morph.get("VerbForm") \
                    and not any(c.dep_ in self.aux for c in doc[k].children):
                return
            self._fronted_verb(first, end, doc[k], span, participle)
            return

    def _fronted_verb(self, first, end: int, v, span, participle: bool) -> None:
        has_subject = any(c.dep_ in self.subjects for c in v.children)
        if has_subject and v.head == v:
            return  # (the parse is right)
        inside = {t.i for t in span}
        head = next((t for t in span if t.pos_ in ("NOUN", "PROPN") and t.head.i not in inside), None)
        if head is None or (has_subject and not participle):
            return
        if v.head != v:
            if not participle or not (first.head == first or not first.i <= first.head.i < end):
                return  # (only a fronted participle made the root, or hung across a line, gives its place up)
            v.head, v.dep_ = v, self.root
            first.head, first.dep_ = v, self.advcl
        if not has_subject:
            outside = [t for t in span if t.head.i not in inside and t != head]
            head.head, head.dep_ = v, self.subject
            for t in outside:
                t.head = head

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


def _clause_starts(doc):
    """``(first word, end)`` of each sentence of the parser and each line within one: the
    parser may run a paragraph on from the one before."""
    starts = [t for t in doc if not t.is_space and (t.is_sent_start or (t.i > 0 and (
        "\n" in doc[t.i - 1].whitespace_ or (doc[t.i - 1].is_space and "\n" in doc[t.i - 1].text))))]
    for a, b in zip(starts, [*starts[1:], None]):
        yield a, (b.i if b is not None else len(doc))


@Language.factory(FRONTED_SUBJECTS, default_config={}, assigns=["token.dep", "token.head"])
def _make_fronted_subjects(nlp, name: str, lang: str):
    return FrontedSubjects(load_json(lang, "grammar.json")["dependency_roles"])


def add_fronted_subjects(nlp, lang: str) -> None:
    """Add ``dipgraph_fronted_subjects`` after the parser when ``lang`` sets ``fronted_subject_repair``."""
    add_after_parser(nlp, lang, FRONTED_SUBJECTS, "fronted_subject_repair")
