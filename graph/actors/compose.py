"""Mentions from ruler entities: names, capitals, titles, institutional nominals, places.

A nationality adjective or a state's name next to a title or a sector noun becomes one mention
of the state (or of the person holding the title), in English word order ("the Azerbaijani
army", "Russia's foreign minister", "the President of Azerbaijan") and French order
("l'armée azerbaïdjanaise", "le ministère russe des Affaires étrangères", "le président de
l'Azerbaïdjan"). A name after a place preposition ("talks in Moscow", "à Moscou") is a place.

All decisions read the language's lexicon (:mod:`graph.actors.lexicon`); nothing here is
specific to one conflict.
"""

from __future__ import annotations

from .kb import KnowledgeBase, slugify
from .deps import CONJ_DEPS, DIRECT_OBJECT_DEPS, SUBJECT_DEPS

#: hyphens that join a name to a word ("London-based")
HYPHENS = frozenset({"-", "\u2010", "\u2011"})
#: dashes between an actor and the participle of a compound ("US-led", "China–brokered", "Iran-backed")
COMPOUND_DASHES = ("-", "–")

PERSON_LABELS = frozenset({"PERSON", "PER"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
BODY_TYPES = frozenset({"State", "InternationalOrganisation", "GovernmentBody", "DeFactoAuthority", "ArmedGroup"})


def actor_fields(kb: KnowledgeBase, actor_id: str, date: str | None, lang: str) -> dict:
    """``actor_id``, ``label``, ``type``, ``code``, ``sector`` of a base actor at ``date``."""
    actor = kb.get(actor_id)
    if actor is None:
        return {"actor_id": actor_id, "label": actor_id, "type": "Unknown", "code": None, "sector": None}
    sector = actor.sector
    if actor.type == "Person":
        role = kb.role_at(actor_id, date)
        sector = kb.role_sectors.get(role.role) if role else None
        if role is not None:
            holder = kb.get(role.actor)
            sector = sector or (holder.sector if holder else None)
    return {
        "actor_id": actor.id,
        "label": kb.label(actor.id, lang),
        "type": actor.type,
        "code": kb.code_for(actor.id, date),
        "sector": sector,
    }


def strip_det(doc, start: int, end: int, lex) -> str:
    """The span's text without a leading determiner ("the Azerbaijani army" -> "Azerbaijani army")."""
    while start < end - 1 and doc[start].lower_ in lex.determiners:
        start += 1
    return doc[start:end].text


def with_det(doc, start: int, lex) -> int:
    """Move ``start`` left over one determiner."""
    if start > 0 and doc[start - 1].lower_ in lex.determiners:
        return start - 1
    return start


def _place_adjective(doc, i: int, lex) -> bool:
    """``doc[i]`` is a word of a ``place_adjectives`` entry, also one split at its hyphen
    ("south", "-", "western")."""
    if doc[i].lower_ in lex.place_adjectives:
        return True
    if doc[i].text == "-" and 0 < i < len(doc) - 1:
        return f"{doc[i - 1].lower_}-{doc[i + 1].lower_}" in lex.place_adjectives
    return i + 2 < len(doc) and doc[i + 1].text == "-" and f"{doc[i].lower_}-{doc[i + 2].lower_}" in lex.place_adjectives


def place_compound(doc, end: int, lex) -> bool:
    """The span ending before token ``end`` is joined by a hyphen to a word of the lexicon's
    ``place_compounds``: "London-based", "Iranian-born" (where someone is or comes from)."""
    return end + 1 < len(doc) and doc[end].text in HYPHENS and doc[end + 1].lower_ in lex.place_compounds \
        and doc[end].idx == doc[end - 1].idx + len(doc[end - 1])


def _stance_complement(prep, name, lex) -> bool:
    """Whether the name under the preposition ``prep`` completes a stance noun
    (``stance_nouns``): the noun it hangs on ("son soutien à Kigali"), or the object of the verb
    it hangs on when the parser attaches it there ("a renouvelé son appui à Kinshasa"). Read for
    "à" only (``article_prepositions``): "de l'aide en Somalie" is aid delivered in a place."""
    heads = (prep.head.head, name.head)
    words = {h.lemma_.lower() for h in heads} | {c.lemma_.lower() for h in heads for c in h.children
                                                 if c.dep_ in DIRECT_OBJECT_DEPS and c.i < prep.i}
    return bool(words & lex.stance_nouns)


def is_place(doc, start: int, end: int, lex, prev_place_end: int | None = None) -> bool:
    """True if the span at ``start:end`` names a location rather than an actor.

    A place follows a place preposition ("in", "at", "à", "en", "dans"), or "to"/"from" under a
    motion word ("travelled to Moscow"), or precedes an event noun ("the Minsk agreements"), or
    is coordinated with a place ("in Baku and Yerevan", also by a comma inside a list), or is the
    of-complement of a place noun ("the enclave of X", "le conflit du Y"). French "à" under a verb of saying or giving ("a écrit
    à Moscou") or a stance noun ("son soutien à Kigali", ``stance_nouns``) or before an article ("son soutien à la Serbie") keeps the actor reading.
    """
    if end < len(doc) and doc[end].tag_ == "POS" and doc[end - 1].head.lower_ not in lex.region_nouns:
        return False  # "concern at Turkey's moves": an owner, not a place (but "in Lebanon's south")
    if place_noun_complement(doc, start, lex):
        return True  # "the disputed enclave of X", "la région du Y"
    if _after_locution(doc, start, lex):
        return True  # "à l'intérieur de la Turquie", "en dehors du Mali"
    i = start - 1
    while i >= 0 and (doc[i].lower_ in lex.determiners or _place_adjective(doc, i, lex)) \
            and doc[i].lower_ not in lex.place_prepositions:
        i -= 1  # "in the north", "in northern Syria", "in south-western Niger"
    if place_compound(doc, end, lex):
        return True  # "a London-based group", "the Pakistan-born writer"
    if end < len(doc) and doc[end].lower_ in lex.place_followers and doc[end].pos_ not in ("VERB", "AUX"):
        return True  # (not a verb: "Le Japon rencontre la Chine")
    if i < 0:
        return False
    prev = doc[i]
    word = prev.lower_
    if word in lex.coordinators and prev_place_end is not None and prev_place_end >= i - 1:
        return doc[start:end].root.dep_ not in SUBJECT_DEPS  # "in Congo, and the US condemned"
    if prev.text == "," and prev_place_end is not None and prev_place_end >= i - 1 \
            and doc[start:end].root.dep_ in CONJ_DEPS:
        return True  # a comma list of places: "to Jordan, Syria and Lebanon"
    if word in lex.place_prepositions:
        if word in lex.article_prepositions and i < start - 1:
            return False  # "son soutien à la Serbie": a locative "à" takes no article ("à Moscou")
        name = prev.head
        while name.dep_ in CONJ_DEPS and name.head.i < name.i:  # "au Togo et au Bénin": the first conjunct's verb
            name = name.head
        heads = {x for h in (prev.head, prev.head.head, name.head) for x in (h.lemma_.lower(), h.lower_)}
        stance = word in lex.article_prepositions and _stance_complement(prev, name, lex)
        if (heads & lex.communication_lemmas or stance) \
                and word not in lex.located_prepositions:  # UD: "à" hangs on the name
            return False  # ("launched an offensive in X": a place)
        if word not in lex.located_prepositions and _retort(prev, lex):
            return False  # "hit back at Israel": the actor answered
        return True
    if word in lex.motion_prepositions:
        head = prev.head
        return head.lemma_.lower() in lex.motion_lemmas or (i > 0 and doc[i - 1].lemma_.lower() in lex.motion_lemmas)
    return False


def place_noun_complement(doc, start: int, lex) -> bool:
    """The span starting at ``start`` is the of-complement of a ``place_nouns`` noun: "the
    village of X", "la ville de Y" (a place, also when NER read the unknown name as a person)."""
    j = start - 1
    if j >= 0 and doc[j].lower_ in lex.determiners and doc[j].lower_ not in lex.of_words:
        j -= 1
    return j >= 1 and doc[j].lower_ in lex.of_words and doc[j - 1].lower_ in lex.place_nouns \
        and doc[j - 1].pos_ not in ("VERB", "AUX")  # "l'est du Congo", not "c'est du Congo"


def _retort(prep, lex) -> bool:
    """Whether the verb of preposition ``prep`` carries a retort particle (``retort_particles``:
    "hit back at X", "struck back at X")."""
    near = (prep.head, prep.head.head)
    return any(t.lower_ in lex.retort_particles or any(c.lower_ in lex.retort_particles and c.i < prep.i
                                                       for c in t.children) for t in near)


def _after_locution(doc, start: int, lex) -> bool:
    """Whether the name at ``start`` follows an of-word closing a place locution of the lexicon
    (``place_locutions``: "à l'intérieur de la Turquie", not "le ministre de l'Intérieur du Mali")."""
    k = start - 1
    while k >= 0 and doc[k].lower_ in lex.determiners and doc[k].lower_ not in lex.of_words:
        k -= 1  # "de la", "de l'"
    if k < 1 or doc[k].lower_ not in lex.of_words:
        return False
    return any(doc[j:k].text.lower().replace("’", "'") in lex.place_locutions for j in range(max(0, k - 3), k))


#: the lexicon categories of the nouns a name or nationality adjective composes with ("Russian
#: troops", "the French President", "les autorités maliennes", "South Ossetian separatists")
HEAD_CATEGORIES = ("TITLE", "SECTOR", "MEDIA", "ANAPHOR", "POPULATION", "OPPOSITION")


class Composer:
    """Finds titles, nominals and appositions around ruler entities of one document."""

    def __init__(self, doc, by_start: dict, by_end: dict, lex) -> None:
        self.doc = doc
        self.by_start = by_start
        self.by_end = by_end
        self.lex = lex
        self.n = len(doc)

    def _skippable(self, tok) -> tuple[bool, bool]:
        """(can skip, is a separatist word) for a modifier between a name and its noun."""
        low = tok.lower_
        if low in self.lex.separatist_words:
            return True, True
        if tok.pos_ == "ADJ" or tok.tag_ in ("JJ", "VBN", "VBG"):  # ("Sudan's ruling military council")
            return True, False
        return False, False

    def _head_noun(self, item, sep: bool):
        """``(item, sep)`` when the lexicon ``item`` (category, key) is a noun a name composes
        with (:data:`HEAD_CATEGORIES`; of the anaphors only "the separatists", "the rebels"), else
        ``None``."""
        if not item or item[0] not in HEAD_CATEGORIES:
            return None
        if item[0] == "ANAPHOR" and self.lex.anaphors.get(item[1]) not in ("separatists", "rebels"):
            return None
        return item, sep

    def right(self, start: int, end: int):
        """English order: name/adjective, then (possessive, adjectives) title or sector noun."""
        j = end
        owned = j < self.n and self.doc[j].lower_ in self.lex.possessive_markers
        j += owned
        if self.backer(j):
            return None
        sep = False
        for _ in range(2):
            if j in self.by_start or j >= self.n:
                break
            ok, is_sep = self._skippable(self.doc[j])
            if not ok:
                break
            sep |= is_sep
            j += 1
        item = self.by_start.get(j)
        if owned and item and item[1] in self.lex.relation_nouns:
            return None  # "Iran's proxies", "Russia's allies": others than Iran, Russia
        return self._head_noun(item, sep)

    def backer(self, j: int) -> bool:
        """A dash and a participle other than a leading word follow the name at ``j``: "the
        UN-backed court", "a US-funded radio" are backed or funded by the name, not its organs
        (the tagger reads the dash as an adjective and the participle as skippable); "US-led
        troops" stay American."""
        doc = self.doc
        return j + 1 < self.n and doc[j].text in COMPOUND_DASHES and doc[j + 1].tag_ == "VBN" \
            and doc[j + 1].lower_ not in self.lex.leading_words

    def left(self, start: int, end: int):
        """French order: title or sector noun, then (adjectives, or "de" and a bare noun: "les
        autorités de transition maliennes") the nationality adjective."""
        k = start
        sep = False
        for _ in range(2):
            if k in self.by_end or k <= 0:
                break
            ok, is_sep = self._skippable(self.doc[k - 1])
            if not ok:
                break
            sep |= is_sep
            k -= 1
        item = self.by_end.get(k)
        if item is None and k >= 3 and self.doc[k - 1].pos_ == "NOUN" and self.doc[k - 2].lower_ in self.lex.of_words \
                and not self.doc[k - 1].ent_type_:  # (not a name: "les dirigeants des FARC colombiennes")
            item = self.by_end.get(k - 2)  # "les autorités de transition maliennes"
            item = item if item and item[0] in ("TITLE", "SECTOR") else None
        return self._head_noun(item, sep)

    def of(self, start: int):
        """"the President of Azerbaijan", "le président de l'Azerbaïdjan": noun + of + name."""
        k = start
        doc, lex = self.doc, self.lex
        if k > 0 and doc[k - 1].lower_ in lex.determiners and doc[k - 1].lower_ not in lex.of_words:
            k -= 1
        if k > 0 and doc[k - 1].lower_ in lex.of_words:
            k -= 1
        else:
            return None
        item = self.by_end.get(k)
        if item and item[0] in ("TITLE", "SECTOR", "MEDIA", "OPPOSITION", "POPULATION") \
                and item[1] not in self.lex.relation_nouns:  # "les alliés de la France": not France
            return item, False  # (a population: "the people of Nicaragua", "la population de Gaza")
        return None

    def suffix(self, end: int):
        """French title suffix after the adjective: "ministre russe *des Affaires étrangères*"."""
        item = self.by_start.get(end)
        if item and item[0] == "SUFFIX":
            return item
        return None


def opposition_actor(state_code: str, label: str) -> dict:
    """A state's political opposition acting as a party of its own ("the Venezuelan opposition",
    "l'opposition vénézuélienne"): code ``<state>_OPP`` (the guidelines' convention), an actor
    the base does not list.

    >>> opposition_actor("VEN", "Venezuelan opposition")["code"]
    'VEN_OPP'
    """
    return {"actor_id": f"group/opposition-{state_code.lower()}", "label": label, "type": "Unknown",
            "code": f"{state_code}_OPP", "sector": None}


def media_actor(noun: str) -> dict:
    """The actor of a media nominal ("analysts", "Russian experts"): type Media, no code."""
    return {"actor_id": f"media/{slugify(noun)}", "label": noun, "type": "Media", "code": None, "sector": None}


def unknown_actor(label: str, text: str) -> dict:
    """A provisional actor for an entity the base does not know: ``unknown/<type>/<slug>``."""
    kind = {"PER": "person", "PERSON": "person", "ORG": "org", "GPE": "place", "LOC": "place", "FAC": "place"}
    typ = kind.get(label, label.lower())
    return {
        "actor_id": f"unknown/{typ}/{slugify(text)}",
        "label": text,
        "type": "Person" if typ == "person" else "Unknown",
        "code": None,
        "sector": None,
    }


def compound_tail(doc, start: int, known) -> bool:
    """Whether the name starting at token ``start`` ends a hyphenated surname whose first part
    no actor bears: "Nkosazana Dlamini-Zuma" is not Jacob Zuma; "the Trump-Kim summit" names
    two people (``known``: the starts of the ruler's known names).

    >>> import spacy
    >>> doc = spacy.blank("en")("Nkosazana Dlamini-Zuma said")
    >>> [t.text for t in doc][1:4], compound_tail(doc, 3, {}), compound_tail(doc, 3, {1: None})
    (['Dlamini', '-', 'Zuma'], True, False)
    """
    j = start - 1
    if j < 0 or doc[j].whitespace_ or not doc[j].text or doc[j].text[-1] not in COMPOUND_DASHES:
        return False
    if doc[j].text in COMPOUND_DASHES:  # the dash its own token: "Dlamini", "-", "Zuma"
        j -= 1
        if j < 0 or doc[j].whitespace_:
            return False
    return doc[j].text[:1].isupper() and not doc[j].ent_id_ and doc[j].i not in known
