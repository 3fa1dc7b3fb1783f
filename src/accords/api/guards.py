"""ASGI guards in front of every route: the token before the body, a body cap, safe headers.

FastAPI reads and parses a request's JSON body before it runs the route's dependencies, so
a token check written as a dependency comes after the server has already held the whole
body in memory (four unauthenticated 400 MB bodies took the server from 474 MB to 3.4 GB).
`Guards` answers first:

1. a write (a route of the API taking a method other than GET, HEAD, OPTIONS; a method
   no route takes still gets its 405) without the right bearer token is answered 401/403
   (`token_problem`, the rule `routes.require_token` also applies) before one byte of the
   body is read;
2. a body whose Content-Length is over `MAX_BODY_BYTES` is answered 413 unread; a body
   without a length is counted as it streams in and refused at the byte that passes the cap;
3. every response gets `SECURITY_HEADERS` (a Content-Security-Policy that allows scripts
   from this server only, ``nosniff``, no framing). The two API documentation pages load
   an inline script to start Swagger UI / ReDoc and get `DOCS_CSP` instead;
4. load shedding: requests that read much of the store (`is_heavy`: full-text search of
   articles, entities and facts, the relationship graph, the corpus summary) run at most
   `MAX_HEAVY` at a time; one more waits up to `HEAVY_WAIT_S` for a slot (the answers of
   these routes are mostly kept by `accords.service.cache`, so slots free in milliseconds)
   and is then answered 503 with ``Retry-After``, so that sixteen clients searching cannot
   queue every worker thread behind them while a 3 ms request waits (p50 445 ms before).
"""

from __future__ import annotations

import asyncio
import hmac
import time
import json
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from starlette.exceptions import HTTPException as StarletteHTTPException

from accords.ingest.limits import MAX_ARTICLE_BYTES

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

#: The largest request body read: one article at the per-article cap, JSON-escaped (a
#: ``\\uXXXX`` escape is 6 bytes for a character of 2 or 3 UTF-8 bytes), with its metadata.
MAX_BODY_BYTES = 4 * MAX_ARTICLE_BYTES
READ_METHODS = ("GET", "HEAD", "OPTIONS")
#: Heavy requests served at once (the others get 503); the server has 40 worker threads.
MAX_HEAVY = 4
#: How long a heavy request waits for a slot before its 503, and how often it looks.
HEAVY_WAIT_S = 0.25
HEAVY_POLL_S = 0.005
#: Paths whose answer reads much of the store, and paths that do when they search (``q=``).
HEAVY_PATHS = ("/search", "/graph", "{api}/graph", "{api}/summary", "{api}/facts/search")
SEARCH_PATHS = ("{api}/articles", "{api}/entities")

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
DOCS_CSP = CSP.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'") + "; worker-src 'self' blob:"
DOCS_PATHS = ("/docs", "/redoc")
SECURITY_HEADERS = (
    ("x-content-type-options", "nosniff"),
    ("x-frame-options", "DENY"),
    ("referrer-policy", "no-referrer"),
)


def token_problem(authorization: str | None, expected: str | None) -> tuple[int, str] | None:
    """Why a write with this Authorization header is refused (status, message), or None.

    No bearer credentials: 401. Any credentials on a server started without a token: 403,
    writes are off. A wrong token: 401 (compared in constant time)."""
    scheme, _, given = (authorization or "").partition(" ")
    given = given.strip()
    if scheme.lower() != "bearer" or not given:
        return 401, "a bearer token is required"
    if expected is None:
        return 403, "writes are disabled: start the server with --token (or ACCORDS_TOKEN) to enable them"
    if not hmac.compare_digest(given.encode(), expected.encode()):
        return 401, "the bearer token is not valid"
    return None


class Guards:
    """The ASGI middleware described in the module docstring.

    `token` is read through `get_token` at each request (the app's state holds it);
    `is_write(scope)` says whether an API route takes this path and method.
    """

    def __init__(self, app: ASGIApp, *, get_token: Callable[[], str | None], is_write: Callable[[Scope], bool],
                 max_body_bytes: int = MAX_BODY_BYTES, api_prefix: str = "/api/v1", max_heavy: int = MAX_HEAVY,
                 heavy_wait: float = HEAVY_WAIT_S):
        self.app = app
        self.get_token = get_token
        self.is_write = is_write
        self.max_body_bytes = max_body_bytes
        self.max_heavy = max_heavy
        self.heavy_wait = heavy_wait
        self.heavy_paths = frozenset(p.format(api=api_prefix) for p in HEAVY_PATHS)
        self.search_paths = frozenset(p.format(api=api_prefix) for p in SEARCH_PATHS)
        self.heavy = 0  # heavy requests in progress (one event loop: no lock needed)

    def is_heavy(self, scope: Scope) -> bool:
        """Whether the request reads much of the store (see the module docstring)."""
        path = scope.get("path", "")
        if path in self.heavy_paths:
            return True
        query = scope.get("query_string", b"")
        return path in self.search_paths and (query.startswith(b"q=") or b"&q=" in query)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path = scope.get("path", "")
        csp = DOCS_CSP if path in DOCS_PATHS else CSP

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [(k, v) for k, v in message.get("headers", ()) if k.lower() != b"content-security-policy"]
                headers.append((b"content-security-policy", csp.encode()))
                headers.extend((name.encode(), value.encode()) for name, value in SECURITY_HEADERS)
                message["headers"] = headers
            await send(message)

        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", ())}
        if scope.get("method", "GET") not in READ_METHODS:
            if self.is_write(scope):
                problem = token_problem(headers.get("authorization"), self.get_token())
                if problem is not None:
                    extra = {"www-authenticate": "Bearer"} if problem[0] == 401 else {}
                    await _error(send_with_headers, *problem, extra)
                    return
            declared = headers.get("content-length", "")
            if declared.isdigit() and int(declared) > self.max_body_bytes:
                await _error(send_with_headers, 413, self._too_large())
                return
            receive = self._counted(receive)
        if not self.is_heavy(scope):
            await self.app(scope, receive, send_with_headers)
            return
        if not await self._admitted():
            await _error(send_with_headers, 503, f"busy: {self.heavy} searches or graphs in progress; retry in a "
                                                 "moment", {"retry-after": "1"})
            return
        try:
            await self.app(scope, receive, send_with_headers)
        finally:
            self.heavy -= 1

    async def _admitted(self) -> bool:
        """Take a heavy slot, waiting up to `heavy_wait` seconds for one to free (most heavy
        answers are kept by `accords.service.cache` and take milliseconds, so a slot usually
        frees at once); False when none did. Polls rather than waits on a condition, so the
        guard holds no primitive bound to one event loop."""
        deadline = time.monotonic() + self.heavy_wait
        while self.heavy >= self.max_heavy:
            if time.monotonic() >= deadline:
                return False
            await asyncio.sleep(HEAVY_POLL_S)
        self.heavy += 1
        return True

    def _too_large(self) -> str:
        return f"request body over the {self.max_body_bytes // (1024 * 1024)} MB limit"

    def _counted(self, receive: Receive) -> Receive:
        seen = 0

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_body_bytes:  # the app's error handlers answer 413
                    raise StarletteHTTPException(413, self._too_large())
            return message

        return counted


async def _error(send: Send, status: int, message: str, extra: dict[str, str] | None = None) -> None:
    """The API's one error shape, sent without touching the app or the body."""
    code = {401: "unauthorized", 403: "forbidden", 413: "payload_too_large", 503: "busy"}[status]
    body = json.dumps({"error": {"code": code, "message": message}}).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    headers.extend((k.encode(), v.encode()) for k, v in (extra or {}).items())
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
