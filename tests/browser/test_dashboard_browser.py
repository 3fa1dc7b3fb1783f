"""The dashboard in headless Chromium: every page opens, the path home → pair → article →
back works by clicking, the article's facts are highlighted and clicking one scrolls to
its sentence; a screenshot of each page is saved."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

PAGES = [
    ("home", "/", "accords"),
    ("pair-aze-tur", "/pair/AZE/TUR", "Azerbaijan – Turkey"),
    ("entity-turkey", "/entity/COUNTRY:TUR", "Turkey"),
    ("commitments", "/commitments", "Commitments"),
    ("graph", "/graph", "Relationship graph"),
    ("search", "/search?q=railway", "Search"),
    ("api-docs", "/docs", None),
]


@pytest.mark.parametrize(("name", "path", "heading"), PAGES, ids=[p[0] for p in PAGES])
def test_page_opens(browser, server, screenshot, name, path, heading):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(server + path)
    if heading is None:  # Swagger UI renders the operations with its locally served script
        WebDriverWait(browser, 20).until(ec.presence_of_element_located((By.CSS_SELECTOR, ".opblock")))
    else:
        assert heading in browser.find_element(By.TAG_NAME, "h1").text
    assert browser.find_elements(By.CSS_SELECTOR, "svg, table, ul, .opblock")
    assert screenshot(name).stat().st_size > 0


def test_click_home_to_pair_to_article_and_back(browser, server, screenshot):
    from selenium.webdriver.common.by import By

    browser.get(server + "/")
    browser.find_element(By.CSS_SELECTOR, 'a.pair-link[href="/pair/AZE/TUR"]').click()
    assert browser.current_url == server + "/pair/AZE/TUR"
    assert "Agreements register" in browser.page_source
    browser.find_element(By.CSS_SELECTOR, "#sources a.article-link").click()
    assert "/article/" in browser.current_url
    marks = browser.find_elements(By.CSS_SELECTOR, "mark.hl")
    kinds = {k for m in marks for k in m.get_attribute("class").split() if k.startswith("k-")}
    assert {"k-event", "k-entity", "k-indicator"} <= kinds
    screenshot("article")
    fact = browser.find_element(By.CSS_SELECTOR, "a.fact.k-indicator")
    fact.click()
    flashed = browser.find_elements(By.CSS_SELECTOR, ".sentence.flash")
    assert len(flashed) == 1 and flashed[0].get_attribute("id") == fact.get_attribute("href").split("#")[1]
    top = browser.execute_script("return arguments[0].getBoundingClientRect().top", flashed[0])
    assert 0 <= top < browser.execute_script("return window.innerHeight")
    screenshot("article-fact-clicked")
    browser.back()
    assert browser.current_url == server + "/pair/AZE/TUR"
    browser.back()
    assert browser.current_url == server + "/"


def test_script_in_an_article_is_shown_as_text(browser, server, screenshot):
    from selenium.webdriver.common.by import By

    browser.get(server + "/search?q=customs")
    browser.find_element(By.CSS_SELECTOR, "a.article-link").click()
    text = browser.find_element(By.ID, "article-text").text
    assert "<script>alert(1)</script>" in text
    assert browser.execute_script("return document.querySelectorAll('#article-text script').length") == 0
    screenshot("article-with-script-text")
