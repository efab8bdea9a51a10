"""Mediators named in a hyphenated compound on an agreement or talks: "a China-brokered deal".

English writes the broker of a deal, a truce or talks as the first part of a compound with a
brokering participle (``broker_compound_lemmas`` of ``grammar.json``: brokered, mediated,
sponsored, hosted...): "Iran and Saudi Arabia agreed to a China-brokered deal", "a US-brokered
truce", "Sudan and South Sudan held AU-sponsored talks". The compound's actor is a third party
(GUIDELINES §3: brokers, hosts or chairs talks between two sides): it mediates for each party of
the agreement stated in the sentence (its event entity, :class:`graph.model.EventEntity`), else
of the agreement stated just before (:func:`graph.document.brokers.stated_parties`). The events
stage keeps it out of the agreement's own arguments (:mod:`graph.events.brokered`).

Nothing is read for a negated or hypothetical agreement, or when the parties are fewer than
two or more than three (several agreements told at once).

Example
-------
>>> import spacy
>>> doc = spacy.blank("en")("A and B signed a China - brokered deal .")
>>> broker_compound(doc, {"token_start": 5, "token_end": 6}, {"broker_compound_lemmas": ["broker"]})
True
>>> broker_compound(doc, {"token_start": 0, "token_end": 1}, {"broker_compound_lemmas": ["broker"]})
False
"""

from __future__ import annotations

from ..actors.compose import COMPOUND_DASHES
from ..languages import load_json
from ..model import Reference
from .brokers import CONFIDENCE, mediations, stated_parties

def broker_compound(doc, m: dict, g) -> bool:
    """Whether the mention ``m`` is the first part of a hyphenated brokering compound: "*China*-
    brokered", "*UN*-sponsored" (the participle's lemma in ``broker_compound_lemmas``; the
    lemma or, where the tagger left it, the word without its "-ed"/"-d" ending)."""
    lemmas = g.get("broker_compound_lemmas", ())
    j = m["token_end"]
    if not lemmas or j + 1 >= len(doc) or doc[j].text not in COMPOUND_DASHES:
        return False
    word = doc[j + 1]
    lower = word.lower_
    return lower.endswith("ed") and any(w in lemmas for w in (word.lemma_.lower(), lower[:-2], lower[:-1]))


def compound_mediations(res, filters) -> tuple[list[dict], list[Reference]]:
    """Mediations of the brokers named in compounds on agreement nouns ("a China-brokered deal"),
    one per party, and the references naming the parties (``res``: a ReferenceResolver)."""
    g = load_json(res.lang, "grammar.json")
    if not g.get("broker_compound_lemmas"):
        return [], []
    doc, out, refs = res.doc, [], []
    for m in res.mentions:
        if not m.get("code") or m.get("type") == "Media" or not broker_compound(doc, m, g):
            continue
        participle = doc[m["token_end"] + 1]
        noun = participle.head
        kind = res.lex.event_kind(noun.lemma_.lower()) or res.lex.event_kind(noun.lower_)  # "talks": "talk"
        if noun.pos_ != "NOUN" or kind != "agreement" \
                or any(filters.negated(t) or filters.hypothetical(t) for t in (noun, noun.head)):
            continue
        here = res.sents.of_token(noun.i)
        same = [e for e in res.model.events if e.kind == "agreement" and e.sentence == here]
        stated = [c for e in same for c in e.participants] if same else stated_parties(res, noun.i)
        parties = [c for c in dict.fromkeys(stated) if c != m["code"]]
        if not 2 <= len(parties) <= 3:
            continue
        out.extend(mediations(res, participle, [m], parties, CONFIDENCE))
        refs.append(Reference(text=noun.text, start=noun.idx, end=noun.idx + len(noun.text), kind="event",
                              antecedents=tuple(parties), why=f"compound broker: {m['text']}"))
    return out, refs
