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
from ..model import Actor
from ..resources import data_path
from .knowledge import LANGUAGES, Alias, KnowledgeBase, Role, slugify

__all__ = ["LANGUAGES", "Alias", "KnowledgeBase", "Role", "inflect_fr", "load_kb", "slugify"]


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
        for lang, names, canon in (("en", en, label_en), ("fr", fr, label_fr)):
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


def _load_role_sectors(kb: KnowledgeBase) -> None:
    """The sector each role gives to what its holder says (``role_sectors.tsv``)."""
    kb.role_sectors = {row["role"]: row["sector"] for row in _read_tsv("role_sectors.tsv")}


@lru_cache(maxsize=1)
def load_kb() -> KnowledgeBase:
    """Load the knowledge base once per process (cached)."""
    kb = KnowledgeBase()
    _load_states(kb)
    _load_bodies(kb, "organisations.tsv")
    _load_bodies(kb, "groups.tsv")
    _load_bodies(kb, "media.tsv")
    _load_people(kb)
    _load_role_sectors(kb)
    return kb
