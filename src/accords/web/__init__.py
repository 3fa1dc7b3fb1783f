"""Web sources: HTML pages, RSS/Atom feeds, WARC archives and URLs, as `Article` records.

- `html.article_from_html`: one HTML page to an `Article` (trafilatura + htmldate);
- `feeds.parse_feed` / `feeds.article_from_item`: feed items and the articles they carry;
- `warc.read_warc`: the HTML responses of a WARC file, streamed one record at a time;
- `fetch.Fetcher`: safe URL fetching (schemes, address guard, size cap, redirects,
  robots.txt, conditional requests);
- `sources`: the readers of HTML, feed and WARC files and of URLs (the registry that picks
  a file's reader is `accords.readers`);
- `watch.poll_feed`: what is new in a feed since the last poll.

Nothing is imported eagerly: trafilatura, feedparser and warcio load on first use.
"""
