"""Decoding: every encoding a news archive comes in is read right, or refused in one line."""

from __future__ import annotations

import codecs
import os

import pytest

from graph.errors import InputError
from graph.ingest.text import decode_bytes, is_boilerplate, strip_boilerplate

FRENCH = "Le ministre français a condamné l'offensive et appelé à un cessez-le-feu immédiat à Gaza."


@pytest.mark.parametrize("codec", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_unicode_encodings_decode_exactly(codec):
    assert decode_bytes(FRENCH.encode(codec), "a.txt") == FRENCH


@pytest.mark.parametrize("codec", ["latin-1", "cp1252"])
def test_legacy_western_encodings_keep_accents(codec):
    text = decode_bytes(FRENCH.encode(codec), "a.txt")
    assert text == FRENCH
    assert "é" in text and "à" in text


def test_cp1252_quotes_and_euro():
    raw = "L’UE a promis 50 millions d’€ – « immédiatement »".encode("cp1252")
    assert decode_bytes(raw, "a.txt") == "L’UE a promis 50 millions d’€ – « immédiatement »"


def test_a_few_corrupt_utf8_bytes_are_replaced_and_reported():
    good = ("Le Qatar a salué l'accord conclu à Doha. " * 200).encode("utf-8")
    raw = good[:500] + b"\xff" + good[500:]
    warnings: list[InputError] = []
    text = decode_bytes(raw, "corpus/doha.txt", warnings.append)
    assert text.count("\ufffd") == 1
    assert len(text) == len(good.decode("utf-8")) + 1
    assert [str(w) for w in warnings] == ["corpus/doha.txt: not valid UTF-8 at byte 500: 1 bad byte(s) replaced by U+FFFD"]


def test_badly_broken_utf8_is_refused_with_offset():
    raw = "Kyiv a été frappée.".encode("utf-8") + b"\xff\xfe\xfa\xc3"
    with pytest.raises(InputError) as err:
        decode_bytes(raw, "corpus/kyiv.txt")
    assert str(err.value) == "corpus/kyiv.txt: not valid UTF-8 text (4 bad bytes, the first at offset 22); save it as UTF-8"


@pytest.mark.parametrize("raw", [
    bytes(range(256)) * 40,                 # every byte value, NULs included
    bytes(b for b in os.urandom(20000) if b),  # random bytes without NUL: control characters
    b"\x89PNG\r\n\x1a\n" + b"\x00" * 100,
    b"%PDF-1.7\n" + bytes(range(1, 32)) * 50,
])
def test_binary_is_refused(raw):
    with pytest.raises(InputError) as err:
        decode_bytes(raw, "x.txt")
    assert str(err.value) == "x.txt: binary file, not text"


def test_truncated_utf16_is_refused():
    raw = codecs.BOM_UTF16_LE + "Kyiv".encode("utf-16-le") + b"\x00\xd8"  # lone surrogate
    with pytest.raises(InputError, match=r"x.txt: invalid UTF-16 text"):
        decode_bytes(raw, "x.txt")


def test_line_endings_are_normalised():
    assert decode_bytes(b"a\r\nb\rc\n", "x.txt") == "a\nb\nc\n"


def test_boilerplate_lines_go_text_stays():
    text = "Advertisement\nQatar mediated the talks.\nRead also: other news\n© 2023 Agency\nLire aussi : la suite\n"
    assert strip_boilerplate(text) == "Qatar mediated the talks."


def test_long_lines_are_never_boilerplate_and_stay_fast():
    """A 1 MB line that almost matches a pattern used to take quadratic time (hours)."""
    import time

    line = "cookies " * 131072  # 1 MiB, no 'accept'/'consent'/'policy' after the cookies
    t = time.perf_counter()
    assert not is_boilerplate(line)
    assert strip_boilerplate(line + "\nAdvertisement\n") == line.rstrip()
    assert time.perf_counter() - t < 2.0
