"""Language detection and date parsing for documents, with well-kept libraries.

``langdetect`` is seeded, so the same text always gets the same language; ``dateparser`` reads
dates in the supported languages ("3 March 2021", "le 1er novembre 2020", "2020-10-02T08:00").

Example
-------
>>> detect_language("Le ministre a condamné l'offensive et appelé au dialogue.")
'fr'
>>> parse_date("le 1er novembre 2020")
'2020-11-01'
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from itertools import islice

from ..languages import supported_languages


@lru_cache(maxsize=1)
def _detector_factory():
    from langdetect import DetectorFactory

    DetectorFactory.seed = 0
    factory = DetectorFactory()
    from langdetect.detector_factory import PROFILES_DIRECTORY

    factory.load_profile(PROFILES_DIRECTORY)
    return factory


#: Characters a language is first detected on (enough for news text: the language of every
#: article tried came out the same as on :data:`DETECT_MAX_CHARS`, at about half the cost for
#: an article of 4,000 characters).
DETECT_CHARS = 1000
#: Characters read when the first :data:`DETECT_CHARS` leave the detector unsure.
DETECT_MAX_CHARS = 5000
#: Probability of the best language under which the detector is unsure of a short sample.
DETECT_SURE = 0.999


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of ``text``'s language, or ``None`` when it cannot be told.

    The detector reads the first :data:`DETECT_CHARS` characters, and up to
    :data:`DETECT_MAX_CHARS` when they leave it unsure or point to a language dipgraph does
    not read (a list of place names, a quote in another language): the cost of reading n-grams
    grows with the sample.

    >>> detect_language("Le ministre a condamné l'offensive et appelé au dialogue.")
    'fr'
    """
    sample = text[:DETECT_MAX_CHARS]
    if sum(1 for _ in islice(filter(str.isalpha, sample), 10)) < 10:
        return None
    from langdetect.lang_detect_exception import LangDetectException

    try:
        detector = _detector(sample[:DETECT_CHARS])
        best = detector.get_probabilities()[:1]
        unsure = not best or best[0].prob < DETECT_SURE or best[0].lang not in supported_languages()
        if len(sample) > DETECT_CHARS and unsure:
            detector = _detector(sample)
        return detector.detect()
    except LangDetectException:
        return None


def _detector(sample: str):
    detector = _detector_factory().create()
    detector.append(sample)
    return detector


#: Longest date string handed to dateparser (a whole article in a ``date`` field is not a date).
MAX_DATE_CHARS = 100


def parse_date(value: str | None) -> str | None:
    """ISO ``YYYY-MM-DD`` for a date written in any common form, else ``None``.

    Only complete calendar dates count: relative dates ("yesterday") and dates missing their
    year or day would change with the day of the build, so the same input would no longer give
    the same output; impossible dates ("2023-02-30") are refused too.

    >>> parse_date("Fri, 24 Nov 2023 08:00:00 GMT"), parse_date("2023-02-30"), parse_date("yesterday")
    ('2023-11-24', None, None)
    """
    if not value:
        return None
    value = str(value).strip()
    if not value or len(value) > MAX_DATE_CHARS:
        return None
    if len(value) >= 10 and value[4] == "-" and value[7] == "-" and value[:4].isdigit():
        try:
            return date.fromisoformat(value[:10]).isoformat()
        except ValueError:
            return None
    import dateparser

    try:
        parsed = dateparser.parse(value, languages=list(supported_languages()), settings={
            "STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"],
            "PARSERS": ["custom-formats", "absolute-time"],  # no relative dates, no epoch (time zone)
        })
    except (ValueError, OverflowError, TypeError):  # dateparser's own errors on odd strings
        return None
    return parsed.date().isoformat() if parsed else None


#: A dateline at the head of an article: "Doha, 22 November 2023." / "PARIS (AFP) - March 3, 2021 -".
_DATELINE = re.compile(
    r"^(?:[^\W\d][^\n,]{0,60}?,\s*)?(?:le\s+)?"
    r"(\d{1,2}(?:er)?\s+[^\W\d]{3,12}\.?\s+\d{4}|[^\W\d]{3,12}\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2})"
    r"\s*(?:[.:—–-]|$)", re.MULTILINE | re.IGNORECASE)

#: How far into a text a dateline may start.
DATELINE_CHARS = 400

#: A news dateline before the first sentence: "KYIV, June 1 (Reuters) -", "BEIRUT/PARIS -",
#: "Bamako, 3 mars (AFP) -", "KYIV, Ukraine, June 1, 2024 (AP) —", "NEW DELHI:": a city in
#: capitals (up to three comma parts: region, date, year), or any city followed by a date or an
#: agency in brackets, then a dash; or a city in capitals and a colon. Group 1 is the dateline, group 2 the space after it.
_DATELINE_CUT = re.compile(
    r"^((?:[A-ZÀ-Ý][A-ZÀ-Ý'.\- ]{1,40}(?:/[A-ZÀ-Ý][A-ZÀ-Ý'.\- ]{1,40})*"
    r"(?:,\s*[^\n,()]{2,25}?){0,3}(?:\s*\([^\n()]{2,30}\))?\s*[—–-]{1,2}"
    r"|[A-ZÀ-Ý][A-ZÀ-Ý'.\- ]{3,40}:"
    r"|[A-ZÀ-Ý][^\W\d][^\n,()]{0,40}?(?:,\s*[^\n,()]{2,25}?){0,3}\s*\([^\n()]{2,30}\)\s*[—–-]{1,2})"
    r")([ \t]+)(?=[\"“«A-ZÀ-Ý])", re.MULTILINE)


def cut_dateline(text: str) -> str:
    """End a news dateline with a line break, so that its city never becomes the subject of
    the first sentence; the text keeps its length, so character offsets do not move.

    >>> cut_dateline("KYIV, June 1 (Reuters) - Russia struck the port.")
    'KYIV, June 1 (Reuters) -\\nRussia struck the port.'
    >>> cut_dateline("Bamako, 3 mars (AFP) - La junte a rompu avec Paris.")
    'Bamako, 3 mars (AFP) -\\nLa junte a rompu avec Paris.'
    >>> cut_dateline("Russia - the old rival - struck again.")
    'Russia - the old rival - struck again.'
    """
    head = text[:DATELINE_CHARS]
    m = _DATELINE_CUT.search(head)
    if m is None:
        return text
    return text[:m.start(2)] + "\n" + " " * (len(m.group(2)) - 1) + text[m.end(2):]


def dateline_date(text: str) -> str | None:
    """The date of an article's dateline, among its first lines, as ISO ``YYYY-MM-DD``.

    Plain-text articles carry no metadata; their dateline is the publication date that
    relative dates ("on Friday", "lundi") are resolved against.

    >>> dateline_date("Truce agreed\\n\\nDoha, 22 November 2023. Israel and Hamas agreed ...")
    '2023-11-22'
    >>> dateline_date("Bamako, 31 janvier 2022. La junte a annoncé ...")
    '2022-01-31'
    >>> dateline_date("The 1999 treaty, signed 3 March 2001, still holds.") is None
    True
    """
    for m in _DATELINE.finditer(text[:DATELINE_CHARS]):
        found = parse_date(m.group(1))
        if found:
            return found
    return None
