"""A foreign country gives money in a White House text and the United States is named only to compare
("after the United States") or to align with ("alongside U.S. support", "align with U.S. ... goals"): the
figure is the giver's and its receivers', not the home country's too
(`accords.indicators.foreigngivers.without_compared_home`). A home joined to the giver or receiving stays.

Texts: "FACT SHEET: The U.S.-Germany Partnership" (2024-10-17), "FACT SHEET: Strengthening the U.S.-Angola
Partnership" (2023-11-30) and "FACT SHEET: Results of Bilateral Meeting Between the United States and the
Gulf Cooperation Council" (2022-07-16), from the whitehouse-briefings corpus (bidenwhitehouse.archives.gov;
works of the United States government, public domain), with their line breaks and non-breaking spaces.
Expected records are the subjects of the figures of the given value and unit.
"""

from __future__ import annotations

import pytest

from tests.indicators.figures import figures

WHITE_HOUSE = "The White House"

GERMANY = (
    "-   As the second-largest provider of assistance to Ukraine after the\n"
    "    United States, Germany has provided $37.2 billion (€34 billion) in\n"
    "    bilateral assistance since February 2022.\xa0 This includes\n"
    "    humanitarian assistance, budgetary support, military equipment and\n"
    "    training, and funding for Ukraine’s reconstruction.\n"
)
ANGOLA = (
    "-   Alongside U.S. support, Angola has invested $60 million of its own\n"
    "    resources in demining national parks.\xa0  \n"
)
GCC = (
    "•\xa0GCC\xa0partners plan\xa0to invest\xa0a total of\xa0$3 billion in projects that\n"
    "align with U.S. Partnership for Global Infrastructure and Investment\n"
    "(PGII) goals to\xa0deliver quality, sustainable infrastructure that makes a\n"
    "difference in people’s lives around the world, strengthens and\n"
    "diversifies our supply chains, creates new opportunities for American\n"
    "workers and businesses, and advances our national security.\xa0\xa0\n"
)
# the same Angola sentence with the home joined to the giver: both give (own wording on the corpus sentence)
JOINED = (
    "-   The United States and Angola have invested $60 million in\n"
    "    demining national parks.\n"
)


def _sides(text: str, value: float, unit: str, source: str | None = WHITE_HOUSE) -> list[tuple[str, ...]]:
    return [subjects for _metric, subjects, found, found_unit, _kind, _qualifier
            in figures(text, published="2024-10-17", source=source) if found == value and found_unit == unit]


@pytest.mark.parametrize(
    ("text", "value", "unit", "expected"),
    [
        pytest.param(GERMANY, 37.2e9, "USD", [("DEU", "UKR")], id="after-the-united-states-germany-has-provided"),
        pytest.param(GERMANY, 34e9, "EUR", [("DEU", "UKR")], id="the-euro-value-in-brackets-too"),
        pytest.param(ANGOLA, 60e6, "USD", [("AGO",)], id="alongside-us-support-angola-has-invested"),
        pytest.param(GCC, 3e9, "USD", [("GCC",)], id="gcc-partners-plan-to-invest-in-projects-aligned-with-us-goals"),
        pytest.param(JOINED, 60e6, "USD", [("AGO", "USA")], id="home-joined-to-the-giver-stays"),
    ],
)
def test_foreign_giver_without_compared_home(text: str, value: float, unit: str, expected: list[tuple[str, ...]]) -> None:
    assert _sides(text, value, unit) == expected
