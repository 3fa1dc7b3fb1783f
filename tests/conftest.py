"""Fixtures shared by test modules of several folders."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from accords.cli import app
from accords.store import Store

SEEDS = Path(__file__).parent / "gold" / "articles"


@pytest.fixture(scope="session")
def seeds_db(tmp_path_factory) -> str:
    """A SQLite store URL holding the two seed articles, ingested through the CLI. Read only:
    a test that writes builds its own store."""
    url = f"sqlite:///{tmp_path_factory.mktemp('seeds') / 'accords.db'}"
    result = CliRunner().invoke(app, ["--db", url, "ingest", "-q", str(SEEDS / "seed_000.txt"), str(SEEDS / "seed_004.txt")])
    assert result.exit_code == 0, result.output
    return url


@pytest.fixture(scope="module")
def seeds_store(seeds_db):
    """The seeds store opened for reading (see `seeds_db`)."""
    with Store.open(seeds_db) as opened:
        yield opened
