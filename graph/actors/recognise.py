"""The recognisers of the actor stage: each finds one kind of mention in a document.

:data:`RECOGNISERS` runs in order over one :class:`Scan` of a document; each recogniser returns
typed :class:`~graph.actors.records.ActorMention` records and marks the tokens it consumed
(``Scan.taken``), so a later one leaves them alone:

1. ``known_entities``: ruler entities of the knowledge base, composed with titles and sector
   nouns (:mod:`graph.actors.known`);
2. ``unknown_entities``: NER entities the base does not know (people, organisations, places);
3. ``capitalised_words``: capitalised words NER missed, kept when a person named before has
   that surname (they consume nothing);
4. ``lexicon_phrases``: pronouns, anaphors, media nouns, "the army", "the president" on their
   own (:data:`PHRASES`, by category of the actor lexicon).

A recogniser is a function ``(resolver, scan) -> list[ActorMention]``, registered with
``@recogniser(name)`` (:class:`graph.registry.Registry`); the resolver
(:class:`graph.actors.resolve.Resolver`) holds the language data and the token tests
(:class:`graph.actors.spans.SpanTests`).

Example
-------
>>> list(RECOGNISERS)
['known_entities', 'unknown_entities', 'capitalised_words', 'lexicon_phrases']
>>> sorted(set(PHRASES) - {"OPPOSITION"})  # "the opposition": registered by graph.actors.opposition
['ANAPHOR', 'MEDIA', 'PRONOUN', 'SECTOR', 'TITLE']
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Optional

from spacy.attrs import IS_ALPHA, IS_TITLE, LENGTH, POS
from spacy.parts_of_speech import NAMES as POS_NAMES

from ..registry import Registry
from .compose import (PERSON_LABELS, PLACE_LABELS, Composer, is_place, media_actor, place_noun_complement, strip_det,
                      unknown_actor)
from .kb import slugify
from .known import known_entity
from .records import ActorMention, Pending


@dataclass
class Scan:
    """One document as the recognisers read and mark it.

    ``by_start``/``by_end``: the longest lexicon phrase at each token (``(category, key,
    start, end)``); ``taken``: 1 for each token a mention consumed; the ruler and NER entities
    indexed by position; ``affiliations``: the actor fields of a title, by the first token of
    the person it introduces ("Azerbaijani Foreign Minister X"); ``last_comp`` and
    ``last_place_end``: the last composition and place, for coordinated adjectives and places.
    """

    doc: Any
    date: str | None
    by_start: dict
    by_end: dict
    comp: Composer
    taken: bytearray
    ents: list
    person_at_start: dict
    person_at_end: dict
    ent_end_at: dict
    ruler_at: dict
    affiliations: dict[int, dict] = field(default_factory=dict)
    last_comp: tuple | None = None
    last_place_end: int | None = None

    @classmethod
    def of(cls, resolver, doc) -> "Scan":
        """The scan of ``doc`` with the lexicon matches and entity indexes of ``resolver``."""
        by_start, by_end = resolver.lexicon_matches(doc)
        ents = list(doc.ents)
        people = [ent for ent in ents if ent.label_ in PERSON_LABELS or resolver.name_like(ent)]
        return cls(
            doc=doc, date=(doc._.dg_meta or {}).get("date") or None, by_start=by_start, by_end=by_end,
            comp=Composer(doc, by_start, by_end, resolver.lex), taken=bytearray(len(doc) + 1), ents=ents,
            person_at_start={ent.start: ent for ent in people}, person_at_end={ent.end: ent for ent in people},
            ent_end_at={ent.start: ent.end for ent in ents},
            ruler_at={ent.start: ent for ent in ents if ent.ent_id_ and ent.ent_id_.isdigit()},
        )

    def take(self, start: int, end: int) -> None:
        """Mark tokens ``start:end`` as consumed by a mention."""
        for i in range(start, end):
            self.taken[i] = 1


Recogniser = Callable[[Any, Scan], list[ActorMention]]
#: Parts of speech a small tagger gives a surname ("Ali" is an adjective to the French model)
NAME_POS = ("PROPN", "NOUN", "ADJ")
#: name -> recogniser, in the order they run
RECOGNISERS: Registry = Registry("recogniser")
recogniser = RECOGNISERS.register


@recogniser("known_entities")
def known_entities(r, scan: Scan) -> list[ActorMention]:
    """Ruler entities of the knowledge base (:func:`graph.actors.known.known_entity`)."""
    out: list[ActorMention] = []
    for ent in scan.ents:
        if ent.ent_id_.isdigit() and not scan.taken[ent.start]:
            out += known_entity(r, scan, ent, r.entries[int(ent.ent_id_)])
    return out


@recogniser("unknown_entities")
def unknown_entities(r, scan: Scan) -> list[ActorMention]:
    """Entities the base does not know: people (pending the person named before, or the
    affiliation of the title before them), organisations (media when a media noun names them)
    and places; tagger noise ("qu’", "Veuillez") and words inside an anaphor are left out."""
    out: list[ActorMention] = []
    for ent in scan.ents:
        if scan.taken[ent.start] or (ent.ent_id_ and ent.ent_id_.isdigit()):
            continue
        if r.inside_anaphor(ent, scan.by_start) or r.bare_title(ent, scan.by_start) \
                or r.bare_body(ent, scan.by_start) or not r.plausible_name(ent):
            continue
        m = _unknown_entity(r, scan, ent)
        if m is not None:
            out.append(m)
            scan.take(ent.start, ent.end)
    return out


def _unknown_entity(r, scan: Scan, ent) -> ActorMention | None:
    doc = scan.doc
    if ent.label_ in PERSON_LABELS and ent.start not in scan.affiliations and place_noun_complement(doc, ent.start, r.lex):
        return r.mention(doc, ent.start, ent.end, unknown_actor("GPE", ent.text), "place",  # "the village of X"
                         pending=Pending("other", name=ent.text))
    if ent.label_ in PERSON_LABELS or ent.start in scan.affiliations:
        name = ent[1:].text if len(ent) > 1 and ent[0].lower_ in r.lex.honorifics else ent.text  # "M. Ban"
        return r.mention(doc, ent.start, ent.end, unknown_actor(ent.label_, ent.text), "name",
                          pending=Pending("person", name=name, affiliation=scan.affiliations.get(ent.start)))
    if ent.label_ == "ORG":
        fields = unknown_actor("ORG", ent.text)
        if any(t.lower_ in r.lex.media_nouns for t in ent):
            fields = dict(media_actor(ent.text), actor_id=f"media/{slugify(ent.text)}")
        return r.mention(doc, ent.start, ent.end, fields, "name", pending=Pending("other", name=ent.text))
    if ent.label_ in PLACE_LABELS:
        kind = "place" if is_place(doc, ent.start, ent.end, r.lex, scan.last_place_end) else "name"
        return r.mention(doc, ent.start, ent.end, unknown_actor(ent.label_, ent.text), kind,
                          pending=Pending("other", name=ent.text))
    return None


@recogniser("capitalised_words")
def capitalised_words(r, scan: Scan) -> list[ActorMention]:
    """Capitalised words NER missed that may be the surname of someone named before (dropped
    otherwise, ``Pending.drop``); they consume no token."""
    doc = scan.doc  # (the tests read as columns: a Token only for a word that passes them)
    cols = doc.to_array([POS, IS_TITLE, IS_ALPHA, LENGTH]).tolist()
    return [r.mention(doc, i, i + 1, {}, "name", pending=Pending("other", name=doc[i].text, drop=True))
            for i, (pos, title, alpha, length) in enumerate(cols)
            if not scan.taken[i] and POS_NAMES[pos] in NAME_POS and title and alpha and length >= 3]


Phrase = Callable[[Any, Scan, int, int, str], Optional[ActorMention]]
#: category of the actor lexicon -> the mention of a phrase of it on its own (or ``None``)
PHRASES: Registry = Registry("phrase category")
phrase = PHRASES.register


@recogniser("lexicon_phrases")
def lexicon_phrases(r, scan: Scan) -> list[ActorMention]:
    """Lexicon phrases no other mention covers (:data:`PHRASES`, by category)."""
    out: list[ActorMention] = []
    for s, (cat, key, _, e) in sorted(scan.by_start.items()):
        if any(scan.taken[i] for i in range(s, e)) or cat not in PHRASES:
            continue
        m = PHRASES[cat](r, scan, s, e, key)
        if m is not None:
            out.append(m)
            scan.take(m.token_start, m.token_end)
    return out


@phrase("PRONOUN")
def _pronoun(r, scan: Scan, s: int, e: int, key: str) -> ActorMention | None:
    """"he", "their", "il": pending an antecedent with the pronoun's features; a word that is
    also an article ("l'", "les", ``clitic`` in the lexicon) only as an object clitic."""
    if r.lex.pronouns[key].get("clitic") and not r.object_clitic(scan.doc, s) or r.subject_reprise(scan.doc, s, e):
        return None  # (an article; "La SADC a elle aussi suspendu": the subject repeated)
    return r.mention(scan.doc, s, e, {}, "pronoun", pending=Pending("pronoun", features=r.lex.pronouns[key]))


@phrase("ANAPHOR")
def _anaphor(r, scan: Scan, s: int, e: int, key: str) -> ActorMention | None:
    """"the latter", "the two countries", "the separatists": pending the anaphor's kind (not
    "the latter" before a noun: "the latter part")."""
    doc, need = scan.doc, r.lex.anaphors[key]
    if need in ("latter", "former") and e < len(doc) and doc[e].pos_ in ("NOUN", "PROPN", "ADJ"):
        return None
    return r.mention(doc, s, e, {"label": strip_det(doc, s, e, r.lex)}, "pronoun", pending=Pending(need), plural=True)


@phrase("MEDIA")
def _media(r, scan: Scan, s: int, e: int, key: str) -> ActorMention:
    """"analysts", "the newspaper": a media actor, no code."""
    return r.mention(scan.doc, s, e, media_actor(strip_det(scan.doc, s, e, r.lex)), "nominal")


@phrase("SECTOR")
def _body(r, scan: Scan, s: int, e: int, key: str) -> ActorMention | None:
    """"the army shelled ...": a body of the state in focus, after a definite determiner, not
    before a noun it modifies in English order ("the military assistance"); "government forces"
    (``government_forces``) with any determiner or none."""
    doc, lex = scan.doc, r.lex
    if key in lex.government_forces and not (s and scan.taken[s - 1]) \
            and not (e < len(doc) and doc[e].pos_ in ("NOUN", "PROPN")):  # "government forces", no determiner
        s -= bool(s and doc[s - 1].lower_ in lex.definite_determiners)
        return r.mention(doc, s, e, {"label": strip_det(doc, s, e, lex)}, "pronoun", pending=Pending("body"))
    if key not in lex.body_nouns or s == 0 or doc[s - 1].lower_ not in lex.definite_determiners \
            or scan.taken[s - 1] \
            or e < len(doc) and doc[e].pos_ in ("NOUN", "PROPN", "ADJ") and not lex.adjective_after_noun:
        return None
    return r.mention(doc, s - 1, e, {"label": strip_det(doc, s - 1, e, lex)}, "pronoun", pending=Pending("body"))


@phrase("TITLE")
def _title(r, scan: Scan, s: int, e: int, key: str) -> ActorMention | None:
    """"the president said": the person named before who holds that role, after a determiner
    and not before a name ("le président Aliyev"); set off by a comma after a name ("X, the
    leader of ..."), the title stands for that person (``appos``)."""
    doc, lex = scan.doc, r.lex
    if s == 0 or doc[s - 1].lower_ not in lex.determiners or not lex.titles[key].get("role") \
            or e < len(doc) and (doc[e].pos_ == "PROPN" or scan.taken[e]):
        return None
    person = scan.person_at_end.get(s - 2) if s > 1 and doc[s - 2].text == "," else None
    return r.mention(doc, s - 1, e, {"label": strip_det(doc, s - 1, e, lex)}, "title", appos=person and person.start,
                      pending=Pending("title", roles=tuple(lex.titles[key]["role"])))
