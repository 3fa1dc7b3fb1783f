"""Headless Chromium (#18): the brief page reached from the pair page and its evidence links;
fact search from the dashboard's search box; and the main pages at phone width (360 px)
with nothing wider than the screen (no horizontal scroll)."""

from __future__ import annotations

import json
import shutil
import tempfile
import urllib.request

import pytest
from browser_server import CHROMEDRIVER, CHROMIUM

pytestmark = pytest.mark.slow

PHONE_WIDTH = 360


def _api(server: str, path: str) -> dict:
    with urllib.request.urlopen(server + path, timeout=30) as response:
        return json.load(response)


def test_brief_page_from_the_pair_page_with_evidence_links(browser, server, screenshot):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(server + "/pair/AZE/TUR")
    browser.find_element(By.CSS_SELECTOR, "a.brief-link").click()
    WebDriverWait(browser, 20).until(ec.url_to_be(server + "/brief/AZE/TUR"))
    assert browser.find_element(By.TAG_NAME, "h1").text.startswith("Brief: Azerbaijan - Turkey")
    headings = [h.text for h in browser.find_elements(By.CSS_SELECTOR, "main h2")]
    assert {"What changed", "Key events", "Signings", "Sources"} <= set(headings), headings
    links = browser.find_elements(By.CSS_SELECTOR, "a.evidence")
    assert links
    signings = {e["evidence"][0]["start"]: e for e in _api(server, "/api/v1/agreements?pair=AZE,TUR&limit=50")["items"]}
    first = links[0].get_attribute("href")
    article_id, span = first.rsplit("/", 1)[1].split("#")
    start, end = (int(n) for n in span.split("-"))
    text = _api(server, f"/api/v1/articles/{article_id}")["text"]
    assert text[start:end].strip()
    if start in signings:
        assert signings[start]["evidence_text"].startswith(" ".join(text[start:end].split())[:40])
    screenshot("brief-aze-tur")
    links[0].click()
    WebDriverWait(browser, 20).until(ec.url_contains(f"/article/{article_id}"))
    shown = " ".join(browser.find_element(By.ID, "article-text").text.split())
    assert " ".join(text[start:end].split())[:60] in shown
    _assert_span_outlined(browser, start, end)


def _assert_span_outlined(browser, start: int, end: int) -> None:
    """The article page outlines exactly the sentences the #START-END span covers, the
    first of them scrolled into view."""
    from selenium.webdriver.common.by import By

    flashed = browser.find_elements(By.CSS_SELECTOR, ".sentence.flash")
    assert flashed
    for sentence in flashed:
        lo, hi = (int(n) for n in sentence.get_attribute("data-span").split("-"))
        assert lo < end and start < hi
    others = [s for s in browser.find_elements(By.CSS_SELECTOR, ".sentence[data-span]") if s not in flashed]
    for sentence in others:
        lo, hi = (int(n) for n in sentence.get_attribute("data-span").split("-"))
        assert not (lo < end and start < hi)
    top = browser.execute_script("return arguments[0].getBoundingClientRect().top", flashed[0])
    assert 0 <= top < browser.execute_script("return window.innerHeight")


def test_fact_search_from_the_dashboard_search_box(browser, server, screenshot):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(server + "/")
    box = browser.find_element(By.CSS_SELECTOR, "form.search input[name=q]")
    box.send_keys("railway Astara", Keys.ENTER)
    WebDriverWait(browser, 20).until(ec.url_contains("/search?q=railway+Astara"))
    hits = browser.find_elements(By.CSS_SELECTOR, "li.fact-hit")
    expected = _api(server, "/api/v1/facts/search?q=railway+Astara&limit=30")["items"]
    assert expected and len(hits) == len(expected)
    for hit, item in zip(hits, expected):
        sentence = hit.find_element(By.CSS_SELECTOR, ".evidence").text
        assert " ".join(sentence.split()) == item["evidence_text"]
        assert "railway" in sentence.lower() and "astara" in sentence.lower()
    screenshot("search-facts")
    hits[0].find_element(By.CSS_SELECTOR, ".meta a").click()
    WebDriverWait(browser, 20).until(ec.url_contains(f"/article/{expected[0]['article_id']}"))
    evidence = expected[0]["fact"]["evidence"][0]
    _assert_span_outlined(browser, evidence["start"], evidence["end"])


@pytest.fixture(scope="module")
def phone(server):
    """A second Chromium emulating a 360 px wide phone screen."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="accords-chromium-phone-")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                 f"--user-data-dir={profile}"):
        options.add_argument(flag)
    options.add_experimental_option(
        "mobileEmulation", {"deviceMetrics": {"width": PHONE_WIDTH, "height": 780, "pixelRatio": 2.0}}
    )
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()
    shutil.rmtree(profile, ignore_errors=True)


PHONE_PAGES = [
    ("home", "/"),
    ("pair-aze-tur", "/pair/AZE/TUR"),
    ("pair-aze-irn", "/pair/AZE/IRN"),
    ("brief-aze-tur", "/brief/AZE/TUR"),
    ("entity-turkey", "/entity/COUNTRY:TUR"),
    ("commitments", "/commitments"),
    ("graph", "/graph"),
    ("search", "/search?q=railway"),
]


def _article_path(server: str) -> str:
    """The seed article's page (the roadmap), found through the API."""
    found = _api(server, "/api/v1/articles?q=roadmap+digital&limit=1")["items"]
    return f"/article/{found[0]['id']}"


@pytest.mark.parametrize(("name", "path"), [*PHONE_PAGES, ("article", None)], ids=[n for n, _ in PHONE_PAGES] + ["article"])
def test_main_pages_fit_a_phone_screen(phone, server, name, path):
    from selenium.webdriver.common.by import By

    from browser_server import SCREENSHOTS

    from selenium.common.exceptions import TimeoutException
    from selenium.webdriver.support.ui import WebDriverWait

    phone.get(server + (path or _article_path(server)))
    # the layout viewport settles once the page and its styles are in (a loaded machine may
    # measure a page still laid out without its stylesheet); a page that stays too wide fails
    try:
        WebDriverWait(phone, 10).until(lambda d: d.execute_script(
            "return document.readyState === 'complete' && window.innerWidth === arguments[0]", PHONE_WIDTH))
    except TimeoutException:
        pass
    width = phone.execute_script("return window.innerWidth")
    scroll = phone.execute_script("return document.documentElement.scrollWidth")
    wide = phone.execute_script(
        "return Array.from(document.querySelectorAll('body *')).filter(e => e.getBoundingClientRect().right > "
        "arguments[0] + 1).slice(0, 5).map(e => e.tagName + '.' + e.className + ' ' + "
        "Math.round(e.getBoundingClientRect().right))", PHONE_WIDTH
    )
    assert width == PHONE_WIDTH, f"{path}: laid out {width} px wide on a {PHONE_WIDTH} px screen; too wide: {wide}"
    assert scroll <= width, f"{path}: {scroll} px wide on a {width} px screen; too wide: {wide}"
    assert phone.find_element(By.TAG_NAME, "h1").is_displayed()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    phone.save_screenshot(str(SCREENSHOTS / f"phone-{name}.png"))
