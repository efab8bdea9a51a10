"""The spaCy extension attributes dipgraph's components read and set.

All values are plain JSON-like data (dicts, lists, strings, numbers), so documents cross process
boundaries when ``nlp.pipe(n_process=2)`` runs the pipeline on both cores.

- ``Doc._.dg_meta``: set before the pipeline runs: ``{"id", "date", "language", "title"}``.
- ``Doc._.mentions``: set by ``dipgraph_actors``: a list of mention dicts
  (``start``, ``end`` character offsets, ``text``, ``actor_id``, ``label``, ``type``, ``code``,
  ``sector``, ``kind``).
- ``Doc._.events``: set by ``dipgraph_events``: a list of event dicts with the fields of
  :class:`graph.model.Event` except ``doc`` and ``language`` (taken from ``dg_meta``); the
  resolved actors ``source_record``, ``target_record``, ``source_party``, ``target_party`` are
  :meth:`graph.model.ActorRecord.to_json` dicts (or ``None``).
- ``Doc._.document``: set by ``dipgraph_events``: the document model
  (:meth:`graph.model.DocumentModel.to_json`: conflict frame, salient entities, references).

Example
-------
>>> import spacy
>>> register_extensions()
>>> doc = spacy.blank("en")("Paris condemned it.")
>>> doc._.events is None
True
"""

from __future__ import annotations

from spacy.attrs import LEMMA, LOWER, POS
from spacy.parts_of_speech import NAMES as POS_NAMES
from spacy.tokens import Doc

EXTENSIONS = ("dg_meta", "mentions", "events", "document")


def register_extensions() -> None:
    """Register the Doc extensions once (idempotent)."""
    for name in EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


def make_doc(nlp, text: str, meta: dict) -> Doc:
    """A tokenised Doc carrying the document's metadata, ready for ``nlp.pipe``."""
    register_extensions()
    doc = nlp.make_doc(text)
    doc._.dg_meta = meta
    return doc


def token_words(doc: Doc) -> list[tuple[str, str, str]]:
    """``(part of speech, lower-case lemma, lower-case form)`` of each token of ``doc``: its
    ``pos_``, ``lemma_.lower()`` and ``lower_``, read from the Doc's columns at once rather than
    through a ``Token`` per word (passes over every word make a ``Token`` only where they stop)."""
    strings = doc.vocab.strings
    return [(POS_NAMES[pos], strings[lemma].lower(), strings[lower])
            for pos, lemma, lower in doc.to_array([POS, LEMMA, LOWER]).tolist()]
