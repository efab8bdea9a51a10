"""The typed records that flow between the stages.

``Document`` (ingest) -> ``Mention`` of an ``Actor`` (actors) -> ``Event`` (events). The RDF,
analysis and HTML stages read ``Event`` records (or the ``events.jsonl`` rows they serialise to),
so each stage can be tested alone.

Example
-------
>>> e = Event(doc="a.txt", source="TUR", relation="support", target="AZE",
...           source_actor="Turkey", target_actor="Azerbaijan", sentence="Turkey backs Baku.",
...           start=0, end=18, trigger="backs", confidence=0.9, language="en")
>>> e.sign, e.plover, e.cameo
('+', 'SUPPORT', '05')
>>> sorted(e.to_json())[:3]
['cameo', 'confidence', 'date']
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from .languages import pipeline_preferences
from .relations import Relation, relations

#: Actor types, shared with the ontology's classes.
ACTOR_TYPES = (
    "State",
    "Person",
    "InternationalOrganisation",
    "GovernmentBody",
    "ArmedGroup",
    "DeFactoAuthority",
    "Media",
    "Unknown",
)


def renewed(record, **changes):
    """A shallow copy of the dataclass ``record`` with ``changes``: what
    ``dataclasses.replace`` gives for records with no ``__post_init__`` and every field in
    ``__init__`` (mentions, cue contexts), without its per-field calls: these copies are made
    for every mention and every cue.

    >>> a = Mention(0, 6, 0, 1, "France", code="FRA")
    >>> b = renewed(a, code="DEU")
    >>> (a.code, b.code, b.text, b == a)
    ('FRA', 'DEU', 'France', False)
    """
    new = object.__new__(type(record))
    new.__dict__.update(record.__dict__)
    new.__dict__.update(changes)
    return new


#: The language of the ontology's names (a relation's direct property is named from its label
#: in this language), of the HTML page's relation legend and of actors' preferred labels: the
#: first language of ``graph/data/pipelines.json``.
NAMING_LANGUAGE = next(iter(pipeline_preferences()))


@dataclass
class Document:
    """One input article after ingest: clean text plus metadata.

    ``id`` is the input file's name, or the record's ``id`` for JSONL input.
    ``date`` is an ISO date (``YYYY-MM-DD``) or ``None``.
    """

    id: str
    text: str
    path: str = ""
    language: str | None = None
    date: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Actor:
    """A canonical actor: a state, person, organisation, body or group.

    ``id`` is stable and IRI-safe (``AZE``, ``person/vladimir-putin``, ``org/un``,
    ``unknown/person/ceyhun-bayramov``); ``code`` is the guidelines' roll-up code
    (``None`` for unknown actors and for media, which never source events).
    """

    id: str
    label: str
    type: str
    code: str | None = None
    sector: str | None = None
    wikidata: str | None = None


@dataclass(frozen=True)
class ActorRecord(Actor):
    """An actor as the actor stage resolved it, carried on the event rows that name it: the
    :class:`Actor` plus the role a person holds at the event's date.

    The events component attaches one to each side of an event (the actor the mention names,
    and the party its roll-up code stands for), so RDF and HTML read labels, types and the
    role held at the event's date from the row instead of resolving the actor again.
    ``role``/``role_for`` are the role a person holds at the event's date and the actor it is
    held for (``None`` for other actors). A party the knowledge base does not know has type
    ``"Unknown"`` and its code as id and label.

    >>> r = ActorRecord(id="person/x", label="X", type="Person", role="foreign_minister", role_for="AZE")
    >>> ActorRecord.from_json(r.to_json()) == r
    True
    """

    role: str | None = None
    role_for: str | None = None

    @property
    def known(self) -> bool:
        """Whether the knowledge base knows the actor (an unknown party only has its code)."""
        return self.type != "Unknown"

    def to_json(self) -> dict[str, Any]:
        """Plain data (crosses process boundaries, goes into ``events.jsonl``); the fields hold
        strings or ``None``, so this equals ``dataclasses.asdict`` at a fraction of its cost."""
        return {name: getattr(self, name) for name in self.__dataclass_fields__}

    @classmethod
    def from_json(cls, row: "dict[str, Any] | ActorRecord | None") -> "ActorRecord | None":
        """The record of :meth:`to_json` data (a record or ``None`` is returned as it is)."""
        if row is None or isinstance(row, ActorRecord):
            return row
        return cls(**{k: v for k, v in row.items() if k in cls.__dataclass_fields__})


#: The fields of a mention row (``Doc._.mentions``), in the order they are written.
MENTION_KEYS = ("start", "end", "token_start", "token_end", "text", "actor_id", "label", "type", "code",
                "sector", "kind")
#: The fields a mention takes from the actor it refers to.
REFERENT_KEYS = ("actor_id", "label", "type", "code", "sector")


@dataclass
class Mention:
    """A span of a document that refers to an actor, as the actor stage resolved it.

    ``start``/``end`` are character offsets, ``token_start``/``token_end`` token offsets of the
    span; ``actor_id``, ``label``, ``type``, ``code``, ``sector`` describe the actor (the
    fields of :func:`graph.actors.compose.actor_fields`). ``kind`` says how the span refers:
    ``name``, ``alias`` (capital, demonym), ``title`` ("the Turkish president"), ``nominal``
    ("the Azerbaijani army"), ``pronoun`` (resolved from the context) or ``place`` (a location,
    not an actor).

    ``Doc._.mentions`` holds the rows of :meth:`to_json` (plain data, so documents cross
    process boundaries), which later stages read as ``m["code"]``; :meth:`from_json` gives the
    record back.

    >>> m = Mention(start=0, end=6, token_start=0, token_end=1, text="Moscow", actor_id="RUS",
    ...             label="Russia", type="State", code="RUS", kind="alias")
    >>> Mention.from_json(m.to_json()) == m, list(m.to_json())[:3]
    (True, ['start', 'end', 'token_start'])
    >>> m.referent()["code"]
    'RUS'
    """

    start: int
    end: int
    token_start: int
    token_end: int
    text: str
    actor_id: str | None = None
    label: str | None = None
    type: str | None = None
    code: str | None = None
    sector: str | None = None
    kind: str = "name"

    def referent(self) -> dict[str, Any]:
        """The actor's fields (``REFERENT_KEYS``): what another mention of the actor copies."""
        return {k: getattr(self, k) for k in REFERENT_KEYS}

    def assign(self, fields: "dict[str, Any]") -> None:
        """Set the given fields in place (an unknown name is an error, as for a constructor)."""
        for key, value in fields.items():
            if key not in self.__dataclass_fields__:
                raise TypeError(f"Mention has no field '{key}'")
            setattr(self, key, value)

    def to_json(self) -> dict[str, Any]:
        """The ``Doc._.mentions`` row: the ``MENTION_KEYS`` fields, in that order."""
        return {k: getattr(self, k) for k in MENTION_KEYS}

    @classmethod
    def from_json(cls, row: "dict[str, Any]") -> "Mention":
        """The record of a ``Doc._.mentions`` row (extra keys are ignored)."""
        return cls(**{k: row[k] for k in MENTION_KEYS if k in row})


@dataclass
class Event:
    """One stance-event mention: a source actor takes a relation toward a target actor.

    Offsets ``start``/``end`` are character offsets of ``sentence`` in the document text.
    """

    doc: str
    source: str
    relation: str
    target: str
    source_actor: str
    target_actor: str
    sentence: str
    start: int
    end: int
    trigger: str
    confidence: float
    language: str
    date: str | None = None
    source_id: str = ""
    target_id: str = ""
    location: str | None = None
    title: str | None = None
    #: the resolved actors (:class:`ActorRecord`): the one each side names (``None`` when the
    #: side has no actor id or the knowledge base does not know it) and the party its code
    #: stands for (``None`` only on rows from before records, e.g. an RDF graph read back)
    source_record: ActorRecord | None = None
    target_record: ActorRecord | None = None
    source_party: ActorRecord | None = None
    target_party: ActorRecord | None = None

    def __post_init__(self) -> None:
        for name in _RECORD_FIELDS:
            value = getattr(self, name)
            if value is not None and not isinstance(value, ActorRecord):
                setattr(self, name, ActorRecord.from_json(value))

    @property
    def resolved(self) -> bool:
        """Whether the row carries its actor records (set by the events component)."""
        return self.source_party is not None and self.target_party is not None

    @property
    def _relation(self) -> Relation:
        return relations()[self.relation]

    @property
    def sign(self) -> str:
        """``+`` for a cooperative relation, ``-`` for a conflictual one."""
        return self._relation.sign

    @property
    def plover(self) -> str:
        """The relation's PLOVER event type."""
        return self._relation.plover

    @property
    def cameo(self) -> str:
        """The relation's CAMEO root code."""
        return self._relation.cameo_root

    @property
    def goldstein(self) -> float:
        """The Goldstein weight of the relation's representative CAMEO code."""
        return self._relation.goldstein

    def to_json(self) -> dict[str, Any]:
        """The ``events.jsonl`` row: the fields plus sign, PLOVER, CAMEO and Goldstein.

        The fields hold scalars and :class:`ActorRecord` values, so reading them one by one
        gives what ``dataclasses.asdict`` would, without its deep copies."""
        row = {name: getattr(self, name) for name in self.__dataclass_fields__}
        for name in _RECORD_FIELDS:
            if row[name] is not None:
                row[name] = row[name].to_json()
        row.update(
            sign=self.sign, plover=self.plover, cameo=self.cameo, goldstein=self.goldstein
        )
        row["confidence"] = round(float(self.confidence), 3)
        return dict(sorted(row.items()))

    @classmethod
    def from_json(cls, row: dict[str, Any]) -> "Event":
        """Rebuild an event from an ``events.jsonl`` row (extra keys are ignored)."""
        names = cls.__dataclass_fields__
        return cls(**{k: v for k, v in row.items() if k in names})


#: The fields of :class:`Event` that hold :class:`ActorRecord` values.
_RECORD_FIELDS = ("source_record", "target_record", "source_party", "target_party")


# -- the document model (graph/document): between actor mentions and stance events -----------


@dataclass(frozen=True)
class SalientEntity:
    """An actor of one document with what agreement and salience need.

    ``number`` is ``sg`` or ``pl`` (as most often mentioned), ``gender`` ``m``/``f`` for people
    the base knows, ``kinds`` the kinds of a state (``monarchy``, ``gulf``, ``island``...);
    ``salience`` weighs every mention by its role (subject 2, other 1) and position (earlier
    sentences less, see :mod:`graph.document.frame`).
    """

    code: str
    actor_id: str
    label: str
    type: str
    number: str = "sg"
    gender: str | None = None
    kinds: tuple[str, ...] = ()
    mentions: int = 0
    subject_mentions: int = 0
    first_sentence: int = 0
    last_sentence: int = 0
    salience: float = 0.0


@dataclass(frozen=True)
class EventEntity:
    """An event the document talks about ("the talks", "the strike"), with its participants.

    ``kind`` is ``agreement`` (participants are the parties) or ``attack`` (participants are the
    attackers, ``targets`` the attacked); ``sentence`` is where it was first stated.
    """

    kind: str
    relation: str
    participants: tuple[str, ...]
    targets: tuple[str, ...] = ()
    sentence: int = 0
    trigger: str = ""


@dataclass(frozen=True)
class Reference:
    """A phrase the document model resolved: a group reference, a nominal or an event anaphor.

    ``antecedents`` are the codes it stands for (empty when ``ambiguous``: no event is made).
    """

    text: str
    start: int
    end: int
    kind: str
    antecedents: tuple[str, ...] = ()
    ambiguous: bool = False
    why: str = ""


@dataclass
class DocumentModel:
    """The document's conflict frame and salient entities (``graph.document.build_model``).

    ``sides`` are the two (or more) parties in conflict, ``mediators`` the brokers, hosts and
    mediators, ``entities`` the actors in order of first mention, ``events`` the event
    entities, ``references`` the phrases resolved against the frame.
    """

    doc: str
    sides: tuple[str, ...] = ()
    mediators: tuple[str, ...] = ()
    entities: list[SalientEntity] = field(default_factory=list)
    events: list[EventEntity] = field(default_factory=list)
    references: list[Reference] = field(default_factory=list)

    def entity(self, code: str) -> SalientEntity | None:
        """The entity of ``code``, or ``None``."""
        return next((e for e in self.entities if e.code == code), None)

    def to_json(self) -> dict[str, Any]:
        """Plain data (``Doc._.document``), so documents cross process boundaries: what
        ``dataclasses.asdict`` gives (the records' fields are strings, numbers and tuples of
        strings), without its recursive deep copies.

        >>> DocumentModel("d", sides=("A", "B"), events=[EventEntity("attack", "fight", ("A",))]).to_json()["events"]
        [{'kind': 'attack', 'relation': 'fight', 'participants': ('A',), 'targets': (), 'sentence': 0, 'trigger': ''}]
        """
        return {"doc": self.doc, "sides": _plain(self.sides), "mediators": _plain(self.mediators),
                "entities": [{k: _plain(v) for k, v in vars(e).items()} for e in self.entities],
                "events": [{k: _plain(v) for k, v in vars(e).items()} for e in self.events],
                "references": [{k: _plain(v) for k, v in vars(r).items()} for r in self.references]}


def _plain(value):
    """``value`` as ``dataclasses.asdict`` copies a field of strings, numbers or a sequence of
    strings (a list is copied; strings, numbers and tuples of strings cannot change)."""
    return list(value) if isinstance(value, list) else value
