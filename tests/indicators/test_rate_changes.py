"""A rate a government's text says "will increase from X to Y in/by <year>": X is the rate now
(actual), Y the rate set (target), also where X has a decimal point ("from 7.5% to 25%") and
where the deadline after Y would otherwise make X a target too ("from 25% to 50% by 2025").

Text: White House fact sheet on Section 301 tariffs on China (2024-05-14), a work of the United
States government (tests/gold/README.md, White House). Each expected record is (metric,
subjects, value, unit, kind, qualifier), in text order.
"""

from __future__ import annotations

import pytest

from tests.indicators.figures import figures

WH = "The White House"

CASES = [
    pytest.param(
        "The tariff rate on battery parts will\nincrease from 7.5% to 25% in 2024.",
        [("tariff_rate", ("USA",), 7.5, "percent", "actual", None),
         ("tariff_rate", ("USA",), 25.0, "percent", "target", None)],
        id="decimal-start-of-a-rate-change",
    ),
    pytest.param(
        "Tariffs on rubber medical and surgical gloves will\nincrease from 7.5% to 25% in 2026.",
        [("tariff_rate", ("USA",), 7.5, "percent", "actual", None),
         ("tariff_rate", ("USA",), 25.0, "percent", "target", None)],
        id="decimal-start-later-year",
    ),
    pytest.param(
        "The tariff rate on semiconductors will increase from 25% to 50% by\n2025.",
        [("tariff_rate", ("USA",), 25.0, "percent", "actual", None),
         ("tariff_rate", ("USA",), 50.0, "percent", "target", None)],
        id="deadline-belongs-to-the-end",
    ),
    pytest.param(
        "The tariff rate on electric vehicles under Section 301 will increase\nfrom 25% to 100% in 2024.",
        [("tariff_rate", ("USA",), 25.0, "percent", "actual", None),
         ("tariff_rate", ("USA",), 100.0, "percent", "target", None)],
        id="whole-numbers",
    ),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_rate_change_kinds(text: str, expected: list) -> None:
    assert figures(text, published="2024-05-14", source=WH) == expected
