"""Counts a government's text gives of a nation's people served and of things it counts by their
own noun: "HIV medication to over 1.2 million Zambians" is Zambia's alone (not visitors arriving,
whose flow has two sides), "over 7,000 islands", "over 500,000 pediatric syringes" given to the
partner a readout is about.

Texts: White House fact sheets and readouts of 2022-2023 (tests/gold/README.md, White House),
works of the United States government; the Tehran Times sentence is from tt_425881 (CC BY 4.0).
Each expected record is (metric, subjects, value, unit, kind, qualifier), in text order.
"""

from __future__ import annotations

import pytest

from tests.indicators.figures import figures

WH = "The White House"

CASES = [
    pytest.param(
        # shortened: the share of the funding the sentence gives first is left out
        "These investments currently provide funding for the Zambian national HIV response, including for the "
        "provision of life-saving\nHIV medication to over 1.2 million Zambians.", WH, None,
        [("people", ("ZMB",), 1.2e6, "count", "actual", "lower")],
        id="people-served-are-their-countrys",
    ),
    pytest.param(
        "Iran and Turkey held talks. Some 2.374 million Russians and 1.547 Germans arrived in Turkey in the six-month "
        "period.", None, None,
        [("tourists", ("RUS", "TUR"), 2.374e6, "count", "actual", "approx"),
         ("tourists", ("DEU", "TUR"), 1.547e6, "count", "actual", None)],
        id="people-arriving-are-no-people-served",
    ),
    pytest.param(
        "As a nation comprised of over 7,000\n    islands and growing vessel traffic activity, the Philippines needs\n"
        "    to expand its VTMS capabilities to cover major ports and navigation\n    paths.", WH, None,
        [("islands", ("PHL",), 7000.0, "count", "actual", "lower")],
        id="count-named-by-its-noun",
    ),
    pytest.param(
        "Vice President Kamala Harris met today with Honduran President Xiomara\nCastro. The two leaders discussed "
        "ongoing cooperation to save lives and address\nthe COVID-19 pandemic, including the United States donation of "
        "3.9\nmillion vaccines through COVAX thus far. Vice President\nHarris shared the U.S. government’s commitment "
        "to provide over 500,000\npediatric syringes to help with this effort.", WH,
        "Readout of Vice President Harris’s Meeting with President Castro of Honduras",
        [("vaccines", ("HND", "USA"), 3.9e6, "count", "actual", None),
         ("pediatric_syringes", ("HND", "USA"), 5e5, "count", "target", "lower")],
        id="goods-given-to-the-partner-the-title-names",
    ),
]


@pytest.mark.parametrize("text, source, title, expected", CASES)
def test_counted_people(text: str, source: str | None, title: str | None, expected: list) -> None:
    assert figures(text, published="2022-06-09", source=source, title=title) == expected
