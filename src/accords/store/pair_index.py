"""Country and country-pair index of the facts (schema step 5): ordered fact keys and
event counts per country and per pair, so the pair page reads a few rows instead of
intersecting, sorting and counting every event between two busy countries.

Two tables, in their own `MetaData` (like `accords.store.registry_tables`):

- ``pair_facts``: one row per fact (event or indicator) and per country it involves
  (``b`` is ``''``) or pair of countries it involves (``a < b``), with the date the
  fact's list is sorted by (an event's first day, an indicator's period end; ``''`` when
  undated, which sorts last newest-first). An index on (kind, a, b, sort_date DESC,
  article_id, seq) gives a country's or a pair's facts already in page order. Saving an
  article replaces its rows.
- ``pair_counts``: event counts per country / pair, by facet: ``all`` (every event),
  ``type_month`` (type, month or ``''``), ``sector`` (each label of an event's list),
  ``signed`` (signings: SUPPORT of mode sign, by document kind; ``documents`` sums each
  signing's `count` or 1) and ``articles`` (articles with at least one such event).
  Saving an article adds the difference between its new and its old contribution,
  computed from the facts before they are replaced, so re-saving changes nothing.

The countries of a fact are those of ``fact_countries`` (events: actors and recipients;
indicators: subjects), so every count equals the direct query over the fact tables.
Facts an analyst rejected are in neither table (`accords.store.verdicts`), as they are
in no list by default.
`install` creates the tables and fills them from the facts already stored.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Column, ForeignKey, Index, Integer, MetaData, String, Table, and_, delete, func, insert, or_, select, tuple_, update
from sqlalchemy.engine import Connection

from accords.store import dialect, rows
from accords.store.rows import Row
from accords.store.verdicts import not_rejected
from accords.store.schema import articles, events as events_t, fact_countries, indicators as indicators_t

pair_metadata = MetaData()

pair_facts = Table(
    "pair_facts",
    pair_metadata,
    Column("kind", String, primary_key=True),  # "event" or "indicator"
    Column("a", String, primary_key=True),
    Column("b", String, primary_key=True),  # '' for "a, with anyone"
    Column("article_id", String, ForeignKey(articles.c.id, ondelete="CASCADE"), primary_key=True),
    Column("seq", Integer, primary_key=True, autoincrement=False),
    Column("sort_date", String, nullable=False),
    Index("ix_pair_facts_article", "article_id"),
)
# a country's or pair's facts in page order, newest first
Index(
    "ix_pair_facts_order",
    pair_facts.c.kind,
    pair_facts.c.a,
    pair_facts.c.b,
    pair_facts.c.sort_date.desc(),
    pair_facts.c.article_id,
    pair_facts.c.seq,
)

pair_counts = Table(
    "pair_counts",
    pair_metadata,
    Column("a", String, primary_key=True),
    Column("b", String, primary_key=True),
    Column("facet", String, primary_key=True),
    Column("key1", String, primary_key=True),
    Column("key2", String, primary_key=True),
    Column("events", Integer, nullable=False),
    Column("documents", Integer, nullable=False),
    Index("ix_pair_counts_facet", "facet", "events"),
)

_KEY = ("a", "b", "facet", "key1", "key2")
Key = tuple[str, str, str, str, str]


# --- contributions (pure) ---------------------------------------------------------------


def _sides(country_rows: Iterable[Row], kind: str) -> dict[int, tuple[str, ...]]:
    """The sorted distinct countries of each fact of `kind`, by seq."""
    found: dict[int, set[str]] = {}
    for row in country_rows:
        if row["kind"] == kind:
            found.setdefault(row["seq"], set()).add(row["country"])
    return {seq: tuple(sorted(cs)) for seq, cs in found.items()}


def combos(countries: tuple[str, ...]) -> list[tuple[str, str]]:
    """(country, '') for each country and (a, b), a < b, for each pair of them."""
    return [(c, "") for c in countries] + [
        (x, y) for i, x in enumerate(countries) for y in countries[i + 1 :]
    ]


def contribution(
    event_rows: Iterable[Row], country_rows: Iterable[Row]
) -> tuple[Counter[Key], Counter[Key]]:
    """What one article's events add to ``pair_counts``: (events, documents) by key.
    `event_rows` hold seq, type, mode, date_start, sectors (JSON), document_kind, count."""
    sides = _sides(country_rows, "event")
    n_events: Counter[Key] = Counter()
    n_documents: Counter[Key] = Counter()
    seen: set[tuple[str, str]] = set()
    for event in event_rows:
        for a, b in combos(sides.get(event["seq"], ())):
            seen.add((a, b))
            n_events[(a, b, "all", "", "")] += 1
            month = event["date_start"][:7] if event["date_start"] is not None else ""
            n_events[(a, b, "type_month", event["type"], month)] += 1
            for label in rows._strings(event["sectors"]):  # noqa: SLF001 - the JSON list codec of the store
                n_events[(a, b, "sector", label, "")] += 1
            if event["type"] == "SUPPORT" and event["mode"] == "sign":
                key = (a, b, "signed", event["document_kind"] or "document", "")
                n_events[key] += 1
                n_documents[key] += event["count"] if event["count"] is not None else 1
    for a, b in seen:
        n_events[(a, b, "articles", "", "")] += 1
    return n_events, n_documents


def fact_rows(
    article_id: str,
    event_rows: Iterable[Row],
    indicator_rows: Iterable[Row],
    country_rows: Sequence[Row],
) -> list[dict[str, Any]]:
    """The ``pair_facts`` rows of one article."""
    found = []
    for kind, facts, date in (("event", event_rows, "date_start"), ("indicator", indicator_rows, "period_end")):
        sides = _sides(country_rows, kind)
        for fact in facts:
            for a, b in combos(sides.get(fact["seq"], ())):
                found.append(
                    {"kind": kind, "a": a, "b": b, "article_id": article_id, "seq": fact["seq"], "sort_date": fact[date] or ""}
                )
    return found


# --- writes -----------------------------------------------------------------------------

_EVENT_COLUMNS = (
    events_t.c.seq, events_t.c.type, events_t.c.mode, events_t.c.date_start, events_t.c.sectors,
    events_t.c.document_kind, events_t.c["count"],
)


def stored_contribution(conn: Connection, article_id: str) -> tuple[Counter[Key], Counter[Key]]:
    """The contribution of the article's facts as stored now (read before replacing them),
    rejected events left out as they are from the counts."""
    found = conn.execute(
        select(*_EVENT_COLUMNS).where(events_t.c.article_id == article_id, not_rejected(events_t))
    ).mappings().all()
    if not found:
        return Counter(), Counter()
    countries = conn.execute(
        select(fact_countries.c.kind, fact_countries.c.seq, fact_countries.c.country).where(
            fact_countries.c.article_id == article_id, fact_countries.c.kind == "event"
        )
    ).mappings().all()
    return contribution(found, countries)


def record(
    conn: Connection,
    article_id: str,
    old: tuple[Counter[Key], Counter[Key]],
    event_rows: Sequence[Row],
    indicator_rows: Sequence[Row],
    country_rows: Sequence[Row],
) -> None:
    """Replace the article's ``pair_facts`` rows and move ``pair_counts`` from its `old`
    contribution to the new one (same transaction as the facts)."""
    conn.execute(delete(pair_facts).where(pair_facts.c.article_id == article_id))
    made = fact_rows(article_id, event_rows, indicator_rows, country_rows)
    if made:
        conn.execute(insert(pair_facts), made)
    new = contribution(event_rows, country_rows)
    _add(conn, _difference(new, old))


def _difference(new: tuple[Counter[Key], Counter[Key]], old: tuple[Counter[Key], Counter[Key]]) -> dict[Key, tuple[int, int]]:
    keys = set(new[0]) | set(old[0]) | set(new[1]) | set(old[1])
    found = {}
    for key in keys:
        change = (new[0][key] - old[0][key], new[1][key] - old[1][key])
        if change != (0, 0):
            found[key] = change
    return found


def _add(conn: Connection, changes: dict[Key, tuple[int, int]]) -> None:
    """Add each change to its counter row (created at zero), in key order so concurrent
    writers on PostgreSQL lock rows in the same order; drop rows that fall to zero."""
    if not changes:
        return
    ordered = [dict(zip(_KEY, key), events=e, documents=d) for key, (e, d) in sorted(changes.items())]
    make = dialect.upsert(conn)
    if make is not None:
        statement = make(pair_counts)
        statement = statement.on_conflict_do_update(
            index_elements=list(_KEY),
            set_={
                "events": pair_counts.c.events + statement.excluded.events,
                "documents": pair_counts.c.documents + statement.excluded.documents,
            },
        )
        conn.execute(statement, ordered)
    else:  # portable fallback: update, else insert
        for row in ordered:
            where = and_(*(pair_counts.c[k] == row[k] for k in _KEY))
            done = conn.execute(
                update(pair_counts).where(where).values(
                    events=pair_counts.c.events + row["events"], documents=pair_counts.c.documents + row["documents"]
                )
            )
            if done.rowcount == 0:
                conn.execute(insert(pair_counts), row)
    if any(e < 0 or d < 0 for e, d in changes.values()):
        lowered = [key for key, (e, d) in changes.items() if e < 0 or d < 0]
        for start in range(0, len(lowered), 200):
            conn.execute(
                delete(pair_counts).where(
                    tuple_(*(pair_counts.c[k] for k in _KEY)).in_(lowered[start : start + 200]),
                    pair_counts.c.events == 0,
                    pair_counts.c.documents == 0,
                )
            )


# --- migration step 5 -------------------------------------------------------------------


def install(conn: Connection, *, chunk: int = 1000) -> None:
    """Create the tables and fill them from the stored facts (schema step 5)."""
    pair_metadata.create_all(conn)
    conn.execute(delete(pair_facts))
    conn.execute(delete(pair_counts))
    ids = list(conn.execute(select(fact_countries.c.article_id).distinct().order_by(fact_countries.c.article_id)).scalars())
    total_events: Counter[Key] = Counter()
    total_documents: Counter[Key] = Counter()
    for start in range(0, len(ids), chunk):
        part = ids[start : start + chunk]
        by_article: dict[str, dict[str, list[Row]]] = {}
        queries = (
            ("events", select(events_t.c.article_id, *_EVENT_COLUMNS).where(events_t.c.article_id.in_(part))),
            (
                "indicators",
                select(indicators_t.c.article_id, indicators_t.c.seq, indicators_t.c.period_end).where(
                    indicators_t.c.article_id.in_(part)
                ),
            ),
            (
                "countries",
                select(fact_countries.c.article_id, fact_countries.c.kind, fact_countries.c.seq, fact_countries.c.country).where(
                    fact_countries.c.article_id.in_(part)
                ),
            ),
        )
        for name, statement in queries:
            for row in conn.execute(statement).mappings():
                by_article.setdefault(row["article_id"], {}).setdefault(name, []).append(row)
        made = []
        for article_id, found in by_article.items():
            countries = found.get("countries", [])
            made.extend(fact_rows(article_id, found.get("events", []), found.get("indicators", []), countries))
            n_events, n_documents = contribution(found.get("events", []), countries)
            total_events.update(n_events)
            total_documents.update(n_documents)
        if made:
            conn.execute(insert(pair_facts), made)
    counted = [
        dict(zip(_KEY, key), events=total_events[key], documents=total_documents[key]) for key in sorted(total_events)
    ]
    for start in range(0, len(counted), 5000):
        conn.execute(insert(pair_counts), counted[start : start + 5000])


# --- reads ------------------------------------------------------------------------------


def index_key(*, country: str | None = None, pair: tuple[str, str] | None = None) -> tuple[str, str] | None:
    """The (a, b) of these tables for a pair filter (either order; a pair of one country is
    that country) or else a country filter; None without either."""
    if pair is not None:
        return pair_key(pair)
    if country is not None:
        return (country, "")
    return None


def pair_key(pair: tuple[str, str]) -> tuple[str, str]:
    """The (a, b) of these tables for a pair, in either order (a pair of one country is that
    country)."""
    first, second = sorted(pair)
    return (first, second) if first != second else (first, "")


def ordered_keys(kind: str, key: tuple[str, str]) -> Any:
    """(article_id, seq, sort_date) of the facts of `kind` under `key`, for ORDER BY
    `page_order` (the index order: newest first, undated last)."""
    return select(pair_facts.c.article_id, pair_facts.c.seq, pair_facts.c.sort_date).where(
        pair_facts.c.kind == kind, pair_facts.c.a == key[0], pair_facts.c.b == key[1]
    )


def page_order(table: Any) -> tuple[Any, ...]:
    """Newest first, undated last, then article and seq: the order of ``ix_pair_facts_order``."""
    return (table.c.sort_date.desc(), table.c.article_id, table.c.seq)


def after(keys: Any, key: tuple[Any, ...] | None) -> Any:
    """`keys` (`ordered_keys`) kept to those after `key` in `page_order`: the key of a fact
    list's keyset (date or None, article_id, seq; `accords.store.keyset`), undated being
    ``''`` here. One range of ``ix_pair_facts_order`` from the key on."""
    if key is None:
        return keys
    date = key[0] or ""
    return keys.where(
        pair_facts.c.sort_date <= date,
        or_(pair_facts.c.sort_date < date, tuple_(pair_facts.c.article_id, pair_facts.c.seq) > tuple(key[1:])),
    )


def articles_with_events(key: tuple[str, str]) -> Any:
    """The ids of the articles with an event under `key` (an index range, no DISTINCT needed for IN)."""
    return select(pair_facts.c.article_id).where(
        pair_facts.c.kind == "event", pair_facts.c.a == key[0], pair_facts.c.b == key[1]
    )


def counts(conn: Connection, key: tuple[str, str], facet: str) -> list[tuple[str, str, int, int]]:
    """(key1, key2, events, documents) of one facet under `key`."""
    found = conn.execute(
        select(pair_counts.c.key1, pair_counts.c.key2, pair_counts.c.events, pair_counts.c.documents).where(
            pair_counts.c.a == key[0], pair_counts.c.b == key[1], pair_counts.c.facet == facet
        )
    ).all()
    return [(k1, k2, int(e), int(d)) for k1, k2, e, d in found]


def top_pairs(conn: Connection, *, limit: int) -> list[tuple[str, str, int]]:
    """Country pairs by number of events, most first (ties by code)."""
    found = conn.execute(
        select(pair_counts.c.a, pair_counts.c.b, pair_counts.c.events)
        .where(pair_counts.c.facet == "all", pair_counts.c.b != "")
        .order_by(pair_counts.c.events.desc(), pair_counts.c.a, pair_counts.c.b)
        .limit(limit)
    ).all()
    return [(a, b, int(n)) for a, b, n in found]


def undated_events(key: tuple[str, str]) -> Any:
    """(article_id, n): the events under `key` without a date of their own (sort date
    ``''``), counted per article, from the index alone (`accords.store.when.reported_months`)."""
    return (
        select(pair_facts.c.article_id, func.count().label("n"))
        .where(pair_facts.c.kind == "event", pair_facts.c.a == key[0], pair_facts.c.b == key[1], pair_facts.c.sort_date == "")
        .group_by(pair_facts.c.article_id)
        .subquery()
    )
