"""The document model: between actor mentions and stance events.

``build_model(doc, events, lang, filters)`` reads the actor mentions and the sentence-level
events of a parsed document and returns a :class:`graph.model.DocumentModel` (conflict frame,
salient entities, event entities) together with the mentions and events its references add:
quotation speakers ("'We condemn X,' he said"), the conflict's sides ("the parties", "both
sides"), group references ("the two generals"), nominal anaphors ("the group", "le royaume"),
French object clitics, event anaphors ("the strike was condemned by Y", "the deal was brokered
by X", "the truce, signed in May") and proposals ("a US proposal for a ceasefire"). The
resolvers are named in :data:`HANDLERS`, run in the order of :data:`STEPS`. The events component
(:mod:`graph.events.component`) calls it after a first reading and reads the document again
when mentions were added. See ``docs/document.md``.

Example
-------
>>> from graph.nlp import load_pipeline  # doctest: +SKIP
>>> nlp = load_pipeline("en")  # doctest: +SKIP
>>> doc = nlp("Hamas fired rockets at Israel. Egypt called for calm. The group accused Israel.")  # doctest: +SKIP
>>> doc._.document["references"][0]["antecedents"]  # doctest: +SKIP
['HAMAS']
"""

from __future__ import annotations

from ..actors.kb import load_kb
from ..actors.lexicon import load_lexicon
from ..model import DocumentModel
from .acceptances import answered_offers
from .appeals import frame_appeals
from .brokers import broker_events, frame_mediations, witness_mediations
from .claims import claimed_attacks
from .compounds import compound_mediations
from .conflict import sides_and_mediators
from .coups import coup_entities, governed_coups
from .efforts import effort_mediations
from .event_pronouns import event_pronouns
from .frame import Sentences, entities, event_entities, noun_event_entities
from .lexicon import load_document_lexicon
from .members import member_groups
from .naming import named_anaphors
from .proposals import proposal_mediations
from .quotes import speakers
from .regions import region_sides
from .replies import answered_claims
from .references import ReferenceResolver
from .sides import pairs, side_nouns
from .witnesses import later_witnesses

__all__ = ["build_model", "HANDLERS", "STEPS"]

#: The reference resolvers, in order (each may be left out to measure what it brings); each
#: takes the resolver, the model's references and the mentions added so far.
HANDLERS = {
    "speakers": speakers,
    "pairs": pairs,
    "regions": region_sides,
    "sides": side_nouns,
    "groups": ReferenceResolver.groups,
    "nominals": ReferenceResolver.nominals,
    "clitics": ReferenceResolver.clitics,
    "event_anaphors": ReferenceResolver.event_anaphors,
    "coups": governed_coups,
    "event_pronouns": event_pronouns,
    "named": named_anaphors,
    "members": member_groups,
}
#: The steps run, in order: the handlers, then brokered agreements, brokers named in compounds
#: ("a China-brokered deal"), proposals, efforts that brought an agreement about, witnesses, frame
#: mediations, calls for calm addressed to the frame's sides, rejections answering a claim and
#: acceptances answering an offer, and attacks claimed ("X claimed responsibility for the attack").
STEPS = (*HANDLERS, "brokers", "compounds", "proposals", "efforts", "witnesses", "frame_mediations", "frame_appeals", "replies", "acceptances",
         "claims")


#: Steps reading mediations from one phrase of their own, in order: brokers named in compounds
#: ("a China-brokered deal"), proposals ("a US proposal for a ceasefire") and efforts that
#: brought an agreement about ("the efforts of X helped A and B reach a deal").
MEDIATION_READERS = {"compounds": compound_mediations, "proposals": proposal_mediations, "efforts": effort_mediations}


def build_model(doc, events: list[dict], lang: str, filters) -> tuple[DocumentModel, list[dict] | None, list[dict]]:
    """The document model of a parsed ``doc``, the document's mentions when its references added
    or rewrote any (else ``None``) and the events read from brokered agreements (undated).

    ``events`` are the sentence-level events; ``filters`` the events stage's negation and
    hypothesis filters (an :class:`graph.events.extract.Extractor`)."""
    meta = doc._.dg_meta or {}
    lex = load_document_lexicon(lang)
    kb = load_kb()
    mentions = doc._.mentions or []
    sents = Sentences(doc)
    found = entities(doc, mentions, kb, sents)
    sides, mediators = sides_and_mediators(doc, mentions, events, lex, {e.code: e.type for e in found})
    stated = event_entities(events, lex, sents) + coup_entities(doc, mentions, lex, sents)
    stated = sorted(stated + noun_event_entities(
        doc, mentions, lex, sents, filters, stated, load_lexicon(lang).of_words), key=lambda e: e.sentence)
    model = DocumentModel(doc=meta.get("id") or "", sides=sides, mediators=mediators, entities=found, events=stated)
    res = ReferenceResolver(doc, mentions, model, kb, lex, meta.get("date"), lang)
    added: list[dict] = []
    for step in STEPS:
        if step in HANDLERS:
            HANDLERS[step](res, model.references, added)
    brokered, refs = broker_events(res, filters) if "brokers" in STEPS else ([], [])
    model.references.extend(refs)
    for step, read in MEDIATION_READERS.items():
        if step in STEPS:
            found, refs = read(res, filters)
            brokered += found
            model.references.extend(refs)
    if "witnesses" in STEPS:
        witnessed, refs = later_witnesses(res, filters)
        brokered += witness_mediations(res, filters) + witnessed
        model.references.extend(refs)
    if "frame_mediations" in STEPS:
        mediated, refs = frame_mediations(res, filters, events + brokered)
        brokered += mediated
        model.references.extend(refs)
    if "frame_appeals" in STEPS:
        appeals, refs = frame_appeals(res, filters, events + brokered)
        brokered += appeals
        model.references.extend(refs)
    if "replies" in STEPS:
        answers, refs = answered_claims(res, filters, events + brokered, added)
        brokered += answers
        model.references.extend(refs)
    if "acceptances" in STEPS:
        answers, refs = answered_offers(res, filters, events + brokered, added)
        brokered += answers
        model.references.extend(refs)
    if "claims" in STEPS:
        claimed, refs = claimed_attacks(res, filters, events + brokered)
        brokered += claimed
        model.references.extend(refs)
    model.references.sort(key=lambda r: (r.start, r.end))
    changed = bool(added) or res.revised
    mentions = sorted(mentions + added, key=lambda m: (m["token_start"], m["token_end"])) if changed else None
    return model, mentions, brokered
