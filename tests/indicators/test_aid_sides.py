"""Aid with its donor and its recipients (issue #14): a government body giving money is its
country ("USAID", "USDA", also by the acronym given after its name), and an item of an announced
package that names only the donor, or only some recipients, takes the package's sides.

Texts: "FACT SHEET: Vice President Harris Announces Additional Humanitarian Relief for El
Salvador, Guatemala, and Honduras" (2021-04-26), "FACT SHEET: U.S. Assistance to Haiti"
(2021-07-13) and the U.S.-Caribbean partnership fact sheet (2023-06-08), from the
whitehouse-briefings corpus (bidenwhitehouse.archives.gov; works of the United States
government, public domain), with their line breaks. Expected records are (metric, subjects,
value, unit, kind, qualifier), in text order.
"""

from __future__ import annotations

import pytest

from tests.indicators.figures import figures
from tests.indicators.test_fact_sheets import RELIEF

ITEMS = (
    "-   The U.S. Department of Agriculture (USDA) will provide $25M to\n"
    "    strengthen the Guatemalan agricultural sector and facilitate access\n"
    "    to financing that will enable farmers to rebuild their livelihoods\n"
    "    at home in Guatemala.\n\n"
    "<!-- -->\n\n"
    "-   In Guatemala and Honduras, USDA will provide $30M to immediately\n"
    "    expand access to daily meals and literacy activities to school\n"
    "    children.\n"
)
HAITI = (
    "The United States and Haiti held talks.\n\n"
    "-   **Southern Clinic Rehabilitation: **USAID support resulted in the\n"
    "    rehabilitation of five clinics in the south of Haiti impacted by\n"
    "    Hurricane Matthew, enabling approximately 100,000 people to receive\n"
    "    clinical care services.\n"
)
ALL_FOUR = ("GTM", "HND", "SLV", "USA")

CASES = [
    pytest.param(
        RELIEF,
        # "The U.S. Department of State will provide $104M ... in the region": an item of the package
        [("aid", ALL_FOUR, 310e6, "USD", "target", None), ("aid", ALL_FOUR, 125e6, "USD", "target", None),
         ("aid", ALL_FOUR, 104e6, "USD", "target", None)],
        id="item-naming-the-donor-goes-to-the-package-recipients",
    ),
    pytest.param(
        RELIEF.split("<!-- -->")[0] + ITEMS,
        # the acronym given after the department's name is the United States too
        [("aid", ALL_FOUR, 310e6, "USD", "target", None), ("aid", ALL_FOUR, 125e6, "USD", "target", None),
         ("aid", ("GTM", "USA"), 25e6, "USD", "target", None),
         ("aid", ("GTM", "HND", "USA"), 30e6, "USD", "target", None)],
        id="item-naming-recipients-keeps-the-donor",
    ),
    pytest.param(
        "The United States and Haiti held talks. USAID also intends\n    to provide an additional $10.5 million in "
        "development assistance to\n    enhance resilience and productivity in Haiti’s agriculture and\n    livestock "
        "sector.",
        [("development_aid", ("HTI", "USA"), 10.5e6, "USD", "target", None)],
        id="development-agency-is-the-donor",
    ),
    pytest.param(
        HAITI,
        # a body is a side of the money it gives, not the owner of other figures in its sentence; the clinics
        # rehabilitated are a count of their own since indwh29 (`countnouns`: "the rehabilitation of five clinics")
        [("clinics", ("HTI",), 5.0, "count", "actual", None),
         ("population", ("HTI",), 100000.0, "count", "actual", "approx")],
        id="body-is-no-owner-of-a-count",
    ),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_aid_sides(text: str, expected: list) -> None:
    assert figures(text, published="2021-04-26", source="The White House") == expected
