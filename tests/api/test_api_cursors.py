"""Cursor paging of the API's lists on the small real database: following `next` gives
exactly the list one big page gives, under the same filters, and every unusable cursor is
a 400 naming the parameter and the reason."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

API = "/api/v1"

LISTS = [
    ("/events", {}),
    ("/events", {"type": "SUPPORT"}),
    ("/events", {"pair": "AZE,TUR"}),
    ("/events", {"country": "irn", "type": "AGREE"}),
    ("/events", {"since": "2021", "until": "2021-12"}),
    ("/events", {"sector": "transport and transit"}),
    ("/agreements", {}),
    ("/agreements", {"pair": "AZE,TUR"}),
    ("/indicators", {}),
    ("/indicators", {"pair": "AZE,TUR"}),
    ("/indicators", {"kind": "actual"}),
    ("/quotes", {}),
    ("/quotes", {"pair": "AZE,IRN"}),
    ("/articles", {}),
    ("/articles", {"since": "2017"}),
]
LIST_IDS = [f"{p}?{'&'.join(f'{k}={v}' for k, v in q.items())}" for p, q in LISTS]


def _key(item: dict) -> str:
    return item["id"]


@pytest.mark.parametrize("limit", [1, 3], ids=lambda n: f"limit={n}")
@pytest.mark.parametrize(("path", "params"), LISTS, ids=LIST_IDS)
def test_following_next_gives_the_whole_list(client, path, params, limit):
    whole = client.get(API + path, params={**params, "limit": 500}).json()
    assert whole["total"] == len(whole["items"]) >= 2, "the fixture has more than a page of these"
    assert whole["next"] is None
    walked, cursor, pages = [], None, 0
    while pages <= whole["total"]:
        query = {**params, "limit": limit, **({"cursor": cursor} if cursor else {})}
        response = client.get(API + path, params=query)
        assert response.status_code == 200, response.text
        page = response.json()
        assert page["total"] == whole["total"] and page["limit"] == limit
        assert page["offset"] == (None if cursor else 0)
        walked.extend(page["items"])
        pages += 1
        cursor = page["next"]
        if cursor is None:
            break
        assert len(page["items"]) == limit
    assert [_key(i) for i in walked] == [_key(i) for i in whole["items"]]
    assert walked == whole["items"]  # whole records, not only the ids
    assert pages == -(-whole["total"] // limit)


def test_offset_pages_carry_a_cursor_to_the_rest(client):
    whole = client.get(f"{API}/events", params={"limit": 500}).json()["items"]
    page = client.get(f"{API}/events", params={"limit": 4, "offset": 5}).json()
    rest = client.get(f"{API}/events", params={"limit": 500, "cursor": page["next"]}).json()
    assert [e["id"] for e in page["items"] + rest["items"]] == [e["id"] for e in whole[5:]]
    assert client.get(f"{API}/events", params={"limit": 4, "offset": len(whole) - 4}).json()["next"] is None


def test_a_search_has_no_next(client):
    page = client.get(f"{API}/articles", params={"q": "Azerbaijan", "limit": 1}).json()
    assert page["total"] > 1 and page["next"] is None


def _checked(raw: bytes) -> str:
    """`raw` as a cursor with a valid checksum (as someone who read the source could make)."""
    return base64.urlsafe_b64encode(raw + hashlib.sha256(raw).digest()[:6]).rstrip(b"=").decode()


def _forge(payload: list) -> str:
    return _checked(json.dumps(payload, separators=(",", ":")).encode())


def _payload(cursor: str) -> list:
    raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
    return json.loads(raw[:-6])


def _edited(cursor: str, edit) -> str:
    payload = _payload(cursor)
    edit(payload)
    return _forge(payload)


UNCHANGED = "pass the 'next' of a page unchanged"
BAD = [
    ("garbage", lambda c: "not a cursor!", {}, f"not a cursor of this API (not base64url); {UNCHANGED}"),
    ("empty", lambda c: "", {}, "empty; leave the parameter out for the first page"),
    ("too-long", lambda c: "A" * 513, {}, f"longer than 512 characters, so not a cursor of this API; {UNCHANGED}"),
    ("cut-short", lambda c: c[:-4], {}, f"altered or cut short (its checksum does not match); {UNCHANGED}"),
    (
        "edited-without-checksum",
        lambda c: base64.urlsafe_b64encode(
            base64.urlsafe_b64decode(c + "=" * (-len(c) % 4)).replace(b'"events"', b'"EVENTS"')
        ).rstrip(b"=").decode(),
        {},
        f"altered or cut short (its checksum does not match); {UNCHANGED}",
    ),
    ("base64-of-nothing", lambda c: "AAAA", {}, f"altered or cut short (its checksum does not match); {UNCHANGED}"),
    ("not-json", lambda c: _checked(b"not json"), {}, f"not a cursor of this API (unreadable content); {UNCHANGED}"),
    ("json-not-a-list", lambda c: _checked(b"{}"), {}, f"not a cursor of this API (unreadable content); {UNCHANGED}"),
    ("not-utf8", lambda c: _checked(b"\xff\xfe"), {}, f"not a cursor of this API (unreadable content); {UNCHANGED}"),
    ("other-version", lambda c: _edited(c, lambda p: p.__setitem__(0, 99)), {},
     "made by another version of the API; start again from the first page"),
    ("other-list", lambda c: _edited(c, lambda p: p.__setitem__(1, "quotes")), {}, "a cursor of /quotes, not of /events"),
    ("other-filters", lambda c: c, {"type": "AGREE"},
     "made for other filters; pass the same filters as the request that gave it"),
    ("key-too-short", lambda c: _edited(c, lambda p: p[3].pop()), {}, "the position it holds is not one of /events"),
    ("seq-as-text", lambda c: _edited(c, lambda p: p[3].__setitem__(2, "1")), {}, "the position it holds is not one of /events"),
    ("key-not-a-list", lambda c: _edited(c, lambda p: p.__setitem__(3, {"seq": 1})), {},
     "the position it holds is not one of /events"),
    ("with-offset", lambda c: c, {"offset": 0}, "give either cursor or offset, not both"),
]


@pytest.fixture(scope="module")
def events_cursor(client) -> str:
    return client.get(f"{API}/events", params={"limit": 2}).json()["next"]


@pytest.mark.parametrize(("make", "params", "reason"), [b[1:] for b in BAD], ids=[b[0] for b in BAD])
def test_an_unusable_cursor_is_a_400_naming_the_parameter_and_the_reason(client, events_cursor, make, params, reason):
    response = client.get(f"{API}/events", params={"limit": 2, **params, "cursor": make(events_cursor)})
    assert response.status_code == 400, response.text
    assert response.json() == {"error": {"code": "bad_request", "message": f"query.cursor: {reason}"}}


def test_a_cursor_with_a_search_is_a_400(client):
    cursor = client.get(f"{API}/articles", params={"limit": 1}).json()["next"]
    response = client.get(f"{API}/articles", params={"q": "Azerbaijan", "cursor": cursor})
    assert response.status_code == 400
    assert response.json()["error"]["message"] == f"query.cursor: {SEARCH_REASON}"


def test_the_openapi_document_describes_cursor_paging(client):
    spec = client.get(f"{API}/openapi.json").json()
    for path in ("/events", "/agreements", "/indicators", "/quotes", "/articles"):
        operation = spec["paths"][API + path]["get"]
        assert "cursor" in {p["name"] for p in operation["parameters"]}, path
        assert "400" in operation["responses"], path
    assert "cursor" not in {p["name"] for p in spec["paths"][f"{API}/entities"]["get"]["parameters"]}


SEARCH_REASON = "not available with q: search results are ranked by relevance; page them with offset"


def test_the_documented_messages_are_the_ones_given():
    documented = set(re.findall(r"`(query\.cursor: [^`]+)`", (Path(__file__).parents[2] / "docs" / "api.md").read_text()))
    given = {f"query.cursor: {reason}" for *_, reason in BAD} | {f"query.cursor: {SEARCH_REASON}"}
    assert len(documented) >= 7 and documented <= given, documented - given
