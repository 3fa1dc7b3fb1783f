"""The web application: the JSON API under ``/api/v1``, its docs, and the dashboard.

`create_app(db_url, token=...)` opens the store once, mounts the API routes
(`accords.api.routes`), the dashboard pages (`accords.dashboard.pages`) and the static
files, puts `accords.api.guards.Guards` in front (token before body, body cap, security
headers on every response), and installs the error handlers, so every error of the API answers with one shape:
``{"error": {"code": ..., "message": ...}}``. Dashboard pages answer errors with an HTML
page instead.

Swagger UI and ReDoc are served from the files bundled in the `fastapi_offline` package,
never from a CDN: FastAPI's default docs routes are switched off and replaced here.
"""

from __future__ import annotations

import logging
import re
from collections.abc import AsyncIterator, Awaitable, Callable, MutableMapping
from contextlib import asynccontextmanager
from importlib.resources import files
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Match

from accords.api.guards import Guards
from accords.errors import AccordsError, IngestError, NotFoundError
from accords.review.verdicts import ReviewError
from accords.service import IngestRefused
from accords.service.cursors import CursorError
from accords.store import Store

log = logging.getLogger(__name__)

API_PREFIX = "/api/v1"
OPENAPI_URL = f"{API_PREFIX}/openapi.json"
DOCS_ASSETS = "/assets/docs"
_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    413: "payload_too_large",
    422: "invalid_request",
    500: "internal_error",
    502: "bad_gateway",
}


def create_app(db_url: str, *, token: str | None = None) -> FastAPI:
    """The accords web application over the store at `db_url`.

    `token`: the bearer token that write endpoints require; None disables writes (403).
    Raises `StoreError` when the store cannot be opened.
    """
    from accords.api import routes, verdicts, watchlists
    from accords.dashboard import pages

    store = Store.open(db_url)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        store.close()

    app = FastAPI(
        title="accords",
        summary="Facts about international cooperation, traced to the sentences they came from.",
        version="1",
        openapi_url=OPENAPI_URL,
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.store = store
    app.state.token = token or None
    app.add_middleware(Guards, get_token=lambda: app.state.token, is_write=lambda scope: _is_write(app, scope),
                       api_prefix=API_PREFIX)
    app.include_router(routes.router, prefix=API_PREFIX)
    app.include_router(verdicts.router, prefix=API_PREFIX)
    app.include_router(watchlists.router, prefix=API_PREFIX)
    app.include_router(pages.router)
    app.mount(DOCS_ASSETS, StaticFiles(directory=str(files("fastapi_offline") / "static")), name="docs-assets")
    app.mount("/static", StaticFiles(directory=str(files("accords.dashboard") / "static")), name="static")
    _add_docs(app)
    _add_error_handlers(app)
    return app


def _add_docs(app: FastAPI) -> None:
    """Swagger UI at /docs and ReDoc at /redoc, with their assets served by this app."""

    @app.get("/docs", include_in_schema=False)
    def swagger() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url=OPENAPI_URL,
            title="accords API",
            swagger_js_url=f"{DOCS_ASSETS}/swagger-ui-bundle.js",
            swagger_css_url=f"{DOCS_ASSETS}/swagger-ui.css",
            swagger_favicon_url=f"{DOCS_ASSETS}/favicon.png",
        )

    @app.get("/redoc", include_in_schema=False)
    def redoc() -> HTMLResponse:
        return get_redoc_html(
            openapi_url=OPENAPI_URL,
            title="accords API",
            redoc_js_url=f"{DOCS_ASSETS}/redoc.standalone.js",
            redoc_favicon_url=f"{DOCS_ASSETS}/favicon.png",
            with_google_fonts=False,
        )


def error_response(request: Request, status: int, message: str, *, headers: dict[str, str] | None = None) -> Response:
    """The error answer: the one JSON shape for the API, an HTML page for the dashboard."""
    code = _CODES.get(status, "error")
    if not request.url.path.startswith(API_PREFIX) and request.method == "GET":
        from accords.dashboard.pages import error_page

        return error_page(request, status, message)
    return JSONResponse({"error": {"code": code, "message": message}}, status_code=status, headers=headers)


def _add_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        headers = getattr(exc, "headers", None)
        if exc.status_code == 405:
            headers = {"Allow": ", ".join(_allowed_methods(app, request))}
        return error_response(request, exc.status_code, str(exc.detail), headers=headers)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        return error_response(request, 422, _describe(exc))

    # errors whose message is the answer: no article or fact, an article refused or
    # unreadable, a page cursor that cannot be used, a verdict that cannot be given
    for error, status in (
        (NotFoundError, 404), (IngestRefused, 422), (IngestError, 422), (CursorError, 400), (ReviewError, 422),
    ):
        app.add_exception_handler(error, _answer(status))

    @app.exception_handler(AccordsError)
    async def library_error(request: Request, exc: AccordsError) -> Response:
        from accords.web.fetch import BlockedURL, FetchError

        if isinstance(exc, BlockedURL):
            return error_response(request, 422, str(exc))
        if isinstance(exc, FetchError):
            return error_response(request, 502, str(exc))
        log.error("%s %s: %s", request.method, request.url.path, exc)
        return error_response(request, 500, f"{type(exc).__name__}: {exc}")

    @app.exception_handler(Exception)
    async def crash(request: Request, exc: Exception) -> Response:
        log.exception("%s %s failed", request.method, request.url.path)
        return error_response(request, 500, "internal error; the server log has the details")


def _answer(status: int) -> Callable[[Request, Exception], Awaitable[Response]]:
    """An exception handler answering `status` with the exception's message."""

    async def handler(request: Request, exc: Exception) -> Response:
        return error_response(request, status, str(exc))

    return handler


def _is_write(app: FastAPI, scope: MutableMapping[str, Any]) -> bool:
    """Whether an API route takes this request's path and (writing) method."""
    if not scope.get("path", "").startswith(API_PREFIX):
        return False
    return any(route.matches(scope)[0] == Match.FULL for route in app.router.routes)


_METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE")


def _allowed_methods(app: FastAPI, request: Request) -> list[str]:
    """Every method some route accepts on this path. Starlette's 405 names only the first
    route's methods, wrong where GET and POST of one path are separate routes. Each method
    is tried on every route: the routers FastAPI includes do not list their methods (an
    empty ``Allow`` came back for every 405 before). An API path takes the methods its
    OpenAPI document gives it, a literal path before a templated one (``/entities/merges``
    is not ``/entities/{key}``)."""
    if request.url.path.startswith(API_PREFIX):
        return _documented_methods(app, request.url.path)
    return [
        method for method in _METHODS
        if any(route.matches({**request.scope, "method": method})[0] == Match.FULL for route in app.router.routes)
    ]


def _documented_methods(app: FastAPI, path: str) -> list[str]:
    templates = sorted(app.openapi()["paths"].items(), key=lambda item: (item[0].count("{"), item[0]))
    for template, operations in templates:
        if re.fullmatch(re.sub(r"\\\{[^/]+?\\\}", "[^/]+", re.escape(template)), path):
            return [method for method in _METHODS if method.lower() in operations]
    return []


def _describe(exc: RequestValidationError) -> str:
    """One line per invalid input: where it is and what is wrong."""
    parts = []
    for error in exc.errors():
        where = ".".join(str(p) for p in error.get("loc", ()))
        parts.append(f"{where}: {error.get('msg', 'invalid')}")
    return "; ".join(parts) or "invalid request"
