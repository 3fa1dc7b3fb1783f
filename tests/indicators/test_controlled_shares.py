"""A share of a market or of world production that a side controls or dominates is a
`market_share` of that side alone; control of land is no market share.

Texts: White House fact sheets on Section 301 tariffs on China (2024-05-14) and on a Made in
America supply chain for critical minerals (2022-02-22), works of the United States government
(tests/gold/README.md, White House); Tehran Times / Mehr News Agency, CC BY 4.0 (news ids
409187, 463297). Each expected record is (metric, subjects, value, unit, kind, qualifier).
"""

from __future__ import annotations

import pytest

from tests.indicators.figures import figures

WH = "The White House"

CASES = [
    pytest.param(
        "Despite rapid and recent progress in U.S. onshoring, China currently\ncontrols over 80 percent of certain "
        "segments of the EV battery supply\nchain, particularly upstream nodes such as critical minerals mining,\n"
        "processing, and refining.",
        WH,
        [("market_share", ("CHN",), 80.0, "percent", "actual", "lower")],
        id="controls-over-a-share-of-a-supply-chain",
    ),
    pytest.param(
        "But for too long, China’s government has used unfair, non-market practices. China’s forced\ntechnology "
        "transfers and intellectual property theft have contributed to\nits control of 70, 80, and even 90 percent of "
        "global production for the\ncritical inputs necessary for our technologies, infrastructure, energy,\nand "
        "health care—creating unacceptable risks to America’s supply chains\nand economic security.",
        WH,
        # the country of the risks after the figure is no side of China's share
        [("market_share", ("CHN",), 90.0, "percent", "actual", None)],
        id="its-control-of-world-production",
    ),
    pytest.param(
        "Currently, China\n    controls 87 percent of the global permanent magnet market, which are\n    used in EV "
        "motors, defense systems, electronics, and wind\n    turbines.",
        WH,
        [("market_share", ("CHN",), 87.0, "percent", "actual", None)],
        id="controls-a-share-of-a-market",
    ),
    pytest.param(
        "The Syrian army troops and popular forces squeezed Jeish al-Fatah terrorists in an area no larger than 2.5 "
        "sq/km, after taking control of nearly 99 percent of entire Eastern Aleppo.",
        "Tehran Times",
        [],
        id="control-of-land-is-no-market-share",
    ),
    pytest.param(
        "Since the U.S. and its allies have started leaving Afghanistan,\xa0the Taliban have captured large parts of "
        "Afghanistan. It claims that it now controls 85 percent of the country, something which is difficult to "
        "verify.",
        "Tehran Times",
        [],
        id="control-of-a-country-is-no-market-share",
    ),
]


@pytest.mark.parametrize("text, source, expected", CASES)
def test_controlled_share(text: str, source: str, expected: list) -> None:
    assert figures(text, published="2024-05-14", source=source) == expected
