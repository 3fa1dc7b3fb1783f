"""indicators.v2 on sentences of Tehran Times articles the rules were not tuned on.

Texts: Tehran Times / Mehr News Agency, CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/),
from the Tehran-Times-Dataset crawl (news ids 69065, 88823, 411912, 416850, 440136, 444920, 468885,
470950, 476577, 477892). A leading "X and Y held talks." gives a one-sentence article its country pair. Each
expected record is (metric, subjects, value, unit, kind, qualifier), in text order.
"""

import pytest
from figures import figures


CASES = [
    (
        "salary-promised-and-paid",
        "Hawar news added that the Turkish army had promised to pay $400 to each militant as his monthly salary, but paid only 400 Turkish Lira to them.",
        [("salary", ("TUR",), 400.0, "USD", "target", None), ("salary", ("TUR",), 400.0, "TRY", "actual", None)],
    ),
    (
        "pair-cue-before-clause",
        "Iran and Armenia held talks. Iran's top diplomat noted that given the potential in the fields of trade, energy, and agriculture as well as the barter trade of electricity and gas, the two countries' current bilateral trade volume, which is $700 million, should be increased to $1 billion in the first stage and to $3 billion at later stages.",
        [("trade_turnover", ("ARM", "IRN"), 700000000.0, "USD", "actual", None),
         ("trade_turnover", ("ARM", "IRN"), 1000000000.0, "USD", "target", None),
         ("trade_turnover", ("ARM", "IRN"), 3000000000.0, "USD", "target", None)],
    ),
    (
        "mentioned-countries",
        "Iran and the Shanghai Cooperation Organization (SCO) held talks. Moreover, the Islamic Republic imported 4.034 million tons of goods worth $7.978 billion from the mentioned countries in the said five months, indicating a 68-percent increase compared to last year’s same time span.",
        [("imports", ("IRN", "SCO"), 4034000.0, "t", "actual", None),
         ("imports", ("IRN", "SCO"), 7978000000.0, "USD", "actual", None),
         ("imports_growth", ("IRN", "SCO"), 68.0, "percent", "actual", None)],
    ),
    (
        "the-country-named-first",
        "Iran and Turkey held talks. The project, which is executed by U.S., German and Israeli firms among others, is due to provide water for up to two million hectares of arable lands in Turkey and boost the country’s electricity production by 7,500 megawatts.",
        [("area", ("TUR",), 2000000.0, "ha", "forecast", "upper"),
         ("production", ("TUR",), 7500.0, "MW", "actual", None)],
    ),
    (
        "down-is-a-fall",
        "Iran-Turkey trade volume, down 12 percent, reached $570.355 million in the January-September period, according to Turkish State Statistics Institute, IRNA reported.",
        [("trade_turnover_growth", ("IRN", "TUR"), -12.0, "percent", "actual", None),
         ("trade_turnover", ("IRN", "TUR"), 570355000.0, "USD", "actual", None)],
    ),
    (
        "range-shares-all",
        "Iran and Turkmenistan held talks. A joint team of Iranian and Turkmen railway experts can be formed to examine the existing obstacles in the way of realizing the daily exchange of 400 to 500 wagons, and to prepare a comprehensive report and resolve such problems.",
        [("wagons", ("IRN", "TKM"), 400.0, "count", "forecast", "lower"),
         ("wagons", ("IRN", "TKM"), 500.0, "count", "forecast", "upper")],
    ),
    (
        "restated-in-other-terms",
        "In this meeting, Oji noted that Iran is ready to swap 40 million cubic meters of gas per day (mcm/d) or 10 to 15 billion cubic meters per year.",
        [("swap", ("IRN",), 40e6, "m3/d", "forecast", None),  # gas a day keeps its rate
         ("swap", ("IRN",), 10.0, "bcm", "forecast", "lower"),
         ("swap", ("IRN",), 15.0, "bcm", "forecast", "upper")],
    ),
    (
        "list-owner-after-list",
        "Iran and the SCO held talks. Afghanistan with $1.655 billion, India with $1.634 billion, Pakistan with $1.129 billion, and Russia with $439 million were next in terms of imports from Iran, the official said.",
        [("imports", ("AFG", "IRN"), 1655000000.0, "USD", "actual", None),
         ("imports", ("IND", "IRN"), 1634000000.0, "USD", "actual", None),
         ("imports", ("IRN", "PAK"), 1129000000.0, "USD", "actual", None),
         ("imports", ("IRN", "RUS"), 439000000.0, "USD", "actual", None)],
    ),
    (
        "parallel-partners",
        "Iran exported goods worth $18.295 billion to the SCO members. As for other SCO members, exports to Uzbekistan stood at $368 million, to Kazakhstan at $165 million, while the imports by Tajikistan reached $79 million, by Kyrgyzstan were $74 million, and the value of exports to Belarus stood at $16 million.",
        [("exports", ("IRN", "SCO"), 18295000000.0, "USD", "actual", None),
         ("exports", ("IRN", "UZB"), 368000000.0, "USD", "actual", None),
         ("exports", ("IRN", "KAZ"), 165000000.0, "USD", "actual", None),
         ("imports", ("IRN", "TJK"), 79000000.0, "USD", "actual", None),
         ("imports", ("IRN", "KGZ"), 74000000.0, "USD", "actual", None),
         ("exports", ("BLR", "IRN"), 16000000.0, "USD", "actual", None)],
    ),
    (
        "its-continues-flow",
        "Turkey's exports to Iran in the first six months stood at $138.6 million and its imports from Iran at $431.755 million.",
        [("exports", ("IRN", "TUR"), 138600000.0, "USD", "actual", None),
         ("imports", ("IRN", "TUR"), 431755000.0, "USD", "actual", None)],
    ),
    (
        "bracketed-same-unit",
        "Armenia and Iran held talks. The 140-kilometer (48-mile) pipeline should cost some $138 million and should be completed within months.",
        [("pipeline_length", ("ARM", "IRN"), 140.0, "km", "actual", None),
         ("cost", ("ARM", "IRN"), 138000000.0, "USD", "forecast", "approx")],
    ),
    (
        "project-worth",
        "Armenia will begin the construction by building a section of the pipeline between its southern towns of Megri and Kadzharan, a project worth some $26 million.",
        [("investment", ("ARM",), 26000000.0, "USD", "forecast", "approx")],
    ),
    (
        "committed",
        "Iran has awarded the development project of this port to India, and the South Asian country committed $500 million to build two new berths in this port.",
        [("investment", ("IND", "IRN"), 500000000.0, "USD", "actual", None),
         ("berths", ("IND", "IRN"), 2.0, "count", "actual", None)],  # things built are counted (tenth session)
    ),
    (
        "one-country-article-clause-metric",
        "Having a very diverse natural setting, Iran offers varied excursions to nature lovers. The private sector has allocated 45 billion rials (about $1.1 million) for the project, the official said, adding that 35 billion rials has been invested so far.",
        [("budget", ("IRN",), 45000000000.0, "IRR", "actual", None),
         ("investment", ("IRN",), 35000000000.0, "IRR", "actual", None),
         ("budget", ("IRN",), 1100000.0, "USD", "actual", "approx")],  # the conversion restates it (tenth session)
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_indicators_on_unseen_sentences(text, expected):
    assert figures(text) == expected
