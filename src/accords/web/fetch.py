"""Safe URL fetching: the only place accords talks to the network.

A `Fetcher` downloads one URL at a time with guards a crawler of untrusted URLs needs:

- only ``http`` and ``https`` URLs;
- the host is resolved and every address checked: loopback, private, link-local,
  multicast, reserved and unspecified addresses are refused unless `allow_private` is set,
  and the connection goes to the address that was checked (no second DNS lookup that a
  rebinding server could answer differently);
- a connect/read timeout, a total deadline for the whole fetch (redirects and robots.txt
  included: a server that drips a few bytes a second cannot hold a fetch longer), a size
  cap (the body is streamed and reading stops past it);
- at most `max_redirects` redirects, each new URL checked like the first;
- a User-Agent that names accords and where to read about it;
- robots.txt obeyed (fetched once per host and cached; unreachable means allowed,
  401/403 mean everything is disallowed, as `urllib.robotparser` does);
- conditional requests: pass the ETag / Last-Modified of the last copy and a 304 answer
  comes back as a `FetchResult` with `not_modified=True` and no body.

`Fetcher.post` sends a webhook's body under the same address guards and deadline.

Environment proxies are not used: requests go straight to the checked address.
"""

from __future__ import annotations

import http.client
import ipaddress
import logging
import socket
import ssl
import threading
import time
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

from accords.errors import AccordsError
from accords.ingest.limits import MAX_DOWNLOAD_BYTES, MAX_ROBOTS_BYTES
from accords.urls import BadURL, check_http_url

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT = 20.0
#: The most seconds one `Fetcher.fetch` may take in all, whatever the server's pace.
DEFAULT_DEADLINE = 60.0
DEFAULT_MAX_REDIRECTS = 5
PROJECT_URL = "https://github.com/accords-project/accords"
_REDIRECTS = (301, 302, 303, 307, 308)


class FetchError(AccordsError):
    """A URL could not be fetched; `url` is the URL asked for, `reason` says why."""

    def __init__(self, url: str, reason: str):
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason
        self.status: int | None = None  # the HTTP status of an answer refused for it


class BlockedURL(FetchError):
    """A URL refused before any request: bad scheme, private address, or robots.txt."""


@dataclass(frozen=True)
class FetchResult:
    """One answer: the final URL after redirects, status, headers (lower-case names), body.

    `not_modified` is True for a 304 answer to a conditional request; `body` is then empty.
    """

    url: str
    final_url: str
    status: int
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    not_modified: bool = False

    @property
    def content_type(self) -> str:
        """The media type without parameters, lower case (``text/html``), or ``""``."""
        return self.headers.get("content-type", "").split(";")[0].strip().lower()

    @property
    def etag(self) -> str | None:
        return self.headers.get("etag")

    @property
    def last_modified(self) -> str | None:
        return self.headers.get("last-modified")


def default_user_agent() -> str:
    """``accords/<version> (+<project url>)``: who is asking, and where to read about it."""
    from accords import __version__

    return f"accords/{__version__} (+{PROJECT_URL})"


def is_public_address(address: str) -> bool:
    """True when `address` is a globally routable unicast IP (not loopback, private, ...)."""
    ip = ipaddress.ip_address(address.split("%")[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return not (
        ip.is_loopback or ip.is_private or ip.is_link_local or ip.is_multicast
        or ip.is_reserved or ip.is_unspecified or not ip.is_global
    )


class Fetcher:
    """Fetches URLs with the guards described in the module docstring.

    One instance keeps the robots.txt cache; reuse it for a crawl. Not thread-safe.
    """

    def __init__(
        self,
        *,
        timeout: float = DEFAULT_TIMEOUT,
        deadline: float = DEFAULT_DEADLINE,
        max_bytes: int = MAX_DOWNLOAD_BYTES,
        max_redirects: int = DEFAULT_MAX_REDIRECTS,
        allow_private: bool = False,
        user_agent: str | None = None,
        respect_robots: bool = True,
    ):
        self.timeout = timeout
        self.deadline = deadline
        self.max_bytes = max_bytes
        self.max_redirects = max_redirects
        self.allow_private = allow_private
        self.user_agent = user_agent or default_user_agent()
        self.respect_robots = respect_robots
        self._robots: dict[str, RobotFileParser] = {}

    def fetch(self, url: str, *, etag: str | None = None, last_modified: str | None = None) -> FetchResult:
        """GET `url`, following redirects; raise `FetchError` (or `BlockedURL`) on failure.

        With `etag` / `last_modified` the request is conditional and an unchanged resource
        comes back with ``not_modified=True``. A status other than 2xx or 304 is an error, and
        so is a fetch still running after `deadline` seconds.
        """
        ends = time.monotonic() + self.deadline
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        current = url
        for _hop in range(self.max_redirects + 1):
            self.check_url(current)  # refuse a bad scheme or address before asking for robots.txt
            if self.respect_robots and not self._robots_allow(current, ends=ends):
                raise BlockedURL(current, "disallowed by robots.txt")
            status, answer_headers, body = self._request(current, headers=headers, max_bytes=self.max_bytes, ends=ends)
            if status in _REDIRECTS:
                location = answer_headers.get("location")
                if not location:
                    raise FetchError(current, f"HTTP {status} redirect without a Location header")
                try:
                    current = urljoin(current, location)
                except ValueError as exc:  # a Location urllib cannot split, such as http://[::1
                    raise BlockedURL(location, f"malformed redirect URL: {exc}") from exc
                continue
            if status == 304:
                return FetchResult(url, current, status, answer_headers, b"", not_modified=True)
            if not 200 <= status < 300:
                raise FetchError(current, f"HTTP {status}")
            return FetchResult(url, current, status, answer_headers, body)
        raise FetchError(url, f"more than {self.max_redirects} redirects")

    # -- the guards --------------------------------------------------------------------

    def check_url(self, url: str) -> tuple[str, str, int, str]:
        """Scheme, host, port and the checked IP address to connect to; `BlockedURL` if refused."""
        try:
            scheme, host, port = check_http_url(url)
        except BadURL as exc:
            raise BlockedURL(url, exc.reason) from exc
        try:
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except (socket.gaierror, UnicodeError) as exc:
            raise FetchError(url, f"cannot resolve host {host!r}: {exc}") from exc
        addresses = sorted({str(info[4][0]) for info in infos})
        if not addresses:
            raise FetchError(url, f"host {host!r} has no address")
        if not self.allow_private:
            blocked = [a for a in addresses if not is_public_address(a)]
            if blocked:
                raise BlockedURL(url, f"host {host!r} resolves to a non-public address {blocked[0]} "
                                      "(loopback, private, link-local or reserved)")
        return scheme, host, port, addresses[0]

    def _robots_allow(self, url: str, *, ends: float) -> bool:
        parts = urlsplit(url)
        if parts.path == "/robots.txt":
            return True
        key = f"{parts.scheme}://{parts.netloc}"
        parser = self._robots.get(key)
        if parser is None:
            parser = self._load_robots(key, ends=ends)
            self._robots[key] = parser
        return parser.can_fetch(self.user_agent, url)

    def _load_robots(self, base: str, *, ends: float) -> RobotFileParser:
        parser = RobotFileParser(base + "/robots.txt")
        try:
            status, _headers, body = self._request(base + "/robots.txt", headers={}, max_bytes=MAX_ROBOTS_BYTES, ends=ends)
        except BlockedURL:
            raise
        except FetchError as exc:
            log.info("robots.txt of %s unreadable (%s): treating as allowed", base, exc.reason)
            parser.allow_all = True  # type: ignore[attr-defined]  # RobotFileParser's own flag, not in typeshed
            return parser
        if status in (401, 403):
            parser.disallow_all = True  # type: ignore[attr-defined]  # RobotFileParser's own flag
        elif 200 <= status < 300:
            parser.parse(body.decode("utf-8", errors="replace").splitlines())
        else:  # 404, redirects, 5xx: no rules we can read
            parser.allow_all = True  # type: ignore[attr-defined]  # RobotFileParser's own flag
        return parser

    def post(self, url: str, *, body: bytes, headers: dict[str, str]) -> FetchResult:
        """POST `body` to `url` once (a webhook): the same address guards and deadline as a
        fetch, no robots.txt and no redirect followed (a 3xx is an error, as any non-2xx
        status: `FetchError` with ``HTTP <status>``; its `status` attribute holds the code).
        The answer's body is read up to 64 KB."""
        ends = time.monotonic() + self.deadline
        status, answer_headers, answer = self._request(
            url, headers=headers, max_bytes=64 * 1024, ends=ends, method="POST", body=body
        )
        if not 200 <= status < 300:
            error = FetchError(url, f"HTTP {status}")
            error.status = status
            raise error
        return FetchResult(url, url, status, answer_headers, answer)

    def _request(
        self, url: str, *, headers: dict[str, str], max_bytes: int, ends: float, method: str = "GET",
        body: bytes | None = None,
    ) -> tuple[int, dict[str, str], bytes]:
        """One request (a GET unless `method` says otherwise). At `ends` (a `time.monotonic` value) a timer shuts the socket down, which
        ends any read in progress: the per-read timeout alone lets a slow drip go on forever."""
        scheme, host, port, address = self.check_url(url)
        parts = urlsplit(url)
        target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        left = ends - time.monotonic()
        if left <= 0:
            raise FetchError(url, self._late())
        timeout = min(self.timeout, left)
        if scheme == "https":
            conn: http.client.HTTPConnection = _PinnedHTTPSConnection(host, port, address=address, timeout=timeout)
        else:
            conn = _PinnedHTTPConnection(host, port, address=address, timeout=timeout)
        request_headers = {"User-Agent": self.user_agent, "Accept-Encoding": "identity", **headers}
        watchdog = threading.Timer(left, _cut, args=(conn,))
        watchdog.daemon = True
        watchdog.start()
        try:
            conn.request(method, target, body=body, headers=request_headers)
            response = conn.getresponse()
            answer_headers = {name.lower(): value for name, value in response.getheaders()}
            declared = answer_headers.get("content-length", "")
            if declared.isdigit() and int(declared) > max_bytes:
                raise FetchError(url, f"response is {int(declared)} bytes, over the {max_bytes} byte limit")
            body = _read_capped(response, max_bytes=max_bytes, url=url)
            if time.monotonic() >= ends:  # the watchdog cut the body short
                raise FetchError(url, self._late())
            return response.status, answer_headers, body
        except (OSError, http.client.HTTPException) as exc:
            if time.monotonic() >= ends:
                reason = self._late()
            else:
                reason = "timed out" if isinstance(exc, TimeoutError | socket.timeout) else f"request failed: {exc}"
            raise FetchError(url, reason) from exc
        finally:
            watchdog.cancel()
            conn.close()

    def _late(self) -> str:
        return f"took longer than the {self.deadline:g} s deadline for one fetch"


def _cut(conn: http.client.HTTPConnection) -> None:
    """Shut down `conn`'s socket (the deadline passed): a blocked read returns at once."""
    sock = conn.sock
    if sock is not None:
        try:
            sock.shutdown(socket.SHUT_RDWR)
        except OSError:  # already closed by the reading thread
            pass


def _read_capped(response: http.client.HTTPResponse, *, max_bytes: int, url: str) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while True:
        chunk = response.read1(64 * 1024)  # what has arrived, not a wait for 64 KB
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > max_bytes:
            raise FetchError(url, f"response is over the {max_bytes} byte limit")
        chunks.append(chunk)


class _PinnedHTTPConnection(http.client.HTTPConnection):
    """An HTTP connection to an address checked beforehand, with `host` as the Host header."""

    def __init__(self, host: str, port: int, *, address: str, timeout: float):
        super().__init__(host, port, timeout=timeout)
        self._address = address

    def connect(self) -> None:
        self.sock = socket.create_connection((self._address, self.port), self.timeout)


class _PinnedHTTPSConnection(http.client.HTTPSConnection):
    """The HTTPS form: TCP to the checked address, TLS verified against the host name."""

    def __init__(self, host: str, port: int, *, address: str, timeout: float):
        self._tls = ssl.create_default_context()
        super().__init__(host, port, timeout=timeout, context=self._tls)
        self._address = address

    def connect(self) -> None:
        sock = socket.create_connection((self._address, self.port), self.timeout)
        self.sock = self._tls.wrap_socket(sock, server_hostname=self.host)
