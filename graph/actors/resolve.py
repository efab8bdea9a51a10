"""Actor resolution for one document: entities, titles, nominals, then coreference in order.

:class:`Resolver` turns a parsed ``Doc`` into the mention rows of ``doc._.mentions``
(:meth:`graph.model.Mention.to_json`):

1. ruler entities (names, capitals, seats, demonyms, surnames of the base) and the language's
   lexicon phrases (titles, sector nouns, pronouns, anaphors, media nouns) are collected once,
   each with a dict look-up per match (no loop over the base);
2. the recognisers (:mod:`graph.actors.recognise`, in order) make typed mentions of them:
   names and demonyms are composed with titles and sector nouns (:mod:`graph.actors.known`,
   :mod:`graph.actors.compose`); people named next to a title take its affiliation
   ("Azerbaijani Foreign Minister X", "X, Armenia's ambassador to France"); what needs the
   context is pending (:class:`graph.actors.records.Pending`);
3. a single left-to-right pass resolves what needs the context before it
   (:mod:`graph.actors.coref`): bare surnames, pronouns, "the latter", "the two countries",
   "the separatists";
4. resolved mentions grow over what stands for them: a leader's body ("Assad's army"), someone
   acting for an actor ("a senior aide to President X"), and an office set off by commas from
   its holder is the holder (:func:`one_referent_appositions`); the tests on the tokens live in
   :mod:`graph.actors.spans`.

:func:`mention_at` is the look-up the events stage uses.

Example
-------
>>> doc = type("D", (), {"_": type("U", (), {"mentions": [
...     {"token_start": 0, "token_end": 2, "kind": "name", "actor_id": "person/x"},
...     {"token_start": 4, "token_end": 5, "kind": "place", "actor_id": "RUS"}]})()})()
>>> mention_at(doc, 1)["actor_id"]
'person/x'
>>> mention_at(doc, 4) is None, mention_at(doc, 4, places=True)["actor_id"]
(True, 'RUS')
"""

from __future__ import annotations

from spacy.matcher import PhraseMatcher

from ..model import Mention, renewed
from ..nlp.extensions import shared_words
from .ambiguous import disambiguate
from .coalitions import led_coalitions
from .collectives import collectives
from .held_places import fighters_in_held_places
from .juntas import bare_juntas
from .introduced import introduced_groups
from .epithets import leader_epithets
from .class_nouns import class_noun_mentions
from .region_groups import region_group_mentions
from . import opposition  # noqa: F401 - registers "the opposition" (graph.actors.opposition)
from .coref import resolve_in_order
from .postings import postings
from .behalf import acting_on_behalf
from .title_names import titles_before_names
from .opposition_people import opposition_people
from .ousted import ousted_people
from .seats import seated_governments
from .kb import KnowledgeBase
from .recognise import RECOGNISERS, Scan
from .spans import SpanTests


#: The categories of lexicon phrases the resolver matches -> the actor lexicon's field listing them.
CATEGORIES = {"TITLE": "titles", "SECTOR": "sector_nouns", "ANAPHOR": "anaphors", "MEDIA": "media_nouns",
              "SUFFIX": "title_suffixes", "PRONOUN": "pronouns", "POPULATION": "population_nouns",
              "OPPOSITION": "opposition_nouns"}


def mention_at(doc, token_i: int, places: bool = False) -> dict | None:
    """The mention covering token ``token_i`` of ``doc``, or ``None``.

    Place mentions (``kind == "place"``) are skipped unless ``places`` is true. When mentions
    overlap (one span for each referent of "the two countries"), the first is returned; use
    :func:`mentions_at` for all of them.
    """
    found = mentions_at(doc, token_i, places=places)
    return found[0] if found else None


def mentions_at(doc, token_i: int, places: bool = False) -> list[dict]:
    """Every mention covering token ``token_i`` (all referents of "both sides")."""
    return [
        m for m in (doc._.mentions or [])
        if m["token_start"] <= token_i < m["token_end"] and (places or m["kind"] != "place")
    ]


def _as_in_text(nlp, phrase: str) -> list:
    """The token sequences of ``phrase`` as a text splits it, lower-case and capitalised (the
    tokenizer's exceptions know "celui-ci", not "Celui-ci"); an elided word ("l'") is one token
    only before the word it attaches to, so it is split with a word after it, then cut."""
    docs = {}
    for form in (phrase, phrase[:1].upper() + phrase[1:]):
        doc = nlp.make_doc(form + "a") if form[-1:] in ("'", "’") else None
        doc = doc[:-1].as_doc() if doc is not None and len(doc) > 1 and doc[-2].text.endswith(form[-1]) \
            else nlp.make_doc(form)
        docs.setdefault(tuple(t.lower_ for t in doc), doc)
    return list(docs.values())


class Resolver(SpanTests):
    """Resolves the mentions of documents of one language (built once per pipeline)."""

    def __init__(self, nlp, lang: str, patterns, kb: KnowledgeBase, lex) -> None:
        self.lang = lang
        self.kb = kb
        self.lex = lex
        self.entries = patterns.entries
        self.surnames = patterns.surnames
        self.strings = nlp.vocab.strings
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        for cat, words in CATEGORIES.items():
            phrases = getattr(lex, words)
            if phrases:
                self.matcher.add(cat, [d for p in sorted(phrases) for d in _as_in_text(nlp, p)])

    # -- main ---------------------------------------------------------------------------------
    def __call__(self, doc) -> list[dict]:
        """The ``Doc._.mentions`` rows of ``doc`` (:meth:`graph.model.Mention.to_json`): the
        mentions of every recogniser (:data:`graph.actors.recognise.RECOGNISERS`), resolved
        left to right, grown over the bodies and sides they stand for. The word columns
        (:func:`graph.nlp.extensions.token_words`) are read once for all the passes."""
        with shared_words(doc):
            return self._resolve(doc)

    def _resolve(self, doc) -> list[dict]:
        scan = Scan.of(self, doc)
        kb, lex, date = self.kb, self.lex, scan.date
        out = [m for recognise in RECOGNISERS.values() for m in recognise(self, scan)]
        out.sort(key=lambda m: (m.token_start, m.token_end))
        out = disambiguate(out, kb, lex, date, self.lang, doc)  # bare "Congo": the Congo named elsewhere
        out = collectives(doc, out, kb, date, self.lang)  # "the two Koreas": both
        out = fighters_in_held_places(doc, out, kb, lex, date, self.lang)  # "militants in Gaza": Hamas
        out = seated_governments(doc, out, kb, lex, date, self.lang)  # "the Tripoli-based government"
        out = bare_juntas(doc, out, kb, lex, date, self.lang)  # "the junta": the state it rules
        out = introduced_groups(doc, out, lex, kb)  # "the X (ABC), a rebel group": the group ABC
        out = region_group_mentions(doc, out, kb, lex, date, self.lang)  # "Gulf states": the GCC if named
        out = class_noun_mentions(doc, out, kb, lex, date, self.lang)  # "the alliance": NATO named before
        resolved = [self.held_body(doc, m, kb, date) for m in resolve_in_order(doc, out, kb, self.lang, date)]
        resolved = leader_epithets(doc, resolved, kb, lex, self.entries)  # "the strongman": the leader named
        covered = {i for m in resolved for i in m.span}
        resolved = [self.side_of(doc, m, covered, kb, date) for m in resolved]
        resolved = postings(doc, led_coalitions(doc, resolved, lex), lex, kb)
        resolved = acting_on_behalf(doc, resolved, lex)  # "X, speaking on behalf of the EU": the EU
        resolved = titles_before_names(doc, resolved)  # "le chef de la diplomatie européenne, X": X
        resolved = opposition_people(doc, resolved, kb, lex)  # "opposition leader X": his state's opposition
        resolved = ousted_people(doc, resolved, kb, lex)  # "the ousted president X": his state's opposition
        return [m.to_json() for m in one_referent_appositions(doc, resolved, lex)]


def one_referent_appositions(doc, mentions: list[Mention], lex) -> list[Mention]:
    """An office and the person holding it, set off by commas, are one referent: "The UN
    Secretary-General, António Guterres, said", "Le secrétaire général de l'ONU, António
    Guterres, a ..." or the other way round; the office's mention takes the person's fields,
    so an event is not read once for each. The office is a body acting for the person's code
    (kind ``name`` of a ``GovernmentBody``, or a ``title``/``nominal``); the pair must be
    closed by a comma or the clause's end ("In Kenya, William Ruto said" keeps the place); a
    determiner may open the second ("Ban Ki-moon, the UN Secretary-General, said").

    >>> from graph.actors.lexicon import load_lexicon
    >>> words = ["The", "Office", ",", "Ann", "Lee", ","]
    >>> doc = type("D", (), {"__len__": lambda s: 6, "__getitem__": lambda s, i: type("T", (), {
    ...     "text": words[i], "lower_": words[i].lower()})()})()
    >>> office = Mention(0, 0, 1, 2, "Office", actor_id="org/x/office", label="Office",
    ...                  type="GovernmentBody", code="X", kind="name")
    >>> person = Mention(0, 0, 3, 5, "Ann Lee", actor_id="person/ann-lee", label="Ann Lee",
    ...                  type="Person", code="X", sector="government", kind="name")
    >>> [m.actor_id for m in one_referent_appositions(doc, [office, person], load_lexicon("en"))]
    ['person/ann-lee', 'person/ann-lee']
    """
    out = [renewed(m) for m in mentions]
    for a, b in zip(out, out[1:]):
        j = a.token_end + 1
        while j < b.token_start and doc[j].lower_ in lex.determiners:
            j += 1
        if j != b.token_start or a.token_end >= len(doc) or doc[a.token_end].text != ",":
            continue
        if b.token_end < len(doc) and doc[b.token_end].text not in (",", ")"):
            continue
        for office, person in ((a, b), (b, a)):
            if person.type == "Person" and office.type != "Person" and person.code \
                    and office.code == person.code and office.actor_id != person.actor_id \
                    and (office.type == "GovernmentBody" or office.kind in ("title", "nominal")) \
                    and office.kind != "place":
                office.assign(person.referent())
    return out
