"""The JSON API on a small real database: every endpoint, pagination, the error shape
and the token rule for writes."""

from __future__ import annotations

import warnings

import pytest

from api_constants import SCRIPT, TOKEN

pytestmark = pytest.mark.slow

API = "/api/v1"


def _error(response, status: int, code: str) -> str:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message"}, body
    assert body["error"]["code"] == code
    return body["error"]["message"]


PAGED = [
    ("/articles", {}),
    ("/articles", {"q": "railway"}),
    ("/entities", {"type": "COUNTRY"}),
    ("/entities", {"q": "azer"}),
    ("/events", {}),
    ("/events", {"pair": "AZE,TUR"}),
    ("/events", {"country": "irn", "type": "AGREE"}),
    ("/events", {"since": "2021", "until": "2021-12"}),
    ("/events", {"sector": "transport and transit"}),
    ("/agreements", {}),
    ("/agreements", {"pair": "AZE,TUR", "kind": "roadmap"}),
    ("/indicators", {"pair": "AZE,TUR"}),
    ("/indicators", {"kind": "target"}),
    ("/quotes", {}),
    ("/quotes", {"pair": "AZE,IRN"}),
]


@pytest.mark.parametrize(("path", "params"), PAGED, ids=[f"{p}?{'&'.join(f'{k}={v}' for k, v in q.items())}" for p, q in PAGED])
def test_list_endpoints_answer_a_page(client, path, params):
    response = client.get(API + path, params={**params, "limit": 3})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["limit"] == 3 and body["offset"] == 0
    assert body["total"] >= len(body["items"]) >= 1, body


def test_pages_are_disjoint_and_add_up_to_the_total(client):
    total = client.get(f"{API}/events", params={"limit": 500}).json()
    ids = [e["id"] for e in total["items"]]
    assert len(ids) == total["total"] == len(set(ids))
    paged = []
    for offset in range(0, total["total"], 7):
        page = client.get(f"{API}/events", params={"limit": 7, "offset": offset}).json()
        assert page["total"] == total["total"]
        paged.extend(e["id"] for e in page["items"])
    assert paged == ids


def test_filters_keep_only_matching_events(client):
    events = client.get(f"{API}/events", params={"pair": "AZE,TUR", "type": "SUPPORT", "limit": 500}).json()["items"]
    assert events
    for event in events:
        assert event["type"] == "SUPPORT"
        assert {"AZE", "TUR"} <= set(event["actor_countries"]) | set(event["recipient_countries"])
    sector = client.get(f"{API}/events", params={"sector": "transport and transit", "limit": 500}).json()["items"]
    assert all("transport and transit" in e["sectors"] for e in sector)


def test_agreements_are_signings_counted_by_kind(client):
    body = client.get(f"{API}/agreements", params={"pair": "AZE,TUR", "limit": 500}).json()
    assert all(e["type"] == "SUPPORT" and e["mode"] == "sign" for e in body["items"])
    counted = sum(e["count"] or 1 for e in body["items"])
    assert sum(body["documents_by_kind"].values()) == counted
    assert "roadmap" in body["documents_by_kind"]


def test_article_detail_has_text_and_facts_with_evidence_in_the_text(client):
    article = client.get(f"{API}/articles", params={"q": "roadmap digital"}).json()["items"][0]
    body = client.get(f"{API}/articles/{article['id']}").json()
    assert body["id"] == article["id"]
    assert body["text"].startswith("Azerbaijan")
    facts = body["facts"]
    assert facts["events"] and facts["entities"] and facts["indicators"]
    for event in facts["events"]:
        for span in event["evidence"]:
            assert span["article_id"] == body["id"] and 0 <= span["start"] < span["end"] <= len(body["text"])
    by_prefix = client.get(f"{API}/articles/{article['id'][:8]}").json()
    assert by_prefix["id"] == article["id"]


def test_event_by_stable_id(client):
    event = client.get(f"{API}/events", params={"limit": 1}).json()["items"][0]
    assert client.get(f"{API}/events/{event['id']}").json() == event


def test_entity_list_and_detail(client):
    countries = client.get(f"{API}/entities", params={"type": "COUNTRY", "limit": 50}).json()["items"]
    keys = {c["key"] for c in countries}
    assert {"COUNTRY:AZE", "COUNTRY:IRN", "COUNTRY:TUR"} <= keys
    detail = client.get(f"{API}/entities/COUNTRY:AZE").json()
    assert detail["name"] == "Azerbaijan" and detail["type"] == "COUNTRY"
    assert detail["articles"] >= 3 and detail["events"] and detail["source_articles"]
    assert sum(m["count"] for m in detail["mentions_by_month"]) > 0


def test_pair_summary(client):
    body = client.get(f"{API}/pairs/aze/tur").json()
    assert (body["a"], body["b"], body["a_name"], body["b_name"]) == ("AZE", "TUR", "Azerbaijan", "Turkey")
    assert body["events_total"] == sum(body["events_by_type"].values())
    assert body["agreements"] and body["source_articles"]
    metrics = {(i["metric"], i["kind"]) for i in body["indicators"]}
    assert ("trade_turnover", "actual") in metrics and ("trade_turnover", "target") in metrics
    pairs = client.get(f"{API}/pairs").json()
    assert {"a": "AZE", "b": "IRN"} == {k: pairs[0][k] for k in ("a", "b")}


def test_unknown_pair_is_empty_not_an_error(client):
    body = client.get(f"{API}/pairs/FRA/JPN").json()
    assert body["events_total"] == 0 and body["agreements"] == [] and body["indicators"] == []


def test_commitments_summary_graph(client):
    commitments = client.get(f"{API}/commitments").json()
    assert commitments["total"] == len(commitments["items"]) >= 1
    target = next(c for c in commitments["items"] if c["metric"] == "trade_turnover" and c["subjects"] == ["AZE", "TUR"])
    assert target["value"] == 15e9 and target["status"] in ("met", "missed", "on_track", "behind", "pending", "unknown")
    summary = client.get(f"{API}/summary").json()
    assert summary["articles"] == 6 and summary["extracted"] == 6
    graph = client.get(f"{API}/graph").json()
    keys = {n["key"] for n in graph["nodes"]}
    assert {"COUNTRY:AZE", "COUNTRY:TUR"} <= keys
    assert all(e["source"] in keys and e["target"] in keys and e["weight"] >= 1 for e in graph["edges"])


ERRORS = [
    ("/articles/ffffffffffffffff", 404, "not_found"),
    ("/entities/COUNTRY:XXX", 404, "not_found"),
    ("/entities/nokey", 404, "not_found"),
    ("/events/nope", 404, "not_found"),
    ("/no/such/route", 404, "not_found"),
    ("/events?limit=0", 422, "invalid_request"),
    ("/events?limit=501", 422, "invalid_request"),
    ("/events?offset=-1", 422, "invalid_request"),
    ("/events?type=PARTY", 422, "invalid_request"),
    ("/events?pair=AZE", 422, "invalid_request"),
    ("/events?since=yesterday", 422, "invalid_request"),
    ("/pairs/A/TUR", 422, "invalid_request"),
]


@pytest.mark.parametrize(("path", "status", "code"), ERRORS, ids=[e[0] for e in ERRORS])
def test_errors_have_one_shape(client, path, status, code):
    assert _error(client.get(API + path), status, code)


def test_validation_message_names_the_parameter(client):
    assert _error(client.get(f"{API}/events?limit=0"), 422, "invalid_request") == (
        "query.limit: Input should be greater than or equal to 1"
    )


def test_server_error_has_the_shape_and_hides_details(client, monkeypatch):
    from accords.service import queries

    def broken(*_args, **_kwargs):
        raise RuntimeError("secret internals")

    monkeypatch.setattr(queries, "events", broken)
    message = _error(client.get(f"{API}/events"), 500, "internal_error")
    assert "secret" not in message


# --- writes -----------------------------------------------------------------------------


@pytest.fixture()
def writer(tmp_path):
    """A client on a fresh copy-free database with writes enabled by `TOKEN`."""
    warnings.filterwarnings("ignore", message=".*httpx.*")
    from fastapi.testclient import TestClient

    from accords.server import create_app

    with TestClient(create_app(f"sqlite:///{tmp_path / 'w.db'}", token=TOKEN), raise_server_exceptions=False) as c:
        yield c


def test_writes_are_disabled_without_a_configured_token(client):
    message = _error(client.post(f"{API}/articles", json={"text": "x"}, headers={"Authorization": "Bearer x"}), 403, "forbidden")
    assert "--token" in message


@pytest.mark.parametrize(
    "headers", [{}, {"Authorization": "Bearer wrong"}, {"Authorization": f"Basic {TOKEN}"}], ids=["none", "wrong", "not-bearer"]
)
def test_writes_need_the_right_bearer_token(writer, headers):
    response = writer.post(f"{API}/articles", json={"text": "Iran and Iraq met."}, headers=headers)
    _error(response, 401, "unauthorized")
    assert response.headers["www-authenticate"] == "Bearer"


def test_ingest_text_with_the_token_stores_and_extracts_it(writer):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    text = f"Azerbaijan and Turkey signed an agreement on transit in Baku on 14 September 2021. {SCRIPT}"
    first = writer.post(f"{API}/articles", json={"text": text, "published": "2021-09-15"}, headers=auth)
    assert first.status_code == 201, first.text
    body = first.json()
    assert body["status"] == "new" and body["facts"]["events"] >= 1
    again = writer.post(f"{API}/articles", json={"text": text}, headers=auth).json()
    assert (again["status"], again["article_id"]) == ("duplicate", body["article_id"])
    stored = writer.get(f"{API}/articles/{body['article_id']}").json()
    assert SCRIPT in stored["text"] and stored["published"] == "2021-09-15"


@pytest.mark.parametrize(
    ("payload", "status", "code"),
    [
        ({}, 422, "invalid_request"),
        ({"text": "a", "url": "https://example.org/"}, 422, "invalid_request"),
        ({"text": ""}, 422, "invalid_request"),
        ({"text": "x", "colour": "red"}, 422, "invalid_request"),
        ({"url": "http://127.0.0.1/article"}, 422, "invalid_request"),
        ({"url": "file:///etc/passwd"}, 422, "invalid_request"),
    ],
    ids=["empty", "both", "blank-text", "unknown-field", "private-address", "file-url"],
)
def test_bad_ingest_requests(writer, payload, status, code):
    _error(writer.post(f"{API}/articles", json=payload, headers={"Authorization": f"Bearer {TOKEN}"}), status, code)


# --- docs -------------------------------------------------------------------------------


@pytest.mark.parametrize("page", ["/docs", "/redoc"])
def test_docs_load_their_assets_from_this_server(client, page):
    html = client.get(page).text
    assert "cdn" not in html.lower() and "googleapis" not in html and "/assets/docs/" in html
    for asset in ("swagger-ui-bundle.js", "swagger-ui.css", "redoc.standalone.js", "favicon.png"):
        assert client.get(f"/assets/docs/{asset}").status_code == 200


def test_openapi_document_lists_every_endpoint(client):
    paths = set(client.get(f"{API}/openapi.json").json()["paths"])
    assert paths == {
        f"{API}{p}"
        for p in (
            "/summary", "/articles", "/articles/{article_id}", "/entities", "/entities/{key}", "/events",
            "/events/{event_id}", "/agreements", "/indicators", "/commitments", "/quotes", "/pairs",
            "/pairs/{a}/{b}", "/graph", "/facts/{fact_id}/verdicts", "/entities/merges", "/verdicts", "/facts/search",
            "/watchlists", "/watchlists/{name}/alerts", "/watchlists/{name}.atom", "/watchlists/{name}/seen",
        )
    }
