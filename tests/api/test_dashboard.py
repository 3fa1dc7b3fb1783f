"""Dashboard pages render from the real facts of the fixture database, and text from
articles is always shown as text."""

from __future__ import annotations

import re

import pytest

from api_constants import SCRIPT

pytestmark = pytest.mark.slow

ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;"


def _seed_id(client) -> str:
    return client.get("/api/v1/articles", params={"q": "roadmap digital"}).json()["items"][0]["id"]


PAGES = [
    ("/", ("Most active country pairs", "Latest events", 'href="/pair/AZE/IRN"')),
    ("/pair/AZE/TUR", ("Azerbaijan – Turkey", "Agreements register", "roadmap", 'class="target"', 'class="actual"', "<svg")),
    ("/pair/AZE/IRN", ("Azerbaijan – Iran", "Timeline of events by month", "<blockquote>")),
    ("/entity/COUNTRY:TUR", ("Turkey", "Mentions over time", "Events")),
    ("/commitments", ("trade_turnover", "AZE – TUR", "Later figures")),
    ("/graph", ('class="edge"', 'href="/entity/COUNTRY:AZE"')),
    ("/search?q=railway", ("Articles", "railway", "Facts", 'class="fact-hit kind-')),
]


@pytest.mark.parametrize(("path", "expected"), PAGES, ids=[p for p, _ in PAGES])
def test_page_renders_real_facts(client, path, expected):
    response = client.get(path)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/html")
    for needle in expected:
        assert needle in response.text, needle


def test_article_page_highlights_every_kind_and_links_facts_to_sentences(client):
    html = client.get(f"/article/{_seed_id(client)}").text
    for kind in ("event", "indicator", "entity", "time", "quantity"):
        assert re.search(rf'<mark class="hl[^"]* k-{kind}', html), kind
    sentence_links = set(re.findall(r'class="fact k-\w+" href="#(s\d+)"', html))
    assert sentence_links
    assert all(f'id="{target}"' in html for target in sentence_links)
    anchors = re.findall(r'data-anchor="(f\d+)"', html)
    assert anchors and all(f'id="{a}"' in html for a in anchors)


def test_stored_script_tags_are_shown_as_text(client, hostile_id):
    html = client.get(f"/article/{hostile_id}").text
    assert SCRIPT not in html
    assert ESCAPED in html
    assert SCRIPT not in client.get("/search?q=customs").text


def test_dashboard_errors_are_html_pages(client):
    response = client.get("/article/ffffffffffffffff")
    assert response.status_code == 404
    assert "Error 404" in response.text and "no article with id" in response.text
