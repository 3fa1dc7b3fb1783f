"""How long a visa, or no visa, lets its holder stay is a figure in `day` (`accords.indicators.visas`):
`visa_free_days` where the words around say the stay needs no visa, `visa_days` for the length of a
visa; how long issuing takes, and other durations, are none. Arrivals named by where they come from
and go to ("Tourist arrivals from Iran to Turkey") name their figures as arrivals from one place do,
and a loan a state "will extend" is pledged.

Sentences: Tehran Times (Mehr News Agency / Tehran Times, CC BY 4.0, via the Tehran-Times-Dataset
crawl in `shared/corpora/tehrantimes-region`, as in tests/gold/README.md): news 418199 (not in the
gold); the others written in the register of the regional government press for this test. Each
expected record is (metric, subjects, value, unit, kind, qualifier), in text order.
"""

from __future__ import annotations

import pytest

from tests.indicators.figures import figures

CASES = [
    pytest.param(
        "Georgia and Iran reached a visa waver agreement in 2010, based on which their citizens enjoy reciprocal "
        "visa-free travel for up to 45 days.",
        [("visa_free_days", ("GEO", "IRN"), 45.0, "day", "actual", "upper")],
        id="tt-418199-visa-free-travel-for-up-to",
    ),
    pytest.param(
        "Citizens of Iran can stay in Azerbaijan without a visa for 15 days.",
        [("visa_free_days", ("AZE", "IRN"), 15.0, "day", "actual", None)],
        id="without-a-visa-a-right-in-force",
    ),
    pytest.param(
        "Azerbaijan has introduced a 30-day visa-free regime for Iranian citizens.",
        [("visa_free_days", ("AZE", "IRN"), 30.0, "day", "actual", None)],
        id="hyphenated-length-of-a-regime",
    ),
    pytest.param(
        "Iran and Armenia agreed to extend the visa-free stay to 90 days.",
        [("visa_free_days", ("ARM", "IRN"), 90.0, "day", "target", None)],
        id="agreed-stay-is-a-target",
    ),
    pytest.param(
        "Iran has introduced the practice of issuing 30-day visas directly at its airports.",
        [("visa_days", ("IRN",), 30.0, "day", "actual", None)],
        id="length-of-a-visa",
    ),
    pytest.param("Visas for Iranian tourists are issued within 3 days.", [], id="issuing-time-is-none"),
    pytest.param(
        "The embassy improved visa processing, cutting visa wait times for Iranian investors from 87 to 5 days.", [],
        id="wait-time-is-none",
    ),
    pytest.param(
        "The Iranian delegation arrived in Baku for a three-day visit to discuss visa issues.", [],
        id="a-visit's-days-are-none",
    ),
    pytest.param(
        # the sentence-opening "Tourist" is a word of the figure's own name (indicators.initials)
        "Tourist arrivals from Iran to Turkey increased by 12 percent in the first half of 2019.",
        [("tourist_arrivals_growth", ("IRN", "TUR"), 12.0, "percent", "actual", None)],
        id="arrivals-from-and-to-grew",
    ),
    pytest.param(
        "Tourist arrivals from Iran to Turkey reached 2.5 million in 2019.",
        [("tourists", ("IRN", "TUR"), 2500000.0, "count", "actual", None)],
        id="arrivals-from-and-to-reached",
    ),
    pytest.param(
        "Japan will extend a loan of $500 million to Ukraine.",
        [("loans", ("JPN", "UKR"), 500000000.0, "USD", "target", None)],
        id="a-loan-to-be-extended-is-pledged",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_visa_stays_and_arrivals(text: str, expected: list[tuple]) -> None:
    assert figures(text, published="2019-08-01", source="Tehran Times") == expected
