"""Schema migrations: from an empty database, from version 1, and refusing newer ones."""

from __future__ import annotations

import pytest
from sqlalchemy import insert, inspect, select, text

from accords.errors import StoreError
from accords.model import Article
from accords.store import Store, migrations, schema
from accords.store.store import create_store_engine


def _versions(url: str) -> list[int]:
    engine = create_store_engine(url)
    try:
        with engine.connect() as conn:
            return list(conn.execute(select(schema.schema_version.c.version).order_by("version")).scalars())
    finally:
        engine.dispose()


def test_open_empty_database_applies_every_migration(store_url):
    with Store.open(store_url) as store:
        assert store.schema_version == migrations.LATEST
    assert _versions(store_url) == [m.version for m in migrations.MIGRATIONS]


def test_reopening_applies_nothing_twice(store_url):
    Store.open(store_url).close()
    Store.open(store_url).close()
    assert _versions(store_url) == [m.version for m in migrations.MIGRATIONS]


def test_migrations_are_numbered_in_order():
    assert [m.version for m in migrations.MIGRATIONS] == list(range(1, migrations.LATEST + 1))


def test_migrated_tables_match_the_schema_module(store_url):
    engine = create_store_engine(store_url)
    try:
        migrations.migrate(engine)
        inspector = inspect(engine)
        for table in schema.metadata.sorted_tables:
            assert [c["name"] for c in inspector.get_columns(table.name)] == [c.name for c in table.columns]
    finally:
        engine.dispose()


def test_version_1_database_is_migrated_and_its_articles_become_searchable(store_url):
    engine = create_store_engine(store_url)
    try:
        assert migrations.migrate(engine, target=1) == 1
        with engine.begin() as conn:
            conn.execute(
                insert(schema.articles).values(
                    id="a" * 16, text="Baku hosted the Caspian forum.", ingested_at="2024-01-01T00:00:00+00:00"
                )
            )
    finally:
        engine.dispose()
    with Store.open(store_url) as store:
        assert store.schema_version == migrations.LATEST
        assert [a.id for a in store.articles(search="caspian")] == ["a" * 16]
        store.add_article(Article(id="b" * 16, text="Another Caspian story."))
        assert sorted(a.id for a in store.articles(search="caspian")) == ["a" * 16, "b" * 16]


def test_newer_database_is_refused(store_url):
    Store.open(store_url).close()
    engine = create_store_engine(store_url)
    try:
        with engine.begin() as conn:
            conn.execute(
                insert(schema.schema_version).values(
                    version=migrations.LATEST + 1, description="from the future", applied_at="2099-01-01"
                )
            )
    finally:
        engine.dispose()
    with pytest.raises(StoreError) as error:
        Store.open(store_url)
    assert str(error.value) == (
        f"the database has schema version {migrations.LATEST + 1}, newer than this accords knows "
        f"({migrations.LATEST}); upgrade accords to open it"
    )


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("not a url", "invalid database URL 'not a url'"),
        ("nosuchdb://x/y", "cannot use database nosuchdb://x/y"),
        ("sqlite:////nonexistent-dir/sub/accords.db", "cannot open database sqlite:////nonexistent-dir/sub/accords.db"),
    ],
    ids=["not-a-url", "unknown-dialect", "missing-directory"],
)
def test_bad_urls_raise_store_error(url, message):
    with pytest.raises(StoreError) as error:
        Store.open(url)
    assert str(error.value).startswith(message)


def test_unknown_target_version_is_refused(tmp_path):
    engine = create_store_engine(f"sqlite:///{tmp_path / 'a.db'}")
    try:
        with pytest.raises(StoreError, match="unknown schema version 99"):
            migrations.migrate(engine, target=99)
    finally:
        engine.dispose()


def test_version_6_database_gets_the_indicator_period_index(store_url):
    """A database made before migration 7 has no index on the indicators' period end; opening
    it adds the index the figures' cursor pages seek on."""
    engine = create_store_engine(store_url)
    try:
        assert migrations.migrate(engine, target=6) == 6
        with engine.begin() as conn:
            next(i for i in schema.indicators.indexes if i.name == "ix_indicators_period_end").drop(conn)
        assert "ix_indicators_period_end" not in {i["name"] for i in inspect(engine).get_indexes("indicators")}
    finally:
        engine.dispose()
    with Store.open(store_url) as store:
        assert store.schema_version == migrations.LATEST
    engine = create_store_engine(store_url)
    try:
        assert "ix_indicators_period_end" in {i["name"] for i in inspect(engine).get_indexes("indicators")}
    finally:
        engine.dispose()


REVIEWED_TABLES = ("events", "indicators", "quotes", "entities")


def test_version_7_database_gets_the_verdict_log_and_review_columns(store_url):
    """A database made before migration 8 has no verdict log and no review column; opening
    it adds both, and the facts stored before read back as unreviewed."""
    engine = create_store_engine(store_url)
    try:
        assert migrations.migrate(engine, target=7) == 7
        with engine.begin() as conn:
            for name in REVIEWED_TABLES:
                conn.execute(text(f"ALTER TABLE {name} DROP COLUMN review"))
            conn.execute(
                insert(schema.articles).values(id="c" * 16, text="Baku and Ankara signed a roadmap.", ingested_at="2024-01-01")
            )
            conn.execute(
                insert(schema.events).values(
                    article_id="c" * 16, seq=0, fact_id="c" * 16 + ":event:1", stage="events.v2", confidence=0.9,
                    evidence="[[0, 33]]", pipeline="events.v2", type="SUPPORT", actors="[]", actor_countries='["AZE", "TUR"]',
                    recipients="[]", recipient_countries="[]", date="null", sectors="[]", status="occurred",
                )
            )
        assert "verdicts" not in inspect(engine).get_table_names()
    finally:
        engine.dispose()
    with Store.open(store_url) as store:
        assert store.schema_version == migrations.LATEST
        assert [(e.type, e.review) for e in store.events()] == [("SUPPORT", None)]
        assert store.verdicts() == ([], 0)
    engine = create_store_engine(store_url)
    try:
        inspector = inspect(engine)
        assert "verdicts" in inspector.get_table_names()
        for name in REVIEWED_TABLES:
            assert "review" in {c["name"] for c in inspector.get_columns(name)}, name
    finally:
        engine.dispose()
