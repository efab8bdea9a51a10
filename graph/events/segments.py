r"""Sentence segments for the extractor: the parser's sentences, cut again, and questions.

The small parsers often run headlines, quotes and paragraphs together; :func:`segments` cuts
their sentences again at line breaks and after sentence-final punctuation before a capital.
Events, their arguments and their ``sentence`` field stay within one segment; a segment that
asks rather than states (:func:`is_question`) gives no event.

Example
-------
>>> import spacy
>>> nlp = spacy.blank("en")
>>> _ = nlp.add_pipe("sentencizer")
>>> [s.text for s in segments(nlp("Paris acts\nBerlin waits."))]
['Paris acts\n', 'Berlin waits.']
>>> is_question(nlp("Will Paris act?")[:])
True
"""

from __future__ import annotations

from spacy.attrs import IS_SPACE, IS_TITLE, ORTH


def is_question(seg) -> bool:
    """A segment that asks rather than states ("Will X attack Y?")."""
    tail = seg[-4:].text.rstrip().rstrip(_AFTER_QUESTION) if len(seg) > 4 else ""
    if tail:  # the end of the segment's last words is the end of its text (no whole text built)
        return tail.endswith("?")
    return seg.text.strip().rstrip(_AFTER_QUESTION).endswith("?")


#: What may follow a question mark at the end of a segment.
_AFTER_QUESTION = "\"'”»’) "


#: Marks that end a sentence, and those that may close one after such a mark ("...!»").
_END_MARKS = (".", "!", "?")
_CLOSING_MARKS = (*_END_MARKS, "»", "”")
#: Words that may open the next sentence after an end mark, besides a capitalised word or a space.
_OPENING_MARKS = ("«", "“", "\"", "-", "–")


def segments(doc):
    """The parser's sentences, cut again after sentence-final punctuation followed by a capital
    and at line breaks: the small parsers often run headlines, quotes and paragraphs together.

    Events, their arguments and their ``sentence`` field stay within one segment. (The words'
    texts and flags are read once per document, not through a ``Token`` per look.)"""
    strings, cols = doc.vocab.strings, doc.to_array([ORTH, IS_TITLE, IS_SPACE]).tolist()
    texts = [strings[orth] for orth, _, _ in cols]
    opens = [bool(title or space) or text in _OPENING_MARKS for text, (_, title, space) in zip(texts, cols)]
    words = [0]  # words[i]: tokens before i that are not only white space (a span's text.strip() is not empty)
    for _, _, space in cols:
        words.append(words[-1] + (not space))
    for sent in doc.sents:
        start = sent.start
        for i in range(sent.start, sent.end - 1):
            text = texts[i]
            cut = "\n" in text or (text in _CLOSING_MARKS and i > start and texts[i - 1] in _END_MARKS
                                   or text in _END_MARKS) and opens[i + 1]
            if cut and i + 1 > start:
                if words[i + 1] > words[start]:
                    yield doc[start:i + 1]
                start = i + 1
        if start < sent.end and words[sent.end] > words[start]:
            yield doc[start:sent.end]
