"""Actor resolution for one document: entities, titles, nominals, then coreference in order.

:class:`Resolver` turns a parsed ``Doc`` into the mention dicts of ``doc._.mentions``:

1. ruler entities (names, capitals, seats, demonyms, surnames of the base) and the language's
   lexicon phrases (titles, sector nouns, pronouns, anaphors, media nouns) are collected once,
   each with a dict look-up per match (no loop over the base);
2. names and demonyms are composed with titles and sector nouns (:mod:`graph.actors.compose`);
   people named next to a title take its affiliation ("Azerbaijani Foreign Minister X",
   "X, Armenia's ambassador to France");
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

from dataclasses import replace

from spacy.matcher import PhraseMatcher

from .compose import (
    BODY_TYPES,
    PERSON_LABELS,
    PLACE_LABELS,
    Composer,
    actor_fields,
    is_place,
    media_actor,
    opposition_actor,
    strip_det,
    unknown_actor,
    with_det,
)
from .coref import resolve_in_order
from ..model import MENTION_KEYS, REFERENT_KEYS, Mention
from .kb import KnowledgeBase, slugify
from .nationality import before_agent_noun, is_diaspora, is_ethnic
from .records import ActorMention, Pending
from .spans import SpanTests



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
        for cat, phrases in (
            ("TITLE", lex.titles), ("SECTOR", lex.sector_nouns), ("ANAPHOR", lex.anaphors),
            ("MEDIA", lex.media_nouns), ("SUFFIX", lex.title_suffixes), ("PRONOUN", lex.pronouns),
            ("POPULATION", lex.population_nouns), ("OPPOSITION", lex.opposition_nouns),
        ):
            if phrases:
                self.matcher.add(cat, list(nlp.tokenizer.pipe(sorted(phrases))))

    # -- main ---------------------------------------------------------------------------------
    def __call__(self, doc) -> list[dict]:
        """The ``Doc._.mentions`` rows of ``doc`` (:meth:`graph.model.Mention.to_json`)."""
        meta = doc._.dg_meta or {}
        date = meta.get("date") or None
        lang, kb, lex = self.lang, self.kb, self.lex
        by_start, by_end = self._lexicon_matches(doc)
        comp = Composer(doc, by_start, by_end, lex)
        taken = bytearray(len(doc) + 1)
        out: list[ActorMention] = []
        ents = list(doc.ents)
        person_at_start = {ent.start: ent for ent in ents if ent.label_ in PERSON_LABELS or self._name_like(ent)}
        person_at_end = {ent.end: ent for ent in ents if ent.label_ in PERSON_LABELS or self._name_like(ent)}
        ent_end_at = {ent.start: ent.end for ent in ents}
        ruler_at = {ent.start: ent for ent in ents if ent.ent_id_ and ent.ent_id_.isdigit()}
        last_comp = None
        affiliations: dict[int, dict] = {}  # person ent start -> affiliation fields
        last_place_end = None

        def take(s: int, e: int) -> None:
            for i in range(s, e):
                taken[i] = 1

        for ent in ents:
            ent_id = ent.ent_id_
            if not ent_id or not ent_id.isdigit() or taken[ent.start]:
                continue
            alias = self.entries[int(ent_id)]
            if alias.kind == "demonym" and is_ethnic(doc, ent, lex):
                continue  # "ethnic Albanians": a people, not the state
            if alias.kind == "surname":
                nxt = doc[ent.end] if ent.end < len(doc) else None
                if nxt is not None and nxt.pos_ == "PROPN" and nxt.is_title and not nxt.ent_id_:
                    continue  # "Abdelaziz Bouteflika": the first name of someone else
                out.append(self._mention(doc, ent.start, ent.end, {}, "name", pending=Pending("surname", candidates=tuple(self.surnames.get(alias.text.lower(), ())))))
                take(ent.start, ent.end)
                continue
            actor = kb.get(alias.actor_id)
            if actor is None:
                continue
            base = actor_fields(kb, actor.id, date, lang)
            composed = None
            if actor.type in BODY_TYPES and alias.kind in ("name", "demonym"):
                if lex.adjective_after_noun:
                    composed = comp.left(ent.start, ent.end) if alias.kind == "demonym" else None
                else:
                    composed = comp.right(ent.start, ent.end)
                if composed is None and alias.kind == "name":
                    composed = comp.of(ent.start)
                coord = None
                if composed is None:
                    coord = self._coordinated(doc, ent, comp, ruler_at, last_comp)
                    composed = coord
                if composed is not None and composed[0][0] == "OPPOSITION" and not self._opposition(doc, ent, actor, composed):
                    composed = None
            if composed is not None:
                (cat, key, ms, me), sep = composed
                if coord is not None:  # "Armenian and Azerbaijani diplomats": this adjective only
                    s, e = with_det(doc, ent.start, lex), ent.end
                elif ms >= ent.end:  # English: name first
                    s, e = with_det(doc, ent.start, lex), me
                else:  # French or "of": noun first
                    s, e = with_det(doc, ms, lex), max(me, ent.end)
                last_comp = (composed, ent.end)
                info = lex.titles.get(key) if cat == "TITLE" else None
                suffix = comp.suffix(e)  # "ministre russe des Affaires étrangères"
                if suffix is not None:
                    e = suffix[3]
                    info = lex.title_suffixes[suffix[1]] if cat == "TITLE" else None
                    sector = lex.title_suffixes[suffix[1]]["sector"]
                else:
                    sector = (info or {}).get("sector") if cat == "TITLE" else lex.sector_nouns.get(key)
                label = strip_det(doc, s, e, lex)
                if coord is not None:
                    noun = doc[ms:me].text
                    label = f"{noun} {ent.text}" if lex.adjective_after_noun else f"{ent.text} {noun}"
                if cat == "OPPOSITION":  # "the Venezuelan opposition", "l'opposition vénézuélienne"
                    out.append(self._mention(doc, s, e, opposition_actor(actor.code, label), "nominal"))
                elif cat == "MEDIA":
                    out.append(self._mention(doc, s, e, media_actor(label), "nominal", plural=self._plural(doc, e)))
                elif cat == "POPULATION":  # "Afghan civilians": a target of attacks and aid, see docs
                    out.append(self._mention(doc, s, e, dict(base, label=label, sector="population"), "nominal",
                                             plural=self._plural(doc, e)))
                elif cat == "ANAPHOR" or sep:
                    out.append(self._mention(doc, s, e, {"label": label, "sector": sector}, "nominal",
                                             plural=True, pending=Pending(
                                                 "separatists", state=actor.code,
                                                 breakaway=actor.id if actor.id in kb.breakaways else None)))
                elif cat == "TITLE":
                    fields = dict(base, label=label, sector=sector)
                    person = person_at_start.get(e)
                    holders = kb.holders(actor.id, tuple(info.get("role", [])), date) if info else []
                    appos = None
                    after = self._skip_complement(doc, e, ent_end_at)
                    if person is not None and not taken[person.start]:
                        affiliations[person.start] = dict(fields)
                        e = person.end
                    elif after < len(doc) - 1 and doc[after].text == "," and (after + 1) in person_at_start:
                        affiliations[after + 1] = dict(fields)
                        appos = after + 1
                    elif (s > 0 and doc[s - 1].text == "," and s - 1 in person_at_end):
                        affiliations[person_at_end[s - 1].start] = dict(fields)
                        appos = person_at_end[s - 1].start
                    elif len(holders) == 1:
                        fields = dict(actor_fields(kb, holders[0], date, lang))
                    if person is not None and person.start in affiliations and person.end == e:
                        out.append(self._mention(doc, s, e, {}, "name", pending=Pending(
                                                 "person", name=person.text, person=self._kb_person(person),
                                                 affiliation=affiliations.pop(person.start))))
                    else:
                        out.append(self._mention(doc, s, e, fields, "title", appos=appos))
                else:
                    out.append(self._mention(doc, s, e, dict(base, label=label, sector=sector), "nominal",
                                             plural=self._plural(doc, e)))
                take(s, e)
                continue
            if alias.kind == "demonym":
                nxt = doc[ent.end] if ent.end < len(doc) else None
                as_noun = nxt is None or nxt.pos_ not in ("NOUN", "PROPN", "ADJ")
                if lex.nationality_noun_capitalised:  # "les Russes", not "la partie russe"
                    as_noun = as_noun and ent.text[:1].isupper()
                if as_noun and is_diaspora(doc, ent, ruler_at, alias.actor_id, self.entries, kb, lex):
                    continue  # "the Albanians of southern Serbia": a people living in another state
                if as_noun or before_agent_noun(doc, ent, lex):
                    out.append(self._mention(doc, ent.start, ent.end, dict(base, label=ent.text), "alias",
                                             plural=ent.text.lower().endswith(("s", "x"))))
                    take(ent.start, ent.end)
                continue
            kind = "name" if alias.kind == "name" else "alias"
            fields = dict(base)
            if actor.type != "Person":
                fields["label"] = alias.canon
            if alias.sector:
                fields["sector"] = alias.sector
            seated = self._seated(doc, ent, alias, taken) if alias.place else None
            if seated is not None:  # "officials in Nairobi": the government seated there
                s = with_det(doc, seated[0], lex)
                out.append(self._mention(doc, s, ent.end, dict(fields, label=strip_det(doc, s, ent.end, lex),
                                                               sector=seated[1]), "nominal", plural=True))
                take(s, ent.end)
                continue
            if alias.place and is_place(doc, ent.start, ent.end, lex, last_place_end):
                kind = "place"
                last_place_end = ent.end
            elif actor.type == "Person":
                out.append(self._mention(doc, ent.start, ent.end, fields, kind, pending=Pending("person", name=ent.text, person=actor.id)))
                take(ent.start, ent.end)
                continue
            out.append(self._mention(doc, ent.start, ent.end, fields, kind,
                                     plural=actor.type == "ArmedGroup" and ent.text.lower().endswith("s")))
            take(ent.start, ent.end)

        # entities the base does not know
        for ent in ents:
            if taken[ent.start] or (ent.ent_id_ and ent.ent_id_.isdigit()):
                continue
            if self._inside_anaphor(ent, by_start):  # "the self-proclaimed Republic"
                continue
            if not self._plausible_name(ent):  # "qu’", "n’", "Veuillez": tagger noise
                continue
            if ent.label_ in PERSON_LABELS or ent.start in affiliations:
                out.append(self._mention(doc, ent.start, ent.end, unknown_actor(ent.label_, ent.text), "name",
                                         pending=Pending("person", name=ent.text,
                                                                 affiliation=affiliations.get(ent.start))))
            elif ent.label_ == "ORG":
                fields = unknown_actor("ORG", ent.text)
                if any(t.lower_ in lex.media_nouns for t in ent):
                    fields = dict(media_actor(ent.text), actor_id=f"media/{slugify(ent.text)}")
                out.append(self._mention(doc, ent.start, ent.end, fields, "name", pending=Pending("other", name=ent.text)))
            elif ent.label_ in PLACE_LABELS:
                kind = "place" if is_place(doc, ent.start, ent.end, lex, last_place_end) else "name"
                out.append(self._mention(doc, ent.start, ent.end, unknown_actor(ent.label_, ent.text), kind,
                                         pending=Pending("other", name=ent.text)))
            else:
                continue
            take(ent.start, ent.end)

        # capitalised words NER missed that may be the surname of someone named before
        for tok in doc:
            if not taken[tok.i] and tok.pos_ == "PROPN" and tok.is_title and tok.is_alpha and len(tok) > 3:
                out.append(self._mention(doc, tok.i, tok.i + 1, {}, "name", pending=Pending("other", name=tok.text, drop=True)))

        # pronouns, anaphors and media nouns on their own
        for s, (cat, key, _, e) in sorted(by_start.items()):
            if any(taken[i] for i in range(s, e)):
                continue
            if cat == "PRONOUN":
                out.append(self._mention(doc, s, e, {}, "pronoun", pending=Pending("pronoun", features=lex.pronouns[key])))
            elif cat == "ANAPHOR":
                nxt = doc[e] if e < len(doc) else None
                if lex.anaphors[key] in ("latter", "former") and nxt is not None \
                        and nxt.pos_ in ("NOUN", "PROPN", "ADJ"):
                    continue
                out.append(self._mention(doc, s, e, {"label": strip_det(doc, s, e, lex)}, "pronoun",
                                         pending=Pending(lex.anaphors[key]), plural=True))
            elif cat == "MEDIA":
                out.append(self._mention(doc, s, e, media_actor(strip_det(doc, s, e, lex)), "nominal"))
            elif cat == "SECTOR" and key in lex.body_nouns and s > 0 and doc[s - 1].lower_ in lex.definite_determiners \
                    and not taken[s - 1] and not (e < len(doc) and doc[e].pos_ in ("NOUN", "PROPN", "ADJ")
                                                  and not lex.adjective_after_noun):
                # "the army shelled ...": a body of the state in focus (not "the military assistance")
                s -= 1
                out.append(self._mention(doc, s, e, {"label": strip_det(doc, s, e, lex)}, "pronoun", pending=Pending("body")))
            elif cat == "TITLE" and s > 0 and doc[s - 1].lower_ in lex.determiners and lex.titles[key].get("role") \
                    and not (e < len(doc) and (doc[e].pos_ == "PROPN" or taken[e])):  # "le président Aliyev"
                # "the president said": the person named before who holds that role
                s0 = s - 1
                out.append(self._mention(doc, s0, e, {"label": strip_det(doc, s0, e, lex)}, "title",
                                         pending=Pending("title", roles=tuple(lex.titles[key]["role"]))))
            else:
                continue
            take(s, e)

        out.sort(key=lambda m: (m.token_start, m.token_end))
        resolved = [self._held_body(doc, m, kb, date) for m in resolve_in_order(doc, out, kb, lang, date)]
        covered = {i for m in resolved for i in m.span}
        resolved = [self._side_of(doc, m, covered, kb, date) for m in resolved]
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
    out = [replace(m) for m in mentions]
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
