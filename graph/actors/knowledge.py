"""The knowledge base in memory: actors, their labels, the aliases to match and people's dated roles.

:func:`graph.actors.kb.load_kb` fills a :class:`KnowledgeBase` from the data tables; this module
holds the records and the queries the actor and event stages ask of it.

Example
-------
>>> kb = KnowledgeBase()
>>> kb._roles["person/x"] = [Role("person/x", "ARM", "foreign_minister", "2018-05-12", "2021-08-02")]
>>> kb.role_at("person/x", "2020-01-01").actor
'ARM'
>>> slugify("Recep Tayyip Erdoğan")
'recep-tayyip-erdogan'
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from ..errors import DataFileError
from ..languages import supported_languages
from ..model import ACTOR_TYPES, NAMING_LANGUAGE, Actor

#: Languages the base carries labels for: those dipgraph reads (``graph/data/pipelines.json``).
LANGUAGES = supported_languages()


@dataclass(frozen=True)
class Role:
    """A person's role for an actor between two ISO dates (``None``: open-ended)."""

    person: str
    actor: str
    role: str
    start: str | None = None
    end: str | None = None

    def active(self, date: str) -> bool:
        """True if the role covers ``date`` (ISO ``YYYY-MM-DD``; the end day is excluded)."""
        return (self.start is None or self.start <= date) and (self.end is None or date < self.end)


@dataclass(frozen=True)
class Alias:
    """One surface form the pipeline looks for.

    ``kind`` is ``name`` (a name of the actor), ``alias`` (a capital or seat of government used
    for the actor), ``demonym`` (a nationality adjective or noun), ``surname``, ``region`` (a
    region that is no actor: "Latin America") or ``company`` (a company holding a state's name:
    "Air France"). ``canon`` is the canonical form of what was
    named ("Baku" for "Bakou" in English, the actor's label for names). ``lang`` is ``en``,
    ``fr`` or ``*`` (both).
    """

    text: str
    actor_id: str
    kind: str
    lang: str
    canon: str
    sector: str | None = None
    place: bool = False
    #: matched on its exact spelling (capitals taken from a data package: "Male", "Victoria")
    exact: bool = False


def slugify(text: str) -> str:
    """An IRI-safe lower-case slug: ``"Recep Tayyip Erdoğan"`` -> ``"recep-tayyip-erdogan"``.

    >>> slugify("Jean-Yves Le Drian")
    'jean-yves-le-drian'
    """
    norm = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", norm.lower()).strip("-") or "x"



class KnowledgeBase:
    """All actors, their labels in English and French, the aliases to match and people's roles."""

    def __init__(self) -> None:
        self.actors: dict[str, Actor] = {}
        self._labels: dict[str, dict[str, list[str]]] = {}
        self._roles: dict[str, list[Role]] = {}
        self.aliases: list[Alias] = []
        self.gender: dict[str, str] = {}
        #: breakaway group id -> (host state code, kin state code or None)
        self.breakaways: dict[str, tuple[str | None, str | None]] = {}
        #: breakaway group id -> the joint front it belongs to (``groups.tsv`` ``front``)
        self.fronts: dict[str, str] = {}
        #: group id -> (first day, day after the last) it existed (``groups.tsv`` ``start``/``end``)
        self.active: dict[str, tuple[str | None, str | None]] = {}
        #: roll-up code -> the actor id that stands for it (``EU`` -> ``org/eu``)
        self.by_code: dict[str, str] = {}
        self._by_code: dict[str, list[Role]] | None = None
        #: people matched by full name or alias only, never by bare surname (imported lists)
        self.full_name_only: set[str] = set()
        #: the sector a person's role gives to what the person says (``role_sectors.tsv``)
        self.role_sectors: dict[str, str] = {}
        #: (language, class noun) -> the organisations a text calls so once named ("the alliance")
        self.class_nouns: dict[tuple[str, str], list[str]] = {}
        #: (lang, kind noun, state code) -> armed groups of that kind of that state
        self.kind_groups: dict[tuple[str, str, str], list[str]] = {}
        #: (language, lower-cased region name) -> the organisation of the region's states
        #: ("southeast asian" -> ``org/asean``, ``regions.tsv``; :mod:`graph.actors.region_groups`)
        self.region_organisations: dict[tuple[str, str], str] = {}

    # -- public interface ---------------------------------------------------------------------
    def get(self, actor_id: str) -> Actor | None:
        """The actor with this id, or ``None``."""
        return self.actors.get(actor_id)

    def labels(self, actor_id: str) -> dict[str, list[str]]:
        """Language -> names (``{"en": [...], "fr": [...]}``): the preferred label first."""
        found = self._labels.get(actor_id, {})
        return {lang: list(found.get(lang, [])) for lang in LANGUAGES}

    def label(self, actor_id: str, lang: str = NAMING_LANGUAGE) -> str:
        """The preferred label in ``lang`` (falls back to the naming language, then to the id)."""
        names = self._labels.get(actor_id, {})
        for candidate in (lang, NAMING_LANGUAGE):
            if names.get(candidate):
                return names[candidate][0]
        actor = self.actors.get(actor_id)
        return actor.label if actor else actor_id

    def roles(self, actor_id: str) -> list[Role]:
        """A person's roles, oldest first (empty for non-persons)."""
        return list(self._roles.get(actor_id, []))

    def active_on(self, actor_id: str, date: str | None) -> bool:
        """Whether the group ``actor_id`` existed on ``date`` (``groups.tsv`` ``start``/``end``,
        end excluded; no date or no dates listed: yes).

        Why: "the rebels" of a 1999 Congo text cannot be the M23, founded in 2012.

        Examples
        --------
        >>> kb = KnowledgeBase(); kb.active["group/m23"] = ("2012-04-04", None)
        >>> kb.active_on("group/m23", "1999-07-10"), kb.active_on("group/m23", "2013-05-01")
        (False, True)
        """
        start, end = self.active.get(actor_id, (None, None))
        day = (date or "")[:10]
        return not day or ((start or "") <= day and (end is None or day < end))

    def role_at(self, person_id: str, date: str | None) -> Role | None:
        """The role a person acts in at ``date``.

        The role active at the date wins (the first listed if several are); without an active
        role, the last one ended before the date, else the first after it. With no date, the
        most recent role (latest start).
        """
        roles = self._roles.get(person_id)
        if not roles:
            return None
        if not date:
            return max(roles, key=lambda r: (r.start or "", -roles.index(r)))
        date = date[:10]
        active = [r for r in roles if r.active(date)]
        if active:
            return active[0]
        before = [r for r in roles if r.end is not None and r.end <= date]
        if before:
            return max(before, key=lambda r: r.end or "")
        return min(roles, key=lambda r: r.start or "")

    def code_for(self, actor_id: str, date: str | None = None) -> str | None:
        """The roll-up code of an actor; for a person, of whom they act for at ``date``."""
        actor = self.actors.get(actor_id)
        if actor is None:
            return None
        if actor.type == "Person":
            role = self.role_at(actor_id, date)
            return self.code_for(role.actor, date) if role else actor.code
        return actor.code

    def actor_for_code(self, code: str) -> str | None:
        """The actor id standing for a roll-up code (``"ARM"`` -> ``"ARM"``, ``"UN"`` -> ``"org/un"``)."""
        return self.by_code.get(code)

    def code_type(self, code: str | None) -> str | None:
        """The type of the actor standing for a roll-up code (``"MLI"`` -> ``"State"``, ``"M23"`` ->
        ``"ArmedGroup"``; an unknown code or ``None`` -> ``None``)."""
        actor = self.actors.get(self.by_code.get(code or "") or "")
        return actor.type if actor is not None else None

    def holders(self, actor_id: str, roles: list[str] | tuple[str, ...], date: str | None) -> list[str]:
        """People holding one of ``roles`` at ``date`` (in office now if no date) for ``actor_id``.

        Roles held for an organ count for its organisation ("the EU foreign policy chief" is the
        High Representative, whose role is held for the EEAS).
        """
        actor = self.actors.get(actor_id)
        if actor is None or not roles:
            return []
        if self._by_code is None:
            self._by_code = {}
            for plist in self._roles.values():
                for r in plist:
                    holder = self.actors.get(r.actor)
                    self._by_code.setdefault(holder.code if holder and holder.code else r.actor, []).append(r)
        out = {
            r.person for r in self._by_code.get(actor.code or actor_id, [])
            if r.role in roles and (r.active(date[:10]) if date else r.end is None)
            and (actor.type not in ("State", "GovernmentBody") or r.actor == actor_id)
        }
        return sorted(out)

    # -- building -----------------------------------------------------------------------------
    def _add(self, actor: Actor, labels: dict[str, list[str]]) -> None:
        if actor.type not in ACTOR_TYPES:
            raise DataFileError(f"actor {actor.id}: unknown type '{actor.type}' (one of {', '.join(ACTOR_TYPES)})")
        self.actors[actor.id] = actor
        merged = self._labels.setdefault(actor.id, {lang: [] for lang in LANGUAGES})
        for lang, names in labels.items():
            for name in names:
                if name and name not in merged[lang]:
                    merged[lang].append(name)
        if actor.code and actor.code not in self.by_code:
            self.by_code[actor.code] = actor.id

    def _alias(self, text: str, actor_id: str, kind: str, lang: str, canon: str,
               sector: str | None = None, place: bool = False, exact: bool = False) -> None:
        text = text.strip()
        if text:
            self.aliases.append(Alias(text, actor_id, kind, lang, canon, sector, place, exact))
