"""Decoding bytes to text and removing boilerplate lines.

Encodings: UTF-8 (with or without BOM) and UTF-16 with a BOM are taken as they are; anything else
is decoded with the best guess of ``charset_normalizer`` and reported. Binary content (NUL bytes
outside UTF-16) is refused.

Boilerplate patterns live in ``graph/data/boilerplate/<lang>.txt``, one regular expression a line.

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

from ..errors import InputError
from ..resources import data_path

BOILERPLATE_LANGUAGES = ("en", "fr")


def decode_bytes(raw: bytes, where: str) -> str:
    """Decode a file's bytes to text, or raise :class:`InputError` for binary or empty data."""
    if raw.startswith(codecs.BOM_UTF8):
        raw = raw[len(codecs.BOM_UTF8):]
    elif raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return _normalise(raw.decode("utf-16"))
        except UnicodeDecodeError:
            raise InputError(where, "invalid UTF-16 text") from None
    if b"\x00" in raw[:8192]:
        raise InputError(where, "binary file, not text")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = _guess_decode(raw, where)
    return _normalise(text)


def _guess_decode(raw: bytes, where: str) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    if best is None:
        raise InputError(where, "binary file or unknown text encoding")
    text = str(best)
    control = sum(1 for ch in text[:4096] if unicodedata.category(ch) == "Cc" and ch not in "\r\n\t")
    if control > 16:
        raise InputError(where, "binary file, not text")
    return text


def _normalise(text: str) -> str:
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))


@lru_cache(maxsize=None)
def _patterns() -> re.Pattern[str]:
    parts: list[str] = []
    for lang in BOILERPLATE_LANGUAGES:
        for line in data_path("boilerplate", f"{lang}.txt").read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                parts.append(f"(?:{line.strip()})")
    return re.compile("|".join(parts), re.IGNORECASE)


def is_boilerplate(line: str) -> bool:
    """True when a whole line is an ad, a teaser, a subscription or footer line."""
    stripped = line.strip()
    return bool(stripped) and _patterns().fullmatch(stripped) is not None


def strip_boilerplate(text: str) -> str:
    """Drop boilerplate lines and collapse the blank lines they leave."""
    kept = [line.rstrip() for line in text.split("\n") if not is_boilerplate(line)]
    out = re.sub(r"\n{3,}", "\n\n", "\n".join(kept))
    return out.strip()
