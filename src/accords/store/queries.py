"""Read queries over the store, shared by the CLI, the REST API and the dashboard.

Each function takes an open `Connection` and returns frozen records (or plain dicts for
counts), never rows: routes and commands call these and format the result. Filters are
keyword-only and combine with AND. Only portable SQL is used here; dialect differences
live in `accords.store.fts`.

Date filters compare the first and last day a fact's date covers (see
`accords.store.rows.day_bounds`): ``since="2021-07"`` keeps an event dated
``"2021-Q3"`` or ``("2021-06-01", "2021-08-31")`` and drops one dated ``"2021-06"``.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Select, and_, distinct, exists, func, intersect, literal, or_, select, tuple_
from sqlalchemy.engine import Connection

from accords.errors import NotFoundError
from accords.model import ENTITY_TYPES, Article, Entity, Event, Extraction, Indicator, Quote
from accords.store import fts, keyset, rows, when
from accords.store.registry_tables import canonical_entities as canonical_t, entity_contributions as contrib_t
from accords.store.verdicts import not_rejected
from accords.store.schema import (
    FACT_TABLES,
    articles,
    entities as entities_t,
    events as events_t,
    extractions,
    fact_countries,
    indicators as indicators_t,
    quotes as quotes_t,
)

#: The shortest id prefix accepted in place of a full article id.
MIN_PREFIX = 6

_ARTICLE_COLUMNS = [
    articles.c[name]
    for name in ("id", "text", "title", "url", "source", "author", "published", "language", "origin", "duplicate_of")
]


def article(conn: Connection, article_id: str) -> Article:
    """The article with this id, or with this unique id prefix (at least 6 characters)."""
    found = conn.execute(select(*_ARTICLE_COLUMNS).where(articles.c.id == article_id)).mappings().first()
    if found is not None:
        return rows.article_from_row(found)
    if len(article_id) < MIN_PREFIX:
        raise NotFoundError(f"no article with id {article_id!r}")
    matches = (
        conn.execute(
            select(*_ARTICLE_COLUMNS).where(articles.c.id.startswith(article_id, autoescape=True)).limit(2)
        )
        .mappings()
        .all()
    )
    if not matches:
        raise NotFoundError(f"no article with id or id prefix {article_id!r}")
    if len(matches) > 1:
        raise NotFoundError(f"id prefix {article_id!r} matches more than one article; give more characters")
    return rows.article_from_row(matches[0])


def list_articles(
    conn: Connection, *, search: str | None = None, limit: int = 50, offset: int = 0
) -> list[Article]:
    """Articles, newest first; with `search`, those matching every word, best match first."""
    statement = select(*_ARTICLE_COLUMNS)
    if search is not None and search.strip():
        searched = fts.apply_search(statement, search, dialect=conn.dialect.name)
        if searched is None:
            return []
        statement = searched
    else:
        statement = statement.order_by(*_ARTICLE_ORDER)
    statement = statement.limit(limit).offset(offset)
    return [rows.article_from_row(row) for row in conn.execute(statement).mappings()]


def extraction(conn: Connection, article_id: str) -> Extraction:
    """The stored extraction of an article, rebuilt exactly as it was saved."""
    head = conn.execute(select(extractions).where(extractions.c.article_id == article_id)).mappings().first()
    if head is None:
        raise NotFoundError(f"article {article_id!r} has no stored extraction")
    facts: dict[str, tuple[Any, ...]] = {}
    for field, table in FACT_TABLES.items():
        from_row = rows.CODECS[field][1]
        result = conn.execute(select(table).where(table.c.article_id == article_id).order_by(table.c.seq))
        facts[field] = tuple(from_row(row) for row in result.mappings())
    return Extraction(
        article_id=article_id,
        pipeline=tuple(json.loads(head["pipeline"])),
        sentences=rows.segments_from_json(head["sentences"]),
        paragraphs=rows.segments_from_json(head["paragraphs"]),
        notes=tuple(json.loads(head["notes"])),
        schema=head["schema"],
        **facts,
    )


def summary(conn: Connection, *, top: int = 10) -> dict[str, Any]:
    """Counts of what the store holds: articles, facts by kind, events by type, top entities
    by type (by number of articles naming them) and countries by number of articles.

    Facts an analyst rejected are left out, as in every list."""

    def count(table: Any) -> int:
        statement = select(func.count()).select_from(table)
        if "review" in table.c:
            statement = statement.where(not_rejected(table))
        return conn.execute(statement).scalar_one()

    near = conn.execute(select(func.count()).where(articles.c.duplicate_of.is_not(None))).scalar_one()
    by_type = conn.execute(
        select(events_t.c.type, func.count())
        .where(not_rejected(events_t))
        .group_by(events_t.c.type)
        .order_by(func.count().desc(), events_t.c.type)
    ).all()
    top_entities: dict[str, list[dict[str, Any]]] = {}
    n_articles = func.count(distinct(entities_t.c.article_id))
    for entity_type in ENTITY_TYPES:
        found = conn.execute(
            select(entities_t.c.name, n_articles)
            .where(entities_t.c.type == entity_type, not_rejected(entities_t))
            .group_by(entities_t.c.name)
            .order_by(n_articles.desc(), entities_t.c.name)
            .limit(top)
        ).all()
        if found:
            top_entities[entity_type] = [{"name": name, "articles": n} for name, n in found]
    code = func.coalesce(entities_t.c.canonical_id, entities_t.c.name)
    countries = conn.execute(
        select(code, n_articles)
        .where(entities_t.c.type == "COUNTRY", not_rejected(entities_t))
        .group_by(code)
        .order_by(n_articles.desc(), code)
        .limit(top)
    ).all()
    return {
        "articles": count(articles),
        "near_duplicates": near,
        "extracted": count(extractions),
        "facts": {field: count(table) for field, table in FACT_TABLES.items()},
        "events_by_type": {event_type: n for event_type, n in by_type},
        "top_entities": top_entities,
        "countries": [{"country": c, "articles": n} for c, n in countries],
    }


# Page orders and filters, shared with `accords.store.views` (which adds totals and more
# filters). The orders are those of the keysets, so offset and cursor pages agree.

_ARTICLE_ORDER = keyset.ARTICLES.order
_EVENT_ORDER = keyset.EVENTS.order
_INDICATOR_ORDER = keyset.INDICATORS.order
_QUOTE_ORDER = keyset.QUOTES.order
_SIDES = ("actor", "recipient")


def _reviewed(statement: Select, table: Any, *, min_confidence: float | None, include_rejected: bool) -> Select:
    """`statement` over a reviewed fact table kept to facts at or above `min_confidence` and,
    unless `include_rejected`, to facts no analyst rejected (`accords.review`)."""
    if not include_rejected:
        statement = statement.where(not_rejected(table))
    if min_confidence is not None:
        statement = statement.where(table.c.confidence >= min_confidence)
    return statement


def _facts_with(kind: str, country: str, roles: tuple[str, ...]) -> Select:
    """(article_id, seq) of the facts of `kind` that involve `country` in one of `roles`:
    an index look-up on ``fact_countries``."""
    return (
        select(fact_countries.c.article_id, fact_countries.c.seq)
        .where(fact_countries.c.country == country, fact_countries.c.kind == kind, fact_countries.c.role.in_(roles))
    )


def _country_clause(table: Any, kind: str, country: str, roles: tuple[str, ...]) -> Any:
    # Driven from the countries index (IN a subquery) rather than a correlated EXISTS per
    # fact row, so a filter on a rare country does not scan every fact.
    return tuple_(table.c.article_id, table.c.seq).in_(_facts_with(kind, country, roles))


def _pair_clause(table: Any, kind: str, pair: tuple[str, str], roles: tuple[str, ...]) -> Any:
    both = intersect(_facts_with(kind, pair[0], roles), _facts_with(kind, pair[1], roles))
    return tuple_(table.c.article_id, table.c.seq).in_(select(both.subquery()))


def _event_statement(
    *,
    type: str | None = None,  # noqa: A002 - the field's name in the model
    country: str | None = None,
    pair: tuple[str, str] | None = None,
    since: str | None = None,
    until: str | None = None,
    sector: str | None = None,
    status: str | None = None,
    mode: str | None = None,
    document_kind: str | None = None,
    article_id: str | None = None,
    article_ids: tuple[str, ...] | None = None,
    person: str | None = None,
    project: str | None = None,
    min_confidence: float | None = None,
    include_rejected: bool = False,
) -> Select:
    """The events matching every filter given (see `events` and `accords.store.views.event_page`);
    events an analyst rejected only with `include_rejected`. `person`: an actor or recipient
    is a person whose name or alias holds it (or whose canonical id it is), in any letter
    case; `project`: the event's object names it, or a side is such a project; `article_ids`:
    events of any of these articles."""
    statement = _reviewed(select(events_t), events_t, min_confidence=min_confidence, include_rejected=include_rejected)
    if type is not None:
        statement = statement.where(events_t.c.type == type)
    if country is not None:
        statement = statement.where(_country_clause(events_t, "event", country, _SIDES))
    if pair is not None:
        statement = statement.where(_pair_clause(events_t, "event", pair, _SIDES))
    if since is not None:  # an undated event counts from its article's day (`accords.store.when`)
        statement = statement.where(when.since_clause(since))
    if until is not None:
        statement = statement.where(when.until_clause(until))
    if sector is not None:
        # Sectors are a JSON list of strings: match the quoted label exactly.
        statement = statement.where(events_t.c.sectors.contains(rows.dumps(sector), autoescape=True))
    if status is not None:
        statement = statement.where(events_t.c.status == status)
    if mode is not None:
        statement = statement.where(events_t.c.mode == mode)
    if document_kind is not None:
        statement = statement.where(events_t.c.document_kind == document_kind)
    if article_id is not None:
        statement = statement.where(events_t.c.article_id == article_id)
    if article_ids is not None:
        statement = statement.where(events_t.c.article_id.in_(article_ids))
    if person is not None:
        statement = statement.where(_side_entity("PERSON", person))
    if project is not None:
        needle = project.strip().lower()
        statement = statement.where(
            or_(func.lower(events_t.c.object).contains(needle, autoescape=True), _side_entity("PROJECT", project))
        )
    return statement


def _side_entity(entity_type: str, name: str) -> Any:
    """The event has an actor or recipient of `entity_type` named `name` (see `_entity_filter`)."""
    needle = name.strip().lower()
    quoted = literal('"') + entities_t.c.fact_id + literal('"')  # the ids are a JSON list of strings
    return exists().where(
        entities_t.c.article_id == events_t.c.article_id,
        entities_t.c.type == entity_type,
        or_(
            func.lower(entities_t.c.name).contains(needle, autoescape=True),
            func.lower(entities_t.c.aliases).contains(needle, autoescape=True),
            func.lower(entities_t.c.canonical_id) == needle,
        ),
        or_(events_t.c.actors.contains(quoted), events_t.c.recipients.contains(quoted)),
    )


def _indicator_statement(
    *,
    country: str | None = None,
    pair: tuple[str, str] | None = None,
    metric: str | None = None,
    kind: str | None = None,
    article_id: str | None = None,
    article_ids: tuple[str, ...] | None = None,
    min_confidence: float | None = None,
    include_rejected: bool = False,
) -> Select:
    """The indicators matching every filter given: `country` a subject, `pair` both subjects,
    `article_ids` any of these articles; rejected ones only with `include_rejected`."""
    statement = _reviewed(select(indicators_t), indicators_t, min_confidence=min_confidence, include_rejected=include_rejected)
    if country is not None:
        statement = statement.where(_country_clause(indicators_t, "indicator", country, ("subject",)))
    if pair is not None:
        statement = statement.where(_pair_clause(indicators_t, "indicator", pair, ("subject",)))
    if metric is not None:
        statement = statement.where(indicators_t.c.metric == metric)
    if kind is not None:
        statement = statement.where(indicators_t.c.kind == kind)
    if article_id is not None:
        statement = statement.where(indicators_t.c.article_id == article_id)
    if article_ids is not None:
        statement = statement.where(indicators_t.c.article_id.in_(article_ids))
    return statement


def _speaker_country(country: str) -> Any:
    """The quote's speaker entity has `country` as its country, or is that country; or,
    when its article gives it no country, the store's registry does: the canonical entity
    the speaker was resolved to across articles (`accords consolidate`, `accords.store.registry`)
    has that country ("Peskov said" in one article, "Kremlin spokesman Dmitry Peskov" in others)."""
    known = exists().where(
        contrib_t.c.article_id == entities_t.c.article_id,
        contrib_t.c.seq == entities_t.c.seq,
        canonical_t.c.key == contrib_t.c.key,
        canonical_t.c.country == country,
    )
    return exists().where(
        entities_t.c.article_id == quotes_t.c.article_id,
        entities_t.c.fact_id == quotes_t.c.speaker,
        or_(
            entities_t.c.country == country,
            and_(entities_t.c.type == "COUNTRY", entities_t.c.canonical_id == country),
            and_(entities_t.c.country.is_(None), entities_t.c.type != "COUNTRY", known),
        ),
    )


def _quote_statement(
    *,
    speaker: str | None = None,
    country: str | None = None,
    article_id: str | None = None,
    speakers: tuple[str, ...] | None = None,
    article_ids: tuple[str, ...] | None = None,
    min_confidence: float | None = None,
    include_rejected: bool = False,
) -> Select:
    """The quotes matching every filter given (see `quotes` and `accords.store.views.quote_page`);
    rejected ones only with `include_rejected`."""
    statement = _reviewed(select(quotes_t), quotes_t, min_confidence=min_confidence, include_rejected=include_rejected)
    if speaker is not None:
        statement = statement.where(
            or_(
                quotes_t.c.speaker == speaker,
                func.lower(quotes_t.c.speaker_name).contains(speaker.lower(), autoescape=True),
            )
        )
    if country is not None:
        statement = statement.where(_speaker_country(country))
    if article_id is not None:
        statement = statement.where(quotes_t.c.article_id == article_id)
    if speakers is not None:
        statement = statement.where(quotes_t.c.speaker.in_(speakers or ("",)))
    if article_ids is not None:
        statement = statement.where(quotes_t.c.article_id.in_(article_ids))
    return statement


def _entity_filter(
    statement: Select,
    *,
    type: str | None,  # noqa: A002
    needle: str | None,
    min_confidence: float | None = None,
    include_rejected: bool = False,
) -> Select:
    """`statement` over entities kept to `type` and to names, aliases or canonical ids
    matching `needle` (already lower-cased: part of a name or alias, or the whole id);
    rejected entities only with `include_rejected`."""
    statement = _reviewed(statement, entities_t, min_confidence=min_confidence, include_rejected=include_rejected)
    if type is not None:
        statement = statement.where(entities_t.c.type == type)
    if needle is not None:
        statement = statement.where(
            or_(
                func.lower(entities_t.c.name).contains(needle, autoescape=True),
                func.lower(entities_t.c.aliases).contains(needle, autoescape=True),
                func.lower(entities_t.c.canonical_id) == needle,
            )
        )
    return statement


def _page(statement: Select, limit: int, offset: int) -> Select:
    return statement.limit(limit).offset(offset)


def events(
    conn: Connection,
    *,
    country: str | None = None,
    between: tuple[str, str] | None = None,
    type: str | None = None,  # noqa: A002 - the field's name in the model
    since: str | None = None,
    until: str | None = None,
    limit: int = 50,
    offset: int = 0,
) -> list[Event]:
    """Events, latest first. `country`: an actor or recipient country; `between`: a pair of
    countries both involved (on either side); `since`/`until`: ISO dates at any precision
    the event's date must overlap."""
    statement = _event_statement(country=country, pair=between, type=type, since=since, until=until)
    statement = statement.order_by(*_EVENT_ORDER)
    return [rows.event_from_row(row) for row in conn.execute(_page(statement, limit, offset)).mappings()]


def indicators(
    conn: Connection,
    *,
    country: str | None = None,
    metric: str | None = None,
    kind: str | None = None,
    limit: int = 50,
    offset: int = 0,
) -> list[Indicator]:
    """Indicators, latest period first. `country`: one of the subjects."""
    statement = _indicator_statement(country=country, metric=metric, kind=kind).order_by(*_INDICATOR_ORDER)
    return [rows.indicator_from_row(row) for row in conn.execute(_page(statement, limit, offset)).mappings()]


def quotes(
    conn: Connection,
    *,
    speaker: str | None = None,
    country: str | None = None,
    limit: int = 50,
    offset: int = 0,
) -> list[Quote]:
    """Quotes in article order. `speaker`: the speaker's entity id, or part of the speaker's
    name (case-insensitive); `country`: the speaker entity's country (or the speaker is
    that country)."""
    statement = _quote_statement(speaker=speaker, country=country).order_by(*_QUOTE_ORDER)
    return [rows.quote_from_row(row) for row in conn.execute(_page(statement, limit, offset)).mappings()]


def entities(
    conn: Connection,
    *,
    type: str | None = None,  # noqa: A002 - the field's name in the model
    search: str | None = None,
    include_rejected: bool = False,
    limit: int = 50,
    offset: int = 0,
) -> list[Entity]:
    """Entities as found in each article (not yet merged across articles), by name.
    `search`: part of the name, an alias or the canonical id (case-insensitive)."""
    statement = _entity_filter(
        select(entities_t), type=type, needle=None if search is None else search.lower(), include_rejected=include_rejected
    )
    statement = statement.order_by(entities_t.c.name, entities_t.c.article_id, entities_t.c.seq)
    return [rows.entity_from_row(row) for row in conn.execute(_page(statement, limit, offset)).mappings()]
