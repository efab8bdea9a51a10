"""The spaCy component of the events stage: ``dipgraph_events`` sets ``doc._.events``.

It runs after ``dipgraph_actors`` and reads ``doc._.mentions`` and ``doc._.dg_meta``; the
event dicts it writes are plain data (see :mod:`graph.nlp.extensions`), so documents can be
piped on several processes. The lexicon and the multi-word matcher are built once per pipeline.

After a first reading it builds the document model (:mod:`graph.document`, ``doc._.document``)
and reads the document again when the model resolved references across sentences ("the
group", "both sides", "the strike"); mediations of brokered agreements are added as they are.

Example
-------
>>> nlp = load_pipeline("en")  # doctest: +SKIP
>>> from graph.nlp.extensions import make_doc  # doctest: +SKIP
>>> doc = nlp(make_doc(nlp, "France condemned Azerbaijan.", {"id": "a", "date": None}))  # doctest: +SKIP
>>> [(e["source"], e["relation"], e["target"]) for e in doc._.events]  # doctest: +SKIP
[('FRA', 'condemn', 'AZE')]
"""

from __future__ import annotations

from spacy.language import Language

from ..errors import DataFileError
from .dates import sentence_date
from .extract import Extractor
from .lexicon import load_lexicon

NAME = "dipgraph_events"
AFTER = "dipgraph_actors"


class EventComponent:
    """Sets ``doc._.events`` with an :class:`Extractor`."""

    def __init__(self, extractor: Extractor) -> None:
        self.extractor = extractor

    def __call__(self, doc):
        events = self.extractor(doc)
        if doc._.mentions:  # the document model: frame, references across sentences
            from ..document import build_model

            model, mentions, brokered = build_model(doc, events, self.extractor.lex.lang, self.extractor)
            if mentions is not None:  # references resolved across sentences: read them too
                doc._.mentions = mentions
                events = self.extractor(doc)
            meta = doc._.dg_meta or {}
            for e in brokered:
                e["date"] = sentence_date(e["sentence"], meta.get("date"), self.extractor.lex.lang)
            events = _merge(events, brokered)
            doc._.document = model.to_json()
        doc._.events = events
        return doc


def _merge(events: list[dict], extra: list[dict]) -> list[dict]:
    """``events`` plus those of ``extra`` not already stated in the same sentence."""
    seen = {(e["source"], e["relation"], e["target"], e["start"]) for e in events}
    out = list(events)
    for e in extra:
        if (e["source"], e["relation"], e["target"], e["start"]) not in seen:
            seen.add((e["source"], e["relation"], e["target"], e["start"]))
            out.append(e)
    return sorted(out, key=lambda e: e["start"]) if extra else out


@Language.factory(NAME, default_config={"lang": "en"})
def _make_event_component(nlp, name: str, lang: str):
    return EventComponent(Extractor(nlp, load_lexicon(lang)))


def add_event_component(nlp, lang: str) -> None:
    """Add ``dipgraph_events`` after the actor components (English lexicon for other languages)."""
    from ..nlp.extensions import register_extensions

    register_extensions()
    try:
        load_lexicon(lang)
    except DataFileError:
        lang = "en"
    if NAME in nlp.pipe_names:
        return
    where = {"after": AFTER} if AFTER in nlp.pipe_names else {"last": True}
    nlp.add_pipe(NAME, name=NAME, config={"lang": lang}, **where)
