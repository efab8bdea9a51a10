"""Pronouns that point forward (cataphora): "For his part, X said", "Lors de sa visite, M. Z a
déclaré". Coreference (:mod:`graph.actors.coref`) defers such a pronoun and gives it the subject
named after it in its sentence.

Example
-------
>>> import spacy
>>> from graph.actors.lexicon import load_lexicon
>>> doc = spacy.blank("en")("For his part, Ann said no.")
>>> cataphoric(doc, 1, load_lexicon("en"))
True
"""

from __future__ import annotations

from .deps import ADJUNCT_DEPS, POSSESSIVE_DEPS, is_subject


def cataphoric(doc, i: int, lex) -> bool:
    """Whether the pronoun at token ``i`` points to someone named after it: a word of the
    lexicon's ``cataphora_next`` follows ("his part"), or it opens an adjunct before its
    sentence's subject (:func:`fronted`, :func:`opens_adjunct`)."""
    return (i + 1 < len(doc) and doc[i + 1].lower_ in lex.cataphora_next) or fronted(doc, i) \
        or opens_adjunct(doc, i)


def subject_after(doc, i: int) -> set[int]:
    """The tokens of the subject of the sentence root, when it comes after token ``i``."""
    root = doc[i].sent.root
    subj = [c for c in root.children if is_subject(c)]
    return {x.i for x in subj[0].subtree} if subj and subj[0].i > i else set()


def fronted(doc, i: int) -> bool:
    """A possessive in an adjunct before the subject of its sentence ("During his visit, Erdogan
    said", "Lors de sa visite, M. Aliyev a déclaré"): it points forward to that subject, unless the
    adjunct is a clause whose own subject comes before it ("Rabat rappelle son ambassadrice, Bruxelles ...")."""
    tok = doc[i]
    if tok.dep_ not in POSSESSIVE_DEPS:
        return False
    root = tok.sent.root
    subj = [c for c in root.children if is_subject(c)]
    if not subj or subj[0].i < i:
        return False
    a = tok
    while a.head != a and a.head != root:
        a = a.head
    # (not in an adjunct clause with a subject of its own before it: "X rappelle son envoyé, Y soutient Z")
    return a.head == root and a.i < subj[0].i and a.dep_ in ADJUNCT_DEPS \
        and not any(is_subject(c) and c.i < i for c in a.children)


def opens_adjunct(doc, i: int) -> bool:
    """Word order when the parse is unreliable: only prepositions, adverbs and determiners
    between the clause start (sentence start, line break or comma) and the possessive, and a
    comma after it ("Selon X, lors de sa visite à Y, M. Z a déclaré")."""
    j = i - 1
    while j >= 0 and doc[j].text != "," and "\n" not in doc[j].text_with_ws and not doc[j].is_sent_start:
        if doc[j].pos_ not in ("ADP", "ADV", "SCONJ", "DET") or i - j > 4:
            return False
        j -= 1
    if j >= 0 and doc[j].is_sent_start and doc[j].pos_ not in ("ADP", "ADV", "SCONJ", "DET"):
        return False
    end = doc[i].sent.end
    return any(doc[k].text == "," for k in range(i + 1, min(end, i + 25)))
