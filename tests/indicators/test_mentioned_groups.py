""""The mentioned countries", "these countries", and a part "of the total": the group named before.

"Iran's trade with the Caspian Sea littoral states rose 10 percent ... Latifi put Iran's trade with the
mentioned countries at about 1,200,940 tons": the five littoral states again; "trade between Iran and the
five EAEU members ... Iranian exports to these countries": the EAEU's and Iran's
(`accords.indicators.mentioned`). A list of countries is no group ("ECO member countries including
Turkey, Afghanistan, ...": examples); "these countries" after a list keeps what the figure before had. "The
share of imports from the total trade was 554,576 tons", "$1.528 billion of the mentioned figure": a part
of the total the sentence before gave keeps its subjects (`accords.indicators.referents.part_of_last`).

Texts: Tehran Times articles of `tehrantimes-region` (CC BY 4.0, Mehr News / IRNA): 474143 and 452631,
shortened; the last case our own paraphrase. Each expected record is (subjects, value) of the figures, in
text order.
"""

from __future__ import annotations

import pytest

from tests.indicators.figures import figures

CASPIAN = ("AZE", "IRN", "KAZ", "RUS", "TKM")
TT = "Tehran Times"

CASES = [
    pytest.param(
        "TEHRAN- The value of Iran’s trade with the Caspian Sea littoral states rose 10 percent during the two-month "
        "period from March 21 to May 21, the spokesman of the Islamic Republic of Iran Customs Administration (IRICA) "
        "announced. Ruhollah Latifi put Iran’s trade with the mentioned countries at about 1,200,940 tons valued at "
        "over $897 million in the mentioned two months, Mehr News Agency reported. Russia was the top source of "
        "Iranian imports.",
        [(CASPIAN, 10), (CASPIAN, 1200940), (CASPIAN, 897e6)], id="the-mentioned-countries"),
    pytest.param(
        "During the said period, the Islamic Republic exported 646,364 tons of goods worth over $263.19 million to the "
        "four Caspian Sea littoral neighbors, according to Latifi. The share of imports from the total trade was "
        "554,576 tons of goods worth $634.485 million. Russia was the top source of Iranian imports.",
        [(CASPIAN, 646364), (CASPIAN, 263.19e6), (CASPIAN, 554576), (CASPIAN, 634.485e6)], id="share-of-the-total"),
    pytest.param(
        "Iran and the Eurasian Economic Union signed a preferential trade agreement last October, based on which 860 "
        "commodity items will be exchanged between Iran and the five EAEU members. Iran’s trade data show that in the "
        "past few months following the signing of the agreement, Iranian exports to these countries have increased "
        "by nearly 63 percent.",
        [(("EAEU", "IRN"), 860), (("EAEU", "IRN"), 63)], id="these-countries-an-organisation"),
    pytest.param(
        "Iran exported goods worth $5 billion to Turkey, Iraq and Afghanistan last year. Exports to these countries "
        "rose 12 percent.",
        [(("AFG", "IRN", "IRQ", "TUR"), 5e9), (("AFG", "IRN", "IRQ", "TUR"), 12)], id="these-countries-after-a-list"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_mentioned_groups(text: str, expected: list[tuple]) -> None:
    found = [(subjects, value) for _metric, subjects, value, _unit, _kind, _q in figures(text, source=TT)]
    assert found == expected
