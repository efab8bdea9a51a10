"""Import intergovernmental organisations from the PETRARCH-2 Phoenix dictionary as reviewed KB data.

``Phoenix.International.actors.txt`` (MIT licence, Open Event Data Alliance; kept in
``shared/data/petrarch2``) lists organisations with their CAMEO codes, the code on the same
line or indented under the name and its ``+`` aliases::

    INTERNATIONAL_CRIMINAL_POLICE_ORGANIZATION_
    +INTERPOL
        [IGOCOPITP]

This script keeps the entries coded ``IGO...`` whose name holds an organisation word
(:data:`ORG_WORDS`: people, also coded ``IGO``, are left out), that the curated
``organisations.tsv`` and ``groups.tsv`` do not name already, and writes
``graph/data/actors/organisations_phoenix.tsv`` (the columns of ``organisations.tsv`` and a
``provenance``). The code follows the guidelines (section 2): the organs and agencies of the
United Nations, the European Union and NATO take ``UN``, ``EU``, ``NATO``
(:data:`PARENT_CODES`); any other organisation the acronym among its names ("INTERPOL",
"(ICAO)"), else the initials of its name's main words. The knowledge base loads the file after
the curated tables; a curated name always wins.

Example: python scripts/import_phoenix_organisations.py --phoenix ../shared/data/petrarch2/Phoenix.International.actors.txt
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from import_common import ROOT, phoenix_args, write_tsv

OUT = ROOT / "graph" / "data" / "actors" / "organisations_phoenix.tsv"
#: CAMEO code prefixes of the parent organisations the guidelines roll organs and agencies up to.
PARENT_CODES = {"IGOUNO": "UN", "IGOEUREEC": "EU", "IGOWSTNAT": "NATO"}
#: Words that make a name an organisation's (a name without one is a person or a description).
ORG_WORDS = frozenset("""
organization organisation agency union council commission bank fund court tribunal office league
community committee conference programme program mission force forces authority secretariat
institute association federation alliance bureau board cooperation co-operation assembly group
parliament centre center facility movement pact treaty corporation
""".split())
#: Review: entries left out, with the reason.
EXCLUDE = {
    "warsaw treaty organization": "dissolved in 1991; its initials are the World Trade Organization's code",
    "world bank family network book project": "not an organisation acting in news",
    "american correctional association": "a national professional body, not intergovernmental",
    "association mondiale des amis de l'enfance": "a charity, not intergovernmental",
    "europarc federation": "a federation of parks, not intergovernmental",
    "international government organisation": "a description, not a name",
    "international government organization": "a description, not a name",
    "group of eight": "a number name: its initials are no code (G8 is curated)",
    "group of seventy seven": "a number name: its initials are no code",
}
#: Small words left out of initials and kept in lower case in labels.
SMALL = frozenset("of the and for on in de la des du et to".split())
HEADER = ["id", "type", "code", "label_en", "label_fr", "aliases_en", "aliases_fr", "seats", "sector", "parent",
          "wikidata", "provenance"]
NOTICE = ("# Imported from the PETRARCH-2 Phoenix actor dictionary (Phoenix.International.actors.txt, MIT\n"
          "# licence, Copyright (c) 2014 Open Event Data Alliance) by scripts/import_phoenix_organisations.py;\n"
          "# do not edit by hand: edit the script's review tables and run it again.\n")


def words_of(token: str) -> list[str]:
    """The words of a dictionary token ("U.N._SECRETARY_GENERAL_" -> ["U.N.", "SECRETARY", "GENERAL"])."""
    return [w for w in token.strip().strip("+").strip("_").split("_") if w]


def label(words: list[str]) -> str:
    """A readable label: small words in lower case, acronyms kept, other words capitalised.

    >>> label(["INTERNATIONAL", "CIVIL", "AVIATION", "ORGANIZATION", "(ICAO)"])
    'International Civil Aviation Organization'
    """
    out = []
    for i, w in enumerate(words):
        if w.startswith("(") or (not i and w == "THE"):
            continue
        low = w.lower()
        if len(w) <= 2 and w.isalpha() and w.isupper() and low not in SMALL:
            out.append(w)  # "UN", "EU"
            continue
        out.append(low if out and low in SMALL else "-".join(p.capitalize() for p in low.split("-")))
    return " ".join(out)


def acronym(words: list[str], aliases: list[list[str]]) -> str | None:
    """The organisation's acronym: a bracketed word of its name, or a one-word upper-case alias.

    >>> acronym(["INTERNATIONAL", "CIVIL", "AVIATION", "ORGANIZATION", "(ICAO)"], [])
    'ICAO'
    >>> acronym(["INTERNATIONAL", "CRIMINAL", "POLICE", "ORGANIZATION"], [["INTERPOL"]])
    'INTERPOL'
    """
    for w in words:
        m = re.fullmatch(r"\(([A-Z][A-Z0-9]{1,9})\)", w)
        if m:
            return m.group(1)
    for a in aliases:
        if len(a) == 1 and re.fullmatch(r"[A-Z][A-Z0-9]{1,9}", a[0]):
            return a[0]
    return None


def initials(words: list[str]) -> str:
    """The initials of a name's main words.

    >>> initials(["INTERNATIONAL", "MARITIME", "ORGANIZATION"])
    'IMO'
    """
    return "".join(w[0] for w in words if w.lower() not in SMALL and w[0].isalpha()).upper()


def parse(path: Path):
    """``(name words, [alias words], [codes], line)`` per entry (codes inline or indented)."""
    entry = None
    for n, raw in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        codes = re.findall(r"\[([A-Z]{3,})[^\]]*\]", line)
        head = line.split("[", 1)[0].strip()
        if raw[:1] in ("\t", " ") and not head:
            if entry is not None:
                entry[2].extend(codes)
        elif head.startswith("+"):
            if entry is not None:
                entry[1].append(words_of(head.split()[0]))
                entry[2].extend(codes)
        elif re.match(r"^[A-Z]", head):
            if entry is not None:
                yield entry
            entry = (words_of(head.split()[0]), [], list(codes), n)
    if entry is not None:
        yield entry


def organisation_code(codes: list[str], words: list[str], aliases: list[list[str]]) -> str | None:
    """The guidelines' code of an ``IGO`` entry (``None``: not an intergovernmental organisation)."""
    igo = [c for c in codes if c.startswith("IGO")]
    if not igo:
        return None
    for prefix, code in PARENT_CODES.items():
        if igo[0].startswith(prefix):
            return code
    return acronym(words, aliases) or initials(words)


def rows_from(path: Path, known: set[str]) -> list[list[str]]:
    """The rows of the organisations to import (curated names in ``known`` left out)."""
    from graph.actors.kb import slugify

    out, seen = [], set()
    for words, aliases, codes, line in parse(path):
        name = label(words)
        if len(name.split()) < 2 or not any(w.lower() in ORG_WORDS for w in name.split()):
            continue
        code = organisation_code(codes, words, aliases)
        if code is None or name.lower() in known or name.lower() in EXCLUDE:
            continue
        oid = f"org/phoenix/{slugify(name)}"
        if oid in seen:
            continue
        seen.add(oid)
        forms = [label(a) for a in aliases if len(a) > 1] + [a[0] for a in aliases if len(a) == 1 and a[0].isupper()]
        acro = acronym(words, aliases)
        forms += [acro] if acro and len(acro) >= 3 else []
        alias = ";".join(f for f in dict.fromkeys(forms) if f != name and f.lower() not in known and len(f) >= 3)
        out.append([oid, "InternationalOrganisation", code, name, name, alias, alias, "", "", "", "",
                    f"{path.name}:{line}"])
    return sorted(out)


def main(argv: list[str] | None = None) -> int:
    args = phoenix_args(argv, __doc__, "import_phoenix_organisations.py", "Phoenix.International.actors.txt", "international actor", OUT)
    if args is None:
        return 2
    from graph.actors.kb import read_actor_table

    known = {n.strip().lower() for name in ("organisations.tsv", "groups.tsv") for r in read_actor_table(name)
             for col in ("label_en", "label_fr", "aliases_en", "aliases_fr") for n in (r.get(col) or "").split(";")
             if n.strip()}
    rows = rows_from(args.phoenix, known)
    write_tsv(args.out, NOTICE, HEADER, rows)
    print(f"{len(rows)} organisations -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
