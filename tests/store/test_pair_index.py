"""The country and pair index (schema step 5): counts and ordered pages read from it equal
what the stored extractions say, computed here in plain Python, on real extractions of
gold articles; saving again, replacing and emptying an article's facts keep it exact, and
keeping it up save by save gives the same tables as rebuilding them."""

from __future__ import annotations

import dataclasses
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import delete, select

from accords.store import Store, migrations, pair_index, rows, views
from accords.store import pairs as pair_views
from accords.store.schema import schema_version

GOLD = Path(__file__).resolve().parents[1] / "gold" / "articles"
ARTICLES = ("seed_000.txt", "seed_004.txt", "tt_402494.json", "tt_403295.json", "tt_405057.json", "tt_406795.json")

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def extracted():
    """(Article, Extraction) of real gold articles, through the full pipeline."""
    from accords import pipeline
    from accords.readers import read_path

    found = [a for name in ARTICLES for a in read_path(GOLD / name) if not hasattr(a, "reason")]
    return list(zip(found, pipeline.run_many(found)))


def _countries(event) -> tuple[str, ...]:
    return tuple(sorted(set(event.actor_countries) | set(event.recipient_countries)))


def _keys(extractions) -> set[tuple[str, str]]:
    return {k for x in extractions for e in x.events for k in pair_index.combos(_countries(e))}


def _involved(event, key: tuple[str, str]) -> bool:
    countries = set(_countries(event))
    return key[0] in countries and (key[1] == "" or key[1] in countries)


def _expected(extractions, key: tuple[str, str]) -> dict:
    """Counts and order under `key` straight from the extractions."""
    by_type: Counter[str] = Counter()
    by_month: Counter[tuple[str, str]] = Counter()
    sectors: Counter[str] = Counter()
    signed: Counter[str] = Counter()
    order = []
    article_ids = set()
    for x in extractions:
        for seq, e in enumerate(x.events):
            if not _involved(e, key):
                continue
            start = rows.date_bounds(e.date)[0]
            by_type[e.type] += 1
            if start is not None:
                by_month[(start[:7], e.type)] += 1
            sectors.update(e.sectors)
            if e.type == "SUPPORT" and e.mode == "sign":
                signed[e.document_kind or "document"] += e.count if e.count is not None else 1
            order.append(((start is None, _negated(start or ""), x.article_id, seq), e.id))
            article_ids.add(x.article_id)
    return {
        "counts": {
            "by_type": dict(by_type),
            "by_month": sorted((m, t, n) for (m, t), n in by_month.items()),
            "sectors": dict(sectors),
        },
        "signed": dict(signed),
        "ids": [i for _k, i in sorted(order)],
        "articles": len(article_ids),
    }


def _negated(day: str) -> tuple[int, ...]:
    return tuple(-ord(c) for c in day)


def _actual(conn, key: tuple[str, str]) -> dict:
    filters = {"pair": key} if key[1] else {"country": key[0]}
    counts = views.event_counts(conn, **filters)
    page = views.event_page(conn, limit=500, **filters)
    found = {
        "counts": {
            "by_type": counts["by_type"],
            "by_month": _months(counts),
            "sectors": counts["sectors"],
        },
        "signed": views.agreement_counts(conn, **filters),
        "ids": [e.id for e in page.items],
        "articles": pair_views.pair_articles(conn, key, limit=1)[1] if key[1] else None,
    }
    assert page.total == len(page.items)
    return found


def _months(counts: dict) -> list[tuple[str, str, int]]:
    return sorted((row["month"], row["type"], row["count"]) for row in counts["by_month"])


def _check(store: Store, extractions) -> None:
    keys = _keys(extractions)
    assert keys, "the fixture articles have events between countries"
    with views.read(store) as conn:
        for key in sorted(keys):
            expected = _expected(extractions, key)
            if not key[1]:
                expected["articles"] = None
            assert _actual(conn, key) == expected, key
        # the direct SQL (an extra filter that keeps everything) agrees too
        for key in sorted(k for k in keys if k[1]):
            direct = views.event_counts(conn, pair=key, country=key[0])
            indexed = views.event_counts(conn, pair=key)
            assert (direct["by_type"], direct["sectors"], _months(direct)) == (
                indexed["by_type"], indexed["sectors"], _months(indexed)
            )
        pairs = Counter({k: len(_expected(extractions, k)["ids"]) for k in keys if k[1]})
        top = pair_views.active_pairs(conn, limit=100)
        assert {(p["a"], p["b"]): p["events"] for p in top} == dict(pairs)


def _tables(store: Store) -> tuple[list, list]:
    with views.read(store) as conn:
        facts = conn.execute(select(pair_index.pair_facts).order_by(*pair_index.pair_facts.primary_key.columns)).all()
        counts = conn.execute(select(pair_index.pair_counts).order_by(*pair_index.pair_counts.primary_key.columns)).all()
    return facts, counts


def _rebuilt(store: Store) -> tuple[list, list]:
    with store._write() as conn:  # noqa: SLF001 - rebuilding the index as the migration does
        pair_index.install(conn)
    return _tables(store)


def test_counts_and_pages_equal_the_extractions_after_saves_replacements_and_deletions(store, extracted):
    for article, extraction in extracted:
        store.add_article(article)
        store.save_extraction(extraction)
    extractions = [x for _a, x in extracted]
    _check(store, extractions)
    before = _tables(store)
    assert before[1], "the counts table is filled"

    # saving the same extractions again changes nothing
    for _article, extraction in extracted:
        store.save_extraction(extraction)
    assert _tables(store) == before

    # replace one article's facts with half of its events, empty another's
    busiest = max(range(len(extractions)), key=lambda i: len(extractions[i].events))
    halved = dataclasses.replace(extractions[busiest], events=extractions[busiest].events[::2])
    emptied_at = next(i for i in range(len(extractions)) if i != busiest and extractions[i].events)
    emptied = dataclasses.replace(extractions[emptied_at], events=(), indicators=())
    store.save_extraction(halved)
    store.save_extraction(emptied)
    changed = list(extractions)
    changed[busiest], changed[emptied_at] = halved, emptied
    _check(store, changed)
    assert _tables(store) == _rebuilt(store)

    # and back: the first state again, same tables as at first
    store.save_extraction(extractions[busiest])
    store.save_extraction(extractions[emptied_at])
    assert _tables(store) == before


def test_migration_fills_the_index_of_an_older_database(store_url, extracted):
    with Store.open(store_url) as store:
        for article, extraction in extracted:
            store.add_article(article)
            store.save_extraction(extraction)
        filled = _tables(store)
        with store._write() as conn:  # noqa: SLF001 - turning the database back to version 4
            conn.execute(delete(pair_index.pair_facts))
            conn.execute(delete(pair_index.pair_counts))
            conn.execute(delete(schema_version).where(schema_version.c.version >= 5))
    with Store.open(store_url) as store:
        assert store.schema_version == migrations.LATEST  # steps 5 on (registry counts, indexes) applied again
        assert _tables(store) == filled
        _check(store, [x for _a, x in extracted])
