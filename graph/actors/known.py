"""Mentions of ruler entities the knowledge base knows: surnames, names composed with a title or
a sector noun, demonyms, names, capitals and seats.

:func:`known_entity` reads one ruler entity (its :class:`~graph.actors.kb.Alias`):

- a surname of the base is pending the person named before or one of the base (``surname``);
- a state, organisation, body or group next to a title or sector noun is composed with it
  (:class:`graph.actors.compose.Composer`; "the Azerbaijani army", "Russia's foreign minister",
  "le ministère russe des Affaires étrangères"); the composed phrase is read by its lexicon
  category (:data:`COMPOSED`): a title introducing a person gives that person the title's
  affiliation;
- a demonym used as a noun ("the Russians") or before an agent noun is the state;
- a name or capital is the actor, "officials in Nairobi" the government seated there, a name
  after a place preposition a place.

Example
-------
>>> sorted(COMPOSED)
['ANAPHOR', 'MEDIA', 'OPPOSITION', 'POPULATION', 'SECTOR', 'TITLE']
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from ..registry import Registry
from .compose import (BODY_TYPES, actor_fields, compound_tail, is_place, media_actor, opposition_actor,
                      place_compound, strip_det, unknown_actor, with_det)
from .nationality import before_agent_noun, is_diaspora, is_ethnic
from .records import ActorMention, Pending
from .state_organs import inside_state_organ
from .titled_roles import role_actor


def known_entity(r, scan, ent, alias) -> list[ActorMention]:
    """The mentions of the ruler entity ``ent`` of ``alias`` (none for an ethnic group, the
    first name of someone else, an actor the base lacks); consumes their tokens."""
    if alias.kind == "demonym" and (is_ethnic(scan.doc, ent, r.lex) or place_compound(scan.doc, ent.end, r.lex)):
        return []  # "ethnic Albanians": a people, "an Iranian-born writer": an origin, not the state
    if alias.place and alias.kind != "demonym" and _lower_case_name(ent, r.lex.determiners):
        return []  # "une réunion", "La réunion de dimanche": news capitalise a place's name
    if alias.kind == "surname":
        return _surname(r, scan, ent, alias)
    if alias.kind == "region":  # "Latin America": a place of no actor
        kind = "place" if is_place(scan.doc, ent.start, ent.end, r.lex, scan.last_place_end) else "name"
        scan.take(ent.start, ent.end)
        return [r.mention(scan.doc, ent.start, ent.end, unknown_actor("LOC", ent.text), kind)]
    if alias.kind == "town":  # "fighting near Kharkiv": a place in its state (the actor id), never an
        scan.take(ent.start, ent.end)  # actor: no code, so no source or target ("struck the port of X")
        fields = dict(actor_fields(r.kb, alias.actor_id, scan.date, r.lang), label=alias.canon, code=None)
        return [r.mention(scan.doc, ent.start, ent.end, fields, "place")]
    if alias.kind == "company":  # "Air France": a company of no actor, not the state
        scan.take(ent.start, ent.end)
        return [r.mention(scan.doc, ent.start, ent.end, unknown_actor("ORG", ent.text), "name")]
    actor = r.kb.get(alias.actor_id)
    if actor is None:
        return []
    if inside_state_organ(scan, ent, actor):
        return []  # "Conseil de sécurité" in "le Conseil de sécurité nationale turc": Turkey's organ
    base = actor_fields(r.kb, actor.id, scan.date, r.lang)
    if actor.type == "State" and alias.kind == "name" and _owns_group(r, scan, ent):
        scan.take(ent.start, ent.end)  # "Officials of Colombia's ELN": where the group is from
        return [r.mention(scan.doc, ent.start, ent.end, dict(base, label=alias.canon), "place")]
    composed, coord = _composition(r, scan, ent, alias, actor)
    if composed is not None:
        m = _composed(r, scan, Part(ent, actor, base, composed, coord))
        scan.take(m.token_start, m.token_end)
        return [m]
    if alias.kind == "demonym":
        return _demonym(r, scan, ent, alias, base)
    if actor.type == "Person" and len(ent) == 1 and (
            _inside_name(scan, ent) or compound_tail(scan.doc, ent.start, scan.ruler_at)):
        return []  # "Ghani" in "Abdul Ghani Baradar", "Zuma" in "Dlamini-Zuma"
    return _named(r, scan, ent, alias, actor, base)


def _lower_case_name(ent, determiners) -> bool:
    """Whether the words of ``ent`` other than its determiners are all in lower case: "La
    réunion de dimanche" (a capital only for the sentence's start) is a common noun, "la
    Réunion" the island."""
    words = [t.text for t in ent if t.lower_ not in determiners] or [ent.text]
    return all(w.islower() for w in words)


def _inside_name(scan, ent) -> bool:
    """Whether a one-word name is followed by a capitalised name the base does not know: "Abdul
    Ghani Baradar", "Abdelaziz Bouteflika" name someone else."""
    nxt = scan.doc[ent.end] if ent.end < len(scan.doc) else None
    return nxt is not None and nxt.pos_ == "PROPN" and nxt.is_title and not nxt.ent_id_


def _surname(r, scan, ent, alias) -> list[ActorMention]:
    candidates = tuple(r.surnames.get(alias.text.lower(), ()))
    if _inside_name(scan, ent) or _other_given_name(r, scan, ent, candidates) \
            or compound_tail(scan.doc, ent.start, scan.ruler_at):
        return []  # "Abdelaziz Bouteflika", "Rene Castro": the first name or surname of someone else
    scan.take(ent.start, ent.end)
    return [r.mention(scan.doc, ent.start, ent.end, {}, "name", pending=Pending("surname", candidates=candidates))]


def _other_given_name(r, scan, ent, candidates) -> bool:
    """Whether a capitalised name that no candidate bears precedes the surname ``ent`` (no title or
    known name): "Rene Castro" is someone else than "Xiomara Castro", "Tayyip Erdogan" is Erdogan."""
    prev = scan.doc[ent.start - 1] if ent.start > 0 else None
    if prev is None or prev.pos_ != "PROPN" or not prev.is_title or prev.ent_id_ or prev.i in scan.ruler_at:
        return False
    if prev.lower_ in r.lex.honorifics or any(prev.lower_ in key.split() for key in r.lex.titles):
        return False
    words = {w.lower() for c in candidates for names in r.kb.labels(c).values() for n in names for w in n.split()}
    return bool(words) and prev.lower_ not in words


def _composition(r, scan, ent, alias, actor) -> tuple[Any, Any]:
    """The lexicon phrase composed with a body's name or demonym (``((category, key, start,
    end), separatist)``, or ``None``) and, for coordinated adjectives sharing one noun, the same
    phrase again as ``coord``."""
    if actor.type not in BODY_TYPES or alias.kind not in ("name", "demonym", "alias"):
        return None, None
    lex, comp = r.lex, scan.comp
    if alias.kind == "alias":  # a capital or seat before a body or title: "the Kabul government"
        composed = None if lex.adjective_after_noun else comp.right(ent.start, ent.end)
        return (composed, None) if composed is not None and composed[0][0] in ("SECTOR", "TITLE") else (None, None)
    if lex.adjective_after_noun:
        composed = comp.left(ent.start, ent.end) if alias.kind == "demonym" else None
    else:
        composed = comp.right(ent.start, ent.end)
    hyphened = ent.end < len(scan.doc) and scan.doc[ent.end].text in ("-", "–")
    owner = _owns_name(scan, ent.end, lex)
    if composed is None and alias.kind == "name" and not hyphened and not owner:
        # (not "positions of the Iran-backed group", "leaders of Egypt's opposition": the name
        # modifies the noun after it, which is the of-complement)
        composed = comp.of(ent.start)
    coord = None
    if composed is None:
        coord = composed = r.coordinated(scan.doc, ent, scan.comp, scan.ruler_at, scan.last_comp)
    if composed is not None and composed[0][0] == "OPPOSITION" and not r.opposition(scan.doc, ent, actor, composed):
        composed = None
    if composed is not None and composed[0][0] == "TITLE" and (lex.titles.get(composed[0][1]) or {}).get("acts_for"):
        composed = None  # "the Sudanese rebel leader": not the state (graph.actors.titled_roles)
    return composed, coord


def _owns_name(scan, end: int, lex) -> bool:
    """Whether a possessive marker at ``end`` hangs the name before it on a known name or a
    relation noun after it (adjectives between): "leaders of Egypt's (banned) Muslim
    Brotherhood" are the group's, "a commander of Egypt's tribal allies" the allies'."""
    doc, j = scan.doc, end + 1
    if end >= len(doc) or doc[end].lower_ not in lex.possessive_markers:
        return False
    while j < len(doc) and j - end <= 3 and j not in scan.ruler_at and doc[j].pos_ == "ADJ":
        j += 1
    return j in scan.ruler_at or (j < len(doc) and doc[j].lemma_.lower() in lex.relation_nouns)


@dataclass
class Part:
    """A ruler entity composed with a lexicon phrase: the entity, its actor and actor fields
    (``base``), the composition and ``coord`` (a noun shared by coordinated adjectives); the
    span, label, sector and title entry are set by :func:`_composed`."""

    ent: Any
    actor: Any
    base: dict
    composed: tuple
    coord: Any
    start: int = 0
    end: int = 0
    label: str = ""
    sector: str | None = None
    info: dict | None = None


Composed = Callable[[Any, Any, Part], ActorMention]
#: lexicon category of the composed phrase -> the mention it makes
COMPOSED: Registry = Registry("composition category")
composed = COMPOSED.register


def _composed(r, scan, part: Part) -> ActorMention:
    """Span, label and sector of a composition, then its mention by category (a separatist word
    makes a title or sector noun a separatist anaphor: "Armenian separatist forces")."""
    doc, lex, ent = scan.doc, r.lex, part.ent
    (cat, key, ms, me), sep = part.composed
    if part.coord is not None:  # "Armenian and Azerbaijani diplomats": this adjective only
        s, e = with_det(doc, ent.start, lex), ent.end
    elif ms >= ent.end:  # English: name first
        s, e = with_det(doc, ent.start, lex), me
    else:  # French or "of": noun first
        s, e = with_det(doc, ms, lex), max(me, ent.end)
    scan.last_comp = (part.composed, ent.end)
    info = lex.titles.get(key) if cat == "TITLE" else None
    suffix = scan.comp.suffix(e)  # "ministre russe des Affaires étrangères"
    if suffix is not None:
        e = suffix[3]
        info = lex.title_suffixes[suffix[1]] if cat == "TITLE" else None
        sector = lex.title_suffixes[suffix[1]]["sector"]
    else:
        sector = (info or {}).get("sector") if cat == "TITLE" else lex.sector_nouns.get(key)
    label = strip_det(doc, s, e, lex)
    if part.coord is not None:
        noun = doc[ms:me].text
        label = f"{noun} {ent.text}" if lex.adjective_after_noun else f"{ent.text} {noun}"
    part.start, part.end, part.label, part.sector, part.info = s, e, label, sector, info
    if sep and cat not in ("OPPOSITION", "MEDIA", "POPULATION"):
        cat = "ANAPHOR"
    return COMPOSED[cat](r, scan, part)


@composed("OPPOSITION")
def _opposition(r, scan, p: Part) -> ActorMention:
    """"the Venezuelan opposition", "l'opposition vénézuélienne": a party of its own."""
    return r.mention(scan.doc, p.start, p.end, opposition_actor(p.actor.code, p.label), "nominal")


@composed("MEDIA")
def _media(r, scan, p: Part) -> ActorMention:
    """"Russian experts": a media actor."""
    return r.mention(scan.doc, p.start, p.end, media_actor(p.label), "nominal", plural=r.plural(scan.doc, p.end))


@composed("POPULATION")
def _population(r, scan, p: Part) -> ActorMention:
    """"Afghan civilians": a target of attacks and aid, see docs."""
    return r.mention(scan.doc, p.start, p.end, dict(p.base, label=p.label, sector="population"), "nominal",
                      plural=r.plural(scan.doc, p.end))


@composed("ANAPHOR")
def _separatists(r, scan, p: Part) -> ActorMention:
    """"Armenian separatists", "South Ossetian separatists", "Libyan rebels": pending the
    breakaway authority or rebel movement (of that state, or the group named: "FARC rebels");
    rebels (anaphors of kind ``rebels``) fight the state named, so its host: "Rwandan rebels"
    are not the Congolese rebels Rwanda backs."""
    named = p.actor.id in r.kb.breakaways or p.actor.type not in ("State", "Person")  # "FARC rebels"
    breakaway = p.actor.id if named else None
    return r.mention(scan.doc, p.start, p.end, {"label": p.label, "sector": p.sector}, "nominal", plural=True,
                      pending=Pending("separatists", state=p.actor.code, breakaway=breakaway,
                                      features={"host_only": r.lex.anaphors.get(p.composed[0][1]) == "rebels"}))


def _kind_group(r, scan, p: Part) -> str | None:
    """The armed group a nationality and a kind noun name when the base has exactly one of that
    kind of that state (``group_nouns.tsv``: "Sudanese paramilitaries" are the RSF)."""
    if p.actor.type != "State":
        return None
    ids = {g for t in scan.doc[p.start:p.end] for g in r.kb.kind_groups.get((r.lang, t.lower_, p.actor.code), ())}
    return ids.pop() if len(ids) == 1 else None


@composed("SECTOR")
def _sector(r, scan, p: Part) -> ActorMention:
    """"the Azerbaijani army", "le ministère russe": the state in that sector; with a title and
    a person's name, that person speaking for it (:func:`_titled_person`)."""
    group = _kind_group(r, scan, p)
    if group is not None:  # "Sudanese paramilitaries": the one such group of that state
        fields = dict(actor_fields(r.kb, group, scan.date, r.lang), label=p.label)
        return r.mention(scan.doc, p.start, p.end, fields, "nominal", plural=r.plural(scan.doc, p.end))
    fields = dict(p.base, label=p.label, sector=p.sector)
    titled = _titled_person(scan, p.start, p.end, r.lex)
    if titled is not None:
        start, person = titled
        return r.mention(scan.doc, start, person.end, {}, "name", pending=Pending(
            "person", name=person.text, person=r.kb_person(person), affiliation=fields))
    return r.mention(scan.doc, p.start, p.end, fields, "nominal", plural=r.plural(scan.doc, p.end))


def _office_holder(scan, ent):
    """The person named right after an office of the base whose name holds a title ("UN envoy
    John Smith", "l'émissaire de l'ONU, Jean Dupuis"), else ``None``."""
    start, end = scan.by_start.get(ent.start), scan.by_end.get(ent.end)
    if not any(item is not None and item[0] == "TITLE" and ent.start <= item[2] < item[3] <= ent.end
               for item in (start, end)):
        return None
    return _person_after(scan, ent.end)


def _person_after(scan, i: int):
    """The person entity no mention took at token ``i``, or after a comma there ("..., X,")."""
    doc = scan.doc
    person = scan.person_at_start.get(i)
    if person is None and i < len(doc) - 1 and doc[i].text == ",":
        person = scan.person_at_start.get(i + 1)
    return person if person is not None and not scan.taken[person.start] else None


def _titled_person(scan, start: int, end: int, lex):
    """The person named with a title next to a state's body, in English order ("the Kenyan army
    spokesman Paul Otieno", "Russian Defence Ministry spokesman X": title after the body) or
    French ("le porte-parole de l'armée kényane Paul Otieno": title, of-word, body; "l'envoyé de
    l'Union africaine X": an office noun opening the body): ``(start of the whole span, person
    entity)``, else ``None``."""
    item = scan.by_start.get(end)
    if item is not None and item[0] == "TITLE":
        person = _person_after(scan, item[3])
        return (start, person) if person is not None else None
    person = _person_after(scan, end)
    if person is None:
        return None
    doc, small = scan.doc, lex.of_words | lex.determiners
    first = start
    while first < end and doc[first].lower_ in small:  # "du ministère": the body's first word
        first += 1
    if first < end and doc[first].lower_ in lex.office_nouns | lex.representation_nouns:
        return start, person  # "l'envoyé de l'Union africaine X": the office noun heads the body
    k = first
    while k > 0 and doc[k - 1].lower_ in small and first - k < 2:
        k -= 1
    item = scan.by_end.get(k)
    if item is None or item[0] != "TITLE" or k == first:
        return None
    return with_det(scan.doc, item[2], lex), person


@composed("TITLE")
def _title(r, scan, p: Part) -> ActorMention:
    """"Azerbaijani Foreign Minister X": X, affiliated with the title; "X, Armenia's
    ambassador" or "the ambassador, X": the title, standing for X (``appos``); a title alone:
    its holder at the date when the base knows exactly one, else the state in its sector."""
    doc, s, e = scan.doc, p.start, p.end
    fields = dict(p.base, label=p.label, sector=p.sector)
    person = scan.person_at_start.get(e)
    holders = r.kb.holders(p.actor.id, tuple(p.info.get("role", [])), scan.date) if p.info else []
    appos, lead = None, s
    while lead > 0 and doc[lead - 1].lower_ in r.lex.determiners | r.lex.former_words:
        lead -= 1  # "X, a former president of Y": no office of Y now, so no holder nor affiliation
    former = any(t.lower_ in r.lex.former_words for t in doc[lead:s])
    after = r.skip_complement(doc, e, scan.ent_end_at)
    if person is not None and not scan.taken[person.start]:  # "Former Prime Minister X": the coreference reads "former"
        scan.affiliations[person.start] = dict(fields)
        e = person.end
    elif after < len(doc) - 1 and doc[after].text == "," and (after + 1) in scan.person_at_start and not former:
        scan.affiliations[after + 1] = dict(fields)
        appos = after + 1
    elif lead > 0 and doc[lead - 1].text == "," and lead - 1 in scan.person_at_end:
        appos = scan.person_at_end[lead - 1].start
        if not former:
            scan.affiliations[appos] = dict(fields)
    elif len(holders) == 1 and not former:
        fields = dict(actor_fields(r.kb, holders[0], scan.date, r.lang))
    if person is not None and person.start in scan.affiliations and person.end == e:
        return r.mention(doc, s, e, {}, "name", pending=Pending(
            "person", name=person.text, person=r.kb_person(person), affiliation=scan.affiliations.pop(person.start)))
    return r.mention(doc, s, e, fields, "title", appos=appos)


def _demonym(r, scan, ent, alias, base) -> list[ActorMention]:
    """"the Russians", "les Russes" (as a noun) or a demonym before an agent noun: the state;
    "the Albanians of southern Serbia" (a diaspora) is no mention."""
    doc, lex = scan.doc, r.lex
    nxt = doc[ent.end] if ent.end < len(doc) else None
    as_noun = nxt is None or nxt.pos_ not in ("NOUN", "PROPN", "ADJ")
    if lex.nationality_noun_capitalised:  # "les Russes", not "la partie russe"
        as_noun = as_noun and ent.text[:1].isupper()
    if as_noun and is_diaspora(doc, ent, scan.ruler_at, alias.actor_id, r.entries, r.kb, lex):
        return []  # "the Albanians of southern Serbia": a people living in another state
    if not (as_noun or before_agent_noun(doc, ent, lex)):
        return []
    scan.take(ent.start, ent.end)
    return [r.mention(doc, ent.start, ent.end, dict(base, label=ent.text), "alias",
                       plural=ent.text.lower().endswith(("s", "x")))]


def _owns_group(r, scan, ent) -> bool:
    """A state's name owns the armed group named right after it ("Colombia's ELN", "Sudan's
    RSF"): it says where the group is from, and names no act of the state."""
    doc, end = scan.doc, ent.end
    if end + 1 >= len(doc) or doc[end].lower_ not in r.lex.possessive_markers:
        return False
    nxt = scan.ruler_at.get(end + 1)
    owned = r.kb.get(r.entries[int(nxt.ent_id_)].actor_id) if nxt is not None else None
    return owned is not None and owned.type == "ArmedGroup"


def _title_before(scan, start: int, lex) -> int:
    """Start of the span of a person's name with the title right before it and its determiner
    ("President Erdogan", "Le Président Erdogan", "the foreign minister Lavrov"), else ``start``."""
    item = scan.by_end.get(start)
    if item is None or item[0] != "TITLE" or any(scan.taken[k] for k in range(item[2], start)):
        return start
    s = item[2]
    return s if s > 0 and scan.doc[s - 1].lower_ in lex.of_words else with_det(scan.doc, s, lex)  # "du président X"


def _named(r, scan, ent, alias, actor, base) -> list[ActorMention]:
    """A name or alias: the actor (its canonical label), a person pending the people named
    before, the government seated in a capital ("officials in Nairobi"), or a place."""
    doc, lex = scan.doc, r.lex
    kind = "name" if alias.kind == "name" else "alias"
    fields = dict(base)
    if actor.type != "Person":
        fields["label"] = alias.canon
    if alias.sector:
        fields["sector"] = alias.sector
    person = _office_holder(scan, ent) if actor.type != "Person" and not alias.place else None
    if person is not None:  # "UN envoy John Smith": John Smith speaks for the UN
        s = with_det(doc, ent.start, lex)
        scan.take(s, person.end)
        return [r.mention(doc, s, person.end, {}, "name", pending=Pending(
            "person", name=person.text, person=r.kb_person(person), affiliation=fields))]
    seated = r.seated(doc, ent, alias, scan.taken) if alias.place else None
    if seated is not None:  # "officials in Nairobi": the government seated there
        s = with_det(doc, seated[0], lex)
        scan.take(s, ent.end)
        return [r.mention(doc, s, ent.end, dict(fields, label=strip_det(doc, s, ent.end, lex), sector=seated[1]),
                           "nominal", plural=True)]
    scan.take(ent.start, ent.end)
    if alias.place and is_place(doc, ent.start, ent.end, lex, scan.last_place_end):
        kind = "place"
        scan.last_place_end = ent.end
    elif actor.type == "Person":
        start = _title_before(scan, ent.start, lex)
        scan.take(start, ent.end)
        title = scan.by_end.get(ent.start) if start < ent.start else None
        acts_for = role_actor(r.kb, actor.id, lex.titles.get(title[1]) if title else None, scan.date)
        return [r.mention(doc, start, ent.end, fields, kind, pending=Pending(
            "person", name=ent.text, person=actor.id, acts_for=acts_for,
            affiliation=scan.affiliations.pop(ent.start, None)))]  # "the AU's envoy, X": that office
    return [r.mention(doc, ent.start, ent.end, fields, kind,
                       plural=actor.type == "ArmedGroup" and ent.text.lower().endswith("s"))]
