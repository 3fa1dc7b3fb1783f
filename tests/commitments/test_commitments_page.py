"""The dashboard's commitments page (#18): each target with a chart of its actuals, and a
warning wherever a reading over part of a period (a half-year) is set against a full-period
target. Articles of tests/fixtures/commitments and the seed through the real pipeline."""

from __future__ import annotations

import re
import warnings
from pathlib import Path

import pytest

from accords import service
from accords.store import Store

pytestmark = pytest.mark.slow

TESTS = Path(__file__).resolve().parents[1]
FIXTURES = TESTS / "fixtures" / "commitments"
SEED = TESTS / "gold" / "articles" / "seed_000.txt"

#: (subjects as the page shows them, target period, the partial reading warned about or None)
CASES = [
    ("PAK – TUR", "2024-01-01 – 2024-12-31", "2024-01-01 – 2024-06-30"),
    ("AZE – GEO", "2024-01-01 – 2024-12-31", "2024-01-01 – 2024-06-30"),
    ("AZE – TUR", "2023-01-01 – 2023-12-31", "2021-01-01 – 2021-07-31"),
    ("IRN – TUR", "2022-01-01 – 2022-12-31", None),  # full-year readings of a full-year target
]


@pytest.fixture(scope="module")
def page(tmp_path_factory) -> str:
    from fastapi.testclient import TestClient

    from accords.server import create_app

    url = f"sqlite:///{tmp_path_factory.mktemp('commitments-page') / 'accords.db'}"
    with Store.open(url) as store:
        service.ingest(store, [*sorted(FIXTURES.glob("*.json")), SEED])
    warnings.filterwarnings("ignore", message=".*httpx.*")
    with TestClient(create_app(url)) as client:
        response = client.get("/commitments")
    assert response.status_code == 200
    return response.text


def _row(html: str, subjects: str, period: str) -> str:
    rows = [r for r in html.split('<tr class="status-')[1:] if f">{subjects}</a>" in r and f">{period}</td>" in r]
    assert len(rows) == 1, (subjects, period, len(rows))
    return rows[0].split("</tr>")[0]


@pytest.mark.parametrize(("subjects", "period", "partial"), CASES, ids=[f"{s}-{p[:4]}" for s, p, _ in CASES])
def test_targets_against_actuals_with_a_warning_for_partial_periods(page, subjects, period, partial):
    row = _row(page, subjects, period)
    assert '<svg' in row and 'class="target"' in row and 'class="actual' in row
    found = re.findall(r'<p class="warning partial-period" role="note">⚠ The ([\d-]+ – [\d-]+) actual', row)
    if partial is None:
        assert found == [] and 'class="actual partial"' not in row
    else:
        assert found == [partial]
        assert 'class="actual partial"' in row
