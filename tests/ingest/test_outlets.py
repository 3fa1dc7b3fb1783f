"""The outlet of a record that names none comes from its URL, for known news sites only."""

from __future__ import annotations

import pytest

from accords.ingest import make_article
from accords.ingest.outlets import outlet_from_url


@pytest.mark.parametrize(
    ("url", "outlet"),
    [
        ("https://www.azernews.az/business/183411.html", "Azernews"),
        ("https://www.tehrantimes.com/news/402494/Iran-Azerbaijan", "Tehran Times"),
        ("https://en.irna.ir/news/85012345/", "IRNA"),
        ("http://WWW.DailySabah.com/politics", "Daily Sabah"),
        ("https://example.org/news/1", None),
        ("https://notazernews.az/x", None),
        ("not a url", None),
        (None, None),
    ],
    ids=["www", "tehrantimes", "subdomain", "case", "unknown", "lookalike", "garbage", "none"],
)
def test_outlet_from_url(url, outlet):
    assert outlet_from_url(url) == outlet


def test_an_explicit_or_written_source_wins_over_the_url():
    text = "Azerbaijan and Turkey signed a roadmap on digital transformation."
    assert make_article(text, url="https://www.azernews.az/a.html").source == "Azernews"
    assert make_article(text, url="https://www.azernews.az/a.html", source="Trend").source == "Trend"
    assert make_article(text).source is None
