"""The store fixtures of tests/store (SQLite, and PostgreSQL with ACCORDS_TEST_PG_URL), reused."""

from __future__ import annotations

import importlib.util
from pathlib import Path

_spec = importlib.util.spec_from_file_location("_store_conftest", Path(__file__).parent.parent / "store" / "conftest.py")
_store_conftest = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_store_conftest)

store_url = _store_conftest.store_url
pytest_configure = _store_conftest.pytest_configure
