"""The safe fetcher against a local server: guards, redirects, size cap, robots, 304."""

from __future__ import annotations

import time

import pytest

import accords

from accords.web import fetch as fetch_module
from accords.web.fetch import BlockedURL, Fetcher, FetchError, default_user_agent, is_public_address

PAGE = (200, {"Content-Type": "text/html; charset=utf-8"}, b"<html><body><p>Hello</p></body></html>")


@pytest.mark.parametrize(("address", "public"), [
    ("93.184.216.34", True),
    ("2606:4700:4700::1111", True),
    ("127.0.0.1", False),
    ("127.8.9.10", False),
    ("::1", False),
    ("10.1.2.3", False),
    ("172.16.0.1", False),
    ("192.168.1.1", False),
    ("169.254.169.254", False),
    ("fe80::1", False),
    ("fc00::1", False),
    ("0.0.0.0", False),
    ("224.0.0.1", False),
    ("100.64.0.1", False),
    ("::ffff:127.0.0.1", False),
], ids=lambda v: str(v))
def test_is_public_address(address, public):
    assert is_public_address(address) is public


@pytest.mark.parametrize(("url", "message"), [
    ("ftp://example.org/feed", "ftp://example.org/feed: scheme 'ftp' not allowed (only http and https)"),
    ("file:///etc/passwd", "file:///etc/passwd: scheme 'file' not allowed (only http and https)"),
    ("gopher://x/", "gopher://x/: scheme 'gopher' not allowed (only http and https)"),
    ("http:///nohost", "http:///nohost: no host in URL"),
], ids=["ftp", "file", "gopher", "no-host"])
def test_refused_urls(url, message):
    with pytest.raises(BlockedURL) as caught:
        Fetcher(allow_private=True).fetch(url)
    assert str(caught.value) == message


def test_loopback_refused_without_allow_private(site):
    site.routes["/page"] = PAGE
    with pytest.raises(BlockedURL) as caught:
        Fetcher().fetch(site.url("/page"))
    assert caught.value.reason == ("host '127.0.0.1' resolves to a non-public address 127.0.0.1 "
                                   "(loopback, private, link-local or reserved)")
    assert site.requests == []  # refused before any connection


def test_loopback_allowed_with_allow_private(site):
    site.routes["/page"] = PAGE
    result = Fetcher(allow_private=True).fetch(site.url("/page"))
    assert (result.status, result.content_type, result.body) == (200, "text/html", PAGE[2])
    assert result.final_url == site.url("/page")
    assert site.paths() == ["/robots.txt", "/page"]
    assert site.requests[1][1]["User-Agent"] == default_user_agent()
    assert default_user_agent().startswith(f"accords/{accords.__version__} (+https://")


def test_redirect_followed_and_each_hop_checked(site, monkeypatch):
    # 127.0.0.1 plays a public host; any other address keeps the real guard.
    monkeypatch.setattr(fetch_module, "is_public_address", lambda address: address == "127.0.0.1")
    site.routes["/old"] = (301, {"Location": "/new"}, b"")
    site.routes["/new"] = PAGE
    site.routes["/to-metadata"] = (302, {"Location": "http://169.254.169.254/latest/meta-data/"}, b"")
    site.routes["/to-loopback"] = (307, {"Location": f"http://127.0.0.2:{site.server.server_address[1]}/new"}, b"")
    fetcher = Fetcher()
    assert fetcher.fetch(site.url("/old")).final_url == site.url("/new")
    for path, address in (("/to-metadata", "169.254.169.254"), ("/to-loopback", "127.0.0.2")):
        with pytest.raises(BlockedURL) as caught:
            fetcher.fetch(site.url(path))
        assert f"non-public address {address}" in caught.value.reason


def test_too_many_redirects(site):
    site.routes["/loop"] = (302, {"Location": "/loop"}, b"")
    with pytest.raises(FetchError) as caught:
        Fetcher(allow_private=True, max_redirects=3).fetch(site.url("/loop"))
    assert caught.value.reason == "more than 3 redirects"
    assert site.paths().count("/loop") == 4


@pytest.mark.parametrize(("headers", "reason"), [
    ({"Content-Type": "text/html"}, "response is 5000 bytes, over the 1000 byte limit"),
    ({"Content-Type": "text/html", "X-No-Length": "1"}, "response is over the 1000 byte limit"),
], ids=["declared-length", "streamed"])
def test_size_cap(site, headers, reason):
    site.routes["/big"] = (200, headers, b"x" * 5000)
    with pytest.raises(FetchError) as caught:
        Fetcher(allow_private=True, max_bytes=1000).fetch(site.url("/big"))
    assert caught.value.reason == reason


def test_http_error_status(site):
    with pytest.raises(FetchError) as caught:
        Fetcher(allow_private=True).fetch(site.url("/missing"))
    assert caught.value.reason == "HTTP 404"


def test_timeout(site):
    def slow(handler):
        time.sleep(1.0)
        return PAGE

    site.routes["/slow"] = slow
    with pytest.raises(FetchError) as caught:
        Fetcher(allow_private=True, timeout=0.2, respect_robots=False).fetch(site.url("/slow"))
    assert caught.value.reason == "timed out"


def test_robots_txt_respected_and_cached(site):
    site.routes["/robots.txt"] = (200, {"Content-Type": "text/plain"}, b"User-agent: *\nDisallow: /private/\n")
    site.routes["/private/page"] = PAGE
    site.routes["/public"] = PAGE
    fetcher = Fetcher(allow_private=True)
    with pytest.raises(BlockedURL) as caught:
        fetcher.fetch(site.url("/private/page"))
    assert caught.value.reason == "disallowed by robots.txt"
    fetcher.fetch(site.url("/public"))
    fetcher.fetch(site.url("/public"))
    assert site.paths() == ["/robots.txt", "/public", "/public"]


def test_robots_txt_forbidden_means_disallow_all(site):
    site.routes["/robots.txt"] = (403, {}, b"")
    site.routes["/public"] = PAGE
    with pytest.raises(BlockedURL):
        Fetcher(allow_private=True).fetch(site.url("/public"))


def test_conditional_request_not_modified(site):
    def feed(handler):
        if handler.headers.get("If-None-Match") == '"v1"':
            return 304, {"ETag": '"v1"'}, b""
        return 200, {"Content-Type": "application/rss+xml", "ETag": '"v1"',
                     "Last-Modified": "Tue, 14 Sep 2021 10:00:00 GMT"}, b"<rss/>"

    site.routes["/feed"] = feed
    fetcher = Fetcher(allow_private=True)
    first = fetcher.fetch(site.url("/feed"))
    assert (first.status, first.not_modified, first.etag, first.last_modified) == (
        200, False, '"v1"', "Tue, 14 Sep 2021 10:00:00 GMT")
    second = fetcher.fetch(site.url("/feed"), etag=first.etag, last_modified=first.last_modified)
    assert (second.status, second.not_modified, second.body) == (304, True, b"")
    assert site.requests[-1][1]["If-Modified-Since"] == "Tue, 14 Sep 2021 10:00:00 GMT"


def _drip_server(pause: float):
    """A server that answers 200 with a long body, one byte every `pause` seconds."""
    import socket
    import threading

    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(4)
    stop = threading.Event()

    def serve():
        conn, _ = listener.accept()
        with conn:
            conn.recv(65536)
            conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100000\r\n\r\n")
            while not stop.wait(pause):
                try:
                    conn.sendall(b"x")
                except OSError:
                    return

    threading.Thread(target=serve, daemon=True).start()
    return listener, stop


def test_a_slow_drip_is_cut_at_the_total_deadline():
    listener, stop = _drip_server(0.1)  # each read succeeds well within the 5 s read timeout
    url = f"http://127.0.0.1:{listener.getsockname()[1]}/slow"
    started = time.monotonic()
    try:
        with pytest.raises(FetchError) as caught:
            Fetcher(allow_private=True, respect_robots=False, timeout=5, deadline=1.0).fetch(url)
    finally:
        stop.set()
        listener.close()
    assert caught.value.reason == "took longer than the 1 s deadline for one fetch"
    assert time.monotonic() - started < 3


@pytest.mark.parametrize(("url", "reason"), [
    ("http://[::1/page", "malformed URL: Invalid IPv6 URL"),
    ("http://[::1]:99999/", "malformed URL: Port out of range 0-65535"),
    ("http://exa mple.org/", "control character or space in URL"),
], ids=["bad-ipv6", "bad-port", "space"])
def test_malformed_urls_are_refused_not_raised(url, reason):
    with pytest.raises(BlockedURL) as caught:
        Fetcher(allow_private=True).fetch(url)
    assert caught.value.reason == reason
