"""A small real database for the API and dashboard tests, built once per session by
ingesting real articles (the two seeds and three Tehran Times articles of the gold set)
through the full pipeline, plus one article whose text carries a ``<script>`` tag."""

from __future__ import annotations

import warnings

import pytest
from api_store import build_db


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
