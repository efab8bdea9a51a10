"""Import state officials from the PETRARCH-2 Phoenix actor dictionary as reviewed KB data.

``Phoenix.Countries.actors.txt`` (MIT licence, Open Event Data Alliance; kept in
``shared/data/petrarch2``) lists people with their CAMEO actor codes and dated roles::

    ABDUL_KARIM_KHALILI_  # CountryInfo.txt
    +KARIM_KHALILI
        [AFGGOV >030101]

This script keeps the people who held a government or military role of a state (actor codes
``<ISO alpha-3>GOV...`` or ``<ISO alpha-3>MIL...``; not elites, opposition or rebels), names of
at least two words without a title inside, who are not already in ``people.tsv``, and writes
``graph/data/actors/people_phoenix.tsv`` (``id``, labels, aliases, ``state``, ``start``,
``end``, ``role``, ``provenance``). The knowledge base loads it after the curated files; a
person there is resolved by full name or alias only (never by bare surname, so "Khan said"
stays unknown) to the state they served at the document's date (``official`` or
``military_official`` roles, which no title ever resolves to).

Review choices (in the tables below): role codes kept (:data:`KEPT_ROLES`), title words that
mark a name as a description (:data:`TITLE_WORDS`), and the roles' dates: ``>YYMMDD`` opens a
role, ``<YYMMDD`` closes it, a bare code has no dates.

Example: python scripts/import_phoenix_actors.py --phoenix ../shared/data/petrarch2/Phoenix.Countries.actors.txt
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from import_common import ROOT, phoenix_args, write_tsv

OUT = ROOT / "graph" / "data" / "actors" / "people_phoenix.tsv"
#: CAMEO role codes after the country code that make a person speak for the state.
KEPT_ROLES = {"GOV": "official", "MIL": "military_official"}
#: Words that show an entry is a description, not a name ("ACTING_MINISTER_ABDUL_RAHIM").
TITLE_WORDS = frozenset("""
acting minister president general colonel major captain admiral king queen prince princess
sheikh emir mr mrs ms dr deputy secretary chief former ambassador governor mayor senator
sultan lord sir the of and spokesman spokesperson commander lieutenant brigadier marshal
forces force army soldiers soldier police ministry council party government national security
guard guards troops department office committee agency corps service republic union front
movement brigade militia navy air court assembly parliament bank commission special unit
""".split())
#: Roles that ended before this date are history: their holders are left out.
SINCE = "1990-01-01"
HEADER = ["id", "label_en", "label_fr", "aliases", "state", "start", "end", "role", "provenance"]
NOTICE = ("# Imported from the PETRARCH-2 Phoenix actor dictionary (Phoenix.Countries.actors.txt, MIT\n"
          "# licence, Copyright (c) 2014 Open Event Data Alliance) by scripts/import_phoenix_actors.py;\n"
          "# do not edit by hand: edit the script's review tables and run it again.\n")


def _date(raw: str) -> str | None:
    """``"030101"`` -> ``"2003-01-01"``, ``"20041207"`` -> ``"2004-12-07"``.

    >>> _date("030101"), _date("950626"), _date("20041207")
    ('2003-01-01', '1995-06-26', '2004-12-07')
    """
    raw = raw.strip()
    if len(raw) == 8:
        y, rest = raw[:4], raw[4:]
    elif len(raw) == 6:
        yy = int(raw[:2])
        y, rest = str(1900 + yy if yy > 30 else 2000 + yy), raw[2:]
    else:
        return None
    if not (rest[:2].isdigit() and rest[2:].isdigit()) or not ("01" <= rest[:2] <= "12"):
        return None
    return f"{y}-{rest[:2]}-{rest[2:4]}"


def _name(token: str) -> str:
    words = [w for w in token.strip().strip("+").strip("_").split("_") if w]
    return " ".join(w.capitalize() if not w.isdigit() else w for w in words)


def parse(path: Path):
    """``(name, aliases, [(code, start, end)], line)`` per entry."""
    entry = None
    for n, raw in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        if raw.startswith(("\t", " ")) and line.strip().startswith("["):
            m = re.match(r"^\[([A-Z]{3,})\s*([<>]?)\s*(\d*)(?:-(\d+))?\s*\]", line.strip())
            if m and entry is not None:
                code, mark, a, b = m.groups()
                start = end = None
                if mark == ">":
                    start = _date(a)
                elif mark == "<":
                    end = _date(a)
                elif a:
                    start, end = _date(a), _date(b or "")
                entry[2].append((code, start, end))
            continue
        if line.startswith("+") and entry is not None:
            entry[1].append(_name(line.split()[0]))
            continue
        if re.match(r"^[A-Z]", line):
            if entry is not None:
                yield entry
            entry = (_name(line.split()[0]), [], [], n)
    if entry is not None:
        yield entry


def usable(name: str) -> bool:
    """A personal name of two to five words, letters only, no title word.

    >>> usable("Abdul Karim Khalili"), usable("Acting Minister Abdul Rahim"), usable("Khalili")
    (True, False, False)
    """
    words = name.split()
    return 2 <= len(words) <= 5 and all(w.replace("-", "").replace("'", "").isalpha() for w in words) \
        and not any(w.lower() in TITLE_WORDS for w in words)


def rows_from(path: Path, known_names: set[str], states: set[str]) -> list[list[str]]:
    from graph.actors.kb import slugify

    out, seen = [], set()
    for name, aliases, roles, line in parse(path):
        if not usable(name) or name.lower() in known_names:
            continue
        kept = []
        for code, start, end in roles:
            state, rest = code[:3], code[3:]
            role = next((r for k, r in KEPT_ROLES.items() if rest.startswith(k)), None)
            if state in states and role and not (start and end and end <= start):  # no empty spans
                kept.append((state, start, end, role))
        if not kept or len({k[0] for k in kept}) > 1:  # served two states: too uncertain to import
            continue
        if all(end and end < SINCE for _, _, end, _ in kept):
            continue
        kept = list(dict.fromkeys(kept))
        pid = f"person/{slugify(name)}"
        if pid in seen:
            continue
        seen.add(pid)
        alias = ";".join(a for a in dict.fromkeys(aliases) if usable(a) and a != name and a.lower() not in known_names)
        for state, start, end, role in kept:
            out.append([pid, name, name, alias, state, start or "", end or "", role, f"Phoenix.Countries.actors.txt:{line}"])
            alias = ""  # aliases once, on the first role line
    return out


def main(argv: list[str] | None = None) -> int:
    args = phoenix_args(argv, __doc__, "import_phoenix_actors.py", "Phoenix.Countries.actors.txt", "country actor", OUT)
    if args is None:
        return 2
    import pycountry

    from graph.actors.kb import read_actor_table

    known = {n.strip().lower() for r in read_actor_table("people.tsv")
             for n in [r["label_en"], r["label_fr"], *r["aliases"].split(";")] if n.strip()}
    states = {c.alpha_3 for c in pycountry.countries}
    rows = rows_from(args.phoenix, known, states)
    write_tsv(args.out, NOTICE, HEADER, rows)
    print(f"{len(rows)} roles of {len({r[0] for r in rows})} people -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
