"""A webhook receiver on 127.0.0.1 for the alert tests (a module of its own, importable by
name from the tests of this folder)."""

from __future__ import annotations

import threading
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from accords.alerts import webhook

SECRET = "a-shared-secret-of-some-length"


class Receiver:
    """A webhook receiver on 127.0.0.1: answers each POST with the next status of `statuses`
    (the last one repeats) and keeps (headers, body, signature valid) of every POST."""

    def __init__(self, statuses: list[int]):
        self.statuses = statuses
        self.posts: list[tuple[dict[str, str], bytes, bool]] = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802 - http.server's naming
                body = self.rfile.read(int(self.headers["Content-Length"]))
                valid = webhook.verify(body, SECRET, self.headers.get(webhook.SIGNATURE_HEADER))
                receiver.posts.append((dict(self.headers), body, valid))
                status = receiver.statuses[min(len(receiver.posts), len(receiver.statuses)) - 1]
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/hook"


@contextmanager
def receiving(statuses: list[int]):
    receiver = Receiver(statuses)
    thread = threading.Thread(target=receiver.server.serve_forever, daemon=True)
    thread.start()
    try:
        yield receiver
    finally:
        receiver.server.shutdown()
        receiver.server.server_close()


