"""The actor knowledge base: states, organisations, groups, media and people with dated roles.

The base is data, not code. It is read from ``graph/data/actors/*.tsv`` (one actor or role per
line, ``;`` between alternative names; see ``docs/actors.md``) and completed at load time with
every ISO 3166-1 state from :mod:`pycountry` and the English and French country names of the
Unicode CLDR (through :mod:`babel`) and of pycountry's ISO 3166 translations.

Actor ids are stable and IRI-safe: states use their alpha-3 code (``AZE``), organisations
``org/<slug>`` (``org/un``, ``org/un/security-council``), groups ``group/<slug>``, media
``media/<slug>``, people ``person/<slug>``.

Example
-------
>>> kb = load_kb()
>>> kb.get("AZE").label, kb.get("AZE").code
('Azerbaijan', 'AZE')
>>> "Azerbaïdjan" in kb.labels("AZE")["fr"]
True
>>> kb.role_at("person/charles-michel", "2016-05-01").actor
'BEL'
>>> kb.code_for("person/charles-michel", "2021-03-01")
'EU'
"""

from __future__ import annotations

import csv
import gettext
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from ..errors import DataFileError
from ..model import ACTOR_TYPES, Actor
from ..resources import data_path

#: Languages the base carries labels for.
LANGUAGES = ("en", "fr")

#: The sector a person's role gives to what the person says.
ROLE_SECTORS = {
    "head_of_state": "government",
    "head_of_government": "government",
    "supreme_leader": "government",
    "crown_prince": "government",
    "vice_president": "government",
    "foreign_minister": "diplomacy",
    "deputy_foreign_minister": "diplomacy",
    "high_representative": "diplomacy",
    "spokesperson_foreign_ministry": "diplomacy",
    "ambassador": "diplomacy",
    "envoy": "diplomacy",
    "defence_minister": "military",
    "chief_of_staff": "military",
    "interior_minister": "security",
    "security_council_secretary": "security",
    "national_security_adviser": "security",
    "president": "government",
    "secretary_general": "government",
    "leader": "government",
    "speaker": "legislature",
    "intelligence_chief": "security",
    "director_general": "government",
    "high_commissioner": "government",
    "prosecutor": "justice",
    "chairperson_commission": "government",
    "presidential_adviser": "government",
    "spokesperson_head_of_state": "government",
    "deputy_chair_security_council": "security",
    "commander_in_chief": "military",
    "military_commander": "military",
    "party_leader": "government",
    "deputy_head_of_presidential_administration": "government",
    "serb_member_presidency": "government",
    "official": "government",
    "military_official": "military",
}


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
    for the actor), ``demonym`` (a nationality adjective or noun) or ``surname``. ``canon`` is
    the canonical form of what was named ("Baku" for "Bakou" in English, the actor's label for
    names). ``lang`` is ``en``, ``fr`` or ``*`` (both).
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


def _split(cell: str | None) -> list[str]:
    return [part.strip() for part in (cell or "").split(";") if part.strip()]


def _read_tsv(name: str) -> list[dict[str, str]]:
    path = data_path("actors", name)
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    for n, row in enumerate(rows, start=2):
        if None in row or any(v is None for v in row.values()):
            raise DataFileError(f"graph/data/actors/{name}: line {n} does not have the header's columns")
    return rows


_FR_ENDINGS = (
    ("ais", ("aise", "aises")),
    ("ois", ("oise", "oises")),
    ("ien", ("ienne", "iens", "iennes")),
    ("éen", ("éenne", "éens", "éennes")),
    ("an", ("ane", "ans", "anes")),
    ("in", ("ine", "ins", "ines")),
    ("e", ("es",)),
    ("è", ("es",)),
)


def inflect_fr(form: str) -> list[str]:
    """The regular feminine and plural forms of a French demonym (``!`` marks a form as-is).

    >>> inflect_fr("arménien")
    ['arménien', 'arménienne', 'arméniens', 'arméniennes']
    >>> inflect_fr("turc!")
    ['turc']
    """
    if form.endswith("!"):
        return [form[:-1]]
    for ending, extra in _FR_ENDINGS:
        if form.endswith(ending):
            if ending == "ais" or ending == "ois":
                return [form, *(form[: -len(ending)] + e for e in extra)]
            return [form, *(form[: -len(ending)] + e for e in extra)]
    return [form, form + "e", form + "s", form + "es"]


def _cldr_names(lang: str) -> dict[str, str]:
    from babel import Locale

    return dict(Locale(lang).territories)


def _clean_country_names(name: str) -> list[str]:
    """Usable forms of a CLDR/ISO country name (drop "Congo - Kinshasa", split parentheses)."""
    if not name or " - " in name or "SAR" in name or "R.A.S." in name or "," in name:
        return []
    name = name.replace(" & ", " and ")
    m = re.match(r"^(.*?)\s*\((.*)\)$", name)
    return [m.group(1), m.group(2)] if m else [name]


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
        #: roll-up code -> the actor id that stands for it (``EU`` -> ``org/eu``)
        self.by_code: dict[str, str] = {}
        self._by_code: dict[str, list[Role]] | None = None
        #: people matched by full name or alias only, never by bare surname (imported lists)
        self.full_name_only: set[str] = set()

    # -- public interface ---------------------------------------------------------------------
    def get(self, actor_id: str) -> Actor | None:
        """The actor with this id, or ``None``."""
        return self.actors.get(actor_id)

    def labels(self, actor_id: str) -> dict[str, list[str]]:
        """``{"en": [...], "fr": [...]}``: the preferred label first, then other names."""
        found = self._labels.get(actor_id, {})
        return {lang: list(found.get(lang, [])) for lang in LANGUAGES}

    def label(self, actor_id: str, lang: str = "en") -> str:
        """The preferred label in ``lang`` (falls back to English, then to the id)."""
        names = self._labels.get(actor_id, {})
        for candidate in (lang, "en"):
            if names.get(candidate):
                return names[candidate][0]
        actor = self.actors.get(actor_id)
        return actor.label if actor else actor_id

    def roles(self, actor_id: str) -> list[Role]:
        """A person's roles, oldest first (empty for non-persons)."""
        return list(self._roles.get(actor_id, []))

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


def _load_states(kb: KnowledgeBase) -> None:
    import pycountry

    fr_iso = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"])
    cldr = {lang: _cldr_names(lang) for lang in LANGUAGES}
    overlay = {row["code"]: row for row in _read_tsv("states.tsv")}
    entries = [(c.alpha_3, c.alpha_2, c.name, getattr(c, "common_name", None), getattr(c, "official_name", None))
               for c in pycountry.countries]
    entries.append(("XKX", "XK", "Kosovo", None, "Republic of Kosovo"))
    for code, a2, name, common, official in entries:
        row = overlay.get(code, {})
        en = _split(row.get("names_en")) + _clean_country_names(cldr["en"].get(a2, ""))
        en += [n for n in (common, name, official) if n and "," not in n]
        fr = _split(row.get("names_fr")) + _clean_country_names(cldr["fr"].get(a2, ""))
        fr += [fr_iso.gettext(n) for n in (common, name, official) if n and "," not in n]
        fr = [n for n in fr if "," not in n]
        en = en or [name]  # every name has a comma and CLDR has none (pycountry 26: Saint Helena, ...)
        label_en, label_fr = en[0], (fr[0] if fr else en[0])
        kb._add(Actor(id=code, label=label_en, type="State", code=code, wikidata=row.get("wikidata") or None),
                {"en": en, "fr": fr})
        for lang, names in (("en", en), ("fr", fr)):
            canon = label_en if lang == "en" else label_fr
            for n in dict.fromkeys(names):
                kb._alias(n, code, "name", lang, canon, place=True)
        for dem in _split(row.get("demonyms_en")):
            kb._alias(dem, code, "demonym", "en", label_en)
        for dem in _split(row.get("demonyms_fr")):
            for form in inflect_fr(dem):
                kb._alias(form, code, "demonym", "fr", label_fr)
        caps_en, caps_fr = _split(row.get("capitals_en")), _split(row.get("capitals_fr"))
        for lang, caps in (("en", caps_en), ("fr", caps_fr)):
            for cap in caps:
                kb._alias(cap, code, "alias", lang, caps[0], sector="government", place=True)
        for seat in _split(row.get("seats")):
            text, _, sector = seat.partition("=")
            kb._alias(text, code, "alias", "*", text.strip(), sector=sector.strip() or "government", place=True)
        for body in _split(row.get("bodies")):
            text, _, sector = body.partition("=")
            kb._alias(text, code, "alias", "*", text.strip(), sector=sector.strip() or "government")
    from .kb_packages import load_package_states

    load_package_states(kb, [e[0] for e in entries if e[0] not in overlay])


def _load_bodies(kb: KnowledgeBase, name: str) -> None:
    for row in _read_tsv(name):
        actor_id = row["id"]
        code = row.get("code") or None
        en = [row["label_en"], *_split(row.get("aliases_en"))]
        fr = [row["label_fr"], *_split(row.get("aliases_fr"))]
        kb._add(Actor(id=actor_id, label=row["label_en"], type=row["type"], code=code,
                      sector=row.get("sector") or None, wikidata=row.get("wikidata") or None),
                {"en": en, "fr": fr})
        for lang, names in (("en", en), ("fr", fr)):
            for n in dict.fromkeys(names):
                kb._alias(n, actor_id, "name", lang, row["label_" + lang], sector=row.get("sector") or None)
        for seat in _split(row.get("seats")):
            kb._alias(seat, actor_id, "alias", "*", seat, place=True)
        if row.get("host"):
            kb.breakaways[actor_id] = (row["host"], row.get("kin") or None)


def _load_people(kb: KnowledgeBase) -> None:
    for row in _read_tsv("people.tsv"):
        pid = row["id"]
        aliases = _split(row.get("aliases"))
        kb._add(Actor(id=pid, label=row["label_en"], type="Person", code=None, wikidata=row.get("wikidata") or None),
                {"en": [row["label_en"], *aliases], "fr": [row["label_fr"], *aliases]})
        if row.get("gender"):
            kb.gender[pid] = row["gender"]
        for lang in LANGUAGES:
            for n in dict.fromkeys([row["label_en"], row["label_fr"], *aliases]):
                kb._alias(n, pid, "name", lang, row["label_" + lang])
    for n, row in enumerate(_read_tsv("roles.tsv"), start=2):
        if row["person"] not in kb.actors:
            raise DataFileError(f"graph/data/actors/roles.tsv: line {n}: unknown person '{row['person']}'")
        if row["actor"] not in kb.actors:
            raise DataFileError(f"graph/data/actors/roles.tsv: line {n}: unknown actor '{row['actor']}'")
        kb._roles.setdefault(row["person"], []).append(
            Role(row["person"], row["actor"], row["role"], row.get("start") or None, row.get("end") or None))
    _load_imported_people(kb)
    for plist in kb._roles.values():
        plist.sort(key=lambda r: r.start or "")


def _load_imported_people(kb: KnowledgeBase) -> None:
    """State officials imported from the Phoenix dictionary (``people_phoenix.tsv``, written by
    ``scripts/import_phoenix_actors.py``): curated people win; imported ones are matched by
    full name or alias only."""
    path = data_path("actors", "people.tsv").with_name("people_phoenix.tsv")
    if not path.exists():
        return
    with open(path, encoding="utf-8", newline="") as fh:
        lines = [l for l in fh if l.strip() and not l.startswith("#")]
    for n, row in enumerate(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE), start=2):
        pid, state = row.get("id"), row.get("state")
        if not pid or state not in kb.actors:
            raise DataFileError(f"graph/data/actors/people_phoenix.tsv: line {n}: bad id or unknown state")
        if pid not in kb.actors:
            aliases = _split(row.get("aliases"))
            kb._add(Actor(id=pid, label=row["label_en"], type="Person", code=None),
                    {"en": [row["label_en"], *aliases], "fr": [row["label_fr"], *aliases]})
            kb.full_name_only.add(pid)
            for lang in LANGUAGES:
                for name in dict.fromkeys([row["label_en"], *aliases]):
                    kb._alias(name, pid, "name", lang, row["label_en"])
        elif pid not in kb.full_name_only:
            continue  # a curated person: the curated roles stand
        kb._roles.setdefault(pid, []).append(
            Role(pid, state, row["role"], row.get("start") or None, row.get("end") or None))


@lru_cache(maxsize=1)
def load_kb() -> KnowledgeBase:
    """Load the knowledge base once per process (cached)."""
    kb = KnowledgeBase()
    _load_states(kb)
    _load_bodies(kb, "organisations.tsv")
    _load_bodies(kb, "groups.tsv")
    _load_bodies(kb, "media.tsv")
    _load_people(kb)
    return kb
