"""The review endpoints of the API on a real store: verdicts behind the write token, the
log, and what a verdict changes in the lists, the pair page, the graph and the article."""

from __future__ import annotations

import shutil
import warnings

import pytest
from api_constants import TOKEN
from api_store import build_db

AUTH = {"Authorization": f"Bearer {TOKEN}"}
ROADMAP = "af5c75576abee15f:event:9c3263e1ec"  # SUPPORT sign AZE+TUR, seed_000


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    directory = tmp_path_factory.mktemp("review-api-db")
    build_db(directory)
    return directory / "accords.db"


@pytest.fixture
def client(built, tmp_path):
    """A client on a fresh copy of the store (verdicts write), with the write token."""
    warnings.filterwarnings("ignore", message=".*httpx.*")
    from fastapi.testclient import TestClient

    from accords.server import create_app

    for suffix in ("", "-wal", "-shm"):
        if built.with_name(built.name + suffix).exists():
            shutil.copy(built.with_name(built.name + suffix), tmp_path / ("accords.db" + suffix))
    with TestClient(create_app(f"sqlite:///{tmp_path / 'accords.db'}", token=TOKEN), raise_server_exceptions=False) as c:
        yield c


def _ids(client, path, **params):
    body = client.get(path, params={"limit": 500, **params}).json()
    return {item["id"]: item for item in body["items"]}, body["total"]


def _edge(client, a, b):
    edges = client.get("/api/v1/graph").json()["edges"]
    return next((e["weight"] for e in edges if {e["source"], e["target"]} == {a, b}), 0)


def test_a_rejected_event_leaves_the_lists_the_pair_page_the_graph_and_the_article(client):
    before, total = _ids(client, "/api/v1/events", pair="AZE,TUR")
    pair_before = client.get("/api/v1/pairs/AZE/TUR").json()
    edge_before = _edge(client, "COUNTRY:AZE", "COUNTRY:TUR")
    answer = client.post(f"/api/v1/facts/{ROADMAP}/verdicts", json={"action": "reject", "by": "ana", "note": "test"},
                         headers=AUTH)
    assert answer.status_code == 201, answer.text
    verdict = answer.json()
    assert (verdict["id"], verdict["action"], verdict["by"], verdict["fact_id"], verdict["held"]) == (
        1, "reject", "ana", ROADMAP, True)
    after, total_after = _ids(client, "/api/v1/events", pair="AZE,TUR")
    shown, _ = _ids(client, "/api/v1/events", pair="AZE,TUR", include_rejected="true")
    assert ROADMAP in before and ROADMAP not in after and total_after == total - 1
    assert shown[ROADMAP]["review"] == "rejected"
    pair_after = client.get("/api/v1/pairs/AZE/TUR").json()
    assert pair_after["events_total"] == pair_before["events_total"] - 1
    assert (pair_before["agreements_by_kind"]["roadmap"], pair_after["agreements_by_kind"].get("roadmap", 0)) == (1, 0)
    assert _edge(client, "COUNTRY:AZE", "COUNTRY:TUR") == edge_before - 1
    article = client.get("/api/v1/articles/af5c75576abee15f").json()
    assert ROADMAP not in {e["id"] for e in article["facts"]["events"]}
    article = client.get("/api/v1/articles/af5c75576abee15f", params={"include_rejected": "true"}).json()
    assert {e["id"]: e["review"] for e in article["facts"]["events"]}[ROADMAP] == "rejected"
    log = client.get("/api/v1/verdicts").json()
    assert log["total"] == 1 and log["items"][0] == verdict


def test_a_correction_and_a_merge_through_the_api(client):
    answer = client.post(f"/api/v1/facts/{ROADMAP}/verdicts", headers=AUTH,
                         json={"action": "correct", "by": "ana", "changes": {"date": "2021-09", "type": "AGREE"}})
    assert answer.status_code == 201, answer.text
    assert answer.json()["after"] == {"date": "2021-09", "type": "AGREE"}
    event = client.get(f"/api/v1/events/{ROADMAP}").json()
    assert (event["type"], event["date"], event["review"]) == ("AGREE", "2021-09", "corrected")
    merged = client.post("/api/v1/entities/merges", headers=AUTH,
                         json={"key": "ORG:Digital Transformation Office", "into": "ORG:DTO", "by": "bo"})
    assert merged.status_code == 201, merged.text
    assert client.get("/api/v1/entities/ORG:DTO").status_code == 200
    assert client.get("/api/v1/entities/ORG:Digital Transformation Office").status_code == 404
    log = client.get("/api/v1/verdicts", params={"by": "bo"}).json()
    assert [(v["action"], v["before"], v["after"]) for v in log["items"]] == [
        ("merge", {"key": "ORG:Digital Transformation Office"}, {"key": "ORG:DTO"})]


@pytest.mark.parametrize(
    ("path", "body", "headers", "status", "message"),
    [
        (f"/api/v1/facts/{ROADMAP}/verdicts", {"action": "reject", "by": "ana"}, {}, 401, "a bearer token is required"),
        (f"/api/v1/facts/{ROADMAP}/verdicts", {"action": "correct", "by": "ana", "changes": {"sides": "AZE"}}, AUTH, 422,
         "event field 'sides' cannot be corrected; fields: type, mode, actor_countries, recipient_countries, date, "
         "status, location, object"),
        ("/api/v1/facts/af5c75576abee15f:event:0000000000/verdicts", {"action": "confirm", "by": "ana"}, AUTH, 404,
         "no event with id 'af5c75576abee15f:event:0000000000'"),
        (f"/api/v1/facts/{ROADMAP}/verdicts", {"action": "confirm", "by": ""}, AUTH, 422, None),
        ("/api/v1/entities/merges", {"key": "ORG:Nothing", "into": "ORG:EU", "by": "ana"}, AUTH, 404,
         "no entity with key 'ORG:Nothing'"),
        ("/api/v1/entities/merges", {"key": "nonsense", "into": "ORG:EU", "by": "ana"}, AUTH, 422,
         "entity key 'nonsense' should look like 'ORG:European Union' or 'COUNTRY:AZE'"),
    ],
    ids=["no-token", "bad-field", "unknown-fact", "nobody", "unknown-entity", "bad-key"],
)
def test_refused_verdicts_say_why_and_log_nothing(client, path, body, headers, status, message):
    answer = client.post(path, json=body, headers=headers)
    assert answer.status_code == status, answer.text
    if message is not None:
        assert answer.json()["error"]["message"] == message
    assert client.get("/api/v1/verdicts").json()["total"] == 0


def test_min_confidence_filters_every_list(client):
    every, total = _ids(client, "/api/v1/events")
    sure, total_sure = _ids(client, "/api/v1/events", min_confidence=0.8)
    assert 0 < total_sure < total
    assert set(sure) == {i for i, e in every.items() if e["confidence"] >= 0.8}
    for path in ("/api/v1/indicators", "/api/v1/quotes", "/api/v1/agreements"):
        items, _ = _ids(client, path, min_confidence=0.8)
        assert all(item["confidence"] >= 0.8 for item in items.values()), path
    pair = client.get("/api/v1/pairs/AZE/TUR", params={"min_confidence": 0.75}).json()
    assert all(e["confidence"] >= 0.75 for e in pair["latest_events"])


@pytest.mark.parametrize(
    ("query", "status", "sure_only"),
    [("", 200, False), ("?min_confidence=", 200, False), ("?min_confidence=0.8", 200, True),
     ("?min_confidence=2", 422, None)],
    ids=["none", "any", "0.8", "out-of-range"],
)
def test_the_pair_page_filters_by_confidence(client, query, status, sure_only):
    """The confidences the page shows (events and quotes) are all 0.8 or more only when asked."""
    import re

    page = client.get(f"/pair/AZE/TUR{query}")
    assert page.status_code == status
    if sure_only is not None:
        shown = [float(x) for x in re.findall(r'<small class="confidence" title="confidence">([0-9.]+)</small>', page.text)]
        assert shown and (min(shown) >= 0.8) is sure_only
