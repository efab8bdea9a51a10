"""Event dates: a date expression of the sentence, resolved against the document date.

The language's ``grammar.json`` lists ``date_patterns`` (regular expressions for weekdays,
day-month dates, ISO dates and relative words such as "yesterday", "last week", "mardi");
the first match in a sentence is parsed with :mod:`dateparser`, with the document date as
``RELATIVE_BASE`` (weekdays and relative words are taken in the past, as news reports them).
Parses are cached.

Example
-------
>>> resolve_date("on Tuesday", "2020-10-10", "en")
'2020-10-06'
>>> resolve_date("le 3 octobre 2020", None, "fr")
'2020-10-03'
>>> resolve_date("soon", "2020-10-10", "en") is None
True
"""

from __future__ import annotations

import re
from datetime import datetime
from functools import lru_cache

from .lexicon import load_lexicon


@lru_cache(maxsize=None)
def _pattern(lang: str) -> re.Pattern | None:
    pats = sorted(load_lexicon(lang).g.get("date_patterns", ()))
    return re.compile("|".join(f"(?:{p})" for p in pats), re.IGNORECASE) if pats else None


@lru_cache(maxsize=4096)
def resolve_date(expr: str, base: str | None, lang: str) -> str | None:
    """ISO date of the expression ``expr`` relative to ``base`` (ISO date or None), or None."""
    import dateparser

    settings = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
    if re.search(r"\d", expr):
        settings["REQUIRE_PARTS"] = ["day", "month"]
    if base:
        try:
            settings["RELATIVE_BASE"] = datetime.fromisoformat(base[:10])
        except ValueError:
            pass
    elif not re.search(r"\d{4}", expr):
        return None  # a relative expression and no document date: unknown
    expr = re.sub(r"^(?:on|this|since|until|ce|dès|depuis|jusqu'à)\s+", "", expr.strip(), flags=re.I)
    try:
        when = dateparser.parse(expr, languages=[lang], settings=settings)
    except Exception:  # dateparser raises a variety of errors on odd input
        return None
    return when.date().isoformat() if when else None


def sentence_date(text: str, base: str | None, lang: str) -> str | None:
    """The date a sentence states (first date expression), else the document date ``base``."""
    pat = _pattern(lang)
    if pat is not None:
        for m in pat.finditer(text):
            found = resolve_date(m.group(0), base, lang)
            if found:
                return found
    return base[:10] if base else None
