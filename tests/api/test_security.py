"""The web app against hostile requests: the token is checked before a byte of the body is
read, bodies are capped, the API applies the CLI's per-article checks, only http(s) URLs
become links, and every response carries the security headers."""

from __future__ import annotations

import asyncio
import json
import time
import warnings

import pytest
from api_constants import TOKEN

from accords.ingest import make_article
from accords.model import Article
from accords.store import Store

API = "/api/v1"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
MB = 1024 * 1024


@pytest.fixture(scope="module")
def hostile_app(tmp_path_factory):
    """An app over a store with one plain article and one stored (before the URL rule, or by a
    library caller) with a javascript: URL."""
    from accords.server import create_app

    url = f"sqlite:///{tmp_path_factory.mktemp('sec') / 'a.db'}"
    with Store.open(url) as store:
        plain = make_article("Iran and Armenia met in Yerevan.", url="https://news.example/1", origin="t")
        store.add_article(plain)
        sneaky = Article(id="0123456789abcdef", text="Iran and Iraq met in Baghdad.", url="javascript:alert(1)")
        store.add_article(sneaky)
    app = create_app(url, token=TOKEN)
    app.state.ids = (plain.id, sneaky.id)
    return app


@pytest.fixture(scope="module")
def web(hostile_app):
    warnings.filterwarnings("ignore", message=".*httpx.*")
    from fastapi.testclient import TestClient

    with TestClient(hostile_app, raise_server_exceptions=False) as client:
        yield client


def _call(app, *, method: str, path: str, headers: dict[str, str], chunks: int, chunk_size: int = MB,
          declared: int | None = None) -> tuple[int, int, dict[str, str], bytes]:
    """Send a request straight to the ASGI app with a body of `chunks` chunks; return the status,
    how many body chunks the app asked for, the response headers and body."""
    asked = 0
    answer: dict = {"body": b""}

    async def receive():
        nonlocal asked
        asked += 1
        if asked > chunks:
            return {"type": "http.disconnect"}
        return {"type": "http.request", "body": b"[" * chunk_size, "more_body": asked < chunks}

    async def send(message):
        if message["type"] == "http.response.start":
            answer["status"] = message["status"]
            answer["headers"] = {k.decode(): v.decode() for k, v in message["headers"]}
        elif message["type"] == "http.response.body":
            answer["body"] += message.get("body", b"")

    raw = [(k.lower().encode(), v.encode()) for k, v in headers.items()]
    raw.append((b"content-type", b"application/json"))
    if declared is not None:
        raw.append((b"content-length", str(declared).encode()))
    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": method, "scheme": "http",
             "path": path, "raw_path": path.encode(), "query_string": b"", "root_path": "", "headers": raw,
             "client": ("127.0.0.1", 1), "server": ("testserver", 80)}
    asyncio.run(app(scope, receive, send))
    return answer["status"], asked, answer["headers"], answer["body"]


UNAUTHORISED = [
    ({}, 401, "a bearer token is required"),
    ({"Authorization": "Bearer wrong"}, 401, "the bearer token is not valid"),
    ({"Authorization": "Basic dXNlcjpwYXNz"}, 401, "a bearer token is required"),
]


@pytest.mark.parametrize(("headers", "status", "message"), UNAUTHORISED, ids=["none", "wrong", "basic"])
def test_a_write_without_the_token_is_refused_before_the_body_is_read(hostile_app, headers, status, message):
    code, asked, _headers, body = _call(hostile_app, method="POST", path=f"{API}/articles", headers=headers,
                                        chunks=400, declared=400 * MB)
    assert (code, json.loads(body)["error"]["message"]) == (status, message)
    assert asked == 0


def test_a_declared_body_over_the_cap_is_413_unread(hostile_app):
    code, asked, _headers, body = _call(hostile_app, method="POST", path=f"{API}/articles", headers=AUTH,
                                        chunks=400, declared=400 * MB)
    assert (code, asked) == (413, 0)
    assert json.loads(body)["error"] == {"code": "payload_too_large", "message": "request body over the 16 MB limit"}


def test_a_streamed_body_is_cut_at_the_cap(hostile_app):
    code, asked, _headers, body = _call(hostile_app, method="POST", path=f"{API}/articles", headers=AUTH,
                                        chunks=400)
    assert (code, json.loads(body)["error"]["code"]) == (413, "payload_too_large")
    assert asked == 17  # 16 MB, then the chunk that passes the cap


BAD_ARTICLES = [
    ({"text": "Iran and Armenia met. " * 210_000}, 422, "api: text is 4.4 MB, over the 4.0 MB limit for one article"),
    ({"text": "Iran and Armenia met in Yerevan.", "title": "Talks \ud800"}, 422,
     "api: title has a lone surrogate (U+D800) at character 6: not valid Unicode"),
    ({"url": "http://[::1/page"}, 422, "http://[::1/page: malformed URL: Invalid IPv6 URL"),
    ({"url": "javascript:alert(1)"}, 422, "javascript:alert(1): scheme 'javascript' not allowed (only http and https)"),
]


@pytest.mark.parametrize(("payload", "status", "message"), BAD_ARTICLES, ids=["over-4mb", "surrogate-title",
                                                                              "bad-ipv6-url", "javascript-url"])
def test_the_api_applies_the_cli_checks_to_one_article(web, payload, status, message):
    body = json.dumps(payload).encode()  # ensure_ascii: a lone surrogate travels as \ud800
    response = web.post(f"{API}/articles", content=body, headers={**AUTH, "Content-Type": "application/json"})
    assert (response.status_code, response.json()["error"]["message"]) == (status, message)


def test_deeply_nested_json_body_is_a_400(web):
    response = web.post(f"{API}/articles", content=b"[" * 200_000 + b"]" * 200_000,
                        headers={**AUTH, "Content-Type": "application/json"})
    assert response.status_code == 400


def test_only_http_urls_become_links(web, hostile_app):
    plain, sneaky = hostile_app.state.ids
    assert 'href="https://news.example/1"' in web.get(f"/article/{plain}").text
    page = web.get(f"/article/{sneaky}")
    assert page.status_code == 200
    assert "javascript:" not in page.text


@pytest.mark.parametrize("path", ["/", f"{API}/summary", f"{API}/articles/ffffffffffffffff", "/nowhere",
                                  "/static/style.css", "/docs"])
def test_every_response_carries_the_security_headers(web, path):
    headers = web.get(path).headers
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["x-frame-options"] == "DENY"
    csp = headers["content-security-policy"]
    assert "frame-ancestors 'none'" in csp and "object-src 'none'" in csp
    assert ("'unsafe-inline'" in csp.split("script-src")[1].split(";")[0]) == (path == "/docs")


@pytest.mark.parametrize(("method", "path", "allow"), [
    ("DELETE", f"{API}/summary", "GET"),
    ("DELETE", f"{API}/articles", "GET, POST"),
    ("OPTIONS", f"{API}/entities/merges", "POST"),
    ("PUT", "/article/0123456789abcdef", "GET"),
    ("POST", "/", "GET"),
], ids=["api-get", "api-get-post", "literal-before-template", "page", "home"])
def test_405_names_the_allowed_methods(web, method, path, allow):
    response = web.request(method, path, headers=AUTH)
    assert (response.status_code, response.headers.get("allow")) == (405, allow)


@pytest.mark.parametrize("path", ["/search?q=iran&offset=99999999999999999999", "/search?offset=1e30",
                                  "/graph?min_weight=99999999999999999999", f"{API}/articles?offset=1e30"])
def test_absurd_numbers_in_queries_are_4xx(web, path):
    assert web.get(path).status_code == 422


def test_heavy_requests_beyond_the_limit_are_shed_and_cheap_ones_still_served():
    """Guards around an app whose heavy pages wait until released: `MAX_HEAVY` of them run,
    the next waits `HEAVY_WAIT_S` and is answered 503, a cheap request is served while they
    wait, and a heavy one that arrives just before a slot frees is served, not shed."""
    from accords.api.guards import HEAVY_WAIT_S, MAX_HEAVY, Guards

    release = asyncio.Event()

    async def app(scope, receive, send):
        if scope["path"] != "/api/v1/events":
            await release.wait()
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"ok"})

    guarded = Guards(app, get_token=lambda: None, is_write=lambda scope: False)

    async def get(path: str, query: bytes = b"") -> int:
        answer = {}

        async def send(message):
            if message["type"] == "http.response.start":
                answer["status"] = message["status"]
                answer["headers"] = dict(message["headers"])

        await guarded({"type": "http", "method": "GET", "path": path, "query_string": query, "headers": []},
                      None, send)
        return answer["status"], answer["headers"]

    async def scenario():
        held = [asyncio.create_task(get("/api/v1/articles", b"q=iran")) for _ in range(MAX_HEAVY)]
        await asyncio.sleep(0.05)
        started = time.monotonic()
        shed, headers = await get("/search", b"q=turkey")
        waited = time.monotonic() - started
        cheap, _ = await get("/api/v1/events")
        queued = asyncio.create_task(get("/api/v1/summary"))
        await asyncio.sleep(HEAVY_WAIT_S / 5)
        release.set()
        done = [status for status, _ in await asyncio.gather(*held, queued)]
        after, _ = await get("/graph")
        return shed, headers, waited, cheap, done, after

    shed, headers, waited, cheap, done, after = asyncio.run(scenario())
    assert (shed, headers[b"retry-after"]) == (503, b"1")
    assert HEAVY_WAIT_S <= waited < HEAVY_WAIT_S + 1
    assert cheap == 200
    assert done == [200] * (MAX_HEAVY + 1)
    assert after == 200


@pytest.mark.parametrize(("path", "query", "heavy"), [
    ("/search", b"q=iran", True),
    ("/graph", b"", True),
    (f"{API}/summary", b"", True),
    (f"{API}/graph", b"min_weight=2", True),
    (f"{API}/facts/search", b"q=railway", True),
    (f"{API}/articles", b"limit=5&q=iran", True),
    (f"{API}/entities", b"q=aze", True),
    (f"{API}/articles", b"limit=5", False),
    (f"{API}/events", b"q=iran", False),
    ("/article/0123456789abcdef", b"", False),
], ids=lambda v: v.decode() if isinstance(v, bytes) else str(v))
def test_which_requests_count_as_heavy(path, query, heavy):
    from accords.api.guards import Guards

    guards = Guards(None, get_token=lambda: None, is_write=lambda scope: False)
    assert guards.is_heavy({"path": path, "query_string": query}) is heavy
