""""Northern Central America" (and "the Northern Triangle") names three states, Guatemala, Honduras and El
Salvador (`accords.gazetteer.countries.NORTHERN_CENTRAL_AMERICA`): a figure there is theirs, as a figure of
"the Caspian littoral states" is the five states' (`accords.indicators.subjects.country_spans`). A sentence
that names one of the three itself keeps that one ("partners in northern Central America, has brought over
140,000 people living in Guatemala").

Texts: "FACT SHEET: Update on the U.S. Strategy for Addressing the Root Causes of Migration in Central
America" (2024-03-25), "FACT SHEET: Vice President Harris Announces More Than $1.9 Billion in New Private
Sector Commitments ..." (2022-06-07) and "Fact Sheet: The Los Angeles Declaration on Migration and
Protection ..." (2022-06-10), from the whitehouse-briefings corpus (bidenwhitehouse.archives.gov; works of the
United States government, public domain), with their line breaks and non-breaking spaces.
"""

from __future__ import annotations

import pytest

from tests.indicators.figures import figures

JOBS = (
    "-   **Creating Opportunities:**\xa0 U.S. government support\xa0for as many as\n"
    "    23,000\xa0private sector firms in northern Central America has\xa0helped\n"
    "    create and sustain\xa0up to an estimated 250,000 jobs.\n"
)
ACCION = (
    "-   **Accion** through its work with partners in northern Central\n"
    "    America, has brought over 140,000 people living in Guatemala —\n"
    "    including 90,000 women — into the formal financial sector.\n"
)
VISAS = (
    "-   **The United States will provide 11,500 H-2B nonagricultural\n"
    "    seasonal worker visas for nationals of Northern Central America and\n"
    "    Haiti.**\n"
)


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        pytest.param(JOBS, 250000, [("GTM", "HND", "SLV")], id="jobs-in-northern-central-america"),
        pytest.param(ACCION, 140000, [("GTM",)], id="a-sentence-naming-guatemala-keeps-guatemala"),
        pytest.param(VISAS, 11500, [("GTM", "HND", "HTI", "SLV", "USA")], id="visas-for-northern-central-america-and-haiti"),
    ],
)
def test_northern_central_america_is_three_states(text: str, value: float, expected: list[tuple[str, ...]]) -> None:
    found = [subjects for _metric, subjects, found_value, unit, _kind, _qualifier
             in figures(text, published="2024-03-25", source="The White House") if found_value == value and unit == "count"]
    assert found == expected
