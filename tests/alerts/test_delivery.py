"""Webhooks and the Atom feed: a local HTTP server receives the signed POST and checks the
signature; a failing server gets retries within the time budget; private addresses are
refused unless allowed; `after_poll` goes on past a failing webhook; the feed parses back
as Atom with every hostile value escaped."""

from __future__ import annotations

import json
import time
from pathlib import Path
from xml.etree import ElementTree as ET

import feedparser
import pytest

from accords import alerts, service
from accords.alerts import atom, webhook
from accords.alerts.notify import after_poll
from accords.ingest import make_article
from accords.store import Store
from receiver import SECRET, Receiver, receiving

SEED = Path(__file__).resolve().parents[1] / "gold" / "articles" / "seed_000.txt"
NS = {"a": atom.ATOM_NS}


def _closed_port_url() -> str:
    receiver = Receiver([200])
    url = receiver.url
    receiver.server.server_close()
    return url


def test_a_signed_post_is_received_and_its_signature_checks():
    body = webhook.encode({"watchlist": "aze-tur", "alerts": [{"headline": "Bakı \u2013 Ankara <b>&"}]})
    with receiving([204]) as receiver:
        delivery = webhook.deliver(receiver.url, body, SECRET, allow_private=True)
    assert delivery == webhook.Delivery(True, 1, 204)
    headers, received, valid = receiver.posts[0]
    assert valid and received == body
    assert headers["Content-Type"] == "application/json" and headers["X-Accords-Event"] == "alerts"
    assert json.loads(received)["alerts"][0]["headline"] == "Bakı \u2013 Ankara <b>&"
    assert not webhook.verify(body + b" ", SECRET, headers[webhook.SIGNATURE_HEADER])
    assert not webhook.verify(body, "another secret entirely", headers[webhook.SIGNATURE_HEADER])


def test_a_failing_server_gets_retries_with_the_same_delivery_id():
    pauses: list[float] = []
    with receiving([503, 502, 200]) as receiver:
        delivery = webhook.deliver(receiver.url, b"{}", SECRET, allow_private=True, backoff=0.5, sleep=pauses.append)
    assert delivery == webhook.Delivery(True, 3, 200)
    assert pauses == [0.5, 1.0]
    assert len({h["X-Accords-Delivery"] for h, _b, _v in receiver.posts}) == 1
    assert all(valid for _h, _b, valid in receiver.posts)


def test_a_refusal_is_not_retried():
    with receiving([400]) as receiver:
        delivery = webhook.deliver(receiver.url, b"{}", SECRET, allow_private=True, sleep=lambda s: None)
    assert delivery == webhook.Delivery(False, 1, 400, "HTTP 400")
    assert len(receiver.posts) == 1


def test_no_answer_is_retried_until_the_attempts_run_out():
    delivery = webhook.deliver(_closed_port_url(), b"{}", SECRET, allow_private=True, attempts=3, sleep=lambda s: None)
    assert (delivery.delivered, delivery.attempts, delivery.status) == (False, 3, None)
    assert delivery.error.startswith("3 attempts failed: request failed:")


def test_the_time_budget_bounds_a_delivery():
    started = time.monotonic()
    with receiving([500]) as receiver:
        delivery = webhook.deliver(receiver.url, b"{}", SECRET, allow_private=True, attempts=10, backoff=0.4, budget=1.0)
    assert time.monotonic() - started < 2.0
    assert not delivery.delivered and delivery.error.startswith("gave up after 1 s: HTTP 500")
    assert 1 <= len(receiver.posts) < 10


def test_a_private_address_is_refused_unless_allowed():
    with receiving([200]) as receiver:
        delivery = webhook.deliver(receiver.url, b"{}", SECRET, sleep=lambda s: None)
    assert (delivery.delivered, delivery.attempts) == (False, 1)
    assert "non-public address 127.0.0.1" in delivery.error
    assert receiver.posts == []


@pytest.mark.slow
def test_after_a_poll_a_failing_webhook_keeps_its_cursor_and_the_others_go_on(tmp_path):
    with Store.open(f"sqlite:///{tmp_path / 'accords.db'}") as store, receiving([200]) as receiver:
        for name, url in (("a-down", _closed_port_url()), ("b-up", receiver.url)):
            alerts.add_watchlist(store, name, alerts.make_query(pair=("AZE", "TUR")), webhook_url=url, secret=SECRET)
        alerts.add_watchlist(store, "c-plain", alerts.make_query(country="TUR"))
        service.ingest(store, [SEED])
        notices = after_poll(store, allow_private=True, attempts=2, backoff=0.01)
        assert [(n.watchlist, n.delivery.delivered if n.delivery else None) for n in notices] == [
            ("a-down", False), ("b-up", True), ("c-plain", None)
        ]
        new = notices[1].new
        assert new > 5 and notices[0].new == new and notices[2].new >= new - 3
        assert notices[0].line.startswith(f"watchlist a-down: {new} new, webhook failed (2 attempts): ")
        assert notices[1].line == f"watchlist b-up: {new} new, webhook delivered (1 attempt)"
        assert [w.cursor for w in alerts.watchlists(store)] == [0, 1, 0]
        payload = json.loads(receiver.posts[0][1])
        assert payload["watchlist"] == "b-up" and len(payload["alerts"]) == new and receiver.posts[0][2]
        assert {"headline", "evidence_text", "path", "fact", "stored_at"} <= set(payload["alerts"][0])
        assert [n.new for n in after_poll(store, allow_private=True, attempts=1)][1] == 0


HOSTILE = ("Azerbaijan and Turkey signed a memorandum on customs <script>alert(1)</script> cooperation "
           "in Baku on Friday \x0b & agreed on a \u201cgreen\u201d corridor.")


@pytest.mark.slow
def test_the_feed_is_atom_that_parses_back_with_hostile_values_escaped(tmp_path):
    with Store.open(f"sqlite:///{tmp_path / 'accords.db'}") as store:
        alerts.add_watchlist(store, "aze-tur", alerts.make_query(pair=("AZE", "TUR")))
        article = make_article(HOSTILE, title="Customs </title><script>x</script> & more", published="2024-05-03",
                               url="https://example.org/news?a=1&b=2")
        service.ingest_items(store, [article])
        found, entries = alerts.recent(store, "aze-tur")
        assert entries, "the hostile article gives an AZE-TUR event"
        body = atom.feed(found, entries, base_url="http://localhost:8000",
                         self_url="http://localhost:8000/api/v1/watchlists/aze-tur.atom")
    root = ET.fromstring(body)
    assert root.tag == f"{{{atom.ATOM_NS}}}feed"
    assert root.findtext("a:id", namespaces=NS) == "urn:accords:watchlist:aze-tur"
    entry = root.find("a:entry", NS)
    links = {link.get("rel"): link.get("href") for link in entry.findall("a:link", NS)}
    assert links["alternate"].startswith(f"http://localhost:8000/article/{article.id}#s")
    assert links["related"] == "https://example.org/news?a=1&b=2"
    summary = entry.findtext("a:summary", namespaces=NS)
    assert "<script>alert(1)</script>" in summary and "\x0b" not in summary
    assert b"<script>" not in body and b"&lt;script&gt;" in body
    assert entry.findtext("a:published", namespaces=NS) == "2024-05-03T00:00:00Z"
    parsed = feedparser.parse(body)
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.version == "atom10" and len(parsed.entries) == len(entries)
    assert parsed.entries[0].id == f"urn:accords:fact:{entries[0].fact.id}"


@pytest.mark.slow
def test_a_javascript_url_never_becomes_a_link(tmp_path):
    with Store.open(f"sqlite:///{tmp_path / 'accords.db'}") as store:
        alerts.add_watchlist(store, "aze-tur", alerts.make_query(pair=("AZE", "TUR")))
        service.ingest_items(store, [make_article(HOSTILE, published="2024-05-03")])
        found, entries = alerts.recent(store, "aze-tur")
    forged = [alerts.Alert(**{**e.__dict__, "url": "javascript:alert(1)"}) for e in entries]
    root = ET.fromstring(atom.feed(found, forged, base_url="http://h", self_url="http://h/f"))
    hrefs = [link.get("href") for link in root.iter(f"{{{atom.ATOM_NS}}}link")]
    assert hrefs and not any("javascript" in h for h in hrefs)
