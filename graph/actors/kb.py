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
from functools import lru_cache

from ..errors import DataFileError
from ..model import NAMING_LANGUAGE, Actor
from ..resources import data_path
from .knowledge import LANGUAGES, Alias, KnowledgeBase, Role, slugify
from .lexicon import demonym_forms, load_lexicon

__all__ = ["LANGUAGES", "Alias", "KnowledgeBase", "Role", "load_kb", "slugify"]


def split_cell(cell: str | None) -> list[str]:
    """The ``;``-separated values of a table cell, stripped, empty ones dropped.

    >>> split_cell("COD; COG;")
    ['COD', 'COG']
    """
    return [part.strip() for part in (cell or "").split(";") if part.strip()]


def read_actor_table(name: str) -> list[dict[str, str]]:
    """The rows of ``graph/data/actors/<name>`` (a tab-separated table with a header; ``#``
    lines are notices), each a dict of its columns; a row without the header's columns is a
    :class:`~graph.errors.DataFileError` naming the file and line."""
    path = data_path("actors", name)
    with open(path, encoding="utf-8", newline="") as fh:  # "#" lines: an imported file's notice
        rows = list(csv.DictReader((l for l in fh if not l.startswith("#")), delimiter="\t", quoting=csv.QUOTE_NONE))
    for n, row in enumerate(rows, start=2):
        if None in row or any(v is None for v in row.values()):
            raise DataFileError(f"graph/data/actors/{name}: line {n} does not have the header's columns")
    return rows


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


def _iso_names(lang: str):
    """ISO 3166 names in ``lang`` (pycountry's translations; the names as they are without one)."""
    import pycountry

    return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang], fallback=True).gettext


def _state_names(row: dict, lang: str, cldr: dict, iso, entry: tuple) -> list[str]:
    """A state's names in ``lang``: ``states.tsv`` first, then CLDR, then ISO 3166 (no name with a comma)."""
    _code, a2, name, common, official = entry
    names = split_cell(row.get(f"names_{lang}")) + _clean_country_names(cldr[lang].get(a2, ""))
    names += [iso(n) for n in (common, name, official) if n and "," not in n]
    names = [n for n in names if "," not in n]
    if lang == NAMING_LANGUAGE and not names:
        names = [name]  # every name has a comma and CLDR has none (pycountry 26: Saint Helena, ...)
    return names


def _load_states(kb: KnowledgeBase) -> None:
    import pycountry

    iso = {lang: _iso_names(lang) for lang in LANGUAGES}
    cldr = {lang: _cldr_names(lang) for lang in LANGUAGES}
    overlay = {row["code"]: row for row in read_actor_table("states.tsv")}
    entries = [(c.alpha_3, c.alpha_2, c.name, getattr(c, "common_name", None), getattr(c, "official_name", None))
               for c in pycountry.countries]
    entries.append(("XKX", "XK", "Kosovo", None, "Republic of Kosovo"))
    for entry in entries:
        code, row = entry[0], overlay.get(entry[0], {})
        names = {lang: _state_names(row, lang, cldr, iso[lang], entry) for lang in LANGUAGES}
        canon = {lang: (names[lang] or names[NAMING_LANGUAGE])[0] for lang in LANGUAGES}
        kb._add(Actor(id=code, label=canon[NAMING_LANGUAGE], type="State", code=code,
                      wikidata=row.get("wikidata") or None), names)
        for lang in LANGUAGES:
            for n in dict.fromkeys(names[lang]):
                kb._alias(n, code, "name", lang, canon[lang], place=True)
        for lang in LANGUAGES:
            lex = load_lexicon(lang)
            for dem in split_cell(row.get(f"demonyms_{lang}")):
                for form in demonym_forms(dem, lex):
                    kb._alias(form, code, "demonym", lang, canon[lang])
        for lang in LANGUAGES:
            caps = split_cell(row.get(f"capitals_{lang}"))
            for cap in caps:
                kb._alias(cap, code, "alias", lang, caps[0], sector="government", place=True)
        _load_seats(kb, code, row)
    from .kb_packages import load_package_states

    load_package_states(kb, [e[0] for e in entries if e[0] not in overlay])


def _load_seats(kb: KnowledgeBase, code: str, row: dict) -> None:
    """A state's seats of power (places) and bodies (``text=sector``; a text ending in ``!`` is
    matched only as written), in every language."""
    for seat in split_cell(row.get("seats")):
        text, _, sector = seat.partition("=")
        kb._alias(text, code, "alias", "*", text.strip(), sector=sector.strip() or "government", place=True)
    for body in split_cell(row.get("bodies")):  # "pape!": matched only as written (not the name "Pape")
        text, _, sector = body.partition("=")
        text, exact = text.strip().removesuffix("!"), text.strip().endswith("!")
        kb._alias(text, code, "alias", "*", text, sector=sector.strip() or "government", exact=exact)


def _load_state_bodies(kb: KnowledgeBase) -> None:
    """State institutions of the Phoenix dictionary (``bodies_phoenix.tsv``: ``code``, ``names``,
    ``sector``): bodies of the state as ``states.tsv``'s ``bodies`` ("Lok Sabha", "Bundesrat"),
    matched on their exact spelling; a name the base already has is left to it."""
    known = {a.text.lower() for a in kb.aliases}
    for n, row in enumerate(read_actor_table("bodies_phoenix.tsv"), start=2):
        if row["code"] not in kb.actors:
            raise DataFileError(f"graph/data/actors/bodies_phoenix.tsv: line {n}: unknown state {row['code']!r}")
        for name in split_cell(row.get("names")):
            if name.lower() not in known:
                kb._alias(name, row["code"], "alias", "*", name, sector=row.get("sector") or "government", exact=True)


def _labels(row: dict) -> dict[str, str]:
    """Language -> preferred label of a row (``label_<lang>``; an empty or absent cell takes the
    naming language's)."""
    return {lang: row.get(f"label_{lang}") or row[f"label_{NAMING_LANGUAGE}"] for lang in LANGUAGES}


def _load_bodies(kb: KnowledgeBase, name: str, exact: bool = False) -> None:
    """The organisations, groups or media of table ``name`` (``exact``: names matched only as
    written, for imported lists whose names may be common phrases in lower case)."""
    for row in read_actor_table(name):
        actor_id, label = row["id"], _labels(row)
        code = row.get("code") or None
        names = {lang: [label[lang], *split_cell(row.get(f"aliases_{lang}"))] for lang in LANGUAGES}
        kb._add(Actor(id=actor_id, label=row[f"label_{NAMING_LANGUAGE}"], type=row["type"], code=code,
                      sector=row.get("sector") or None, wikidata=row.get("wikidata") or None), names)
        for lang in LANGUAGES:
            for n in dict.fromkeys(names[lang]):
                kb._alias(n, actor_id, "name", lang, label[lang], sector=row.get("sector") or None, exact=exact)
        for seat in split_cell(row.get("seats")):
            kb._alias(seat, actor_id, "alias", "*", seat, place=True)
        for lang in LANGUAGES:  # "onusien": "le négociateur onusien X"
            for form in (f for dem in split_cell(row.get(f"demonyms_{lang}")) for f in demonym_forms(dem, load_lexicon(lang))):
                kb._alias(form, actor_id, "demonym", lang, label[lang])
        for lang in LANGUAGES:  # "the alliance" after "NATO" (graph.actors.class_nouns)
            for noun in split_cell(row.get(f"nouns_{lang}")):
                kb.class_nouns.setdefault((lang, noun.lower()), []).append(actor_id)
        if row.get("host"):
            kb.breakaways[actor_id] = (row["host"], row.get("kin") or None)
        if row.get("front"):
            kb.fronts[actor_id] = row["front"]
        if row.get("start") or row.get("end"):
            kb.active[actor_id] = (row.get("start") or None, row.get("end") or None)


def _load_people(kb: KnowledgeBase) -> None:
    for row in read_actor_table("people.tsv"):
        pid = row["id"]
        aliases, label = split_cell(row.get("aliases")), _labels(row)
        kb._add(Actor(id=pid, label=label[NAMING_LANGUAGE], type="Person", code=None,
                      wikidata=row.get("wikidata") or None),
                {lang: [label[lang], *aliases] for lang in LANGUAGES})
        if row.get("gender"):
            kb.gender[pid] = row["gender"]
        for lang in LANGUAGES:
            for n in dict.fromkeys([*label.values(), *aliases]):
                kb._alias(n, pid, "name", lang, label[lang])
    for n, row in enumerate(read_actor_table("roles.tsv"), start=2):
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
            aliases, labels = split_cell(row.get("aliases")), _labels(row)
            label = labels[NAMING_LANGUAGE]
            kb._add(Actor(id=pid, label=label, type="Person", code=None),
                    {lang: [labels[lang], *aliases] for lang in LANGUAGES})
            kb.full_name_only.add(pid)
            for lang in LANGUAGES:  # the dictionary's names are the same in every language
                for name in dict.fromkeys([label, *aliases]):
                    kb._alias(name, pid, "name", lang, label)
        elif pid not in kb.full_name_only:
            continue  # a curated person: the curated roles stand
        kb._roles.setdefault(pid, []).append(
            Role(pid, state, row["role"], row.get("start") or None, row.get("end") or None))


def _load_non_actors(kb: KnowledgeBase) -> None:
    """Names that hold a state's name and are no actor, so the ruler's longest match keeps the
    state out of them: regions (``regions.tsv``: "Latin America", "sud-américain"; places, and
    "America" stays the United States) and companies or institutions (``companies.tsv``: "Air
    France", "Malaysia Airlines"). Aliases of kind ``region`` or ``company`` with no actor; a
    region's ``organisation`` is that of its states as a group (``kb.region_organisations``)."""
    for table, kind in (("regions.tsv", "region"), ("companies.tsv", "company")):
        for n, row in enumerate(read_actor_table(table), start=2):
            org = row.get("organisation") or ""
            if org and org not in kb.actors:
                raise DataFileError(f"graph/data/actors/{table}: line {n}: unknown organisation {org!r}")
            for lang in LANGUAGES:
                for name in split_cell(row.get(f"names_{lang}")):
                    kb._alias(name, "", kind, lang, name, place=kind == "region")
                    if org:
                        kb.region_organisations[(lang, name.lower())] = org


def _load_towns(kb: KnowledgeBase) -> None:
    """Major towns (``towns.tsv``, written by ``scripts/import_towns.py`` from GeoNames): places
    of their state, never actors (aliases of kind ``town``, matched on their exact spelling); a
    name the base already has is left to it."""
    known = {a.text.lower() for a in kb.aliases}
    for n, row in enumerate(read_actor_table("towns.tsv"), start=2):
        if row["code"] not in kb.actors:
            raise DataFileError(f"graph/data/actors/towns.tsv: line {n}: unknown state {row['code']!r}")
        if row["name"].lower() not in known:
            kb._alias(row["name"], row["code"], "town", "*", row["name"], place=True, exact=True)


def _load_group_nouns(kb: KnowledgeBase) -> None:
    """The kind nouns a text calls an armed group by, and the state it is of
    (``group_nouns.tsv``): "the paramilitaries" after "RSF" (``class_nouns``), "Sudanese
    paramilitaries" (``kind_groups``: the one group of that kind of that state)."""
    for row in read_actor_table("group_nouns.tsv"):
        for lang in LANGUAGES:
            for noun in split_cell(row.get(f"nouns_{lang}")):
                kb.class_nouns.setdefault((lang, noun.lower()), []).append(row["id"])
                kb.kind_groups.setdefault((lang, noun.lower(), row["state"]), []).append(row["id"])


def _load_role_sectors(kb: KnowledgeBase) -> None:
    """The sector each role gives to what its holder says (``role_sectors.tsv``)."""
    kb.role_sectors = {row["role"]: row["sector"] for row in read_actor_table("role_sectors.tsv")}


@lru_cache(maxsize=1)
def load_kb() -> KnowledgeBase:
    """Load the knowledge base once per process (cached)."""
    kb = KnowledgeBase()
    _load_states(kb)
    _load_state_bodies(kb)  # imported by scripts/import_phoenix_bodies.py
    _load_bodies(kb, "organisations.tsv")
    _load_bodies(kb, "groups.tsv")
    _load_bodies(kb, "media.tsv")
    _load_bodies(kb, "organisations_phoenix.tsv")  # imported by scripts/import_phoenix_organisations.py
    _load_bodies(kb, "groups_phoenix.tsv", exact=True)  # imported by scripts/import_phoenix_groups.py
    _load_non_actors(kb)
    _load_group_nouns(kb)
    _load_people(kb)
    _load_towns(kb)  # imported by scripts/import_towns.py
    _load_role_sectors(kb)
    return kb
