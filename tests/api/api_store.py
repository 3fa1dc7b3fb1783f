"""The small real database of the API and dashboard tests (a module of its own: `conftest`
is not importable by name when several test folders have one)."""

from __future__ import annotations

import shutil
from pathlib import Path

from api_constants import SCRIPT

GOLD = Path(__file__).resolve().parents[1] / "gold" / "articles"
ARTICLES = ("seed_000.txt", "seed_004.txt", "tt_402494.json", "tt_403295.json", "tt_405057.json")
HOSTILE_TEXT = (
    f"Baku, 2021-10-01. Azerbaijan and Iran signed a memorandum on customs {SCRIPT} cooperation "
    "in Baku on Friday, the ministry said.\n\nThe two countries agreed to expand transit trade."
)


def build_db(directory: Path) -> str:
    """A SQLite database in `directory` with the fixture articles ingested and extracted."""
    from accords import service
    from accords.store import Store

    inputs = directory / "in"
    inputs.mkdir()
    for name in ARTICLES:
        shutil.copy(GOLD / name, inputs / name)
    (inputs / "hostile.txt").write_text(HOSTILE_TEXT, encoding="utf-8")
    url = f"sqlite:///{directory / 'accords.db'}"
    with Store.open(url) as store:
        report = service.ingest(store, [inputs])
    assert report.rejected == (), report.rejected
    return url
