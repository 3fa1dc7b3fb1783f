"""Schema migrations: from an empty database, from version 1, and refusing newer ones."""

from __future__ import annotations

import pytest
from sqlalchemy import insert, inspect, select

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
        assert store.schema_version == 7
    engine = create_store_engine(store_url)
    try:
        assert "ix_indicators_period_end" in {i["name"] for i in inspect(engine).get_indexes("indicators")}
    finally:
        engine.dispose()
