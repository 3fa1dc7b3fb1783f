"""The watchlist routes: the list (no secrets), what is new for one (reading leaves the cursor),
and its Atom feed (parsed back, links absolute and to the evidence, security headers on)."""

from __future__ import annotations

from xml.etree import ElementTree as ET

import feedparser
import pytest

from accords import alerts
from accords.alerts.atom import ATOM_NS
from accords.store import Store

API = "/api/v1"
pytestmark = pytest.mark.slow
NS = {"a": ATOM_NS}


@pytest.fixture(scope="module")
def watched(db_url):
    """Watchlists on the API's store: the AZE-IRN pair (everything stored counts as new) and
    one with a webhook; removed afterwards."""
    with Store.open(db_url) as store:
        alerts.add_watchlist(store, "api-aze-irn", alerts.make_query(pair=("AZE", "IRN")), backfill=True)
        alerts.add_watchlist(store, "api-hook", alerts.make_query(country="TUR"), webhook_url="https://example.org/h",
                             secret="a-secret-nobody-may-read")
    yield "api-aze-irn"
    with Store.open(db_url) as store:
        for name in ("api-aze-irn", "api-hook"):
            alerts.remove_watchlist(store, name)


def test_the_list_never_shows_a_secret(client, watched):
    answer = client.get(f"{API}/watchlists")
    assert answer.status_code == 200
    assert "a-secret-nobody-may-read" not in answer.text
    items = {w["name"]: w for w in answer.json()["items"]}
    assert items[watched]["query"] == {"pair": ["AZE", "IRN"], "kinds": ["events", "quotes", "indicators"]}
    assert items["api-hook"]["webhook_url"] == "https://example.org/h" and "webhook_secret" not in items["api-hook"]


def test_alerts_read_what_is_new_and_leave_the_cursor(client, watched):
    first = client.get(f"{API}/watchlists/{watched}/alerts").json()
    assert first["watchlist"] == watched and first["cursor"] > 0 and first["alerts"]
    assert {a["kind"] for a in first["alerts"]} <= {"event", "quote", "indicator"}
    assert all(a["path"].startswith(f"/article/{a['article_id']}") and a["evidence_text"] for a in first["alerts"])
    assert client.get(f"{API}/watchlists/{watched}/alerts").json() == first


def test_the_atom_feed_parses_back_with_links_to_the_evidence(client, watched):
    answer = client.get(f"{API}/watchlists/{watched}.atom")
    assert answer.status_code == 200
    assert answer.headers["content-type"] == "application/atom+xml; charset=utf-8"
    assert "script-src 'self'" in answer.headers["content-security-policy"]
    assert answer.headers["x-content-type-options"] == "nosniff"
    root = ET.fromstring(answer.content)
    entries = root.findall("a:entry", NS)
    assert entries and len(entries) <= 50
    for entry in entries:
        alternate = next(link for link in entry.findall("a:link", NS) if link.get("rel") == "alternate")
        assert alternate.get("href").startswith("http://testserver/article/")
        path = alternate.get("href").removeprefix("http://testserver")
        assert client.get(path.split("#")[0]).status_code == 200
    self_link = next(link for link in root.findall("a:link", NS) if link.get("rel") == "self")
    assert self_link.get("href") == f"http://testserver{API}/watchlists/{watched}.atom"
    parsed = feedparser.parse(answer.content)
    assert not parsed.bozo and parsed.version == "atom10" and len(parsed.entries) == len(entries)
    # the hostile article's <script> is text in the feed, never markup
    assert b"<script>" not in answer.content


@pytest.mark.parametrize(("path", "status", "message"), [
    (f"{API}/watchlists/nope.atom", 404, "no watchlist named 'nope'"),
    (f"{API}/watchlists/nope/alerts", 404, "no watchlist named 'nope'"),
    (f"{API}/watchlists/bad%20name/alerts", 422, "path.name"),
    (f"{API}/watchlists/api-aze-irn/alerts?today=2024-02-30", 422, "query.today: '2024-02-30' is not a calendar date"),
], ids=["feed-404", "alerts-404", "bad-name", "bad-today"])
def test_errors_answer_in_the_api_shape(client, watched, path, status, message):
    answer = client.get(path)
    assert answer.status_code == status
    assert message in answer.json()["error"]["message"]


def test_marking_seen_needs_the_token_and_moves_the_cursor(db_url):
    """A server with writes on (its own app over the same store): without the token 401,
    with it the cursor moves to the batch read and the next look is empty."""
    from fastapi.testclient import TestClient

    from accords.server import create_app

    with Store.open(db_url) as store:
        alerts.add_watchlist(store, "api-seen", alerts.make_query(pair=("AZE", "TUR")), backfill=True)
    try:
        with TestClient(create_app(db_url, token="t0ken"), raise_server_exceptions=False) as writer:
            batch = writer.get(f"{API}/watchlists/api-seen/alerts").json()
            assert batch["alerts"] and batch["cursor"] > 0
            refused = writer.post(f"{API}/watchlists/api-seen/seen", json={"cursor": batch["cursor"]})
            assert refused.status_code == 401
            done = writer.post(f"{API}/watchlists/api-seen/seen", json={"cursor": batch["cursor"]},
                               headers={"Authorization": "Bearer t0ken"})
            assert done.status_code == 200 and done.json()["cursor"] == batch["cursor"]
            assert writer.get(f"{API}/watchlists/api-seen/alerts").json()["alerts"] == []
            missing = writer.post(f"{API}/watchlists/nope/seen", json={"cursor": 1},
                                  headers={"Authorization": "Bearer t0ken"})
            assert missing.status_code == 404
    finally:
        with Store.open(db_url) as store:
            alerts.remove_watchlist(store, "api-seen")
