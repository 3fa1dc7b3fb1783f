"""The fact model: frozen records for articles and everything extracted from them.

Every fact carries `evidence` (character spans into `Article.text`), the versioned name of
the stage that made it (`stage`, e.g. ``"entities.v2"``) and a `confidence` in [0, 1].
Records are plain frozen dataclasses; `to_dict` / `from_dict` give the versioned JSON form
(``"schema": "accords.extraction/1"``), which round-trips exactly.

Dates are ISO 8601 strings at the precision the text allows (``"2021-09-14"``, ``"2021-02"``,
``"2021-Q3"``); a period is a pair of ISO dates ``("2021-01-01", "2021-07-31")``.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from dataclasses import dataclass
from typing import Any, Union

from accords.errors import SchemaError

EXTRACTION_SCHEMA = "accords.extraction/1"

#: A date value: one ISO string, or an inclusive [start, end] interval.
DateValue = str | tuple[str, str]

ENTITY_TYPES = ("COUNTRY", "ORG", "PERSON", "PLACE", "PROJECT", "DOCUMENT", "EVENT_NAME")

#: The cooperative PLOVER event types (the rest are conflictual).
COOPERATIVE_TYPES = ("CONSULT", "SUPPORT", "AGREE", "COOPERATE", "AID")
#: PLOVER event types with their POLECAT names (docs/gold-format.md), the cooperative ones
#: first. PLOVER 2018's DEMAND is REQUEST here and DISAPPROVE is ACCUSE.
EVENT_TYPES = (
    *COOPERATIVE_TYPES,
    "CONCEDE", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
    "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
EVENT_STATUSES = ("occurred", "planned", "intended", "hypothetical", "denied")
INDICATOR_KINDS = ("actual", "target", "forecast", "estimate")
QUALIFIERS = ("approx", "upper", "lower")

SECTORS = (
    "digital transformation", "ICT and telecom", "cyber security", "data protection",
    "e-government and cloud", "space", "energy", "transport and transit", "trade", "finance",
    "agriculture", "health and pharmaceuticals", "tourism", "culture and education",
    "security and defence",
)


@dataclass(frozen=True)
class Evidence:
    """A character span ``text[start:end]`` of one article."""

    article_id: str
    start: int
    end: int


@dataclass(frozen=True)
class Segment:
    """A sentence or paragraph: a span of the article text."""

    start: int
    end: int


@dataclass(frozen=True)
class Article:
    """One news article after ingestion: clean text plus what the page says about it.

    `id` is derived from the normalised content, so the same text always gets the same id.
    `published` is ISO 8601 (date or datetime) or None when the page shows no date.
    """

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    author: str | None = None
    published: str | None = None
    language: str | None = None
    origin: str | None = None  # where it was read from: a path, path:line, or a URL
    duplicate_of: str | None = None  # the first copy, when this is a near-duplicate


@dataclass(frozen=True)
class Mention:
    """A stretch of text that names something; linked to an entity when one is known."""

    id: str
    text: str
    type: str
    evidence: tuple[Evidence, ...]
    entity_id: str | None = None
    stage: str = ""
    confidence: float = 1.0


@dataclass(frozen=True)
class Role:
    """A title a person holds, in an organisation or country, as of a date."""

    title: str
    organisation: str | None = None
    country: str | None = None
    as_of: str | None = None


@dataclass(frozen=True)
class Entity:
    """One real-world thing named in the article: a country, organisation, person, ...

    Countries use ISO 3166-1 alpha-3 as `canonical_id`; international organisations their
    acronym. `country` ties an organisation, person or place to a country.
    """

    id: str
    type: str
    name: str
    evidence: tuple[Evidence, ...]
    canonical_id: str | None = None
    aliases: tuple[str, ...] = ()
    country: str | None = None
    title: str | None = None
    roles: tuple[Role, ...] = ()
    stage: str = ""
    confidence: float = 1.0
    review: str | None = None  # the analysts' verdict: confirmed, corrected or rejected (`accords.review`)


@dataclass(frozen=True)
class TimeExpression:
    """A time expression with its value normalised against the publication date.

    `precision` is one of day, month, quarter, half, year, week, interval; `value` is None
    when the expression has no calendar value (an undated article's "last year").
    """

    id: str
    text: str
    value: DateValue | None
    precision: str | None
    evidence: tuple[Evidence, ...]
    stage: str = ""
    confidence: float = 1.0


@dataclass(frozen=True)
class Quantity:
    """A number in the text, in base units (2.5e9, not 2.5 with "billion")."""

    id: str
    text: str
    value: float
    unit: str  # ISO 4217 code, "percent", "count", or a physical unit ("t", "km", ...)
    evidence: tuple[Evidence, ...]
    qualifier: str | None = None
    stage: str = ""
    confidence: float = 1.0


@dataclass(frozen=True)
class Event:
    """A PLOVER event between sides, each side an entity and its country.

    `actors` and `recipients` hold entity ids; `actor_countries` and `recipient_countries`
    their ISO3 codes (or IGO acronyms).
    """

    id: str
    type: str
    evidence: tuple[Evidence, ...]
    mode: str | None = None
    actors: tuple[str, ...] = ()
    actor_countries: tuple[str, ...] = ()
    recipients: tuple[str, ...] = ()
    recipient_countries: tuple[str, ...] = ()
    date: DateValue | None = None
    date_precision: str | None = None
    location: str | None = None
    object: str | None = None
    document_kind: str | None = None  # roadmap, memorandum, agreement, ... for signings
    count: int | None = None  # "Eleven agreements were signed" -> 11
    sectors: tuple[str, ...] = ()
    status: str = "occurred"
    trigger: str | None = None
    stage: str = ""
    confidence: float = 1.0
    review: str | None = None  # the analysts' verdict: confirmed, corrected or rejected (`accords.review`)


@dataclass(frozen=True)
class Indicator:
    """A quantitative claim: a metric of some subjects, for a period, of some kind."""

    id: str
    metric: str
    value: float
    unit: str
    evidence: tuple[Evidence, ...]
    subjects: tuple[str, ...] = ()
    qualifier: str | None = None
    period: tuple[str, str] | None = None
    kind: str = "actual"
    deadline: str | None = None
    stage: str = ""
    confidence: float = 1.0
    review: str | None = None  # the analysts' verdict: confirmed, corrected or rejected (`accords.review`)


@dataclass(frozen=True)
class Quote:
    """Words attributed to a speaker, with the verb that introduces them."""

    id: str
    text: str
    evidence: tuple[Evidence, ...]
    speaker: str | None = None  # entity id
    speaker_name: str | None = None
    cue: str | None = None
    direct: bool = True
    stage: str = ""
    confidence: float = 1.0
    review: str | None = None  # the analysts' verdict: confirmed, corrected or rejected (`accords.review`)


@dataclass(frozen=True)
class Extraction:
    """Everything the pipeline found in one article, and the stage versions that found it."""

    article_id: str
    pipeline: tuple[str, ...] = ()
    sentences: tuple[Segment, ...] = ()
    paragraphs: tuple[Segment, ...] = ()
    mentions: tuple[Mention, ...] = ()
    entities: tuple[Entity, ...] = ()
    times: tuple[TimeExpression, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    events: tuple[Event, ...] = ()
    indicators: tuple[Indicator, ...] = ()
    quotes: tuple[Quote, ...] = ()
    notes: tuple[str, ...] = ()  # why a stage found nothing, logged reasons
    schema: str = EXTRACTION_SCHEMA

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = to_dict(self)
        return data

    def to_json(self, **kwargs: Any) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, **kwargs)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Extraction:
        schema = data.get("schema")
        if schema != EXTRACTION_SCHEMA:
            raise SchemaError(f"unsupported extraction schema {schema!r}; expected {EXTRACTION_SCHEMA!r}")
        return from_dict(cls, data)

    @classmethod
    def from_json(cls, text: str) -> Extraction:
        return cls.from_dict(json.loads(text))


if typing.TYPE_CHECKING:
    from _typeshed import DataclassInstance

#: A record class rebuilt by `from_dict` (any frozen dataclass of this module).
_Record = typing.TypeVar("_Record", bound="DataclassInstance")


def to_dict(record: Any) -> Any:
    """The JSON form of a record: dataclasses become dicts, tuples become lists."""
    if dataclasses.is_dataclass(record) and not isinstance(record, type):
        return {f.name: to_dict(getattr(record, f.name)) for f in dataclasses.fields(record)}
    if isinstance(record, (tuple, list)):
        return [to_dict(item) for item in record]
    return record


def from_dict(cls: type[_Record], data: dict[str, Any]) -> _Record:
    """Rebuild a record of type `cls` from its JSON form, checking field names."""
    if not isinstance(data, dict):
        raise SchemaError(f"{cls.__name__}: expected an object, got {type(data).__name__}")
    hints = typing.get_type_hints(cls)
    names = {f.name for f in dataclasses.fields(cls)}
    unknown = set(data) - names
    if unknown:
        raise SchemaError(f"{cls.__name__}: unknown fields {sorted(unknown)}")
    try:
        return cls(**{name: _convert(hints[name], value) for name, value in data.items()})
    except TypeError as exc:
        raise SchemaError(f"{cls.__name__}: {exc}") from exc


def _convert(hint: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = typing.get_origin(hint)
    if origin in (Union, types.UnionType):
        options = [arg for arg in typing.get_args(hint) if arg is not type(None)]
        for option in options:
            if _accepts(option, value):
                return _convert(option, value)
        raise SchemaError(f"value {value!r} does not fit {hint}")
    if origin is tuple:
        args = typing.get_args(hint)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_convert(args[0], item) for item in value)
        return tuple(_convert(arg, item) for arg, item in zip(args, value, strict=True))
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return from_dict(hint, value)
    if hint is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    return value


def _accepts(hint: Any, value: Any) -> bool:
    origin = typing.get_origin(hint)
    if origin is tuple:
        return isinstance(value, (list, tuple))
    if dataclasses.is_dataclass(hint):
        return isinstance(value, dict)
    if hint is float:
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    return isinstance(value, hint)
