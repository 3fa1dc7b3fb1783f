"""Sending a watchlist's alerts to its webhook: a signed JSON POST, retried, in bounded time.

The body is the batch as JSON (`accords.alerts.batch_dict`, UTF-8). Headers:

- ``X-Accords-Signature: sha256=<hex>``: the HMAC-SHA256 of the exact body bytes under the
  watchlist's shared secret. A receiver recomputes it over the body it got and compares in
  constant time (`verify` does both);
- ``X-Accords-Event: alerts`` and ``X-Accords-Delivery``: an id per batch, the same on every
  attempt, so a receiver can drop a repeat.

An attempt that ends in a 5xx answer, a 429 or no answer (connection refused, reset, timed
out) is retried after a pause that doubles (`backoff`, 2 x `backoff`, ...), until
`attempts` attempts or `budget` seconds in all, whichever comes first. Any other answer
ends the delivery: a 2xx delivered it, a 3xx or 4xx refused it (retrying would not help).
The URL goes through `accords.web.fetch.Fetcher`: only http(s), and never to a loopback,
private or link-local address unless the fetcher allows private addresses (the
``--allow-private`` of ``accords watch`` and ``accords alerts``).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from accords.web.fetch import BlockedURL, Fetcher, FetchError

SIGNATURE_HEADER = "X-Accords-Signature"
#: Defaults of `deliver` (the CLI passes the `webhook_attempts` and `webhook_backoff` settings).
ATTEMPTS = 4
BACKOFF = 1.0
#: The most seconds one delivery may take, retries and pauses included.
BUDGET = 30.0
#: The most seconds one attempt may take.
ATTEMPT_DEADLINE = 10.0


@dataclass(frozen=True)
class Delivery:
    """How a delivery went: delivered or not, attempts made, the last status, why it failed."""

    delivered: bool
    attempts: int
    status: int | None = None
    error: str | None = None


def sign(body: bytes, secret: str) -> str:
    """The signature header's value for `body`: ``sha256=`` and the HMAC-SHA256 in hex."""
    return "sha256=" + hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()


def verify(body: bytes, secret: str, header: str | None) -> bool:
    """Whether `header` is the signature of `body` under `secret` (constant-time compare)."""
    return header is not None and hmac.compare_digest(sign(body, secret), header)


def encode(payload: dict[str, object]) -> bytes:
    """The body sent: the payload as compact UTF-8 JSON."""
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def deliver(
    url: str,
    body: bytes,
    secret: str,
    *,
    allow_private: bool = False,
    attempts: int = ATTEMPTS,
    backoff: float = BACKOFF,
    budget: float = BUDGET,
    sleep: Callable[[float], None] = time.sleep,
    user_agent: str | None = None,
) -> Delivery:
    """POST `body` to `url`, signed with `secret`, retrying as the module docstring says."""
    headers = {
        "Content-Type": "application/json",
        SIGNATURE_HEADER: sign(body, secret),
        "X-Accords-Event": "alerts",
        "X-Accords-Delivery": uuid.uuid4().hex,
    }
    ends = time.monotonic() + budget
    status: int | None = None
    error = "no attempt made"
    for attempt in range(1, attempts + 1):
        left = ends - time.monotonic()
        if left <= 0:
            return Delivery(False, attempt - 1, status, f"gave up after {budget:g} s: {error}")
        fetcher = Fetcher(
            allow_private=allow_private, timeout=min(ATTEMPT_DEADLINE, left), deadline=min(ATTEMPT_DEADLINE, left),
            user_agent=user_agent, respect_robots=False,
        )
        try:
            answer = fetcher.post(url, body=body, headers=headers)
            return Delivery(True, attempt, answer.status)
        except BlockedURL as exc:
            return Delivery(False, attempt, None, exc.reason)
        except FetchError as exc:
            status, error = exc.status, exc.reason
            if status is not None and status < 500 and status != 429:
                return Delivery(False, attempt, status, error)
        pause = backoff * 2 ** (attempt - 1)
        if attempt < attempts:
            if time.monotonic() + pause >= ends:
                return Delivery(False, attempt, status, f"gave up after {budget:g} s: {error}")
            sleep(pause)
    return Delivery(False, attempts, status, f"{attempts} attempts failed: {error}")
