"""URLs as sources, `accords ingest URL`, and `accords watch` against a local server."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from typer.testing import CliRunner

from accords.cli import app
from accords.ingest import Rejected
from accords.model import Article
from accords.web.fetch import Fetcher
from accords.readers import read_source
from accords.web.watch import FeedState, load_states, parse_duration, poll_feed, save_states

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "web" / "newspaper4k"
HTML = {"Content-Type": "text/html; charset=utf-8"}
RSS_TYPE = {"Content-Type": "application/rss+xml"}
runner = CliRunner()


def page(name: str) -> bytes:
    return gzip.decompress((FIXTURES / f"{name}.html.gz").read_bytes())


def rss(*items: tuple[str, str]) -> bytes:
    """A feed whose items (guid, path) only link to their pages: no text of their own."""
    entries = "".join(f"<item><title>Story {guid}</title><link>{path}</link><guid isPermaLink='false'>{guid}"
                      f"</guid><pubDate>Mon, 30 Dec 2013 09:00:00 GMT</pubDate></item>" for guid, path in items)
    return f"<?xml version='1.0'?><rss version='2.0'><channel><title>Test feed</title>{entries}</channel></rss>".encode()


def test_page_url_gives_one_article(site):
    site.routes["/story"] = (200, HTML, page("time_001"))
    [article] = read_source(site.url("/story"), allow_private=True)
    assert (article.origin, article.source, article.published, article.language) == (
        site.url("/story"), "Time", "2023-11-02", "en")
    assert article.url == "https://time.com/6330957/james-hansen-climate-warning-geoengineering-study/"


def test_page_url_refused_without_allow_private(site):
    site.routes["/story"] = (200, HTML, page("time_001"))
    [rejected] = read_source(site.url("/story"))
    assert rejected == Rejected(site.url("/story"), "host '127.0.0.1' resolves to a non-public address 127.0.0.1 "
                                                    "(loopback, private, link-local or reserved)")


def test_non_html_url_rejected(site):
    site.routes["/file.pdf"] = (200, {"Content-Type": "application/pdf"}, b"%PDF-1.4")
    [rejected] = read_source(site.url("/file.pdf"), allow_private=True)
    assert rejected == Rejected(site.url("/file.pdf"), "not an HTML page (content type application/pdf)")


def test_feed_url_with_and_without_fetch(site):
    site.routes["/feed"] = (200, RSS_TYPE, rss(("a", "/a"), ("b", "/b")))
    site.routes["/a"] = (200, HTML, page("fox13now_001"))
    without = list(read_source(site.url("/feed"), allow_private=True))
    assert [type(r) for r in without] == [Rejected, Rejected]
    assert without[0].origin == site.url("/feed") + "#a"
    fetched = list(read_source(site.url("/feed"), allow_private=True, fetch=True))
    assert isinstance(fetched[0], Article)
    assert (fetched[0].title, fetched[0].origin) == ("New Year, new laws: Obamacare, pot, guns and drones",
                                                     site.url("/a"))
    assert fetched[1] == Rejected(site.url("/feed") + "#b", f"cannot fetch {site.url('/b')}: HTTP 404")


def test_cli_ingest_url(site, tmp_path):
    site.routes["/story"] = (200, HTML, page("cnn_article"))
    db = f"sqlite:///{tmp_path / 'a.db'}"
    args = ["--db", db, "ingest", site.url("/story"), "--no-extract", "-q"]
    refused = runner.invoke(app, args)
    assert refused.exit_code == 2
    assert "non-public address 127.0.0.1" in " ".join(refused.output.split())  # rich wraps lines
    allowed = runner.invoke(app, [*args, "--allow-private"])
    assert allowed.exit_code == 0, allowed.output
    assert allowed.output.strip().endswith("read 1, new 1, duplicate 0, near-duplicate 0, extracted 0, rejected 0")


def test_poll_feed_conditional_and_no_duplicates(site):
    version = {"etag": '"v1"', "body": rss(("a", "/a"))}

    def feed(handler):
        if handler.headers.get("If-None-Match") == version["etag"]:
            return 304, {"ETag": version["etag"]}, b""
        return 200, {**RSS_TYPE, "ETag": version["etag"]}, version["body"]

    site.routes["/feed"] = feed
    site.routes["/a"] = (200, HTML, page("time_001"))
    site.routes["/b"] = (200, HTML, page("cnn_article"))
    fetcher = Fetcher(allow_private=True)
    first = poll_feed(site.url("/feed"), FeedState(), fetcher=fetcher, fetch=True)
    assert (first.not_modified, [type(i) for i in first.items]) == (False, [Article])
    assert first.state == FeedState(etag='"v1"', last_modified=None, seen=("a",))
    second = poll_feed(site.url("/feed"), first.state, fetcher=fetcher, fetch=True)
    assert (second.not_modified, second.items, second.state) == (True, (), first.state)
    version.update(etag='"v2"', body=rss(("b", "/b"), ("a", "/a")))
    third = poll_feed(site.url("/feed"), second.state, fetcher=fetcher, fetch=True)
    assert [i.origin for i in third.items] == [site.url("/b")]
    assert third.state.seen == ("a", "b")
    assert site.paths().count("/a") == 1  # the old item's page was fetched once


def test_cli_watch_once(site, tmp_path):
    site.routes["/feed"] = (200, {**RSS_TYPE, "Last-Modified": "Mon, 30 Dec 2013 10:00:00 GMT"},
                            rss(("a", "/a")))
    site.routes["/a"] = (200, HTML, page("fox13now_001"))
    db = f"sqlite:///{tmp_path / 'w.db'}"
    args = ["--db", db, "watch", site.url("/feed"), "--once", "--fetch", "--allow-private", "--no-extract"]
    first = runner.invoke(app, args)
    assert first.exit_code == 0, first.output
    assert first.output == f"{site.url('/feed')}: new 1, duplicate 0, near-duplicate 0, rejected 0\n"
    state_path = tmp_path / "w.db.watch.json"
    assert load_states(state_path)[site.url("/feed")] == FeedState(
        etag=None, last_modified="Mon, 30 Dec 2013 10:00:00 GMT", seen=("a",))
    second = runner.invoke(app, args)  # the server ignores If-Modified-Since: seen ids stop the repeat
    assert second.output == f"{site.url('/feed')}: new 0, duplicate 0, near-duplicate 0, rejected 0\n"
    assert site.paths().count("/a") == 1
    assert site.requests[-1][1]["If-Modified-Since"] == "Mon, 30 Dec 2013 10:00:00 GMT"


def test_state_file_round_trip(tmp_path):
    states = {"https://x.example/feed": FeedState(etag='"e"', last_modified=None, seen=("1", "2"))}
    path = tmp_path / "state.json"
    save_states(path, states)
    assert load_states(path) == states
    assert json.loads(path.read_text())["schema"] == "accords.watch/1"


def test_durations():
    assert [parse_duration(t) for t in ("90", "30s", "15m", "2h", "1d")] == [90, 30, 900, 7200, 86400]
    for bad in ("", "soon", "0m", "-5m"):
        try:
            parse_duration(bad)
        except ValueError as exc:
            assert str(exc) == f"not a duration: {bad!r} (expected e.g. 30s, 15m, 2h)"
        else:
            raise AssertionError(bad)


BAD_LINKS = [
    ("http://[::1/page", "malformed URL: Invalid IPv6 URL"),
    ("javascript:alert(1)", "scheme 'javascript' not allowed (only http and https)"),
]


def _feed_file(tmp_path, site, *items: tuple[str, str]) -> Path:
    """A feed file (no base URL: feedparser keeps a malformed link as it is) whose items link to
    `site` paths or to absolute links."""
    path = tmp_path / "feed.xml"
    path.write_bytes(rss(*[(guid, link if ":" in link else site.url(link)) for guid, link in items]))
    return path


def test_a_feed_item_with_a_malformed_link_is_rejected_and_the_others_fetched(site, tmp_path):
    feed = _feed_file(tmp_path, site, ("a", "/a"), ("bad1", BAD_LINKS[0][0]), ("bad2", BAD_LINKS[1][0]), ("b", "/b"))
    site.routes["/a"] = (200, HTML, page("fox13now_001"))
    site.routes["/b"] = (200, HTML, page("time_001"))
    items = list(read_source(feed, allow_private=True, fetch=True))
    assert [i.origin for i in items if isinstance(i, Article)] == [site.url("/a"), site.url("/b")]
    assert [i for i in items if isinstance(i, Rejected)] == [
        Rejected(f"{feed}#bad{n}", f"cannot fetch {link}: {reason}")
        for n, (link, reason) in enumerate(BAD_LINKS, start=1)
    ]


def test_cli_ingest_malformed_url_argument_is_rejected_and_the_rest_ingested(site, tmp_path):
    site.routes["/story"] = (200, HTML, page("cnn_article"))
    db = f"sqlite:///{tmp_path / 'a.db'}"
    result = runner.invoke(app, ["--db", db, "ingest", "http://[::1/page", site.url("/story"), "--allow-private",
                                 "--no-extract", "-q"])
    assert result.exit_code == 2, result.output
    assert "rejected http://[::1/page: malformed URL: Invalid IPv6 URL" in " ".join(result.output.split())
    assert result.output.strip().endswith("read 1, new 1, duplicate 0, near-duplicate 0, extracted 0, rejected 1")


def test_cli_watch_fetch_goes_on_past_a_malformed_link_and_saves_its_state(site, tmp_path):
    feed = _feed_file(tmp_path, site, ("bad", "http://[::1/page"), ("a", "/a"))
    site.routes["/a"] = (200, HTML, page("fox13now_001"))
    db = f"sqlite:///{tmp_path / 'w.db'}"
    args = ["--db", db, "watch", str(feed), "--once", "--fetch", "--allow-private", "--no-extract"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[-1] == f"{feed}: new 1, duplicate 0, near-duplicate 0, rejected 1"
    assert load_states(tmp_path / "w.db.watch.json")[str(feed)].seen == ("bad", "a")
