"""A small real database for the API and dashboard tests, built once per session by
ingesting real articles (the two seeds and three Tehran Times articles of the gold set)
through the full pipeline, plus one article whose text carries a ``<script>`` tag."""

from __future__ import annotations

import shutil
import warnings
from pathlib import Path

import pytest
from api_constants import SCRIPT, TOKEN

GOLD = Path(__file__).resolve().parents[1] / "gold" / "articles"
ARTICLES = ("seed_000.txt", "seed_004.txt", "tt_402494.json", "tt_403295.json", "tt_405057.json")
HOSTILE_TEXT = (
    f"Baku, 2021-10-01. Azerbaijan and Iran signed a memorandum on customs {SCRIPT} cooperation "
    "in Baku on Friday, the ministry said.\n\nThe two countries agreed to expand transit trade."
)


def build_db(directory: Path) -> str:
    """A SQLite database in `directory` with the fixture articles ingested and extracted."""
    from accords import service
    from accords.store import Store

    inputs = directory / "in"
    inputs.mkdir()
    for name in ARTICLES:
        shutil.copy(GOLD / name, inputs / name)
    (inputs / "hostile.txt").write_text(HOSTILE_TEXT, encoding="utf-8")
    url = f"sqlite:///{directory / 'accords.db'}"
    with Store.open(url) as store:
        report = service.ingest(store, [inputs])
    assert report.rejected == (), report.rejected
    return url


@pytest.fixture(scope="session")
def db_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    return build_db(tmp_path_factory.mktemp("api-db"))


@pytest.fixture(scope="session")
def app(db_url: str):
    from accords.server import create_app

    return create_app(db_url)


@pytest.fixture(scope="session")
def client(app):
    warnings.filterwarnings("ignore", message=".*httpx.*")
    from fastapi.testclient import TestClient

    with TestClient(app, raise_server_exceptions=False) as test_client:
        yield test_client


@pytest.fixture(scope="session")
def hostile_id(client) -> str:
    """The id of the article whose text carries a script tag."""
    found = client.get("/api/v1/articles", params={"q": "customs", "limit": 5}).json()["items"]
    return found[0]["id"]
