"""Counts of the countries a side trades or cooperates with, or sells to, in the words of the state press (indtt46).

- "carried out trade operations with 190 countries", "trade turnover with 190 countries", "cooperates with 15
  countries": the trading or cooperating side's count of countries (`countrycounts._BEFORE`, which already read
  "treaties in force with", "ties with", "trade with");
- "exports are destined to 15 neighboring countries", "exported to 30 European countries": `export_destinations`
  with a describing word before "countries" (`counted._COUNTRIES_AFTER`, which read "other", "foreign", "different");
- "the three countries" and "the two neighboring countries" stay no count.

Texts: a Tehran Times report (`tehrantimes-region`, CC BY 4.0, tt 434504) and sentences of our own in the register of
the Azerbaijani state press. Each expected record is (metric, subjects, value).
"""

from __future__ import annotations

import pytest

from tests.indicators.figures import figures


def _figures(text: str, source: str) -> list[tuple]:
    return [(metric, subjects, value) for metric, subjects, value, *_ in figures(text, published=None, source=source)]


CASES = [
    pytest.param(
        "Azerbaijan carried out trade operations with 190 countries in January-June 2025.",
        [("countries", ("AZE",), 190.0)],
        id="trade-operations-with-countries",
    ),
    pytest.param(
        "Azerbaijan's foreign trade turnover with 190 countries amounted to $25 billion in 2024.",
        [("countries", ("AZE",), 190.0), ("trade_turnover", ("AZE",), 25e9)],
        id="turnover-with-countries",
    ),
    pytest.param(
        "Azerbaijan cooperates with 15 countries in the field of renewable energy.",
        [("countries", ("AZE",), 15.0)],
        id="cooperates-with-countries",
    ),
    pytest.param(
        "The official noted that 55 percent of Iran’s non-oil exports are destined to 15 neighboring countries while "
        "just two percent of these countries’ imports is from Iran.",
        [("non_oil_exports_share", ("IRN",), 55.0), ("export_destinations", ("IRN",), 15.0),
         ("imports_share", ("IRN",), 2.0)],
        id="tt-exports-destined-to-neighboring-countries",
    ),
    pytest.param(
        "Iranian medicines are exported to 30 European countries.",
        [("export_destinations", ("IRN",), 30.0)],
        id="exported-to-european-countries",
    ),
    pytest.param(
        "Iran sent aid to the two neighboring countries and expanded cooperation with the three countries.",
        [],
        id="the-two-and-the-three-countries-are-no-count",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_partner_and_destination_counts(text: str, expected: list[tuple], request: pytest.FixtureRequest) -> None:
    # the rows whose id starts "tt-" are Tehran Times text; the others our own in the Azernews register
    assert _figures(text, "Tehran Times" if request.node.callspec.id.startswith("tt-") else "Azernews") == expected
