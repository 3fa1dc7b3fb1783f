"""A local HTTP server on 127.0.0.1 for the fetch, source and watch tests.

`site` serves `site.routes`: path -> (status, headers, body) or a callable taking the
request handler and returning that triple. Every request is logged in `site.requests` as
(path, headers). Only loopback traffic: nothing leaves the machine.
"""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest


class Site:
    def __init__(self, server: ThreadingHTTPServer):
        self.server = server
        self.routes: dict = {}
        self.requests: list[tuple[str, dict]] = []

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path

    def paths(self) -> list[str]:
        return [path for path, _ in self.requests]


def _handler(site: Site):
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 (http.server's naming)
            site.requests.append((self.path, dict(self.headers)))
            route = site.routes.get(self.path)
            if route is None:
                status, headers, body = 404, {"Content-Type": "text/plain"}, b"not found"
            else:
                status, headers, body = route(self) if callable(route) else route
            headers = dict(headers)
            no_length = headers.pop("X-No-Length", None)  # body ends when the connection closes
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            if "Content-Length" not in headers and not no_length:
                self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if body:
                self.wfile.write(body)

        def log_message(self, *args):  # keep test output quiet
            pass

    return Handler


@pytest.fixture
def site():
    server = ThreadingHTTPServer(("127.0.0.1", 0), None)
    state = Site(server)
    server.RequestHandlerClass = _handler(state)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
