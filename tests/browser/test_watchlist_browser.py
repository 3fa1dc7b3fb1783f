"""A watchlist's Atom feed in a real browser (headless Chromium): the feed served by
`accords serve` opens and lists its entries, each linking to its
evidence on the dashboard (Chromium shows an application/atom+xml answer as its text), and following
an entry's link opens the article at its sentence."""

from __future__ import annotations

import pytest
from browser_server import GOLD, SCRIPT, require_chromium, running

pytestmark = pytest.mark.slow
ATOM = "http://www.w3.org/2005/Atom"


@pytest.fixture(scope="module")
def feed_base(tmp_path_factory):
    """A server over a store of its own: the Azerbaijan-Turkey seed and a hostile article,
    with a watchlist on the pair that counts them as new."""
    require_chromium()
    from accords import alerts, service
    from accords.ingest import make_article
    from accords.store import Store

    url = f"sqlite:///{tmp_path_factory.mktemp('feed-browser-db') / 'accords.db'}"
    with Store.open(url) as store:
        service.ingest(store, [GOLD / "seed_000.txt"])
        hostile = make_article(f"Azerbaijan and Turkey signed a memorandum on customs {SCRIPT} cooperation in Baku on "
                               "Friday.", title=f"Customs {SCRIPT}", published="2024-05-03")
        service.ingest_items(store, [hostile])
        alerts.add_watchlist(store, "aze-tur", alerts.make_query(pair=("AZE", "TUR")), backfill=True)
    with running(url) as base:
        yield base


def test_the_feed_opens_and_lists_its_entries(browser, feed_base, screenshot):
    """Chromium shows an application/atom+xml answer as its source text: the page must be
    the whole feed, parse back as Atom with its entries, and run no script of the text."""
    from xml.etree import ElementTree as ET

    from selenium.webdriver.common.by import By

    browser.get(f"{feed_base}/api/v1/watchlists/aze-tur.atom")
    shown = browser.find_element(By.TAG_NAME, "pre").text
    assert browser.execute_script("return document.getElementsByTagName('script').length") == 0
    assert screenshot("watchlist-feed").stat().st_size > 0
    root = ET.fromstring(shown.encode("utf-8"))
    assert root.tag == f"{{{ATOM}}}feed"
    entries = root.findall(f"{{{ATOM}}}entry")
    titles = [e.findtext(f"{{{ATOM}}}title") for e in entries]
    assert len(titles) >= 5
    assert any(t.startswith("2021-09-14 SUPPORT sign AZE+TUR: a roadmap") for t in titles)
    assert any(SCRIPT in (e.findtext(f"{{{ATOM}}}summary") or "") for e in entries)  # escaped text, never run
    link = next(x.get("href") for x in entries[0].findall(f"{{{ATOM}}}link") if x.get("rel") == "alternate")
    assert link.startswith(f"{feed_base}/article/") and "#s" in link
    browser.get(link)
    sentence = browser.find_element(By.ID, link.split("#")[1])
    assert sentence.text and "sentence" in sentence.get_attribute("class")
