"""Money a private giver gives in a government's own text, where the sentence names no country: not the home
government's gift, so `owners._unnamed` gives neither the home country nor the article pair's home side
(`owners._privately_given`, asking `privategivers.private_giver`); given "to" a named fund ("have committed over $3.6
billion to the Global Fund", "the Global Fund’s private sector partners committed a total of $1.23 billion") it is the
fund's alone (`funds.with_fund`, `funds.partners_fund`). A fund's size written after its name ("W2AF is a
€50 million blended finance fund", "GAFSP – a $1.7 billion multilateral financing mechanism") is the fund's
(`funds.sized_fund`). A company that "was awarded" contracts receives them: no private giver.

Texts from tests/gold/articles (wh_20210607-guatemala-factsheet, wh_20220921-global-fund-replenishment,
wh_20221213-africa-health-cooperation-factsheet, wh_20210923-food-systems-summit-factsheet,
wh_20220304-made-in-america-commitments-factsheet), shortened. Each expected record is (subjects, value).
"""

from __future__ import annotations

import pytest

from tests.indicators.figures import figures

WH = "The White House"

GUATEMALA = (
    "Following a bilateral meeting with Guatemalan President Giammattei, and\nin light of the U.S. desire to partner "
    "with Guatemala to address the\neconomic, governance, and security conditions influencing out-migration,\nVice "
    "President Harris announces the following:\n\n")

CASES = [
    pytest.param(
        GUATEMALA + "-   Support will be directed toward\n    entrepreneurs and businesses that are working in multiple "
        "sectors.\n    Initial private sector partners include the Argidius Foundation,\n    PriceSmart Foundation, "
        "IDC-Alterna, Pomona Impact, Ascenda, and\n    Valhalla Capital which have committed to invest and grant over $10\n"
        "    million in support of this initiative.\n",
        1e7, ("GTM",), "FACT SHEET: U.S. – Guatemala Cooperation", id="private-partners-no-pair"),
    pytest.param(
        "The Global Fund takes private sector innovations and rapidly scales them up to fast-track progress against "
        "HIV/AIDS, TB, and malaria in priority areas. Since 2002, private sector partners (including corporations,\n"
        "foundations, and philanthropists) have committed over $3.6 billion to\nthe Global Fund.",
        3.6e9, ("Global Fund",), "Global Fund Seventh Replenishment", id="private-sector-to-a-fund"),
    pytest.param(
        "The United States is proud to stand with other Global Fund donors. For the Seventh Replenishment, the Global "
        "Fund’s\nprivate sector partners committed a total of $1.23 billion, led by the\nBill & Melinda Gates Foundation "
        "and (RED).",
        1.23e9, ("Global Fund",), "Global Fund Seventh Replenishment", id="a-funds-own-private-partners"),
    pytest.param(
        "- DFC committed a **$10 million** equity investment equivalent to the **Water Access Acceleration Fund** "
        "(W2AF). W2AF is a €50 million blended finance fund, accompanied by a €2.5 million technical assistance facility.",
        5e7, ("W2AF",), None, id="a-fund-size-after-its-name"),
    pytest.param(
        "- **Global Agriculture and Food Security Program (GAFSP):** The United States continues to exercise leadership "
        "in GAFSP – a $1.7 billion multilateral financing mechanism that has helped the world’s poorest countries "
        "increase investments in agriculture.",
        1.7e9, ("GAFSP",), None, id="a-mechanism-size-after-a-dash"),
    pytest.param(
        "-   **Showa Best Glove, Inc** was awarded two contracts totaling $81.3\n    million by the Department of Defense "
        "for the industrial base expansion of 1.6 billion nitrile exam gloves per\n    year.",
        81.3e6, ("USA",), None, id="a-company-awarded-a-contract-stays-home"),
]


@pytest.mark.parametrize(("text", "value", "subjects", "title"), CASES)
def test_private_money_and_fund_sizes(text: str, value: float, subjects: tuple[str, ...], title: str | None) -> None:
    found = [s for _, s, v, *_ in figures(text, published="2022-09-21", source=WH, title=title) if v == value]
    assert found == [subjects]
