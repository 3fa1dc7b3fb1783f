"""Fixtures for the scale-out tests: a SQLite file and, from ``ACCORDS_TEST_PG_URL``, a
fresh PostgreSQL schema (as in tests/store). Without the variable the PostgreSQL cases are
skipped with a visible reason, except under ``CI=true`` where that is a failure."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

PG_ENV = "ACCORDS_TEST_PG_URL"


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A URL to an empty PostgreSQL schema, dropped after the test."""
    base = os.environ.get(PG_ENV)
    if not base:
        if os.environ.get("CI") == "true":
            pytest.fail("PostgreSQL server required in CI (set ACCORDS_TEST_PG_URL)")
        pytest.skip("PostgreSQL scale-out tests skipped: set ACCORDS_TEST_PG_URL to a PostgreSQL URL to run them")
    schema = f"accords_scale_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield make_url(base).update_query_dict({"options": f"-csearch_path={schema}"}).render_as_string(
            hide_password=False)
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'accords.db'}"
