"""Stream the records of one kind out of the store, page by page, each with its article.

`iter_records(store, query)` reads one page at a time (`PAGE_SIZE` records) through the
store's read views, inside one read connection (one snapshot on SQLite's WAL), so a large
store never sits in memory at once. Each record comes with a `Context`: its article (for
url, published date and text), the article's sentence segmentation (so a fact is traced to
its sentence) and, for events, the article's entities (so actor ids become names).

Filters follow `accords.store.views`: `country` is either side of an event, a subject of an
indicator, a quote's speaker country, an entity's country; `pair` needs both countries;
`since` is an ISO date the event's date or indicator's period must reach, or, for quotes,
entities, articles and extractions, the article's publication date (undated ones are left
out, as `views.article_page` does).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection

from accords.errors import ExportError, NotFoundError
from accords.export import KINDS
from accords.model import Article, Entity, Evidence, Extraction, Segment
from accords.review.verdicts import visible
from accords.store import queries, rows, views
from accords.store.schema import entities as entities_t, extractions as extractions_t

#: Records read from the store per query.
PAGE_SIZE = 500
#: Articles whose text, sentences and entities are kept between pages.
_CACHE_SIZE = 1000
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")

#: The filters each kind accepts.
FILTERS: dict[str, tuple[str, ...]] = {
    "events": ("country", "pair", "since"),
    "indicators": ("country", "pair", "since"),
    "quotes": ("country", "pair", "since"),
    "entities": ("country", "since"),
    "articles": ("since",),
    "extractions": ("since",),
}
_OPTION = {"country": "--country", "pair": "--between", "since": "--since"}


@dataclass(frozen=True)
class ExportQuery:
    """Which records to export: a kind of `accords.export.KINDS` and optional filters."""

    kind: str
    country: str | None = None
    pair: tuple[str, str] | None = None
    since: str | None = None
    #: facts an analyst rejected are left out unless this is set (`accords.review`)
    include_rejected: bool = False

    def check(self) -> None:
        """Raise `ExportError` for an unknown kind, a filter the kind has not, a bad date."""
        if self.kind not in KINDS:
            raise ExportError(f"unknown kind {self.kind!r}; choose one of: {', '.join(KINDS)}")
        for name in ("country", "pair", "since"):
            if getattr(self, name) is not None and name not in FILTERS[self.kind]:
                takers = [k for k, names in FILTERS.items() if name in names]
                raise ExportError(f"{_OPTION[name]} does not apply to kind {self.kind!r}; it filters: {', '.join(takers)}")
        if self.pair is not None and len(self.pair) != 2:
            raise ExportError("--between takes two country codes, e.g. --between AZE TUR")
        if self.since is not None and not _ISO_DAY.match(rows.day_bounds(self.since)[0]):
            raise ExportError(f"--since {self.since!r} is not an ISO date (2021, 2021-09, 2021-Q3, 2021-09-14)")


@dataclass(frozen=True)
class Context:
    """What a record is traced to: its article, the article's sentences and entities."""

    article: Article | None
    sentences: tuple[Segment, ...] = ()
    entities: Mapping[str, Entity] = field(default_factory=dict)

    def sentences_of(self, evidence: tuple[Evidence, ...]) -> tuple[str, ...]:
        """The distinct sentences that hold these spans, in order; a span outside every
        sentence (a title, say) stands for itself."""
        if self.article is None:
            return ()
        text, found = self.article.text, []
        for span in evidence:
            if span.article_id != self.article.id:
                continue
            segment = next((s for s in self.sentences if s.start <= span.start < s.end), None)
            piece = text[segment.start : segment.end] if segment else text[span.start : span.end]
            piece = piece.strip()
            if piece and piece not in found:
                found.append(piece)
        return tuple(found)


@dataclass(frozen=True)
class ExportRecord:
    """One exported item (a fact, an article or an `Extraction`) and its `Context`."""

    item: Any
    context: Context


def iter_records(store: Any, query: ExportQuery, *, page_size: int = PAGE_SIZE) -> Iterator[ExportRecord]:
    """The records `query` selects from `store` (an `accords.store.Store`), page by page."""
    query.check()
    with views.read(store) as conn:
        cache = _Contexts(conn, with_entities=query.kind == "events")
        if query.kind in ("articles", "extractions"):
            yield from _articles(conn, query, page_size)
            return
        since = rows.day_bounds(query.since)[0] if query.since else None
        for page in _fact_pages(conn, query, page_size):
            contexts = cache.load({_article_id(item) for item in page})
            for item in page:
                article_id = _article_id(item)
                context = contexts.get(article_id, Context(None)) if article_id is not None else Context(None)
                if since is None or _reaches(query.kind, item, context, since):
                    yield ExportRecord(item, context)


def _fact_pages(conn: Connection, query: ExportQuery, page_size: int) -> Iterator[tuple[Any, ...]]:
    filters: dict[str, Any] = {"country": query.country, "pair": query.pair}
    view: Callable[..., views.Page]
    if query.kind == "events":
        view, filters = views.event_page, {**filters, "since": query.since}
    elif query.kind == "indicators":
        view = views.indicator_page
    elif query.kind == "quotes":
        view = views.quote_page
    else:  # entities: per-article records (with their evidence), not the grouped view
        yield from _entity_pages(conn, query.country, page_size, include_rejected=query.include_rejected)
        return
    filters = {k: v for k, v in filters.items() if v is not None}
    filters["include_rejected"] = query.include_rejected
    offset = 0
    while True:
        page = view(conn, limit=page_size, offset=offset, **filters)
        if page.items:
            yield page.items
        offset += page_size
        if offset >= page.total or not page.items:
            return


def _entity_pages(
    conn: Connection, country: str | None, page_size: int, *, include_rejected: bool
) -> Iterator[tuple[Entity, ...]]:
    offset = 0
    while True:
        found = queries.entities(conn, limit=page_size, offset=offset, include_rejected=include_rejected)
        if not found:
            return
        if country is not None:
            found = [e for e in found if e.country == country or (e.type == "COUNTRY" and e.canonical_id == country)]
        if found:
            yield tuple(found)
        offset += page_size


def _articles(conn: Connection, query: ExportQuery, page_size: int) -> Iterator[ExportRecord]:
    offset = 0
    while True:
        page = views.article_page(conn, since=query.since, limit=page_size, offset=offset)
        for article in page.items:
            if query.kind == "articles":
                yield ExportRecord(article, Context(article))
                continue
            try:
                extraction: Extraction = queries.extraction(conn, article.id)
            except NotFoundError:
                continue  # stored without extraction (--no-extract, or a near-duplicate)
            if not query.include_rejected:
                extraction = visible(extraction)
            yield ExportRecord(extraction, Context(article, extraction.sentences))
        offset += page_size
        if offset >= page.total or not page.items:
            return


def _article_id(item: Any) -> str | None:
    return item.evidence[0].article_id if item.evidence else None


def _reaches(kind: str, item: Any, context: Context, since: str) -> bool:
    """Whether a record is on or after `since`: an indicator's period end, else the
    article's publication date (events are filtered in SQL)."""
    if kind == "indicators":
        end = rows.date_bounds(item.period)[1] if item.period else None
        return end is not None and end >= since
    published = context.article.published if context.article else None
    return published is not None and published[:10] >= since


class _Contexts:
    """Articles, sentences and (optionally) entities by article id, read a page at a time
    and kept for the next pages (facts of one article are often on neighbouring pages)."""

    def __init__(self, conn: Connection, *, with_entities: bool):
        self._conn = conn
        self._with_entities = with_entities
        self._cache: dict[str, Context] = {}

    def load(self, article_ids: set[str | None]) -> dict[str, Context]:
        wanted = sorted(i for i in article_ids if i is not None)
        missing = [i for i in wanted if i not in self._cache]
        if len(self._cache) + len(missing) > _CACHE_SIZE:
            self._cache.clear()
            missing = wanted
        for start in range(0, len(missing), 500):
            self._cache.update(self._read(missing[start : start + 500]))
        return {i: self._cache[i] for i in wanted if i in self._cache}

    def _read(self, ids: list[str]) -> dict[str, Context]:
        found = views.articles_by_id(self._conn, ids)
        sentences = {
            article_id: rows.segments_from_json(text)
            for article_id, text in self._conn.execute(
                select(extractions_t.c.article_id, extractions_t.c.sentences).where(extractions_t.c.article_id.in_(ids))
            )
        }
        entities: dict[str, dict[str, Entity]] = {i: {} for i in ids}
        if self._with_entities:
            statement = select(entities_t).where(entities_t.c.article_id.in_(ids))
            for row in self._conn.execute(statement).mappings():
                entity = rows.entity_from_row(row)
                entities[row["article_id"]][entity.id] = entity
        return {i: Context(article, sentences.get(i, ()), entities[i]) for i, article in found.items()}
