"""A small real store for the export tests: the two seed articles ingested through the
full pipeline (`accords.service.ingest`) into a SQLite file, once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

GOLD = Path(__file__).resolve().parents[1] / "gold" / "articles"
SEEDS = ("seed_000.txt", "seed_004.txt")


@pytest.fixture(scope="session")
def seed_store(tmp_path_factory: pytest.TempPathFactory):
    """An open `Store` holding the two seed articles and their extracted facts."""
    from accords import service
    from accords.store import Store

    url = f"sqlite:///{tmp_path_factory.mktemp('export-db') / 'accords.db'}"
    store = Store.open(url)
    report = service.ingest(store, [GOLD / name for name in SEEDS])
    assert (report.new, report.extracted, report.rejected) == (2, 2, ())
    yield store
    store.close()


@pytest.fixture()
def empty_store(tmp_path: Path):
    """An open, empty `Store` (no spaCy needed)."""
    from accords.store import Store

    with Store.open(f"sqlite:///{tmp_path / 'empty.db'}") as store:
        yield store
