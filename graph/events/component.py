"""The spaCy component of the events stage: ``dipgraph_events`` sets ``doc._.events``.

It runs after ``dipgraph_actors`` and reads ``doc._.mentions`` and ``doc._.dg_meta``; the
event dicts it writes are plain data (see :mod:`graph.nlp.extensions`), so documents can be
piped on several processes. The lexicon and the multi-word matcher are built once per pipeline.

After a first reading it builds the document model (:mod:`graph.document`, ``doc._.document``)
and reads the document again when the model resolved references across sentences ("the
group", "both sides", "the strike"); mediations of brokered agreements are added as they are.
Last, each event row gets the records of its resolved actors (:class:`graph.model.ActorRecord`:
type, code, label, the role held at the event's date; ``source_record``, ``source_party``...),
so later stages (RDF, HTML) read them from the row and never resolve the actors again.

Example
-------
>>> nlp = load_pipeline("en")  # doctest: +SKIP
>>> from graph.nlp.extensions import make_doc  # doctest: +SKIP
>>> doc = nlp(make_doc(nlp, "France condemned Azerbaijan.", {"id": "a", "date": None}))  # doctest: +SKIP
>>> [(e["source"], e["relation"], e["target"]) for e in doc._.events]  # doctest: +SKIP
[('FRA', 'condemn', 'AZE')]
"""

from __future__ import annotations

import os

from spacy.language import Language

from ..actors.kb import KnowledgeBase, load_kb
from ..errors import UsageError
from ..languages import check_language
from ..nlp.extensions import shared_words
from .dates import sentence_date
from .extract import Extractor
from .lexicon import load_lexicon
from .records import side_records

NAME = "dipgraph_events"
AFTER = "dipgraph_actors"
#: Environment variable naming the stance scorer's mode when the config does not (``off``,
#: ``combine``, ``only``: see :mod:`graph.events.scorer.model`).
SCORER_ENV = "DIPGRAPH_SCORER"


class EventComponent:
    """Sets ``doc._.events`` with an :class:`Extractor` (and the learned scorer, if enabled)."""

    def __init__(self, extractor: Extractor, lang: str | None = None, scorer: str = "off",
                 kb: KnowledgeBase | None = None) -> None:
        self.extractor = extractor
        self.kb = kb or load_kb()
        #: actor records already looked up (see :func:`side_records`), kept for the pipeline's life
        self.records: dict = {}
        self.lang = lang
        self.mode = scorer
        self.scorer = None
        if scorer != "off":
            from .scorer.model import MODES, load_scorer

            if scorer not in MODES:
                raise UsageError(f"unknown stance scorer mode '{scorer}' (one of {', '.join(MODES)})")
            self.scorer = load_scorer()

    def __call__(self, doc):
        with shared_words(doc):  # the readings and the document model read the words once
            return self._read(doc)

    def _read(self, doc):
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
        if self.scorer is not None:
            from .scorer.model import apply_scorer

            events = apply_scorer(self.extractor, doc, events, self.mode, self.scorer, self.lang)
        doc._.events = [{**e, **side_records(self.kb, e, self.records)} for e in events]
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


@Language.factory(NAME, default_config={"scorer": "off"}, assigns=["doc._.events", "doc._.document", "doc._.mentions"])
def _make_event_component(nlp, name: str, lang: str, scorer: str):
    return EventComponent(Extractor(nlp, load_lexicon(lang)), lang, scorer)


def add_event_component(nlp, lang: str, scorer: str | None = None) -> None:
    """Add ``dipgraph_events`` after the actor components; an unsupported ``lang`` is an error.

    ``scorer`` (default: the ``DIPGRAPH_SCORER`` environment variable, else ``off``) enables the
    learned stance scorer beside the rules (``combine``) or instead of them (``only``).
    """
    from ..nlp.extensions import register_extensions

    register_extensions()
    load_lexicon(check_language(lang))
    if NAME in nlp.pipe_names:
        return
    where = {"after": AFTER} if AFTER in nlp.pipe_names else {"last": True}
    scorer = scorer or os.environ.get(SCORER_ENV) or "off"
    nlp.add_pipe(NAME, name=NAME, config={"lang": lang, "scorer": scorer}, **where)
