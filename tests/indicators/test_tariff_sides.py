"""Tariffs between the side levying them and the side whose goods they fall on; the value of
the goods a tariff falls on (`tariffed_imports`); a second rate of one tariff list; and the
topic of a text naming a country only in passing.

Texts: the New York Times page on the China trade talks of 2019-11-19 and the Reuters page on
WeWork of 2019-11-18 from the article-extraction-benchmark (MIT,
tests/gold/LICENSE-article-extraction-benchmark); Tehran Times / Mehr News Agency, CC BY 4.0
(news id 426405). A leading sentence names the people of the talks, as the pages do earlier.
Each expected record is (metric, subjects, value, unit, kind, qualifier), in text order.
"""

from __future__ import annotations

import pytest

from accords.model import Article
from accords.pipeline import run
from tests.indicators.figures import figures

TALKS = "President Donald Trump met Chinese President Xi Jinping in Osaka. "

CASES = [
    pytest.param(
        TALKS + "Mr. Trump continues to give mixed signals about whether he actually wants a deal and if any of his "
        "tariffs on $360 billion worth of Chinese goods will ever be removed.",
        [("tariffed_imports", ("CHN", "USA"), 360e9, "USD", "actual", None)],
        id="goods-under-his-tariffs-are-both-sides",
    ),
    pytest.param(
        TALKS + "The most recent twists in the China trade talks have left firms uncertain whether a 15 percent tariff "
        "that the Trump administration had planned to impose Dec. 15 on another $160 billion of goods, including "
        "smartphones, laptops and footwear, would go into effect — or whether a 15 percent tariff imposed on consumer "
        "goods in September would remain.",
        [("tariff_rate", ("CHN", "USA"), 15.0, "percent", "actual", None),
         ("tariffed_imports", ("CHN", "USA"), 160e9, "USD", "target", None),
         ("tariff_rate", ("CHN", "USA"), 15.0, "percent", "forecast", None)],
        id="rate-and-goods-of-a-planned-tariff",
    ),
    pytest.param(
        "Iran and Turkey held talks. It hit a record low after Trump announced he had authorized higher tariffs on "
        "imports from Turkey, imposing duties of 20 percent on aluminum and 50 percent on steel.",
        # the second rate is a tariff too, not imports
        [("tariff_rate", ("TUR",), 20.0, "percent", "actual", None),
         ("tariff_rate", ("TUR",), 50.0, "percent", "actual", None)],
        id="second-rate-of-a-tariff-list",
    ),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_tariff_sides(text: str, expected: list) -> None:
    assert figures(text, published="2019-11-19") == expected


WEWORK = (
    "(Reuters) — The New York State Attorney General (NYAG) is investigating WeWork, according to two people familiar "
    "with the matter.\n\n"
    "WeWork agreed to a rescue by its largest shareholder, Japanese technology investment company SoftBank Group "
    "Corp, last month as it faced a cash crunch.\n\n"
    "WeWork now faces a radical restructuring.\n\n"
    "Neumann had resigned as CEO the previous week.\n\n"
    "A spokeswoman for Neumann declined to comment.\n\n"
    "The New York Times reported on Sunday that WeWork is preparing to cut 4,000 jobs. The company itself had 12,500 "
    "employees on June 30, and there are others who work for affiliates."
)


def test_country_named_once_in_passing_is_no_topic() -> None:
    """A text whose places all lie in one country (New York) and that names Japan once, for a
    company's nationality: a figure naming no country is the places' country's, not Japan's."""
    extraction = run(Article(id="w", text=WEWORK, published="2019-11-18"))
    assert [(i.metric, i.subjects, i.value) for i in extraction.indicators] == [
        ("jobs", ("USA",), 4000.0), ("employees", ("USA",), 12500.0)]
