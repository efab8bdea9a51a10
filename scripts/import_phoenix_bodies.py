"""Import the state institutions of the PETRARCH-2 Phoenix country dictionary as reviewed KB data.

``Phoenix.Countries.actors.txt`` (MIT licence, Open Event Data Alliance; kept in
``shared/data/petrarch2``) lists, besides people, a state's institutions under their own names
with a CAMEO code of the state and a sector::

    KNESSET
        [ISRGOVLEG]
    REVOLUTIONARY_GUARD
    +REVOLUTIONARY_GUARDS
    +QUDS_FORCE
        [IRNMIL]

This script keeps the entries that are institutions, not people: every role undated (people
have dated roles), one ISO state (:mod:`pycountry`), a government, military, police,
intelligence, legislative or judicial code (:data:`SECTORS`), and either a word of an
institution in the name or its aliases (:data:`INSTITUTION_WORDS`: "army", "council",
"assembly", "rifles") or a sector code beyond government (``LEG``, ``MIL``, ``COP``, ``SPY``,
``JUD``) and a name of one or two words ("Knesset", "Mossad", "Shin Bet"; a person of two
words with such an undated code would pass: the 2014 dictionary has none). Aliases are kept
with a word of an institution or as one word ("John Kirby" under the US military is left out),
titles and names of several states' bodies never (:data:`TITLE_WORDS`, :data:`SKIPPED_NAMES`).
It writes ``graph/data/actors/bodies_phoenix.tsv``
(``code``, ``names``: ``;``-separated, ``sector``, ``provenance``): bodies of the state, never
places, loaded after ``states.tsv`` (a name the base already has is skipped at load time, so
curated names win). Names are matched on their exact spelling, and a name of one word only
when it is written in capitals or capitalised ("Bundesrat").

Example: python scripts/import_phoenix_bodies.py --phoenix ../shared/data/petrarch2/Phoenix.Countries.actors.txt
"""

from __future__ import annotations

import sys
from pathlib import Path

from import_common import ROOT, phoenix_args, write_tsv
from import_phoenix_actors import parse

OUT = ROOT / "graph" / "data" / "actors" / "bodies_phoenix.tsv"
#: CAMEO sector code after the state's code -> the sector of the base (first match wins)
SECTORS = (("GOVLEG", "legislature"), ("GOVJUD", "justice"), ("GOVMIL", "military"), ("LEG", "legislature"),
           ("JUD", "justice"), ("MIL", "military"), ("COP", "security"), ("SPY", "security"),
           ("GOV", "government"))
#: words that make an entry an institution whatever its code
INSTITUTION_WORDS = frozenset("""
army military forces force police ministry council headquarters parliament congress senate assembly guard guards navy
corps agency service department office committee court rifles intelligence security duma
marines sabha
""".split())
#: words of a title or a person in a name: the name is no body ("White House Press Secretary")
TITLE_WORDS = frozenset("secretary director chairman spokesman spokeswoman spokesperson official justices".split())
#: names several states' bodies bear, or that are the bodies of another actor of the base: left out
SKIPPED_NAMES = frozenset(n.lower() for n in (
    "Senate", "Department Of State", "Department Of Defense", "Defense Department", "Central Command",
    "Pacific Command", "Intelligence Community", "National Security Council", "National Security Council Staff",
    "National Security Staff", "Federal Law Enforcement", "Joint Chiefs Of Staff", "Council Of Experts",
    "Provincial Reconstruction Team", "Coalition Humanitarian Liaison Cell", "West Point",
    "Bundeskanzler",  # a title (the chancellor), not a body
    # Iraqi Kurdistan's forces are the KRG's (GUIDELINES section 2), which Phoenix codes as Iraq's
    "Peshmerga", "Pesh Merga", "Kurdish Peshmerga"))
#: words written in lower case inside a name, and spellings of acronyms the dictionary capitalised
SMALL_WORDS = frozenset("of the for and on in".split())
ACRONYMS = {"Us": "US", "U.s.": "U.S."}
HEADER = ["code", "names", "sector", "provenance"]
NOTICE = ("# Imported from the PETRARCH-2 Phoenix actor dictionary (Phoenix.Countries.actors.txt, MIT\n"
          "# licence, Copyright (c) 2014 Open Event Data Alliance) by scripts/import_phoenix_bodies.py;\n"
          "# do not edit by hand: edit the script's review tables and run it again.\n")


def sector_of(code: str) -> str | None:
    """The base's sector of a CAMEO code's part after the state.

    >>> sector_of("GOVLEG"), sector_of("SPY"), sector_of("GOVHLH"), sector_of("REB")
    ('legislature', 'security', 'government', None)
    """
    return next((s for prefix, s in SECTORS if code.startswith(prefix)), None)


def spelled(name: str) -> str:
    """A name as news write it: short one-word names are acronyms, small words in lower case.

    >>> spelled("Fsb"), spelled("Department Of State"), spelled("Us Congress"), spelled("Knesset")
    ('FSB', 'Department of State', 'US Congress', 'Knesset')
    """
    words = name.split()
    if len(words) == 1 and len(name) <= 5 and name.isalpha():
        return name.upper()
    return " ".join(ACRONYMS.get(w, w.lower() if i and w.lower() in SMALL_WORDS else w) for i, w in enumerate(words))


def body_name(name: str, short: int = 1) -> bool:
    """A name of an institution: a word of one, or up to ``short`` words (a proper name, an
    acronym); not a title, a person or a name several states' bodies bear.

    >>> body_name("Lok Sabha", 2), body_name("Mossad"), body_name("John Kirby"), body_name("Us Defense Secretary")
    (True, True, False, False)
    """
    words = {w.lower() for w in name.split()}
    if name.lower() in SKIPPED_NAMES or words & TITLE_WORDS or any(c.isdigit() for c in name):
        return False
    return len(name.split()) <= short or bool(words & INSTITUTION_WORDS)


def rows_from(path: Path, states: set[str]) -> list[list[str]]:
    out = []
    for name, aliases, roles, line in parse(path):
        if not roles or any(start or end for _, start, end in roles):
            continue
        states_of = {code[:3] for code, _, _ in roles}
        sectors = {sector_of(code[3:]) for code, _, _ in roles}
        if len(states_of) != 1 or len(sectors) != 1 or None in sectors:
            continue
        state, sector = states_of.pop(), sectors.pop()
        if state not in states:
            continue
        short = 1 if sector == "government" else 2  # "Lok Sabha", "Shin Bet": a body of a sector
        if not (set(name.lower().split()) & INSTITUTION_WORDS or len(name.split()) <= short):
            continue  # a person with undated roles ("Mohammed Ali Allahdadi"), a party
        names = [spelled(n) for n in dict.fromkeys([name, *aliases])  # ("John Kirby" under the US military)
                 if body_name(n, short if n == name else 1)]
        if not names:
            continue
        out.append([state, ";".join(names), sector, f"Phoenix.Countries.actors.txt:{line}"])
    return out


def main(argv: list[str] | None = None) -> int:
    args = phoenix_args(argv, __doc__, "import_phoenix_bodies.py", "Phoenix.Countries.actors.txt", "country actor", OUT)
    if args is None:
        return 2
    import pycountry

    states = {c.alpha_3 for c in pycountry.countries}
    rows = rows_from(args.phoenix, states)
    write_tsv(args.out, NOTICE, HEADER, rows)
    print(f"{len(rows)} bodies -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
