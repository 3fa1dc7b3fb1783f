"""Review in a real browser (headless Chromium): sign in with a name and the write token,
reject an event on the article page and merge two entities on an entity page; the pair
page, the graph and the API change accordingly."""

from __future__ import annotations

import json
import re
import urllib.parse
import urllib.request

import pytest
from browser_server import build_store, require_chromium, running

TOKEN = "browser-review-token"
ROADMAP = "af5c75576abee15f:event:9c3263e1ec"  # SUPPORT sign AZE+TUR in seed_000: "signed a roadmap"
MINISTRY = "ORG:Transport, Communications and High Technologies Ministry"
FULL_NAME = "ORG:Ministry of Transport, Communications and High Technologies"


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    """A server with writes on (the token), over a store of its own (verdicts change it)."""
    require_chromium()
    with running(build_store(tmp_path_factory.mktemp("review-browser-db")), token=TOKEN) as url:
        yield url


def _api(base, path, **params):
    query = f"?{urllib.parse.urlencode(params)}" if params else ""
    with urllib.request.urlopen(f"{base}/api/v1{path}{query}", timeout=30) as answer:
        return json.loads(answer.read())


def _wait(browser, condition, timeout=15):
    """Wait for `condition`; elements of the page being reloaded under it are looked up again.
    Chrome may report an element replaced between lookup and read as a node that "does not
    belong to the document" rather than as a stale element: that too is looked up again."""
    from selenium.common.exceptions import NoSuchElementException, StaleElementReferenceException, WebDriverException
    from selenium.webdriver.support.ui import WebDriverWait

    def settled(driver):
        try:
            return condition(driver)
        except WebDriverException as error:
            if "does not belong to the document" in str(error):
                return False
            raise

    ignored = (NoSuchElementException, StaleElementReferenceException)
    return WebDriverWait(browser, timeout, ignored_exceptions=ignored).until(settled)


def _pair_events(browser, base) -> int:
    from selenium.webdriver.common.by import By

    browser.get(base + "/pair/AZE/TUR")
    _wait(browser, lambda b: b.current_url.startswith(base) and b.find_elements(By.CSS_SELECTOR, "h1.pair-title"))
    return int(browser.find_element(By.CSS_SELECTOR, "section.numbers .number b").text)


def _graph(browser, base) -> str:
    from selenium.webdriver.common.by import By

    browser.get(base + "/graph")
    _wait(browser, lambda b: b.current_url.startswith(base) and b.find_elements(By.CSS_SELECTOR, "svg line.edge"))
    return browser.page_source


def _edge(page: str, a: str, b: str) -> int:
    found = re.search(rf"{re.escape(a)} – {re.escape(b)}: (\d+) events", page)
    return int(found.group(1)) if found else 0


def _sign_in(browser, base, name="Ana Analyst"):
    from selenium.webdriver.common.by import By

    browser.find_element(By.CSS_SELECTOR, "#review-login-box summary").click()
    form = browser.find_element(By.ID, "review-login")
    form.find_element(By.NAME, "name").send_keys(name)
    form.find_element(By.NAME, "token").send_keys(TOKEN)
    form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    _wait(browser, lambda b: "reviewing as " + name in b.find_element(By.ID, "review-who").text)


def test_reject_an_event_on_the_article_page(browser, base, screenshot):
    from selenium.webdriver.common.by import By

    events_before = _pair_events(browser, base)
    graph_before = _graph(browser, base)
    edge_before = _edge(graph_before, "COUNTRY:AZE", "COUNTRY:TUR")
    assert edge_before > 0
    assert ROADMAP in {e["id"] for e in _api(base, "/events", pair="AZE,TUR", limit=500)["items"]}

    browser.get(base + "/article/af5c75576abee15f")
    row = f'li.fact-row[data-fact="{ROADMAP}"]'
    assert not browser.find_element(By.CSS_SELECTOR, f'{row} button[data-verdict="reject"]').is_displayed()
    _sign_in(browser, base)
    browser.find_element(By.CSS_SELECTOR, f'{row} button[data-verdict="reject"]').click()
    _wait(browser, lambda b: not b.find_elements(By.CSS_SELECTOR, row))

    assert _pair_events(browser, base) == events_before - 1
    assert _edge(_graph(browser, base), "COUNTRY:AZE", "COUNTRY:TUR") == edge_before - 1
    assert ROADMAP not in {e["id"] for e in _api(base, "/events", pair="AZE,TUR", limit=500)["items"]}
    log = _api(base, "/verdicts")["items"]
    assert [(v["action"], v["fact_id"], v["by"]) for v in log] == [("reject", ROADMAP, "Ana Analyst")]

    browser.get(base + "/article/af5c75576abee15f?include_rejected=true")
    shown = browser.find_element(By.CSS_SELECTOR, row)
    assert "review-rejected" in shown.get_attribute("class") and "rejected" in shown.text
    # confirm another event: it is marked on the page and in the API
    other = browser.find_element(By.CSS_SELECTOR, 'li.fact-row:not(.review-rejected) button[data-verdict="confirm"]')
    fact_id = other.find_element(By.XPATH, "./ancestor::li").get_attribute("data-fact")
    other.click()
    _wait(browser, lambda b: "review-confirmed" in b.find_element(
        By.CSS_SELECTOR, f'li.fact-row[data-fact="{fact_id}"]').get_attribute("class"))
    assert _api(base, f"/events/{fact_id}")["review"] == "confirmed"
    screenshot("review-article")


def test_merge_two_entities_on_the_entity_page(browser, base, screenshot):
    from selenium.webdriver.common.by import By

    graph = _graph(browser, base)
    weight = _edge(graph, "COUNTRY:AZE", MINISTRY)
    assert weight > 0 and FULL_NAME not in graph
    browser.get(base + "/entity/" + urllib.parse.quote(MINISTRY, safe=":"))
    if not browser.find_elements(By.CSS_SELECTOR, "body.reviewing"):
        _sign_in(browser, base)
    form = browser.find_element(By.CSS_SELECTOR, "form.merge-form")
    form.find_element(By.NAME, "into").send_keys(FULL_NAME)
    form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    _wait(browser, lambda b: "/entity/ORG:Ministry" in b.current_url)
    assert "Transport, Communications and High Technologies Ministry" in browser.find_element(By.TAG_NAME, "main").text

    graph = _graph(browser, base)
    assert _edge(graph, "COUNTRY:AZE", FULL_NAME) == weight and _edge(graph, "COUNTRY:AZE", MINISTRY) == 0
    merged = _api(base, "/entities/" + urllib.parse.quote(FULL_NAME, safe=":"))
    assert merged["key"] == FULL_NAME and merged["articles"] == 1
    found = {e["key"] for e in _api(base, "/entities", q="high technologies")["items"]}
    assert found == {FULL_NAME}
    assert _api(base, "/verdicts", action="merge")["items"][0]["after"] == {"key": FULL_NAME}
    screenshot("review-merged-entity")
