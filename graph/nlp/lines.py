"""Line breaks are sentence boundaries for the parser (``dipgraph_line_starts``).

News pages put a headline, a caption, a byline or a list item on a line of its own, with no
final full stop; the small parsers then run several lines into one sentence and hang the
subject of one line on the verb of another ("Country A, B, others cut ties with C" followed by
a caption line). This component, placed before the parser, marks the first word after a line
break as a sentence start, which the parser keeps: each line is parsed on its own. Switched on
by ``line_sentence_starts`` of the language's ``grammar.json`` (off in French, whose parser
splits a line's first clause again and loses more than it gains). A language may switch on the
narrower ``stop_line_sentence_starts`` instead (``dipgraph_stop_line_starts``): a line break
starts a sentence only after a line that ends with one of those stops ("... contre les
Ossètes.\n\nM. Saakachvili a dénoncé ..."), which the French parser otherwise runs together
when the next paragraph opens with "M." or a capital "A" (the pronoun of the next sentence then
looks for its antecedent in a sentence that does not exist).

A heading may also be run into the next sentence on the same line with no stop at all
("... denies any part in the crisis Talks between A and B took place"): a capitalised article
of ``run_on_openers`` (grammar.json) after a lower-case word and before a lower-case word opens a
sentence there (``run_on_starts``, in every language that lists openers). A capitalised article
before a capitalised word is a name ("La Haye", "The Hague") and stays.

>>> nlp = load_pipeline("en")  # doctest: +SKIP
>>> [s.text for s in nlp("Headline without stop\\nThe body starts here.").sents]  # doctest: +SKIP
['Headline without stop\\n', 'The body starts here.']
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.strings import hash_string

from ..languages import load_json

NAME = "dipgraph_line_starts"
STOP_LINES = "dipgraph_stop_line_starts"
RUN_ON = "dipgraph_run_on_starts"
#: an initialism with full stops ("U.S.", "U.N."), which opens a line without ending a sentence
ABBREVIATION = re.compile(r"^(?:[A-Z]\.){2,}$")


@Language.component(NAME, assigns=["token.is_sent_start"])
def line_starts(doc):
    """Mark the first word after each line break as a sentence start, unless it is punctuation
    (a quotation mark opening the line is left to the parser, which keeps it with its words);
    a line's opening initialism ("U.S. President ...") is no sentence of its own."""
    brk = False
    for tok in doc:
        if tok.is_space:
            brk = brk or "\n" in tok.text
            continue
        if brk and tok.i > 0 and not tok.is_punct:  # (an opening quote: the parser decides)
            tok.is_sent_start = True
            nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            if nxt is not None and ABBREVIATION.match(tok.text) and "\n" not in tok.whitespace_:
                nxt.is_sent_start = False  # "U.S. President X said ...": no sentence ends at "U.S."
        brk = "\n" in tok.whitespace_
    return doc


def stop_line_starts(doc, stops: frozenset[str]):
    """Mark the first word after a line break as a sentence start when the line before ends with
    one of ``stops`` (a complete sentence) and the word is no punctuation.

    >>> import spacy
    >>> doc = stop_line_starts(spacy.blank("fr")("Il a dit non.\\n\\nM. X a dit oui."), frozenset({"."}))
    >>> [t.text for t in doc if t.is_sent_start]
    ['Il', 'M.']
    """
    last = None
    for tok in doc:
        if tok.is_space:
            continue
        if last is not None and "\n" in doc[last.i:tok.i].text_with_ws[len(last.text):] \
                and last.text in stops and not tok.is_punct:
            tok.is_sent_start = True
        last = tok
    return doc


@Language.factory(STOP_LINES, default_config={"stops": []}, assigns=["token.is_sent_start"])
def make_stop_line_starts(nlp, name, stops: list[str]):
    """The component of :func:`stop_line_starts`, its stops read from ``stop_line_sentence_starts``."""
    words = frozenset(stops)
    return lambda doc: stop_line_starts(doc, words)


def run_on_starts(doc, openers: frozenset[str]):
    """Mark a capitalised article of ``openers`` between two lower-case words as a sentence
    start: a heading run into the next sentence with no full stop.

    >>> run_on_starts(nlp.make_doc("la crise Des entretiens ont eu lieu"), frozenset({"Des"}))  # doctest: +SKIP
    """
    keys, orths = _orth_keys(openers), doc.to_array(ORTH).tolist()
    for i in range(1, len(doc) - 1):
        if orths[i] not in keys:  # (the word's spelling first, from the column: no Token a word)
            continue
        prev, nxt = doc[i - 1], doc[i + 1]
        if prev.is_alpha and prev.is_lower and prev.whitespace_ and nxt.is_alpha and nxt.is_lower:
            doc[i].is_sent_start = True
    return doc


@lru_cache(maxsize=8)
def _orth_keys(openers: frozenset[str]) -> frozenset[int]:
    """The ``ORTH`` hashes of ``openers`` (a word's spelling as the Doc's column holds it).

    >>> _orth_keys(frozenset({"The"})) == {hash_string("The")}
    True
    """
    return frozenset(hash_string(w) for w in openers)


@Language.factory(RUN_ON, default_config={"openers": []}, assigns=["token.is_sent_start"])
def make_run_on_starts(nlp, name, openers: list[str]):
    """The component of :func:`run_on_starts`, its openers read from ``run_on_openers``."""
    words = frozenset(openers)
    return lambda doc: run_on_starts(doc, words)


def add_line_starts(nlp, lang: str) -> None:
    """Add the components before the parser (once), when ``lang`` switches them on."""
    grammar = load_json(lang, "grammar.json")
    if "parser" not in nlp.pipe_names:
        return
    if grammar.get("line_sentence_starts") and NAME not in nlp.pipe_names:
        nlp.add_pipe(NAME, before="parser")
    if grammar.get("stop_line_sentence_starts") and STOP_LINES not in nlp.pipe_names:
        nlp.add_pipe(STOP_LINES, before="parser", config={"stops": sorted(grammar["stop_line_sentence_starts"])})
    if grammar.get("run_on_openers") and RUN_ON not in nlp.pipe_names:
        nlp.add_pipe(RUN_ON, before="parser", config={"openers": sorted(grammar["run_on_openers"])})
