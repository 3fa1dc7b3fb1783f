"""Feeds (RSS and Atom) and WARC archives, each built by the test in tmp_path."""

from __future__ import annotations

import gzip
import io
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from accords.errors import IngestError
from accords.ingest import Rejected
from accords.readers import read_path
from accords.model import Article
from accords.web.feeds import looks_like_feed, parse_feed

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "web"
BODY_1 = ("<p>Azerbaijan and Turkey signed a roadmap on digital cooperation in Baku on Tuesday, "
          "the ministry said.</p><p>The document covers trade, transport and energy projects.</p>")
BODY_2 = "<p>Iran and Armenia agreed to expand the gas-for-electricity swap until 2030, officials said.</p>"

RSS = f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Region Daily</title><link>https://news.example/</link>
<item><title>Azerbaijan and Turkey sign digital roadmap</title><link>https://news.example/a/1</link>
<guid isPermaLink="false">item-1</guid><pubDate>Tue, 14 Sep 2021 10:00:00 GMT</pubDate>
<content:encoded><![CDATA[{BODY_1}]]></content:encoded></item>
<item><title>Teaser only</title><link>/a/2</link><guid isPermaLink="false">item-2</guid>
<description>Read more on our site.</description></item>
</channel></rss>""".encode()

ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Caspian Wire</title>
<link href="https://wire.example/"/><id>urn:wire</id><updated>2022-03-02T08:00:00Z</updated>
<entry><title>Gas swap extended</title><link href="https://wire.example/e/7"/><id>urn:wire:7</id>
<updated>2022-03-02T08:00:00+03:30</updated><author><name>Sara Karimi</name></author>
<content type="html"><![CDATA[{BODY_2}]]></content></entry>
</feed>""".encode()


def test_rss_file(tmp_path):
    path = tmp_path / "daily.rss"
    path.write_bytes(RSS)
    article, teaser = read_path(path)
    assert article == Article(
        id=article.id,
        text="Azerbaijan and Turkey signed a roadmap on digital cooperation in Baku on Tuesday, the ministry "
             "said.\n\nThe document covers trade, transport and energy projects.",
        title="Azerbaijan and Turkey sign digital roadmap", url="https://news.example/a/1", source="Region Daily",
        published="2021-09-14T10:00+00:00", language="en", origin=f"{path}#item-1",
    )
    assert teaser == Rejected(f"{path}#item-2", "feed item has no article text (fetch the linked page with --fetch)")


def test_atom_file(tmp_path):
    path = tmp_path / "wire.xml"
    path.write_bytes(ATOM)
    [article] = read_path(path)
    assert (article.title, article.url, article.source, article.author, article.published, article.origin) == (
        "Gas swap extended", "https://wire.example/e/7", "Caspian Wire", "Sara Karimi",
        "2022-03-02T08:00+03:30", f"{path}#urn:wire:7")
    assert article.text == "Iran and Armenia agreed to expand the gas-for-electricity swap until 2030, officials said."


def test_feed_items_and_relative_links():
    feed = parse_feed(RSS, url="https://news.example/feed")
    assert [(i.id, i.link) for i in feed.items] == [("item-1", "https://news.example/a/1"),
                                                    ("item-2", "https://news.example/a/2")]


@pytest.mark.parametrize(("data", "is_feed"), [
    (RSS, True), (ATOM, True),
    (b'<?xml version="1.0"?><rdf:RDF xmlns:rdf="x"><channel/></rdf:RDF>', True),
    (b"<html><body>page</body></html>", False), (b"<sitemap/>", False),
], ids=["rss", "atom", "rdf", "html", "other-xml"])
def test_looks_like_feed(data, is_feed):
    assert looks_like_feed(data) is is_feed


def test_not_a_feed(tmp_path):
    path = tmp_path / "config.xml"
    path.write_bytes(b"<?xml version='1.0'?><config><a>1</a></config>")
    [rejected] = read_path(path)
    assert rejected.origin == str(path)
    assert rejected.reason.startswith("not an RSS or Atom feed")
    with pytest.raises(IngestError):
        parse_feed(b"plain text", origin="x")


# -- WARC ---------------------------------------------------------------------------------

PAGE = gzip.decompress((FIXTURES / "newspaper4k" / "cnn_article.html.gz").read_bytes())


def _write_warc(path: Path, records) -> None:
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=path.name.endswith(".gz"))
        for kind, uri, status, content_type, body in records:
            http = None
            if kind == "response":
                http = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
            elif kind == "request":
                http = StatusAndHeaders(f"GET {uri} HTTP/1.1", [("Host", "x")], is_http_request=True)
            record = writer.create_warc_record(uri, kind, payload=io.BytesIO(body), http_headers=http,
                                               warc_content_type=content_type if kind == "resource" else "")
            writer.write_record(record)


RECORDS = [
    ("request", "http://www.cnn.com/story", None, None, b""),
    ("response", "http://www.cnn.com/story", "200 OK", "text/html; charset=utf-8", PAGE),
    ("response", "http://www.cnn.com/logo.png", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n"),
    ("response", "http://www.cnn.com/gone", "404 Not Found", "text/html", b"<p>Not found</p>"),
    ("response", "http://www.cnn.com/empty", "200 OK", "text/html", b"<html><body></body></html>"),
]


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_warc_html_responses_only(tmp_path, name):
    path = tmp_path / name
    _write_warc(path, RECORDS)
    results = list(read_path(path))
    assert [type(r).__name__ for r in results] == ["Article", "Rejected"]
    article, rejected = results
    assert (article.title, article.published, article.language) == (
        "After storm, forecasters see smooth sailing for Thanksgiving", "2013-11-27", "en")
    assert article.url == "http://www.cnn.com/2013/11/27/travel/weather-thanksgiving/index.html"  # canonical
    assert article.origin.startswith(f"{path}#") and int(article.origin.split("#")[1]) > 0
    assert rejected.origin.startswith(f"{path}#")
    assert rejected.reason.startswith("no article text found in the HTML page (record <urn:uuid:")
    assert rejected.reason.endswith(", http://www.cnn.com/empty)")
    # The same page read from the HTML file gives the same article id.
    [from_file] = read_path(FIXTURES / "newspaper4k" / "cnn_article.html.gz")
    assert article.id == from_file.id


def test_warc_corrupt_tail(tmp_path):
    path = tmp_path / "broken.warc"
    _write_warc(path, RECORDS[:2])
    good_size = path.stat().st_size
    with path.open("ab") as out:
        out.write(b"<html>not a WARC record</html>\r\n\r\n")
    results = list(read_path(path))
    assert isinstance(results[0], Article)
    assert results[-1] == Rejected(f"{path}#{good_size}", results[-1].reason)
    assert results[-1].reason.startswith("corrupt WARC data, reading stopped:")


def test_warc_record_size_cap(tmp_path):
    path = tmp_path / "big.warc.gz"
    _write_warc(path, RECORDS[1:2])
    [rejected] = read_path(path, max_bytes=10_000)
    assert rejected.origin == f"{path}#0"
    assert rejected.reason.startswith("record <urn:uuid:") and rejected.reason.endswith("is over the 9.8 KB limit")
