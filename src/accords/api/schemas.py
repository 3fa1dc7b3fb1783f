"""The shapes of the REST API: request bodies and responses, as pydantic models.

Facts are the frozen dataclasses of `accords.model` used as they are (pydantic validates
and documents stdlib dataclasses), so the OpenAPI document describes exactly the records
the library returns. Everything here is the edge where records become JSON.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ConfigDict, Field

from accords.commitments import Commitment
from accords.model import Entity, Event, Indicator, Mention, Quantity, Quote, Segment, TimeExpression

T = TypeVar("T")


class ErrorDetail(BaseModel):
    code: str = Field(description="A stable machine-readable code: not_found, invalid_request, ...")
    message: str


class ErrorBody(BaseModel):
    """Every error answer of the API has this one shape."""

    error: ErrorDetail


class Page(BaseModel, Generic[T]):
    """One page of results: `total` counts the results on all pages; `next` continues
    after the last item (pass it as `cursor`)."""

    items: list[T]
    total: int
    limit: int
    offset: int | None = Field(description="Results skipped; null on a page asked for by cursor")
    next: str | None = Field(
        None, description="Opaque cursor of the next page (same filters); null on the last page and for searches"
    )


class FactHit(BaseModel):
    """A fact whose evidence holds every word of a search, with its article and sentence."""

    kind: str = Field(description="events, quotes or indicators")
    article_id: str
    title: str | None
    published: str | None
    evidence_text: str = Field(description="The sentence(s) of the fact's evidence")
    fact: dict[str, Any] = Field(
        description="The event, quote or indicator record, self-contained (evidence_text, article, entities)"
    )


class FactHits(BaseModel):
    """The facts a search found, articles by relevance (at most `limit`)."""

    items: list[FactHit]
    total: int


class ArticleRef(BaseModel):
    """The article a fact comes from: enough to cite it without fetching it."""

    id: str
    title: str | None = None
    source: str | None = Field(None, description="The outlet")
    published: str | None = None


class EntityRef(BaseModel):
    """An entity a fact names by its article-local id, with its name and cross-article key."""

    id: str = Field(description="The id the fact uses (actors, recipients, speaker)")
    key: str = Field(description="Cross-article key: TYPE:canonical id or TYPE:name (/entities/{key})")
    name: str
    type: str
    country: str | None = None


@dataclass(frozen=True)
class _Context:
    """What makes a fact readable on its own (`accords.store.context`)."""

    evidence_text: str = ""
    article: ArticleRef | None = None
    entities: tuple[EntityRef, ...] = ()


class WhenRef(BaseModel):
    """When an event happened for ordering and filtering (`accords.store.when`)."""

    start: str
    end: str
    source: str = Field(description="event: the text dates it; reported: its article's publication day")
    label: str = Field(description="2021-09-14, 2021-09-01..2021-09-30 or 2021-09-15 (reported)")


@dataclass(frozen=True)
class EventItem(_Context, Event):
    """An event with its evidence sentence, its article, the names of its sides and its `when`."""

    when: WhenRef | None = None


@dataclass(frozen=True)
class IndicatorItem(_Context, Indicator):
    """A figure with its evidence sentence and its article."""


@dataclass(frozen=True)
class QuoteItem(_Context, Quote):
    """A quote with its evidence sentence, its article and its speaker's name and key."""


class ArticleSummary(BaseModel):
    id: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    author: str | None = None
    published: str | None = None
    language: str | None = None
    origin: str | None = None
    duplicate_of: str | None = None


class Facts(BaseModel):
    """The facts extracted from one article, each with its evidence spans into the text."""

    pipeline: list[str]
    sentences: list[Segment]
    mentions: list[Mention]
    entities: list[Entity]
    times: list[TimeExpression]
    quantities: list[Quantity]
    events: list[Event]
    indicators: list[Indicator]
    quotes: list[Quote]
    notes: list[str]


class ArticleDetail(ArticleSummary):
    text: str
    facts: Facts | None = Field(None, description="None when the article has not been extracted")


class EntitySummary(BaseModel):
    key: str = Field(description="Stable key across articles: TYPE:canonical id, or TYPE:name")
    type: str
    name: str
    canonical_id: str | None = None
    country: str | None = None
    articles: int


class RoleOut(BaseModel):
    title: str
    organisation: str | None = None
    country: str | None = None
    as_of: str | None = None


class MonthCount(BaseModel):
    month: str
    count: int


class EntityDetail(EntitySummary):
    aliases: list[str]
    roles: list[RoleOut]
    mentions_by_month: list[MonthCount]
    events: list[EventItem]
    quotes: list[QuoteItem]
    source_articles: list[ArticleSummary]


class AgreementPage(Page[EventItem]):
    documents_by_kind: dict[str, int] = Field(description="Documents signed by kind over all pages")


class CommitmentList(BaseModel):
    """Commitments (targets and what was reported against them) with their status."""

    items: list[Commitment]
    total: int


class PairSummary(BaseModel):
    a: str
    b: str
    a_name: str | None = None
    b_name: str | None = None
    events: int


class MonthTypeCount(BaseModel):
    month: str
    type: str
    count: int


class PairDetail(BaseModel):
    a: str
    b: str
    a_name: str | None = None
    b_name: str | None = None
    events_total: int
    events_by_type: dict[str, int]
    timeline: list[MonthTypeCount] = Field(description="Events with a date of their own, by month and type")
    timeline_reported: list[MonthCount] = Field(
        description="Events without a date of their own, by their article's publication month (`when`: reported)"
    )
    timeline_unplaced: int = Field(description="Events with neither their own date nor a dated article")
    sectors: dict[str, int]
    agreements_by_kind: dict[str, int]
    agreements: list[EventItem]
    latest_events: list[EventItem]
    indicators: list[IndicatorItem]
    quotes: list[QuoteItem]
    quotes_total: int
    quotes_total_capped: bool = False  # quotes_total is a floor ("10,000+")
    source_articles: list[ArticleSummary]
    source_articles_total: int


class Summary(BaseModel):
    model_config = ConfigDict(extra="allow")

    articles: int
    near_duplicates: int
    extracted: int
    facts: dict[str, int]
    events_by_type: dict[str, int]
    top_entities: dict[str, list[dict[str, Any]]]
    countries: list[dict[str, Any]]


class GraphNode(BaseModel):
    key: str
    type: str
    label: str


class GraphEdge(BaseModel):
    source: str
    target: str
    weight: int


class Graph(BaseModel):
    nodes: list[GraphNode]
    edges: list[GraphEdge]
    events_read: int


class IngestRequest(BaseModel):
    """An article to ingest: its `text`, or a `url` to fetch (exactly one of the two)."""

    model_config = ConfigDict(extra="forbid")

    text: str | None = Field(None, min_length=1, description="At most 4 MB of UTF-8, the per-article cap of every reader")
    url: str | None = Field(None, min_length=1, max_length=2000)
    title: str | None = None
    published: str | None = None
    source: str | None = None


class IngestResult(BaseModel):
    status: str = Field(description="new, duplicate or near_duplicate")
    article_id: str
    duplicate_of: str | None = None
    facts: dict[str, int]
