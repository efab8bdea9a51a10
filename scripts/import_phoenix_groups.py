"""Import armed non-state groups from the PETRARCH-2 Phoenix dictionary as reviewed KB data.

``Phoenix.MilNonState.actors.txt`` (MIT licence, Open Event Data Alliance; kept in
``shared/data/petrarch2``; its names come from the START "Terrorist Organization Profiles"
list) names armed groups with their CAMEO code and ``+`` aliases::

    MORO_ISLAMIC_LIBERATION_FRONT_(MILF)_ [PHLREB]

This script keeps the entries coded as rebels of a state or region (``<code>REB...``) or as
international militant groups (``IMG...``), with a name of at least two words, that the curated
``groups.tsv`` and ``organisations.tsv`` do not name already (:data:`EXCLUDE`: reviewed
leftovers), and writes ``graph/data/actors/groups_phoenix.tsv`` (the columns of
``groups.tsv`` with no host or kin, so no imported group is ever read for "the separatists",
and a ``provenance``). The code follows the guidelines (section 2: "a short upper-case code of
their usual name or acronym"): the acronym the dictionary gives ("(MILF)", a one-word alias),
else the initials of a name of three main words or more ("Lord's Resistance Army": ``LRA``),
else the name in capitals ("Abu Sayyaf Group": ``ABU_SAYYAF``); a code another actor already
has falls back to the name. The knowledge base matches these names on their exact spelling
(a title-case name in running text), after every curated name.

Example: python scripts/import_phoenix_groups.py --phoenix ../shared/data/petrarch2/Phoenix.MilNonState.actors.txt
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from import_common import ROOT, phoenix_args, write_tsv
from import_phoenix_organisations import SMALL, acronym, label, parse

OUT = ROOT / "graph" / "data" / "actors" / "groups_phoenix.tsv"
#: Review: entries left out, with the reason.
EXCLUDE = {
    "ansar allah": "the dictionary codes it Lebanese; the name is the Houthis' (curated)",
    "islamic state": "curated as ISIS",
    "the base": "a translation of al-Qaeda, and a common phrase",
    "palestine liberation organization": "the Palestinian state's representative (GUIDELINES: PSE), not a group",
    "sudan people's liberation army": "South Sudan's army since 2011 (SSD), and its ruling movement",
    "zimbabwe african nationalist union": "Zimbabwe's ruling party (as ZANU-PF), a state's body",
}
#: Words of a name left out of its code ("Abu Sayyaf Group" -> ABU_SAYYAF).
GENERIC = frozenset({"group"})
#: Words that make a name a group's (the dictionary also lists leaders and members by name).
GROUP_WORDS = frozenset("""
army armies front fronts brigade brigades movement organization organisation group groups party forces force
militia militias tigers mujahideen mujahidin jihad jamaat jamaa jemaah jama'a jaish jaysh harakat lashkar
council committee committees cells cell commando commandos battalion battalions faction union league
resistance liberation guerrilla guerrillas insurgents rebels alliance legion coalition network squad squads
units unit nuclei federation sayyaf gama'a islamiyya ansar tehrik hizb
""".split())
#: Name parts of curated groups whose affiliates roll up to them (``groups.tsv`` lists them).
CURATED_PARTS = ("qaeda", "qaida", "qa'ida", "qai'dah", "qa'eda", "islamic state", "taliban", "hezbollah", "hamas")
HEADER = ["id", "type", "code", "label_en", "label_fr", "aliases_en", "aliases_fr", "seats", "sector", "host", "kin",
          "wikidata", "front", "provenance"]
NOTICE = ("# Imported from the PETRARCH-2 Phoenix actor dictionary (Phoenix.MilNonState.actors.txt, MIT\n"
          "# licence, Copyright (c) 2014 Open Event Data Alliance) by scripts/import_phoenix_groups.py;\n"
          "# do not edit by hand: edit the script's review tables and run it again.\n")


def particles(name: str) -> str:
    """Arabic article particles in lower case inside a name, as news write them.

    >>> particles("Ansar Al-Islam"), particles("Al-Aqsa Martyrs Brigades")
    ('Ansar al-Islam', 'Al-Aqsa Martyrs Brigades')
    """
    return re.sub(r"(?<=\s)(Al|El|Ad|Ar|As|Ash|At|Az|Ul)-", lambda m: m.group(1).lower() + "-", name)


def group_code(name: str, acro: str | None, taken: set[str]) -> str:
    """The guidelines' code of a group (see the module).

    >>> group_code("Lord's Resistance Army", None, set()), group_code("Abu Sayyaf Group", None, set())
    ('LRA', 'ABU_SAYYAF')
    >>> group_code("Moro Islamic Liberation Front", "MILF", set())
    'MILF'
    """
    words = [w for w in name.split() if w.lower() not in SMALL]
    main = [w for w in words if w.lower() not in GENERIC]
    initials = "".join(w[0] for w in main if w[0].isalpha()).upper()
    short = acro if acro and len(acro) >= 3 else initials if len(main) >= 3 else None
    if short and short not in taken:
        return short
    return re.sub(r"[^A-Z0-9]+", "_", " ".join(main).upper()).strip("_")


def key(name: str) -> str:
    """A name compared with the curated ones: lower case, no apostrophes.

    >>> key("Tigray Peoples Liberation Front") == key("Tigray People's Liberation Front")
    True
    """
    return re.sub(r"['’]", "", name.lower())


def group_name(name: str) -> bool:
    """A name of two words or more with a group word, no part of a curated group's name.

    >>> group_name("Abu Sayyaf Group"), group_name("Abu Musab"), group_name("AL Qaida Offshoot")
    (True, False, False)
    """
    low = name.lower()
    return len(name.split()) >= 2 and any(w in GROUP_WORDS for w in re.split(r"[\s-]+", low)) and not any(
        p in low for p in CURATED_PARTS)


def kept(codes: list[str]) -> bool:
    """An entry coded as rebels (of a state, or of a region: ``CFRREB``, ``MEAREB``) or as an
    international militant group."""
    return bool(codes) and (codes[0].startswith("IMG") or codes[0][3:6] == "REB")


def rows_from(path: Path, known: dict[str, str], taken: set[str],
              countries: frozenset[str] = frozenset()) -> list[list[str]]:
    """The rows of the groups to import: ``known`` maps a curated name (lower case) to its code
    (an entry that has one is left out, its other names are given that code), ``taken`` holds the
    codes of other actors, ``countries`` the upper-case country names that are no acronym."""
    from graph.actors.kb import slugify

    out, seen = [], set()
    for words, aliases, codes, line in parse(path):
        name = particles(label(words))
        if not group_name(name) or not kept(codes) or name.lower() in EXCLUDE:
            continue
        gid = f"group/phoenix/{slugify(name)}"
        acro = acronym(words, aliases)
        acro = acro if acro and acro not in countries else None  # "(COLOMBIA)": a place, no acronym
        forms = [f for f in (particles(label(a)) for a in aliases if len(a) > 1) if group_name(f)]
        names = [name, *forms, *(["".join(a) for a in aliases if len(a) == 1]), *([acro] if acro else [])]
        curated = next((known[key(n)] for n in names if key(n) in known), None)
        if gid in seen or (curated and key(name) in known):
            continue
        code = curated or group_code(name, acro, taken)  # a curated group's other names take its code
        seen.add(gid)
        taken.add(code)
        forms += [acro] if acro and len(acro) >= 3 else []
        alias = ";".join(f for f in dict.fromkeys(forms) if f != name and key(f) not in known and f.lower() not in EXCLUDE)
        out.append([gid, "ArmedGroup", code, name, name, alias, alias, "", "", "", "", "", "", f"{path.name}:{line}"])
    return out


def main(argv: list[str] | None = None) -> int:
    args = phoenix_args(argv, __doc__, "import_phoenix_groups.py", "Phoenix.MilNonState.actors.txt", "non-state actor", OUT)
    if args is None:
        return 2
    import pycountry

    from graph.actors.kb import read_actor_table

    tables = ("organisations.tsv", "groups.tsv", "media.tsv", "organisations_phoenix.tsv")
    known = {key(n.strip()): r.get("code") or "" for name in tables for r in read_actor_table(name)
             for col in ("label_en", "label_fr", "aliases_en", "aliases_fr") for n in (r.get(col) or "").split(";")
             if n.strip()}
    countries = frozenset(c.name.upper() for c in pycountry.countries)
    taken = {c.alpha_3 for c in pycountry.countries} | {r["code"] for name in tables for r in read_actor_table(name) if r.get("code")}
    rows = sorted(rows_from(args.phoenix, known, taken, countries))
    write_tsv(args.out, NOTICE, HEADER, rows)
    print(f"{len(rows)} groups -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
