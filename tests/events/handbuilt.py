"""Docs built by hand (words, heads, labels, parts of speech, lemmas; no statistical model) for
the unit tests of the frame handlers and filters.

A sentence is a list of rows ``"word head dep POS [lemma] [tag] [Morph=Feat]"``; ``head`` is the
index of the head token (its own index for the root); lemma defaults to the lower-case word, the
tag to the POS's usual Penn tag. Words listed in :data:`ACTORS` become coded actor mentions.
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.tokens import Doc

from graph.events.extract import Extractor
from graph.events.segments import segments
from graph.events.lexicon import Cue, load_lexicon
from graph.nlp.extensions import register_extensions

#: word -> (code, type) of the actors the test sentences name
ACTORS = {
    "Chile": ("CHL", "State"), "Peru": ("PER", "State"), "Norway": ("NOR", "State"),
    "Sudan": ("SDN", "State"), "Chad": ("TCD", "State"), "Egypt": ("EGY", "State"),
    "Mali": ("MLI", "State"), "Niger": ("NER", "State"), "Ghana": ("GHA", "State"),
    "Togo": ("TGO", "State"), "Benin": ("BEN", "State"), "NATO": ("NATO", "IO"),
    "Analysts": ("", "Media"), "it": ("CHL", "State"),
}
TAGS = {"VERB": "VBD", "NOUN": "NN", "PROPN": "NNP", "ADP": "IN", "DET": "DT", "PUNCT": ".",
        "ADJ": "JJ", "AUX": "MD", "PART": "TO", "CCONJ": "CC", "PRON": "PRP", "ADV": "RB",
        "SCONJ": "IN"}


@lru_cache(maxsize=None)
def nlp(lang: str):
    """A blank pipeline (vocabulary only) of ``lang``."""
    register_extensions()
    return spacy.blank(lang)


@lru_cache(maxsize=None)
def extractor(lang: str = "en") -> Extractor:
    """The extractor of ``lang`` over a blank pipeline."""
    return Extractor(nlp(lang), load_lexicon(lang))


def parse(rows: list[str], lang: str = "en"):
    """A Doc from ``rows`` (see the module docstring), with ``doc._.mentions`` set."""
    cells = [r.split() for r in rows]
    words = [c[0] for c in cells]
    pos = [c[3] for c in cells]
    doc = Doc(nlp(lang).vocab, words=words, heads=[int(c[1]) for c in cells], deps=[c[2] for c in cells],
              pos=pos, lemmas=[c[4] if len(c) > 4 and c[4] != "-" else c[0].lower() for c in cells],
              tags=[c[5] if len(c) > 5 and c[5] != "-" else TAGS.get(p, "XX") for c, p in zip(cells, pos)],
              morphs=[c[6] if len(c) > 6 else "" for c in cells])
    mentions = []
    for t in doc:
        if t.text in ACTORS:
            code, kind = ACTORS[t.text]
            mentions.append({
                "text": t.text, "start": t.idx, "end": t.idx + len(t.text), "token_start": t.i,
                "token_end": t.i + 1, "code": code, "type": kind, "actor_id": f"actor/{code or t.text}",
                "label": t.text, "kind": "pronoun" if t.pos_ == "PRON" else "name"})
    doc._.mentions = mentions
    return doc


def context(doc, i: int, frame: str | None = None, relation: str = "", pos: str = "VERB", lang: str = "en"):
    """The cue context of token ``i`` (read with a lexicon row of ``frame`` and ``relation``)."""
    ex = extractor(lang)
    reading = ex.read(doc)
    seg = next(s for s in segments(doc) if s.start <= i < s.end)
    ctx = ex.context(doc[i], seg, reading)
    if frame is None:
        return ctx
    return ctx.with_cue(Cue((doc[i].lemma_,), pos, relation, frame, 0.9))


def coded(reading) -> set[tuple[str, str, str]]:
    """The (source, relation, target) codes of a frame reading."""
    return {(s["code"], rel, x["code"]) for s, x, rel in reading.triples}
