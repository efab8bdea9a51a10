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

import weakref
from contextlib import contextmanager

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
    through a ``Token`` per word (passes over every word make a ``Token`` only where they stop).
    Inside :func:`shared_words` for ``doc`` the list is read once and shared (do not modify it).

    >>> import spacy
    >>> [w[2] for w in token_words(spacy.blank("en")("Paris and Rome"))]
    ['paris', 'and', 'rome']
    """
    ref, words = _SHARED
    if ref is not None and ref() is doc:
        return words
    return _read_words(doc)


def _read_words(doc: Doc) -> list[tuple[str, str, str]]:
    strings = doc.vocab.strings
    rows = doc.to_array([POS, LEMMA, LOWER]).tolist()
    # each distinct hash is looked up once (a word repeats: "the", ",", "France")
    lemmas = {h: strings[h].lower() for h in {r[1] for r in rows}}
    lowers = {h: strings[h] for h in {r[2] for r in rows}}
    return [(POS_NAMES[pos], lemmas[lemma], lowers[lower]) for pos, lemma, lower in rows]


def lower_words(doc: Doc) -> list[str]:
    """Each token's ``lower_``, read from the Doc's column at once (a new list).

    >>> import spacy
    >>> lower_words(spacy.blank("en")("Paris and Rome"))
    ['paris', 'and', 'rome']
    """
    ref, words = _SHARED
    if ref is not None and ref() is doc:
        return [w[2] for w in words]
    strings = doc.vocab.strings
    return [strings[h] for h in doc.to_array(LOWER).tolist()]


#: ``(weakref to a Doc, its token_words)`` while :func:`shared_words` holds that Doc.
_SHARED: list = [None, None]


@contextmanager
def shared_words(doc: Doc):
    """Within the block, :func:`token_words` of ``doc`` is read once and shared by every pass
    (the events component's readings and document model do not change the columns it reads).

    >>> import spacy
    >>> d = spacy.blank("en")("Paris and Rome")
    >>> with shared_words(d):
    ...     token_words(d) is token_words(d)
    True
    >>> token_words(d) is token_words(d)
    False
    """
    old = list(_SHARED)
    _SHARED[:] = [weakref.ref(doc), _read_words(doc)]
    try:
        yield
    finally:
        _SHARED[:] = old
