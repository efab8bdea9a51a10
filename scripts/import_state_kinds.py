"""Import the geographic kinds of every state from the ``countryinfo`` package as KB data.

The curated ``graph/data/actors/kinds.tsv`` gives the kinds of about a hundred states
(``monarchy``, ``gulf``, ``arab``, ``island``...), which the document stage reads for
"the two Gulf monarchies", "the island nation", "the two African countries"
(``kind_modifiers`` and ``kind_nouns`` of ``graph/data/lang/<lang>/document.json``). This
script writes ``graph/data/actors/kinds_imported.tsv`` (``code``, ``kinds``, ``provenance``)
for every state ``countryinfo`` knows, from its ``region`` and ``subregion`` fields
and ``intermediateregion`` fields (:data:`REGION_KINDS`, :data:`SUBREGION_KINDS`) and its land ``borders`` (none: ``island``).
``graph.document.lexicon.state_kinds`` adds these kinds to the curated ones; edit the tables
here and run the script again rather than the file. ``countryinfo`` is needed to run the
script, not to read its output.

Example: python scripts/import_state_kinds.py
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from import_common import ROOT, write_tsv  # noqa: E402

OUT = ROOT / "graph" / "data" / "actors" / "kinds_imported.tsv"
#: countryinfo's region -> kind
REGION_KINDS = {"Africa": "africa", "Europe": "europe", "Asia": "asia", "Oceania": "oceania"}
#: countryinfo's subregion -> kinds
SUBREGION_KINDS = {
    "Caribbean": ("caribbean", "latin_america"),
    "Central America": ("latin_america",),
    "South America": ("latin_america",),
    "Central Asia": ("central_asia",),
    "Latin America and the Caribbean": ("latin_america",),
}
NOTICE = ("# Imported by scripts/import_state_kinds.py from the countryinfo package (MIT licence):\n"
          "# region, subregion, no land border = island. Do not edit; edit the script.\n")


def kinds_of(info: dict) -> list[str]:
    """The kinds of one state from its countryinfo record.

    >>> kinds_of({"region": "Africa", "subregion": "Western Africa", "borders": ["SEN"]})
    ['africa']
    >>> kinds_of({"region": "Americas", "subregion": "Caribbean", "borders": []})
    ['caribbean', 'island', 'latin_america']
    """
    kinds = set()
    if info.get("region") in REGION_KINDS:
        kinds.add(REGION_KINDS[info["region"]])
    for field in ("subregion", "intermediateregion"):  # (UN M49: "Caribbean" is intermediate)
        kinds.update(SUBREGION_KINDS.get(info.get(field) or "", ()))
    if info.get("borders") == []:
        kinds.add("island")
    return sorted(kinds)


def rows() -> list[list[str]]:
    """One row per state: code, kinds, provenance."""
    from countryinfo import CountryInfo

    import pycountry

    out = []
    for country in sorted(pycountry.countries, key=lambda c: c.alpha_3):
        try:
            info = CountryInfo(country.alpha_3).info()
        except Exception:  # noqa: BLE001 - the package raises its own errors for territories it lacks
            continue
        kinds = kinds_of(info)
        if kinds:
            out.append([country.alpha_3, ";".join(kinds),
                        f"countryinfo: region={info.get('region')}; subregion={info.get('subregion')}; "
                        f"intermediateregion={info.get('intermediateregion')}; borders={len(info.get('borders') or [])}"])
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", default=str(OUT), help="the file to write")
    args = ap.parse_args(argv)
    data = rows()
    write_tsv(Path(args.out), NOTICE, ["code", "kinds", "provenance"], data)
    print(f"{len(data)} states -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
