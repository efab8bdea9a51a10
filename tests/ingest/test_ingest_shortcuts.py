"""Ingest's cheap paths give what the plain ones did: language detection reads a short sample
first and more text only when the sample is unsure (expected languages are those of the same
detector on the longest sample); control characters are counted with one regular expression
(expected: Unicode's categories)."""

from __future__ import annotations

import pytest

from graph.ingest.language import DETECT_CHARS, DETECT_MAX_CHARS, _detector, detect_language

_EN = ("The foreign ministers met in Geneva on Tuesday and agreed to extend the ceasefire by a "
       "month, while observers from the regional bloc will monitor the withdrawal of heavy arms. ")
_FR = ("Le gouvernement a condamné l'attaque et appelé les deux parties à reprendre le dialogue "
       "sans conditions préalables, a indiqué le porte-parole du ministère. ")
_PLACES = "Addis Abeba, Nairobi, Kampala, Kigali, Bujumbura, Goma, Bukavu, Juba, Khartoum, Asmara. "


def _long_sample(text: str) -> str:
    return _detector(text[:DETECT_MAX_CHARS]).detect()


@pytest.mark.parametrize("text, lang", [
    (_EN * 30, "en"),                                   # long English article: the sample suffices
    (_FR * 30, "fr"),                                   # long French article
    (_PLACES * 12 + _FR * 20, "fr"),                    # a list of places first: the sample says
                                                        # another language, the longer text French
    (_EN * 2, "en"),                                    # shorter than the sample
])
def test_detection_matches_the_longest_sample(text, lang):
    assert detect_language(text) == lang == _long_sample(text)


def test_list_of_places_alone_is_not_read_as_a_supported_language():
    head = (_PLACES * 12)[:DETECT_CHARS]
    assert _detector(head).detect() not in ("en", "fr")  # why the fall-back is needed


def test_text_without_letters_has_no_language():
    assert detect_language("2024 - 12 - 05 ... 17:30 (+3) " * 50) is None


def test_control_character_class_is_unicodes_categories():
    """The pattern that counts control characters in a decoded file matches exactly the
    characters of Unicode categories Cc, Cs and Co, but tab, line and page breaks."""
    import unicodedata

    from graph.ingest.text import _CONTROL

    for cp in range(0x110000):
        ch = chr(cp)
        expected = unicodedata.category(ch) in ("Cc", "Cs", "Co") and ch not in "\r\n\t\f\v"
        assert (_CONTROL.fullmatch(ch) is not None) == expected, hex(cp)
