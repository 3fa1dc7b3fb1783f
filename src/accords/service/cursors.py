"""The API's page cursors: the opaque `next` of a list page and the `cursor` parameter
that asks for the page after it.

A cursor holds the sort key of the page's last item (`accords.store.keyset`), the list it
belongs to and a fingerprint of the filters it was made under, as compact JSON with a
short SHA-256 checksum, base64url-encoded. Like a Google API page token (AIP-158), it is
good for the same list with the same filters only (the page size may change). The
checksum catches a cursor cut short or edited by hand; it is no secret and no signature:
the key values it holds are public anyway, and a cursor forged to a valid key only
starts the page elsewhere in the same list.

Every way a cursor can be unusable raises `CursorError` with the reason (answered 400).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
from collections.abc import Mapping
from typing import Any

from accords.errors import AccordsError
from accords.store.keyset import Key, Keyset

#: Bumped when the payload changes; a cursor of another version is refused, not misread.
VERSION = 1
#: Longer than any cursor this module makes (keys are a date, an id and a number).
MAX_LENGTH = 512
_CHECK = 6  # bytes of SHA-256 appended to the payload
_ALPHABET = re.compile(r"[A-Za-z0-9_-]+")  # base64url without padding, as `encode` writes it


class CursorError(AccordsError):
    """A `cursor` parameter that cannot be used; the message names the parameter and why."""

    def __init__(self, reason: str):
        super().__init__(f"query.cursor: {reason}")
        self.reason = reason


def fingerprint(filters: Mapping[str, Any]) -> str:
    """A short digest of the filters given (None values are filters not given)."""
    given = {name: value for name, value in sorted(filters.items()) if value is not None}
    text = json.dumps(given, sort_keys=True, separators=(",", ":"), default=list)
    return hashlib.sha256(text.encode()).hexdigest()[:12]


def encode(listing: str, filters: Mapping[str, Any], key: Key) -> str:
    """The cursor of the page after `key` in `listing` (e.g. ``events``) under `filters`."""
    payload = json.dumps([VERSION, listing, fingerprint(filters), list(key)], separators=(",", ":")).encode()
    raw = payload + hashlib.sha256(payload).digest()[:_CHECK]
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


def decode(cursor: str, listing: str, filters: Mapping[str, Any], keyset: Keyset) -> Key:
    """The key held by `cursor`, checked against the list and filters of this request and
    the shape of `keyset`'s keys; `CursorError` naming what is wrong."""
    unchanged = "pass the 'next' of a page unchanged"
    if len(cursor) > MAX_LENGTH:
        raise CursorError(f"longer than {MAX_LENGTH} characters, so not a cursor of this API; {unchanged}")
    if not cursor:
        raise CursorError("empty; leave the parameter out for the first page")
    try:
        if not _ALPHABET.fullmatch(cursor):
            raise ValueError("outside the base64url alphabet")
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
    except (binascii.Error, ValueError):
        raise CursorError(f"not a cursor of this API (not base64url); {unchanged}") from None
    payload, check = raw[:-_CHECK], raw[-_CHECK:]
    if len(raw) <= _CHECK or hashlib.sha256(payload).digest()[:_CHECK] != check:
        raise CursorError(f"altered or cut short (its checksum does not match); {unchanged}")
    try:
        version, made_for, filtered, key = json.loads(payload)
    except (ValueError, TypeError):
        raise CursorError(f"not a cursor of this API (unreadable content); {unchanged}") from None
    if version != VERSION:
        raise CursorError("made by another version of the API; start again from the first page")
    if made_for != listing:
        raise CursorError(f"a cursor of /{made_for}, not of /{listing}")
    if filtered != fingerprint(filters):
        raise CursorError("made for other filters; pass the same filters as the request that gave it")
    if not isinstance(key, list) or not keyset.is_key(key):
        raise CursorError(f"the position it holds is not one of /{listing}")
    return tuple(key)
