"""Read views for the REST API and the dashboard: filtered pages with totals, entities
grouped across articles, country pairs and the relationship graph.

`accords.store.queries` answers "which facts match"; this module adds what a web client
needs on top: the total behind each page, more filters (sector, status, pair, document
kind, article), aggregates (events by type and month, sectors, most active pairs) and
look-ups by stable id. Like `queries`, each function takes an open `Connection` and returns
frozen records or plain dicts; only portable SQL is used, so SQLite and PostgreSQL give
the same answers. `read(store)` opens a read connection on a `Store`.

An entity is keyed across articles by ``TYPE:ID`` where ID is its canonical id when it has
one (``COUNTRY:AZE``) and its name otherwise (``ORG:Digital Transformation Office``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import Select, and_, distinct, func, or_, select
from sqlalchemy.engine import Connection, RowMapping

from accords.errors import NotFoundError
from accords.model import Article, Entity, Event, Quote
from accords.store import fts, keyset, pair_index, rows, when
from accords.store.queries import (
    _ARTICLE_COLUMNS,
    _country_clause,
    _entity_filter,
    _event_statement,
    _indicator_statement,
    _quote_statement,
    _speaker_country,
)
from accords.store.pair_index import pair_facts
from accords.store.verdicts import not_rejected
from accords.store.schema import (
    articles,
    entities as entities_t,
    events as events_t,
    indicators as indicators_t,
    quotes as quotes_t,
)

@contextmanager
def read(store: Any) -> Iterator[Connection]:
    """A read connection on `store` (an `accords.store.Store`), errors as `StoreError`."""
    with store._read() as conn:  # noqa: SLF001 - a module of the store package
        yield conn


@dataclass(frozen=True)
class Page:
    """One page of results and the number of results on all pages."""

    items: tuple[Any, ...]
    total: int
    limit: int
    #: results skipped; None on a page that started after a key (`after`)
    offset: int | None
    #: True when `total` is a floor: counting stopped at `COUNT_CAP` (shown as "10,000+")
    capped: bool = False
    #: the sort key of the last item when more follow (pass it as `after` for the next
    #: page, `accords.store.keyset`); None on the last page and on unordered lists
    next_key: tuple[Any, ...] | None = None
    #: the API's opaque cursor for `next_key`, set by `accords.service.queries`
    next: str | None = None


#: Where counts that would read every matching row stop (`Page.capped`).
COUNT_CAP = 10_000


def _paged(
    conn: Connection,
    statement: Select,
    keys: keyset.Keyset,
    convert: Any,
    *,
    limit: int,
    offset: int,
    after: keyset.Key | None = None,
    total: int | None = None,
) -> Page:
    """A page of `statement` in `keys` order: after the key `after`, else from `offset`.
    The first page and pages after a key seek (`keyset.seek`); a page at an offset reads
    and skips the rows before it."""
    if total is None:
        total = conn.execute(select(func.count()).select_from(statement.order_by(None).subquery())).scalar_one()
    if after is not None or offset == 0:
        found, next_key = keyset.seek(conn, statement, keys, after=after, limit=limit)
        return Page(tuple(convert(row) for row in found), total, limit, None if after is not None else 0, next_key=next_key)
    rows_ = conn.execute(keys.selecting(statement).order_by(*keys.order).limit(limit + 1).offset(offset)).mappings().all()
    next_key = keys.key_of(rows_[limit - 1]) if len(rows_) > limit else None
    return Page(tuple(convert(row) for row in rows_[:limit]), total, limit, offset, next_key=next_key)


def _from_index(
    conn: Connection, table: Any, keys: Select, order: keyset.Keyset, *, limit: int, offset: int, after: keyset.Key | None
) -> tuple[Sequence[RowMapping], keyset.Key | None]:
    """The rows of `table` for a page of pair-index `keys` (`pair_index.ordered_keys`,
    maybe filtered): the page's keys first, then its rows, so deep offsets skip index
    entries, not rows; after a key, one index range."""
    keys = pair_index.after(keys, after).order_by(*pair_index.page_order(pair_facts)).limit(limit + 1)
    page = (keys if after is not None else keys.offset(offset)).subquery()
    found = conn.execute(
        select(table)
        .join(page, and_(page.c.article_id == table.c.article_id, page.c.seq == table.c.seq))
        .order_by(*pair_index.page_order(page))
    ).mappings().all()
    next_key = order.key_of(found[limit - 1]) if len(found) > limit else None
    return found[:limit], next_key


# --- articles ---------------------------------------------------------------------------


def article_page(
    conn: Connection,
    *,
    search: str | None = None,
    source: str | None = None,
    since: str | None = None,
    until: str | None = None,
    limit: int = 50,
    offset: int = 0,
    after: keyset.Key | None = None,
) -> Page:
    """Articles, newest first (best match first with `search`), without their text's facts.
    `since`/`until`: ISO dates the publication date must fall within (undated articles are
    left out by either). `after`: start after this key (`keyset.ARTICLES`); a search
    ranks by relevance and pages by offset only (ValueError)."""
    statement = select(*_ARTICLE_COLUMNS)
    if source is not None:
        statement = statement.where(func.lower(articles.c.source) == source.lower())
    if since is not None:
        statement = statement.where(articles.c.published >= rows.day_bounds(since)[0])
    if until is not None:
        # "T99" sorts after any time of that day, so datetimes on the last day are kept.
        statement = statement.where(articles.c.published <= rows.day_bounds(until)[1] + "T99")
    if search is not None and search.strip():
        if after is not None:
            raise ValueError("a search pages by offset only")
        searched = fts.apply_search(statement, search, dialect=conn.dialect.name)
        if searched is None:
            return Page((), 0, limit, offset)
        total = conn.execute(select(func.count()).select_from(searched.order_by(None).subquery())).scalar_one()
        found = conn.execute(searched.limit(limit).offset(offset)).mappings()
        return Page(tuple(rows.article_from_row(row) for row in found), total, limit, offset)
    return _paged(conn, statement, keyset.ARTICLES, rows.article_from_row, limit=limit, offset=offset, after=after)


def articles_by_id(conn: Connection, ids: list[str]) -> dict[str, Article]:
    """The articles with these ids, by id (missing ids are left out)."""
    found: dict[str, Article] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for row in conn.execute(select(*_ARTICLE_COLUMNS).where(articles.c.id.in_(chunk))).mappings():
            found[row["id"]] = rows.article_from_row(row)
    return found


# --- events -----------------------------------------------------------------------------


def event_page(
    conn: Connection, *, limit: int = 50, offset: int = 0, after: keyset.Key | None = None, **filters: Any
) -> Page:
    """Events, latest first, with the filters of `_event_statement` (all combined with AND):
    type, country (either side), pair (both countries, either side), since/until (ISO
    dates the event's date must overlap), sector, status, mode, document_kind, article_id.
    `after`: start after this key (`keyset.EVENTS`: date_start, article_id, seq) instead
    of at `offset`.

    With a pair or country the page is read from the pair index in its order (keys first,
    then the page's rows, so deep offsets skip index entries, not rows) and the total
    comes from the event counts when the other filters allow it."""
    filters = _without_defaults(filters)
    key = pair_index.index_key(country=filters.get("country"), pair=filters.get("pair"))
    if key is None or filters.get("include_rejected"):  # the pair index leaves rejected events out
        return _paged(
            conn, _event_statement(**filters), keyset.EVENTS, rows.event_from_row, limit=limit, offset=offset, after=after
        )
    sub = _indexed_keys(key, filters)
    found, next_key = _from_index(conn, events_t, sub, keyset.EVENTS, limit=limit, offset=offset, after=after)
    total = _indexed_total(conn, key, filters)
    if total is None:
        total = conn.execute(select(func.count()).select_from(sub.subquery())).scalar_one()
    items = tuple(rows.event_from_row(row) for row in found)
    return Page(items, total, limit, None if after is not None else offset, next_key=next_key)


def _without_defaults(filters: dict[str, Any]) -> dict[str, Any]:
    """The filters that filter: None and a false `include_rejected` left out."""
    return {k: v for k, v in filters.items() if v is not None and not (k == "include_rejected" and not v)}


def _indexed_keys(key: tuple[str, str], filters: dict[str, Any]) -> Select:
    """The pair index's (article_id, seq, sort_date) of the events matching `filters`: the
    index stands for the pair filter (else the country filter); events are joined only
    when another filter needs their columns."""
    side = "pair" if filters.get("pair") is not None else "country"
    rest = {k: v for k, v in filters.items() if k != side and v is not None}
    keys = pair_index.ordered_keys("event", key)
    if rest:
        keys = keys.join(
            events_t, and_(events_t.c.article_id == pair_facts.c.article_id, events_t.c.seq == pair_facts.c.seq)
        ).where(_event_statement(**rest).whereclause)
    return keys


def _only(filters: dict[str, Any], *names: str) -> bool:
    """Whether the filters given (not None) are among `names`."""
    return all(v is None or k in names for k, v in filters.items())


def _indexed_total(conn: Connection, key: tuple[str, str], filters: dict[str, Any]) -> int | None:
    """The number of events under `key` from the event counts, when the other filters are
    ones the counts keep (type; signings by type and mode); else None."""
    sides = ("pair",) if filters.get("pair") is not None else ("country",)
    if _only(filters, *sides):
        return sum(e for _k1, _k2, e, _d in pair_index.counts(conn, key, "all"))
    if _only(filters, *sides, "type"):
        return sum(e for k1, _k2, e, _d in pair_index.counts(conn, key, "type_month") if k1 == filters["type"])
    if _only(filters, *sides, "type", "mode") and (filters["type"], filters["mode"]) == ("SUPPORT", "sign"):
        return sum(e for _k1, _k2, e, _d in pair_index.counts(conn, key, "signed"))
    return None


def agreement_page(
    conn: Connection, *, limit: int = 50, offset: int = 0, after: keyset.Key | None = None, **filters: Any
) -> Page:
    """Signed documents: SUPPORT events of mode ``sign``, latest first (filters as events)."""
    return event_page(conn, limit=limit, offset=offset, after=after, type="SUPPORT", mode="sign", **filters)


def agreement_counts(conn: Connection, **filters: Any) -> dict[str, int]:
    """Documents signed by kind: each signing counts its `count` ("eleven agreements") or 1.
    With only a pair or a country filter, read from the event counts."""
    filters = _without_defaults(filters)
    key = pair_index.index_key(country=filters.get("country"), pair=filters.get("pair"))
    if key is not None and _only(filters, "pair" if filters.get("pair") is not None else "country"):
        return {k1: d for k1, _k2, _e, d in sorted(pair_index.counts(conn, key, "signed"))}
    statement = _event_statement(type="SUPPORT", mode="sign", **filters).subquery()
    kind = func.coalesce(statement.c.document_kind, "document")
    found = conn.execute(
        select(kind, func.sum(func.coalesce(statement.c["count"], 1))).group_by(kind).order_by(kind)
    ).all()
    return {k: int(n) for k, n in found}


def fact_by_id(conn: Connection, kind: str, fact_id: str) -> Any:
    """The event, indicator, quote or entity with this stable id; else `NotFoundError`."""
    table, convert = {
        "event": (events_t, rows.event_from_row),
        "indicator": (indicators_t, rows.indicator_from_row),
        "quote": (quotes_t, rows.quote_from_row),
        "entity": (entities_t, rows.entity_from_row),
    }[kind]
    found = conn.execute(select(table).where(table.c.fact_id == fact_id).limit(1)).mappings().first()
    if found is None:
        raise NotFoundError(f"no {kind} with id {fact_id!r}")
    return convert(found)


def event_counts(conn: Connection, **filters: Any) -> dict[str, Any]:
    """For the events matching `filters`: counts by type, by month and type (events with a
    date of their own), by month of publication for the others (`reported_by_month`, the
    `when` rule), by sector.
    With only a pair or a country filter, read from the event counts (same numbers)."""
    filters = _without_defaults(filters)
    key = pair_index.index_key(country=filters.get("country"), pair=filters.get("pair"))
    if key is not None and _only(filters, "pair" if filters.get("pair") is not None else "country"):
        return {**_indexed_counts(conn, key), "reported_by_month": when.reported_months(conn, pair_index.undated_events(key))}
    statement = _event_statement(**filters).subquery()
    by_type = conn.execute(
        select(statement.c.type, func.count()).group_by(statement.c.type).order_by(func.count().desc())
    ).all()
    month = func.substr(statement.c.date_start, 1, 7)
    by_month = conn.execute(
        select(month, statement.c.type, func.count())
        .where(statement.c.date_start.is_not(None))
        .group_by(month, statement.c.type)
        .order_by(month)
    ).all()
    sectors: Counter[str] = Counter()
    for text, n in conn.execute(select(statement.c.sectors, func.count()).group_by(statement.c.sectors)):
        for label in rows._strings(text):  # noqa: SLF001 - the JSON list codec of the store
            sectors[label] += n
    return {
        "by_type": {t: n for t, n in by_type},
        "by_month": [{"month": m, "type": t, "count": n} for m, t, n in by_month],
        "reported_by_month": when.reported_months(conn, when.undated_per_article(statement)),
        "sectors": dict(sectors.most_common()),
    }


def _indexed_counts(conn: Connection, key: tuple[str, str]) -> dict[str, Any]:
    by_type: Counter[str] = Counter()
    by_month = []
    for event_type, month, n, _d in sorted(pair_index.counts(conn, key, "type_month")):
        by_type[event_type] += n
        if month:
            by_month.append({"month": month, "type": event_type, "count": n})
    by_month.sort(key=lambda row: (row["month"], row["type"]))
    sectors = Counter({label: n for label, _k2, n, _d in pair_index.counts(conn, key, "sector")})
    return {
        "by_type": dict(sorted(by_type.items(), key=lambda item: (-item[1], item[0]))),
        "by_month": by_month,
        "sectors": dict(sorted(sectors.items(), key=lambda item: (-item[1], item[0]))),
    }


# --- indicators and quotes --------------------------------------------------------------


def indicator_page(
    conn: Connection,
    *,
    country: str | None = None,
    pair: tuple[str, str] | None = None,
    metric: str | None = None,
    kind: str | None = None,
    article_id: str | None = None,
    article_ids: tuple[str, ...] | None = None,
    min_confidence: float | None = None,
    include_rejected: bool = False,
    limit: int = 50,
    offset: int = 0,
    after: keyset.Key | None = None,
) -> Page:
    """Indicators, latest period first. `country`: a subject; `pair`: both are subjects.
    With either, read from the pair index in its order (undated periods last, as below),
    unless `include_rejected` asks for the figures the index leaves out.
    `after`: start after this key (`keyset.INDICATORS`) instead of at `offset`."""
    key = pair_index.index_key(country=country, pair=pair)
    if key is not None and not include_rejected:
        keys = pair_index.ordered_keys("indicator", key)
        if pair is not None and country is not None:
            keys = keys.where(_country_clause(pair_facts, "indicator", country, ("subject",)))
        keys = keys.join(
            indicators_t, and_(indicators_t.c.article_id == pair_facts.c.article_id, indicators_t.c.seq == pair_facts.c.seq)
        ) if (metric, kind, article_id, article_ids, min_confidence) != (None,) * 5 else keys
        for column, value in (("metric", metric), ("kind", kind), ("article_id", article_id)):
            if value is not None:
                keys = keys.where(indicators_t.c[column] == value)
        if min_confidence is not None:
            keys = keys.where(indicators_t.c.confidence >= min_confidence)
        if article_ids is not None:
            keys = keys.where(indicators_t.c.article_id.in_(article_ids))
        found, next_key = _from_index(conn, indicators_t, keys, keyset.INDICATORS, limit=limit, offset=offset, after=after)
        total = conn.execute(select(func.count()).select_from(keys.subquery())).scalar_one()
        items = tuple(rows.indicator_from_row(row) for row in found)
        return Page(items, total, limit, None if after is not None else offset, next_key=next_key)
    statement = _indicator_statement(
        country=country, pair=pair, metric=metric, kind=kind, article_id=article_id, article_ids=article_ids,
        min_confidence=min_confidence, include_rejected=include_rejected,
    )
    return _paged(conn, statement, keyset.INDICATORS, rows.indicator_from_row, limit=limit, offset=offset, after=after)


def quote_page(
    conn: Connection,
    *,
    speaker: str | None = None,
    country: str | None = None,
    pair: tuple[str, str] | None = None,
    article_id: str | None = None,
    speakers: tuple[str, ...] | None = None,
    article_ids: tuple[str, ...] | None = None,
    min_confidence: float | None = None,
    include_rejected: bool = False,
    limit: int = 50,
    offset: int = 0,
    after: keyset.Key | None = None,
) -> Page:
    """Quotes in article order. `speaker`: entity id or part of the name; `country`: the
    speaker's country; `pair`: a speaker from either country, in an article with an event
    between the two; `speakers`: any of these speaker entity ids. `after`: start after
    this key (`keyset.QUOTES`: article_id, seq) instead of at `offset`. `article_ids`: quotes
    of any of these articles."""
    statement = _quote_statement(
        speaker=speaker, country=country, article_id=article_id, speakers=speakers, article_ids=article_ids,
        min_confidence=min_confidence, include_rejected=include_rejected,
    )
    if pair is not None:
        pair_articles = pair_index.articles_with_events(pair_index.pair_key(pair))
        statement = statement.where(
            quotes_t.c.article_id.in_(pair_articles), or_(_speaker_country(pair[0]), _speaker_country(pair[1]))
        )
    if pair is None:
        return _paged(conn, statement, keyset.QUOTES, rows.quote_from_row, limit=limit, offset=offset, after=after)
    # a busy pair has tens of thousands of quotes: count up to the cap only
    counted = select(quotes_t.c.seq)
    if statement.whereclause is not None:  # always: the pair filter is in it
        counted = counted.where(statement.whereclause)
    total = conn.execute(select(func.count()).select_from(counted.limit(COUNT_CAP + 1).subquery())).scalar_one()
    page = _paged(conn, statement, keyset.QUOTES, rows.quote_from_row, limit=limit, offset=offset, after=after,
                  total=min(total, COUNT_CAP))
    return replace(page, capped=total > COUNT_CAP)


# --- entities ---------------------------------------------------------------------------


def entity_key(entity: Entity) -> str:
    """The cross-article key of an entity: ``TYPE:canonical id`` or ``TYPE:name``."""
    return f"{entity.type}:{entity.canonical_id or entity.name}"


def _split_key(key: str) -> tuple[str, str]:
    kind, sep, ident = key.partition(":")
    if not sep or not ident:
        raise NotFoundError(f"no entity with key {key!r}; keys look like 'COUNTRY:AZE' or 'ORG:<name>'")
    return kind, ident


def entity_group_page(
    conn: Connection,
    *,
    type: str | None = None,  # noqa: A002 - the field's name in the model
    search: str | None = None,
    min_confidence: float | None = None,
    include_rejected: bool = False,
    limit: int = 50,
    offset: int = 0,
) -> Page:
    """Entities grouped across articles by key, most articles first: dicts with key, type,
    name, canonical_id, country and the number of articles naming it."""
    ident = func.coalesce(entities_t.c.canonical_id, entities_t.c.name)
    n_articles = func.count(distinct(entities_t.c.article_id))
    statement = select(
        entities_t.c.type,
        ident.label("ident"),
        func.max(entities_t.c.name).label("name"),
        func.max(entities_t.c.canonical_id).label("canonical_id"),
        func.max(entities_t.c.country).label("country"),
        n_articles.label("articles"),
    )
    needle = search.strip().lower() if search is not None and search.strip() else None
    statement = _entity_filter(
        statement, type=type, needle=needle, min_confidence=min_confidence, include_rejected=include_rejected
    ).group_by(entities_t.c.type, ident)
    # the number of groups comes with the page (a window over the grouped rows), so the
    # rows are read and grouped once, not once for the total and again for the page
    found = conn.execute(
        statement.add_columns(func.count().over().label("groups"))
        .order_by(n_articles.desc(), entities_t.c.type, ident).limit(limit).offset(offset)
    ).mappings().all()
    if found:
        total = found[0]["groups"]
    else:  # past the last page (or nothing matches): count the groups alone
        total = conn.execute(select(func.count()).select_from(statement.subquery())).scalar_one()
    items = tuple(
        {
            "key": f"{row['type']}:{row['ident']}",
            "type": row["type"],
            "name": row["name"],
            "canonical_id": row["canonical_id"],
            "country": row["country"],
            "articles": row["articles"],
        }
        for row in found
    )
    return Page(items, total, limit, offset)


def entity_mentions(conn: Connection, key: str, *, limit: int = 5000) -> list[Entity]:
    """Every per-article record of the entity with this key (at most `limit`), by article."""
    kind, ident = _split_key(key)
    statement = (
        select(entities_t)
        .where(entities_t.c.type == kind, not_rejected(entities_t))
        .where(
            or_(
                entities_t.c.canonical_id == ident,
                and_(entities_t.c.canonical_id.is_(None), entities_t.c.name == ident),
            )
        )
        .order_by(entities_t.c.article_id, entities_t.c.seq)
        .limit(limit)
    )
    found = [rows.entity_from_row(row) for row in conn.execute(statement).mappings()]
    if not found:
        raise NotFoundError(f"no entity with key {key!r}")
    return found


def events_of_entities(conn: Connection, records: list[Entity], *, limit: int = 200) -> list[Event]:
    """Events whose actors or recipients include one of these per-article entity records,
    latest first (at most `limit`)."""
    ids = {r.id for r in records}
    by_article = sorted({e.article_id for r in records for e in r.evidence})
    found: list[Event] = []
    for start in range(0, len(by_article), 500):
        chunk = by_article[start : start + 500]
        statement = select(events_t).where(events_t.c.article_id.in_(chunk), not_rejected(events_t))
        for row in conn.execute(statement).mappings():
            event = rows.event_from_row(row)
            if ids.intersection(event.actors) or ids.intersection(event.recipients):
                found.append(event)
    found.sort(key=lambda e: rows.date_bounds(e.date)[0] or "", reverse=True)
    return found[:limit]


def quotes_by_speaker_ids(conn: Connection, speaker_ids: list[str], *, limit: int = 100) -> list[Quote]:
    """Quotes spoken by any of these per-article entity ids."""
    return list(quote_page(conn, speakers=tuple(speaker_ids), limit=limit).items)
