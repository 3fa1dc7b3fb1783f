"""The one rule for URLs accords keeps or follows: absolute ``http`` or ``https`` only.

An article's URL is shown as a link on the dashboard and given to the fetcher, so a
``javascript:`` or ``data:`` URL, or one `urllib.parse` cannot even split
(``http://[::1/page``), is refused where it enters: by `accords.ingest.make_article`, by
`accords.web.fetch.Fetcher.check_url`, and again by the dashboard before it renders a link
(rows stored before this rule). Pure: no DNS, no network.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from accords.errors import AccordsError

SCHEMES = ("http", "https")


class BadURL(AccordsError):
    """A URL that is not an absolute http(s) URL with a host; `reason` says what is wrong."""

    def __init__(self, url: str, reason: str):
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason


def check_http_url(url: str) -> tuple[str, str, int]:
    """Scheme (lower case), host and port of an absolute http(s) URL; `BadURL` otherwise.

    Refused: another scheme, a URL without a host, a malformed IPv6 host or port, control
    characters or spaces (they would let a URL break out of an attribute or a request line).
    """
    if any(ord(ch) < 0x21 or ch == "\x7f" for ch in url):
        raise BadURL(url, "control character or space in URL")
    try:
        parts = urlsplit(url)
        scheme = parts.scheme.lower()
        if scheme not in SCHEMES:
            raise BadURL(url, f"scheme {scheme or '(none)'!r} not allowed (only http and https)")
        host = parts.hostname
        port = parts.port or (443 if scheme == "https" else 80)
    except ValueError as exc:  # urlsplit: "Invalid IPv6 URL", port out of range, ...
        raise BadURL(url, f"malformed URL: {exc}") from exc
    if not host:
        raise BadURL(url, "no host in URL")
    return scheme, host, port


def is_http_url(url: str | None) -> bool:
    """True when `url` passes `check_http_url` (what may be rendered as a link)."""
    if not url:
        return False
    try:
        check_http_url(url)
    except BadURL:
        return False
    return True
