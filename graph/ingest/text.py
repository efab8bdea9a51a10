"""Decoding bytes to text and removing boilerplate lines.

Encodings: a byte-order mark decides (UTF-8, UTF-16, UTF-32); UTF-16 without one is recognised by
its NUL bytes; then UTF-8; UTF-8 with a few corrupt bytes is kept with U+FFFD in their place (and
reported); anything else is a legacy single-byte file, read as Windows-1252 / Latin-1. Binary
content (NUL bytes outside UTF-16, many control characters) is refused with a one-line reason.

Boilerplate patterns live in ``graph/data/lang/<lang>/boilerplate.txt``, one regular expression a line.

Example
-------
>>> decode_bytes("Lire aussi".encode("utf-8"), "x.txt")
'Lire aussi'
>>> strip_boilerplate("Russia mediates.\\nRead also: other news\\n")
'Russia mediates.'
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from functools import lru_cache
from typing import Callable

from ..errors import DataFileError, InputError
from ..languages import read_lines, supported_languages


#: Fewer invalid bytes than this (and under 1 in 1,000) in otherwise UTF-8 text are replaced, not fatal.
MAX_BAD_UTF8 = 64
#: Lines longer than this are never boilerplate (and are not run through the patterns, which keeps
#: their cost linear however long a line is).
MAX_BOILERPLATE_LINE = 300


def decode_bytes(raw: bytes, where: str, on_warn: Callable[[InputError], None] | None = None) -> str:
    """Decode a file's bytes to text, or raise :class:`InputError` for binary data.

    The order of guesses: a byte-order mark (UTF-8, UTF-16, UTF-32); UTF-16 without a mark (text
    whose every other byte is NUL); strict UTF-8; UTF-8 with a few corrupt bytes (replaced by
    U+FFFD, reported through ``on_warn``); otherwise a single-byte legacy encoding, read as
    Windows-1252 (a superset of Latin-1 and the usual legacy encoding of English and French news).
    Text full of control characters is binary.

    >>> decode_bytes("Qatar a salué l'accord.".encode("latin-1"), "x.txt")
    "Qatar a salué l'accord."
    >>> decode_bytes("Kyiv".encode("utf-16-le"), "x.txt")
    'Kyiv'
    """
    for bom, codec in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                       (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                       (codecs.BOM_UTF16_BE, "utf-16")):
        if raw.startswith(bom):
            try:
                return _checked(raw.decode(codec), where)
            except UnicodeDecodeError as err:
                raise InputError(where, f"invalid {codec.upper().replace('-SIG', '')} text (bad bytes at offset {err.start})") from None
    utf16 = _utf16_without_bom(raw)
    if utf16 is not None:
        return _checked(utf16, where)
    if b"\x00" in raw[:65536]:
        raise InputError(where, "binary file, not text")
    try:
        return _checked(raw.decode("utf-8"), where)
    except UnicodeDecodeError as err:
        first = err.start
    text = raw.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    multibyte = sum(1 for ch in text if ord(ch) > 127 and ch != "\ufffd")
    if multibyte and bad <= MAX_BAD_UTF8 and bad * 1000 <= len(raw):
        if on_warn is not None:
            on_warn(InputError(where, f"not valid UTF-8 at byte {first}: {bad} bad byte(s) replaced by U+FFFD"))
        return _checked(text, where)
    if multibyte:
        _checked(text, where)  # binary data is reported as binary, not as broken UTF-8
        raise InputError(where, f"not valid UTF-8 text ({bad} bad bytes, the first at offset {first}); save it as UTF-8")
    return _checked(raw.decode("cp1252", errors="strict") if _cp1252_ok(raw) else raw.decode("latin-1"), where)


def _cp1252_ok(raw: bytes) -> bool:
    return not any(b in raw for b in (b"\x81", b"\x8d", b"\x8f", b"\x90", b"\x9d"))


def _utf16_without_bom(raw: bytes) -> str | None:
    """UTF-16 text without a byte-order mark: NUL in most even (BE) or odd (LE) positions."""
    head = raw[:4096]
    if len(head) < 4 or b"\x00" not in head:
        return None
    half = len(head) // 2
    even = head[0::2].count(0) / half
    odd = head[1::2].count(0) / half
    codec = "utf-16-le" if odd > 0.6 and even < 0.1 else "utf-16-be" if even > 0.6 and odd < 0.1 else None
    if codec is None:
        return None
    try:
        return raw[: len(raw) // 2 * 2].decode(codec)
    except UnicodeDecodeError:
        return None


#: Characters of the Unicode categories Cc (controls), Cs (surrogates) and Co (private use),
#: whose ranges Unicode never changes, but for the tab, line and page breaks of plain text.
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ud800-\udfff\ue000-\uf8ff"
                      "\U000f0000-\U000ffffd\U00100000-\U0010fffd]")


def _checked(text: str, where: str) -> str:
    """Refuse text that is mostly control characters (binary data that happened to decode)."""
    sample = text[:8192]
    control = len(_CONTROL.findall(sample))
    if control > max(16, len(sample) // 100) or "\x00" in sample:
        raise InputError(where, "binary file, not text")
    return _normalise(text)


def _normalise(text: str) -> str:
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))


@lru_cache(maxsize=None)
def _patterns() -> re.Pattern[str]:
    parts: list[str] = []
    for lang in supported_languages():
        for where, line in read_lines(lang, "boilerplate.txt"):
            try:
                re.compile(line)
            except re.error as exc:
                raise DataFileError(f"{where}: not a regular expression ({exc})") from None
            parts.append(f"(?:{line})")
    return re.compile("|".join(parts), re.IGNORECASE)


def is_boilerplate(line: str) -> bool:
    """True when a whole line is an ad, a teaser, a subscription or footer line."""
    stripped = line.strip()
    if not stripped or len(stripped) > MAX_BOILERPLATE_LINE:
        return False
    return _patterns().fullmatch(stripped) is not None


def strip_boilerplate(text: str) -> str:
    """Drop boilerplate lines and collapse the blank lines they leave."""
    kept = [line.rstrip() for line in text.split("\n") if not is_boilerplate(line)]
    out = re.sub(r"\n{3,}", "\n\n", "\n".join(kept))
    return out.strip()
