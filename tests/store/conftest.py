"""Fixtures for the store tests: every store test runs on SQLite and on PostgreSQL.

PostgreSQL comes from ``ACCORDS_TEST_PG_URL`` (e.g.
``postgresql+psycopg://user:password@localhost/accords_test``). Each test gets its own
schema in that database, dropped afterwards, so the database itself is left as it was.
Without the variable the PostgreSQL cases are skipped with a visible reason — except in
CI (``CI=true``), where a missing server is a failure, never a silent skip.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from accords.store import Store

PG_ENV = "ACCORDS_TEST_PG_URL"
PG_REQUIRED = "PostgreSQL server required in CI (set ACCORDS_TEST_PG_URL)"
PG_SKIPPED = "PostgreSQL store tests skipped: set ACCORDS_TEST_PG_URL to a PostgreSQL URL to run them"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "postgresql: runs against the PostgreSQL server of ACCORDS_TEST_PG_URL")


DATABASES = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgresql)]


@contextmanager
def _database_url(kind: str, directory: Path) -> Iterator[str]:
    """A URL to an empty database: a SQLite file in `directory`, or a fresh PostgreSQL schema."""
    if kind == "sqlite":
        yield f"sqlite:///{directory / 'accords.db'}"
        return
    base = os.environ.get(PG_ENV)
    if not base:
        if os.environ.get("CI") == "true":
            pytest.fail(PG_REQUIRED)
        pytest.skip(PG_SKIPPED)
    schema = f"accords_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield make_url(base).update_query_dict({"options": f"-csearch_path={schema}"}).render_as_string(
            hide_password=False
        )
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture(params=DATABASES)
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A URL to an empty database, for one test."""
    with _database_url(request.param, tmp_path) as url:
        yield url


@pytest.fixture(scope="module", params=DATABASES)
def module_store_url(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A URL to an empty database shared by the tests of one module (for read-only tests)."""
    with _database_url(request.param, tmp_path_factory.mktemp("store")) as url:
        yield url


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    """An open store on an empty database."""
    with Store.open(store_url) as opened:
        yield opened

