"""Split a long document into paragraph-bounded pieces the NLP pipeline can take.

spaCy refuses texts longer than ``nlp.max_length`` (1,000,000 characters) and its parser needs
memory in proportion to the text, so a very long document (a 10 MB archive dump, a book-length
report) is cut into pieces of at most :data:`CHUNK_CHARS` characters. Cuts fall at a paragraph
break when there is one, else at a line break, else after a sentence end, else at a space, so
no sentence an event could come from is cut in two in ordinary text. Each piece keeps its
character offset in the document, and the pipeline adds it back to event offsets, so offsets
stay right in the whole document.

Example
-------
>>> text = "First paragraph.\\n\\nSecond one is here.\\n\\nThird."
>>> [(start, piece) for start, piece in chunk_text(text, max_chars=25)]
[(0, 'First paragraph.\\n\\n'), (18, 'Second one is here.\\n\\n'), (39, 'Third.')]
>>> all(text[s:s + len(p)] == p for s, p in chunk_text(text, max_chars=25))
True
"""

from __future__ import annotations

import re
from typing import Iterator

#: Longest piece handed to spaCy at once, in characters (about 15,000 words).
CHUNK_CHARS = 100_000

_BREAKS = (re.compile(r"\n[ \t]*\n"), re.compile(r"\n"), re.compile(r"[.!?…][\"'”»)]*\s"), re.compile(r"\s"))


def chunk_text(text: str, max_chars: int = CHUNK_CHARS) -> Iterator[tuple[int, str]]:
    """Yield ``(offset, piece)`` pairs covering ``text`` exactly, each piece <= ``max_chars``.

    Texts no longer than ``max_chars`` come back whole, as one piece at offset 0.
    """
    if max_chars < 1:
        raise ValueError("max_chars must be positive")
    start = 0
    n = len(text)
    while n - start > max_chars:
        window = text[start:start + max_chars]
        cut = 0
        for pattern in _BREAKS:
            # the last break in the second half of the window (so pieces are never tiny)
            ends = [m.end() for m in pattern.finditer(window, max_chars // 2)]
            if ends:
                cut = ends[-1]
                break
        if cut <= 0:
            cut = max_chars
        yield start, text[start:start + cut]
        start += cut
    if start < n or n == 0:
        yield start, text[start:]
