"""The live server of the browser tests, and what it needs (a module of its own:
`conftest` is not importable by name when several test folders have one)."""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
GOLD = Path(__file__).resolve().parents[1] / "gold" / "articles"
ARTICLES = ("seed_000.txt", "seed_004.txt", "tt_402494.json", "tt_403295.json", "tt_405057.json", "tt_406795.json")
SCREENSHOTS = Path(__file__).resolve().parents[1] / "artifacts" / "screenshots"
SCRIPT = "<script>alert(1)</script>"


def require_chromium() -> None:
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


def build_store(directory: Path) -> str:
    """A SQLite store in `directory` with the demo-like articles ingested; its URL."""
    from accords import service
    from accords.store import Store

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
    return url


@contextmanager
def running(url: str, *, token: str | None = None) -> Iterator[str]:
    """An accords server over the store at `url` on a free port, in a thread; its base URL."""
    import uvicorn

    from accords.server import create_app

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    web = uvicorn.Server(uvicorn.Config(create_app(url, token=token), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=web.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not web.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the accords server did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        web.should_exit = True
        thread.join(timeout=10)
