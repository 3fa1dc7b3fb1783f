"""Headless Chromium against a live server: the dashboard started on a free port in a
thread, over a demo-like database built by ingesting real articles.

Needs Debian's ``chromium`` and ``chromium-driver`` (``/usr/bin/chromium``,
``/usr/bin/chromedriver``). Without them the tests are skipped with a visible reason on
a laptop, and fail in CI (``CI=true``): "Chromium required in CI".
"""

from __future__ import annotations

import os
import shutil
import socket
import tempfile
import threading
import time
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
GOLD = Path(__file__).resolve().parents[1] / "gold" / "articles"
ARTICLES = ("seed_000.txt", "seed_004.txt", "tt_402494.json", "tt_403295.json", "tt_405057.json", "tt_406795.json")
SCREENSHOTS = Path(__file__).resolve().parents[1] / "artifacts" / "screenshots"
SCRIPT = "<script>alert(1)</script>"


def _require_chromium() -> None:
    missing = [p for p in (CHROMIUM, CHROMEDRIVER) if not Path(p).exists()]
    try:
        import selenium  # noqa: F401
    except ImportError:
        missing.append("the selenium package")
    if not missing:
        return
    if os.environ.get("CI") == "true":
        pytest.fail(f"Chromium required in CI (missing: {', '.join(missing)})")
    pytest.skip(f"browser tests skipped: missing {', '.join(missing)} (apt-get install chromium chromium-driver)")


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory):
    """The base URL of a live accords server over the demo database."""
    _require_chromium()
    import uvicorn

    from accords import service
    from accords.server import create_app
    from accords.store import Store

    directory = tmp_path_factory.mktemp("browser-db")
    inputs = directory / "in"
    inputs.mkdir()
    for name in ARTICLES:
        shutil.copy(GOLD / name, inputs / name)
    (inputs / "hostile.txt").write_text(
        f"Azerbaijan and Iran signed a memorandum on customs {SCRIPT} cooperation in Baku on Friday.", encoding="utf-8"
    )
    url = f"sqlite:///{directory / 'accords.db'}"
    with Store.open(url) as store:
        report = service.ingest(store, [inputs])
    assert report.rejected == ()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    web = uvicorn.Server(uvicorn.Config(create_app(url), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=web.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not web.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the accords server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    web.should_exit = True
    thread.join(timeout=10)


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
