"""Headless Chromium against a live server: the dashboard started on a free port in a
thread, over a demo-like database built by ingesting real articles.

Needs Debian's ``chromium`` and ``chromium-driver`` (``/usr/bin/chromium``,
``/usr/bin/chromedriver``). Without them the tests are skipped with a visible reason on
a laptop, and fail in CI (``CI=true``): "Chromium required in CI".
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest
from browser_server import CHROMEDRIVER, CHROMIUM, SCREENSHOTS, build_store, require_chromium, running


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory):
    """The base URL of a live accords server over the demo database."""
    require_chromium()
    with running(build_store(tmp_path_factory.mktemp("browser-db"))) as base:
        yield base


@pytest.fixture(scope="session")
def browser(server):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="accords-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1280,1600",
        f"--user-data-dir={profile}",
    ):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()
    shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture(scope="session")
def screenshot(browser):
    """Save a screenshot of the current page as tests/artifacts/screenshots/<name>.png."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)

    def save(name: str) -> Path:
        path = SCREENSHOTS / f"{name}.png"
        browser.save_screenshot(str(path))
        return path

    return save
