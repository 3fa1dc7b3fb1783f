"""indicators.v2 on sentences of Tehran Times region articles read while checking the figures of
100 articles (counts whose head noun is no keyword, "from X to Y" changes, compound numbers,
deaths).

Texts: Tehran Times / Mehr News Agency, CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/),
from the Tehran-Times-Dataset crawl (news ids 88823, 131812, 417784, 423357, 425881, 430061, 439266,
430910, 435251, 462804, 465705, 466191, 480970); one White House readout (2023-07-20,
whitehouse-briefings corpus, public domain). A leading "X and Y held talks." gives a one-sentence article its country pair. Each
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


CASES += [
    pytest.param(
        "In the first half of the year 2001, Turkey's exports to and imports from Iran equaled $173.541 million and "
        "$473.863 million respectively.",
        [("exports", ("IRN", "TUR"), 173541000.0, "USD", "actual", None),
         ("imports", ("IRN", "TUR"), 473863000.0, "USD", "actual", None)],
        id="respectively-in-order",
    ),
    pytest.param(
        "Iran and Turkey held talks. In the same period, Iran's share in Turkey's total export and import were 1.1 "
        "percent and 4.4 percent, respectively.",
        [("exports_share", ("IRN", "TUR"), 1.1, "percent", "actual", None),
         ("imports_share", ("IRN", "TUR"), 4.4, "percent", "actual", None)],
        id="respective-shares",
    ),
    pytest.param(
        "Iran and Turkey held talks. Some 2.374 million Russians and 1.547 Germans arrived in Turkey in the six-month "
        "period, according to figures released by Directorate General of Migration Management of Turkey’s Interior "
        "Ministry, IRNA reported.",
        # Russia is named with the figure before "and": not the Germans' country
        [("tourists", ("RUS", "TUR"), 2.374e6, "count", "actual", "approx"),
         ("tourists", ("DEU", "TUR"), 1.547e6, "count", "actual", None)],
        id="country-before-and-belongs-to-the-first-figure",
    ),
    pytest.param(
        "Building on this cooperation, they announced a new\njoint initiative between the United States and Israel, "
        "working with the\nU.S. Congress, with the intent to invest $70 million, with up to $35\nmillion from the United "
        "States and up to $35 million from Israel, to\nadvance climate smart agriculture technologies in the Middle East "
        "and\nAfrica.",
        [("investment", ("ISR", "USA"), 70e6, "USD", "target", None),
         ("investment", ("USA",), 35e6, "USD", "target", "upper"),
         ("investment", ("ISR",), 35e6, "USD", "target", "upper")],
        id="each-share-its-own-contributor",
    ),
    pytest.param(
        "Based on the data released by the Islamic Republic of Iran Customs Administration (IRICA), Iran-Georgia trade "
        "stood at $156.665 million in the past year, of which $90.085 million was Iran’s exports to Georgia and $65.68 "
        "million was Georgia’s exports to Iran.",
        [("trade_turnover", ("GEO", "IRN"), 156665000.0, "USD", "actual", None),
         ("exports", ("GEO", "IRN"), 90085000.0, "USD", "actual", None),
         ("exports", ("GEO", "IRN"), 65680000.0, "USD", "actual", None)],
        id="part-of-which-named-after-it",
    ),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_region_sentences(text: str, expected: list) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param("Trade between Iran and Turkey rose from $1 billion in 2019 to $2 billion in 2020.",
                 [("2019-01-01", "2019-12-31"), ("2020-01-01", "2020-12-31")], id="each-end-its-own-year"),
    pytest.param("During the ten months in 2018, Iran’s exports to Turkey decreased 5.6 percent to $6.2 billion compared "
                 "to the same time in 2017 when the figure was $6.5 billion.",
                 [("2018-01-01", "2018-12-31")] * 2 + [("2017-01-01", "2017-12-31")], id="compared-time-is-no-period"),
    pytest.param("Iran and Turkey held talks. In January-November 2018, 1.894 million Iranian tourists visited Turkey, "
                 "18.17 percent less than the same period in 2017, according to data compiled by Turkey’s Ministry of "
                 "Culture and Tourism.",
                 [("2018-01-01", "2018-11-30")] * 2, id="less-than-a-period-is-no-period"),
    pytest.param("In the first nine months of 2006, Turkey's exports to Iran exceeded $696 million, indicating 2.6 percent "
                 "growth compared to the amount for the same period last year, while its imports were $4.4 billion that "
                 "is indicating a growth of 84.1 percent.",
                 [("2006-01-01", "2006-09-30")] * 4, id="comparison-of-an-earlier-clause-dates-nothing"),
])
def test_periods_of_a_change(text: str, expected: list) -> None:
    from accords.model import Article
    from accords.pipeline import run

    assert [i.period for i in run(Article(id="p", text=text, published="2021-01-01")).indicators] == expected
