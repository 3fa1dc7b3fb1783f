"""indicators.v2 on sentences of Tehran Times region articles read while checking the figures of
100 articles (counts whose head noun is no keyword, "from X to Y" changes, compound numbers,
deaths).

Texts: Tehran Times / Mehr News Agency, CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/),
from the Tehran-Times-Dataset crawl (news ids 417784, 430910, 435251, 462804, 465705, 466191,
480970). A leading "X and Y held talks." gives a one-sentence article its country pair. Each
expected record is (metric, subjects, value, unit, kind, qualifier), in text order.
"""

import pytest
from figures import figures

CASES = [
    pytest.param(
        "TEHRAN – A delegation of Turkish investors and tour operators will follow up on the issue of building ten "
        "five-star hotels in Iran during a visit to the country within the next two months, Iran’s tourism chief says.",
        # "ten five-star" is ten hotels, not fifteen
        [("five_star_hotels", ("IRN", "TUR"), 10.0, "count", "forecast", None)],
        id="ten-five-star-is-ten",
    ),
    pytest.param(
        "Iran and Turkey held talks. Iran’s two most popular medical tourist cities are Tehran and Mashhad, but the "
        "coronavirus outbreak has significantly reduced the number of travelers.",
        [],  # counts cities, not tourists: "tourist" is no head noun
        id="keyword-before-the-head-noun-counts-nothing",
    ),
    pytest.param(
        "Heading a high-ranking delegation, the Iranian chief executive arrived in Ankara on Thursday for two days of "
        "talks with senior Turkish officials on issues of bilateral and international significance.",
        [],  # two days, not two meetings
        id="days-of-talks-are-no-meetings",
    ),
    pytest.param(
        "Iran and Turkey held talks. Speaking at a joint press conference with Cavusoglu, Amir Abdollahian said he had "
        "“important and various” talks with Turkish officials, including a 90-minute meeting with President Erdogan.",
        [],
        id="minutes-of-a-meeting-are-no-meetings",
    ),
    pytest.param(
        "He added that the goal of Turkey and Iran is to increase trade turnover from 11 billion to 30 billion dollars.",
        # both ends take the dollars; the goal's end is a target the two share, the start is actual
        [("trade_turnover", ("IRN", "TUR"), 11e9, "USD", "actual", None),
         ("trade_turnover", ("IRN", "TUR"), 30e9, "USD", "target", None)],
        id="from-scaled-amount-to-goal",
    ),
    pytest.param(
        "Iran and Turkey held talks. \"An agreement was reached today [Monday] to raise the rail freight exchange "
        "between the two countries to one million metric tons from the current 500,000 metric tons.",
        [("transit", ("IRN", "TUR"), 1e6, "t", "target", None),
         ("transit", ("IRN", "TUR"), 500000.0, "t", "actual", None)],
        id="from-the-current-is-actual",
    ),
    pytest.param(
        "China and the United States held talks. The Coronavirus pandemic revealed that the time estimate set in the "
        "early forties, for China to reach world leadership, had been reduced by several years, after the Chinese "
        "economy succeeded in withstanding the collapse, at a time when the American economy declined by about 10 "
        "percent, which means that China won five years.",
        # "when" is no part of the metric's name
        [("economy_growth", ("CHN", "USA"), -10.0, "percent", "estimate", "approx")],
        id="conjunction-is-no-metric-word",
    ),
    pytest.param(
        "Iran and Afghanistan held talks. After the Islamic Revolution (in 1979), 3,800 were martyred, 12,000 were "
        "wounded and disabled in the fight against drug trafficking.",
        [("deaths", ("AFG", "IRN"), 3800.0, "count", "actual", None),
         ("injured", ("AFG", "IRN"), 12000.0, "count", "actual", None)],
        id="martyred-are-deaths",
    ),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_region_sentences(text: str, expected: list) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param("Trade between Iran and Turkey rose from $1 billion in 2019 to $2 billion in 2020.",
                 [("2019-01-01", "2019-12-31"), ("2020-01-01", "2020-12-31")], id="each-end-its-own-year"),
])
def test_periods_of_a_change(text: str, expected: list) -> None:
    from accords.model import Article
    from accords.pipeline import run

    assert [i.period for i in run(Article(id="p", text=text, published="2021-01-01")).indicators] == expected
