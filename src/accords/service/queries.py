"""The query layer: what the CLI, the REST API and the dashboard ask of the store, one
function per question.

Each function takes an open `Store` and plain arguments and returns records or plain
dicts (never HTTP objects), so CLI commands and routes stay one call long and the three
renderings share every query: `accords pair A B`, ``/api/v1/pairs/A/B`` and the dashboard's
``/pair/A/B`` are all `pair_detail`. SQL lives in `accords.store.views` and
`accords.store.queries`.

Lists that sort by a key they can seek on (events, agreements, indicators, quotes,
articles) take `cursor`, the `next` of a previous page (`accords.service.cursors`), or
`offset`, never both, and give each page a `next` cursor.
"""

from __future__ import annotations

import datetime
from collections import Counter
from dataclasses import replace
from typing import Any

from accords.errors import NotFoundError
from accords.model import Article, Extraction
from accords.service import cursors
from accords.service.cache import remember
from accords.service.cursors import CursorError
from accords.review.verdicts import visible
from accords.store import Store, context as fact_context, keyset, views, when
from accords.store import pairs as pair_views


def article_summary(article: Article) -> dict[str, Any]:
    """The article's fields without its text."""
    return {
        name: getattr(article, name)
        for name in ("id", "title", "url", "source", "author", "published", "language", "origin", "duplicate_of")
    }


def corpus_summary(store: Store) -> dict[str, Any]:
    """Counts of articles and facts, events by type, top entities and countries (kept while
    the store is unchanged: `accords.service.cache`)."""
    return remember(store, ("summary",), store.summary)


def home(store: Store, *, events: int = 10, pairs: int = 10) -> dict[str, Any]:
    """The home page's data: corpus numbers, latest events, most active country pairs."""
    summary = corpus_summary(store)
    with views.read(store) as conn:
        latest = views.event_page(conn, limit=events).items
        active = pair_views.active_pairs(conn, limit=pairs)
        names = pair_views.country_names(conn, sorted({c for p in active for c in (p["a"], p["b"])}))
        placed = when.whens(conn, list(latest))
    return {"summary": summary, "latest_events": latest, "pairs": _named_pairs(active, names), "whens": placed}


def _named_pairs(active: list[dict[str, Any]], names: dict[str, str]) -> list[dict[str, Any]]:
    return [{**p, "a_name": names.get(p["a"]), "b_name": names.get(p["b"])} for p in active]


def _described(store: Store, page: views.Page) -> views.Page:
    """`page` with each fact as a self-contained dict: its fields, `evidence_text`, its
    `article` (title, outlet, date) and the `entities` it names (`accords.store.context`)."""
    with views.read(store) as conn:
        return replace(page, items=tuple(fact_context.with_context(conn, page.items)))


def _listed(
    store: Store,
    listing: str,
    keys: keyset.Keyset,
    view: Any,
    *,
    limit: int,
    offset: int | None,
    cursor: str | None,
    filters: dict[str, Any],
) -> views.Page:
    """A page of `view` (a `views` page function) under `filters`: after the key that
    `cursor` holds, else from `offset` (default 0), with the `next` cursor set.
    `CursorError` for an unusable cursor or for a cursor given with an offset."""
    after = None
    if cursor is not None:
        if offset is not None:
            raise CursorError("give either cursor or offset, not both")
        after = cursors.decode(cursor, listing, filters, keys)
    with views.read(store) as conn:
        page = view(conn, limit=limit, offset=offset or 0, after=after, **filters)
    if page.next_key is None:
        return page
    return replace(page, next=cursors.encode(listing, filters, page.next_key))


def articles(
    store: Store, *, limit: int = 50, offset: int | None = None, cursor: str | None = None, **filters: Any
) -> views.Page:
    """A page of articles (filters of `views.article_page`). A search ranks by relevance
    and pages by offset only: its pages have no `next`."""
    if cursor is not None and filters.get("search") is not None and filters["search"].strip():
        raise CursorError("not available with q: search results are ranked by relevance; page them with offset")
    return _listed(
        store, "articles", keyset.ARTICLES, views.article_page, limit=limit, offset=offset, cursor=cursor, filters=filters
    )


def article_detail(
    store: Store, article_id: str, *, include_rejected: bool = False, min_confidence: float | None = None
) -> tuple[Article, Extraction | None]:
    """The article and its stored extraction (None when not extracted); `NotFoundError`.
    Facts an analyst rejected are left out unless `include_rejected`; with
    `min_confidence`, the reviewed kinds (events, figures, quotes, entities) below it too."""
    article = store.article(article_id)
    try:
        extraction = store.extraction(article.id)
    except NotFoundError:
        return article, None
    if not include_rejected:
        extraction = visible(extraction)
    if min_confidence is not None:
        sure: dict[str, Any] = {
            name: tuple(f for f in getattr(extraction, name) if f.confidence >= min_confidence)
            for name in ("events", "indicators", "quotes", "entities")
        }
        extraction = replace(extraction, **sure)
    return article, extraction


def entities(store: Store, **filters: Any) -> views.Page:
    """A page of entities grouped across articles (filters of `views.entity_group_page`),
    kept while the store is unchanged (`accords.service.cache`)."""

    def compute() -> views.Page:
        with views.read(store) as conn:
            return views.entity_group_page(conn, **filters)

    return remember(store, ("entities", tuple(sorted(filters.items()))), compute)


def entity_detail(
    store: Store, key: str, *, events: int = 100, quotes: int = 100, context: bool = False
) -> dict[str, Any]:
    """One entity across articles: names, roles, mentions by month, events, quotes,
    articles; with `context`, the events and quotes as self-contained dicts (`_described`)."""
    with views.read(store) as conn:
        records = views.entity_mentions(conn, key)
        article_ids = sorted({e.article_id for r in records for e in r.evidence})
        found = views.articles_by_id(conn, article_ids)
        related_events: list[Any] = list(views.events_of_entities(conn, records, limit=events))
        said: list[Any] = list(views.quotes_by_speaker_ids(conn, [r.id for r in records], limit=quotes))
        if context:
            related_events = fact_context.with_context(conn, related_events)
            said = fact_context.with_context(conn, said)
    first = records[0]
    months: Counter[str] = Counter()
    for record in records:
        article = found.get(record.evidence[0].article_id if record.evidence else "")
        if article is not None and article.published:
            months[article.published[:7]] += len(record.evidence)
    roles = list(dict.fromkeys(role for r in records for role in r.roles))
    names = Counter(r.name for r in records)
    sources = sorted(found.values(), key=lambda a: a.published or "", reverse=True)
    return {
        "key": key,
        "type": first.type,
        "name": names.most_common(1)[0][0],
        "canonical_id": first.canonical_id,
        "country": next((r.country for r in records if r.country), None),
        "articles": len(found),
        "aliases": sorted({a for r in records for a in (r.name, *r.aliases)} - {names.most_common(1)[0][0]}),
        "roles": roles,
        "mentions_by_month": [{"month": m, "count": n} for m, n in sorted(months.items())],
        "events": related_events,
        "quotes": said,
        "source_articles": sources,
    }


def events(
    store: Store, *, limit: int = 50, offset: int | None = None, cursor: str | None = None, context: bool = False,
    **filters: Any,
) -> views.Page:
    """A page of events (filters of `views.event_page`), from `offset` or after `cursor`."""
    page = _listed(
        store, "events", keyset.EVENTS, views.event_page, limit=limit, offset=offset, cursor=cursor, filters=filters
    )
    return _described(store, page) if context else page


def fact(store: Store, kind: str, fact_id: str, *, context: bool = False) -> Any:
    """One event, indicator, quote or entity by its stable id; `NotFoundError`. With
    `context` (not for entities), the self-contained dict of `_described`."""
    with views.read(store) as conn:
        found = views.fact_by_id(conn, kind, fact_id)
        return fact_context.with_context(conn, [found])[0] if context else found


def agreements(
    store: Store, *, limit: int = 50, offset: int | None = None, cursor: str | None = None, context: bool = False,
    **filters: Any,
) -> tuple[views.Page, dict[str, int]]:
    """Signed documents (a page, from `offset` or after `cursor`) and the number of
    documents by kind over all pages; with `context`, self-contained items (`_described`)."""
    page = _listed(
        store, "agreements", keyset.EVENTS, views.agreement_page, limit=limit, offset=offset, cursor=cursor, filters=filters
    )
    if context:
        page = _described(store, page)
    with views.read(store) as conn:
        return page, views.agreement_counts(conn, **filters)


def indicators(
    store: Store, *, limit: int = 50, offset: int | None = None, cursor: str | None = None, context: bool = False,
    **filters: Any,
) -> views.Page:
    """A page of indicators (filters of `views.indicator_page`), from `offset` or after `cursor`."""
    page = _listed(
        store, "indicators", keyset.INDICATORS, views.indicator_page, limit=limit, offset=offset, cursor=cursor,
        filters=filters,
    )
    return _described(store, page) if context else page


def quotes(
    store: Store, *, limit: int = 50, offset: int | None = None, cursor: str | None = None, context: bool = False,
    **filters: Any,
) -> views.Page:
    """A page of quotes (filters of `views.quote_page`), from `offset` or after `cursor`."""
    page = _listed(
        store, "quotes", keyset.QUOTES, views.quote_page, limit=limit, offset=offset, cursor=cursor, filters=filters
    )
    return _described(store, page) if context else page


def pairs(store: Store, *, limit: int = 20) -> list[dict[str, Any]]:
    """The most active country pairs with their names."""
    with views.read(store) as conn:
        active = pair_views.active_pairs(conn, limit=limit)
        names = pair_views.country_names(conn, sorted({c for p in active for c in (p["a"], p["b"])}))
    return _named_pairs(active, names)


def pair_detail(
    store: Store, a: str, b: str, *, events: int = 20, quotes: int = 20, articles: int = 20,
    min_confidence: float | None = None,
) -> dict[str, Any]:
    """A relationship between two countries: events by type and month (`timeline`: events
    with their own date, by type; `timeline_reported`: the others by their article's month,
    the `when` rule; `timeline_unplaced`: events with neither), sectors, signed
    documents, figures (actuals and targets), quotes and source articles; with
    `min_confidence`, only the facts at or above it (rejected facts never)."""
    pair = (a.upper(), b.upper())
    sure: dict[str, Any] = {"min_confidence": min_confidence}
    with views.read(store) as conn:
        counts = views.event_counts(conn, pair=pair, **sure)
        latest = views.event_page(conn, pair=pair, limit=events, **sure)
        signed = views.agreement_page(conn, pair=pair, limit=100, **sure)
        by_kind = views.agreement_counts(conn, pair=pair, **sure)
        figures = pair_views.metrics_of_pair(conn, pair, **sure)
        said = views.quote_page(conn, pair=pair, limit=quotes, **sure)
        sources, n_sources = pair_views.pair_articles(conn, pair, limit=articles)
        names = pair_views.country_names(conn, list(pair))
    return {
        "a": pair[0],
        "b": pair[1],
        "a_name": names.get(pair[0]),
        "b_name": names.get(pair[1]),
        "events_total": latest.total,
        "events_by_type": counts["by_type"],
        "timeline": counts["by_month"],
        "timeline_reported": counts["reported_by_month"],
        "timeline_unplaced": latest.total
        - sum(row["count"] for row in counts["by_month"])
        - sum(row["count"] for row in counts["reported_by_month"]),
        "sectors": counts["sectors"],
        "agreements_by_kind": by_kind,
        "agreements": list(signed.items),
        "latest_events": list(latest.items),
        "indicators": figures,
        "quotes": list(said.items),
        "quotes_total": said.total,
        "quotes_total_capped": said.capped,
        "source_articles": sources,
        "source_articles_total": n_sources,
    }


def pair_page(store: Store, a: str, b: str, *, min_confidence: float | None = None) -> dict[str, Any]:
    """`pair_detail` with `whens`, the `When` of each listed event and signing by id (the
    dashboard's pair page shows an undated event at its article's day, marked reported)."""
    detail = pair_detail(store, a, b, min_confidence=min_confidence)
    with views.read(store) as conn:
        placed = when.whens(conn, [*detail["latest_events"], *detail["agreements"]])
    return {**detail, "whens": placed}


def pair_answer(store: Store, a: str, b: str, *, min_confidence: float | None = None) -> dict[str, Any]:
    """`pair_detail` with the source articles as `article_summary` records (no texts): the
    API's ``/api/v1/pairs/A/B`` and `accords pair --json`."""
    detail = pair_detail(store, a, b, min_confidence=min_confidence)
    with views.read(store) as conn:
        facts = {
            name: fact_context.with_context(conn, detail[name]) for name in ("agreements", "latest_events", "indicators", "quotes")
        }
    return {**detail, **facts, "source_articles": [article_summary(x) for x in detail["source_articles"]]}


def graph(store: Store, *, max_events: int = 5000, min_weight: int = 1) -> dict[str, Any]:
    """The relationship graph of countries and organisations, edges weighted by events
    (kept while the store is unchanged: `accords.service.cache`)."""
    return remember(store, ("graph", max_events, min_weight), lambda: _graph(store, max_events, min_weight))


def _graph(store: Store, max_events: int, min_weight: int) -> dict[str, Any]:
    with views.read(store) as conn:
        found = pair_views.relationship_graph(conn, max_events=max_events, min_weight=min_weight)
        names = pair_views.country_names(conn, [n["label"] for n in found["nodes"] if n["type"] == "COUNTRY"])
    for node in found["nodes"]:
        if node["type"] == "COUNTRY":
            node["label"] = names.get(node["label"], node["label"])
    return found


def commitments(store: Store, *, country: str | None = None, today: datetime.date | None = None) -> list[Any]:
    """Targets with their deadlines, the actuals reported against them and a status, from
    `accords.store.commitments` (see `accords.commitments.track`)."""
    from accords.store.commitments import commitments as load

    return load(store, country=country, today=today)
