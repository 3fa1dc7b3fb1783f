"""Country pairs in the store: the most active pairs, a pair's articles and figures, the names
the store gives each country, and the relationship graph the dashboard draws. Read views for the
REST API and the dashboard, as `accords.store.views` (only portable SQL; an open `Connection`
in, plain dicts and frozen records out).
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from sqlalchemy import and_, func, select
from sqlalchemy.engine import Connection

from accords.model import Article, Indicator
from accords.store import pair_index, rows
from accords.store.queries import _ARTICLE_COLUMNS, _ARTICLE_ORDER, _EVENT_ORDER
from accords.store.schema import articles, fact_countries
from accords.store.schema import entities as entities_t
from accords.store.schema import events as events_t
from accords.store.verdicts import not_rejected
from accords.store.views import indicator_page

def active_pairs(conn: Connection, *, limit: int = 10, kinds: tuple[str, ...] = ("event",)) -> list[dict[str, Any]]:
    """Country pairs by number of events involving both (on either side), most first.
    Events only are read from the event counts."""
    if tuple(kinds) == ("event",):
        return [{"a": a, "b": b, "events": n} for a, b, n in pair_index.top_pairs(conn, limit=limit)]
    first, second = fact_countries.alias("first"), fact_countries.alias("second")
    facts = (
        select(first.c.article_id, first.c.seq, first.c.country.label("a"), second.c.country.label("b"))
        .join(
            second,
            and_(
                first.c.article_id == second.c.article_id,
                first.c.kind == second.c.kind,
                first.c.seq == second.c.seq,
                first.c.country < second.c.country,
            ),
        )
        .where(first.c.kind.in_(kinds))
        .distinct()
        .subquery()
    )
    found = conn.execute(
        select(facts.c.a, facts.c.b, func.count().label("n"))
        .group_by(facts.c.a, facts.c.b)
        .order_by(func.count().desc(), facts.c.a, facts.c.b)
        .limit(limit)
    ).all()
    return [{"a": a, "b": b, "events": n} for a, b, n in found]


def pair_articles(conn: Connection, pair: tuple[str, str], *, limit: int = 20) -> tuple[list[Article], int]:
    """Articles with an event between the pair, newest first, and how many there are."""
    key = pair_index.pair_key(pair)
    ids = pair_index.articles_with_events(key)
    total = sum(e for _k1, _k2, e, _d in pair_index.counts(conn, key, "articles"))
    statement = (
        select(*_ARTICLE_COLUMNS)
        .where(articles.c.id.in_(ids))
        .order_by(*_ARTICLE_ORDER)
        .limit(limit)
    )
    return [rows.article_from_row(row) for row in conn.execute(statement).mappings()], total


def country_names(conn: Connection, codes: list[str]) -> dict[str, str]:
    """The most common name the store gives each country or IGO code."""
    names: dict[str, str] = {}
    if not codes:
        return names
    found = conn.execute(
        select(entities_t.c.canonical_id, entities_t.c.name, func.count().label("n"))
        .where(entities_t.c.canonical_id.in_(codes))
        .group_by(entities_t.c.canonical_id, entities_t.c.name)
        .order_by(entities_t.c.canonical_id, func.count().desc(), entities_t.c.name)
    ).all()
    for code, name, _n in found:
        names.setdefault(code, name)
    return names


def relationship_graph(conn: Connection, *, max_events: int = 5000, min_weight: int = 1) -> dict[str, Any]:
    """Countries and organisations linked by the events between them, weighted by count.

    Read from the latest `max_events` events: an edge joins every two distinct sides of an
    event (countries of actors and recipients, and the organisations among its actors and
    recipients)."""
    events = [
        rows.event_from_row(row)
        for row in conn.execute(
            select(events_t).where(not_rejected(events_t)).order_by(*_EVENT_ORDER).limit(max_events)
        ).mappings()
    ]
    entity_ids = {i for e in events for i in (*e.actors, *e.recipients)}
    orgs: dict[str, tuple[str, str]] = {}
    article_ids = sorted({e.evidence[0].article_id for e in events if e.evidence})
    for start in range(0, len(article_ids), 500):
        statement = select(entities_t.c.fact_id, entities_t.c.name, entities_t.c.canonical_id).where(
            entities_t.c.article_id.in_(article_ids[start : start + 500]), entities_t.c.type == "ORG", not_rejected(entities_t)
        )
        for fact_id, name, canonical in conn.execute(statement):
            if fact_id in entity_ids:
                orgs[fact_id] = (f"ORG:{canonical or name}", canonical or name)
    weights: Counter[tuple[str, str]] = Counter()
    labels: dict[str, tuple[str, str]] = {}
    for event in events:
        sides = {f"COUNTRY:{c}" for c in (*event.actor_countries, *event.recipient_countries)}
        for c in (*event.actor_countries, *event.recipient_countries):
            labels.setdefault(f"COUNTRY:{c}", ("COUNTRY", c))
        for entity_id in (*event.actors, *event.recipients):
            if entity_id in orgs:
                key, name = orgs[entity_id]
                sides.add(key)
                labels.setdefault(key, ("ORG", name))
        ordered = sorted(sides)
        for i, a in enumerate(ordered):
            for b in ordered[i + 1 :]:
                weights[(a, b)] += 1
    kept = [(a, b, w) for (a, b), w in weights.most_common() if w >= min_weight]
    edges = [{"source": a, "target": b, "weight": w} for a, b, w in kept]
    used = {k for a, b, _w in kept for k in (a, b)}
    nodes = [{"key": k, "type": labels[k][0], "label": labels[k][1]} for k in sorted(used)]
    return {"nodes": nodes, "edges": edges, "events_read": len(events)}


def metrics_of_pair(
    conn: Connection, pair: tuple[str, str], *, limit: int = 500, min_confidence: float | None = None
) -> list[Indicator]:
    """Every indicator whose subjects include both countries (at most `limit`)."""
    return list(indicator_page(conn, pair=pair, limit=limit, min_confidence=min_confidence).items)
