"""Tests on the tokens around a ruler entity that :class:`graph.actors.resolve.Resolver` applies.

Each test reads the language's actor lexicon (:mod:`graph.actors.lexicon`), never the language
code: coordinated nationality adjectives sharing one title ("the Armenian and Azerbaijani
diplomats", "les diplomaties arménienne et azerbaïdjanaise"), unknown entities worth keeping,
a title's complement ("ambassador to France, X"), officials seated in a capital ("officials in
Nairobi"), bodies a leader commands ("Assad's army", "les troupes de Kadhafi").

Example
-------
>>> import spacy
>>> doc = spacy.blank("en")("officials said")
>>> SpanTests.plausible_name(doc[0:1]), SpanTests.plausible_name(doc[0:0])
(False, False)
"""

from __future__ import annotations

from dataclasses import replace

from .compose import actor_fields, strip_det, with_det
from .deps import CASE_DEPS, FLAT_DEPS
from .knowledge import KnowledgeBase
from .records import ActorMention


class SpanTests:
    """Token tests of the resolver, which the recognisers (:mod:`graph.actors.recognise`,
    :mod:`graph.actors.known`) call (a mix-in: it reads ``lex``, ``lang``, ``entries``,
    ``strings`` and ``matcher`` of the :class:`~graph.actors.resolve.Resolver`)."""

    def lexicon_matches(self, doc) -> tuple[dict[int, tuple], dict[int, tuple]]:
        """The longest lexicon phrase starting and ending at each token, as ``(category, key,
        start, end)``, by start and by end."""
        by_start: dict[int, tuple] = {}
        by_end: dict[int, tuple] = {}
        for mid, s, e in self.matcher(doc):
            item = (self.strings[mid], doc[s:e].text.lower(), s, e)
            if s not in by_start or e - s > by_start[s][3] - by_start[s][2]:
                by_start[s] = item
            if e not in by_end or e - s > by_end[e][3] - by_end[e][2]:
                by_end[e] = item
        return by_start, by_end

    def mention(self, doc, s: int, e: int, fields: dict, kind: str, **state) -> ActorMention:
        """The mention of tokens ``s:e`` with the actor ``fields``, ``kind`` and the resolution
        ``state`` (``pending``, ``plural``, ``appos``) of :class:`ActorMention`."""
        span = doc[s:e]
        return ActorMention(start=span.start_char, end=span.end_char, token_start=s, token_end=e, text=span.text,
                            **fields, kind=kind, **state)

    def kb_person(self, ent) -> str | None:
        """The base's person a ruler entity names in full (not a bare surname), or ``None``."""
        if ent.ent_id_ and ent.ent_id_.isdigit():
            alias = self.entries[int(ent.ent_id_)]
            if alias.kind != "surname" and alias.actor_id:
                return alias.actor_id
        return None

    def coordinated(self, doc, ent, comp, ruler_at: dict, last_comp):
        """The title or sector noun shared by coordinated adjectives.

        English: "the Armenian and Azerbaijani diplomats" (the noun follows the last adjective);
        French: "les diplomaties arménienne et azerbaïdjanaise" (the noun precedes the first).
        """
        lex = self.lex
        if lex.adjective_after_noun:
            if ent.start > 0 and (doc[ent.start - 1].lower_ in lex.coordinators or doc[ent.start - 1].text == ",") \
                    and last_comp is not None \
                    and last_comp[1] == ent.start - 1:
                return last_comp[0]
            return None
        j = ent.end
        if j < len(doc) and (doc[j].lower_ in lex.coordinators or doc[j].text == ",") and (j + 1) in ruler_at:
            nxt = ruler_at[j + 1]  # "his Nigerien, Malian and Chadian counterparts": a list
            alias = self.entries[int(nxt.ent_id_)]
            if alias.kind in ("demonym", "name"):
                return comp.right(nxt.start, nxt.end) or self.coordinated(doc, nxt, comp, ruler_at, last_comp)
        return None

    @staticmethod
    def plausible_name(ent) -> bool:
        """An unknown entity worth keeping: capitalised, some letters, no line break, not a verb
        or function word (a capitalised word inside a sentence that the tagger calls a pronoun
        but that is no stop word, "had given Jammeh an ultimatum", is a name)."""
        text = ent.text
        letters = sum(c.isalpha() for c in text)
        if letters < 2 or not text[:1].isupper() or "\n" in text or len(ent) > 8:
            return False
        tok = ent[0]
        pron_name = tok.pos_ == "PRON" and not tok.is_sent_start and not tok.is_stop
        return not (len(ent) == 1 and tok.pos_ in ("VERB", "AUX", "PRON", "DET", "ADP") and not pron_name)

    @staticmethod
    def inside_anaphor(ent, by_start: dict) -> bool:
        """The entity lies inside an anaphor phrase ("the self-proclaimed Republic")."""
        for s in range(max(0, ent.start - 4), ent.start + 1):
            item = by_start.get(s)
            if item and item[0] == "ANAPHOR" and item[3] >= ent.end:
                return True
        return False

    def bare_title(self, ent, by_start: dict) -> bool:
        """The entity is a capitalised title on its own after a determiner ("Le Président a
        déclaré", "The Prime Minister said"): the title phrase, not a name NER guessed."""
        doc = ent.doc
        for s in range(max(0, ent.start - 3), ent.start + 1):
            item = by_start.get(s)
            if item and item[0] == "TITLE" and item[3] >= ent.end and s > 0 \
                    and doc[s - 1].lower_ in self.lex.determiners \
                    and not (item[3] < len(doc) and doc[item[3]].pos_ == "PROPN"):
                return True
        return False

    def bare_body(self, ent, by_start: dict) -> bool:
        """The entity is a state's body noun on its own, capitalised ("The Parliament voted",
        "Congress urged", "l'Assemblée nationale a condamné"): the body phrase of the lexicon
        (``body_nouns`` after a determiner, ``government_forces`` with or without one), not an
        organisation NER guessed."""
        first = ent.start + (ent[0].lower_ in self.lex.determiners)
        for s in {first, ent.start}:
            item = by_start.get(s)
            if item and item[0] == "SECTOR" and item[3] == ent.end and (
                    item[1] in self.lex.government_forces
                    or item[1] in self.lex.body_nouns and s > 0 and ent.doc[s - 1].lower_ in self.lex.definite_determiners):
                return True
        return False

    @staticmethod
    def object_clitic(doc, i: int) -> bool:
        """Token ``i`` is an object clitic before its verb ("qui l'accuse", "Paris les a
        appelés"), not an article: a verb or auxiliary follows, past other clitics ("les y a
        invités"); a number after it makes it the article of a quantifier ("les trois ont
        condamné", "les deux ont signé")."""
        j = i + 1
        while j < len(doc) and j - i < 3 and doc[j].pos_ == "PRON" and not doc[j].like_num:
            j += 1
        return j < len(doc) and doc[j].pos_ in ("VERB", "AUX")

    def subject_reprise(self, doc, s: int, e: int) -> bool:
        """The stressed pronoun ``doc[s:e]`` repeats the subject before it, followed by a word of
        ``subject_reprise_words`` ("La SADC a elle aussi suspendu le pays", "Le Maroc, lui aussi,
        a rappelé"): the subject again, neither an object nor another actor; a pronoun opening
        its sentence ("Elle aussi a condamné") is the subject itself and stays."""
        lex = self.lex
        if doc[s].lower_ not in lex.reprise_pronouns or s == 0 or doc[s].is_sent_start \
                or doc[s - 1].is_sent_end or doc[s - 1].text in (".", "!", "?", ":", "«", "\"", "“"):
            return False
        nxt = [t.lower_ for t in doc[e:e + 2]]
        return any(" ".join(nxt[:k]) in lex.subject_reprise_words for k in (1, 2) if len(nxt) >= k)

    @staticmethod
    def name_like(ent) -> bool:
        """An NER entity of another type that looks like a person's name ("Oleksii Makeiev")."""
        return (not ent.ent_id_ and ent.label_ in ("ORG", "GPE", "LOC", "MISC") and 2 <= len(ent) <= 4
                and all(t.pos_ == "PROPN" and t.text[:1].isupper() and t.is_alpha for t in ent))

    def skip_complement(self, doc, e: int, ent_end_at: dict) -> int:
        """Skip "to France" / "en France" after a title ("ambassador to France, X")."""
        if e < len(doc) and doc[e].lower_ in self.lex.title_complements:
            j = e + 1
            if j < len(doc) and doc[j].lower_ in self.lex.determiners:
                j += 1
            if j in ent_end_at:
                return ent_end_at[j]
        return e

    def seated(self, doc, ent, alias, taken) -> tuple[int, str] | None:
        """"officials in Nairobi", "les responsables à Moscou": a plural noun of officials, free of
        any other actor, then a seat preposition and a capital or seat of government: the start
        of the noun and its sector (``seated_nouns``); "security forces in Guinea", "les autorités
        au Mali": a noun of a state's own bodies (``seated_state_nouns``, one or more words), a
        preposition of ``seated_state_prepositions`` and the state's name; else None."""
        p = ent.start - 1
        if alias.kind == "alias":
            nouns, preps = self.lex.seated_nouns, self.lex.seated_prepositions
        elif alias.kind == "name":
            nouns, preps = self.lex.seated_state_nouns, self.lex.seated_state_prepositions
            if p >= 1 and doc[p].lower_ in self.lex.determiners and doc[p].lower_ not in preps:
                p -= 1  # "in the Gambia"
        else:
            return None
        if p < 1 or doc[p].lower_ not in preps:
            return None
        found = [(k, len(k.split())) for k in nouns
                 if p - len(k.split()) >= 0 and [t.lower_ for t in doc[p - len(k.split()):p]] == k.split()]
        if not found:
            return None
        key, n = max(found, key=lambda f: f[1])
        start, noun = p - n, doc[p - 1]
        words = range(start, p)
        if any(taken[i] for i in words) or doc[p].head.i not in words and ent.root.head.i not in words \
                or start > 0 and doc[start - 1].ent_type_:  # "Turkish generals in Damascus": Turkey's
            return None  # "officials met in Nairobi": the capital hangs on the verb, a place
        return (noun.i if n == 1 else start), nouns[key]

    def held_body(self, doc, m: ActorMention, kb: KnowledgeBase, date: str | None) -> ActorMention:
        """A body a leader commands or heads is his state's ("Gaddafi's forces", "Assad's army",
        "les troupes de Kadhafi", "the government of Ahmed"): the person's mention grows over the
        sector noun (``sector_nouns``) and stands for the state of the person's role, with that
        sector. Other mentions are returned unchanged."""
        if m.type != "Person" or not m.code or kb.actor_for_code(m.code) != m.code:
            return m
        lex = self.lex
        s, e = m.token_start, m.token_end
        if e + 1 < len(doc) and doc[e].text in ("'s", "’s", "'", "’") and doc[e + 1].lower_ in lex.sector_nouns \
                and not (e + 2 < len(doc) and doc[e + 2].pos_ in ("NOUN", "PROPN")):
            noun, s2, e2 = doc[e + 1], s, e + 2
        elif s >= 2 and doc[s - 1].lower_ in lex.of_words and doc[s - 2].lower_ in lex.sector_nouns \
                and doc[s - 2].lower_ not in lex.titles:
            noun, s2, e2 = doc[s - 2], with_det(doc, s - 2, lex), e
        else:
            return m
        if doc[s2:e2].ents and any(t.ent_type_ and t.i not in range(s, e) and t.i != noun.i for t in doc[s2:e2]):
            return m
        fields = actor_fields(kb, m.code, date, self.lang)
        span = doc[s2:e2]
        return replace(m, **dict(fields, start=span.start_char, end=span.end_char, token_start=s2, token_end=e2,
                                 text=span.text, label=strip_det(doc, s2, e2, lex),
                                 sector=lex.sector_nouns[noun.lower_], kind="nominal"))

    def plural(self, doc, end: int) -> bool:
        """The phrase ending before token ``end`` is plural (tag, morphology or a final s)."""
        tok = doc[end - 1]
        return tok.tag_ in ("NNS", "NNPS") or "Number=Plur" in str(tok.morph) or tok.lower_.endswith("s")

    @staticmethod
    def opposition(doc, ent, actor, composed) -> bool:
        """A state's opposition noun stands for the opposition when it heads its phrase: "the
        Venezuelan opposition", but not before a complement ("Russia's opposition to the plan",
        "l'opposition russe au projet": the stance noun) or a noun it modifies ("Ugandan
        opposition candidates", "the Venezuelan opposition leader X": those people)."""
        end = max(composed[0][3], ent.end)
        return actor.type == "State" and not (end < len(doc) and doc[end].pos_ in ("ADP", "NOUN", "PROPN"))

    def side_of(self, doc, m: ActorMention, taken: set, kb: KnowledgeBase, date: str | None) -> ActorMention:
        """Someone acting for a named actor is that actor's side: "a senior aide to President
        Erdogan", "an envoy of Emmanuel Macron", "un conseiller du président Erdogan" are a
        ``nominal`` mention of the state the person (or actor) acts for, spanning the phrase, with
        the sector of the noun's title if it is one. The noun and its prepositions are the
        lexicon's ``side_nouns`` ("to" names the side of an aide, not of an envoy: "the envoy to
        Syria"); a noun inside another mention ("the UN envoy") is left alone. ``taken`` holds
        the token indices of the other mentions."""
        if not m.code or m.kind not in ("name", "title", "alias") or m.type == "Media":
            return m
        lex = self.lex
        r = doc[m.token_start:m.token_end].root
        if r.head.i == m.token_start - 1 and (r.dep_ in FLAT_DEPS or r.head.lower_ in lex.titles):
            r = r.head  # "du président Erdogan": from the title before the name
        if r.head.pos_ == "ADP" and r.head.i < r.i:  # English: noun -> preposition -> name
            prep, noun = r.head, r.head.head
        else:  # French: the preposition is the name's case marker
            prep, noun = next((c for c in r.children if c.dep_ in CASE_DEPS), None), r.head
        if prep is None or noun.i >= prep.i or noun.i in taken \
                or prep.lower_ not in lex.side_nouns.get(noun.lower_, ()):
            return m
        start = noun.left_edge.i
        if any(i in taken for i in range(start, noun.i)):
            return m
        state = kb.actor_for_code(m.code) or m.actor_id
        fields = actor_fields(kb, state, date, self.lang)
        title = lex.titles.get(noun.lower_) or {}
        span = doc[start:m.token_end]
        return replace(m, **dict(fields, start=span.start_char, token_start=start, text=span.text,
                                 label=strip_det(doc, start, m.token_end, lex),
                                 sector=title.get("sector") or fields["sector"] or "government", kind="nominal"))

