"""The store generation and the answers kept while it is unchanged (`accords.service.cache`).

A cached store-wide answer is only right if every write, from this process or another,
makes it stale: these tests write through a second `Store` on the same database (as an
`accords ingest` beside `accords serve` does) and check that the next answer counts it.
Each runs on SQLite and on PostgreSQL.
"""

from __future__ import annotations

import pytest
from sqlalchemy import text

from accords.errors import StoreError
from accords.model import Article
from accords.service import cache, fact_search, queries
from accords.store import Store, migrations
from accords.store.store import create_store_engine


def _article(n: int) -> Article:
    return Article(
        id=f"{n:016x}", text=f"Baku and Ankara signed roadmap number {n} on trade and transit corridors.",
        title=f"Roadmap {n}", published=f"2024-05-{n:02d}",
    )


def test_every_write_raises_the_generation_seen_by_other_stores(store_url):
    with Store.open(store_url) as reader, Store.open(store_url) as writer:
        before = reader.generation
        writer.add_article(_article(1))
        after_one = reader.generation
        writer.add_article(_article(2))
        assert before < after_one < reader.generation


def test_a_failed_write_leaves_the_generation(store_url):
    with Store.open(store_url) as store:
        before = store.generation
        with pytest.raises(StoreError, match="write failed"):
            with store._write() as conn:  # noqa: SLF001 - the write path every store write takes
                conn.execute(text("INSERT INTO no_such_table VALUES (1)"))
        assert store.generation == before


@pytest.mark.parametrize(
    "question",
    [
        pytest.param(lambda store: queries.corpus_summary(store)["articles"], id="summary-articles"),
        pytest.param(lambda store: queries.home(store)["summary"]["articles"], id="home-summary-articles"),
        pytest.param(lambda store: queries.entities(store, limit=50).total, id="entity-groups"),
        pytest.param(lambda store: len(queries.graph(store)["edges"]), id="graph-edges"),
        pytest.param(lambda store: len(fact_search.search_facts(store, "signed")), id="fact-search-hits"),
    ],
)
def test_a_kept_answer_is_replaced_after_a_write_by_another_store(store_url, question):
    """The same question before and after another store writes: the second answer counts
    the new article (never the kept, stale one)."""
    from accords import pipeline

    first = _article(3)
    second = Article(
        id="e" * 16, title="Tbilisi talks",
        text="Georgian Prime Minister Irakli Kobakhidze met Armenian Prime Minister Nikol Pashinyan in "
             "Tbilisi on Monday. The two sides signed a memorandum of understanding on energy cooperation.",
        published="2024-06-03",
    )
    with Store.open(store_url) as server, Store.open(store_url) as loader:
        loader.add_article(first)
        loader.save_extraction(pipeline.run(first))
        before = question(server)
        assert question(server) == before  # kept, and the same
        loader.add_article(second)
        loader.save_extraction(pipeline.run(second))
        assert question(server) > before


def test_answers_are_kept_while_the_store_is_unchanged_and_handed_out_as_copies(store):
    computed = []

    def compute() -> dict:
        computed.append(1)
        return {"articles": ["a"]}

    got = cache.remember(store, ("test-question",), compute)
    got["articles"].append("changed by the caller")
    assert cache.remember(store, ("test-question",), compute) == {"articles": ["a"]}
    assert len(computed) == 1
    store.add_article(_article(4))
    assert cache.remember(store, ("test-question",), compute) == {"articles": ["a"]}
    assert len(computed) == 2


def test_the_answers_kept_per_store_are_bounded(store):
    for n in range(cache.MAX_ANSWERS + 10):
        cache.remember(store, ("bounded", n), lambda n=n: n)
    assert len(cache._answers[store]) == cache.MAX_ANSWERS  # noqa: SLF001 - the bound itself
    assert cache.remember(store, ("bounded", 0), lambda: "computed again") == "computed again"


def test_version_9_database_gets_the_generation(store_url):
    """A database made before migration 10 has no generation table; opening it adds one and
    writes raise it from there."""
    engine = create_store_engine(store_url)
    try:
        assert migrations.migrate(engine, target=9) == 9
    finally:
        engine.dispose()
    with Store.open(store_url) as store:
        assert store.schema_version == migrations.LATEST
        assert store.generation == 1
        store.add_article(_article(5))
        assert store.generation == 2
