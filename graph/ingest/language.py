"""Language detection and date parsing for documents, with well-kept libraries.

``langdetect`` is seeded, so the same text always gets the same language; ``dateparser`` reads
dates in English and French ("3 March 2021", "le 1er novembre 2020", "2020-10-02T08:00").

Example
-------
>>> detect_language("Le ministre a condamné l'offensive et appelé au dialogue.")
'fr'
>>> parse_date("le 1er novembre 2020")
'2020-11-01'
"""

from __future__ import annotations

from functools import lru_cache

SUPPORTED_LANGUAGES = ("en", "fr")


@lru_cache(maxsize=1)
def _detector_factory():
    from langdetect import DetectorFactory

    DetectorFactory.seed = 0
    factory = DetectorFactory()
    from langdetect.detector_factory import PROFILES_DIRECTORY

    factory.load_profile(PROFILES_DIRECTORY)
    return factory


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of ``text``'s language, or ``None`` when it cannot be told."""
    sample = text[:5000]
    if sum(ch.isalpha() for ch in sample) < 10:
        return None
    from langdetect.lang_detect_exception import LangDetectException

    try:
        detector = _detector_factory().create()
        detector.append(sample)
        return detector.detect()
    except LangDetectException:
        return None


def parse_date(value: str | None) -> str | None:
    """ISO ``YYYY-MM-DD`` for a date written in any common form, else ``None``."""
    if not value:
        return None
    value = str(value).strip()
    if len(value) >= 10 and value[4] == "-" and value[7] == "-" and value[:4].isdigit():
        return value[:10]
    import dateparser

    parsed = dateparser.parse(value, languages=["en", "fr"], settings={"STRICT_PARSING": False})
    return parsed.date().isoformat() if parsed else None
